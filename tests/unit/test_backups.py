"""Backups: made while the branch works, checked whole, restored without loss.

What a person sees or what lands on disk: the file's bytes, the records
after a restore, the messages of a refusal.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import struct
import subprocess
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import func, select, text

from desktop.errors import PermissionDenied, Refused, StorageError, WrongPassword
from desktop.models import AuditEvent, ExchangeState, Person, Role
from desktop.services import backup_file, epochs
from desktop.services.accounts import AccountService, BranchGate
from desktop.services.backups import BackupCancelled, BackupService, check_offline, restore_into_folder
from desktop.services.demo import add_demo_visitors
from desktop.services.numbering import NUMBERS_RESERVED_AFTER_RESTORE, numbers_reserved
from desktop.services.visitors import NewVisitor, VisitorService
from tests.conftest import ADMIN_PASSWORD, FAST, STAFF, STAFF_PASSWORD


@pytest.fixture
def admin(gate):
    return gate.log_in("admin", ADMIN_PASSWORD)


@pytest.fixture
def backups(gate, admin) -> BackupService:
    return BackupService(gate, admin)


def _people(gate) -> int:
    with gate.db.read() as s:
        return s.scalar(select(func.count()).select_from(Person))


def _register(gate, family: str) -> str:
    director = gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    return VisitorService(gate.db, director).register(
        NewVisitor(family_name=family, given_name="Тест", sex="F")).number


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


# -- the round trip ----------------------------------------------------------------
def test_backup_change_restore_brings_the_records_back(gate, admin, backups, branch_dir):
    kept = _register(gate, "Сақталған")
    made = backups.make()
    assert made.path.parent == branch_dir / "backups" and made.path.name.startswith("KZ-ALA-")
    assert made.path.name.endswith(".qmbackup") and made.records >= 1
    later = _register(gate, "Кейінгі")
    before = _people(gate)

    result = backups.restore(made.path, password=ADMIN_PASSWORD)

    assert _people(gate) == before - 1
    with gate.db.read() as s:
        numbers = set(s.scalars(select(Person.number)))
    assert kept in numbers and later not in numbers
    # What the restore replaced is kept aside, as a backup of its own.
    assert result.set_aside is not None and result.set_aside.exists()
    aside = backup_file.read_header(result.set_aside).manifest
    assert aside["reason"] == "before-restore" and aside["counts"]["person"] == before
    # The next registration does not reuse the number given to the person the restore removed.
    assert _register(gate, "Жаңа") not in numbers | {later}
    # Restoring the records set aside brings that person back.
    backups.restore(result.set_aside, password=ADMIN_PASSWORD)
    with gate.db.read() as s:
        assert later in set(s.scalars(select(Person.number)))


def test_a_restore_keeps_accounts_audit_and_exchange_bookkeeping(gate, admin, backups):
    made = backups.make()
    accounts = AccountService(gate, admin)
    accounts.add_user("newcomer", display_name="Жаңа қызметкер", role=Role.CASEWORKER, password="river-salt-garden")
    with gate.db.read() as s:
        events = s.scalar(select(func.max(AuditEvent.seq)))
    backups.restore(made.path, password=ADMIN_PASSWORD)
    # The account made after the backup still logs in: accounts follow the key file, which a restore keeps.
    assert gate.log_in("newcomer", "river-salt-garden").role == Role.CASEWORKER
    with gate.db.read() as s:
        assert s.scalar(select(func.max(AuditEvent.seq))) > events  # nothing of the trail went back
        restore = s.execute(select(AuditEvent).where(AuditEvent.action == "backup.restore")).scalar_one()
        state = {r.name: r.value for r in s.scalars(select(ExchangeState))}
    detail = json.loads(restore.detail)
    assert detail["epoch"] == state[epochs.EPOCH] > 0
    assert state[epochs.BASE_CHANGE] == backup_file.read_header(made.path).manifest["change_head"]


def test_a_backup_opens_with_any_password_of_its_time_or_with_the_escrow_key(tmp_path):
    escrow = pyrage.x25519.Identity.generate()
    gate = BranchGate(tmp_path / "branch", kdf=FAST)
    admin = gate.initialise(branch_code="KZ-SHY", branch_name="Шымкент", admin_username="admin",
                            admin_password=ADMIN_PASSWORD, escrow_recipient=str(escrow.to_public()))
    accounts = AccountService(gate, admin)
    accounts.add_user("marat", display_name="Марат", role=Role.CASEWORKER, password=STAFF_PASSWORD)
    service = BackupService(gate, admin)
    first = service.make().path
    accounts.disable_user("marat")  # a new database key, which marat's password does not open
    second = service.make().path
    gate.close()
    elsewhere = tmp_path / "new-laptop"
    assert check_offline(first, elsewhere, username="marat", password=STAFF_PASSWORD).records == 0
    with pytest.raises(WrongPassword):
        check_offline(second, elsewhere, username="marat", password=STAFF_PASSWORD)
    assert check_offline(second, elsewhere, username="admin", password=ADMIN_PASSWORD).path == second
    assert check_offline(second, elsewhere, escrow=str(escrow)).path == second
    with pytest.raises(WrongPassword):
        check_offline(second, elsewhere, escrow=str(pyrage.x25519.Identity.generate()))


# -- nothing readable in the file ----------------------------------------------------
def test_no_name_of_a_visitor_is_readable_in_a_backup(gate, admin, backups):
    director = gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    add_demo_visitors(gate, director, 60, seed=11)
    with gate.db.read() as s:
        names = {n for row in s.execute(select(Person.family_name, Person.given_name, Person.latin_name))
                 for n in row if n and len(n) >= 4}
    assert len(names) > 50
    path = backups.make().path
    data = path.read_bytes()
    for name in names:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert name.encode(encoding) not in data
        assert name.upper().encode("utf-8") not in data
    if shutil.which("strings"):
        shown = subprocess.run(["strings", "-n", "4", str(path)], capture_output=True, text=True,
                               check=True).stdout.casefold()
        assert not [n for n in names if n.isascii() and n.casefold() in shown]


# -- damage ---------------------------------------------------------------------------
def _flip(path, position: int):
    data = bytearray(path.read_bytes())
    data[position] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_byte_flipped_anywhere_is_found(tmp_path, backups):
    path = backups.make().path
    size = path.stat().st_size
    header = backup_file.read_header(path)
    keys_at, keys_size = header.member_offset(backup_file.KEYS_MEMBER)
    db_at, db_size = header.member_offset(backup_file.DB_MEMBER)
    rng = random.Random(7)
    positions = {0, 15, keys_at, keys_at + keys_size - 1, db_at, db_at + 100, db_at + db_size - 1,
                 header.manifest_offset, header.manifest_offset + len(header.raw) // 2,
                 size - 40, size - 33, size - 32, size - 1}
    positions |= {rng.randrange(size) for _ in range(40)}
    pristine = path.read_bytes()
    for position in sorted(positions):
        copy = tmp_path / f"flipped-{position}.qmbackup"
        copy.write_bytes(pristine)
        _flip(copy, position)
        with pytest.raises(Refused):
            backup_file.check_whole_file(copy)
    backup_file.check_whole_file(path)  # the original is whole


@pytest.mark.parametrize("where", ["keys", "database", "manifest", "trailer"])
def test_a_damaged_backup_is_refused_before_anything_changes(gate, admin, backups, branch_dir, where):
    path = backups.make().path
    header = backup_file.read_header(path)
    position = {"keys": header.member_offset(backup_file.KEYS_MEMBER)[0] + 10,
                "database": header.member_offset(backup_file.DB_MEMBER)[0] + 5000,
                "manifest": header.manifest_offset + 5,
                "trailer": path.stat().st_size - 1}[where]
    _flip(path, position)
    _register(gate, "Кейінгі")
    people = _people(gate)
    listing = _files(branch_dir / "backups")
    with pytest.raises(StorageError, match="damaged|not a Qamqor backup"):
        backups.restore(path, password=ADMIN_PASSWORD)
    assert _people(gate) == people
    assert _files(branch_dir / "backups") == listing  # no copy set aside, no temporary file left


def test_a_truncated_backup_is_refused(tmp_path, backups):
    path = backups.make().path
    short = tmp_path / "short.qmbackup"
    short.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(StorageError, match="damaged"):
        backup_file.check_whole_file(short)
    (tmp_path / "empty.qmbackup").write_bytes(b"")
    with pytest.raises(StorageError, match="not a Qamqor backup"):
        backup_file.read_header(tmp_path / "empty.qmbackup")


def _rewrite_manifest(path, change) -> None:
    """What someone would have to do to alter a manifest: the trailing hash made anew."""
    header = backup_file.read_header(path)
    data = path.read_bytes()
    manifest = dict(header.manifest)
    change(manifest)
    body = backup_file.canonical(manifest)
    tail = body + struct.pack(">Q", len(body))
    import hashlib

    path.write_bytes(data[: header.manifest_offset] + tail + hashlib.sha256(backup_file.MAGIC + tail).digest())


def test_a_backup_of_a_newer_schema_is_refused(gate, admin, backups):
    path = backups.make().path
    _rewrite_manifest(path, lambda m: m.update(schema="9999_future"))
    people = _people(gate)
    with pytest.raises(StorageError, match="newer version of Qamqor"):
        backups.restore(path, password=ADMIN_PASSWORD)
    assert _people(gate) == people


def test_a_manifest_that_does_not_match_its_database_is_refused(gate, admin, backups):
    path = backups.make().path
    _rewrite_manifest(path, lambda m: m["counts"].update(person=m["counts"]["person"] + 1))
    with pytest.raises(StorageError, match="does not hold what its manifest says"):
        backups.check(path)


def test_another_branchs_backup_is_refused(gate, admin, backups, tmp_path):
    other = BranchGate(tmp_path / "other", kdf=FAST)
    other_admin = other.initialise(branch_code="KZ-AST", branch_name="Астана", admin_username="admin",
                                   admin_password=ADMIN_PASSWORD)
    foreign = BackupService(other, other_admin).make().path
    other.close()
    people = _people(gate)
    with pytest.raises(Refused, match="is of branch KZ-AST, not of this branch"):
        backups.restore(foreign, password=ADMIN_PASSWORD)
    assert _people(gate) == people


def test_restore_asks_the_administrators_password_and_only_the_administrator(gate, admin, backups):
    path = backups.make().path
    with pytest.raises(WrongPassword):
        backups.restore(path, password="not the password")
    director = gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    with pytest.raises(PermissionDenied):
        BackupService(gate, director).restore(path, password=STAFF_PASSWORD)
    with pytest.raises(PermissionDenied):
        BackupService(gate, director).make()


def test_cancelling_a_backup_leaves_nothing(backups, branch_dir):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(BackupCancelled):
        backups.make(cancelled=cancelled)
    assert _files(branch_dir / "backups") == []


def test_a_killed_backups_temporary_files_go_at_the_next_one(backups, branch_dir):
    folder = branch_dir / "backups"
    folder.mkdir(exist_ok=True)
    # As a killed program leaves them: a half export and half a backup file, nobody holding them.
    (folder / ".KZ-ALA-2026-01-01-120000.qmbackup.db.abc123.tmp").write_bytes(b"half")
    (folder / ".KZ-ALA-2026-01-01-120000.qmbackup.db.abc123.tmp-journal").write_bytes(b"j")
    (folder / ".KZ-ALA-2026-01-01-120000.qmbackup.xyz.tmp").write_bytes(b"half")
    made = backups.make()
    assert _files(folder) == [made.path.name]


# -- the second folder, health, automatic backups ------------------------------------
class Clock:
    def __init__(self, start: dt.datetime):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def test_a_second_folder_gets_a_checked_copy(gate, admin, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    service = BackupService(gate, admin)
    service.set_second_folder(stick)
    made = service.make()
    assert made.copied_to == stick / made.path.name
    assert made.copied_to.read_bytes() == made.path.read_bytes()
    entry = service.list()[0]
    assert entry.in_data_folder and entry.in_second_folder and entry.checked_at is not None
    # The stick pulled out: the backup is made, the missing copy said.
    stick.rename(tmp_path / "pulled-out")
    made = service.make()
    assert made.copied_to is None and "cannot be found" in made.copy_problem
    health = service.health()
    assert not health.overdue and "cannot be found" in health.second_folder_problem


def test_health_warns_of_a_missing_or_failed_backup(gate, admin, branch_dir):
    clock = Clock(dt.datetime.now(dt.timezone.utc))
    service = BackupService(gate, admin, clock=clock)
    assert not service.health().overdue  # a branch made today has had no time for a backup yet
    clock.now += dt.timedelta(days=2, hours=1)
    assert service.health().overdue
    service.make()
    assert not service.health().overdue and service.health().last_failure is None
    clock.now += dt.timedelta(days=3)
    assert service.health().overdue
    # A failed backup is told, with its reason, until one succeeds: here the
    # backups folder is not a folder any more.
    folder = branch_dir / "backups"
    shutil.move(folder, branch_dir / "moved")
    folder.write_bytes(b"")
    with pytest.raises(StorageError, match="Could not write the backup into"):
        service.make()
    health = service.health()
    assert health.overdue and "Could not write the backup" in health.last_failure
    assert health.failed_at == clock.now
    folder.unlink()
    shutil.move(branch_dir / "moved", folder)
    service.make()
    assert service.health().last_failure is None


def test_the_automatic_backup_is_made_once_a_day(gate, admin, branch_dir):
    clock = Clock(dt.datetime.now(dt.timezone.utc))
    receptionist = gate.log_in(STAFF[Role.RECEPTIONIST], STAFF_PASSWORD)
    service = BackupService(gate, receptionist, clock=clock)  # the window makes it for whoever closes it
    first = service.make_automatic()
    assert first is not None
    assert service.make_automatic() is None
    clock.now += dt.timedelta(days=1)
    second = service.make_automatic()
    assert second is not None and second.path != first.path
    manifest = backup_file.read_header(second.path).manifest
    assert manifest["reason"] == "automatic"
    with pytest.raises(PermissionDenied):
        service.list()


def _planted(folder, manifest: dict, made_at: dt.datetime) -> None:
    """A backup file as rotation sees it (its manifest), without a real database in it."""
    import os

    name = f"KZ-ALA-{made_at.astimezone().strftime('%Y-%m-%d-%H%M%S')}.qmbackup"
    fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        backup_file.write(fd, {**manifest, "made_at": made_at.isoformat()},
                          [(backup_file.KEYS_MEMBER, b"{}"), (backup_file.DB_MEMBER, b"not a database")])
    finally:
        os.close(fd)


def _history(service, clock, days: int, every: int = 1):
    """A backup at 18:00 every ``every`` days for ``days`` days, then rotation by the last one."""
    real = service.make()
    manifest = {k: v for k, v in backup_file.read_header(real.path).manifest.items() if k != "members"}
    real.path.unlink()
    start = clock.now
    for day in range(0, days - 1, every):
        _planted(service.folder, {**manifest, "reason": "automatic"}, start + dt.timedelta(days=day))
    clock.now = start + dt.timedelta(days=days - 1)
    return service.make_automatic()


def test_rotation_keeps_7_daily_4_weekly_12_monthly(gate, admin, branch_dir):
    clock = Clock(dt.datetime(2025, 1, 1, 18, 0, tzinfo=dt.timezone.utc))
    service = BackupService(gate, admin, clock=clock)
    made = _history(service, clock, 400)
    assert made.removed == 400 - (7 + 4 + 12)
    kept = [e.made_at.astimezone().date() for e in service.list()]
    last = clock.now.astimezone().date()
    assert kept[:7] == [last - dt.timedelta(days=n) for n in range(7)]
    assert len(kept) == 7 + 4 + 12
    weeks = [d.isocalendar()[:2] for d in kept[6:11]]
    assert len(set(weeks)) == 5  # each weekly one in a week of its own, before the daily ones' last week
    months = [(d.year, d.month) for d in kept[10:]]
    assert len(set(months)) == len(months) == 13  # the last weekly one's month, then twelve more


def test_rotation_removes_backups_older_than_the_retention_period(gate, admin):
    clock = Clock(dt.datetime(2025, 1, 1, 18, 0, tzinfo=dt.timezone.utc))
    service = BackupService(gate, admin, clock=clock)
    with gate.db.session("admin") as s:
        s.execute(text("INSERT INTO setting (key, value) VALUES ('retention_months', '12')"))
    _history(service, clock, 400, every=5)
    oldest = min(e.made_at for e in service.list())
    # Without the period the twelve monthly ones reach back about thirteen months.
    assert dt.timedelta(days=330) < clock.now - oldest <= dt.timedelta(days=366)


# -- a new computer, a branch that no longer opens -----------------------------------
def test_restore_onto_a_new_computer(gate, admin, backups, tmp_path):
    number = _register(gate, "Көшірме")
    path = backups.make().path
    laptop = tmp_path / "laptop"
    with pytest.raises(PermissionDenied):
        restore_into_folder(path, laptop, username=STAFF[Role.DIRECTOR], password=STAFF_PASSWORD)
    result = restore_into_folder(path, laptop, username="admin", password=ADMIN_PASSWORD)
    assert result.set_aside is None and result.epoch > 0
    restored = BranchGate(laptop, kdf=FAST)
    director = restored.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)  # the passwords of the backup's time
    visitors = VisitorService(restored.db, director)
    assert visitors.search("Көшірме")[0].row.number == number
    # Numbers given after the backup are unknown here: the next one leaves room for them.
    later = visitors.register(NewVisitor(family_name="Кейінгі", given_name="Адам", sex="F"))
    assert int(later.number.rsplit("-", 1)[1]) == int(number.rsplit("-", 1)[1]) + 1 + NUMBERS_RESERVED_AFTER_RESTORE
    restored.close()
    with pytest.raises(Refused, match="already"):
        restore_into_folder(path, laptop, username="admin", password=ADMIN_PASSWORD)


def test_a_branch_that_no_longer_opens_is_replaced_and_kept_aside(gate, admin, backups, branch_dir):
    path = backups.make().path
    gate.close()
    db = branch_dir / "qamqor.db"
    data = bytearray(db.read_bytes())
    data[20000:24000] = bytes(4000)
    db.write_bytes(bytes(data))
    result = restore_into_folder(path, branch_dir, username="admin", password=ADMIN_PASSWORD,
                                 replace_damaged=True)
    assert result.set_aside.name.startswith("damaged-") and (result.set_aside / "qamqor.db").exists()
    again = BranchGate(branch_dir, kdf=FAST)
    assert again.log_in("admin", ADMIN_PASSWORD).role == Role.ADMINISTRATOR
    again.close()


def test_a_backup_older_than_the_administrators_key_opens_with_an_account_of_its_time(gate, admin, backups):
    from desktop.services.backups import BackupNeedsPassword

    path = backups.make().path
    accounts = AccountService(gate, admin)
    accounts.add_user("admin2", display_name="Екінші", role=Role.ADMINISTRATOR, password="willow-compass-88")
    accounts.disable_user(STAFF[Role.COORDINATOR])  # the database gets a key the backup's file does not hold
    newcomer = gate.log_in("admin2", "willow-compass-88")
    service = BackupService(gate, newcomer)
    with pytest.raises(BackupNeedsPassword):
        service.restore(path, password="willow-compass-88")
    with pytest.raises(WrongPassword):
        service.restore(path, password="willow-compass-88", other_user="admin", other_password="wrong one")
    result = service.restore(path, password="willow-compass-88", other_user="admin", other_password=ADMIN_PASSWORD)
    assert result.set_aside is not None
    # Accounts stay as they are: the coordinator stays disabled, the new administrator stays.
    assert gate.log_in("admin2", "willow-compass-88").username == "admin2"
    with pytest.raises(WrongPassword):
        gate.log_in(STAFF[Role.COORDINATOR], STAFF_PASSWORD)


def test_backups_made_while_another_program_saves_are_each_one_moment(gate, admin, backups, branch_dir):
    """A desk keeps registering people (its own connection, as another program
    would) while backups are made: each backup's check compares every count
    with its manifest, read in the copy's own transaction."""
    import threading

    stop = threading.Event()
    saved: list[str] = []
    errors: list[BaseException] = []

    def desk() -> None:
        other = BranchGate(branch_dir, kdf=FAST)
        try:
            director = other.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
            visitors = VisitorService(other.db, director)
            while not stop.is_set():
                saved.append(visitors.register(NewVisitor(family_name="Параллель", given_name="Тест", sex="F")).number)
        except BaseException as err:  # noqa: BLE001 - reported by the test below
            errors.append(err)
        finally:
            other.close()

    thread = threading.Thread(target=desk)
    thread.start()
    try:
        made = [backups.make() for _ in range(2)]
    finally:
        stop.set()
        thread.join(60)
    assert not errors and len(saved) > 3
    people = [backup_file.read_header(m.path).manifest["counts"]["person"] for m in made if m.path.exists()]
    assert people == sorted(people)
    for m in made:
        if m.path.exists():
            backups.check(m.path)


def test_a_rekey_by_another_program_during_a_backup_is_followed(gate, admin, backups, branch_dir, monkeypatch):
    """Another program disables an account (the database gets a new key) just
    after the backup read the key file: the copy starts again with the new key."""
    from desktop.services import backup_copy

    other = BranchGate(branch_dir, kdf=FAST)
    other_admin = other.log_in("admin", ADMIN_PASSWORD)
    original = backup_copy.Snapshot
    keys_used = []

    def rekey_first(db_path, key, **kw):
        if not keys_used:
            AccountService(other, other_admin).disable_user(STAFF[Role.COORDINATOR])
        keys_used.append(key)
        return original(db_path, key, **kw)

    monkeypatch.setattr(backup_copy, "Snapshot", rekey_first)
    try:
        made = backups.make()
    finally:
        other.close()
    assert len(keys_used) == 2 and keys_used[0] != keys_used[1]
    assert backups.check(made.path).records == made.records
    with pytest.raises(WrongPassword):  # the disabled account's password opens nothing in it
        check_offline(made.path, branch_dir.parent / "elsewhere", username=STAFF[Role.COORDINATOR],
                      password=STAFF_PASSWORD)


def test_the_backup_calls_say_what_changed(gate, admin, backups, tmp_path):
    from desktop.services.changes import BACKUP, Change

    heard: list = []
    stop = gate.db.changes.subscribe(heard.append)
    try:
        made = backups.make()
        assert heard == [Change.of(BACKUP)]
        backups.check(made.path)
        stick = tmp_path / "stick"
        stick.mkdir()
        backups.set_second_folder(stick)
        assert heard == [Change.of(BACKUP)] * 3
        with pytest.raises(WrongPassword):
            backups.restore(made.path, password="wrong")
        assert len(heard) == 3  # refused: nothing changed, nothing said
        backups.restore(made.path, password=ADMIN_PASSWORD)
        assert heard[-1] == Change.of(BACKUP) and len(heard) == 4
    finally:
        stop()


def test_a_backup_of_format_1_is_still_read(backups, tmp_path):
    """Backups made before the trailing hash covered only the manifest: its
    hash covers every byte, and a flipped byte is still refused."""
    import hashlib

    path = backups.make().path
    header = backup_file.read_header(path)
    data = path.read_bytes()
    body = backup_file.canonical({**header.manifest, "format": backup_file.FORMAT_1})
    start = data[: header.manifest_offset] + body + struct.pack(">Q", len(body))
    old = tmp_path / "old.qmbackup"
    old.write_bytes(start + hashlib.sha256(start).digest())
    assert backup_file.check_whole_file(old).manifest["format"] == backup_file.FORMAT_1
    assert backups.check(old).records == backups.check(path).records
    _flip(old, header.member_offset(backup_file.DB_MEMBER)[0] + 4096)
    with pytest.raises(StorageError, match="damaged"):
        backup_file.check_whole_file(old)


def test_a_backup_while_an_old_reader_keeps_the_log_holds_the_log_too(gate, admin, backups, branch_dir, monkeypatch):
    """Another program reads an older moment, so the write-ahead log cannot be
    emptied into the file: the backup keeps the write lock while it copies and
    takes the log with the file. Restored, it holds what was saved last."""
    from contextlib import closing

    from desktop.services import backup_copy

    monkeypatch.setattr(backup_copy, "EMPTY_LOG_TRIES", 2)
    with closing(backup_copy.connect(branch_dir / "qamqor.db", gate.db.key)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM person").fetchone()
        latest = _register(gate, "Журналдағы")
        made = backups.make()
        reader.execute("ROLLBACK")
    names = [m.name for m in backup_file.read_header(made.path).members]
    assert backup_file.WAL_MEMBER in names
    backups.check(made.path)
    _register(gate, "Кейінгі")
    backups.restore(made.path, password=ADMIN_PASSWORD)
    with gate.db.read() as s:
        numbers = set(s.scalars(select(Person.number)))
    assert latest in numbers


def test_no_backup_is_made_of_a_database_sqlite_finds_errors_in(gate, admin, backups, branch_dir):
    """An index that no longer matches its table: the program still reads, but
    the backup says the database has errors and writes no file."""
    from contextlib import closing

    from desktop.services import backup_copy

    _register(gate, "Бұзылған")
    gate.db.checkpoint()
    with closing(backup_copy.connect(branch_dir / "qamqor.db", gate.db.key)) as raw:
        name, sql = raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'person' "
                                "AND sql IS NOT NULL ORDER BY name LIMIT 1").fetchone()
        raw.execute("DROP INDEX " + name)
        raw.execute("CREATE INDEX " + name + " ON person (given_name)")  # what the schema will claim
        raw.execute("PRAGMA writable_schema = ON")
        raw.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, name))
        raw.execute("PRAGMA writable_schema = OFF")
    gate.db.engine.dispose()
    before = _files(branch_dir / "backups") if (branch_dir / "backups").exists() else []
    with pytest.raises(StorageError, match="SQLite found errors in the branch's database"):
        backups.make()
    assert _files(branch_dir / "backups") == before  # nothing under a backup's name, no temporary file
    assert backups.health().last_failure is not None


def test_while_a_snapshot_reads_the_file_nothing_is_written_into_it(gate, admin, branch_dir):
    """Others keep saving and even ask for checkpoints while a backup copies:
    the database file's bytes stay the snapshot's until it ends; then the
    waiting pages go in."""
    import hashlib
    from contextlib import closing

    from desktop.services import backup_copy

    db_path = branch_dir / "qamqor.db"

    def digest() -> str:
        return hashlib.sha256(db_path.read_bytes()).hexdigest()

    with backup_copy.Snapshot(db_path, gate.db.key) as snapshot:
        assert snapshot.members == [(backup_file.DB_MEMBER, db_path)] and not snapshot.holds_write_lock
        before = digest()
        saved = [_register(gate, f"Кезекте{n}") for n in range(5)]
        with closing(backup_copy.connect(db_path, gate.db.key)) as other:
            busy, frames, done = other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert frames > 0 and done == 0  # the others' pages wait in the log
        assert digest() == before
        assert snapshot.facts["counts"]["person"] == _people(gate) - len(saved)
    with closing(backup_copy.connect(db_path, gate.db.key)) as other:
        busy, frames, done = other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0 and done == frames > 0 and digest() != before


def test_an_older_backup_restored_on_a_new_computer_leaves_more_numbers_unused():
    made = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.timezone.utc)
    assert numbers_reserved(made, made + dt.timedelta(hours=20)) == NUMBERS_RESERVED_AFTER_RESTORE
    assert numbers_reserved(made, made + dt.timedelta(days=2)) == NUMBERS_RESERVED_AFTER_RESTORE
    assert numbers_reserved(made, made + dt.timedelta(days=9)) == 5 * NUMBERS_RESERVED_AFTER_RESTORE
    assert numbers_reserved(None, made) == NUMBERS_RESERVED_AFTER_RESTORE
    assert numbers_reserved(made, made - dt.timedelta(days=3)) == NUMBERS_RESERVED_AFTER_RESTORE  # a clock set back


@pytest.mark.parametrize("kernel_copy", [True, False])
def test_a_check_copies_the_database_out_with_or_without_the_kernel(gate, admin, backups, monkeypatch, tmp_path,
                                                                   kernel_copy):
    """Where the system has no copy_file_range (Windows, macOS, another file
    system) the database is copied by hand; either way a flipped byte of it is
    found and a whole backup passes."""
    import os

    if not kernel_copy:
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    elif not hasattr(os, "copy_file_range"):
        pytest.skip("this system has no copy_file_range")
    _register(gate, "Көшірме")
    made = backups.make()
    path = made.path
    assert backups.check(path).records == made.records
    flipped = tmp_path / "flipped.qmbackup"
    flipped.write_bytes(path.read_bytes())
    _flip(flipped, backup_file.read_header(path).member_offset(backup_file.DB_MEMBER)[0] + 8192)
    with pytest.raises(StorageError, match="damaged"):
        backups.check(flipped)


def test_a_checkpoint_while_a_backup_reads_its_moment_does_not_wait_for_it(gate, admin, branch_dir):
    """A checkpoint (before a rekey, a restore) holds the write lock while it
    waits for readers: beside a backup's snapshot it gives up after a moment
    instead of holding every other program's saves for the whole backup."""
    import threading

    from desktop.services import backup_copy

    _register(gate, "Күтпейтін")
    with backup_copy.Snapshot(branch_dir / "qamqor.db", gate.db.key):
        _register(gate, "Журналда")  # a page in the log the snapshot must not see written into the file
        done = threading.Event()
        worker = threading.Thread(target=lambda: (gate.db.checkpoint(), done.set()))
        worker.start()
        worker.join(20)
        assert done.is_set()  # not the 60 s a save may wait
        _register(gate, "Кейін")  # and saving goes on
    conn = gate.db.raw()
    try:
        assert conn.cursor().execute("PRAGMA busy_timeout").fetchone()[0] == 60_000  # put back for the pool
    finally:
        conn.close()


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="the kernel's list of locks is Linux's")
def test_a_backup_leaves_this_programs_database_locks_in_place(gate, admin, backups, branch_dir):
    """Closing any descriptor of a file drops every POSIX lock the process holds
    on it, SQLite's too; the backup reads the database through one it keeps."""
    import os

    inode = (branch_dir / "qamqor.db").stat().st_ino

    def mine() -> list[tuple[str, ...]]:
        rows = (line.split() for line in Path("/proc/locks").read_text().splitlines())
        return sorted(tuple(f[1:]) for f in rows
                      if len(f) >= 8 and f[4] == str(os.getpid()) and f[5].endswith(f":{inode}"))

    _register(gate, "Құлыпты")
    before = mine()
    assert before, "SQLite's connections hold a lock on the database file"
    backups.make()
    backups.make()
    assert mine() == before
