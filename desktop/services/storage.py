"""Where a branch's data lives and how it is opened.

Embedded: one SQLCipher file per branch with a random raw key, wrapped in the
key-slot file beside it. Multi-desk branches and HQ: a PostgreSQL URL.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from .datadir import DB_NAME, KEYS_NAME, SETTINGS_NAME, branch_files_exist
from ..errors import StorageError
from ..i18n import fill
from .keyslots import KdfParams, KeySlots



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
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA cipher_log_level = NONE")
        # Off, against DESIGN.md's first plan: it made every statement about three
        # times slower here (20,000 demo visitors: 20 s against 6.4 s), and this
        # Python process keeps plaintext names in ordinary strings anyway (the
        # search index), which no SQLCipher setting can wipe. SQLCipher itself
        # turned it off by default in 4.5 for the same cost.
        cur.execute("PRAGMA cipher_memory_security = OFF")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        # Temporary tables and sort spills stay in memory, not in plain files.
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute("PRAGMA busy_timeout = 5000")
        cur.close()

    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except DatabaseError:
        engine.dispose()
        raise
    return engine


class Database:
    """An open database: the engine and a way to run one unit of work."""

    def __init__(self, engine: Engine, *, path: Path | None = None):
        self.engine = engine
        self.path = path  # the SQLCipher file, or None on PostgreSQL
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._snapshots = threading.local()

    def replace_engine(self, engine: Engine) -> None:
        self.engine.dispose()
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextlib.contextmanager
    def session(self, actor: str = "system") -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error."""
        session = self._sessions()
        session.info["actor"] = actor
        try:
            with session.begin():
                yield session
        except OperationalError as err:
            if "disk" in str(err).lower() and "full" in str(err).lower():
                raise StorageError(QCoreApplication.translate(
                    "Storage", "The disk is full: nothing was saved. Free some space and try again.")) from err
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """Reads only: whatever was loaded stays readable after the block (close,
        unlike rollback, does not expire it). Inside ``snapshot()`` on the same
        thread, the snapshot's session."""
        shared = getattr(self._snapshots, "session", None)
        if shared is not None:
            yield shared
            return
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Session]:
        """Reads that must agree with each other (a printed page gathered from
        several use cases): every ``read()`` on this thread inside the block
        shares one session in one read-only transaction, so a change another
        desk commits meanwhile shows in all of it or in none of it."""
        if getattr(self._snapshots, "session", None) is not None:
            yield self._snapshots.session
            return
        session = self._sessions()
        try:
            if self.is_postgres:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ",
                                                      "postgresql_readonly": True})
            else:
                # The driver opens no transaction for reads; WAL keeps the
                # snapshot of this one's first read until it ends.
                session.connection().exec_driver_sql("BEGIN")
            self._snapshots.session = session
            yield session
        finally:
            self._snapshots.session = None
            session.close()

    def checkpoint(self) -> None:
        if not self.is_postgres:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()


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

    def create(self, *, username: str, password: str, escrow_recipient: str | None = None) -> tuple[Database, bytes]:
        if self.exists():
            raise StorageError(fill(QCoreApplication.translate(
                "Storage", "A branch already exists in %1."), self.dirs.root))
        self.dirs.root.mkdir(parents=True, exist_ok=True)
        key = os.urandom(32)
        self.slots.create(username=username, password=password, db_key=key,
                          escrow_recipient=escrow_recipient)
        return Database(open_sqlcipher_engine(self.dirs.db_path, key), path=self.dirs.db_path), key

    def open_with_keys(self, keys: dict[int, bytes]) -> tuple[Database, bytes]:
        """Open with the current key; after an interrupted rekey, with the pending one."""
        if not self.dirs.db_path.exists():
            raise StorageError(fill(QCoreApplication.translate(
                "Storage", "The database file is missing from %1."), self.dirs.root))
        order = [self.slots.generation]
        if self.slots.pending is not None:
            order.append(self.slots.pending)
        for gen in order:
            key = keys.get(gen)
            if key is None:
                continue
            try:
                engine = open_sqlcipher_engine(self.dirs.db_path, key)
            except DatabaseError:
                continue
            if gen == self.slots.pending:
                self.slots.finish_rekey()
            return Database(engine, path=self.dirs.db_path), key
        raise StorageError(QCoreApplication.translate(
            "Storage", "The database does not open with this branch's key: the file is damaged "
            "or belongs to another key file. Restore both from a backup."))

    def open(self, username: str, password: str) -> tuple[Database, bytes]:
        return self.open_with_keys(self.slots.unlock(username, password))

    def rekey(self, db: Database) -> bytes:
        """Give the open database a new random key and wrap it for every remaining slot."""
        new_key = os.urandom(32)
        self.slots.begin_rekey(new_key)
        db.checkpoint()
        with db.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        # Pooled connections still hold the old key: reconnect with the new one.
        db.replace_engine(open_sqlcipher_engine(self.dirs.db_path, new_key))
        self.slots.finish_rekey()
        return new_key

    def copy_aside(self, db: Database, label: str) -> Path:
        """Copy the (still encrypted) database and its key file into backups/."""
        db.checkpoint()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.dirs.backups / f"{stamp}-{label}"
        target.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copy2(self.dirs.db_path, target / DB_NAME)
            shutil.copy2(self.dirs.keys_path, target / KEYS_NAME)
        except OSError as err:
            shutil.rmtree(target, ignore_errors=True)
            raise StorageError(fill(QCoreApplication.translate(
                "Storage", "Could not copy the database aside before updating it: %1"),
                err.strerror or err)) from err
        return target


def open_postgres(url: str) -> Database:
    try:
        engine = create_engine(url, pool_pre_ping=True)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except (OperationalError, DatabaseError) as err:
        raise StorageError(fill(QCoreApplication.translate(
            "Storage", "Cannot reach the database server: %1"),
            str(err.orig).splitlines()[0] if err.orig else err)) from err
    return Database(engine)
