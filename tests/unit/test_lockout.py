"""The lock-out record (qamqor.tries): every try counted before it is checked,
in parallel too, not reset by restoring the key file, and a try that cannot be
written down is refused without a check."""
from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import AccountLocked, StorageError, WrongPassword
from desktop.models import AuditEvent
from desktop.services import keyslots, lockout
from desktop.services.accounts import BranchGate
from desktop.services.lockout import LOCK_MINUTES, MAX_FAILED
from tests.conftest import FAST, STAFF_PASSWORD


def _shift_clock(monkeypatch, minutes: float) -> None:
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=minutes)
    monkeypatch.setattr(lockout, "_now", lambda: later)


def _count_checks(monkeypatch) -> list[int]:
    """How many passwords were really checked (argon2 runs on a slot's salt)."""
    checks = [0]
    real = keyslots._derive
    guard = threading.Lock()

    def counted(password, salt, params):
        if salt != b"\0" * 16:
            with guard:
                checks[0] += 1
        return real(password, salt, params)

    monkeypatch.setattr(keyslots, "_derive", counted)
    return checks


def _failed_log_ins(gate, username: str) -> list[dict]:
    with gate.db.read() as s:
        rows = s.execute(select(AuditEvent).where(AuditEvent.actor == username,
                                                  AuditEvent.action == "login.failed")).scalars()
        return [json.loads(r.detail) for r in rows]


def test_forty_wrong_tries_in_parallel_are_all_counted(branch_dir, monkeypatch):
    checks = _count_checks(monkeypatch)
    start = threading.Barrier(40)
    outcomes: list[str] = []

    def guess(n: int) -> None:
        gate = BranchGate(branch_dir, kdf=FAST)  # each its own key file, lock and handle
        start.wait()
        try:
            gate.log_in("reception", f"wrong guess number {n}")
        except AccountLocked:
            outcomes.append("locked")
        except WrongPassword:
            outcomes.append("wrong")
        finally:
            gate.close()

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(outcomes) == 40
    # Only the first five were checked at all; the fifth locked the account. A
    # checked try that ends after the fifth was written down says "locked" too
    # (it is, by then), so at most four say "wrong".
    assert checks[0] == MAX_FAILED
    assert outcomes.count("wrong") <= MAX_FAILED - 1
    assert outcomes.count("locked") >= 40 - (MAX_FAILED - 1)
    gate = BranchGate(branch_dir, kdf=FAST)
    with pytest.raises(AccountLocked):
        gate.log_in("reception", STAFF_PASSWORD)
    _shift_clock(monkeypatch, LOCK_MINUTES + 1)
    gate.log_in("reception", STAFF_PASSWORD)
    # Every one of the forty (and the refused right one) reached the audit trail.
    failed = _failed_log_ins(gate, "reception")
    assert len(failed) == 41
    assert sum(1 for f in failed if f.get("locked")) == 41 - MAX_FAILED
    gate.close()


def test_restoring_the_key_file_from_a_copy_does_not_reset_the_count(branch_dir, tmp_path):
    copy = tmp_path / "qamqor.keys.copy"
    shutil.copy(branch_dir / "qamqor.keys", copy)
    gate = BranchGate(branch_dir, kdf=FAST)
    for _ in range(MAX_FAILED - 1):
        with pytest.raises(WrongPassword):
            gate.log_in("reception", "wrong password here")
        shutil.copy(copy, branch_dir / "qamqor.keys")  # "restored" after every try
    with pytest.raises(AccountLocked):
        gate.log_in("reception", "wrong password here")
    shutil.copy(copy, branch_dir / "qamqor.keys")
    with pytest.raises(AccountLocked):
        gate.log_in("reception", STAFF_PASSWORD)


def test_removing_the_record_locks_every_account(branch_dir):
    (branch_dir / "qamqor.tries").unlink()
    gate = BranchGate(branch_dir, kdf=FAST)
    for user in ("admin", "reception", "director"):
        with pytest.raises(AccountLocked, match="record of wrong passwords"):
            gate.log_in(user, STAFF_PASSWORD)


def test_a_killed_try_stays_counted(branch_dir, monkeypatch):
    """A program killed after the check began (here: the check never returns)
    has still spent the try."""
    gate = BranchGate(branch_dir, kdf=FAST)

    class Killed(BaseException):
        pass

    def killed(*_args):
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(keyslots.KeySlots, "_open_identity", staticmethod(killed))
        for _ in range(MAX_FAILED):
            with pytest.raises(Killed):
                gate.log_in("reception", STAFF_PASSWORD)
    with pytest.raises(AccountLocked):
        gate.log_in("reception", STAFF_PASSWORD)


def test_a_try_that_cannot_be_written_down_is_refused_unchecked(branch_dir, monkeypatch):
    checks = _count_checks(monkeypatch)
    gate = BranchGate(branch_dir, kdf=FAST)
    real = lockout.atomic_write

    def full(path, data):
        raise StorageError(f"The disk is full: {Path(path).name} was not written.") from OSError(
            errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lockout, "atomic_write", full)
    for password in ("wrong password here", STAFF_PASSWORD):
        with pytest.raises(StorageError, match="disk is full"):
            gate.log_in("reception", password)
    assert checks[0] == 0
    monkeypatch.setattr(lockout, "atomic_write", real)
    assert gate.log_in("reception", STAFF_PASSWORD).username == "reception"


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MiB tmpfs (needs root, as in CI); skipped where it cannot be mounted."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError as err:
            assert err.errno == errno.ENOSPC
    return filler


@pytest.mark.skipif(os.name != "posix", reason="mounts a tmpfs")
def test_tries_on_a_full_disk_are_refused_and_counted_once_there_is_room(branch_dir, small_disk):
    keys = small_disk / "branch"
    keys.mkdir()
    for name in ("qamqor.keys", "qamqor.tries"):
        shutil.copy(branch_dir / name, keys / name)
    slots = keyslots.KeySlots(keys / "qamqor.keys", FAST)
    filler = _fill(small_disk)
    for _ in range(MAX_FAILED + 2):
        for password in ("wrong password here", STAFF_PASSWORD):
            with pytest.raises(StorageError, match="disk is full"):
                slots.unlock("reception", password)
    assert json.loads((keys / "qamqor.tries").read_text())["slots"] == \
        json.loads((branch_dir / "qamqor.tries").read_text())["slots"]
    filler.unlink()
    for _ in range(MAX_FAILED - 1):
        with pytest.raises(WrongPassword):
            slots.unlock("reception", "wrong password here")
    with pytest.raises(AccountLocked):
        slots.unlock("reception", "wrong password here")


def test_endless_tries_keep_the_record_small_and_are_all_counted(branch_dir, monkeypatch):
    monkeypatch.setattr(lockout, "KEEP_TRIES", 10)
    gate = BranchGate(branch_dir, kdf=FAST)
    for _ in range(30):
        with pytest.raises((WrongPassword, AccountLocked)):
            gate.log_in("reception", "wrong password here")
    record = json.loads((branch_dir / "qamqor.tries").read_text())
    assert max(len(slot["tries"]) for slot in record["slots"].values()) == 10
    _shift_clock(monkeypatch, LOCK_MINUTES + 1)
    gate.log_in("reception", STAFF_PASSWORD)
    failed = _failed_log_ins(gate, "reception")
    assert len(failed) + sum(f.get("earlier_tries", 0) for f in failed) == 30
    gate.close()


def test_a_key_file_from_before_the_record_keeps_its_counts(branch_dir):
    """Branches made by an earlier version kept the count in each slot: the
    first try moves it to qamqor.tries instead of locking everyone out."""
    keys = json.loads((branch_dir / "qamqor.keys").read_text())
    slots = keyslots.KeySlots(branch_dir / "qamqor.keys", FAST)
    reception = slots.tag("reception")
    for tag, slot in keys["slots"].items():
        slot.update(failed=[], streak=MAX_FAILED - 1 if tag == reception else 0, locked_until=None)
    (branch_dir / "qamqor.keys").write_text(json.dumps(keys))
    (branch_dir / "qamqor.tries").unlink()
    gate = BranchGate(branch_dir, kdf=FAST)
    assert gate.log_in("director", STAFF_PASSWORD).username == "director"
    with pytest.raises(AccountLocked, match="Too many wrong passwords"):
        gate.log_in("reception", "wrong password here")
    assert "streak" not in (branch_dir / "qamqor.keys").read_text()
    gate.close()
