"""Tables every branch has from the first revision: branch, settings, users,
record counters, the change log and the audit trail."""
from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import Boolean, Enum, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import UUID, Base, UtcDateTime, utcnow, uuid7


class Role(str, enum.Enum):
    RECEPTIONIST = "receptionist"
    CASEWORKER = "caseworker"
    COORDINATOR = "coordinator"
    DIRECTOR = "director"
    ADMINISTRATOR = "administrator"


class Branch(Base):
    """The one branch this database belongs to (HQ databases hold many)."""

    __tablename__ = "branch"

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True, default=uuid7)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    is_local: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Base):
    """Branch-wide settings (idle lock minutes, lock-out policy, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True, default=uuid7)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(Enum(Role, native_enum=False, length=20))
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class Counter(Base):
    """Next human-readable number per kind and year (KZ-ALA-2026-000123)."""

    __tablename__ = "counter"
    __table_args__ = (UniqueConstraint("kind", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[int] = mapped_column(Integer, default=0)


class SequenceHead(Base):
    """Last sequence number (and hash) of the change log and the audit trail.

    Writers lock this row (SELECT ... FOR UPDATE on PostgreSQL; SQLite has one
    writer anyway), so numbers are given in commit order with no gaps: a bundle
    cursor or a hash chain can trust them.
    """

    __tablename__ = "sequence_head"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default="")


class ChangeLog(Base):
    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(UUID, index=True)
    operation: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    base_version: Mapped[int] = mapped_column(Integer)
    row: Mapped[str] = mapped_column(Text)  # canonical JSON snapshot of the row after the change
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AuditEvent(Base):
    """Append-only, hash-chained record of who did what."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    record_type: Mapped[str] = mapped_column(String(40), default="")
    # Indexed in 0008: everything done to one person's records (subject access), HQ's own edits.
    record_id: Mapped[str] = mapped_column(String(40), default="", index=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SearchSnapshot(Base):
    """The visitor search index as prepared arrays (services.search_store), so
    that a window or a command is ready in a moment instead of rebuilding it
    from every visitor. A cache inside the encrypted database: never sent to
    HQ, rebuilt from the records whenever it is missing or in doubt. Stored in
    chunks so reading it never holds a whole array twice in memory."""

    __tablename__ = "search_snapshot"

    part: Mapped[str] = mapped_column(String(40), primary_key=True)
    chunk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)
