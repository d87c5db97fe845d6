"""Killed at random moments (SIGKILL: no clean-up of any kind) while saving,
exporting a bundle and making a backup. Afterwards: the database passes
``PRAGMA integrity_check``, every save the program confirmed is there,
every file under a bundle's or a backup's name is whole, and once the next
program has done its work no temporary file is left.

20 runs by default; QAMQOR_CRASH_RUNS=100 for more (the figures are printed:
run pytest with -s to see them). QAMQOR_CRASH_SEED repeats a series.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.exchange.bundle import decrypt, unpack
from desktop.exchange.keys import generate_hq_keys, load_hq_keys
from desktop.models import Person
from desktop.services import backup_copy, backup_file
from desktop.services.accounts import BranchGate
from desktop.services.backups import BackupService
from desktop.services.exchange import ExchangeService
from tests.conftest import ADMIN_PASSWORD, FAST, STAFF_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("QAMQOR_CRASH_RUNS", "20"))
# A run takes a few seconds (a new program starts each time): more runs, more time.
pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL"),
              pytest.mark.timeout(max(300, RUNS * 20))]
MODES = ("save", "export", "backup", "mixed")


def _worker(data_dir: Path, stick: Path, mode: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", QAMQOR_PASSWORD=ADMIN_PASSWORD,
               QAMQOR_STAFF_PASSWORD=STAFF_PASSWORD)
    return subprocess.Popen([sys.executable, "-m", "tests.support.crash_worker", "--data-dir", str(data_dir),
                             "--stick", str(stick), "--mode", mode], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


class Lines:
    """The worker's confirmations, read as they come (a pipe a killed program
    leaves open is read to its end afterwards)."""

    def __init__(self, process: subprocess.Popen):
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self.thread.start()

    def _read(self, process) -> None:
        for line in process.stdout:
            self.lines.append(line.strip())
            if line.strip() == "ready":
                self.ready.set()
        self.ready.set()

    def confirmed(self, kind: str) -> list[str]:
        return [line.split(" ", 1)[1] for line in self.lines if line.startswith(kind + " ")]


def _temporary(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders if folder.exists() for p in folder.rglob("*")
                  if p.name.endswith(".tmp") or ".tmp-" in p.name)


@pytest.fixture
def setting(branch_dir, tmp_path):
    keys = tmp_path / "hq"
    generate_hq_keys(keys)
    gate = BranchGate(branch_dir, kdf=FAST)
    admin = gate.log_in("admin", ADMIN_PASSWORD)
    ExchangeService(gate.db, admin).install_hq_keyset((keys / "hq-keyset.json").read_bytes())
    gate.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    return branch_dir, stick, load_hq_keys(keys)


def _check(data_dir: Path, stick: Path, hq, confirmed_saves: list[str], confirmed: dict[str, list[str]]) -> int:
    """Everything the harness promises; returns how many temporary files the
    next program's work cleared away."""
    gate = BranchGate(data_dir, kdf=FAST)
    try:
        admin = gate.log_in("admin", ADMIN_PASSWORD)
        with gate.db.read() as s:
            numbers = set(s.scalars(select(Person.number)))
        lost = [n for n in confirmed_saves if n not in numbers]
        assert not lost, f"confirmed saves missing after the kill: {lost}"
        conn = backup_copy.connect(gate.db.path, gate.db.key)
        try:
            assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        finally:
            conn.close()
        # Every file under a final name is whole; every confirmed one is there.
        bundles = sorted(p for p in stick.iterdir() if p.name.endswith(".qmb"))
        for path in bundles:
            unpack(decrypt(path.read_bytes(), hq.identities))
        assert set(confirmed["bundle"]) <= {p.name for p in bundles}
        made = sorted((data_dir / "backups").glob("*.qmbackup")) if (data_dir / "backups").exists() else []
        times = {p.name: backup_file.check_whole_file(p).manifest["made_at"] for p in made}
        if confirmed["backup"]:
            # Rotation keeps the newest of each day: a confirmed backup may have made way for a newer one.
            newest = max(line.split(" ")[1] for line in confirmed["backup"])
            assert times and max(times.values()) >= newest, \
                f"the backup confirmed as made at {newest} is gone and no newer one took its place"
        # The next program's own work clears what the killed one left.
        left = _temporary(data_dir, stick)
        BackupService(gate, admin).make()
        ExchangeService(gate.db, admin).export_bundle(stick)
        remaining = _temporary(data_dir, stick)
        assert not remaining, f"temporary files left after the next backup and export: {remaining}"
        return len(left)
    finally:
        gate.close()


def test_killed_at_random_moments_nothing_confirmed_is_lost_and_nothing_half_is_left(setting):
    data_dir, stick, hq = setting
    seed = int(os.environ.get("QAMQOR_CRASH_SEED", "20261204"))
    rng = random.Random(seed)
    figures: Counter = Counter()
    confirmed_saves: list[str] = []
    for run in range(RUNS):
        mode = MODES[run % len(MODES)]
        process = _worker(data_dir, stick, mode)
        lines = Lines(process)
        assert lines.ready.wait(120), f"run {run}: the worker did not start: {process.stderr.read()}"
        if process.poll() is not None:
            pytest.fail(f"run {run} ({mode}): the worker ended on its own: {process.communicate()[1]}")
        # Not a wait for something: the random moment of the crash, while the worker writes.
        time.sleep(rng.uniform(0.05, 1.5))
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
        lines.thread.join(10)
        process.stdout.close()
        process.stderr.close()
        confirmed = {kind: lines.confirmed(kind) for kind in ("bundle", "backup")}
        confirmed_saves += lines.confirmed("saved")
        try:
            cleared = _check(data_dir, stick, hq, confirmed_saves, confirmed)
        except AssertionError as err:
            raise AssertionError(f"run {run} ({mode}, seed {seed}): {err}") from err
        figures[f"{mode} runs"] += 1
        figures["saves confirmed"] += len(lines.confirmed("saved"))
        figures["bundles confirmed"] += len(confirmed["bundle"])
        figures["backups confirmed"] += len(confirmed["backup"])
        figures["runs that left temporary files (cleared by the next program)"] += bool(cleared)
    print(f"\ncrash harness, {RUNS} runs (seed {seed}): " + ", ".join(f"{k}: {v}" for k, v in sorted(figures.items())))
