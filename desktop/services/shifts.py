"""Shifts: sites, the week plan, putting volunteers on shifts, checking them in
and out, and the hours they gave.

Times are kept in UTC and handed over in local wall time: a naive datetime
given to this service is the branch's local time, and every datetime it
returns is aware and in local time (``astimezone()``), so ``.date()`` and
``.hour`` are what the people at the branch see on the wall clock. The rules
(see shift_rules) speak of local days, nights and weeks.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from sqlalchemy import func, select

from desktop.models import (Assignment, AssignmentEvent, Branch, PersonLanguage, Setting, Shift, ShiftTemplate, Site,
                            Visit, Volunteer, utcnow)
from desktop.models.journal import record_audit

from . import vocab
from .accounts import Identity
from .changes import ASSIGNMENT, SETTING, SHIFT, SITE, TEMPLATE, Change
from ..errors import NotFound, Refused
from ..i18n import fill
from .permissions import Action, require
from .shift_rules import (NEED_KINDS, WORKING_PROFICIENCY, Booking, Colleague, Limits, Need, RuleWarning,
                          ShiftFacts, VolunteerFacts, capabilities, check, credited_minutes, decode_needs,
                          encode_needs, fill_needs, is_night, minutes_between)
from .storage import Database
from .volunteers import SKILLS, TRAINING_KINDS, TRAININGS, display_name, identities, load_facts
from .volunteers import label as volunteer_label

# pyside6-lupdate reads translate("Context", "text"); the short name keeps lines short.
translate = QCoreApplication.translate

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
#: statuses that hold a place on the shift and count in the rules: all but declined
HOLDING = ("assigned", "confirmed", "completed", "no_show")

LIMIT_KEYS = {"max_day_hours": "shift_max_day_hours", "max_week_hours": "shift_max_week_hours",
              "min_rest_hours": "shift_min_rest_hours"}
MAX_SHIFT_HOURS = 24
FAIRNESS_DAYS = 28
LANGUAGE_COVER_DAYS = 30

# The text of a volunteer's coming shifts, in the language they read (not the interface's).
SMS_GREETING = QT_TRANSLATE_NOOP("ShiftMessages", "Hello, %1! Your coming Red Crescent shifts:")
SMS_NONE = QT_TRANSLATE_NOOP("ShiftMessages", "Hello, %1! You have no Red Crescent shifts planned for now.")
SMS_LINE = QT_TRANSLATE_NOOP("ShiftMessages", "%1 %2, %3–%4, %5")
SMS_FOOTER = QT_TRANSLATE_NOOP("ShiftMessages", "If you cannot come, please tell the coordinator.")
SMS_LANGUAGES = ("kk", "ru", "en")
WEEKDAYS = (QT_TRANSLATE_NOOP("ShiftMessages", "Mon"), QT_TRANSLATE_NOOP("ShiftMessages", "Tue"),
            QT_TRANSLATE_NOOP("ShiftMessages", "Wed"), QT_TRANSLATE_NOOP("ShiftMessages", "Thu"),
            QT_TRANSLATE_NOOP("ShiftMessages", "Fri"), QT_TRANSLATE_NOOP("ShiftMessages", "Sat"),
            QT_TRANSLATE_NOOP("ShiftMessages", "Sun"))


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


# -- what the service returns ------------------------------------------------------
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
    assigned: int  # holding a place (declined not counted)
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
class RosterShift:
    starts_at: dt.datetime
    ends_at: dt.datetime
    title: str
    volunteers: tuple[str, ...]  # names, declined left out
    needs: tuple[NeedRow, ...]
    headcount: int
    gap: int
    night: bool


@dataclass(frozen=True)
class RosterCell:
    day: dt.date
    site_name: str
    shifts: tuple[RosterShift, ...]


@dataclass(frozen=True)
class Roster:
    """The weekly roster to print: sites × days."""

    branch_name: str
    iso_year: int
    iso_week: int
    days: tuple[dt.date, ...]
    sites: tuple[str, ...]
    cells: tuple[RosterCell, ...]  # only where there are shifts


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


def label(code: str) -> str:
    text = STATUSES.get(code)
    return translate("Shifts", text) if text else code


def need_label(need: Need | NeedRow) -> str:
    """"First aid certificate", "Uzbek" or "Anyone"."""
    if need.kind == "language":
        return vocab.LANGUAGES.get(need.code, need.code)
    if need.kind == "skill":
        return volunteer_label(TRAININGS if need.code in TRAININGS else SKILLS, need.code)
    return translate("Shifts", "Anyone")


def _training_labels() -> dict[str, str]:
    return {k: volunteer_label(TRAININGS, k) for k in TRAININGS}


def _check_needs(needs: tuple[Need, ...]) -> None:
    if not needs or sum(n.headcount for n in needs) < 1:
        raise Refused(translate("Shifts", "A shift needs at least one volunteer."))
    for n in needs:
        known = {"skill": set(SKILLS) | set(TRAININGS), "language": set(vocab.LANGUAGES), "none": {""}}
        if n.kind not in NEED_KINDS or n.code not in known[n.kind]:
            raise Refused(fill(translate("Shifts", "Unknown need %1."), f"{n.kind}:{n.code}"))
        if not 1 <= n.headcount <= 99:
            raise Refused(translate("Shifts", "Each need is for 1 to 99 volunteers."))


class ShiftService:
    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity

    # -- limits ------------------------------------------------------------------
    def limits(self) -> Limits:
        require(self.identity.role, Action.SEE_SHIFTS)
        with self.db.read() as s:
            return self._limits(s)

    @staticmethod
    def _limits(s) -> Limits:
        stored = {row.key: row.value for row in s.execute(select(Setting).where(
            Setting.key.in_(list(LIMIT_KEYS.values())))).scalars()}
        default = Limits()
        return Limits(**{attr: float(stored.get(key, getattr(default, attr))) for attr, key in LIMIT_KEYS.items()})

    def set_limits(self, limits: Limits) -> None:
        """The branch's own working-time limits (audited)."""
        require(self.identity.role, Action.PLAN_SHIFTS)
        if not (1 <= limits.max_day_hours <= 24 and 1 <= limits.max_week_hours <= 168
                and 0 <= limits.min_rest_hours <= 24):
            raise Refused(translate(
                "Shifts", "Hours a day: 1 to 24; a week: 1 to 168; rest: 0 to 24."))
        changed: list[str] = []
        with self.db.session(self.identity.username) as s:
            for attr, key in LIMIT_KEYS.items():
                value = f"{getattr(limits, attr):g}"
                row = s.get(Setting, key)
                old = row.value if row else f"{getattr(Limits(), attr):g}"
                if old == value:
                    continue
                if row is None:
                    s.add(Setting(key=key, value=value))
                else:
                    row.value = value
                record_audit(s, "setting.change", key=key, old=old, new=value)
                changed.append(key)
        if changed:
            self.db.changes.publish(Change.of(SETTING, *changed))

    # -- sites ---------------------------------------------------------------------
    def sites(self, *, include_inactive: bool = False) -> list[SiteRow]:
        require(self.identity.role, Action.SEE_SHIFTS)
        with self.db.read() as s:
            return [SiteRow(x.id, x.name, x.address, x.active) for x in self._sites(s, include_inactive)]

    @staticmethod
    def _sites(s, include_inactive: bool = True) -> list[Site]:
        q = select(Site).where(Site.deleted.is_(False))
        if not include_inactive:
            q = q.where(Site.active.is_(True))
        return list(s.execute(q.order_by(Site.name)).scalars())

    def save_site(self, new: SiteIn, *, site_id: uuid.UUID | None = None) -> SiteRow:
        require(self.identity.role, Action.PLAN_SHIFTS)
        if not new.name.strip():
            raise Refused(translate("Shifts", "Give the site a name."))
        values = dict(name=new.name.strip(), address=new.address.strip(), active=new.active)
        with self.db.session(self.identity.username) as s:
            if site_id is None:
                site = Site(**values)
                s.add(site)
            else:
                site = s.get(Site, site_id)
                if site is None or site.deleted:
                    raise NotFound(translate("Shifts", "This site no longer exists."))
                for k, v in values.items():
                    if getattr(site, k) != v:
                        setattr(site, k, v)
            s.flush()
            row = SiteRow(site.id, site.name, site.address, site.active)
        self.db.changes.publish(Change.of(SITE, row.site_id))
        return row

    # -- shifts --------------------------------------------------------------------
    def _times(self, starts_at: dt.datetime, ends_at: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
        starts, ends = to_utc(starts_at), to_utc(ends_at)
        if ends <= starts:
            raise Refused(translate("Shifts", "A shift must end after it starts."))
        if ends - starts > dt.timedelta(hours=MAX_SHIFT_HOURS):
            raise Refused(fill(translate(
                "Shifts", "A shift cannot be longer than %1 hours."), MAX_SHIFT_HOURS))
        return starts, ends

    @staticmethod
    def _live_site(s, site_id: uuid.UUID) -> Site:
        site = s.get(Site, site_id)
        if site is None or site.deleted:
            raise NotFound(translate("Shifts", "This site no longer exists."))
        return site

    @staticmethod
    def _live_shift(s, shift_id: uuid.UUID) -> Shift:
        shift = s.get(Shift, shift_id)
        if shift is None or shift.deleted:
            raise NotFound(translate("Shifts", "This shift no longer exists."))
        return shift

    def create_shift(self, new: ShiftIn) -> ShiftRow:
        require(self.identity.role, Action.PLAN_SHIFTS)
        _check_needs(new.needs)
        starts, ends = self._times(new.starts_at, new.ends_at)
        with self.db.session(self.identity.username) as s:
            self._live_site(s, new.site_id)
            shift = Shift(site_id=new.site_id, starts_at=starts, ends_at=ends, title=new.title.strip(),
                          notes=new.notes.strip(), needs=encode_needs(new.needs),
                          headcount=sum(n.headcount for n in new.needs))
            s.add(shift)
            s.flush()
            row = self._shift_rows(s, [shift])[0]
        self.db.changes.publish(Change.of(SHIFT, row.shift_id))
        return row

    def update_shift(self, shift_id: uuid.UUID, new: ShiftIn, *, expected_version: int | None = None,
                     override_reason: str | None = None) -> ShiftRow:
        """Change a shift; the volunteers on it stay. When the time, the site,
        the needs or the headcount change, each of them is checked against the
        rules again: a broken rule raises RuleWarnings and nothing is saved,
        unless a reason is given, which is kept in the audit trail as for an
        assignment."""
        require(self.identity.role, Action.PLAN_SHIFTS)
        _check_needs(new.needs)
        starts, ends = self._times(new.starts_at, new.ends_at)
        with self.db.session(self.identity.username) as s:
            shift = self._live_shift(s, shift_id)
            if expected_version is not None and shift.version != expected_version:
                raise Refused(translate(
                    "Shifts", "Someone else changed this shift meanwhile. Open it again."))
            self._live_site(s, new.site_id)
            # Fewer places or a new need can leave those already on it over the
            # headcount or without the training asked for, as a move can.
            changed = ((shift.site_id, shift.starts_at, shift.ends_at, shift.needs, shift.headcount)
                       != (new.site_id, starts, ends, encode_needs(new.needs), sum(n.headcount for n in new.needs)))
            for k, v in dict(site_id=new.site_id, starts_at=starts, ends_at=ends, title=new.title.strip(),
                             notes=new.notes.strip(), needs=encode_needs(new.needs),
                             headcount=sum(n.headcount for n in new.needs)).items():
                if getattr(shift, k) != v:
                    setattr(shift, k, v)
            s.flush()
            if changed:
                self._recheck(s, shift, (override_reason or "").strip())
            row = self._shift_rows(s, [shift])[0]
        self.db.changes.publish(Change.of(SHIFT, row.shift_id))
        return row

    def _recheck(self, s, shift: Shift, reason: str) -> None:
        on_shift = [vid for (vid,) in s.execute(select(Assignment.volunteer_id).where(
            Assignment.shift_id == shift.id, Assignment.deleted.is_(False), _holding()))]
        # Each is checked as one of those on it (not as "already on it", which
        # would hide a shift now over its headcount); the same warning for
        # several of them is said once.
        warnings = list(dict.fromkeys(w for vid in on_shift for w in self._check(s, shift, vid, on_it=True)))
        if not warnings:
            return
        if not reason:
            raise RuleWarnings(warnings)
        record_audit(s, "shift.override", record_type="shift", record_id=shift.id,
                     rules=sorted({w.code for w in warnings}), reason=reason)

    def delete_shift(self, shift_id: uuid.UUID) -> None:
        """Cancel a shift: it and its assignments become tombstones. A shift with
        completed work is kept (the hours belong to the volunteers)."""
        require(self.identity.role, Action.PLAN_SHIFTS)
        with self.db.session(self.identity.username) as s:
            shift = self._live_shift(s, shift_id)
            rows = s.execute(select(Assignment).where(Assignment.shift_id == shift_id,
                                                      Assignment.deleted.is_(False))).scalars().all()
            if any(a.status == "completed" for a in rows):
                raise Refused(translate(
                    "Shifts", "Volunteers have completed this shift; it stays for their hours."))
            for a in rows:
                a.deleted = True
            shift.deleted = True
        change = Change.of(SHIFT, shift_id)
        if rows:
            change |= Change.of(ASSIGNMENT, *(a.id for a in rows), shift=shift_id,
                                volunteer=[a.volunteer_id for a in rows])
        self.db.changes.publish(change)

    def shift(self, shift_id: uuid.UUID) -> ShiftRow:
        """One shift with everyone on it and the history of each assignment."""
        require(self.identity.role, Action.SEE_SHIFTS)
        with self.db.read() as s:
            return self._shift_rows(s, [self._live_shift(s, shift_id)], events=True)[0]

    def shifts(self, from_date: dt.date, to_date: dt.date, *, site_id: uuid.UUID | None = None) -> list[ShiftRow]:
        """Shifts starting on local days ``from_date`` to ``to_date``, both included."""
        require(self.identity.role, Action.SEE_SHIFTS)
        with self.db.read() as s:
            return self._shift_rows(s, self._between(s, from_date, to_date, site_id=site_id))

    @staticmethod
    def _between(s, from_date: dt.date, to_date: dt.date, *, site_id: uuid.UUID | None = None) -> list[Shift]:
        q = select(Shift).where(Shift.deleted.is_(False), Shift.starts_at >= day_start(from_date),
                                Shift.starts_at < day_start(to_date + dt.timedelta(days=1)))
        if site_id is not None:
            q = q.where(Shift.site_id == site_id)
        return list(s.execute(q.order_by(Shift.starts_at, Shift.id)).scalars())

    def _shift_rows(self, s, shifts: list[Shift], *, events: bool = False) -> list[ShiftRow]:
        """Rows with needs filled and assignments named, in a fixed number of queries."""
        if not shifts:
            return []
        ids = [x.id for x in shifts]
        site_names = {x.id: x.name for x in self._sites(s)}
        assignments: dict[uuid.UUID, list[Assignment]] = {}
        for chunk in _chunks(ids, 500):
            for a in s.execute(select(Assignment).where(Assignment.shift_id.in_(chunk),
                                                        Assignment.deleted.is_(False))).scalars():
                assignments.setdefault(a.shift_id, []).append(a)
        people = {a.volunteer_id for rows in assignments.values() for a in rows}
        facts = load_facts(s, people)
        history: dict[uuid.UUID, list[EventRow]] = {}
        if events:
            all_ids = [a.id for rows in assignments.values() for a in rows]
            for e in s.execute(select(AssignmentEvent).where(AssignmentEvent.assignment_id.in_(all_ids),
                                                             AssignmentEvent.deleted.is_(False))
                               .order_by(AssignmentEvent.at, AssignmentEvent.id)).scalars():
                history.setdefault(e.assignment_id, []).append(EventRow(e.status, local(e.at), e.actor, e.note))
        out = []
        for x in shifts:
            needs = decode_needs(x.needs)
            rows = sorted(assignments.get(x.id, []), key=lambda a: (a.status == "declined", a.created_at))
            holding = [a for a in rows if a.status in HOLDING]
            day = wall(x.starts_at).date()
            filled = fill_needs(needs, [capabilities(facts[a.volunteer_id], day, TRAINING_KINDS)
                                        for a in holding if a.volunteer_id in facts])
            out.append(ShiftRow(
                x.id, x.site_id, site_names.get(x.site_id, ""), local(x.starts_at), local(x.ends_at), x.title, x.notes,
                tuple(NeedRow(n.kind, n.code, n.headcount, f) for n, f in zip(needs, filled)), x.headcount,
                len(holding), is_night(wall(x.starts_at), wall(x.ends_at)), x.template_id, x.version,
                tuple(_assignment_row(a, facts.get(a.volunteer_id), tuple(history.get(a.id, ()))) for a in rows)))
        return out

    # -- templates and weeks -----------------------------------------------------------
    def templates(self, *, include_inactive: bool = False) -> list[TemplateRow]:
        require(self.identity.role, Action.SEE_SHIFTS)
        with self.db.read() as s:
            names = {x.id: x.name for x in self._sites(s)}
            q = select(ShiftTemplate).where(ShiftTemplate.deleted.is_(False))
            if not include_inactive:
                q = q.where(ShiftTemplate.active.is_(True))
            return [_template_row(t, names.get(t.site_id, "")) for t in s.execute(
                q.order_by(ShiftTemplate.weekday, ShiftTemplate.start_minute)).scalars()]

    def save_template(self, new: TemplateIn, *, template_id: uuid.UUID | None = None) -> TemplateRow:
        require(self.identity.role, Action.PLAN_SHIFTS)
        _check_needs(new.needs)
        if not 0 <= new.weekday <= 6:
            raise Refused(translate("Shifts", "Choose a day of the week."))
        start, end = new.starts.hour * 60 + new.starts.minute, new.ends.hour * 60 + new.ends.minute
        values = dict(site_id=new.site_id, weekday=new.weekday, start_minute=start, end_minute=end,
                      title=new.title.strip(), needs=encode_needs(new.needs), active=new.active)
        with self.db.session(self.identity.username) as s:
            site = self._live_site(s, new.site_id)
            if template_id is None:
                t = ShiftTemplate(**values)
                s.add(t)
            else:
                t = s.get(ShiftTemplate, template_id)
                if t is None or t.deleted:
                    raise NotFound(translate("Shifts", "This weekly shift no longer exists."))
                for k, v in values.items():
                    if getattr(t, k) != v:
                        setattr(t, k, v)
            s.flush()
            row = _template_row(t, site.name)
        self.db.changes.publish(Change.of(TEMPLATE, row.template_id))
        return row

    def apply_templates(self, from_date: dt.date, to_date: dt.date, *, site_id: uuid.UUID | None = None) -> int:
        """Make the shifts of every active weekly template on the days
        ``from_date`` to ``to_date``; a day that already had a shift from the
        same template is left alone, whatever its time now and even if it was
        cancelled: the coordinator moved or cancelled it on purpose. Returns
        how many were made."""
        require(self.identity.role, Action.PLAN_SHIFTS)
        if to_date < from_date or (to_date - from_date).days > 366:
            raise Refused(translate("Shifts", "Choose a period of at most a year."))
        with self.db.session(self.identity.username) as s:
            q = select(ShiftTemplate).where(ShiftTemplate.deleted.is_(False), ShiftTemplate.active.is_(True))
            if site_id is not None:
                q = q.where(ShiftTemplate.site_id == site_id)
            templates = s.execute(q).scalars().all()
            # Cancelled shifts (tombstones) count too.
            done = {(tid, wall(starts).date()) for tid, starts in s.execute(
                select(Shift.template_id, Shift.starts_at).where(
                    Shift.template_id.is_not(None),
                    Shift.starts_at >= day_start(from_date),
                    Shift.starts_at < day_start(to_date + dt.timedelta(days=1))))}
            made: list[Shift] = []
            day = from_date
            while day <= to_date:
                for t in templates:
                    if t.weekday != day.weekday():
                        continue
                    starts = dt.datetime.combine(day, dt.time(t.start_minute // 60, t.start_minute % 60))
                    end_day = day + dt.timedelta(days=1) if t.end_minute <= t.start_minute else day
                    ends = dt.datetime.combine(end_day, dt.time(t.end_minute // 60, t.end_minute % 60))
                    if (t.id, day) in done:
                        continue
                    starts_utc = to_utc(starts)
                    needs = decode_needs(t.needs)
                    shift = Shift(site_id=t.site_id, starts_at=starts_utc, ends_at=to_utc(ends), title=t.title,
                                  needs=t.needs, headcount=sum(n.headcount for n in needs), template_id=t.id)
                    s.add(shift)
                    made.append(shift)
                    done.add((t.id, day))
                day += dt.timedelta(days=1)
        return self._made(made)

    def copy_week(self, from_year: int, from_week: int, to_year: int, to_week: int) -> int:
        """Copy every shift (not who is on it) of one ISO week to another, at the
        same local times; a shift already there (same site, times and title) is
        not copied twice. Returns how many were made."""
        require(self.identity.role, Action.PLAN_SHIFTS)
        try:
            source, target = week_days(from_year, from_week), week_days(to_year, to_week)
        except ValueError as err:
            raise Refused(translate("Shifts", "There is no such week.")) from err
        if source == target:
            raise Refused(translate("Shifts", "Choose another week to copy to."))
        shift_days = target[0] - source[0]
        with self.db.session(self.identity.username) as s:
            there = {(x.site_id, x.starts_at, x.ends_at, x.title) for x in self._between(s, target[0], target[-1])}
            made: list[Shift] = []
            for x in self._between(s, source[0], source[-1]):
                starts, ends = to_utc(wall(x.starts_at) + shift_days), to_utc(wall(x.ends_at) + shift_days)
                if (x.site_id, starts, ends, x.title) in there:
                    continue
                shift = Shift(site_id=x.site_id, starts_at=starts, ends_at=ends, title=x.title, notes=x.notes,
                              needs=x.needs, headcount=x.headcount, template_id=x.template_id)
                s.add(shift)
                made.append(shift)
        return self._made(made)

    def _made(self, made: list[Shift]) -> int:
        """After the commit, which gave the new shifts their ids: tell the windows, say how many."""
        if made:
            self.db.changes.publish(Change.of(SHIFT, *(x.id for x in made)))
        return len(made)

    def week_plan(self, iso_year: int, iso_week: int) -> WeekPlan:
        require(self.identity.role, Action.SEE_SHIFTS)
        days = week_days(iso_year, iso_week)
        with self.db.read() as s:
            rows = self._shift_rows(s, self._between(s, days[0], days[-1]))
            used = {r.site_id for r in rows}
            sites = tuple(SiteRow(x.id, x.name, x.address, x.active) for x in self._sites(s)
                          if x.active or x.id in used)
        cells: dict[tuple[dt.date, uuid.UUID], list[ShiftRow]] = {}
        for r in rows:
            cells.setdefault((r.starts_at.date(), r.site_id), []).append(r)
        return WeekPlan(iso_year, iso_week, days, sites, tuple(rows), {k: tuple(v) for k, v in cells.items()})

    def open_places(self, from_date: dt.date, to_date: dt.date) -> list[OpenPlace]:
        """Every need not yet filled on shifts from ``from_date`` to ``to_date``, soonest first."""
        out = []
        for r in self.shifts(from_date, to_date):
            specific = 0
            for n in r.needs:
                if n.kind != "none" and n.gap:
                    out.append(OpenPlace(r.shift_id, r.site_name, r.starts_at, r.ends_at, r.title,
                                         n.kind, n.code, n.gap))
                    specific += n.gap
            rest = r.gap - specific
            if rest > 0:
                out.append(OpenPlace(r.shift_id, r.site_name, r.starts_at, r.ends_at, r.title, "none", "", rest))
        return out

    # -- rules and assigning ---------------------------------------------------------
    def check(self, shift_id: uuid.UUID, volunteer_id: uuid.UUID) -> list[RuleWarning]:
        """What putting this volunteer on this shift would break (nothing saved)."""
        require(self.identity.role, Action.ASSIGN_VOLUNTEERS)
        with self.db.read() as s:
            shift = self._live_shift(s, shift_id)
            return self._check(s, shift, volunteer_id)

    def _check(self, s, shift: Shift, volunteer_id: uuid.UUID, *, on_it: bool = False) -> list[RuleWarning]:
        """``on_it``: the volunteer is on the shift and is checked again (after
        a change to it), not put on it."""
        on_shift = [vid for (vid,) in s.execute(select(Assignment.volunteer_id).where(
            Assignment.shift_id == shift.id, Assignment.deleted.is_(False), _holding()))]
        facts = load_facts(s, set(on_shift) | {volunteer_id})
        if volunteer_id not in facts:
            raise NotFound(translate("Shifts", "This volunteer's record no longer exists."))
        starts, ends = wall(shift.starts_at), wall(shift.ends_at)
        bookings = _bookings(s, starts, ends, volunteer_ids=[volunteer_id]).get(volunteer_id, [])
        day = starts.date()
        colleagues = [Colleague(vid, facts[vid].birth_date, capabilities(facts[vid], day, TRAINING_KINDS))
                      for vid in on_shift if vid != volunteer_id and vid in facts]
        return check(facts[volunteer_id], _facts(shift), bookings=bookings, colleagues=colleagues,
                     limits=self._limits(s), training_kinds=TRAINING_KINDS,
                     already_assigned=not on_it and volunteer_id in on_shift,
                     training_labels=_training_labels())

    def assign(self, shift_id: uuid.UUID, volunteer_id: uuid.UUID, override_reason: str | None = None) -> AssignmentRow:
        """Put a volunteer on a shift. If a rule is broken and no reason is
        given, RuleWarnings is raised and nothing is saved; with a reason the
        assignment is saved, and the rules overridden and the reason are kept
        on it and in the audit trail."""
        require(self.identity.role, Action.ASSIGN_VOLUNTEERS)
        reason = (override_reason or "").strip()
        with self.db.session(self.identity.username) as s:
            # Two desks on one PostgreSQL database: one assignment at a time per
            # shift and per volunteer, so the rules see what the other saved.
            # (SQLite has one writer at a time anyway and leaves FOR UPDATE out.)
            s.execute(select(Shift.id).where(Shift.id == shift_id).with_for_update())
            s.execute(select(Volunteer.id).where(Volunteer.id == volunteer_id).with_for_update())
            shift = self._live_shift(s, shift_id)
            warnings = self._check(s, shift, volunteer_id)
            codes = [w.code for w in warnings]
            if "already_assigned" in codes:
                raise Refused(next(w.message for w in warnings if w.code == "already_assigned"))
            if warnings and not reason:
                raise RuleWarnings(warnings)
            a = Assignment(shift_id=shift_id, volunteer_id=volunteer_id, status="assigned",
                           assigned_by=self.identity.username, minutes=0,
                           override_codes=",".join(codes), override_reason=reason if warnings else "")
            s.add(a)
            s.flush()
            s.add(AssignmentEvent(assignment_id=a.id, status="assigned", at=utcnow(), actor=self.identity.username,
                                  note=reason if warnings else ""))
            if warnings:
                record_audit(s, "assignment.override", record_type="assignment", record_id=a.id,
                             rules=codes, reason=reason)
            s.flush()
            row = self._assignment(s, a)
        return self._said(row)

    def _said(self, row: AssignmentRow) -> AssignmentRow:
        """Tell the windows; the shift's headcount and the volunteer's hours show it too."""
        self.db.changes.publish(Change.of(ASSIGNMENT, row.assignment_id, shift=row.shift_id,
                                          volunteer=row.volunteer_id))
        return row

    def _assignment(self, s, a: Assignment, *, events: bool = True) -> AssignmentRow:
        facts = load_facts(s, [a.volunteer_id])
        history = ()
        if events:
            history = tuple(EventRow(e.status, local(e.at), e.actor, e.note) for e in s.execute(
                select(AssignmentEvent).where(AssignmentEvent.assignment_id == a.id, AssignmentEvent.deleted.is_(False))
                .order_by(AssignmentEvent.at, AssignmentEvent.id)).scalars())
        return _assignment_row(a, facts.get(a.volunteer_id), history)

    def _live_assignment(self, s, assignment_id: uuid.UUID) -> Assignment:
        a = s.get(Assignment, assignment_id)
        if a is None or a.deleted:
            raise NotFound(translate("Shifts", "This assignment no longer exists."))
        return a

    def _move(self, s, a: Assignment, status: str, *, note: str = "") -> None:
        if status not in STATUSES:
            raise Refused(fill(translate("Shifts", "Unknown status %1."), status))
        if status not in TRANSITIONS[a.status]:
            raise Refused(fill(translate(
                "Shifts", "An assignment that is “%1” cannot become “%2”."), label(a.status), label(status)))
        if status in ("completed", "no_show"):
            # Nobody has done, or missed, a shift that has not begun: marking it
            # early would credit hours (or a no-show) for work still to come.
            starts = s.get(Shift, a.shift_id).starts_at
            if utcnow() < starts:
                raise Refused(fill(translate(
                    "Shifts", "This shift starts at %1: it cannot be “%2” before it has started."),
                    f"{local(starts):%d.%m.%Y %H:%M}", label(status)))
        a.status = status
        s.add(AssignmentEvent(assignment_id=a.id, status=status, at=utcnow(), actor=self.identity.username,
                              note=note.strip()))

    def _credit(self, s, a: Assignment) -> None:
        shift = s.get(Shift, a.shift_id)
        minutes = credited_minutes(status=a.status, shift_minutes=minutes_between(shift.starts_at, shift.ends_at),
                                   checked_in=a.checked_in_at, checked_out=a.checked_out_at, manual=a.manual_minutes)
        if a.minutes != minutes:
            a.minutes = minutes

    def set_status(self, assignment_id: uuid.UUID, status: str, *, note: str = "") -> AssignmentRow:
        """Confirmed, declined, completed or no-show, each with who and when;
        completed and no-show only once the shift has started."""
        require(self.identity.role, Action.ASSIGN_VOLUNTEERS)
        with self.db.session(self.identity.username) as s:
            a = self._live_assignment(s, assignment_id)
            self._move(s, a, status, note=note)
            self._credit(s, a)
            s.flush()
            row = self._assignment(s, a)
        return self._said(row)

    def check_in(self, assignment_id: uuid.UUID, *, at: dt.datetime | None = None) -> AssignmentRow:
        """The volunteer arrived (``at``: local time, default now); an assignment
        not yet confirmed is confirmed by coming."""
        require(self.identity.role, Action.CHECK_IN_VOLUNTEERS)
        with self.db.session(self.identity.username) as s:
            a = self._live_assignment(s, assignment_id)
            if a.status not in ("assigned", "confirmed"):
                raise Refused(fill(translate(
                    "Shifts", "An assignment that is “%1” cannot be checked in."), label(a.status)))
            if a.checked_in_at is not None:
                raise Refused(fill(translate(
                    "Shifts", "Already checked in at %1."), f"{local(a.checked_in_at):%H:%M}"))
            if a.status == "assigned":
                self._move(s, a, "confirmed")
            a.checked_in_at = to_utc(at) if at else utcnow()
            s.flush()
            row = self._assignment(s, a)
        return self._said(row)

    def check_out(self, assignment_id: uuid.UUID, *, at: dt.datetime | None = None) -> AssignmentRow:
        """The volunteer left: the shift is completed and the hours between
        check-in and check-out are credited (not before the shift has started)."""
        require(self.identity.role, Action.CHECK_IN_VOLUNTEERS)
        with self.db.session(self.identity.username) as s:
            a = self._live_assignment(s, assignment_id)
            if a.checked_in_at is None or a.status != "confirmed":
                raise Refused(translate("Shifts", "Check the volunteer in first."))
            out = to_utc(at) if at else utcnow()
            if out < a.checked_in_at:
                raise Refused(translate("Shifts", "Check-out cannot be before check-in."))
            if out - a.checked_in_at > dt.timedelta(hours=MAX_SHIFT_HOURS):
                raise Refused(fill(translate(
                    "Shifts", "A shift cannot be longer than %1 hours."), MAX_SHIFT_HOURS))
            a.checked_out_at = out
            self._move(s, a, "completed")
            self._credit(s, a)
            s.flush()
            row = self._assignment(s, a)
        return self._said(row)

    def set_manual_hours(self, assignment_id: uuid.UUID, *, hours: float | None, note: str) -> AssignmentRow:
        """Hours set by hand, with a note saying why (audited); ``None`` goes back
        to the hours computed."""
        require(self.identity.role, Action.ASSIGN_VOLUNTEERS)
        if hours is not None and not 0 <= hours <= MAX_SHIFT_HOURS:
            raise Refused(fill(translate(
                "Shifts", "Hours must be between 0 and %1."), MAX_SHIFT_HOURS))
        if hours is not None and not note.strip():
            raise Refused(translate("Shifts", "Say why the hours are set by hand."))
        with self.db.session(self.identity.username) as s:
            a = self._live_assignment(s, assignment_id)
            if a.status in ("declined",):
                raise Refused(translate("Shifts", "A declined assignment has no hours."))
            old = a.minutes
            a.manual_minutes = None if hours is None else round(hours * 60)
            a.hours_note = note.strip()
            self._credit(s, a)
            record_audit(s, "assignment.manual_hours", record_type="assignment", record_id=a.id,
                         old_minutes=old, new_minutes=a.minutes)
            s.flush()
            row = self._assignment(s, a)
        return self._said(row)

    # -- suggestions -------------------------------------------------------------------
    def suggest(self, shift_id: uuid.UUID, limit: int = 10) -> list[Suggestion]:
        """Active volunteers for an open place, best first: those who break no
        rule, then those who fill more of the open needs, then those who gave
        fewer hours in the last four weeks (fairness). Those with warnings come
        last, their warnings shown."""
        require(self.identity.role, Action.ASSIGN_VOLUNTEERS)
        with self.db.read() as s:
            shift = self._live_shift(s, shift_id)
            facts = load_facts(s)
            starts, ends = wall(shift.starts_at), wall(shift.ends_at)
            day = starts.date()
            on_shift = [vid for (vid,) in s.execute(select(Assignment.volunteer_id).where(
                Assignment.shift_id == shift.id, Assignment.deleted.is_(False), _holding()))]
            missing = set(on_shift) - set(facts)
            if missing:
                facts.update(load_facts(s, missing))
            bookings = _bookings(s, starts, ends)
            since = shift.starts_at - dt.timedelta(days=FAIRNESS_DAYS)
            recent = dict(s.execute(select(Assignment.volunteer_id, func.sum(Assignment.minutes)).join(
                Shift, Shift.id == Assignment.shift_id).where(
                Assignment.deleted.is_(False), Shift.deleted.is_(False), Shift.starts_at >= since,
                Shift.starts_at < shift.starts_at).group_by(Assignment.volunteer_id)).all())
            limits = self._limits(s)
        sfacts = _facts(shift)
        colleagues = [Colleague(vid, facts[vid].birth_date, capabilities(facts[vid], day, TRAINING_KINDS))
                      for vid in on_shift if vid in facts]
        filled = fill_needs(sfacts.needs, [c.capabilities for c in colleagues])
        open_needs = [(n.kind, n.code) for n, f in zip(sfacts.needs, filled) if n.kind != "none" and f < n.headcount]
        labels = _training_labels()
        taken = set(on_shift)
        ranked = []
        for vid, v in facts.items():
            if vid in taken or not v.active:
                continue
            warnings = check(v, sfacts, bookings=bookings.get(vid, ()), colleagues=colleagues, limits=limits,
                             training_kinds=TRAINING_KINDS, training_labels=labels)
            caps = capabilities(v, day, TRAINING_KINDS)
            matches = tuple(need for need in open_needs if need in caps)
            available = not any(w.code in ("unavailable", "blocked") for w in warnings)
            minutes = int(recent.get(vid) or 0)
            ranked.append(((bool(warnings), -len(matches), not available, minutes, v.name.casefold()),
                           Suggestion(vid, v.number, v.name, matches, available, tuple(warnings), minutes)))
        ranked.sort(key=lambda item: item[0])
        return [sug for _, sug in ranked[:limit]]

    # -- hours ---------------------------------------------------------------------------
    def hours_by_volunteer_and_month(self, from_date: dt.date, to_date: dt.date) -> list[HoursRow]:
        """Credited hours of completed assignments per volunteer and month for
        shifts starting on local days ``from_date`` to ``to_date`` (the same
        as the service record); by name, then month."""
        require(self.identity.role, Action.VIEW_VOLUNTEERS)
        with self.db.read() as s:
            rows = s.execute(select(Assignment.volunteer_id, Assignment.minutes, Shift.starts_at).join(
                Shift, Shift.id == Assignment.shift_id).where(
                Assignment.deleted.is_(False), Shift.deleted.is_(False), Assignment.status == "completed",
                Assignment.minutes > 0, Shift.starts_at >= day_start(from_date),
                Shift.starts_at < day_start(to_date + dt.timedelta(days=1)))).all()
            volunteers = s.execute(select(Volunteer).where(
                Volunteer.id.in_({r[0] for r in rows}))).scalars().all() if rows else []
            idents = identities(s, volunteers)
        numbers = {v.id: v.number for v in volunteers}
        totals: dict[tuple[uuid.UUID, dt.date], list[int]] = {}
        for vid, minutes, starts in rows:
            month = wall(starts).date().replace(day=1)
            entry = totals.setdefault((vid, month), [0, 0])
            entry[0] += 1
            entry[1] += minutes
        out = [HoursRow(vid, numbers[vid], display_name(idents[vid]), month, n, m)
               for (vid, month), (n, m) in totals.items()]
        out.sort(key=lambda r: (r.name.casefold(), r.number, r.month))
        return out

    def service_record(self, volunteer_id: uuid.UUID) -> ServiceRecord:
        """Every completed shift of the volunteer with its hours, oldest first."""
        require(self.identity.role, Action.VIEW_VOLUNTEERS)
        with self.db.read() as s:
            v = s.get(Volunteer, volunteer_id)
            if v is None or v.deleted:
                raise NotFound(translate("Shifts", "This volunteer's record no longer exists."))
            names = {x.id: x.name for x in self._sites(s)}
            rows = s.execute(select(Assignment.minutes, Shift).join(Shift, Shift.id == Assignment.shift_id).where(
                Assignment.volunteer_id == volunteer_id, Assignment.deleted.is_(False),
                Assignment.status == "completed", Shift.deleted.is_(False)).order_by(Shift.starts_at)).all()
            name = display_name(identities(s, [v])[v.id])
            branch = _branch_name(s)
        entries = tuple(ServiceEntry(local(x.starts_at).date(), names.get(x.site_id, ""), local(x.starts_at),
                                     local(x.ends_at), x.title, minutes) for minutes, x in rows)
        return ServiceRecord(branch, v.id, v.number, name, entries)

    # -- language cover -------------------------------------------------------------------
    def language_cover(self, *, today: dt.date | None = None) -> list[LanguageCover]:
        """Languages visitors needed an interpreter for in the last 30 days (how
        many people, no names) against the volunteers working or fluent in
        them on next week's shifts; uncovered ones first."""
        require(self.identity.role, Action.VIEW_VOLUNTEERS)
        today = today or dt.date.today()
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7)
        with self.db.read() as s:
            since = day_start(today - dt.timedelta(days=LANGUAGE_COVER_DAYS - 1))
            needed = dict(s.execute(select(PersonLanguage.language, func.count(func.distinct(Visit.person_id))).join(
                Visit, Visit.person_id == PersonLanguage.person_id).where(
                PersonLanguage.interpreter_needed.is_(True), PersonLanguage.deleted.is_(False),
                Visit.deleted.is_(False), Visit.visited_at >= since,
                Visit.visited_at < day_start(today + dt.timedelta(days=1))).group_by(PersonLanguage.language)).all())
            on_shifts = {vid for (vid,) in s.execute(select(Assignment.volunteer_id).join(
                Shift, Shift.id == Assignment.shift_id).where(
                Assignment.deleted.is_(False), Assignment.status.in_(("assigned", "confirmed", "completed")),
                Shift.deleted.is_(False), Shift.starts_at >= day_start(monday),
                Shift.starts_at < day_start(monday + dt.timedelta(days=7))))}
            facts = load_facts(s, on_shifts)
        speakers: dict[str, int] = {}
        for v in facts.values():
            for code in {c for c, level in v.languages if level in WORKING_PROFICIENCY}:
                speakers[code] = speakers.get(code, 0) + 1
        out = [LanguageCover(code, n, speakers.get(code, 0)) for code, n in needed.items()]
        out.sort(key=lambda r: (r.covered, -r.visitors, r.language))
        return out

    # -- texts and printed pages -------------------------------------------------------------
    def sms_text(self, volunteer_id: uuid.UUID, lang: str, *, days: int = 14, now: dt.datetime | None = None) -> str:
        """A plain text of the volunteer's coming shifts (``days`` ahead) in
        ``lang`` (kk, ru or en), to paste into an SMS or a messenger."""
        from desktop.reports.labels import translate as page_text

        require(self.identity.role, Action.VIEW_VOLUNTEERS)
        if lang not in SMS_LANGUAGES:
            raise Refused(fill(translate("Shifts", "Unknown language %1."), lang))
        now_utc = to_utc(now) if now else utcnow()
        with self.db.read() as s:
            v = s.get(Volunteer, volunteer_id)
            if v is None or v.deleted:
                raise NotFound(translate("Shifts", "This volunteer's record no longer exists."))
            ident = identities(s, [v])[v.id]
            names = {x.id: x.name for x in self._sites(s)}
            shifts = s.execute(select(Shift).join(Assignment, Assignment.shift_id == Shift.id).where(
                Assignment.volunteer_id == volunteer_id, Assignment.deleted.is_(False),
                Assignment.status.in_(("assigned", "confirmed")), Shift.deleted.is_(False),
                Shift.ends_at > now_utc, Shift.starts_at < now_utc + dt.timedelta(days=days))
                .order_by(Shift.starts_at)).scalars().all()
        first = ident.given_name or display_name(ident)
        if not shifts:
            return fill(page_text(lang, "ShiftMessages", SMS_NONE), first)
        lines = [fill(page_text(lang, "ShiftMessages", SMS_GREETING), first)]
        for x in shifts:
            starts, ends = local(x.starts_at), local(x.ends_at)
            place = names.get(x.site_id, "") + (f" ({x.title})" if x.title else "")
            lines.append(fill(page_text(lang, "ShiftMessages", SMS_LINE),
                              page_text(lang, "ShiftMessages", WEEKDAYS[starts.weekday()]),
                              f"{starts:%d.%m}", f"{starts:%H:%M}", f"{ends:%H:%M}", place))
        lines.append(page_text(lang, "ShiftMessages", SMS_FOOTER))
        return "\n".join(lines)

    def roster(self, iso_year: int, iso_week: int) -> Roster:
        plan = self.week_plan(iso_year, iso_week)
        with self.db.read() as s:
            branch = _branch_name(s)
        names = {x.site_id: x.name for x in plan.sites}
        cells = []
        for site in plan.sites:
            for day in plan.days:
                shifts = tuple(RosterShift(
                    r.starts_at, r.ends_at, r.title,
                    tuple(a.volunteer_name for a in r.assignments if a.status in HOLDING),
                    r.needs, r.headcount, r.gap, r.night) for r in plan.cell(day, site.site_id))
                if shifts:
                    cells.append(RosterCell(day, names[site.site_id], shifts))
        return Roster(branch, iso_year, iso_week, plan.days, tuple(x.name for x in plan.sites), tuple(cells))

    def sign_in_sheet(self, day: dt.date) -> SignInSheet:
        """The day's shifts with the volunteers on them (declined left out), for signing in at the desk."""
        rows = self.shifts(day, day)
        with self.db.read() as s:
            branch = _branch_name(s)
            numbers = dict(s.execute(select(Volunteer.id, Volunteer.number).where(
                Volunteer.id.in_({a.volunteer_id for r in rows for a in r.assignments}))).all()) if rows else {}
        shifts = tuple(SignInShift(r.site_name, r.starts_at, r.ends_at, r.title, tuple(
            SignInLine(numbers.get(a.volunteer_id, ""), a.volunteer_name, a.status, a.checked_in_at, a.checked_out_at)
            for a in r.assignments if a.status in HOLDING))
            for r in sorted(rows, key=lambda r: (r.site_name, r.starts_at)))
        return SignInSheet(branch, day, shifts)


# -- helpers --------------------------------------------------------------------------
def _chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _holding():
    """Not declined. Written as an inequality, which no index serves, so the
    engine keeps to the selective ones."""
    return Assignment.status != "declined"


def _branch_name(s) -> str:
    return s.execute(select(Branch.name).where(Branch.is_local.is_(True))).scalar_one_or_none() or ""


def _facts(shift: Shift) -> ShiftFacts:
    return ShiftFacts(shift.id, wall(shift.starts_at), wall(shift.ends_at), decode_needs(shift.needs))


def _bookings(s, starts: dt.datetime, ends: dt.datetime, *,
              volunteer_ids: list[uuid.UUID] | None = None) -> dict[uuid.UUID, list[Booking]]:
    """Shifts the volunteers hold from a day before ``starts`` to a day after
    ``ends``, and in the ISO weeks between (local wall times): all the rules
    need. The range is on shift(starts_at), which is indexed; a shift is at
    most a day long, so one starting two days early is the earliest that can touch."""
    monday = starts.date() - dt.timedelta(days=starts.weekday())
    sunday_end = dt.datetime.combine(ends.date() - dt.timedelta(days=ends.weekday()) + dt.timedelta(days=7), dt.time())
    lo = min(dt.datetime.combine(monday, dt.time()), starts - dt.timedelta(days=1)) - dt.timedelta(days=1)
    hi = max(sunday_end, ends + dt.timedelta(days=1))
    q = select(Assignment.volunteer_id, Shift.id, Shift.starts_at, Shift.ends_at).join(
        Shift, Shift.id == Assignment.shift_id).where(
        Assignment.deleted.is_(False), _holding(), Shift.deleted.is_(False),
        Shift.starts_at >= to_utc(lo), Shift.starts_at < to_utc(hi))
    if volunteer_ids is not None:
        # Wrapped so that no engine takes the volunteer index: their ten years of
        # shifts are many more rows than the few days of the whole branch.
        q = q.where(func.coalesce(Assignment.volunteer_id, Assignment.volunteer_id).in_(volunteer_ids))
    out: dict[uuid.UUID, list[Booking]] = {}
    for vid, sid, a, z in s.execute(q):
        out.setdefault(vid, []).append(Booking(sid, wall(a), wall(z)))
    return out


def _assignment_row(a: Assignment, facts: VolunteerFacts | None, events: tuple[EventRow, ...]) -> AssignmentRow:
    return AssignmentRow(a.id, a.shift_id, a.volunteer_id, facts.number if facts else "", facts.name if facts else "",
                         a.status, local(a.checked_in_at), local(a.checked_out_at), a.minutes,
                         a.manual_minutes is not None, a.hours_note, tuple(filter(None, a.override_codes.split(","))),
                         a.override_reason, a.version, events)


def _template_row(t: ShiftTemplate, site_name: str) -> TemplateRow:
    start, end = t.start_minute, t.end_minute
    return TemplateRow(t.id, t.site_id, site_name, t.weekday, dt.time(start // 60, start % 60),
                       dt.time(end // 60, end % 60), decode_needs(t.needs), t.title, t.active)
