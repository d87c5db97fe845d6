"""What the shift services read and check inside their own transactions: the
live site or shift, a range of shifts as rows, the branch's limits, the
shifts a volunteer already holds, and one volunteer checked against the rules.

Each function takes the open session ``s``; none opens a transaction or
checks a permission (the service calling it has done both).
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Iterable

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from desktop.models import Assignment, AssignmentEvent, Branch, Setting, Shift, ShiftTemplate, Site
from desktop.models.volunteer import FILLS_A_PLACE

from . import vocab
from ..errors import NotFound, Refused
from ..i18n import fill
from .shift_rules import (NEED_KINDS, Booking, Colleague, Limits, Need, RuleWarning, ShiftFacts, VolunteerFacts,
                          capabilities, check, decode_needs, fill_needs, is_night)
from .shift_rows import (LIMIT_KEYS, AssignmentRow, EventRow, NeedRow, ShiftRow, TemplateRow, day_start, local,
                         to_utc, wall)
from .volunteers import SKILLS, TRAINING_KINDS, TRAININGS, load_facts
from .volunteers import label as volunteer_label


def chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def not_declined():
    """Written as an inequality, which no index serves, so the engine keeps to
    the selective ones."""
    return Assignment.status != "declined"


def branch_name(s) -> str:
    return s.execute(select(Branch.name).where(Branch.is_local.is_(True))).scalar_one_or_none() or ""


def check_needs(needs: tuple[Need, ...]) -> None:
    if not needs or sum(n.headcount for n in needs) < 1:
        raise Refused(QCoreApplication.translate("Shifts", "A shift needs at least one volunteer."))
    for n in needs:
        known = {"skill": set(SKILLS) | set(TRAININGS), "language": set(vocab.LANGUAGES), "none": {""}}
        if n.kind not in NEED_KINDS or n.code not in known[n.kind]:
            raise Refused(fill(QCoreApplication.translate("Shifts", "Unknown need %1."), f"{n.kind}:{n.code}"))
        if not 1 <= n.headcount <= 99:
            raise Refused(QCoreApplication.translate("Shifts", "Each need is for 1 to 99 volunteers."))


def training_labels() -> dict[str, str]:
    return {k: volunteer_label(TRAININGS, k) for k in TRAININGS}


# -- sites and shifts -----------------------------------------------------------------
def sites_of(s, include_inactive: bool = True) -> list[Site]:
    q = select(Site).where(Site.deleted.is_(False))
    if not include_inactive:
        q = q.where(Site.active.is_(True))
    return list(s.execute(q.order_by(Site.name)).scalars())


def live_site(s, site_id: uuid.UUID) -> Site:
    site = s.get(Site, site_id)
    if site is None or site.deleted:
        raise NotFound(QCoreApplication.translate("Shifts", "This site no longer exists."))
    return site


def live_shift(s, shift_id: uuid.UUID) -> Shift:
    shift = s.get(Shift, shift_id)
    if shift is None or shift.deleted:
        raise NotFound(QCoreApplication.translate("Shifts", "This shift no longer exists."))
    return shift


def shifts_between(s, from_date: dt.date, to_date: dt.date, *, site_id: uuid.UUID | None = None) -> list[Shift]:
    """Shifts starting on local days ``from_date`` to ``to_date``, both included."""
    q = select(Shift).where(Shift.deleted.is_(False), Shift.starts_at >= day_start(from_date),
                            Shift.starts_at < day_start(to_date + dt.timedelta(days=1)))
    if site_id is not None:
        q = q.where(Shift.site_id == site_id)
    return list(s.execute(q.order_by(Shift.starts_at, Shift.id)).scalars())


def events_of(s, assignment_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, list[EventRow]]:
    history: dict[uuid.UUID, list[EventRow]] = {}
    for chunk in chunks(list(assignment_ids), 500):
        for e in s.execute(select(AssignmentEvent).where(AssignmentEvent.assignment_id.in_(chunk),
                                                         AssignmentEvent.deleted.is_(False))
                           .order_by(AssignmentEvent.at, AssignmentEvent.id)).scalars():
            history.setdefault(e.assignment_id, []).append(EventRow(e.status, local(e.at), e.actor, e.note))
    return history


def assignment_row(a: Assignment, facts: VolunteerFacts | None, events: tuple[EventRow, ...]) -> AssignmentRow:
    return AssignmentRow(a.id, a.shift_id, a.volunteer_id, facts.number if facts else "", facts.name if facts else "",
                         a.status, local(a.checked_in_at), local(a.checked_out_at), a.minutes,
                         a.manual_minutes is not None, a.hours_note, tuple(filter(None, a.override_codes.split(","))),
                         a.override_reason, a.version, events)


def shift_rows(s, shifts: list[Shift], *, events: bool = False) -> list[ShiftRow]:
    """Rows with needs filled and assignments named, in a fixed number of queries."""
    if not shifts:
        return []
    ids = [x.id for x in shifts]
    site_names = {x.id: x.name for x in sites_of(s)}
    assignments: dict[uuid.UUID, list[Assignment]] = {}
    for chunk in chunks(ids, 500):
        for a in s.execute(select(Assignment).where(Assignment.shift_id.in_(chunk),
                                                    Assignment.deleted.is_(False))).scalars():
            assignments.setdefault(a.shift_id, []).append(a)
    people = {a.volunteer_id for rows in assignments.values() for a in rows}
    facts = load_facts(s, people)
    history = events_of(s, [a.id for rows in assignments.values() for a in rows]) if events else {}
    out = []
    for x in shifts:
        needs = decode_needs(x.needs)
        rows = sorted(assignments.get(x.id, []), key=lambda a: (a.status == "declined", a.created_at))
        filling = [a for a in rows if a.status in FILLS_A_PLACE]
        day = wall(x.starts_at).date()
        filled = fill_needs(needs, [capabilities(facts[a.volunteer_id], day, TRAINING_KINDS)
                                    for a in filling if a.volunteer_id in facts])
        out.append(ShiftRow(
            x.id, x.site_id, site_names.get(x.site_id, ""), local(x.starts_at), local(x.ends_at), x.title, x.notes,
            tuple(NeedRow(n.kind, n.code, n.headcount, f) for n, f in zip(needs, filled)), x.headcount,
            len(filling), is_night(wall(x.starts_at), wall(x.ends_at)), x.template_id, x.version,
            tuple(assignment_row(a, facts.get(a.volunteer_id), tuple(history.get(a.id, ()))) for a in rows)))
    return out


def template_row(t: ShiftTemplate, site_name: str) -> TemplateRow:
    start, end = t.start_minute, t.end_minute
    return TemplateRow(t.id, t.site_id, site_name, t.weekday, dt.time(start // 60, start % 60),
                       dt.time(end // 60, end % 60), decode_needs(t.needs), t.title, t.active)


# -- the rules ---------------------------------------------------------------------------
def read_limits(s) -> Limits:
    stored = {row.key: row.value for row in s.execute(select(Setting).where(
        Setting.key.in_(list(LIMIT_KEYS.values())))).scalars()}
    default = Limits()
    return Limits(**{attr: float(stored.get(key, getattr(default, attr))) for attr, key in LIMIT_KEYS.items()})


def shift_facts(shift: Shift) -> ShiftFacts:
    return ShiftFacts(shift.id, wall(shift.starts_at), wall(shift.ends_at), decode_needs(shift.needs))


def on_the_shift(s, shift_id: uuid.UUID) -> dict[uuid.UUID, str]:
    """Everyone on the shift who did not decline, with their status."""
    return dict(s.execute(select(Assignment.volunteer_id, Assignment.status).where(
        Assignment.shift_id == shift_id, Assignment.deleted.is_(False), not_declined())).all())


def colleagues_of(on_shift: dict[uuid.UUID, str], facts: dict[uuid.UUID, VolunteerFacts], day: dt.date, *,
                  besides: uuid.UUID | None = None) -> list[Colleague]:
    """Those filling a place on the shift, as the rules see them: one who did
    not come is nobody's colleague and holds no place (see FILLS_A_PLACE)."""
    return [Colleague(vid, facts[vid].birth_date, capabilities(facts[vid], day, TRAINING_KINDS))
            for vid, status in on_shift.items()
            if status in FILLS_A_PLACE and vid != besides and vid in facts]


def bookings(s, starts: dt.datetime, ends: dt.datetime, *,
             volunteer_ids: Collection[uuid.UUID] | None = None) -> dict[uuid.UUID, list[Booking]]:
    """Shifts the volunteers hold from a day before ``starts`` to a day after
    ``ends``, and in the ISO weeks between (local wall times): all the rules
    need. The range is on shift(starts_at), which is indexed; a shift is at
    most a day long, so one starting two days early is the earliest that can touch.
    A shift someone did not come to is none of their working time (FILLS_A_PLACE)."""
    monday = starts.date() - dt.timedelta(days=starts.weekday())
    sunday_end = dt.datetime.combine(ends.date() - dt.timedelta(days=ends.weekday()) + dt.timedelta(days=7), dt.time())
    lo = min(dt.datetime.combine(monday, dt.time()), starts - dt.timedelta(days=1)) - dt.timedelta(days=1)
    hi = max(sunday_end, ends + dt.timedelta(days=1))
    q = select(Assignment.volunteer_id, Assignment.status, Shift.id, Shift.starts_at, Shift.ends_at).join(
        Shift, Shift.id == Assignment.shift_id).where(
        Assignment.deleted.is_(False), not_declined(), Shift.deleted.is_(False),
        Shift.starts_at >= to_utc(lo), Shift.starts_at < to_utc(hi))
    if volunteer_ids is not None:
        if not volunteer_ids:
            return {}
        # Wrapped so that no engine takes the volunteer index: their ten years of
        # shifts are many more rows than the few days of the whole branch.
        q = q.where(func.coalesce(Assignment.volunteer_id, Assignment.volunteer_id).in_(list(volunteer_ids)))
    out: dict[uuid.UUID, list[Booking]] = {}
    for vid, status, sid, a, z in s.execute(q):
        if status in FILLS_A_PLACE:
            out.setdefault(vid, []).append(Booking(sid, wall(a), wall(z)))
    return out


def check_volunteer(s, shift: Shift, volunteer_id: uuid.UUID, *, on_it: bool = False) -> list[RuleWarning]:
    """What putting this volunteer on this shift would break. ``on_it``: the
    volunteer is on the shift and is checked again (after a change to it), not
    put on it."""
    on_shift = on_the_shift(s, shift.id)
    facts = load_facts(s, set(on_shift) | {volunteer_id})
    if volunteer_id not in facts:
        raise NotFound(QCoreApplication.translate("Shifts", "This volunteer's record no longer exists."))
    starts, ends = wall(shift.starts_at), wall(shift.ends_at)
    booked = bookings(s, starts, ends, volunteer_ids=[volunteer_id]).get(volunteer_id, [])
    return check(facts[volunteer_id], shift_facts(shift), bookings=booked,
                 colleagues=colleagues_of(on_shift, facts, starts.date(), besides=volunteer_id),
                 limits=read_limits(s), training_kinds=TRAINING_KINDS,
                 already_assigned=not on_it and volunteer_id in on_shift, training_labels=training_labels())
