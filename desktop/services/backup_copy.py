"""Making and checking the database inside a backup, on SQLCipher.

- ``export``: a consistent copy of the database while other programs keep
  working: one read transaction (WAL keeps its snapshot), ``ATTACH … KEY``
  and ``sqlcipher_export`` into a new encrypted file, and the manifest's
  figures read in the same transaction. Not the SQLite backup API (it fails
  from a keyed to an unkeyed connection) nor ``VACUUM INTO`` (shared/
  PITFALLS lists its surprises).
- ``raw_copy``: the database file as it is, read while this program holds
  the write lock, for a copy kept aside just before a restore replaces the
  records: seconds instead of a re-encryption of every page.
- ``check_database``: open with the key, ``PRAGMA integrity_check``, and
  every figure of the manifest compared with the database itself.

No Qt widgets, no accounts: the backup service and the start-up's copy
before a migration both use it.
"""
from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from PySide6.QtCore import QCoreApplication

from ..errors import StorageError
from . import backup_file
from .backup_file import Cancelled
from .storage import BUSY_TIMEOUT_MS

Progress = Callable[[int, int], None]
# SQLCipher decrypts a page every time it enters the cache; integrity_check
# looks up every index entry, so with the default 8 MB cache a large branch
# decrypts its pages many times over (18 s instead of 9 s for 200,000
# visitors here). A quarter of a gigabyte, for the few seconds of a check.
CHECK_CACHE_KIB = 262_144
# Tables with nothing of the branch's records in them.
BOOKKEEPING = {"alembic_version"}


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


@dataclass(frozen=True)
class Exported:
    facts: dict
    size: int


def export(db_path: Path, key: bytes, target: Path, *, progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None) -> Exported:
    """Copy the database into ``target`` (a new, empty file the caller holds),
    encrypted with the same key. Other programs keep reading and writing
    meanwhile; the copy is the database as it was when it began."""
    with closing(connect(db_path, key)) as conn:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        total = max(1, int(conn.execute("PRAGMA page_count").fetchone()[0]) * page_size)
        conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(target),))
        try:
            # The copy is a scratch file until it is checked: no journal, and
            # it is forced to disk once, at the end, by the caller's fsync.
            conn.execute("PRAGMA backup.journal_mode = OFF")
            conn.execute("PRAGMA backup.synchronous = OFF")
            conn.execute(f"PRAGMA backup.cache_size = -{CHECK_CACHE_KIB // 4}")
            calls = 0
            stopped = False

            def tick() -> int:
                nonlocal calls, stopped
                calls += 1
                if cancelled is not None and cancelled():
                    stopped = True
                    return 1  # SQLite stops the statement: the export fails as interrupted
                if progress is not None and calls % 25 == 0:
                    try:
                        progress(min(os.path.getsize(target), total), total)
                    except OSError:
                        pass
                return 0

            conn.set_progress_handler(tick, 20_000)
            conn.execute("BEGIN")
            try:
                found = facts(conn)
                conn.execute("SELECT sqlcipher_export('backup')").fetchone()
            except sqlcipher3.OperationalError:
                conn.execute("ROLLBACK")
                if stopped:
                    raise Cancelled() from None
                raise
            conn.execute("COMMIT")
            conn.set_progress_handler(None, 0)
        finally:
            conn.execute("DETACH DATABASE backup")
    if progress is not None:
        progress(total, total)
    return Exported(found, os.path.getsize(target))


def check_database(path: Path, key: bytes, manifest: dict, *, name: str) -> None:
    """The database in a backup opens with ``key``, SQLite finds nothing wrong
    with it, and it holds exactly what the manifest says. ``name`` is the
    backup's file name, for the message."""
    try:
        conn = connect(path, key, cache_kib=CHECK_CACHE_KIB)
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
