"""What protecting a branch costs, one function per figure.

    python -m benchmarks protection [--runs N] [--only argon2]

argon2: seconds per password try (the key derivation that opens a key slot,
at the cost new slots are sealed with, ``KdfParams()``), against two
baselines measured in the same run: RFC 9106's second recommended setting
(64 MiB, 3 passes, 4 lanes: Qamqor's cost before) and OWASP's minimum for
argon2id (19 MiB, 2 passes, 1 lane). A try costs the same to whoever makes
it: this is also what one offline guess costs someone with a copy of the
key file, on a machine like this one (the figure to look at is tries per
second). Target: about 0.5 s on a two-core laptop.

backups: at 200,000 visitors (a demo branch made once, or --data-dir), the
wall-clock and CPU seconds of making a backup (the database's bytes at one
moment written into the backup file while its integrity check runs beside
them, then the file read back),
checking one (read whole, database extracted and checked) and restoring one
after a day's work (300 new visitors with their visits), against a baseline
measured in the same run: copying the database file (and forcing it to
disk), as a plain copy of the folder would. Targets: backup <= 20 s and
<= 1.5x the copy; check <= 10 s; restore <= 30 s.

recovery: at 200,000 visitors (the same demo branch), HQ's recovery bundle
for the branch (`qamqor-hq recover`: every record HQ holds of it read,
compressed, signed and encrypted to the new computer, the file written),
after the branch's full bundle was imported into a throwaway PostgreSQL
server; the baseline, measured in the same run, is reading the same
records at HQ and nothing else. Also the new computer's side (`qamqor init
--recover`: the bundle opened and every record written). Target: HQ's
bundle <= 60 s.

Other figures are added here as functions of their own, each returning its
lines.
"""
from __future__ import annotations

import argparse
import os
import time

from ._util import median

TARGET_SECONDS = 0.5


def _cpu_seconds() -> float:
    """CPU time of this process, all threads (argon2's lanes run on threads)."""
    times = os.times()
    return times.user + times.system


def _one_try(time_cost: int, memory_kib: int, parallelism: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one key derivation."""
    from argon2.low_level import Type, hash_secret_raw

    salt = os.urandom(16)
    cpu, start = _cpu_seconds(), time.perf_counter()
    hash_secret_raw(b"a guess at the password", salt, time_cost=time_cost, memory_cost=memory_kib,
                    parallelism=parallelism, hash_len=32, type=Type.ID)
    return time.perf_counter() - start, _cpu_seconds() - cpu


def argon2(runs: int = 7) -> list[str]:
    """Seconds per try at Qamqor's cost and at the two baselines; runs
    alternate between the three so a noisy neighbour slows them alike."""
    from desktop.services.keyslots import KdfParams

    ours = KdfParams()
    settings = {
        "qamqor": (ours.time_cost, ours.memory_kib, ours.parallelism),
        "rfc9106": (3, 65536, 4),
        "owasp-min": (2, 19456, 1),
    }
    times: dict[str, list[float]] = {name: [] for name in settings}
    cpu: dict[str, list[float]] = {name: [] for name in settings}
    for params in settings.values():
        _one_try(*params)  # warm-up: the first allocation of the memory is slower
    for _ in range(runs):
        for name, params in settings.items():
            wall, used = _one_try(*params)
            times[name].append(wall)
            cpu[name].append(used)
    per_try = {name: median(values) for name, values in times.items()}
    t, m, p = settings["qamqor"]
    cores = min(os.cpu_count() or 1, 2, p)
    # On a busy machine the wall clock also counts other programs' turns; the
    # CPU time does not. Spread over a two-core laptop's cores, it is what a
    # try takes there when nothing else runs.
    idle_estimate = median(cpu["qamqor"]) / cores
    lines = [
        f"argon2id cost: {m // 1024} MiB, {t} passes, {p} lanes ({os.cpu_count()} cores here, {runs} runs, "
        f"load average {os.getloadavg()[0]:.1f})",
        f"argon2 seconds per try: {per_try['qamqor']:.3f} (median wall clock; fastest {min(times['qamqor']):.3f})",
        f"argon2 CPU seconds per try: {median(cpu['qamqor']):.3f}; on an idle two-core laptop about "
        f"{idle_estimate:.2f} s (target about {TARGET_SECONDS})",
        f"argon2 tries per second on this machine now: {1 / per_try['qamqor']:.1f}; idle: {1 / idle_estimate:.1f}",
    ]
    for name in ("rfc9106", "owasp-min"):
        lines.append(f"baseline {name} ({settings[name][1] // 1024} MiB, {settings[name][0]} passes, "
                     f"{settings[name][2]} lanes): {per_try[name]:.3f} s; ratio qamqor/{name} "
                     f"{per_try['qamqor'] / per_try[name]:.1f}")
    return lines


def _copy_file(source, target) -> None:
    import shutil

    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _timed(fn) -> tuple[float, float, object]:
    cpu, start = _cpu_seconds(), time.perf_counter()
    value = fn()
    return time.perf_counter() - start, _cpu_seconds() - cpu, value


def backups(runs: int = 2, *, visitors: int = 200_000, data_dir=None) -> list[str]:
    """Backup, check and restore of a large branch, with the file copy as baseline."""
    import shutil
    import tempfile
    from pathlib import Path

    from desktop.services.accounts import BranchGate
    from desktop.services.backups import BackupService
    from desktop.services.demo import DEMO_PASSWORD, add_demo_visitors, make_demo

    work = Path(tempfile.mkdtemp(prefix="qamqor-bench-"))
    lines = []
    try:
        pristine = Path(data_dir) if data_dir else work / "demo"
        gate = BranchGate(pristine)
        if not gate.is_initialised():
            t = time.perf_counter()
            make_demo(pristine, visitors=visitors, seed=7, gate=gate)
            lines.append(f"demo branch of {visitors:,} visitors made in {time.perf_counter() - t:.0f} s")
        if gate.db is not None:
            gate.db.checkpoint()
        gate.close()
        root = work / "branch"
        shutil.copytree(pristine, root)
        db_size = (root / "qamqor.db").stat().st_size
        gate = BranchGate(root)
        admin = gate.log_in("admin", DEMO_PASSWORD)
        service = BackupService(gate, admin)
        copies, made, checked, restored, steps, check_steps = [], [], [], [], [], []
        for run in range(runs):
            # Alternating, so that a busy neighbour slows the copy and the backup alike.
            wall, cpu, _ = _timed(lambda: _copy_file(root / "qamqor.db", work / "copy.db"))
            copies.append((wall, cpu))
            (work / "copy.db").unlink()
            marks = {}

            def phase(done: int, total: int) -> None:
                # The service reports on a scale of 1000: the copy to 400, reading it back
                # to 550 (the check running beside both), the rest of the check after.
                for name, at in (("copy", 400), ("read back", 550)):
                    if done >= at and name not in marks:
                        marks[name] = (time.perf_counter(), _cpu_seconds())
            start = (time.perf_counter(), _cpu_seconds())
            wall, cpu, result = _timed(lambda: service.make(progress=phase))
            end = (time.perf_counter(), _cpu_seconds())
            made.append((wall, cpu))
            if "copy" in marks and "read back" in marks:
                steps.append({"copy written (check running beside it)": (marks["copy"][0] - start[0],
                                                                        marks["copy"][1] - start[1]),
                              "file read back (check running beside it)": (
                                  marks["read back"][0] - marks["copy"][0], marks["read back"][1] - marks["copy"][1]),
                              "rest of the integrity check": (end[0] - marks["read back"][0],
                                                              end[1] - marks["read back"][1])})
            path = result.path
            read_out = {}

            def check_phase(done: int, total: int) -> None:
                # 0-400: the file read whole and its database copied out; 450 on: the database checked.
                if done >= 450 and "read" not in read_out:
                    read_out["read"] = (time.perf_counter(), _cpu_seconds())
            start = (time.perf_counter(), _cpu_seconds())
            wall, cpu, _ = _timed(lambda: service.check(path, progress=check_phase))
            checked.append((wall, cpu))
            if "read" in read_out:
                check_steps.append({
                    "file read whole, database copied out": (read_out["read"][0] - start[0],
                                                             read_out["read"][1] - start[1]),
                    "database checked (integrity_check, counts)": (wall - (read_out["read"][0] - start[0]),
                                                                   cpu - (read_out["read"][1] - start[1]))})
            add_demo_visitors(gate, admin, 300, seed=100 + run)  # a day's work, then rewound
            wall, cpu, _ = _timed(lambda: service.restore(path, password=DEMO_PASSWORD))
            restored.append((wall, cpu))
            admin = gate.log_in("admin", DEMO_PASSWORD)
            service = BackupService(gate, admin)
        gate.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def fig(values):
        return median([w for w, _ in values]), median([c for _, c in values])

    copy_w, copy_c = fig(copies)
    lines.append(f"database file: {db_size / 1_048_576:.0f} MB ({runs} runs, {os.cpu_count()} cores here, "
                 f"load average {os.getloadavg()[0]:.1f})")
    lines.append(f"baseline: copying the database file and forcing it to disk: {copy_w:.1f} s (CPU {copy_c:.1f} s)")
    for name, values, target in (("backup", made, 20), ("check (verify)", checked, 10), ("restore", restored, 30)):
        wall, cpu = fig(values)
        lines.append(f"{name}: {wall:.1f} s wall, {cpu:.1f} s CPU (target <= {target} s); "
                     f"ratio to the copy {wall / copy_w:.1f}x")
    backup_w, backup_c = fig(made)
    lines.append(f"backup / copy: {backup_w / copy_w:.1f}x wall, {backup_c / max(copy_c, 0.01):.1f}x CPU (target <= 1.5x)")
    for step in (steps[0] if steps else {}):
        wall, cpu = fig([s[step] for s in steps])
        lines.append(f"  of the backup, {step}: {wall:.1f} s wall, {cpu:.1f} s CPU")
    for step in (check_steps[0] if check_steps else {}):
        wall, cpu = fig([s[step] for s in check_steps])
        lines.append(f"  of the check, {step}: {wall:.1f} s wall, {cpu:.1f} s CPU")
    return lines


def _health_branch(root, count: int):
    """A branch at the schema head holding ``count`` people with a plain-text
    health flag each (as a branch upgraded from before sealing has them) and
    their change-log rows."""
    import uuid

    from desktop.models import HealthFlag, Person
    from desktop.models.journal import bulk_insert
    from desktop.models import schema
    from desktop.services.keyslots import KdfParams
    from desktop.services.storage import EncryptedStore

    store = EncryptedStore(root, kdf=KdfParams.fast())
    db, _ = store.create(username="admin", password="benchmark password")
    schema.upgrade(db)
    with db.session("bench") as s:
        people = [dict(id=uuid.uuid4(), number=f"KZ-ALA-2026-{i:06d}", family_name=f"Каримов {i}",
                       given_name="Рустам") for i in range(count)]
        bulk_insert(s, Person, people)
        bulk_insert(s, HealthFlag, [dict(person_id=p["id"], flag="tb", note=f"жөтел {i} апта", active=True)
                                    for i, p in enumerate(people)])
    db.checkpoint()
    db.close()
    return store


def health(runs: int = 3, count: int = 20_000) -> list[str]:
    """Sealing the health fields of an upgraded branch at its first log-in
    (20,000 flags: a 200,000-visitor branch where one in ten has one), against
    the same pass writing the same fields back unsealed, measured in the same
    run; then sealing and opening one field."""
    import shutil
    import tempfile
    from pathlib import Path

    from desktop.exchange.sealed import FieldKey, open_sealed, seal
    from desktop.services import health as health_service
    from desktop.services.storage import Database, open_sqlcipher_engine

    def unsealed_pass(db: Database) -> None:
        # The same pass with a plain rewrite in place of the seal.
        real = health_service.seal
        health_service.seal = lambda _key, text, **_where: text + "."
        try:
            health_service.seal_plain_fields(db, FieldKey.generate(), actor="bench")
        finally:
            health_service.seal = real

    sealed_times, plain_times, check_times = [], [], []
    with tempfile.TemporaryDirectory(prefix="qamqor-bench-") as tmp:
        template = Path(tmp) / "template"
        slots = _health_branch(template, count).slots
        raw_key = slots.unlock("admin", "benchmark password").keys(slots.fresh())[1]
        for _ in range(runs):
            for name, target in (("sealed", sealed_times), ("plain", plain_times)):
                copy = Path(tmp) / name
                shutil.rmtree(copy, ignore_errors=True)
                shutil.copytree(template, copy)
                db = Database(open_sqlcipher_engine(copy / "qamqor.db", raw_key), path=copy / "qamqor.db",
                              key=raw_key)
                start = time.perf_counter()
                if name == "sealed":
                    health_service.seal_plain_fields(db, FieldKey.generate(), actor="bench")
                else:
                    unsealed_pass(db)
                target.append(time.perf_counter() - start)
                if name == "sealed":
                    # The look for fields left in plain text (a later log-in makes it only when
                    # the database does not say every field is sealed: a restored older copy).
                    start = time.perf_counter()
                    health_service.seal_plain_fields(db, FieldKey.generate(), actor="bench")
                    check_times.append(time.perf_counter() - start)
                db.close()
    key = FieldKey.generate()
    record = "0190f7a0-0000-7000-8000-000000000001"
    n = 20_000
    start = time.perf_counter()
    values = [seal(key, "жөтел үш апта", table="health_flag", record_id=record, field_name="note") for _ in range(n)]
    sealing = (time.perf_counter() - start) / n
    start = time.perf_counter()
    for v in values:
        open_sealed(key, v, table="health_flag", record_id=record, field_name="note")
    opening = (time.perf_counter() - start) / n
    sealed, plain = median(sealed_times), median(plain_times)
    return [
        f"health: sealing {count:,} plain-text flags and their change-log rows at the first log-in after the "
        f"upgrade: {sealed:.2f} s (median of {runs})",
        f"health: baseline, the same pass writing them back unsealed: {plain:.2f} s; ratio sealed/plain "
        f"{sealed / plain:.2f}",
        f"health: looking for fields left in plain text (a log-in does it only on a database that does not "
        f"say all are sealed): {median(check_times) * 1000:.0f} ms",
        f"health: one field sealed in {sealing * 1e6:.0f} µs, opened in {opening * 1e6:.0f} µs "
        f"(load average {os.getloadavg()[0]:.1f})",
    ]


def _demo(pristine, visitors: int, lines: list[str]) -> None:
    from desktop.services.accounts import BranchGate
    from desktop.services.demo import make_demo

    gate = BranchGate(pristine)
    if not gate.is_initialised():
        t = time.perf_counter()
        make_demo(pristine, visitors=visitors, seed=7, gate=gate)
        lines.append(f"demo branch of {visitors:,} visitors made in {time.perf_counter() - t:.0f} s")
    if gate.db is not None:
        gate.db.checkpoint()
    gate.close()


def _same_keyset(found, expected) -> None:
    if found.fingerprint != expected.fingerprint:
        raise RuntimeError("the recovery bundle carries another HQ key set")


def recovery(runs: int = 2, *, visitors: int = 200_000, data_dir=None) -> list[str]:
    """HQ's recovery bundle for a large branch, beside reading its records at HQ."""
    import shutil
    import sys
    import tempfile
    from pathlib import Path

    from sqlalchemy import func, select

    from desktop.exchange.keys import generate_hq_keys
    from desktop.models.replication import replicated_models
    from desktop.hq.recovery import branch_records
    from desktop.hq.service import HqService
    from desktop.services.accounts import BranchGate
    from desktop.services.demo import DEMO_PASSWORD
    from desktop.services.exchange import ExchangeService
    from desktop.services.recovery import make_request, recover

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.support.postgres import PostgresServer

    work = Path(tempfile.mkdtemp(prefix="qamqor-bench-"))
    lines: list[str] = []
    server = None
    try:
        pristine = Path(data_dir) if data_dir else work / "demo"
        _demo(pristine, visitors, lines)
        root = work / "branch"
        shutil.copytree(pristine, root)
        keys = work / "hq-keys"
        keyset = generate_hq_keys(keys)
        stick = work / "stick"
        stick.mkdir()
        gate = BranchGate(root)
        admin = gate.log_in("admin", DEMO_PASSWORD)
        exchange = ExchangeService(gate.db, admin, escrow=gate.set_escrow)
        exchange.install_hq_keyset((keys / "hq-keyset.json").read_bytes())
        enrolment = exchange.enrolment()[0]
        bundle = exchange.export_bundle(stick).path
        with gate.db.read() as s:
            held = sum(s.scalar(select(func.count()).select_from(model)) for model in replicated_models().values())
        gate.close()
        server = PostgresServer().start()
        url = server.create_fresh_database("hq")
        with HqService.open(url, keys=keys) as hq:
            hq.enrol(enrolment)
            t = time.perf_counter()
            imported = hq.import_bundle(bundle.read_bytes())
            lines.append(f"HQ import of the branch's full bundle ({imported.applied:,} changes): "
                         f"{time.perf_counter() - t:.1f} s")
            code = imported.branch

            def read_all() -> int:
                with hq.transaction() as s:
                    return sum(1 for _ in branch_records(s, code))
            # Once untimed, to warm the caches; the bundle (like this read) gathers fresh table
            # statistics first, without which PostgreSQL's plans right after the import are poor.
            wall, _, _ = _timed(read_all)
            lines.append(f"first read of the branch's records after the import (cold): {wall:.1f} s")
            reads, bundles, sizes, rebuilt = [], [], [], []
            for run in range(runs):
                # Alternating, so that a busy neighbour slows the baseline and the bundle alike.
                wall, cpu, count = _timed(read_all)
                reads.append((wall, cpu))
                laptop = work / f"laptop-{run}"
                request = make_request(laptop, work, branch_code=code, password=DEMO_PASSWORD)
                out = work / f"recovery-{run}.qmrecovery"
                wall, cpu, made = _timed(lambda: hq.write_recovery(code, request.path.read_bytes(), out))
                bundles.append((wall, cpu))
                sizes.append(out.stat().st_size)
                new = BranchGate(laptop)
                try:
                    wall, cpu, _ = _timed(lambda: recover(
                        new, out.read_bytes(), admin_username="chief", admin_password=DEMO_PASSWORD,
                        check_keyset=lambda k: _same_keyset(k, keyset)))
                    rebuilt.append((wall, cpu))
                finally:
                    new.close()
                shutil.rmtree(laptop, ignore_errors=True)
                out.unlink()
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)

    def fig(values):
        return median([w for w, _ in values]), median([c for _, c in values])

    read_w, read_c = fig(reads)
    made_w, made_c = fig(bundles)
    back_w, back_c = fig(rebuilt)
    lines.append(f"{count:,} records of the branch at HQ, of the {held:,} the branch held ({runs} runs, {os.cpu_count()} cores here, "
                 f"load average {os.getloadavg()[0]:.1f})")
    lines.append(f"baseline: reading them at HQ: {read_w:.1f} s wall, {read_c:.1f} s CPU")
    lines.append(f"HQ recovery bundle: {made_w:.1f} s wall, {made_c:.1f} s CPU, {median(sizes) / 1e6:.0f} MB "
                 f"(target <= 60 s); ratio to reading {made_w / read_w:.1f}x")
    lines.append(f"init --recover on the new computer: {back_w:.1f} s wall, {back_c:.1f} s CPU")
    return lines


FIGURES = {"argon2": argon2, "backups": backups, "health": health, "recovery": recovery}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks protection")
    parser.add_argument("--runs", type=int, default=7, help="runs of the argon2 figure")
    parser.add_argument("--backup-runs", type=int, default=2, help="runs of the backup figures")
    parser.add_argument("--visitors", type=int, default=200_000, help="visitors of the demo branch for backups")
    parser.add_argument("--data-dir", help="reuse a demo branch here (made if missing) for the backup figures")
    parser.add_argument("--only", choices=sorted(FIGURES), action="append",
                        help="one figure (may be repeated); default: all")
    args = parser.parse_args(argv)
    for name in args.only or FIGURES:
        if name in ("backups", "recovery"):
            lines = FIGURES[name](runs=args.backup_runs, visitors=args.visitors, data_dir=args.data_dir)
        else:
            lines = FIGURES[name](runs=args.runs)
        for line in lines:
            print(line, flush=True)
    return 0
