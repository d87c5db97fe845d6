"""Where a branch's data lives and how it is opened.

Embedded: one SQLCipher file per branch with a random raw key, wrapped in the
key-slot file beside it. Multi-desk branches and HQ: a PostgreSQL URL.
"""
from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

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


# Writers wait for each other this long before a save is refused. Long enough
# for a large import in another program to finish; reads never wait (WAL).
BUSY_TIMEOUT_MS = 60_000
# An execution option: a transaction that only reads begins DEFERRED.
READ_ONLY = "qamqor_read_only"
SQLITE_NOTADB = 26
# PostgreSQL: the advisory lock every writing transaction holds ("qamqor-w").
WRITERS_LOCK = 0x71616D716F722D77
SQLITE_BUSY = 5
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11


def _probe(conn) -> None:
    # Reads page 1, so a key that no longer fits fails here, at the start.
    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()


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
    engine = create_engine(url)

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
            _probe(conn)
    except DatabaseError:
        engine.dispose()
        raise
    return engine


def sqlite_error_code(err: BaseException) -> int | None:
    return getattr(getattr(err, "orig", None), "sqlite_errorcode", None)


def key_no_longer_fits(err: BaseException) -> bool:
    """SQLCipher's answer to a page it cannot decrypt: another program gave
    the database a new key (or the file is damaged)."""
    return isinstance(err, DatabaseError) and sqlite_error_code(err) == SQLITE_NOTADB


class Database:
    """An open database: the engine and a way to run one unit of work.

    ``reopen`` (embedded branches) gives a fresh engine and key when the
    database no longer opens with ours, because another program rekeyed it;
    it reads the key-slot file as it is on disk now.
    """

    def __init__(self, engine: Engine, *, path: Path | None = None, key: bytes | None = None,
                 reopen: Callable[[], tuple[Engine, bytes]] | None = None):
        self.path = path  # the SQLCipher file, or None on PostgreSQL
        self.key = key
        self.reopen = reopen
        self._snapshots = threading.local()
        self._set_engine(engine)

    def _set_engine(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(engine.execution_options(**{READ_ONLY: True}),
                                     expire_on_commit=False)

    def replace_engine(self, engine: Engine, key: bytes | None = None) -> None:
        old = self.engine
        self._set_engine(engine)
        if key is not None:
            self.key = key
        old.dispose()

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def _follow_rekey(self) -> bool:
        """Take the key another program gave the database; False if there is none."""
        if self.reopen is None:
            return False
        engine, key = self.reopen()
        if key == self.key:
            engine.dispose()
            return False
        self.replace_engine(engine, key)
        return True

    def _begin(self, *, writes: bool) -> Session:
        """A session whose transaction has begun (holding the write lock unless
        it only reads) and whose key has been checked against the file."""
        for attempt in range(3):
            session = (self._sessions if writes else self._readers)()
            try:
                session.begin()
                if self.path is not None:
                    _probe(session.connection())
                elif writes and self.is_postgres:
                    # Writers take turns, as on SQLite: numbers, sequence heads
                    # and row locks are then always taken in one order, so two
                    # desks never deadlock (PostgreSQL would abort one of them).
                    session.execute(text("SELECT pg_advisory_xact_lock(:n)"), {"n": WRITERS_LOCK})
                return session
            except DatabaseError as err:
                session.close()
                if key_no_longer_fits(err) and attempt < 2 and self._follow_rekey():
                    continue
                mapped = _storage_error(err)
                if mapped is None:
                    raise
                raise mapped from err
        raise AssertionError("unreachable")

    @contextlib.contextmanager
    def session(self, actor: str = "system") -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error."""
        session = self._begin(writes=True)
        session.info["actor"] = actor
        try:
            yield session
            session.commit()
        except OperationalError as err:
            session.rollback()
            mapped = _storage_error(err)
            if mapped is None:
                raise
            raise mapped from err
        except BaseException:
            session.rollback()
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
        session = self._begin(writes=False)
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
        if self.is_postgres:
            session = self._readers()
            session.connection(execution_options={"isolation_level": "REPEATABLE READ",
                                                  "postgresql_readonly": True})
        else:
            # BEGIN (deferred) and a first read of the file: WAL keeps that
            # read's snapshot until the transaction ends.
            session = self._begin(writes=False)
        try:
            self._snapshots.session = session
            yield session
        finally:
            self._snapshots.session = None
            session.close()

    def raw(self):
        """A driver connection outside any transaction (checkpoint, rekey)."""
        return self.engine.raw_connection()

    def checkpoint(self) -> None:
        if not self.is_postgres:
            conn = self.raw()
            try:
                conn.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()

    def close(self) -> None:
        self.engine.dispose()


def _storage_error(err: Exception) -> StorageError | None:
    """The world's refusals in a person's words; None for anything else (a bug)."""
    text_ = str(getattr(err, "orig", err)).lower()
    if "disk" in text_ and "full" in text_:
        return StorageError(QCoreApplication.translate(
            "Storage", "The disk is full: nothing was saved. Free some space and try again."))
    if sqlite_error_code(err) == SQLITE_BUSY or "database is locked" in text_:
        return StorageError(fill(QCoreApplication.translate(
            "Storage", "Another Qamqor program has been writing to this branch for more than %1 seconds, "
            "so nothing was saved. Try again when it has finished."), BUSY_TIMEOUT_MS // 1000))
    if key_no_longer_fits(err):
        return StorageError(QCoreApplication.translate(
            "Storage", "The database does not open with this branch's key: the file is damaged "
            "or belongs to another key file. Restore both from a backup."))
    if (sqlite_error_code(err) or 0) & 0xFF in (SQLITE_IOERR, SQLITE_CORRUPT):
        return StorageError(QCoreApplication.translate(
            "Storage", "The database file cannot be read: it is damaged. Restore it from a backup."))
    return None


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
