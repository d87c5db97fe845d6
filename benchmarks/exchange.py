"""Exchange with HQ on a demo branch.

    python -m benchmarks exchange [--visitors 200000] [--data-dir DIR] [--hq-db URL [--hq-baseline-db URL]]

Figures:
- first full export: wall time and peak memory (RSS) of the `qamqor
  export-bundle` process (targets: <= 20 s, <= 500 MB);
- a day's incremental export after HQ acknowledged the full one;
- HQ import into PostgreSQL, changes per second (target >= 50,000/s), beside
  its baseline in the same run: the same bundle into an empty HQ database by
  the change-by-change import (the road HQ took before streaming, and still
  takes when streaming gives up); and a re-import of the same bundle;
- in the same run, the `age` command encrypting the same plaintext to the
  same two recipients, and our encryption's ratio to it (target <= 2x).

Without --hq-db a throwaway PostgreSQL server is started (Debian postgresql);
with it, the baseline needs a second empty database (--hq-baseline-db).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._util import median

DEMO_USER, DEMO_PASSWORD = "admin", "qamqor-demo"


def _cli_env(root: Path) -> dict[str, str]:
    env = dict(os.environ, QAMQOR_DATA_DIR=str(root), QAMQOR_USER=DEMO_USER, QAMQOR_PASSWORD=DEMO_PASSWORD)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _qamqor(root: Path, *args: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop", *args], env=_cli_env(root), check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks exchange")
    parser.add_argument("--visitors", type=int, default=200_000)
    parser.add_argument("--day", type=int, default=300, help="visitors registered on the incremental day")
    parser.add_argument("--data-dir", type=Path, help="reuse a demo branch here (made if missing)")
    parser.add_argument("--hq-db", metavar="URL", help="an empty PostgreSQL database for HQ")
    parser.add_argument("--hq-baseline-db", metavar="URL",
                        help="another empty one, for the change-by-change import (the baseline)")
    args = parser.parse_args(argv)

    from sqlalchemy import select

    from desktop.exchange.branch import build_bundle
    from desktop.exchange.bundle import encrypt
    from desktop.exchange.keys import generate_hq_keys, load_hq_keys
    from desktop.hq import importing
    from desktop.hq.service import HqService
    from desktop.models import Branch, Person, uuid7
    from desktop.services.accounts import BranchGate
    from desktop.services.demo import make_demo
    from desktop.services.exchange import ExchangeService, unacknowledged_changes
    from desktop.services.keys import signing_key

    tmp = tempfile.TemporaryDirectory()
    work = Path(tmp.name)
    pristine = args.data_dir or work / "demo"
    gate = BranchGate(pristine)
    if not gate.is_initialised():
        t = time.perf_counter()
        make_demo(pristine, visitors=args.visitors, seed=7, gate=gate)
        print(f"demo branch of {args.visitors:,} visitors made in {time.perf_counter() - t:.1f} s")
    gate.close()
    # The run exports, prunes and adds a day: it works on a copy, so --data-dir can be reused.
    root = work / "branch"
    shutil.copytree(pristine, root)

    keys_dir = work / "hq-keys"
    generate_hq_keys(keys_dir)
    hq_keys = load_hq_keys(keys_dir)
    stick = work / "stick"
    stick.mkdir()
    _qamqor(root, "keys", "install-hq", str(keys_dir / "hq-keyset.json"), "--fingerprint", hq_keys.keyset.spoken)
    _qamqor(root, "keys", "enrolment", "--out", str(work / "enrolment.json"))

    # First full export in its own process, so its peak memory is its own.
    seconds = _qamqor(root, "export-bundle", "--out", str(stick))
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    (bundle,) = stick.iterdir()
    print(f"\nfirst full export: {seconds:.1f} s, peak RSS {peak_mb:.0f} MB, bundle {bundle.stat().st_size / 1e6:.1f} MB"
          "   (targets <= 20 s, <= 500 MB; includes start-up and log-in)")

    # The same plaintext, kept for the comparison with the age command below.
    gate = BranchGate(root)
    gate.log_in(DEMO_USER, DEMO_PASSWORD)
    with gate.db.read() as s:
        branch = s.execute(select(Branch).where(Branch.is_local.is_(True))).scalar_one()
        content = build_bundle(unacknowledged_changes(s, 0), signing=signing_key(s), bundle_id=str(uuid7()),
                               branch_id=str(branch.id), branch_code=branch.code, sequence=1, previous_manifest="",
                               acknowledged_through=0)
    gate.close()
    plaintext = content.plaintext
    del content

    # HQ.
    server = None
    url, baseline_url = args.hq_db, args.hq_baseline_db
    if url is None:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from tests.support.postgres import PostgresServer

        server = PostgresServer().start()
        url = server.create_fresh_database("hq")
        baseline_url = server.create_fresh_database("hq_baseline")
    enrolment = (work / "enrolment.json").read_bytes()
    data = bundle.read_bytes()
    baseline = None
    if baseline_url is not None:
        with HqService.open(baseline_url, keys=keys_dir) as old:
            old.enrol(enrolment)
            t = time.perf_counter()
            with old.transaction() as s:
                counted = importing.import_bundle(s, data, identities=old.keys.identities, streamed=False)
            baseline = counted.applied / (time.perf_counter() - t)
    hq = HqService.open(url, keys=keys_dir)
    try:
        hq.enrol(enrolment)
        t = time.perf_counter()
        result = hq.import_bundle(data)
        took = time.perf_counter() - t
        rate = result.applied / took
        print(f"HQ import: {result.applied:,} changes in {took:.1f} s = {rate:,.0f} changes/s   (target >= 50,000/s)")
        if baseline is not None:
            print(f"  baseline, change by change in the same run: {baseline:,.0f} changes/s; "
                  f"ratio {rate / baseline:.2f}")
        else:
            print("  baseline: give --hq-baseline-db, a second empty database, to measure it")
        t = time.perf_counter()
        again = hq.import_bundle(data)
        print(f"re-import of the same bundle: {time.perf_counter() - t:.2f} s, status {again.status}, "
              f"{again.applied} applied")

        # HQ acknowledges; the branch prunes, works a day, exports again.
        returned = hq.return_bundle(result.branch)
        (work / returned.file_name).write_bytes(returned.data)
        t = time.perf_counter()
        _qamqor(root, "import-return", str(work / returned.file_name))
        print(f"return bundle applied at the branch (prune): {time.perf_counter() - t:.1f} s")
        gate = BranchGate(root)
        identity = gate.log_in(DEMO_USER, DEMO_PASSWORD)
        with gate.db.session(DEMO_USER) as s:
            for i in range(args.day):
                s.add(Person(number=f"KZ-BENCH-{i:06d}", family_name=f"Day {i}", given_name="Visitor"))
            for person in s.execute(select(Person).limit(args.day // 3)).scalars():
                person.notes = "seen again"
        day_stick = work / "day"
        day_stick.mkdir()
        t = time.perf_counter()
        day = ExchangeService(gate.db, identity).export_bundle(day_stick)
        print(f"a day's incremental export ({day.changes:,} changes): {time.perf_counter() - t:.2f} s")

        gate.close()
        # Median of five runs each: a 40 MB encryption takes a tenth of a second.
        ours_runs, theirs_runs = [], []
        recipients = [a for r in hq_keys.keyset.recipients for a in ("-r", r)]
        for _ in range(5):
            t = time.perf_counter()
            with open(work / "ours.age", "wb") as fh:
                encrypt(plaintext, hq_keys.keyset.recipients, fh)
            ours_runs.append(time.perf_counter() - t)
            if shutil.which("age"):
                t = time.perf_counter()
                subprocess.run(["age", *recipients, "-o", str(work / "theirs.age")], input=plaintext, check=True)
                theirs_runs.append(time.perf_counter() - t)
        ours = median(ours_runs)
        if theirs_runs:
            theirs = median(theirs_runs)
            print(f"encrypting {len(plaintext) / 1e6:.1f} MB: qamqor {ours:.2f} s, age command {theirs:.2f} s, "
                  f"ratio {ours / theirs:.2f}   (target <= 2)")
        else:
            print(f"encrypting {len(plaintext) / 1e6:.1f} MB: qamqor {ours:.2f} s (the age command is not installed)")
    finally:
        hq.close()
        if server is not None:
            server.stop()
        tmp.cleanup()
    return 0
