"""Making and checking the database inside a backup, on SQLCipher.

- ``Snapshot``: the database file as it is at one moment, while other
  programs keep working. Under the write lock for an instant, the
  write-ahead log is checkpointed and a read transaction begins; from then
  on SQLite writes nothing into the file (a checkpoint never passes a
  reader's snapshot, and one that reads the file alone forbids any), so the
  file's bytes are exactly what that transaction reads. The backup copies
  those bytes, still encrypted, and ``PRAGMA integrity_check`` runs in the
  same transaction meanwhile, on another core: the check and the manifest's
  figures speak of the very bytes copied. When the log cannot be emptied
  (a long reader elsewhere), the write lock is kept for the copy and the log
  goes into the backup beside the file.

  Not ``ATTACH … KEY`` and ``sqlcipher_export``, as at first: it decrypts,
  re-inserts and re-encrypts every row and rebuilds every index (9 s of
  the 25 s a 200,000-visitor branch took, against 1 s for its bytes). Not
  the SQLite backup API (from a keyed to an unkeyed connection it fails)
  nor ``VACUUM INTO`` (plaintext copies in some SQLCipher versions).
- ``write_copy_aside``: the database file and its log as they are, read
  while this program holds the write lock, for a copy kept aside just
  before a restore or a migration changes the records.
- ``check_database``: open with the key, ``PRAGMA integrity_check``, and
  every figure of the manifest compared with the database itself: for a
  backup read back from its file (a check, a restore).

No Qt widgets, no accounts: the backup service and the start-up's copy
before a migration both use it.
"""
from __future__ import annotations

import datetime as dt
import errno
import json
import os
import threading
import time
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from PySide6.QtCore import QCoreApplication

from desktop.files import fsync_dir
from desktop.models.database import storage_error

from ..errors import StorageError
from . import backup_file, memory
from .backup_file import Cancelled
from .locks import FileLock
from .storage import BUSY_TIMEOUT_MS, Database, EncryptedStore
from .temp_files import HeldTemp

Progress = Callable[[int, int], None]
LOCK_NAME = "qamqor.backup.lock"  # one backup or restore at a time, per branch folder
# SQLCipher decrypts a page every time it enters the cache; integrity_check
# looks up every index entry, so with the default 8 MB cache a large branch
# decrypts its pages many times over (18 s instead of 6 s for 200,000
# visitors here). At least a quarter of a gigabyte, and the whole database
# when the computer has the room (services/memory.py), for the seconds of a
# check.
CHECK_CACHE_KIB = 262_144
# Tables with nothing of the branch's records in them.
BOOKKEEPING = {"alembic_version"}
# For the progress of a check: SQLite's progress handler, called every
# CHECK_STEP virtual-machine steps, is called about 0.37 times per page by
# ``integrity_check`` (measured from 1,000 to 290,000 pages).
CHECK_STEP = 1000
CHECK_CALLS_PER_PAGE = 0.4
# How long a backup tries to find the write-ahead log empty before it keeps
# the write lock for the whole copy instead.
EMPTY_LOG_TRIES = 10


def connect(path: Path, key: bytes, *, cache_kib: int | None = None) -> sqlcipher3.Connection:
    """A keyed connection outside SQLAlchemy, with no implicit transactions."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA temp_store = MEMORY")
        if cache_kib:
            conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def tables(conn, schema: str = "main") -> list[str]:
    return [name for (name,) in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def _one(conn, sql: str, default=None):
    try:
        row = conn.execute(sql).fetchone()
    except sqlcipher3.OperationalError:  # a table an older schema does not have yet
        return default
    return default if row is None or row[0] is None else row[0]


def _uuid_text(value) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return str(value)


def facts(conn) -> dict:
    """What the manifest says of the database: read inside the caller's
    transaction, so it describes exactly the copy made in it."""
    names = tables(conn)
    counts = {name: conn.execute(f"SELECT count(*) FROM main.{_quote(name)}").fetchone()[0] for name in names}
    branch = None
    try:
        row = conn.execute("SELECT id, code FROM branch WHERE is_local = 1").fetchone()
    except sqlcipher3.OperationalError:
        row = None
    if row is not None:
        branch = {"id": _uuid_text(row[0]), "code": row[1]}
    audit = None
    try:
        audit_row = conn.execute("SELECT value, last_hash FROM sequence_head WHERE name = 'audit'").fetchone()
    except sqlcipher3.OperationalError:
        audit_row = None
    audit = {"seq": audit_row[0], "hash": audit_row[1]} if audit_row else {"seq": 0, "hash": ""}
    return {
        "branch": branch,
        "schema": _one(conn, "SELECT version_num FROM alembic_version"),
        "counts": counts,
        "change_head": _one(conn, "SELECT value FROM sequence_head WHERE name = 'change'", 0),
        "audit_head": audit,
        "exchange": {
            "epoch": _one(conn, "SELECT value FROM exchange_state WHERE name = 'epoch'", 0),
            "bundle": _one(conn, "SELECT max(seq) FROM bundle_log", 0),
            "acknowledged": _one(conn, "SELECT value FROM exchange_state WHERE name = 'acknowledged_through'", 0),
        },
    }


def manifest_for(found: dict, *, made_at: dt.datetime, reason: str, key_generation: int) -> dict:
    """The manifest but its members (``backup_file.write`` adds them)."""
    return {
        "format": backup_file.FORMAT,
        "made_at": made_at.astimezone(dt.timezone.utc).isoformat(),
        "reason": reason,
        "key_generation": key_generation,
        **found,
    }


class Snapshot:
    """The database at one moment: its figures, the files that hold it, and
    its integrity check, while other programs go on writing (module text).

    Use as a context manager; ``members`` may be read until it ends."""

    def __init__(self, db_path: Path, key: bytes):
        self.db_path = Path(db_path)
        self._reader = connect(db_path, key, cache_kib=_check_cache(db_path))
        try:
            self._writer = connect(db_path, key)
        except BaseException:
            self._reader.close()
            raise
        self._check: threading.Thread | None = None
        self._result: list[str] | BaseException | None = None
        self._stop = False
        self._calls = 0
        self._pages = 0
        self._begun = False
        self.facts: dict = {}
        self.members: list[tuple[str, Path]] = []
        self.holds_write_lock = False

    def begin(self) -> "Snapshot":
        """Take the moment (once); on any failure nothing is left open."""
        if not self._begun:
            try:
                self._begin()
            except BaseException:
                self._end()
                raise
            self._begun = True
        return self

    def __enter__(self) -> "Snapshot":
        return self.begin()

    def __exit__(self, *exc) -> None:
        self._end()

    def _begin(self) -> None:
        writer = self._writer
        for attempt in range(EMPTY_LOG_TRIES):
            writer.execute("BEGIN IMMEDIATE")  # no commit can slip in from here
            busy, frames, done = self._reader.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            empty = busy == 0 and frames == done
            last = attempt == EMPTY_LOG_TRIES - 1
            if empty or last:
                self._reader.execute("BEGIN")
                # The read transaction starts with its first read, here, with no writer about.
                self._reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
                if empty:
                    writer.execute("ROLLBACK")  # writers go on, into the log; the file no longer changes
                    self.members = [(backup_file.DB_MEMBER, self.db_path)]
                else:
                    self.holds_write_lock = True  # until copied: the log goes into the backup as it is
                    self.members = raw_copy_members(self.db_path)
                self.facts = facts(self._reader)  # of the same moment, whoever writes meanwhile
                return
            writer.execute("ROLLBACK")
            time.sleep(0.02 * (attempt + 1))  # a reader of an older moment finishes soon (1 s in all)

    def copied(self) -> None:
        """The members are copied: a write lock kept for them is let go (the
        check goes on reading the same moment)."""
        if self.holds_write_lock:
            self._writer.execute("ROLLBACK")
            self.holds_write_lock = False

    def start_check(self) -> None:
        """``PRAGMA integrity_check`` of the snapshot, in a thread of its own
        (SQLite lets go of Python's lock while it works)."""
        self._pages = int(self._reader.execute("PRAGMA page_count").fetchone()[0])

        def tick() -> int:
            self._calls += 1
            return 1 if self._stop else 0

        def run() -> None:
            try:
                self._result = [row[0] for row in self._reader.execute("PRAGMA integrity_check(20)")]
            except BaseException as err:  # noqa: BLE001 - handed to the waiting thread
                self._result = err
            finally:
                self._reader.set_progress_handler(None, 0)

        self._reader.set_progress_handler(tick, CHECK_STEP)
        self._check = threading.Thread(target=run, name="backup-check", daemon=True)
        self._check.start()

    def check_result(self, *, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> list[str]:
        """Wait for the check, saying how far it is; ``["ok"]`` when SQLite
        found nothing wrong."""
        assert self._check is not None
        expected = max(2, int(self._pages * CHECK_CALLS_PER_PAGE))
        while self._check.is_alive():
            if cancelled is not None and cancelled():
                self._stop = True
            if progress is not None:
                progress(min(self._calls, expected - 1), expected)
            self._check.join(0.1)
        if self._stop:
            raise Cancelled()
        if isinstance(self._result, sqlcipher3.OperationalError):
            raise storage_error(self._result) or self._result  # the disk, not the database
        if isinstance(self._result, sqlcipher3.DatabaseError):
            return ["unreadable"]
        if isinstance(self._result, BaseException):
            raise self._result
        return list(self._result or [])

    def _end(self) -> None:
        if self._check is not None and self._check.is_alive():
            self._stop = True
            self._check.join()
        for conn in (self._reader, self._writer):
            try:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            except sqlcipher3.Error:
                pass
            conn.close()
        memory.give_back()


def _check_cache(path: Path) -> int:
    try:
        size = os.path.getsize(path)
    except OSError:
        size = 0
    return memory.cache_kib_for(size, floor_kib=CHECK_CACHE_KIB)


def check_database(path: Path, key: bytes, manifest: dict, *, name: str) -> None:
    """The database in a backup opens with ``key``, SQLite finds nothing wrong
    with it, and it holds exactly what the manifest says. ``name`` is the
    backup's file name, for the message."""
    try:
        conn = connect(path, key, cache_kib=_check_cache(path))
    except sqlcipher3.DatabaseError:
        raise StorageError(QCoreApplication.translate(
            "Backups", "The database in the backup %1 does not open with its key: the backup is damaged."),
            name) from None
    with closing(conn):
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
            conn.execute("BEGIN")
            found = facts(conn)
            conn.execute("ROLLBACK")
        except sqlcipher3.DatabaseError:
            result = ["unreadable"]
            found = {}
    memory.give_back()
    if result != ["ok"]:
        raise backup_file.damaged(Path(name), QCoreApplication.translate("Backups", "SQLite found errors in its database"))
    for field in ("branch", "schema", "counts", "change_head", "audit_head", "exchange"):
        if found.get(field) != manifest.get(field):
            raise backup_file.damaged(Path(name), QCoreApplication.translate(
                "Backups", "its database does not hold what its manifest says"))


def raw_copy_members(db_path: Path) -> list[tuple[str, Path]]:
    """The files that make up the database now: the file and, if another
    program wrote since the last checkpoint, its write-ahead log."""
    members = [(backup_file.DB_MEMBER, db_path)]
    wal = Path(f"{db_path}-wal")
    try:
        if wal.stat().st_size > 0:
            members.append((backup_file.WAL_MEMBER, wal))
    except FileNotFoundError:
        pass
    return members


@dataclass(frozen=True)
class RememberedHead:
    """The audit trail's end as a backup recorded it (services/audit.py)."""

    file_name: str
    made_at: dt.datetime | None
    seq: int
    hash: str


def backup_name(code: str, made_at: dt.datetime, folder: Path) -> str:
    """``KZ-ALA-2026-05-01-123005.qmbackup``, in local time; a second one in
    the same second gets ``-2``."""
    stem = f"{code}-{made_at.astimezone().strftime('%Y-%m-%d-%H%M%S')}"
    name, n = stem + backup_file.SUFFIX, 1
    while (folder / name).exists():
        n += 1
        name = f"{stem}-{n}{backup_file.SUFFIX}"
    return name


def write_copy_aside(raw, *, db_path: Path, keys: tuple[bytes, int], folder: Path, code: str,
                     made_at: dt.datetime, reason: str) -> Path:
    """The database file as it is now and the key file, packed as a backup.

    ``raw`` holds the write lock (``BEGIN IMMEDIATE``), so no program changes
    the file meanwhile; its write-ahead log goes in as it is (SQLite reads it
    back with the file). Not re-encrypted and not read back: written and
    forced to disk in seconds while every other program waits for the lock.
    """
    name = backup_name(code, made_at, folder)
    manifest = manifest_for(facts(raw), made_at=made_at, reason=reason,
                                        key_generation=keys[1])
    members = [(backup_file.KEYS_MEMBER, keys[0]), *raw_copy_members(db_path)]
    with HeldTemp(folder, f".{name}.") as out:
        backup_file.write(out.fd, manifest, members)
        out.commit(folder / name)
        fsync_dir(folder)
    return folder / name


def keep_before_update(store: EncryptedStore, db: Database, *, clock: Callable[[], dt.datetime] | None = None) -> Path:
    """Before a migration changes the database: the database as it is, kept
    as a backup (listed, and rotated away after ``KEEP_ASIDE``)."""
    make_folder(store.dirs.backups)
    made_at = (clock or (lambda: dt.datetime.now(dt.timezone.utc)))()
    try:
        with FileLock(store.dirs.root / LOCK_NAME, timeout=600):
            db.checkpoint()
            with closing(connect(db.path, db.key)) as raw, store.slots.lock:
                raw.execute("BEGIN IMMEDIATE")
                try:
                    row = raw.execute("SELECT code FROM branch WHERE is_local = 1").fetchone()
                    keys = store.slots.path.read_bytes()
                    return write_copy_aside(raw, db_path=db.path, keys=(keys, json.loads(keys)["generation"]),
                                            folder=store.dirs.backups, code=row[0] if row else "branch",
                                            made_at=made_at, reason="before-migration")
                finally:
                    raw.execute("ROLLBACK")
    except OSError as err:
        raise StorageError(QCoreApplication.translate(
            "Storage", "Could not copy the database aside before updating it: %1"), err.strerror or err) from err


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise write_failed(folder, err) from err


def write_failed(folder: Path, err: OSError) -> StorageError:
    if err.errno == errno.ENOSPC:
        return StorageError(QCoreApplication.translate(
            "Backups", "The disk of %1 is full: no backup was written. Free some space (or remove old backups) "
            "and try again."), folder)
    return StorageError(QCoreApplication.translate("Backups", "Could not write the backup into %1: %2"),
                        folder, err.strerror or err)
