"""An open database and one unit of work on it, for every engine.

Below the services and HQ's use cases, which both open databases: the branch's
SQLCipher file (services/storage.py makes its engine) and PostgreSQL (a branch
with several desks, and HQ).
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import StorageError
from ..i18n import fill


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
