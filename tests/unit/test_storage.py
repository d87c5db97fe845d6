"""Encryption at rest, the key slots and rekeying."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from desktop.models import Role
from desktop.services.accounts import AccountService, BranchGate
from desktop.errors import StorageError, WrongPassword
from desktop.services.keyslots import KeySlots
from desktop.services.storage import EncryptedStore
from desktop.services.visitors import NewVisitor, VisitorService
from tests.conftest import ADMIN_PASSWORD, FAST, STAFF_PASSWORD

KNOWN = NewVisitor(family_name="Тұрсынбаева", given_name="Гүлжазира", patronymic="Ерланқызы",
                   latin_name="TURSYNBAYEVA GULZHAZIRA", sex="F", birth_date=dt.date(1991, 3, 14),
                   citizenship="KZ", notes="Телефон +7 701 555 12 34")


def _all_bytes(root):
    for path in sorted(root.rglob("*")):
        if path.is_file():
            yield path, path.read_bytes()


def test_nothing_readable_on_disk_after_registering_a_known_name(gate, branch_dir):
    identity = gate.log_in("reception", STAFF_PASSWORD)
    VisitorService(gate.db, identity).register(KNOWN)
    # A second connection keeps the -wal file from being folded back, so it is checked too.
    with gate.db.read() as s:
        s.connection()
        files = dict(_all_bytes(branch_dir))
    assert any(p.name.endswith("-wal") for p in files), "the test must see the -wal file"
    needles = [b"SQLite format 3", "Тұрсынбаева".encode(), "Гүлжазира".encode(), b"TURSYNBAYEVA",
               b"GULZHAZIRA", b"701 555", "reception".encode(), "Алматы".encode()]
    for path, data in files.items():
        for needle in needles:
            assert needle not in data, f"{needle!r} readable in {path.name}"
            assert needle.lower() not in data.lower() or needle == b"SQLite format 3"


def test_wrong_password_is_refused_and_right_one_opens(gate):
    with pytest.raises(WrongPassword):
        gate.log_in("admin", "not the password")
    assert gate.db is None
    identity = gate.log_in("admin", ADMIN_PASSWORD)
    assert identity.role is Role.ADMINISTRATOR
    assert gate.branch().code == "KZ-ALA"


def test_unknown_user_gets_the_same_message_as_a_wrong_password(gate):
    with pytest.raises(WrongPassword) as unknown:
        gate.log_in("nobody", "whatever-password")
    with pytest.raises(WrongPassword) as wrong:
        gate.log_in("admin", "whatever-password")
    assert str(unknown.value) == str(wrong.value)


def test_key_file_holds_no_user_names(branch_dir):
    text = (branch_dir / "qamqor.keys").read_text()
    for name in ("admin", "reception", "director", "caseworker"):
        assert name not in text


def test_damaged_or_missing_key_file_is_a_clear_refusal(gate, branch_dir):
    keys = branch_dir / "qamqor.keys"
    keys.write_text("{not json")
    with pytest.raises(StorageError, match="damaged"):
        gate.log_in("admin", ADMIN_PASSWORD)
    keys.unlink()
    with pytest.raises(StorageError, match="missing"):
        BranchGate(branch_dir, kdf=FAST).log_in("admin", ADMIN_PASSWORD)


def test_database_from_another_branch_is_refused(gate, branch_dir, tmp_path):
    other = BranchGate(tmp_path / "other", kdf=FAST)
    other.initialise(branch_code="KZ-SHY", branch_name="Shymkent", admin_username="admin",
                     admin_password=ADMIN_PASSWORD)
    other.db.checkpoint()
    other.close()
    shutil.copy(tmp_path / "other" / "qamqor.db", branch_dir / "qamqor.db")
    with pytest.raises(StorageError, match="does not open"):
        gate.log_in("admin", ADMIN_PASSWORD)


def test_disabled_user_cannot_open_a_copy_taken_after_the_rekey(gate, branch_dir, tmp_path):
    old_keys = tmp_path / "old.keys"
    shutil.copy(branch_dir / "qamqor.keys", old_keys)
    admin = gate.log_in("admin", ADMIN_PASSWORD)
    AccountService(gate, admin).disable_user("reception")
    gate.db.checkpoint()
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    shutil.copy(branch_dir / "qamqor.db", stolen / "qamqor.db")
    shutil.copy(old_keys, stolen / "qamqor.keys")
    shutil.copy(branch_dir / "qamqor.tries", stolen / "qamqor.tries")
    # With the slot file from before the rekey, the removed user's password
    # still unwraps the old key, which no longer opens the database.
    with pytest.raises(StorageError):
        EncryptedStore(stolen, kdf=FAST).open("reception", STAFF_PASSWORD)
    # With the current slot file, there is no slot for them at all.
    with pytest.raises(WrongPassword):
        BranchGate(branch_dir, kdf=FAST).log_in("reception", STAFF_PASSWORD)
    # Everyone else still gets in with the new key.
    gate.close()
    assert BranchGate(branch_dir, kdf=FAST).log_in("director", STAFF_PASSWORD).role is Role.DIRECTOR


@pytest.mark.parametrize("crash_after_db_rekey", [False, True])
def test_interrupted_rekey_leaves_a_database_that_opens(gate, branch_dir, crash_after_db_rekey):
    gate.log_in("admin", ADMIN_PASSWORD)
    store = gate.store
    import os

    new_key = os.urandom(32)
    store.slots.begin_rekey(new_key)
    if crash_after_db_rekey:
        gate.db.checkpoint()
        with gate.db.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    gate.close()  # the crash: finish_rekey never ran
    fresh = BranchGate(branch_dir, kdf=FAST)
    assert fresh.log_in("director", STAFF_PASSWORD).role is Role.DIRECTOR
    data = json.loads((branch_dir / "qamqor.keys").read_text())
    if crash_after_db_rekey:
        assert data["pending"] is None and data["generation"] == 2
    fresh.close()


def test_password_change_reseals_only_that_users_identity(gate, branch_dir):
    admin = gate.log_in("director", STAFF_PASSWORD)
    before = json.loads((branch_dir / "qamqor.keys").read_text())
    AccountService(gate, admin).change_own_password(old_password=STAFF_PASSWORD, new_password="a new secret")
    after = json.loads((branch_dir / "qamqor.keys").read_text())
    changed = [tag for tag in before["slots"] if before["slots"][tag] != after["slots"][tag]]
    assert len(changed) == 1
    gate.close()
    with pytest.raises(WrongPassword):
        BranchGate(branch_dir, kdf=FAST).log_in("director", STAFF_PASSWORD)
    assert BranchGate(branch_dir, kdf=FAST).log_in("director", "a new secret").username == "director"


def test_escrow_key_opens_the_branch(tmp_path):
    import pyrage

    escrow = pyrage.x25519.Identity.generate()
    gate = BranchGate(tmp_path / "b", kdf=FAST)
    gate.initialise(branch_code="KZ-ALA", branch_name="A", admin_username="admin",
                    admin_password=ADMIN_PASSWORD, escrow_recipient=str(escrow.to_public()))
    gate.close()
    slots = KeySlots(tmp_path / "b" / "qamqor.keys")
    store = EncryptedStore(tmp_path / "b")
    db, _ = store.open_with_keys(slots.escrow_unlock(str(escrow)))
    db.close()
    with pytest.raises(WrongPassword):
        slots.escrow_unlock(str(pyrage.x25519.Identity.generate()))


def test_work_on_qt_pool_threads_never_closes_another_thread_s_connection(gate):
    """The window reads on Qt's pool threads, where each run of a task is a new
    Python thread state: a pool keyed by thread (SingletonThreadPool) made a
    connection per task and, past five, closed others' — the GUI thread's in
    the middle of its own transaction among them."""
    from sqlalchemy import text
    from PySide6.QtCore import QRunnable, QThreadPool

    gate.log_in("reception", STAFF_PASSWORD)
    answers: list[int] = []

    class Read(QRunnable):
        def run(self) -> None:
            with gate.db.read() as s:
                answers.append(s.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one())

    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    with gate.db.read() as mine:
        before = mine.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        for _ in range(12):
            pool.start(Read())
        assert pool.waitForDone(30_000)
        assert mine.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one() == before
    assert answers == [before] * 12
