"""What retention and people's rights keep: legal holds and the purge log."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import UUID, Base, UtcDateTime, utcnow
from .replicated import Replicated


class LegalHold(Replicated, Base):
    """A director's order to keep a person's record whole (a court case, an
    investigation): retention passes them by and erasure on request is refused
    while it stands. Released, it stays as the record of the hold; it travels
    to HQ, so a branch rebuilt from HQ keeps its holds."""

    __tablename__ = "legal_hold"
    __record_type__ = "legal_hold"

    person_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("person.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    placed_by: Mapped[str] = mapped_column(String(64))
    placed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    released_by: Mapped[str] = mapped_column(String(64), default="")
    released_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    release_reason: Mapped[str] = mapped_column(Text, default="")


class PurgeLog(Base):
    """What was anonymised, when, by whom on the staff and why: never whom it
    was about. ``counts`` is canonical JSON of how many records of each kind
    lost their personal data (people, documents, household members, visit
    notes, ...); the audit trail says which records, for those who may read it."""

    __tablename__ = "purge_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(16))  # retention | request | hq
    actor: Mapped[str] = mapped_column(String(64))
    period_months: Mapped[int | None] = mapped_column(Integer, nullable=True)  # retention's period then
    people: Mapped[int] = mapped_column(Integer, default=0)
    counts: Mapped[str] = mapped_column(Text, default="{}")
