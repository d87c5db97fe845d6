"""The rules a coordinator is warned about when putting a volunteer on a shift.

Pure functions over plain data: no database, no clock. Every time here is a
naive local wall-clock time (the branch's own day, night and week), which is
what the rules speak of; the shift service converts from stored UTC.

A warning is advice, not a refusal: the coordinator may go ahead with a
reason, which is kept and audited (see ShiftAssignments.assign).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.i18n import translate_n

from ..i18n import fill

# pyside6-lupdate reads translate("Context", "text"); the short name keeps lines short.
translate = QCoreApplication.translate

NEED_KINDS = ("skill", "language", "none")
#: proficiencies good enough to work in a language (a language need, language cover)
WORKING_PROFICIENCY = frozenset({"working", "fluent"})
NIGHT_FROM, NIGHT_TO = 22 * 60, 6 * 60  # 22:00 to 06:00
ADULT_AGE = 18

#: every rule by its code, with a label for lists and the audit view
RULES = {
    "inactive": QT_TRANSLATE_NOOP("ShiftRules", "Volunteer not active"),
    "already_assigned": QT_TRANSLATE_NOOP("ShiftRules", "Already on this shift"),
    "shift_full": QT_TRANSLATE_NOOP("ShiftRules", "Shift already full"),
    "overlap": QT_TRANSLATE_NOOP("ShiftRules", "Overlapping shifts"),
    "rest": QT_TRANSLATE_NOOP("ShiftRules", "Too little rest between shifts"),
    "day_hours": QT_TRANSLATE_NOOP("ShiftRules", "Too many hours in a day"),
    "week_hours": QT_TRANSLATE_NOOP("ShiftRules", "Too many hours in a week"),
    "unavailable": QT_TRANSLATE_NOOP("ShiftRules", "Outside the volunteer's availability"),
    "blocked": QT_TRANSLATE_NOOP("ShiftRules", "On a date the volunteer cannot come"),
    "training": QT_TRANSLATE_NOOP("ShiftRules", "Required training missing or expired"),
    "night_minor": QT_TRANSLATE_NOOP("ShiftRules", "Under 18 on a night shift"),
    "minor_alone": QT_TRANSLATE_NOOP("ShiftRules", "Under 18 with no adult on the shift"),
}


# -- the data the rules look at -----------------------------------------------------
@dataclass(frozen=True)
class Need:
    """``headcount`` places for someone with a skill, a working language, or
    anyone at all (kind "none", code "")."""

    kind: str
    code: str = ""
    headcount: int = 1


@dataclass(frozen=True)
class Limits:
    max_day_hours: float = 10.0
    max_week_hours: float = 40.0
    min_rest_hours: float = 11.0


@dataclass(frozen=True)
class Window:
    """Weekly availability: weekday 0 (Monday) to 6, minutes after midnight; 1440 ends the day."""

    weekday: int
    from_minute: int
    to_minute: int


@dataclass(frozen=True)
class Certificate:
    kind: str
    completed_on: dt.date | None = None
    expires_on: dt.date | None = None

    def valid_on(self, day: dt.date) -> bool:
        return (self.completed_on is None or self.completed_on <= day) and (
            self.expires_on is None or day <= self.expires_on)


@dataclass(frozen=True)
class VolunteerFacts:
    volunteer_id: object
    name: str
    active: bool = True
    birth_date: dt.date | None = None
    skills: frozenset[str] = frozenset()
    languages: tuple[tuple[str, str], ...] = ()  # (code, proficiency)
    certificates: tuple[Certificate, ...] = ()
    availability: tuple[Window, ...] = ()  # none given: not recorded, so no warning
    blocked: tuple[tuple[dt.date, dt.date], ...] = ()
    number: str = ""  # the register number, for lists


@dataclass(frozen=True)
class ShiftFacts:
    shift_id: object
    starts: dt.datetime
    ends: dt.datetime
    needs: tuple[Need, ...] = (Need("none"),)

    @property
    def headcount(self) -> int:
        return sum(n.headcount for n in self.needs)


@dataclass(frozen=True)
class Booking:
    """Another shift the volunteer is on (declined ones are left out)."""

    shift_id: object
    starts: dt.datetime
    ends: dt.datetime


@dataclass(frozen=True)
class Colleague:
    """Someone else on the same shift (declined ones are left out)."""

    volunteer_id: object
    birth_date: dt.date | None
    capabilities: frozenset[tuple[str, str]] = field(default_factory=frozenset)


@dataclass(frozen=True)
class RuleWarning:
    code: str
    message: str


# -- needs --------------------------------------------------------------------------
def encode_needs(needs: Iterable[Need]) -> str:
    return ";".join(f"{n.kind}:{n.code}:{n.headcount}" for n in needs)


def decode_needs(text: str) -> tuple[Need, ...]:
    out = []
    for part in filter(None, (text or "").split(";")):
        kind, code, count = part.split(":")
        out.append(Need(kind, code, int(count)))
    return tuple(out)


def capabilities(v: VolunteerFacts, day: dt.date, training_kinds: frozenset[str]) -> frozenset[tuple[str, str]]:
    """What needs the volunteer can fill on ``day``. A skill that is also a
    training kind counts only with a certificate valid that day."""
    caps = {("none", "")}
    caps.update(("skill", s) for s in v.skills if s not in training_kinds)
    caps.update(("skill", c.kind) for c in v.certificates if c.valid_on(day))
    caps.update(("language", code) for code, level in v.languages if level in WORKING_PROFICIENCY)
    return frozenset(caps)


def fill_needs(needs: Sequence[Need], people: Sequence[frozenset[tuple[str, str]]]) -> list[int]:
    """How many places of each need the people fill, each person one place.

    The skill and language places are filled first as a maximum bipartite
    matching (Kuhn's augmenting paths: a few dozen places at most), then the
    rest of the people take the open places for anyone.
    """
    slots = [i for i, n in enumerate(needs) if n.kind != "none" for _ in range(max(n.headcount, 0))]
    holder: list[int | None] = [None] * len(slots)

    def place(person: int, seen: set[int]) -> bool:
        for s, need_index in enumerate(slots):
            need = needs[need_index]
            if s in seen or (need.kind, need.code) not in people[person]:
                continue
            seen.add(s)
            if holder[s] is None or place(holder[s], seen):
                holder[s] = person
                return True
        return False

    placed = {p for p in range(len(people)) if place(p, set())}
    filled = [0] * len(needs)
    for s, person in enumerate(holder):
        if person is not None:
            filled[slots[s]] += 1
    spare = len(people) - len(placed)
    for i, n in enumerate(needs):
        if n.kind == "none" and spare > 0:
            take = min(spare, n.headcount)
            filled[i] += take
            spare -= take
    return filled


# -- time ---------------------------------------------------------------------------
def day_pieces(starts: dt.datetime, ends: dt.datetime) -> list[tuple[dt.date, int, int]]:
    """The shift cut at midnight: (date, from minute, to minute) per day touched."""
    out = []
    t = starts
    while t < ends:
        midnight = dt.datetime.combine(t.date() + dt.timedelta(days=1), dt.time())
        piece_end = min(ends, midnight)
        a = t.hour * 60 + t.minute
        b = 1440 if piece_end == midnight else piece_end.hour * 60 + piece_end.minute
        out.append((t.date(), a, b))
        t = piece_end
    return out


def minutes_between(starts: dt.datetime, ends: dt.datetime) -> int:
    return max(0, int((ends - starts).total_seconds() // 60))


def is_night(starts: dt.datetime, ends: dt.datetime) -> bool:
    """Any part of it between 22:00 and 06:00."""
    return any(a < NIGHT_TO or b > NIGHT_FROM for _, a, b in day_pieces(starts, ends))


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def credited_minutes(*, status: str, shift_minutes: int, checked_in: dt.datetime | None,
                     checked_out: dt.datetime | None, manual: int | None) -> int:
    """The time an assignment counts for: set by hand, else from check-in to
    check-out, else the shift's length once completed; nothing otherwise.
    Declined and no-show count nothing, even with hours set by hand before."""
    if status in ("declined", "no_show"):
        return 0
    if manual is not None:
        return max(0, manual)
    if checked_in is not None and checked_out is not None:
        return minutes_between(checked_in, checked_out)
    return shift_minutes if status == "completed" else 0


def _when(starts: dt.datetime, ends: dt.datetime) -> str:
    return f"{starts:%d.%m.%Y %H:%M}–{ends:%H:%M}"


def _hours(minutes: float) -> str:
    return f"{minutes / 60:.1f}".rstrip("0").rstrip(".")


def _covered(windows: list[tuple[int, int]], a: int, b: int) -> bool:
    for lo, hi in sorted(windows):
        if lo > a:
            return False
        a = max(a, hi)
        if a >= b:
            return True
    return a >= b


# -- the check ----------------------------------------------------------------------
def check(v: VolunteerFacts, shift: ShiftFacts, *, bookings: Sequence[Booking] = (),
          colleagues: Sequence[Colleague] = (), limits: Limits = Limits(),
          training_kinds: frozenset[str] = frozenset(), already_assigned: bool = False,
          training_labels: dict[str, str] | None = None) -> list[RuleWarning]:
    """Every rule the assignment of ``v`` to ``shift`` would break, as warnings
    for a person. ``bookings``: v's other shifts, at least those within a day of
    this one and in the ISO weeks it touches; ``colleagues``: the others on it."""
    out: list[RuleWarning] = []
    add = lambda code, message: out.append(RuleWarning(code, message))  # noqa: E731
    day = shift.starts.date()
    pieces = day_pieces(shift.starts, shift.ends)

    if not v.active:
        add("inactive", fill(translate("ShiftRules", "%1 is not active at the moment (paused or left)."), v.name))
    if already_assigned:
        add("already_assigned", fill(translate("ShiftRules", "%1 is already on this shift."), v.name))
    elif len(colleagues) >= shift.headcount:
        add("shift_full", translate_n("ShiftRules", "This shift already has the %n volunteer(s) it needs.",
                                      shift.headcount))

    others = [b for b in bookings if b.shift_id != shift.shift_id]
    overlapping = [b for b in others if b.starts < shift.ends and shift.starts < b.ends]
    if overlapping:
        b = min(overlapping, key=lambda b: b.starts)
        add("overlap", fill(translate("ShiftRules", "%1 is already on another shift at that time (%2)."),
                            v.name, _when(b.starts, b.ends)))
    rest = limits.min_rest_hours * 60
    for b in sorted(others, key=lambda b: b.starts):
        if b in overlapping or b.starts.date() == day:
            continue  # two shifts of one day are the daily limit's business
        gap = (shift.starts - b.ends) if b.ends <= shift.starts else (b.starts - shift.ends)
        if gap.total_seconds() / 60 < rest:
            add("rest", fill(translate("ShiftRules", "Less than %1 hours' rest between this shift and the one of %2."),
                             _hours(rest), _when(b.starts, b.ends)))
            break

    by_day: dict[dt.date, int] = {}
    for b in others:
        if b not in overlapping:
            for d, a, z in day_pieces(b.starts, b.ends):
                by_day[d] = by_day.get(d, 0) + z - a
    for d, a, z in pieces:
        by_day[d] = by_day.get(d, 0) + z - a
    for d, _, _ in pieces:
        if by_day[d] > limits.max_day_hours * 60:
            add("day_hours", fill(translate("ShiftRules", "More than %1 hours on %2: %3 hours with this shift."),
                                  _hours(limits.max_day_hours * 60), f"{d:%d.%m.%Y}", _hours(by_day[d])))
            break
    weeks = {d.isocalendar()[:2] for d, _, _ in pieces}
    for week in sorted(weeks):
        total = sum(m for d, m in by_day.items() if d.isocalendar()[:2] == week)
        if total > limits.max_week_hours * 60:
            monday = dt.date.fromisocalendar(week[0], week[1], 1)
            add("week_hours", fill(translate("ShiftRules", "More than %1 hours in the week of %2: %3 hours with this shift."),
                                   _hours(limits.max_week_hours * 60), f"{monday:%d.%m.%Y}", _hours(total)))
            break

    if v.availability:
        for d, a, z in pieces:
            windows = [(w.from_minute, w.to_minute) for w in v.availability if w.weekday == d.weekday()]
            if not _covered(windows, a, z):
                add("unavailable", fill(translate("ShiftRules", "%1 is not available at this time on %2."),
                                        v.name, f"{d:%d.%m.%Y}"))
                break
    for d, _, _ in pieces:
        if any(lo <= d <= hi for lo, hi in v.blocked):
            add("blocked", fill(translate("ShiftRules", "%1 has marked %2 as a day they cannot come."),
                                v.name, f"{d:%d.%m.%Y}"))
            break

    training_needs = [i for i, n in enumerate(shift.needs) if n.kind == "skill" and n.code in training_kinds]
    if training_needs:
        mine = capabilities(v, day, training_kinds)
        filled = fill_needs(shift.needs, [c.capabilities for c in colleagues] + [mine])
        unfilled = sum(shift.needs[i].headcount - filled[i] for i in training_needs)
        open_after = max(0, shift.headcount - len(colleagues) - 1)
        if unfilled > open_after:
            labels = training_labels or {}
            for i in training_needs:
                kind = shift.needs[i].code
                if filled[i] >= shift.needs[i].headcount or ("skill", kind) in mine:
                    continue
                name = labels.get(kind, kind)
                lapsed = [c.expires_on for c in v.certificates
                          if c.kind == kind and c.expires_on and c.expires_on < day]
                if lapsed:
                    add("training", fill(translate("ShiftRules", "This shift needs %1; the certificate of %2 expired on %3."),
                                         name, v.name, f"{max(lapsed):%d.%m.%Y}"))
                else:
                    add("training", fill(translate(
                        "ShiftRules", "This shift needs %1, and %2 has no valid certificate for it."), name, v.name))

    if v.birth_date is not None and age_on(v.birth_date, day) < ADULT_AGE:
        if is_night(shift.starts, shift.ends):
            add("night_minor", fill(translate("ShiftRules", "%1 is under 18 and this is a night shift."), v.name))
        adults = [c for c in colleagues if c.birth_date is not None and age_on(c.birth_date, day) >= ADULT_AGE]
        if not adults:
            add("minor_alone", fill(translate("ShiftRules", "%1 is under 18 and no adult is on this shift yet."), v.name))
    return out


def _plural_sources() -> None:  # never called: for pyside6-lupdate (see desktop.i18n.translate_n)
    translate("ShiftRules", "This shift already has the %n volunteer(s) it needs.", "", 1)


def rule_label(code: str) -> str:
    text = RULES.get(code)
    return translate("ShiftRules", text) if text else code
