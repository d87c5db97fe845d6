"""Volunteers, the sites they work at, shifts and who is on them.

Times of day (availability, templates) are minutes after local midnight: a
plain integer travels to HQ and back unchanged, where a time-of-day column
would need its own conversion in every snapshot.
"""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import UUID, Base, UtcDateTime
from .replicated import Replicated


class Volunteer(Replicated, Base):
    """A volunteer. When ``person_id`` is set they were a visitor first: their
    name, birth date and phone are read from that one person record (and the
    own fields here stay empty); nothing else of the case is ever read."""

    __tablename__ = "volunteer"
    __record_type__ = "volunteer"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(UUID, ForeignKey("person.id"), nullable=True, index=True)
    family_name: Mapped[str] = mapped_column(String(120), default="")
    given_name: Mapped[str] = mapped_column(String(120), default="")
    latin_name: Mapped[str] = mapped_column(String(240), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # F, M or '' when not given; a former visitor's is read from the person
    # record when this is empty. Added in revision 0007 for the FDRS counts.
    sex: Mapped[str] = mapped_column(String(1), default="", info={"added_in": "0007"})
    phone: Mapped[str] = mapped_column(String(40), default="")
    emergency_name: Mapped[str] = mapped_column(String(240), default="")
    emergency_phone: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(12), default="active", index=True)  # active | paused | left
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    skills: Mapped[str] = mapped_column(String(400), default="")  # comma-separated skill codes
    notes: Mapped[str] = mapped_column(Text, default="")


class VolunteerLanguage(Replicated, Base):
    __tablename__ = "volunteer_language"
    __record_type__ = "volunteer_language"

    volunteer_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("volunteer.id"), index=True)
    language: Mapped[str] = mapped_column(String(8))  # the codes of vocab.LANGUAGES
    proficiency: Mapped[str] = mapped_column(String(16), default="working")  # basic | working | fluent


class VolunteerTraining(Replicated, Base):
    """A training or certificate; valid from ``completed_on`` to ``expires_on`` (inclusive)."""

    __tablename__ = "volunteer_training"
    __record_type__ = "volunteer_training"

    volunteer_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("volunteer.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    completed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    expires_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)


class VolunteerAvailability(Replicated, Base):
    """One weekly window; several a day allowed. ``to_minute`` 1440 is midnight at the day's end."""

    __tablename__ = "volunteer_availability"
    __record_type__ = "volunteer_availability"

    volunteer_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("volunteer.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 Monday … 6 Sunday
    from_minute: Mapped[int] = mapped_column(Integer)
    to_minute: Mapped[int] = mapped_column(Integer)


class VolunteerBlock(Replicated, Base):
    """Dates the volunteer cannot come, both ends included."""

    __tablename__ = "volunteer_block"
    __record_type__ = "volunteer_block"

    volunteer_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("volunteer.id"), index=True)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Site(Replicated, Base):
    __tablename__ = "site"
    __record_type__ = "site"

    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ShiftTemplate(Replicated, Base):
    """A shift that recurs every week; ``end_minute`` at or before
    ``start_minute`` ends the next day (a night shift)."""

    __tablename__ = "shift_template"
    __record_type__ = "shift_template"

    site_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("site.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 Monday … 6 Sunday
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200), default="")
    needs: Mapped[str] = mapped_column(String(400), default="")  # kind:code:count;… (see shift_rules.encode_needs)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Shift(Replicated, Base):
    __tablename__ = "shift"
    __record_type__ = "shift"

    site_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("site.id"), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    title: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(String(400), default="")  # kind:code:count;… (see shift_rules.encode_needs)
    headcount: Mapped[int] = mapped_column(Integer, default=1)  # the sum of the needs' counts
    template_id: Mapped[uuid.UUID | None] = mapped_column(UUID, ForeignKey("shift_template.id"), nullable=True,
                                                          index=True)


# The statuses of an assignment with which the volunteer fills one of the
# shift's places: what every count of open places (the week plan, the list of
# open places, the needs filled, the printed roster) and the rule "shift
# already full" go by. Before the shift, someone assigned or confirmed holds
# the place: the coordinator counts on them and looks for nobody else (one who
# has not confirmed yet is marked so, and still holds it). Afterwards, someone
# who completed it filled it. Someone who declined, or did not come, did not:
# the site was one short that day, the place is one to give someone else (at
# once, while the shift still runs), and a week looked back on shows the gap
# rather than a full shift nobody worked. One set, read by the services and
# the printed pages alike, so the screen and the paper never disagree.
FILLS_A_PLACE = frozenset({"assigned", "confirmed", "completed"})


class Assignment(Replicated, Base):
    """A volunteer on a shift. ``minutes`` is the time credited: from check-in to
    check-out, else the shift's length once completed, else set by hand."""

    __tablename__ = "assignment"
    __record_type__ = "assignment"

    shift_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("shift.id"), index=True)
    volunteer_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("volunteer.id"), index=True)
    # No index on status: it tells few rows apart, and SQLite, with no statistics,
    # would prefer it to the selective ones (a range of shift times).
    status: Mapped[str] = mapped_column(String(12), default="assigned")
    assigned_by: Mapped[str] = mapped_column(String(64), default="")
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    checked_out_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    manual_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    hours_note: Mapped[str] = mapped_column(Text, default="")
    override_codes: Mapped[str] = mapped_column(String(200), default="")  # comma-separated rule codes
    override_reason: Mapped[str] = mapped_column(Text, default="")


class AssignmentEvent(Replicated, Base):
    """Each change of an assignment's status: who, when, and why."""

    __tablename__ = "assignment_event"
    __record_type__ = "assignment_event"

    assignment_id: Mapped[uuid.UUID] = mapped_column(UUID, ForeignKey("assignment.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
