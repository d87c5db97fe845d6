"""Where a branch's data lives and how it is opened.

Embedded: one SQLCipher file per branch with a random raw key, wrapped in the
key-slot file beside it. Multi-desk branches and HQ: a PostgreSQL URL.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

# The database and its transactions live below the services, where HQ's use
# cases reach them too; the services keep reaching them here.
from desktop.models.database import BUSY_TIMEOUT_MS, READ_ONLY, Database, probe_key, open_postgres  # noqa: F401

from .datadir import DB_NAME, KEYS_NAME, SETTINGS_NAME, branch_files_exist
from ..errors import StorageError
from ..i18n import fill
from .keyslots import KdfParams, KeySlots, Opened, generations


def default_data_dir() -> Path:
    env = os.environ.get("QAMQOR_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("Qamqor", "Qamqor", roaming=False))


def open_sqlcipher_engine(path: Path, key: bytes) -> Engine:
    """An engine whose every connection is keyed with the raw 256-bit key.

    A raw key (``x'…'``) skips SQLCipher's 256,000 PBKDF2 rounds per connection.
    A wrong key passes connect and fails on the first read, so we probe.

    Transactions: the driver's own (which begins only before an INSERT, after
    the reads a writer bases its numbers on) is switched off, and every
    transaction begins here, ``BEGIN IMMEDIATE`` unless it only reads. So a
    writer holds the write lock from its first read of a sequence head to its
    commit, and two programs on one file wait for each other instead of
    failing (SQLAlchemy's documented pysqlite recipe).
    """
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    # A queue of connections, each used by one session at a time whatever the
    # thread, not the dialect's default of one per thread: on Qt's pool threads
    # every run of a task is a new Python thread state, so that default made a
    # connection per task and, past five, closed others' connections, the GUI
    # thread's in the middle of a transaction among them. SQLite here is built
    # thread-safe (serialized), so a connection may change threads between sessions.
    engine = create_engine(url, poolclass=QueuePool, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA cipher_log_level = NONE")
        # Off, against DESIGN.md's first plan: it made every statement about three
        # times slower here (20,000 demo visitors: 20 s against 6.4 s), and this
        # Python process keeps plaintext names in ordinary strings anyway (the
        # search index), which no SQLCipher setting can wipe. SQLCipher itself
        # turned it off by default in 4.5 for the same cost.
        cur.execute("PRAGMA cipher_memory_security = OFF")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        # Temporary tables and sort spills stay in memory, not in plain files.
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")

    try:
        with engine.connect().execution_options(**{READ_ONLY: True}) as conn:
            probe_key(conn)
    except DatabaseError:
        engine.dispose()
        raise
    return engine


@dataclass
class DataDir:
    """The files of one embedded branch."""

    root: Path

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def keys_path(self) -> Path:
        return self.root / KEYS_NAME

    @property
    def settings_path(self) -> Path:
        return self.root / SETTINGS_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"


class EncryptedStore:
    """An embedded branch: the SQLCipher file and its key slots."""

    def __init__(self, root: Path, *, kdf: KdfParams | None = None):
        self.dirs = DataDir(Path(root))
        self.slots = KeySlots(self.dirs.keys_path, kdf)

    def exists(self) -> bool:
        return branch_files_exist(self.dirs.root)

    def create(self, *, username: str, password: str,
               escrow_recipient: str | None = None) -> tuple[Database, Opened]:
        if self.exists():
            raise StorageError(fill(QCoreApplication.translate(
                "Storage", "A branch already exists in %1."), self.dirs.root))
        self.dirs.root.mkdir(parents=True, exist_ok=True)
        key = os.urandom(32)
        opened = self.slots.create(username=username, password=password, db_key=key,
                                   escrow_recipient=escrow_recipient)
        engine = open_sqlcipher_engine(self.dirs.db_path, key)
        return self._database(engine, key, lambda: opened), opened

    def _database(self, engine: Engine, key: bytes, source: Callable[[], Opened | dict]) -> Database:
        return Database(engine, path=self.dirs.db_path, key=key,
                        reopen=lambda: self._open_engine(source()))

    def _open_engine(self, source: Opened | dict[int, bytes]) -> tuple[Engine, bytes]:
        """Open with the current key; after an interrupted rekey, with the pending one
        (and finish that rekey). The key-slot file is read as it is on disk now."""
        if not self.dirs.db_path.exists():
            raise StorageError(fill(QCoreApplication.translate(
                "Storage", "The database file is missing from %1."), self.dirs.root))
        data = self.slots.fresh()
        keys = source.keys(data) if isinstance(source, Opened) else source
        pending = data.get("pending")
        for gen in generations(data):
            key = keys.get(gen)
            if key is None:
                continue
            try:
                engine = open_sqlcipher_engine(self.dirs.db_path, key)
            except DatabaseError:
                continue
            if gen == pending:
                self.slots.finish_rekey(gen)
            return engine, key
        raise StorageError(QCoreApplication.translate(
            "Storage", "The database does not open with this branch's key: the file is damaged "
            "or belongs to another key file. Restore both from a backup."))

    def open_with_keys(self, source: Opened | dict[int, bytes],
                       follow: Callable[[], Opened | dict] | None = None) -> tuple[Database, bytes]:
        """Open with what a password (or the escrow key) opened. ``follow``
        gives what to unwrap with after another program rekeys the database
        (by default ``source`` again)."""
        engine, key = self._open_engine(source)
        return self._database(engine, key, follow or (lambda: source)), key

    def open(self, username: str, password: str) -> tuple[Database, bytes]:
        return self.open_with_keys(self.slots.unlock(username, password))

    def remove_and_rekey(self, username: str, *, by: Opened, db: Database) -> bool:
        """Remove this user's key slot and give the database a new key that only
        the remaining slots (and HQ's escrow) can unwrap.

        Every step leaves a state that running this again finishes: the slot
        removal and the new key's wrapping are one atomic write (stage), the
        database rekey is one SQLite transaction, and the file then calls the
        new key current. Whatever the interruption, the removed password never
        unwraps a key the database has after this returns. False when there
        was nothing left to do.
        """
        with self.slots.lock:
            data = self.slots.fresh()
            if data.get("pending") is not None:
                # An earlier rekey was interrupted: its key was wrapped only for
                # slots that remained, so finishing it is safe.
                self._rekey_database(db, by.keys(data)[data["pending"]])
                self.slots.finish_rekey(data["pending"])
                data = self.slots.fresh()
                if KeySlots._tag_in(data, username) not in data["slots"]:
                    return True
            if KeySlots._tag_in(data, username) not in data["slots"]:
                return False
            new_key = os.urandom(32)
            gen = self.slots.stage_rekey(new_key, remove=username)
            self._rekey_database(db, new_key)
            self.slots.finish_rekey(gen)
        return True

    def rekey(self, db: Database, *, by: Opened) -> None:
        """A new random database key for the same slots."""
        with self.slots.lock:
            new_key = os.urandom(32)
            gen = self.slots.stage_rekey(new_key)
            self._rekey_database(db, new_key)
            self.slots.finish_rekey(gen)

    def _rekey_database(self, db: Database, new_key: bytes) -> None:
        """Re-encrypt the database with ``new_key`` unless it already is."""
        try:
            engine = open_sqlcipher_engine(self.dirs.db_path, new_key)
        except DatabaseError:
            engine = None
        if engine is None:
            with db.read():
                pass  # makes sure our engine has the key the file has now
            db.checkpoint()
            conn = db.raw()
            try:
                # Waits (busy timeout) for other programs' writes; their next
                # transaction finds the new key in the slot file (Database.reopen).
                conn.cursor().execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            finally:
                conn.close()
            engine = open_sqlcipher_engine(self.dirs.db_path, new_key)
        # Pooled connections still hold the old key: reconnect with the new one.
        db.replace_engine(engine, new_key)
