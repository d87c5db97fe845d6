"""The key-slot file shared by several programs: a rekey by another program
does not break an open window, no program writes back an old copy, and a
disable interrupted at any step is finished by running it again."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import StorageError, WrongPassword
from desktop.models import AuditEvent, Role
from desktop.services import accounts as accounts_mod
from desktop.services.accounts import AccountService, BranchGate
from desktop.services.keyslots import KeySlots
from desktop.services.storage import EncryptedStore
from desktop.services.visitors import NewVisitor, VisitorService
from tests.conftest import ADMIN_PASSWORD, FAST, STAFF_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def _cli(branch_dir: Path, *args: str, new_password: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", QAMQOR_USER="admin",
               QAMQOR_PASSWORD=ADMIN_PASSWORD)
    if new_password is not None:
        env["QAMQOR_NEW_PASSWORD"] = new_password
    return subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", "--data-dir", str(branch_dir), *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_a_rekey_by_another_program_does_not_break_an_open_window(gate, branch_dir):
    director = gate.log_in("director", STAFF_PASSWORD)
    visitors = VisitorService(gate.db, director)
    visitors.register(NewVisitor(family_name="Before", given_name="Rekey", sex="F"))
    key_before = gate.db.key
    done = _cli(branch_dir, "users", "disable", "caseworker")
    assert done.returncode == 0, done.stderr
    assert json.loads((branch_dir / "qamqor.keys").read_text())["generation"] == 2
    # The window carries on: its next transactions take the new key from the slot file.
    row = visitors.register(NewVisitor(family_name="After", given_name="Rekey", sex="M"))
    assert gate.db.key != key_before
    assert row.number in [hit.row.number for hit in visitors.search("After Rekey")]


def test_an_open_window_of_a_disabled_user_is_told_so(gate, branch_dir):
    caseworker = gate.log_in("caseworker", STAFF_PASSWORD)
    done = _cli(branch_dir, "users", "disable", "caseworker")
    assert done.returncode == 0, done.stderr
    with pytest.raises(StorageError, match="Your key was removed"):
        VisitorService(gate.db, caseworker).register(NewVisitor(family_name="X", given_name="Y", sex="F"))


def test_no_program_writes_back_an_old_copy_of_the_key_file(gate, branch_dir):
    admin = gate.log_in("admin", ADMIN_PASSWORD)
    gate.store.slots.data  # this program has read (and keeps) the file as it was
    added = _cli(branch_dir, "users", "add", "marat", "--role", "caseworker", new_password="river stones at dawn")
    assert added.returncode == 0, added.stderr
    AccountService(gate, admin).add_user("aliya", display_name="Әлия", role=Role.RECEPTIONIST,
                                         password="yellow kettle singing")
    gate.close()
    assert BranchGate(branch_dir, kdf=FAST).log_in("marat", "river stones at dawn").username == "marat"
    assert BranchGate(branch_dir, kdf=FAST).log_in("aliya", "yellow kettle singing").username == "aliya"


class Crash(BaseException):
    """A program killed at this very point."""


def _crash_once(monkeypatch, owner, name: str) -> None:
    real = getattr(owner, name)

    def crashing(*args, **kwargs):
        monkeypatch.setattr(owner, name, real)
        raise Crash

    monkeypatch.setattr(owner, name, crashing)


def _crash_at(step: str, monkeypatch) -> None:
    if step == "after the account was disabled":
        _crash_once(monkeypatch, EncryptedStore, "remove_and_rekey")
    elif step == "after the new key was wrapped":
        _crash_once(monkeypatch, EncryptedStore, "_rekey_database")
    elif step == "after the database was rekeyed":
        _crash_once(monkeypatch, KeySlots, "finish_rekey")
    elif step == "before the rekey was audited":
        real = accounts_mod.record_audit

        def crashing(s, action, **kwargs):
            if action == "database.rekey":
                monkeypatch.setattr(accounts_mod, "record_audit", real)
                raise Crash
            return real(s, action, **kwargs)

        monkeypatch.setattr(accounts_mod, "record_audit", crashing)


@pytest.mark.parametrize("step", ["after the account was disabled", "after the new key was wrapped",
                                  "after the database was rekeyed", "before the rekey was audited"])
def test_a_disable_interrupted_at_any_step_is_finished_by_running_it_again(branch_dir, tmp_path, step,
                                                                           monkeypatch):
    old_keys = tmp_path / "qamqor.keys.before"
    shutil.copy(branch_dir / "qamqor.keys", old_keys)
    gate = BranchGate(branch_dir, kdf=FAST)
    admin = gate.log_in("admin", ADMIN_PASSWORD)
    _crash_at(step, monkeypatch)
    with pytest.raises(Crash):
        AccountService(gate, admin).disable_user("reception")
    gate.close()

    # The next program: the branch opens, the disabled account does not log in.
    gate = BranchGate(branch_dir, kdf=FAST)
    admin = gate.log_in("admin", ADMIN_PASSWORD)
    with pytest.raises(WrongPassword):
        BranchGate(branch_dir, kdf=FAST).log_in("reception", STAFF_PASSWORD)
    AccountService(gate, admin).disable_user("reception")  # run again
    gate.db.checkpoint()
    data = json.loads((branch_dir / "qamqor.keys").read_text())
    assert data["generation"] == 2 and data["pending"] is None
    with gate.db.read() as s:
        actions = [a for a in s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq))]
    assert actions.count("user.disable") == 1
    assert actions.count("database.rekey") == 1
    gate.close()

    # The disabled password opens no key of the database as it is now: not
    # with the current key file, nor with the copy from before the disable.
    with pytest.raises(WrongPassword):
        KeySlots(branch_dir / "qamqor.keys", FAST).unlock("reception", STAFF_PASSWORD)
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    shutil.copy(branch_dir / "qamqor.db", stolen / "qamqor.db")
    shutil.copy(old_keys, stolen / "qamqor.keys")
    shutil.copy(branch_dir / "qamqor.tries", stolen / "qamqor.tries")
    with pytest.raises(StorageError, match="does not open"):
        EncryptedStore(stolen, kdf=FAST).open("reception", STAFF_PASSWORD)
    # Everyone else still gets in.
    assert BranchGate(branch_dir, kdf=FAST).log_in("director", STAFF_PASSWORD).role is Role.DIRECTOR
