"""Retention and people's rights on a demo branch.

    python -m benchmarks retention [--visitors 200000] [--inactive 0.05] [--data-dir DIR]

A share of the visitors (``--inactive``) is made inactive for six to eight
years (their records' times moved back), then:

- the administrator's list of people due (RetentionService.due), against
  reading every visitor's number and two times once (the baseline, same run);
- anonymising all of them in one confirmed step (RetentionService.apply),
  per person;
- erasure on request of one person, and everything held about one person
  (a PDF), against making one referral letter (same run).
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

DEMO_PASSWORD = "qamqor-demo"


def _timed(fn, repeat: int = 3) -> tuple[float, object]:
    best, value = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - t)
    return best, value


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks retention")
    parser.add_argument("--visitors", type=int, default=200_000)
    parser.add_argument("--inactive", type=float, default=0.05, help="share of visitors made inactive")
    parser.add_argument("--data-dir", type=Path, help="reuse a demo branch here (made if missing)")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication
    from sqlalchemy import select, update

    from desktop.i18n import Translations
    from desktop.models import (Consent, HealthFlag, HouseholdMember, IdentityDocument, Person, PersonLanguage,
                                Referral, Visit)
    from desktop.services.accounts import BranchGate
    from desktop.services.demo import make_demo
    from desktop.services.documents import DocumentService
    from desktop.services.retention import RetentionService
    from desktop.services.rights import RightsService

    _app = QCoreApplication.instance() or QCoreApplication(["benchmark"])  # translators need one
    Translations().install("en")
    tmp = tempfile.TemporaryDirectory()
    work = Path(tmp.name)
    pristine = args.data_dir or work / "demo"
    gate = BranchGate(pristine)
    if not gate.is_initialised():
        t = time.perf_counter()
        make_demo(pristine, visitors=args.visitors, seed=7, gate=gate)
        print(f"demo branch of {args.visitors:,} visitors made in {time.perf_counter() - t:.1f} s")
    gate.close()
    root = work / "branch"
    shutil.copytree(pristine, root)
    gate = BranchGate(root)
    admin = gate.log_in("admin", DEMO_PASSWORD)
    director = gate.log_in("director", DEMO_PASSWORD)
    db = gate.db

    with db.read() as s:
        people = list(s.execute(select(Person.id).where(Person.deleted.is_(False)).order_by(Person.number)).scalars())
    step = max(1, round(1 / args.inactive)) if args.inactive > 0 else len(people) + 1
    old = people[::step]
    now = dt.datetime.now(dt.timezone.utc)
    with db.session() as s:
        for i in range(0, len(old), 500):
            chunk = old[i:i + 500]
            then = now - dt.timedelta(days=365 * 6 + (i % 730))
            s.execute(update(Person).where(Person.id.in_(chunk)).values(created_at=then, updated_at=then))
            for model in (IdentityDocument, PersonLanguage, HouseholdMember, Consent, HealthFlag, Visit, Referral):
                s.execute(update(model).where(model.person_id.in_(chunk)).values(created_at=then, updated_at=then))
            s.execute(update(Visit).where(Visit.person_id.in_(chunk)).values(visited_at=then))
    print(f"{len(people):,} visitors, {len(old):,} made inactive for six to eight years")

    def baseline():
        with db.read() as s:
            return len(s.execute(select(Person.number, Person.created_at, Person.updated_at)).all())

    base, _ = _timed(baseline)
    retention = RetentionService(db, admin)
    listed, due = _timed(retention.due)
    print(f"people due: {len(due):,} listed in {listed:.2f} s; reading every visitor once: {base:.2f} s "
          f"(ratio {listed / base:.1f}x)")
    overview, _ = _timed(retention.overview, repeat=1)
    print(f"the retention screen's overview: {overview:.2f} s")

    t = time.perf_counter()
    result = retention.apply([d.person_id for d in due])
    applied = time.perf_counter() - t
    print(f"anonymised {result.people:,} people in {applied:.1f} s ({applied / max(1, result.people) * 1000:.1f} ms "
          f"a person; {sum(result.counts.values()):,} records changed)")

    with db.read() as s:
        someone = s.execute(select(Person.id).where(Person.anonymised_at.is_(None), Person.deleted.is_(False))
                            .order_by(Person.number.desc()).limit(1)).scalar_one()
        letter = s.execute(select(Referral.letter_number).where(Referral.letter_number.is_not(None)).limit(1)
                           ).scalar_one_or_none()
    documents = DocumentService(db, director)
    made, doc = _timed(lambda: documents.subject_access(someone, lang="ru", preview=True))
    line = f"everything held about one person: {made * 1000:.0f} ms ({len(doc.content) // 1024} kB)"
    if letter:
        letter_time, _ = _timed(lambda: documents.letter(letter, preview=True))
        line += f"; one referral letter: {letter_time * 1000:.0f} ms (ratio {made / letter_time:.1f}x)"
    print(line)
    t = time.perf_counter()
    RightsService(db, director).erase(someone, reason="benchmark")
    print(f"erasure on request of one person: {(time.perf_counter() - t) * 1000:.0f} ms")
    gate.close()
    tmp.cleanup()
    return 0
