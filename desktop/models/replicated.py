"""Records that travel to HQ: every change to them lands in the change log."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Integer
from sqlalchemy.orm import Mapped, mapped_column

from .base import UUID, UtcDateTime, utcnow, uuid7


class Replicated:
    """Mixin: a UUIDv7 key, a version counted up on every change, and a
    tombstone flag (deleted records stay, so the deletion can travel)."""

    #: the record type written into the change log and the audit trail
    __record_type__: str = ""

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True, default=uuid7)
    version: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
