"""Declarative base, identifiers and column types shared by every table."""
from __future__ import annotations

import datetime as dt
import os
import threading
import time
import uuid

from sqlalchemy import DateTime, MetaData, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names, so Alembic migrations can alter them on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


_uuid7_lock = threading.Lock()
_uuid7_last = 0


def uuid7() -> uuid.UUID:
    """A time-ordered UUID version 7 (RFC 9562, section 5.7).

    Python gains uuid.uuid7 only in 3.14. The 12-bit rand_a field is used as a
    counter within one millisecond (RFC 9562, 6.2 method 1), so identifiers made
    by one process are strictly increasing even when made faster than the clock.
    """
    global _uuid7_last
    with _uuid7_lock:
        now_ms = time.time_ns() // 1_000_000
        # 48 bits of milliseconds, then 12 bits of counter.
        candidate = now_ms << 12
        if candidate <= _uuid7_last:
            candidate = _uuid7_last + 1
        _uuid7_last = candidate
    unix_ms, counter = candidate >> 12, candidate & 0xFFF
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (unix_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand_b
    return uuid.UUID(int=value)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UtcDateTime(TypeDecorator):
    """Aware UTC datetimes on every engine.

    SQLite keeps no time zone; storing naive UTC and re-attaching UTC on the way
    out gives the same values on SQLite and PostgreSQL.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=dt.timezone.utc)


UUID = Uuid(as_uuid=True)


def hold(session, name: str) -> None:
    """Hold a named lock until this transaction ends, so that two desks do not
    both create the same counter row or give out the same bundle number.

    On PostgreSQL a transaction-level advisory lock (released by COMMIT or
    ROLLBACK, never left behind). On SQLite there is nothing to do: every
    writing transaction begins IMMEDIATE and so holds the database's one
    write lock already.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    import hashlib

    from sqlalchemy import text

    number = int.from_bytes(hashlib.sha256(f"qamqor:{name}".encode()).digest()[:8], "big", signed=True)
    session.execute(text("SELECT pg_advisory_xact_lock(:n)"), {"n": number})
