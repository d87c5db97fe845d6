"""Visitors (people registered at the desk) and what belongs to them."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import UUID, Base, UtcDateTime
from .replicated import Replicated


class Person(Replicated, Base):
    __tablename__ = "person"
    __record_type__ = "person"
    __table_args__ = (
        # What the statistics read of each person reached, in one small index:
        # counting a year looks up tens of thousands of people, and the whole
        # row (names, keys, notes) is several times larger than this.
        Index("ix_person_statistics", "id", "deleted", "sex", "birth_date", "birth_year", "citizenship",
              "migration_status"),
    )

    number: Mapped[str] = mapped_column(String(32), unique=True)
    family_name: Mapped[str] = mapped_column(String(120), default="")
    given_name: Mapped[str] = mapped_column(String(120), default="")
    patronymic: Mapped[str] = mapped_column(String(120), default="")
    latin_name: Mapped[str] = mapped_column(String(240), default="")
    sex: Mapped[str] = mapped_column(String(1), default="")  # F, M or '' when not given
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)  # estimated, when no date
    citizenship: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166 alpha-2
    notes: Mapped[str] = mapped_column(Text, default="")
    # Folded search keys (see services.names): stored and indexed so a search
    # never has to fold every row.
    name_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    relative_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    # Added in revision 0003.
    country_of_origin: Mapped[str] = mapped_column(String(2), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    phone_key: Mapped[str] = mapped_column(String(20), default="", index=True)  # digits only
    address: Mapped[str] = mapped_column(Text, default="")
    arrival_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    migration_status: Mapped[str] = mapped_column(String(32), default="")
    # A record merged into another stays as a tombstone pointing at the survivor,
    # so its number still finds the person.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(UUID, ForeignKey("person.id"), nullable=True,
                                                             index=True)  # indexed in 0008: anonymising finds them
    # Added in revision 0008. Set when the person was anonymised (by retention or
    # on their request): names, contacts, documents and notes are gone, and HQ
    # applies the row whole when it arrives (models/erasure.py).
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True, info={"added_in": "0010"})


class PersonLanguage(Replicated, Base):
    __tablename__ = "person_language"
    __record_type__ = "person_language"

    person_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("person.id"), index=True)
    language: Mapped[str] = mapped_column(String(8))  # ISO 639 code: kk, ru, uz, tg, ky, prs, ps, ...
    proficiency: Mapped[str] = mapped_column(String(16), default="")  # native | good | basic | none
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)


class IdentityDocument(Replicated, Base):
    __tablename__ = "identity_document"
    __record_type__ = "identity_document"

    person_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("person.id"), index=True)
    doc_type: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(64), default="")
    number_key: Mapped[str] = mapped_column(String(64), default="", index=True)  # upper-case letters and digits
    issuer: Mapped[str] = mapped_column(String(200), default="")
    expiry: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class HouseholdMember(Replicated, Base):
    __tablename__ = "household_member"
    __record_type__ = "household_member"

    person_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("person.id"), index=True)
    # The member may be registered too; otherwise only a name and a birth year.
    member_id: Mapped[uuid.UUID | None] = mapped_column(UUID, ForeignKey("person.id"), nullable=True,
                                                        index=True)  # indexed in 0008
    name: Mapped[str] = mapped_column(String(240), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    relation: Mapped[str] = mapped_column(String(16))  # spouse | child | parent | sibling | other


class Consent(Replicated, Base):
    __tablename__ = "consent"
    __record_type__ = "consent"

    person_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("person.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    given: Mapped[bool] = mapped_column(Boolean)
    on_date: Mapped[dt.date] = mapped_column(Date)
    wording_version: Mapped[str] = mapped_column(String(16), default="1")
    recorded_by: Mapped[str] = mapped_column(String(64))


class HealthFlag(Replicated, Base):
    """Restricted: shown only to roles with the health-data permission; every
    viewing is audited. ``flag`` and ``note`` are sealed with the branch's
    health key (exchange/sealed.py) on an embedded branch, hence text columns."""

    __tablename__ = "health_flag"
    __record_type__ = "health_flag"

    person_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("person.id"), index=True)
    flag: Mapped[str] = mapped_column(Text)  # tb | hiv | chronic | pregnancy | disability | mental | other
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Visit(Replicated, Base):
    __tablename__ = "visit"
    __record_type__ = "visit"
    __table_args__ = (
        # A person's visits in time order, with the tombstone flag so the index
        # alone answers "had they come before this period?" (statistics: new
        # or returning), one seek per person.
        Index("ix_visit_person_time", "person_id", "visited_at", "deleted"),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("person.id"))
    visited_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    staff: Mapped[str] = mapped_column(String(64))
    needs: Mapped[str] = mapped_column(String(400), default="")  # comma-separated need codes
    services: Mapped[str] = mapped_column(String(400), default="")  # comma-separated service codes
    notes: Mapped[str] = mapped_column(Text, default="")
