"""The words and rows of the shift services: an assignment's statuses and
steps, what the forms hand in, what the services hand out, and local time.

Times are kept in UTC and handed over in local wall time: a naive datetime
given to a shift service is the branch's local time, and every datetime one
returns is aware and in local time (``astimezone()``), so ``.date()`` and
``.hour`` are what the people at the branch see on the wall clock. The rules
(see shift_rules) speak of local days, nights and weeks.

The services themselves: shift_planning (sites, shifts, the week plan, the
branch's limits), shift_templates (weekly templates, copying a week),
shift_assignments (who goes on a shift, the rules, suggestions and the
search for candidates, statuses, check-in and hours by hand) and
volunteer_hours (hours, service records, a volunteer's coming shifts).
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from . import vocab
from ..errors import Refused
from .shift_rules import Need, RuleWarning, minutes_between
from .volunteers import SKILLS, TRAININGS
from .volunteers import label as volunteer_label

STATUSES = {
    "assigned": QT_TRANSLATE_NOOP("Shifts", "Assigned"),
    "confirmed": QT_TRANSLATE_NOOP("Shifts", "Confirmed"),
    "declined": QT_TRANSLATE_NOOP("Shifts", "Declined"),
    "completed": QT_TRANSLATE_NOOP("Shifts", "Completed"),
    "no_show": QT_TRANSLATE_NOOP("Shifts", "Did not come"),
}

# assigned → confirmed | declined; confirmed → completed | no-show (or declined after all)
TRANSITIONS = {
    "assigned": {"confirmed", "declined"},
    "confirmed": {"completed", "no_show", "declined"},
    "declined": set(),
    "completed": set(),
    "no_show": set(),
}
# on the shift's list (the desk, the sign-in sheet; "already on this shift"):
# all but declined. Who fills a place, and works, is models.volunteer.FILLS_A_PLACE.
ON_THE_SHIFT = ("assigned", "confirmed", "completed", "no_show")

LIMIT_KEYS = {"max_day_hours": "shift_max_day_hours", "max_week_hours": "shift_max_week_hours",
              "min_rest_hours": "shift_min_rest_hours"}
MAX_SHIFT_HOURS = 24


class RuleWarnings(Refused):
    """The assignment breaks rules: nothing was saved. Assign again with a
    reason to go ahead; ``warnings`` says which rules, for a person."""

    def __init__(self, warnings: list[RuleWarning]):
        super().__init__("\n".join(w.message for w in warnings))
        self.warnings = tuple(warnings)


# -- what the forms hold ----------------------------------------------------------
@dataclass(frozen=True)
class SiteIn:
    name: str
    address: str = ""
    active: bool = True


@dataclass(frozen=True)
class ShiftIn:
    """``starts_at`` / ``ends_at``: local wall time (naive) or aware; the
    shift's total headcount is the sum of its needs."""

    site_id: uuid.UUID
    starts_at: dt.datetime
    ends_at: dt.datetime
    needs: tuple[Need, ...] = (Need("none", "", 1),)
    title: str = ""
    notes: str = ""


@dataclass(frozen=True)
class TemplateIn:
    """A weekly shift; ``ends`` at or before ``starts`` ends the next day."""

    site_id: uuid.UUID
    weekday: int  # 0 Monday … 6 Sunday
    starts: dt.time
    ends: dt.time
    needs: tuple[Need, ...] = (Need("none", "", 1),)
    title: str = ""
    active: bool = True


# -- what the services return ------------------------------------------------------
@dataclass(frozen=True)
class SiteRow:
    site_id: uuid.UUID
    name: str
    address: str
    active: bool


@dataclass(frozen=True)
class EventRow:
    status: str
    at: dt.datetime
    actor: str
    note: str


@dataclass(frozen=True)
class AssignmentRow:
    assignment_id: uuid.UUID
    shift_id: uuid.UUID
    volunteer_id: uuid.UUID
    volunteer_number: str
    volunteer_name: str
    status: str
    checked_in_at: dt.datetime | None
    checked_out_at: dt.datetime | None
    minutes: int  # the time credited
    manual: bool  # ``minutes`` were set by hand (see hours_note)
    hours_note: str
    override_codes: tuple[str, ...]
    override_reason: str
    version: int
    events: tuple[EventRow, ...] = ()

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class NeedRow:
    kind: str  # skill | language | none
    code: str
    needed: int
    filled: int

    @property
    def gap(self) -> int:
        return max(0, self.needed - self.filled)


@dataclass(frozen=True)
class ShiftRow:
    shift_id: uuid.UUID
    site_id: uuid.UUID
    site_name: str
    starts_at: dt.datetime  # aware, local
    ends_at: dt.datetime
    title: str
    notes: str
    needs: tuple[NeedRow, ...]
    headcount: int
    assigned: int  # filling a place (FILLS_A_PLACE)
    night: bool
    template_id: uuid.UUID | None
    version: int
    assignments: tuple[AssignmentRow, ...] = ()  # declined ones too, last

    @property
    def gap(self) -> int:
        return max(0, self.headcount - self.assigned)

    @property
    def minutes(self) -> int:
        return minutes_between(self.starts_at, self.ends_at)


@dataclass(frozen=True)
class TemplateRow:
    template_id: uuid.UUID
    site_id: uuid.UUID
    site_name: str
    weekday: int
    starts: dt.time
    ends: dt.time
    needs: tuple[Need, ...]
    title: str
    active: bool


@dataclass(frozen=True)
class WeekPlan:
    """Days × sites; ``cell(day, site_id)`` gives that day's shifts at the site."""

    iso_year: int
    iso_week: int
    days: tuple[dt.date, ...]
    sites: tuple[SiteRow, ...]
    shifts: tuple[ShiftRow, ...]
    cells: dict[tuple[dt.date, uuid.UUID], tuple[ShiftRow, ...]] = field(default_factory=dict)

    def cell(self, day: dt.date, site_id: uuid.UUID) -> tuple[ShiftRow, ...]:
        return self.cells.get((day, site_id), ())

    @property
    def needed(self) -> int:
        return sum(s.headcount for s in self.shifts)

    @property
    def gaps(self) -> int:
        return sum(s.gap for s in self.shifts)


@dataclass(frozen=True)
class OpenPlace:
    """Places still open on a shift: ``kind``/``code`` of the need ("none" for anyone)."""

    shift_id: uuid.UUID
    site_name: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    title: str
    kind: str
    code: str
    missing: int


@dataclass(frozen=True)
class Suggestion:
    volunteer_id: uuid.UUID
    number: str
    name: str
    matches: tuple[tuple[str, str], ...]  # the open needs (kind, code) they can fill
    available: bool  # within their weekly availability and not on a blocked date
    warnings: tuple[RuleWarning, ...]
    recent_minutes: int  # credited in the four weeks before the shift

    @property
    def recent_hours(self) -> float:
        return self.recent_minutes / 60


@dataclass(frozen=True)
class Candidate:
    """An active volunteer found by a search for a shift, with what putting
    them on it would break."""

    volunteer_id: uuid.UUID
    number: str
    name: str
    skills: tuple[str, ...]  # codes of SKILLS, as on their record
    languages: tuple[tuple[str, str], ...]  # (code, proficiency)
    warnings: tuple[RuleWarning, ...]


@dataclass(frozen=True)
class HoursRow:
    volunteer_id: uuid.UUID
    number: str
    name: str
    month: dt.date  # the first day of the month
    shifts: int
    minutes: int

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class ServiceEntry:
    day: dt.date
    site_name: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    title: str
    minutes: int

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class ServiceRecord:
    """Every completed shift of a volunteer, for a certificate of service."""

    branch_name: str
    volunteer_id: uuid.UUID
    number: str
    name: str
    entries: tuple[ServiceEntry, ...]

    @property
    def total_minutes(self) -> int:
        return sum(e.minutes for e in self.entries)

    @property
    def total_hours(self) -> float:
        return self.total_minutes / 60


@dataclass(frozen=True)
class LanguageCover:
    language: str  # a code of vocab.LANGUAGES
    visitors: int  # people who needed an interpreter in it in the last 30 days
    volunteers: int  # on next week's shifts, working or fluent in it

    @property
    def covered(self) -> bool:
        return self.volunteers > 0


@dataclass(frozen=True)
class SignInLine:
    number: str
    name: str
    status: str
    checked_in_at: dt.datetime | None
    checked_out_at: dt.datetime | None


@dataclass(frozen=True)
class SignInShift:
    site_name: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    title: str
    lines: tuple[SignInLine, ...]


@dataclass(frozen=True)
class SignInSheet:
    branch_name: str
    day: dt.date
    shifts: tuple[SignInShift, ...]


# -- time --------------------------------------------------------------------------
def to_utc(value: dt.datetime) -> dt.datetime:
    """A naive value is local wall time."""
    return value.astimezone().astimezone(dt.timezone.utc)


def local(value: dt.datetime | None) -> dt.datetime | None:
    return None if value is None else value.astimezone()


def wall(value: dt.datetime) -> dt.datetime:
    """Naive local wall time, for the rules."""
    return value.astimezone().replace(tzinfo=None)


def day_start(day: dt.date) -> dt.datetime:
    """Local midnight at the start of ``day``, in UTC."""
    return to_utc(dt.datetime.combine(day, dt.time()))


def week_days(iso_year: int, iso_week: int) -> tuple[dt.date, ...]:
    return tuple(dt.date.fromisocalendar(iso_year, iso_week, d) for d in range(1, 8))


# -- words ---------------------------------------------------------------------------
def label(code: str) -> str:
    text = STATUSES.get(code)
    return QCoreApplication.translate("Shifts", text) if text else code


def need_label(need: Need | NeedRow) -> str:
    """"First aid certificate", "Uzbek" or "Anyone"."""
    if need.kind == "language":
        return vocab.LANGUAGES.get(need.code, need.code)
    if need.kind == "skill":
        return volunteer_label(TRAININGS if need.code in TRAININGS else SKILLS, need.code)
    return QCoreApplication.translate("Shifts", "Anyone")
