"""Visitor search on a large register.

    python -m benchmarks search [--visitors 200000] [--per-class 40] [--data-dir DIR]
                                [--small-data-dir DIR] [--import-rows 100000]

Figures, each beside a baseline measured in the same run:
- recall by class (benchmarks/_queries.py: Cyrillic ↔ Latin, Kazakh, Uzbek,
  Tajik, Kyrgyz, Arabic script, typos, swapped order, missing patronymic,
  document and phone numbers): the right person first (top-1) and in the
  first five (top-5), with the birth date the desk asks for, and the same
  queries without it; goals >= 98 % top-5 and >= 90 % top-1 overall, no class
  under 95 % top-5;
- index ready: log-in to the first search answered in a new process, from
  the stored snapshot, beside building the index from every visitor;
- per-keystroke search time (p50, p95) for the recall queries typed one
  character at a time, beside an exact-prefix query on an indexed column (the
  SQL baseline); goal p95 <= 10 ms;
- the duplicate check's recall and false-candidate rate;
- saving a new visitor with the duplicate check (p50, p95), beside saving
  without it; goal p95 <= 10 ms;
- `qamqor search` at this size beside a small branch (goal <= 1.5x);
- importing a legacy register (rows per second);
- peak memory (RSS) of the window holding the index, beside the same window
  on the small branch; goal <= 250 MB.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._util import median, percentile

DEMO_USER, DEMO_PASSWORD = "director", "qamqor-demo"


def _ms(values: list[float]) -> str:
    return f"p50 {percentile(values, 50) * 1000:6.2f} ms   p95 {percentile(values, 95) * 1000:6.2f} ms"


class _Clock:
    """Wall time and this process's CPU time of each measured call: on a
    machine busy with other work the wall clock counts their turns too."""

    def __init__(self):
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __enter__(self):
        self._t, self._c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall.append(time.perf_counter() - self._t)
        self.cpu.append(time.process_time() - self._c)
        return False

    def line(self) -> str:
        return f"{_ms(self.wall)}   (CPU {_ms(self.cpu)})"


def _branch(root: Path, visitors: int):
    from desktop.services.accounts import BranchGate
    from desktop.services.demo import make_demo

    gate = BranchGate(root)
    if not gate.is_initialised():
        t = time.perf_counter()
        make_demo(root, visitors=visitors, seed=7, gate=gate)
        print(f"demo register of {visitors:,} visitors made in {time.perf_counter() - t:.1f} s")
    identity = gate.log_in(DEMO_USER, DEMO_PASSWORD)
    return gate, identity


def _typed(text: str) -> list[str]:
    return [text[:i] for i in range(1, len(text) + 1)]


def _env(root: Path) -> dict[str, str]:
    env = dict(os.environ, QAMQOR_DATA_DIR=str(root), QAMQOR_USER=DEMO_USER, QAMQOR_PASSWORD=DEMO_PASSWORD)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


READY = r"""
import sys, time
from pathlib import Path
from desktop.services.accounts import BranchGate
from desktop.services.search import VisitorIndex
gate = BranchGate(Path(sys.argv[1]))
gate.log_in(sys.argv[2], sys.argv[3])
t, c = time.perf_counter(), time.process_time()
index = VisitorIndex(gate.db)
index.load()
hits = index.search(sys.argv[4])
print(time.perf_counter() - t, time.process_time() - c, "snapshot" if not index.built else "built", len(hits))
"""


def _ready(root: Path, query: str) -> tuple[float, float, str]:
    """Log-in to the first search answered, in a process of its own (as a
    window or a command starts): wall and CPU seconds."""
    out = subprocess.run([sys.executable, "-c", READY, str(root), DEMO_USER, DEMO_PASSWORD, query],
                         env=_env(root), capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]), out[2]


def _cli_search(root: Path, query: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop", "search", query], env=_env(root), check=True,
                       stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return median(times)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks search")
    parser.add_argument("--visitors", type=int, default=200_000)
    parser.add_argument("--small", type=int, default=5_000, help="visitors of the small branch (baselines)")
    parser.add_argument("--per-class", type=int, default=40)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, help="reuse a demo branch here (made if missing)")
    parser.add_argument("--small-data-dir", type=Path, help="reuse a small demo branch here (made if missing)")
    args = parser.parse_args(argv)

    from sqlalchemy import select

    from desktop.models import Person
    from desktop.services import search_store
    from desktop.services.demo_names import make_person, spelling_variant
    from desktop.services.names import fold_name
    from desktop.services.search import VisitorIndex
    from desktop.services.visitors import NewVisitor, VisitorService

    from ._queries import CLASSES, cases

    tmp = tempfile.TemporaryDirectory()
    root = args.data_dir or Path(tmp.name) / "branch"
    small = args.small_data_dir or Path(tmp.name) / "small"
    gate, identity = _branch(root, args.visitors)
    small_gate, _ = _branch(small, args.small)

    # -- index ready --------------------------------------------------------------
    search_store.forget(gate.db)
    index = VisitorIndex(gate.db)
    t = time.perf_counter()
    index.load()
    built = time.perf_counter() - t
    t = time.perf_counter()
    index.save_snapshot()
    saved = time.perf_counter() - t
    small_index = VisitorIndex(small_gate.db)
    small_index.load()
    small_index.save_snapshot()
    small_gate.close()
    ready, ready_cpu, how = _ready(root, "Абдуллаев Рустам")
    print(f"\nindex of {len(index):,} visitors: log-in to first search {ready:.2f} s (CPU {ready_cpu:.2f} s) "
          f"from the {how}   (goal <= 1 s)\n  baseline: building it from every visitor {built:.2f} s "
          f"(then stored in {saved:.2f} s)")

    # -- recall by class ------------------------------------------------------------------
    visitors = VisitorService(gate.db, identity, index)
    # Seeded by the register's size, so a rerun on the same --data-dir asks for
    # new people rather than the ones the last run registered.
    rng = random.Random(11 + len(index))
    work = cases(rng, args.per_class)
    targets = []
    now = dt.datetime.now(dt.timezone.utc)
    for case in work:
        pid = visitors.register(case.register).person_id
        # A returning visitor was last here some time in the past two years,
        # as the demo register's people were (ties go to the most recent).
        visitors.log_visit(pid, needs=("legal",), at=now - dt.timedelta(days=rng.randint(0, 700)))
        targets.append((case, pid))
    print(f"\nrecall: {len(work)} queries, {args.per_class} per class, on {len(index):,} visitors")
    print(f"  {'class':22} {'top-1':>7} {'top-5':>7}    name alone: recognised as a near match (>= 85)")
    totals = [0, 0, 0, 0, 0]
    misses = []
    for kind in CLASSES:
        mine = [(c, pid) for c, pid in targets if c.kind == kind]
        first = five = named = bare_n = 0
        for case, pid in mine:
            ids = [h.row.person_id for h in index.search(case.query, limit=5)]
            first += ids[:1] == [pid]
            five += pid in ids
            if pid not in ids:
                misses.append(case)
            if case.bare_query:
                # Without the birth date a name has dozens of namesakes at this
                # size, and only the date tells them apart; what the name alone
                # shows is whether the person is among the near matches at all.
                hits = index.search(case.bare_query, limit=len(index), depth=len(index))
                named += any(h.row.person_id == pid and h.score >= 85 for h in hits)
                bare_n += 1
        n = len(mine)
        for i, v in enumerate((first, five, n, named, bare_n)):
            totals[i] += v
        bare = f"{named / bare_n:7.1%}" if bare_n else f"{'—':>7}"
        print(f"  {kind:22} {first / n:7.1%} {five / n:7.1%}    {bare}")
    first, five, n, named, bare_n = totals
    print(f"  {'overall':22} {first / n:7.1%} {five / n:7.1%}    {named / bare_n:7.1%}")
    print("  goals: >= 98 % top-5 and >= 90 % top-1 overall, no class under 95 % top-5 (with the birth date)")
    for case in misses[:12]:
        print(f"  missed ({case.kind}): {case.query!r}")

    # -- keystrokes -----------------------------------------------------------------------
    queries = [case.query for case in work]
    clock = _Clock()
    for text in queries:
        for prefix in _typed(text):
            with clock:
                index.search(prefix, limit=50)
    keystrokes = clock.wall
    baseline: list[float] = []
    with gate.db.read() as s:
        for text in queries:
            for prefix in _typed(text):
                key = fold_name(prefix)
                t = time.perf_counter()
                s.execute(select(Person.id, Person.number, Person.family_name, Person.given_name)
                          .where(Person.name_key >= key, Person.name_key < key + "\x7f")
                          .order_by(Person.name_key).limit(50)).all()
                baseline.append(time.perf_counter() - t)
    print(f"\nsearch as you type: {len(queries)} queries, {len(keystrokes):,} keystrokes")
    print(f"  qamqor index        {clock.line()}   (goal p95 <= 10 ms)")
    print(f"  SQL prefix baseline {_ms(baseline)}")
    print(f"  ratio of medians    {median(keystrokes) / median(baseline):6.2f}")

    # -- the duplicate check ---------------------------------------------------------------
    dup_rng = random.Random(17 + len(index))
    found = false = total = 0
    checks = 200
    for _ in range(checks):
        person = make_person(dup_rng)
        row = visitors.register(NewVisitor(family_name=person.family_name, given_name=person.given_name,
                                           patronymic=person.patronymic, latin_name=person.latin_name,
                                           sex=person.sex, birth_date=person.birth_date,
                                           birth_year=person.birth_year, citizenship=person.citizenship))
        variant = spelling_variant(person, dup_rng)
        candidates = visitors.find_duplicates(NewVisitor(
            family_name=variant.family_name, given_name=variant.given_name, patronymic=variant.patronymic,
            latin_name=variant.latin_name, sex=variant.sex, birth_date=variant.birth_date,
            birth_year=variant.birth_year, citizenship=variant.citizenship))
        ids = [c.row.person_id for c in candidates]
        found += row.person_id in ids
        false += sum(1 for i in ids if i != row.person_id)
        total += len(ids)
    print(f"\nduplicate check: recall {found / checks:.1%}, false candidates "
          f"{false / max(total, 1):.1%} of {total} shown ({false / checks:.2f} per check)")

    # -- saving --------------------------------------------------------------------------------
    def new_form() -> NewVisitor:
        person = make_person(dup_rng)
        return NewVisitor(family_name=person.family_name, given_name=person.given_name,
                          patronymic=person.patronymic, sex=person.sex, birth_date=person.birth_date,
                          birth_year=person.birth_year, citizenship=person.citizenship)

    saves, plain, checks = _Clock(), _Clock(), _Clock()
    for _ in range(200):
        new = new_form()
        with saves:
            with checks:
                shown = visitors.find_duplicates(new)
            visitors.register(new, duplicates_shown=tuple(c.row.number for c in shown))
        new = new_form()
        with plain:
            visitors.register(new)
    print(f"\nsave with duplicate check, change log and audit: {saves.line()}   (goal p95 <= 10 ms)")
    print(f"  of which the duplicate check                   {checks.line()}")
    print(f"  baseline: the same save without the check      {plain.line()}")

    count = len(index)
    # What this run registered is in the change log; the next process applies
    # it to the snapshot, as a window opened the next morning would.
    gate.close()

    # -- the command line ---------------------------------------------------------------------
    large = _cli_search(root, "Абдуллаев Рустам")
    little = _cli_search(small, "Абдуллаев Рустам")
    print(f"\nqamqor search: {large:.2f} s at {count:,} visitors, {little:.2f} s at {args.small:,} "
          f"(baseline): {large / little:.2f}x   (goal <= 1.5x)")

    _import_rate(args.import_rows, Path(tmp.name))
    typed = [case.query for case in work[::max(1, len(work) // 60)]][:60]
    big_rss = _window_memory(root, typed)
    small_rss = _window_memory(small, typed)
    if big_rss and small_rss:
        print(f"\nRSS of the running window, {count:,} visitors indexed and {len(typed)} queries typed: "
              f"{big_rss[0]} MB   (goal <= 250 MB; its peak {big_rss[1]} MB was the log-in's password check)\n"
              f"  baseline: the same window on {args.small:,} visitors {small_rss[0]} MB (peak {small_rss[1]} MB)")
    tmp.cleanup()
    return 0


WINDOW = r"""
import os, resource, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(["qamqor"])
from desktop.i18n import Translations
from desktop.services.accounts import BranchGate
from desktop.views.shell.areas import Area
from desktop.views.shell.language import LanguageSwitcher
from desktop.views.shell.main_window import MainWindow
gate = BranchGate(Path(sys.argv[1]))
identity = gate.log_in("reception", "qamqor-demo")
window = MainWindow(gate, identity, switcher=LanguageSwitcher(Translations(), data_dir=None))
window.show()
window.show_area(Area.VISITORS)
deadline = time.monotonic() + 120
while not (window.visitor_index and window.visitor_index.loaded) and time.monotonic() < deadline:
    app.processEvents(); time.sleep(0.01)
page = window.pages[Area.VISITORS]
for query in sys.argv[2:]:
    for i in range(1, len(query) + 1):
        page.search.setText(query[:i]); app.processEvents()
    end = time.monotonic() + 0.2
    while time.monotonic() < end:
        app.processEvents(); time.sleep(0.005)
# The resident memory once the index is loaded and the searches typed (VmRSS),
# and the program's own peak (VmHWM, which exec resets; ru_maxrss would count
# the benchmark's forked copy). The peak is the log-in's: argon2id holds its
# 256 MiB for the password check and gives it back.
def status(field):
    try:
        return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith(field)) // 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(status("VmRSS"), status("VmHWM"))
window.end_session() if hasattr(window, "end_session") else None
"""


def _window_memory(root: Path, queries: list[str]) -> tuple[int, int] | None:
    """Peak memory of the real window (offscreen) after loading the index and
    typing searches, in a fresh process of its own."""
    result = subprocess.run([sys.executable, "-c", WINDOW, str(root), *queries], capture_output=True, text=True)
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        print(f"\nwindow memory: the window did not run ({result.stderr.strip()[-300:]})")
        return None
    now, peak = (int(x) for x in lines[-1].split())
    return now, peak


def _import_rate(rows: int, folder: Path) -> None:
    """Into a new branch of its own, so the register above stays as it was."""
    if rows <= 0:
        return
    from desktop.services.accounts import BranchGate
    from desktop.services.demo import DEMO_PASSWORD, ensure_demo_branch
    from desktop.services.demo_names import make_person
    from desktop.services.legacy_import import ImportService, check_rows, guess_mapping, read_table
    from desktop.services.search import VisitorIndex

    rng = random.Random(5)
    path = folder / "register.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["family_name", "given_name", "patronymic", "latin_name", "sex", "birth_date", "citizenship"])
        for _ in range(rows):
            p = make_person(rng)
            w.writerow([p.family_name, p.given_name, p.patronymic, p.latin_name, p.sex,
                        p.birth_date.isoformat() if p.birth_date else (p.birth_year or ""), p.citizenship])
    gate = BranchGate(folder / "import-branch")
    ensure_demo_branch(gate)
    identity = gate.log_in("director", DEMO_PASSWORD)
    index = VisitorIndex(gate.db)
    index.load()
    t = time.perf_counter()
    table = read_table(path)
    results = check_rows(table, guess_mapping(table.headers))
    report = ImportService(gate.db, identity, index).import_rows(results)
    gate.close()
    elapsed = time.perf_counter() - t
    print(f"\nlegacy import of {rows:,} rows: {rows / elapsed:,.0f} rows/s "
          f"({report.created:,} created, {len(report.duplicates):,} duplicates, {len(report.errors):,} errors, "
          f"{elapsed:.1f} s)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
