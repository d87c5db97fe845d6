"""Planning shifts: the sites, the shifts one by one, the week plan and its
open places, the day's sign-in sheet, the languages the coming week covers,
and the branch's working-time limits.

Weekly templates and copying a week are in shift_templates; who goes on a
shift in shift_assignments; the words and rows in shift_rows.
"""
from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from desktop.models import Assignment, PersonLanguage, Setting, Shift, Site, Visit, Volunteer
from desktop.models.journal import record_audit
from desktop.models.volunteer import FILLS_A_PLACE

from . import limits
from .accounts import Identity
from .changes import ASSIGNMENT, SETTING, SHIFT, SITE, Change
from ..errors import Refused
from ..i18n import fill
from .permissions import Action, require
from .shift_queries import (branch_name, check_needs, check_volunteer, live_shift, live_site, on_the_shift,
                            read_limits, shift_rows, shifts_between, sites_of)
from .shift_rows import (LIMIT_KEYS, MAX_SHIFT_HOURS, ON_THE_SHIFT, LanguageCover, OpenPlace, RuleWarnings, ShiftIn,
                         ShiftRow, SignInLine, SignInSheet, SignInShift, SiteIn, SiteRow, WeekPlan, day_start, to_utc,
                         week_days)
from .shift_rules import WORKING_PROFICIENCY, Limits, encode_needs
from .storage import Database
from .volunteers import load_facts

LANGUAGE_COVER_DAYS = 30


def _times(starts_at: dt.datetime, ends_at: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    starts, ends = to_utc(starts_at), to_utc(ends_at)
    if ends <= starts:
        raise Refused(QCoreApplication.translate("Shifts", "A shift must end after it starts."))
    if ends - starts > dt.timedelta(hours=MAX_SHIFT_HOURS):
        raise Refused(fill(QCoreApplication.translate(
            "Shifts", "A shift cannot be longer than %1 hours."), MAX_SHIFT_HOURS))
    return starts, ends


class ShiftPlanning:
    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity

    # -- limits ------------------------------------------------------------------
    def limits(self) -> Limits:
        require(self.identity.role, Action.SEE_SHIFTS)
        with self.db.read() as s:
            return read_limits(s)

    def set_limits(self, limits: Limits) -> None:
        """The branch's own working-time limits (audited)."""
        require(self.identity.role, Action.PLAN_SHIFTS)
        if not (1 <= limits.max_day_hours <= 24 and 1 <= limits.max_week_hours <= 168
                and 0 <= limits.min_rest_hours <= 24):
            raise Refused(QCoreApplication.translate(
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
            return [SiteRow(x.id, x.name, x.address, x.active) for x in sites_of(s, include_inactive)]

    def save_site(self, new: SiteIn, *, site_id: uuid.UUID | None = None) -> SiteRow:
        require(self.identity.role, Action.PLAN_SHIFTS)
        new = limits.cleaned(new, limits.SITE)
        limits.refuse_too_long(new, limits.SITE)
        if not new.name.strip():
            raise Refused(QCoreApplication.translate("Shifts", "Give the site a name."))
        values = dict(name=new.name.strip(), address=new.address.strip(), active=new.active)
        with self.db.session(self.identity.username) as s:
            if site_id is None:
                site = Site(**values)
                s.add(site)
            else:
                site = live_site(s, site_id)
                for k, v in values.items():
                    if getattr(site, k) != v:
                        setattr(site, k, v)
            s.flush()
            row = SiteRow(site.id, site.name, site.address, site.active)
        self.db.changes.publish(Change.of(SITE, row.site_id))
        return row

    # -- shifts --------------------------------------------------------------------
    def create_shift(self, new: ShiftIn) -> ShiftRow:
        require(self.identity.role, Action.PLAN_SHIFTS)
        new = limits.cleaned(new, limits.SHIFT)
        limits.refuse_too_long(new, limits.SHIFT)
        check_needs(new.needs)
        starts, ends = _times(new.starts_at, new.ends_at)
        with self.db.session(self.identity.username) as s:
            live_site(s, new.site_id)
            shift = Shift(site_id=new.site_id, starts_at=starts, ends_at=ends, title=new.title.strip(),
                          notes=new.notes.strip(), needs=encode_needs(new.needs),
                          headcount=sum(n.headcount for n in new.needs))
            s.add(shift)
            s.flush()
            row = shift_rows(s, [shift])[0]
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
        new = limits.cleaned(new, limits.SHIFT)
        limits.refuse_too_long(new, limits.SHIFT)
        check_needs(new.needs)
        starts, ends = _times(new.starts_at, new.ends_at)
        with self.db.session(self.identity.username) as s:
            shift = live_shift(s, shift_id)
            if expected_version is not None and shift.version != expected_version:
                raise Refused(QCoreApplication.translate(
                    "Shifts", "Someone else changed this shift meanwhile. Open it again."))
            live_site(s, new.site_id)
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
            row = shift_rows(s, [shift])[0]
        self.db.changes.publish(Change.of(SHIFT, row.shift_id))
        return row

    def _recheck(self, s, shift: Shift, reason: str) -> None:
        # Each is checked as one of those on it (not as "already on it", which
        # would hide a shift now over its headcount); the same warning for
        # several of them is said once.
        warnings = list(dict.fromkeys(w for vid in on_the_shift(s, shift.id)
                                      for w in check_volunteer(s, shift, vid, on_it=True)))
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
            shift = live_shift(s, shift_id)
            rows = s.execute(select(Assignment).where(Assignment.shift_id == shift_id,
                                                      Assignment.deleted.is_(False))).scalars().all()
            if any(a.status == "completed" for a in rows):
                raise Refused(QCoreApplication.translate(
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
            return shift_rows(s, [live_shift(s, shift_id)], events=True)[0]

    def shifts(self, from_date: dt.date, to_date: dt.date, *, site_id: uuid.UUID | None = None) -> list[ShiftRow]:
        """Shifts starting on local days ``from_date`` to ``to_date``, both included."""
        require(self.identity.role, Action.SEE_SHIFTS)
        with self.db.read() as s:
            return shift_rows(s, shifts_between(s, from_date, to_date, site_id=site_id))

    # -- weeks -----------------------------------------------------------------------
    def week_plan(self, iso_year: int, iso_week: int) -> WeekPlan:
        require(self.identity.role, Action.SEE_SHIFTS)
        days = week_days(iso_year, iso_week)
        with self.db.read() as s:
            rows = shift_rows(s, shifts_between(s, days[0], days[-1]))
            used = {r.site_id for r in rows}
            sites = tuple(SiteRow(x.id, x.name, x.address, x.active) for x in sites_of(s)
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

    def sign_in_sheet(self, day: dt.date) -> SignInSheet:
        """The day's shifts with the volunteers on them (declined left out), for signing in at the desk."""
        rows = self.shifts(day, day)
        with self.db.read() as s:
            branch = branch_name(s)
            numbers = dict(s.execute(select(Volunteer.id, Volunteer.number).where(
                Volunteer.id.in_({a.volunteer_id for r in rows for a in r.assignments}))).all()) if rows else {}
        shifts = tuple(SignInShift(r.site_name, r.starts_at, r.ends_at, r.title, tuple(
            SignInLine(numbers.get(a.volunteer_id, ""), a.volunteer_name, a.status, a.checked_in_at, a.checked_out_at)
            for a in r.assignments if a.status in ON_THE_SHIFT))
            for r in sorted(rows, key=lambda r: (r.site_name, r.starts_at)))
        return SignInSheet(branch, day, shifts)

    # -- language cover ----------------------------------------------------------------
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
                Assignment.deleted.is_(False), Assignment.status.in_(sorted(FILLS_A_PLACE)),
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
