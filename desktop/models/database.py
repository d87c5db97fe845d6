"""An open database and one unit of work on it, for every engine.

Below the services and HQ's use cases, which both open databases: a branch's
SQLCipher file (services/storage.py makes its engine and its key) and
PostgreSQL (a branch with several desks, and HQ).
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import StorageError
from ..i18n import fill


# Writers wait for each other this long before a save is refused. Long enough
# for a large import in another program to finish; reads never wait (WAL).
BUSY_TIMEOUT_MS = 60_000
CHECKPOINT_WAIT_MS = 1_000  # Database.checkpoint's wait for readers, holding the write lock
# An execution option: a transaction that only reads begins DEFERRED.
READ_ONLY = "qamqor_read_only"
SQLITE_NOTADB = 26
# PostgreSQL: the advisory lock every writing transaction holds ("qamqor-w").
WRITERS_LOCK = 0x71616D716F722D77
SQLITE_BUSY = 5
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11


def probe_key(conn) -> None:
    # Reads page 1, so a key that no longer fits fails here, at the start.
    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()


class ChangeFeed:
    """What the services say they changed in one database, for whoever shows it
    (the window's views; on the command line nobody listens). The changes
    themselves and their vocabulary are the services' (services/changes.py):
    here they are only passed on, joined with ``|`` inside ``together()``.

    Thread-safe: a service may run on a pool thread, and then the listener is
    called on that thread (the views' bus carries it to the GUI thread).
    """

    def __init__(self) -> None:
        self._listeners: list[Callable[[object], None]] = []
        self._lock = threading.Lock()
        self._gathering = threading.local()

    def subscribe(self, listener: Callable[[object], None]) -> Callable[[], None]:
        """Call ``listener(change)`` for every change from now on; returns the way to stop."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unsubscribe

    @contextlib.contextmanager
    def together(self) -> Iterator[None]:
        """Changes published in this block (on this thread) go out as one, at its
        end, also when it ends by an error: a list imported row by row redraws
        the windows once."""
        outer = getattr(self._gathering, "changes", None)
        self._gathering.changes = []
        try:
            yield
        finally:
            gathered, self._gathering.changes = self._gathering.changes, outer
            if gathered:
                joined = gathered[0]
                for change in gathered[1:]:
                    joined = joined | change
                self.publish(joined)

    def publish(self, change):
        """Pass ``change`` on (an empty one says nothing); returns it."""
        if not change:
            return change
        gathering = getattr(self._gathering, "changes", None)
        if gathering is not None:
            gathering.append(change)
            return change
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(change)
        return change


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
        self.changes = ChangeFeed()
        self.closed = False

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
                    probe_key(session.connection())
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
                mapped = storage_error(err)
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
            mapped = storage_error(err)
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
        """The write-ahead log copied into the file and emptied, if no reader
        of an older moment is about (a backup's snapshot holds one for
        seconds). A TRUNCATE checkpoint holds the write lock while it waits
        for readers, so it waits a second at most: other programs' saves are
        never held up longer, and the log is simply left for later."""
        if not self.is_postgres:
            conn = self.raw()
            try:
                cur = conn.cursor()
                cur.execute("PRAGMA wal_checkpoint(PASSIVE)")
                cur.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
                try:
                    cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            finally:
                conn.close()

    def close(self) -> None:
        self.closed = True
        self.engine.dispose()


def storage_error(err: Exception) -> StorageError | None:
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
