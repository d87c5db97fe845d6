"""Shift planning on a branch with ten years of shifts behind it.

    python -m benchmarks shifts [--volunteers 300] [--sites 20] [--years 10] [--quick] [--data-dir DIR]

The branch (a temporary encrypted one unless --data-dir names one to make or
reuse) has the volunteers with languages, certificates and availability,
the sites, and three shifts a day at every site for the years asked, filled
in the past, partly filled in the coming four weeks. The shifts and
assignments are written with plain bulk inserts: a branch prunes its change
log once HQ has acknowledged it, so ten years of shifts leave no change-log
rows behind, and the planning screens never read the log.

Figures (median and p95 over repeated calls):
- the week plan (ShiftPlanning.week_plan) of weeks across the years and the
  weeks around today (target p95 <= 200 ms);
- one assignment's rule check (ShiftAssignments.check) (target p95 <= 5 ms);
- suggestions for an open place (ShiftAssignments.suggest) (target p95 <= 50 ms);
- the shift dialog's search for volunteers as a coordinator types
  (ShiftAssignments.candidates: one read), against the way it was made
  before in the same run (the register's list, then one rule check per
  volunteer found: a read each), with the database sessions each takes;
- the time to build the branch, and printing the week's roster to PDF.
--quick: 100 volunteers, 5 sites, one year.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import sys
import tempfile
import time
from pathlib import Path

from ._util import percentile

PASSWORD = "benchmark-password"
SLOTS = ((8, 12), (12, 17), (17, 22))  # three shifts a day at every site
LANGUAGES = ("ru", "kk", "uz", "tg", "ky", "en")
SKILLS = ("registration", "distribution", "logistics", "interpreting", "psychosocial", "childcare")


def _ms(values: list[float]) -> str:
    return f"median {percentile(values, 50) * 1000:7.2f} ms   p95 {percentile(values, 95) * 1000:7.2f} ms"


class _Timer:
    """Wall-clock and CPU time of each call: on a shared machine the CPU time
    shows what the code costs when the wall clock also counts waiting for a core.

    As in the program (views/collector.py), Python's cycle collector does not
    run inside a call: it runs between calls, where the program's timer would
    run it, and the longest of those collections is kept apart."""

    collections: list[float] = []

    def __init__(self):
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __call__(self, fn, *args):
        from desktop.views.shell.collector import collect_due

        t = time.perf_counter()
        collect_due()
        _Timer.collections.append(time.perf_counter() - t)
        w, c = time.perf_counter(), time.process_time()
        result = fn(*args)
        self.cpu.append(time.process_time() - c)
        self.wall.append(time.perf_counter() - w)
        return result

    def report(self, target_ms: float) -> str:
        return (f"  wall {_ms(self.wall)}   (target p95 <= {target_ms:g} ms)\n"
                f"  cpu  {_ms(self.cpu)}")


def _build(root: Path, *, volunteers: int, sites: int, years: int, seed: int = 3) -> None:
    """A new branch with a coordinator, the volunteers and the shifts."""
    from desktop.models import (Assignment, Role, Shift, Site, Volunteer, VolunteerAvailability, VolunteerLanguage,
                                VolunteerTraining, utcnow, uuid7)
    from desktop.models.journal import bulk_insert
    from desktop.services.accounts import AccountService, BranchGate
    from desktop.services.numbering import next_numbers
    from desktop.services.shift_rules import Need, encode_needs
    from desktop.services.shift_rows import to_utc

    rng = random.Random(seed)
    today = dt.date.today()
    gate = BranchGate(root)
    admin = gate.initialise(branch_code="KZ-BEN", branch_name="Benchmark branch", admin_username="admin",
                            admin_display_name="Admin", admin_password=PASSWORD)
    AccountService(gate, admin).add_user("coordinator", display_name="Coordinator", role=Role.COORDINATOR,
                                         password=PASSWORD)
    with gate.db.session("coordinator") as s:
        numbers = next_numbers(s, kind="volunteer", year=today.year, count=volunteers, branch_code="KZ-BEN-V")
        people = []
        for i, number in enumerate(numbers):
            born = today - dt.timedelta(days=rng.randint(17 * 365, 60 * 365))
            people.append(dict(number=number, family_name=f"Волонтёров{i}", given_name=rng.choice(
                ("Айгүл", "Рустам", "Dilnoza", "Ольга", "Бахтияр", "Нурлан", "Мадина")), birth_date=born,
                status="active" if rng.random() < 0.9 else "paused", consent_given=True,
                skills=",".join(rng.sample(SKILLS, rng.randint(1, 3)))))
        ids = bulk_insert(s, Volunteer, people)
        languages, trainings, windows = [], [], []
        for vid in ids:
            for code in rng.sample(LANGUAGES, rng.randint(1, 3)):
                languages.append(dict(volunteer_id=vid, language=code,
                                      proficiency=rng.choice(("basic", "working", "fluent"))))
            if rng.random() < 0.6:
                done = today - dt.timedelta(days=rng.randint(0, 900))
                trainings.append(dict(volunteer_id=vid, kind="first_aid", completed_on=done,
                                      expires_on=done + dt.timedelta(days=730)))
            trainings.append(dict(volunteer_id=vid, kind="rcrc_induction", completed_on=today - dt.timedelta(days=400)))
            if rng.random() < 0.8:
                for day in rng.sample(range(7), rng.randint(2, 5)):
                    start = rng.choice((7, 8, 12, 16)) * 60
                    windows.append(dict(volunteer_id=vid, weekday=day, from_minute=start,
                                        to_minute=min(1440, start + rng.choice((6, 8, 10)) * 60)))
        bulk_insert(s, VolunteerLanguage, languages)
        bulk_insert(s, VolunteerTraining, trainings)
        bulk_insert(s, VolunteerAvailability, windows)
        site_ids = bulk_insert(s, Site, [dict(name=f"Пункт № {i + 1}", address="Алматы") for i in range(sites)])

    needs_by_site = {}
    for sid in site_ids:
        needs_by_site[sid] = rng.choice((
            (Need("none", "", 2),),
            (Need("language", rng.choice(("uz", "tg", "ky")), 1), Need("none", "", 1)),
            (Need("skill", "first_aid", 1), Need("skill", rng.choice(SKILLS), 1), Need("none", "", 1)),
        ))
    first = today - dt.timedelta(days=365 * years - 28)
    last = today + dt.timedelta(days=28)
    now = utcnow()
    stamp = dict(version=1, deleted=False, created_at=now, updated_at=now)
    shift_rows, assignment_rows = [], []

    def flush(force: bool = False):
        if len(shift_rows) >= 20_000 or force:
            with gate.db.session("coordinator") as s:
                if shift_rows:
                    s.execute(Shift.__table__.insert(), shift_rows)
                if assignment_rows:
                    s.execute(Assignment.__table__.insert(), assignment_rows)
            shift_rows.clear()
            assignment_rows.clear()

    active = [vid for vid, p in zip(ids, people) if p["status"] == "active"]
    day = first
    while day <= last:
        for a, z in SLOTS:
            starts = to_utc(dt.datetime.combine(day, dt.time(a)))
            ends = to_utc(dt.datetime.combine(day, dt.time(z)))
            # Nobody on two sites at the same time: one draw per slot across the sites.
            headcounts = {sid: sum(n.headcount for n in needs_by_site[sid]) for sid in site_ids}
            future = day > today
            pool = rng.sample(active, min(len(active), sum(headcounts.values())))
            for sid in site_ids:
                shift_id = uuid7()
                needs = needs_by_site[sid]
                shift_rows.append(dict(id=shift_id, site_id=sid, starts_at=starts, ends_at=ends, title="", notes="",
                                       needs=encode_needs(needs), headcount=headcounts[sid], template_id=None,
                                       **stamp))
                taken = headcounts[sid] - (rng.randint(0, headcounts[sid]) if future else 0)
                for _ in range(taken):
                    if not pool:
                        break
                    vid = pool.pop()
                    status = rng.choice(("assigned", "confirmed")) if future else rng.choices(
                        ("completed", "no_show", "declined"), (0.9, 0.05, 0.05))[0]
                    minutes = (z - a) * 60 if status == "completed" else 0
                    assignment_rows.append(dict(
                        id=uuid7(), shift_id=shift_id, volunteer_id=vid, status=status, assigned_by="coordinator",
                        checked_in_at=None, checked_out_at=None, minutes=minutes, manual_minutes=None,
                        hours_note="", override_codes="", override_reason="", **stamp))
        flush()
        day += dt.timedelta(days=1)
    flush(force=True)
    gate.db.checkpoint()
    gate.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks shifts")
    parser.add_argument("--volunteers", type=int, default=300)
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="100 volunteers, 5 sites, one year")
    parser.add_argument("--repeat", type=int, default=60, help="calls measured for each figure")
    parser.add_argument("--data-dir", type=Path, help="make the branch here, or reuse the one made before")
    args = parser.parse_args(argv)
    if args.quick:
        args.volunteers, args.sites, args.years = 100, 5, 1

    from sqlalchemy import event, func, select

    from desktop.models import Assignment, Shift, Volunteer
    from desktop.services.accounts import BranchGate
    from desktop.services.shift_assignments import SEARCH_LIMIT, ShiftAssignments
    from desktop.services.shift_planning import ShiftPlanning
    from desktop.services.volunteers import VolunteerService

    tmp = tempfile.TemporaryDirectory()
    root = args.data_dir or Path(tmp.name) / "branch"
    probe = BranchGate(root)
    made = probe.is_initialised()
    probe.close()
    if not made:
        t = time.perf_counter()
        _build(root, volunteers=args.volunteers, sites=args.sites, years=args.years)
        print(f"branch built in {time.perf_counter() - t:.1f} s")
    gc.disable()  # collected between the calls measured, as the program's timer does (see _Timer)
    gate = BranchGate(root)
    coordinator = gate.log_in("coordinator", PASSWORD)
    shifts = ShiftPlanning(gate.db, coordinator)
    assigning = ShiftAssignments(gate.db, coordinator)
    register = VolunteerService(gate.db, coordinator)
    with gate.db.read() as s:
        counts = [s.execute(select(func.count()).select_from(m)).scalar_one() for m in (Volunteer, Shift, Assignment)]
        first, last = s.execute(select(func.min(Shift.starts_at), func.max(Shift.starts_at))).one()
        volunteer_ids = s.execute(select(Volunteer.id).where(Volunteer.status == "active")).scalars().all()
    print(f"{counts[0]:,} volunteers, {counts[1]:,} shifts, {counts[2]:,} assignments, "
          f"{first:%Y-%m-%d} to {last:%Y-%m-%d}; database {sum(p.stat().st_size for p in root.rglob('*')) / 1e6:.0f} MB")

    rng = random.Random(17)
    today = dt.date.today()
    # Weeks a coordinator opens: mostly this one and those around it, now and
    # then one years back (its pages not yet in any cache).
    near, past = [], []
    for i in range(args.repeat):
        if i % 3 == 0:
            day = first.date() + dt.timedelta(days=rng.randint(7, max(8, (last.date() - first.date()).days - 7)))
            past.append(day.isocalendar()[:2])
        else:
            near.append((today + dt.timedelta(weeks=rng.randint(-2, 3))).isocalendar()[:2])
    shifts.week_plan(*near[0])  # the first call fills caches every later call finds warm
    for label, weeks in (("weeks around today", near), ("weeks years back", past)):
        plans, sizes = _Timer(), []
        for year, week in weeks:
            sizes.append(len(plans(shifts.week_plan, year, week).shifts))
        print(f"\nweek plan, {label} ({len(weeks)} weeks, {min(sizes)}–{max(sizes)} shifts a week):")
        print(plans.report(200))

    coming = shifts.shifts(today + dt.timedelta(days=1), today + dt.timedelta(days=21))
    open_shifts = [r for r in coming if r.gap > 0] or coming
    checks = _Timer()
    for _ in range(args.repeat * 5):
        checks(assigning.check, rng.choice(coming).shift_id, rng.choice(volunteer_ids))
    print(f"\none assignment's rule check ({len(checks.wall)} checks):")
    print(checks.report(5))

    suggestions = _Timer()
    for _ in range(args.repeat):
        suggestions(assigning.suggest, rng.choice(open_shifts).shift_id)
    print(f"\nsuggestions for an open place ({len(volunteer_ids):,} active volunteers, {len(suggestions.wall)} places):")
    print(suggestions.report(50))

    # What a coordinator types into a shift's search box, keystroke by keystroke
    # (each pause in typing is one search): names in both scripts, a number.
    with gate.db.read() as s:
        numbers = s.execute(select(Volunteer.number).order_by(Volunteer.number).limit(3)).scalars().all()
    words = ["Айгүл", "Рустам", "Dilnoza", "Волонтёров12", numbers[-1][-6:]]
    typed = [w[:n] for w in words for n in range(2, len(w) + 1)]

    def before(shift_id, text):
        """The dialog until now: the register's search, then a rule check per volunteer found."""
        found = register.list(status="active", text=text)[:SEARCH_LIMIT]
        return [(v.volunteer_id, assigning.check(shift_id, v.volunteer_id)) for v in found]

    sessions, statements = [0], [0]
    event.listen(gate.db.engine.pool, "checkout", lambda *_a: sessions.__setitem__(0, sessions[0] + 1))
    event.listen(gate.db.engine, "before_cursor_execute",
                 lambda *_a: statements.__setitem__(0, statements[0] + 1))
    old, new, old_sessions, new_sessions, hits = _Timer(), _Timer(), [], [], []
    old_statements, new_statements = [], []
    for i in range(max(1, args.repeat // len(typed) + 1)):
        for text in typed:
            sid = rng.choice(coming).shift_id
            # Alternate which goes first, so neither always finds the pages the other read.
            runs = [(old, before, old_sessions, old_statements),
                    (new, assigning.candidates, new_sessions, new_statements)]
            for timer, fn, counted, said in (runs if i % 2 == 0 else runs[::-1]):
                sessions[0] = statements[0] = 0
                answer = timer(fn, sid, text)
                counted.append(sessions[0])
                said.append(statements[0])
                if timer is new:
                    hits.append(len(answer))
    same = [(c.volunteer_id, [w.code for w in c.warnings]) for c in assigning.candidates(coming[0].shift_id, "Ай")]
    assert same == [(vid, [w.code for w in ws]) for vid, ws in before(coming[0].shift_id, "Ай")], "not the same answer"
    print(f"\nthe shift dialog's search for volunteers ({len(new.wall)} searches of {len(typed)} texts as typed, "
          f"{min(hits)}–{max(hits)} volunteers found, at most {SEARCH_LIMIT}):")
    print(f"  before: a search and a check per volunteer found, {min(old_sessions)}–{max(old_sessions)} database "
          f"sessions, {min(old_statements)}–{max(old_statements)} statements\n{old.report(50)}")
    print(f"  now: ShiftAssignments.candidates, {min(new_sessions)}–{max(new_sessions)} database session(s), "
          f"{min(new_statements)}–{max(new_statements)} statements\n{new.report(50)}")
    print(f"  ratio now/before: median {percentile(new.wall, 50) / percentile(old.wall, 50):.2f}, "
          f"p95 {percentile(new.wall, 95) / percentile(old.wall, 95):.2f}")

    from desktop.services.documents import DocumentService

    documents = DocumentService(shifts.db, shifts.identity)
    year, week, _ = today.isocalendar()
    documents.roster(year, week, lang="kk")  # ReportLab and the fonts load once
    printing = _Timer()
    for _ in range(5):
        pdf = printing(lambda: documents.roster(year, week, lang="kk")).content
    print(f"\nthe week's roster printed to PDF ({len(pdf) / 1e3:.0f} kB): {_ms(printing.wall)}")
    print(f"\ncycle collections between the calls: {len(_Timer.collections)}, the longest "
          f"{max(_Timer.collections) * 1000:.1f} ms")
    gc.enable()
    gate.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
