"""The service directory, referrals and the events of their lives."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import UUID, Base, UtcDateTime, utcnow
from .replicated import Replicated


class ServiceProvider(Replicated, Base):
    __tablename__ = "service_provider"
    __record_type__ = "service_provider"

    name_kk: Mapped[str] = mapped_column(String(200), default="")
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    languages: Mapped[str] = mapped_column(String(120), default="")  # comma-separated codes
    cost: Mapped[str] = mapped_column(String(120), default="")
    hours: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_verified: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Referral(Replicated, Base):
    __tablename__ = "referral"
    __record_type__ = "referral"

    person_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("person.id"), index=True)
    provider_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("service_provider.id"), index=True)
    service: Mapped[str] = mapped_column(String(32))  # a category, never a diagnosis
    reason: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(12))  # emergency | urgent | normal
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    disclose: Mapped[str] = mapped_column(String(200), default="name,birth_date")  # consented fact codes
    status: Mapped[str] = mapped_column(String(12), default="draft", index=True)
    follow_up_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64), default="")
    # Fixed when the director issues the letter:
    letter_number: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    issued_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)
    issued_by: Mapped[str] = mapped_column(String(64), default="")
    letter_content: Mapped[str] = mapped_column(Text, default="")  # canonical JSON of what the letter says
    letter_fingerprint: Mapped[str] = mapped_column(String(64), default="")  # SHA-256 of letter_content
    check_code: Mapped[str] = mapped_column(String(32), default="")
    copies_printed: Mapped[int] = mapped_column(Integer, default=0)


class ReferralEvent(Replicated, Base):
    """Each change of a referral's status: who, when, and why."""

    __tablename__ = "referral_event"
    __record_type__ = "referral_event"
    # Referrals completed in a period: the completion events in a time range.
    __table_args__ = (Index("ix_referral_event_status_at", "status", "at"),)

    referral_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("referral.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")


class BranchKey(Base):
    """The branch's own secret keys; they never leave the encrypted database."""

    __tablename__ = "branch_key"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)  # e.g. "signing"
    secret: Mapped[bytes] = mapped_column(LargeBinary)
    public: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
