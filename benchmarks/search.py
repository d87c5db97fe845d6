"""Visitor search on a large register.

    python -m benchmarks search [--visitors 200000] [--queries 300] [--data-dir DIR]

Figures:
- per-keystroke search time (p50, p95) for queries typed one character at a
  time, mixing scripts and misspellings, and beside it an exact-prefix query
  on an indexed column (the SQL baseline) in the same run;
- matching quality: the right person in the top 5 for cross-script queries,
  and the duplicate check's recall and false-candidate rate;
- saving a new visitor with the duplicate check, change log and audit (p95);
- importing a legacy register (rows per second);
- peak memory (RSS) of the process holding the window's search index.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

from ._util import median, percentile

PASSWORD = "benchmark-password"


def _ms(values: list[float]) -> str:
    return f"p50 {percentile(values, 50) * 1000:6.2f} ms   p95 {percentile(values, 95) * 1000:6.2f} ms"


def _branch(root: Path, visitors: int):
    from desktop.services.accounts import BranchGate
    from desktop.services.demo import DEMO_PASSWORD, make_demo

    gate = BranchGate(root)
    if not gate.is_initialised():
        t = time.perf_counter()
        make_demo(root, visitors=visitors, seed=7, gate=gate)
        print(f"demo register of {visitors:,} visitors made in {time.perf_counter() - t:.1f} s")
    identity = gate.log_in("director", DEMO_PASSWORD)
    return gate, identity


def _typed(text: str) -> list[str]:
    return [text[:i] for i in range(1, len(text) + 1)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks search")
    parser.add_argument("--visitors", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, help="reuse a demo branch here (made if missing)")
    args = parser.parse_args(argv)

    from sqlalchemy import select

    from desktop.models import Person
    from desktop.services.demo_names import make_person, spelling_variant
    from desktop.services.names import fold_name
    from desktop.services.search import VisitorIndex
    from desktop.services.visitors import NewVisitor, VisitorService

    tmp = tempfile.TemporaryDirectory()
    root = args.data_dir or Path(tmp.name) / "branch"
    gate, identity = _branch(root, args.visitors)
    index = VisitorIndex(gate.db)
    t = time.perf_counter()
    index.load()
    print(f"search index of {len(index):,} visitors loaded in {time.perf_counter() - t:.2f} s")
    visitors = VisitorService(gate.db, identity, index)

    # People we know are in the register, and how another desk would spell them.
    # Seeded by the register's size, so a rerun on the same --data-dir asks for
    # new people rather than the ones the last run registered (which would now
    # be there twice).
    rng = random.Random(11 + len(index))
    targets = []
    for _ in range(args.queries):
        person = make_person(rng)
        row = visitors.register(NewVisitor(family_name=person.family_name, given_name=person.given_name,
                                           patronymic=person.patronymic, latin_name=person.latin_name,
                                           sex=person.sex, birth_date=person.birth_date,
                                           birth_year=person.birth_year, citizenship=person.citizenship))
        targets.append((row.person_id, person, spelling_variant(person, rng)))

    def query_text(variant) -> str:
        words = [variant.family_name, variant.given_name]
        if rng.random() < 0.3:
            words.append(variant.patronymic)
        if rng.random() < 0.3:
            words.reverse()
        text = " ".join(w for w in words if w) or variant.latin_name
        # With 200,000 visitors a name alone is rarely unique; the desk adds
        # the birth date (or year) the visitor gives.
        if variant.birth_date:
            text += " " + variant.birth_date.strftime(rng.choice(("%d.%m.%Y", "%Y-%m-%d")))
        elif variant.birth_year:
            text += f" {variant.birth_year}"
        if rng.random() < 0.2 and len(text) > 6:  # a typo: one letter dropped
            i = rng.randrange(1, len(text) - 1)
            text = text[:i] + text[i + 1:]
        return text

    queries = [(pid, query_text(variant)) for pid, _, variant in targets]
    keystrokes: list[float] = []
    for _, text in queries:
        for prefix in _typed(text):
            t = time.perf_counter()
            index.search(prefix, limit=50)
            keystrokes.append(time.perf_counter() - t)

    # Baseline: what an indexed exact-prefix lookup costs on this database.
    baseline: list[float] = []
    with gate.db.read() as s:
        for _, text in queries:
            for prefix in _typed(text):
                key = fold_name(prefix)
                t = time.perf_counter()
                s.execute(select(Person.id, Person.number, Person.family_name, Person.given_name)
                          .where(Person.name_key >= key, Person.name_key < key + "\x7f")
                          .order_by(Person.name_key).limit(50)).all()
                baseline.append(time.perf_counter() - t)

    print(f"\nsearch as you type: {len(queries)} queries, {len(keystrokes):,} keystrokes")
    print(f"  qamqor index        {_ms(keystrokes)}   (target p95 <= 30 ms)")
    print(f"  SQL prefix baseline {_ms(baseline)}")
    print(f"  ratio of medians    {median(keystrokes) / median(baseline):6.2f}")

    # Matching quality on cross-script variants.
    top5 = sum(1 for pid, text in queries if pid in [h.row.person_id for h in index.search(text, limit=5)])
    print(f"\nmatching: right person in the top 5 for {top5 / len(queries):.1%} of {len(queries)} "
          "cross-script queries (target >= 95 %)")
    found = false = total = 0
    for pid, person, variant in targets:
        candidates = visitors.find_duplicates(NewVisitor(
            family_name=variant.family_name, given_name=variant.given_name, patronymic=variant.patronymic,
            latin_name=variant.latin_name, sex=variant.sex, birth_date=variant.birth_date,
            birth_year=variant.birth_year, citizenship=variant.citizenship))
        ids = [c.row.person_id for c in candidates]
        found += pid in ids
        false += sum(1 for i in ids if i != pid)
        total += len(ids)
    print(f"duplicate check: recall {found / len(targets):.1%}, false candidates "
          f"{false / max(total, 1):.1%} of {total} shown ({false / len(targets):.2f} per check)")

    # Saving a new visitor the way the desk does: duplicate check, then save.
    saves: list[float] = []
    for _ in range(200):
        person = make_person(rng)
        new = NewVisitor(family_name=person.family_name, given_name=person.given_name,
                         patronymic=person.patronymic, sex=person.sex, birth_date=person.birth_date,
                         birth_year=person.birth_year, citizenship=person.citizenship)
        t = time.perf_counter()
        shown = visitors.find_duplicates(new)
        visitors.register(new, duplicates_shown=tuple(c.row.number for c in shown))
        saves.append(time.perf_counter() - t)
    print(f"\nsave with duplicate check, change log and audit: {_ms(saves)}   (target p95 <= 25 ms)")

    count = len(index)
    gate.close()
    _import_rate(args.import_rows, Path(tmp.name))
    _window_memory(root, [text for _, text in queries[:60]], count)
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
# VmHWM is this program's own peak; ru_maxrss would also count the forked copy
# of the benchmark process that existed before exec (Linux keeps that mark).
try:
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) // 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(peak)
window.end_session() if hasattr(window, "end_session") else None
"""


def _window_memory(root: Path, queries: list[str], count: int) -> None:
    """Peak memory of the real window (offscreen) after loading the index and
    typing searches, in a fresh process of its own."""
    import subprocess

    result = subprocess.run([sys.executable, "-c", WINDOW, str(root), *queries], capture_output=True, text=True)
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        print(f"\nwindow memory: the window did not run ({result.stderr.strip()[-300:]})")
        return
    print(f"\npeak RSS of the running window, {count:,} visitors indexed and {len(queries)} queries typed: "
          f"{lines[-1]} MB   (target <= 350 MB)")


def _import_rate(rows: int, folder: Path) -> None:
    """Into a new branch of its own, so the register above stays as it was."""
    try:
        from desktop.services.legacy_import import ImportService, check_rows, guess_mapping, read_table
    except ImportError:
        print("\nlegacy import: not available in this version")
        return
    from desktop.services.demo_names import make_person

    rng = random.Random(5)
    path = folder / "register.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["family_name", "given_name", "patronymic", "latin_name", "sex", "birth_date", "citizenship"])
        for _ in range(rows):
            p = make_person(rng)
            w.writerow([p.family_name, p.given_name, p.patronymic, p.latin_name, p.sex,
                        p.birth_date.isoformat() if p.birth_date else (p.birth_year or ""), p.citizenship])
    from desktop.services.accounts import BranchGate
    from desktop.services.demo import DEMO_PASSWORD, ensure_demo_branch
    from desktop.services.search import VisitorIndex

    if rows <= 0:
        return
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
