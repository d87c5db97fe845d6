"""HQ's report across branches on 20 branches of 50,000 visitors each.

    python -m benchmarks hq_report [--branches 20] [--visitors 50000] [--years 3] [--repeat 5] [--hq-db URL]

HQ's PostgreSQL gets the records the branches' bundles would have brought
(written with plain inserts: what is measured is the report, not the
import): people numbered by their branch, their visits over the years with
needs and services, referrals with the events of their lives, volunteers on
shifts. Then, on months not asked before:

- the report of a month across every branch, small counts withheld (the
  counting, grouped by branch in PostgreSQL, and the suppression over all
  branches and their total) (target <= 5 s);
- the same report as the workbook ``qamqor-hq report --out FILE.xlsx`` writes;
- beside them, in the same run, a plain ``SELECT count(*)`` over the visits
  as the baseline.

Without --hq-db a throwaway PostgreSQL server is started (Debian postgresql);
an --hq-db that already has branches is measured as it is.
--quick: 20 branches of 5,000 visitors.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from ._util import median
from .reports import CATEGORIES, COUNTRIES, MIGRATION, NEEDS, SERVICES, _report, _timed

BATCH = 20_000


def _build(hq, *, branches: int, visitors: int, years: int, seed: int = 7) -> None:
    """Enrol ``branches`` branches at HQ and write their records."""
    from desktop.models import (Assignment, HqBranch, Person, Referral, ReferralEvent, ServiceProvider, Shift, Site,
                                Visit, Volunteer, utcnow, uuid7)

    rng = random.Random(seed)
    today = dt.date.today()
    first_day = today - dt.timedelta(days=365 * years)
    span = (today - first_day).days
    now = utcnow()
    stamp = dict(version=1, deleted=False, created_at=now, updated_at=now)
    countries = [c for c, _ in COUNTRIES]
    weights = [w for _, w in COUNTRIES]

    def moment(day_offset: int) -> dt.datetime:
        day = first_day + dt.timedelta(days=day_offset)
        local = dt.datetime.combine(day, dt.time(9)) + dt.timedelta(minutes=rng.randint(0, 540))
        return local.astimezone().astimezone(dt.timezone.utc)

    def hour_on(day_offset: int, hour: int) -> dt.datetime:
        local = dt.datetime.combine(first_day + dt.timedelta(days=day_offset), dt.time(hour))
        return local.astimezone().astimezone(dt.timezone.utc)

    def insert(model, rows: list[dict]) -> None:
        for k in range(0, len(rows), BATCH):
            with hq.transaction() as s:
                s.execute(model.__table__.insert(), rows[k:k + BATCH])

    with hq.transaction() as s:
        providers = [(uuid7(), c) for c in CATEGORIES]
        s.execute(ServiceProvider.__table__.insert(), [dict(
            id=pid, name_kk=c, name_ru=c, name_en=c, category=c, address="", phone="", languages="", cost="",
            hours="", capacity=None, last_verified=None, active=True, **stamp) for pid, c in providers])
    for b in range(branches):
        code = f"KZ-B{b + 1:02d}"
        with hq.transaction() as s:
            s.execute(HqBranch.__table__.insert(), [dict(code=code, branch_id=uuid7(), name=f"Филиал {b + 1}",
                                                          signing_public="", recipient="", cursor=0, last_seq=0,
                                                          return_seq=0, enrolled_at=now)])
        people, visits, referrals = [], [], []
        starts = sorted(int(span * (1 - rng.random() ** 1.5)) for _ in range(visitors))
        for i, start in enumerate(starts):
            pid = uuid7()
            citizenship = rng.choices(countries, weights)[0]
            statuses = MIGRATION.get(citizenship, ("labour_migrant", "labour_migrant", "irregular", ""))
            r = rng.random()
            people.append(dict(
                id=pid, number=f"{code}-{(first_day + dt.timedelta(days=start)).year}-{i + 1:06d}",
                family_name=f"Фамилия{i}", given_name="Имя", patronymic="", latin_name="",
                sex=rng.choices(("F", "M", ""), (35, 60, 5))[0],
                birth_date=today - dt.timedelta(days=rng.randint(0, 75 * 365)) if r < 0.8 else None,
                birth_year=today.year - rng.randint(0, 75) if 0.8 <= r < 0.95 else None,
                citizenship=citizenship, notes="", name_key="", relative_key="", country_of_origin=citizenship,
                phone="", phone_key="", address="", arrival_date=None, migration_status=rng.choice(statuses),
                merged_into_id=None, **stamp))
            day = start
            for _ in range(1 + int(rng.expovariate(0.5))):
                if day > span:
                    break
                visits.append(dict(id=uuid7(), person_id=pid, visited_at=moment(day), staff="reception",
                                   needs=",".join(rng.sample(NEEDS, rng.choice((0, 1, 1, 1, 2, 3)))),
                                   services=",".join(rng.sample(SERVICES, rng.choice((1, 1, 2)))), notes="",
                                   **stamp))
                day += rng.randint(1, 400)
            if rng.random() < 0.15:
                referrals.append((moment(rng.randint(start, span)), pid, rng.choice(providers)))
        insert(Person, people)
        visits.sort(key=lambda v: v["visited_at"])
        insert(Visit, visits)
        rows, events = [], []
        for i, (issued, pid, (provider, category)) in enumerate(sorted(referrals, key=lambda r: r[0])):
            status = rng.choices(("issued", "accepted", "declined", "completed", "no_show", "cancelled"),
                                 (10, 10, 5, 55, 10, 7))[0]
            rid = uuid7()
            rows.append(dict(
                id=rid, person_id=pid, provider_id=provider, service=category, reason="", priority="normal",
                due_date=issued.date() + dt.timedelta(days=14), disclose="name", status=status,
                follow_up_date=None, outcome="", created_by="caseworker", letter_number=f"{code}-L-{i}",
                issued_at=issued, issued_by="director", letter_content="", letter_fingerprint="", check_code="",
                copies_printed=0, **stamp))
            at = issued
            for step in ["draft", "issued"] + {"issued": [], "accepted": ["accepted"], "declined": ["declined"],
                                               "completed": ["accepted", "completed"], "no_show": ["no_show"],
                                               "cancelled": ["cancelled"]}[status]:
                events.append(dict(id=uuid7(), referral_id=rid, status=step, at=at, actor="director", note="",
                                   **stamp))
                at += dt.timedelta(days=rng.randint(0, 20), hours=rng.randint(0, 8))
        insert(Referral, rows)
        insert(ReferralEvent, events)
        volunteer_ids = [uuid7() for _ in range(60)]
        insert(Volunteer, [dict(id=vid, number=f"{code}-{today.year}-{900_000 + i}", person_id=None,
                                family_name=f"Волонтёр{i}", given_name="Имя", latin_name="",
                                sex=rng.choice(("F", "M", "")),
                                birth_date=today - dt.timedelta(days=rng.randint(10 * 365, 80 * 365)), phone="",
                                emergency_name="", emergency_phone="", status="active", consent_given=True,
                                consent_date=None, skills="", notes="", **stamp)
                           for i, vid in enumerate(volunteer_ids)])
        site = uuid7()
        insert(Site, [dict(id=site, name=f"{code} пункт", address="", active=True, **stamp)])
        shifts, assignments = [], []
        for offset in range(span):
            for a, z in ((9, 13), (14, 18)):
                shift_id = uuid7()
                shifts.append(dict(id=shift_id, site_id=site, starts_at=hour_on(offset, a), ends_at=hour_on(offset, z),
                                   title="", notes="", needs="none::2", headcount=2, template_id=None, **stamp))
                for vid in rng.sample(volunteer_ids, rng.randint(0, 2)):
                    assignments.append(dict(
                        id=uuid7(), shift_id=shift_id, volunteer_id=vid, status="completed", assigned_by="coordinator",
                        checked_in_at=None, checked_out_at=None, minutes=(z - a) * 60, manual_minutes=None,
                        hours_note="", override_codes="", override_reason="", **stamp))
        insert(Shift, shifts)
        insert(Assignment, assignments)
        print(f"  {code}: {len(people):,} people, {len(visits):,} visits, {len(rows):,} referrals", flush=True)
    with hq.transaction() as s:
        s.connection().exec_driver_sql("ANALYZE")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks hq_report")
    parser.add_argument("--branches", type=int, default=20)
    parser.add_argument("--visitors", type=int, default=50_000, help="visitors of each branch")
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5, help="months measured")
    parser.add_argument("--quick", action="store_true", help="5,000 visitors a branch")
    parser.add_argument("--hq-db", metavar="URL", help="an empty PostgreSQL database for HQ")
    args = parser.parse_args(argv)
    if args.quick:
        args.visitors = 5_000

    from sqlalchemy import text

    from desktop.hq.report import ReportPeriod, report_across_branches, xlsx_bytes
    from desktop.hq.service import HqService

    server = None
    url = args.hq_db
    if url is None:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from tests.support.postgres import PostgresServer

        server = PostgresServer().start()
        url = server.create_fresh_database("hq")
    try:
        hq = HqService.open(url)
        with hq.transaction() as s:
            enrolled = s.execute(text("SELECT count(*) FROM hq_branch")).scalar_one()
        if enrolled:
            print(f"{enrolled} branches already at HQ: measured as they are")
        else:
            t = time.perf_counter()
            print(f"{args.branches} branches of {args.visitors:,} visitors, {args.years} years:")
            _build(hq, branches=args.branches, visitors=args.visitors, years=args.years)
            print(f"built in {time.perf_counter() - t:.0f} s")

        def count_visits() -> int:
            with hq.transaction() as s:
                return s.execute(text("SELECT count(*) FROM visit")).scalar_one()

        print(f"{count_visits():,} visits at HQ")
        base = median([_timed(count_visits)[0] for _ in range(args.repeat)])
        print(f"\nbaseline: SELECT count(*) FROM visit, median {base * 1000:.1f} ms")

        months = []
        month = dt.date.today().replace(day=1)
        for _ in range(2 * args.repeat):
            month = (month - dt.timedelta(days=1)).replace(day=1)
            months.append(ReportPeriod.parse(f"{month:%Y-%m}"))

        def report(period):
            with hq.transaction() as s:
                return report_across_branches(s, period)

        def workbook(period):
            return xlsx_bytes(report(period), "ru")

        report_times = [_timed(report, p) for p in months[0::2]]
        workbook_times = [_timed(workbook, p) for p in months[1::2]]
        print()
        _report(f"report of a month, {enrolled or args.branches} branches, suppressed", report_times, base, 5.0)
        _report("the same as the workbook (ru)", workbook_times, base, 5.0)
        hq.close()
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
