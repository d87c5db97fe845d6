"""Who goes on a shift: the rules checked before an assignment (and the
reason kept when one is overridden), the suggestions for an open place and
the search for any active volunteer, then each assignment's steps —
confirmed, declined, checked in and out, completed or missed — and hours
set by hand."""
from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from desktop.models import Assignment, AssignmentEvent, Shift, Volunteer, utcnow
from desktop.models.journal import record_audit

from . import limits
from .accounts import Identity
from .changes import ASSIGNMENT, Change
from ..errors import NotFound, Refused
from ..i18n import fill
from .permissions import Action, require
from .shift_queries import (bookings, check_volunteer, colleagues_of, events_of, live_shift, on_the_shift,
                            read_limits, shift_facts, training_labels, assignment_row)
from .shift_rows import (MAX_SHIFT_HOURS, STATUSES, TRANSITIONS, AssignmentRow, Candidate, RuleWarnings, Suggestion,
                         label, local, to_utc, wall)
from .shift_rules import RuleWarning, capabilities, check, credited_minutes, fill_needs, minutes_between
from .storage import Database
from .volunteers import TRAINING_KINDS, display_name, identities, load_facts, matching

FAIRNESS_DAYS = 28
# how many volunteers a search for a shift shows
SEARCH_LIMIT = 20


class ShiftAssignments:
    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity

    # -- the rules and who could go ------------------------------------------------------
    def check(self, shift_id: uuid.UUID, volunteer_id: uuid.UUID) -> list[RuleWarning]:
        """What putting this volunteer on this shift would break (nothing saved)."""
        require(self.identity.role, Action.ASSIGN_VOLUNTEERS)
        with self.db.read() as s:
            return check_volunteer(s, live_shift(s, shift_id), volunteer_id)

    def candidates(self, shift_id: uuid.UUID, text: str, *, limit: int = SEARCH_LIMIT) -> list[Candidate]:
        """Active volunteers whose name (any spelling), number or phone matches
        ``text``, by name, at most ``limit``, each with what putting them on
        the shift would break. One read, in the same few queries whatever the
        number found: the shift dialog asks at every pause in typing."""
        require(self.identity.role, Action.ASSIGN_VOLUNTEERS)
        hit = matching(text)
        if hit is None:
            return []
        with self.db.read() as s:
            shift = live_shift(s, shift_id)
            active = s.execute(select(Volunteer).where(Volunteer.deleted.is_(False),
                                                       Volunteer.status == "active")).scalars().all()
            idents = identities(s, active)
            found = sorted((v for v in active if hit(v.number, idents[v.id])),
                           key=lambda v: (display_name(idents[v.id]).casefold(), v.number))[:limit]
            if not found:
                return []
            on_shift = on_the_shift(s, shift.id)
            facts = load_facts(s, {v.id for v in found} | set(on_shift))
            starts, ends = wall(shift.starts_at), wall(shift.ends_at)
            booked = bookings(s, starts, ends, volunteer_ids=[v.id for v in found])
            limits = read_limits(s)
        sfacts, labels, day = shift_facts(shift), training_labels(), starts.date()
        out = []
        for v in found:
            if v.id not in facts:
                continue
            warnings = check(facts[v.id], sfacts, bookings=booked.get(v.id, ()),
                             colleagues=colleagues_of(on_shift, facts, day, besides=v.id), limits=limits,
                             training_kinds=TRAINING_KINDS, already_assigned=v.id in on_shift,
                             training_labels=labels)
            out.append(Candidate(v.id, v.number, facts[v.id].name, tuple(filter(None, v.skills.split(","))),
                                 facts[v.id].languages, tuple(warnings)))
        return out

    def suggest(self, shift_id: uuid.UUID, limit: int = 10) -> list[Suggestion]:
        """Active volunteers for an open place, best first: those who break no
        rule, then those who fill more of the open needs, then those who gave
        fewer hours in the last four weeks (fairness). Those with warnings come
        last, their warnings shown."""
        require(self.identity.role, Action.ASSIGN_VOLUNTEERS)
        with self.db.read() as s:
            shift = live_shift(s, shift_id)
            facts = load_facts(s)
            starts, ends = wall(shift.starts_at), wall(shift.ends_at)
            day = starts.date()
            on_shift = on_the_shift(s, shift.id)
            missing = set(on_shift) - set(facts)
            if missing:
                facts.update(load_facts(s, missing))
            booked = bookings(s, starts, ends)
            since = shift.starts_at - dt.timedelta(days=FAIRNESS_DAYS)
            recent = dict(s.execute(select(Assignment.volunteer_id, func.sum(Assignment.minutes)).join(
                Shift, Shift.id == Assignment.shift_id).where(
                Assignment.deleted.is_(False), Shift.deleted.is_(False), Shift.starts_at >= since,
                Shift.starts_at < shift.starts_at).group_by(Assignment.volunteer_id)).all())
            limits = read_limits(s)
        sfacts = shift_facts(shift)
        colleagues = colleagues_of(on_shift, facts, day)
        filled = fill_needs(sfacts.needs, [c.capabilities for c in colleagues])
        open_needs = [(n.kind, n.code) for n, f in zip(sfacts.needs, filled) if n.kind != "none" and f < n.headcount]
        labels = training_labels()
        ranked = []
        for vid, v in facts.items():
            # Whoever is on it already, even one who did not come, is not suggested again.
            if vid in on_shift or not v.active:
                continue
            warnings = check(v, sfacts, bookings=booked.get(vid, ()), colleagues=colleagues, limits=limits,
                             training_kinds=TRAINING_KINDS, training_labels=labels)
            caps = capabilities(v, day, TRAINING_KINDS)
            matches = tuple(need for need in open_needs if need in caps)
            available = not any(w.code in ("unavailable", "blocked") for w in warnings)
            minutes = int(recent.get(vid) or 0)
            ranked.append(((bool(warnings), -len(matches), not available, minutes, v.name.casefold()),
                           Suggestion(vid, v.number, v.name, matches, available, tuple(warnings), minutes)))
        ranked.sort(key=lambda item: item[0])
        return [sug for _, sug in ranked[:limit]]

    # -- assigning ---------------------------------------------------------------------------
    def assign(self, shift_id: uuid.UUID, volunteer_id: uuid.UUID, override_reason: str | None = None) -> AssignmentRow:
        """Put a volunteer on a shift. If a rule is broken and no reason is
        given, RuleWarnings is raised and nothing is saved; with a reason the
        assignment is saved, and the rules overridden and the reason are kept
        on it and in the audit trail."""
        require(self.identity.role, Action.ASSIGN_VOLUNTEERS)
        reason = limits.checked_text(override_reason or "", limits.REASON)
        with self.db.session(self.identity.username) as s:
            # Two desks on one PostgreSQL database: one assignment at a time per
            # shift and per volunteer, so the rules see what the other saved.
            # (SQLite has one writer at a time anyway and leaves FOR UPDATE out.)
            s.execute(select(Shift.id).where(Shift.id == shift_id).with_for_update())
            s.execute(select(Volunteer.id).where(Volunteer.id == volunteer_id).with_for_update())
            shift = live_shift(s, shift_id)
            warnings = check_volunteer(s, shift, volunteer_id)
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
            row = self._row(s, a)
        return self._said(row)

    def _said(self, row: AssignmentRow) -> AssignmentRow:
        """Tell the windows; the shift's headcount and the volunteer's hours show it too."""
        self.db.changes.publish(Change.of(ASSIGNMENT, row.assignment_id, shift=row.shift_id,
                                          volunteer=row.volunteer_id))
        return row

    def _row(self, s, a: Assignment) -> AssignmentRow:
        facts = load_facts(s, [a.volunteer_id])
        return assignment_row(a, facts.get(a.volunteer_id), tuple(events_of(s, [a.id]).get(a.id, ())))

    @staticmethod
    def _live(s, assignment_id: uuid.UUID) -> Assignment:
        a = s.get(Assignment, assignment_id)
        if a is None or a.deleted:
            raise NotFound(QCoreApplication.translate("Shifts", "This assignment no longer exists."))
        return a

    def _move(self, s, a: Assignment, status: str, *, note: str = "") -> None:
        if status not in STATUSES:
            raise Refused(fill(QCoreApplication.translate("Shifts", "Unknown status %1."), status))
        if status not in TRANSITIONS[a.status]:
            raise Refused(fill(QCoreApplication.translate(
                "Shifts", "An assignment that is “%1” cannot become “%2”."), label(a.status), label(status)))
        if status in ("completed", "no_show"):
            # Nobody has done, or missed, a shift that has not begun: marking it
            # early would credit hours (or a no-show) for work still to come.
            starts = s.get(Shift, a.shift_id).starts_at
            if utcnow() < starts:
                raise Refused(fill(QCoreApplication.translate(
                    "Shifts", "This shift starts at %1: it cannot be “%2” before it has started."),
                    f"{local(starts):%d.%m.%Y %H:%M}", label(status)))
        a.status = status
        s.add(AssignmentEvent(assignment_id=a.id, status=status, at=utcnow(), actor=self.identity.username,
                              note=note.strip()))

    @staticmethod
    def _credit(s, a: Assignment) -> None:
        shift = s.get(Shift, a.shift_id)
        minutes = credited_minutes(status=a.status, shift_minutes=minutes_between(shift.starts_at, shift.ends_at),
                                   checked_in=a.checked_in_at, checked_out=a.checked_out_at, manual=a.manual_minutes)
        if a.minutes != minutes:
            a.minutes = minutes

    # -- the steps -----------------------------------------------------------------------------
    def set_status(self, assignment_id: uuid.UUID, status: str, *, note: str = "") -> AssignmentRow:
        """Confirmed, declined, completed or no-show, each with who and when;
        completed and no-show only once the shift has started."""
        require(self.identity.role, Action.ASSIGN_VOLUNTEERS)
        note = limits.checked_text(note, limits.REFERRAL_NOTE)
        with self.db.session(self.identity.username) as s:
            a = self._live(s, assignment_id)
            self._move(s, a, status, note=note)
            self._credit(s, a)
            s.flush()
            row = self._row(s, a)
        return self._said(row)

    def check_in(self, assignment_id: uuid.UUID, *, at: dt.datetime | None = None) -> AssignmentRow:
        """The volunteer arrived (``at``: local time, default now); an assignment
        not yet confirmed is confirmed by coming."""
        require(self.identity.role, Action.CHECK_IN_VOLUNTEERS)
        with self.db.session(self.identity.username) as s:
            a = self._live(s, assignment_id)
            if a.status not in ("assigned", "confirmed"):
                raise Refused(fill(QCoreApplication.translate(
                    "Shifts", "An assignment that is “%1” cannot be checked in."), label(a.status)))
            if a.checked_in_at is not None:
                raise Refused(fill(QCoreApplication.translate(
                    "Shifts", "Already checked in at %1."), f"{local(a.checked_in_at):%H:%M}"))
            if a.status == "assigned":
                self._move(s, a, "confirmed")
            a.checked_in_at = to_utc(at) if at else utcnow()
            s.flush()
            row = self._row(s, a)
        return self._said(row)

    def check_out(self, assignment_id: uuid.UUID, *, at: dt.datetime | None = None) -> AssignmentRow:
        """The volunteer left: the shift is completed and the hours between
        check-in and check-out are credited (not before the shift has started)."""
        require(self.identity.role, Action.CHECK_IN_VOLUNTEERS)
        with self.db.session(self.identity.username) as s:
            a = self._live(s, assignment_id)
            if a.checked_in_at is None or a.status != "confirmed":
                raise Refused(QCoreApplication.translate("Shifts", "Check the volunteer in first."))
            out = to_utc(at) if at else utcnow()
            if out < a.checked_in_at:
                raise Refused(QCoreApplication.translate("Shifts", "Check-out cannot be before check-in."))
            if out - a.checked_in_at > dt.timedelta(hours=MAX_SHIFT_HOURS):
                raise Refused(fill(QCoreApplication.translate(
                    "Shifts", "A shift cannot be longer than %1 hours."), MAX_SHIFT_HOURS))
            a.checked_out_at = out
            self._move(s, a, "completed")
            self._credit(s, a)
            s.flush()
            row = self._row(s, a)
        return self._said(row)

    def set_manual_hours(self, assignment_id: uuid.UUID, *, hours: float | None, note: str) -> AssignmentRow:
        """Hours set by hand, with a note saying why (audited); ``None`` goes back
        to the hours computed."""
        require(self.identity.role, Action.ASSIGN_VOLUNTEERS)
        note = limits.checked_text(note, limits.HOURS_NOTE)
        if hours is not None and not 0 <= hours <= MAX_SHIFT_HOURS:
            raise Refused(fill(QCoreApplication.translate(
                "Shifts", "Hours must be between 0 and %1."), MAX_SHIFT_HOURS))
        if hours is not None and not note.strip():
            raise Refused(QCoreApplication.translate("Shifts", "Say why the hours are set by hand."))
        with self.db.session(self.identity.username) as s:
            a = self._live(s, assignment_id)
            if a.status in ("declined",):
                raise Refused(QCoreApplication.translate("Shifts", "A declined assignment has no hours."))
            old = a.minutes
            a.manual_minutes = None if hours is None else round(hours * 60)
            a.hours_note = note.strip()
            self._credit(s, a)
            record_audit(s, "assignment.manual_hours", record_type="assignment", record_id=a.id,
                         old_minutes=old, new_minutes=a.minutes)
            s.flush()
            row = self._row(s, a)
        return self._said(row)
