"""Weekly templates and whole weeks: the shifts that recur every week, made
over a period at once, and a week's shifts copied to another week."""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desktop.models import Shift, ShiftTemplate

from . import limits
from .accounts import Identity
from .changes import SHIFT, TEMPLATE, Change
from ..errors import NotFound, Refused
from .permissions import Action, require
from .shift_queries import check_needs, live_site, shifts_between, sites_of, template_row
from .shift_rows import TemplateIn, TemplateRow, day_start, to_utc, wall, week_days
from .shift_rules import decode_needs, encode_needs
from .storage import Database

# days of templates made between two reports of progress (and chances to cancel)
DAYS_PER_STEP = 7


class TemplatesCancelled(Refused):
    """Applying templates was cancelled: no shift was made."""


class ShiftTemplates:
    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity

    def templates(self, *, include_inactive: bool = False) -> list[TemplateRow]:
        require(self.identity.role, Action.SEE_SHIFTS)
        with self.db.read() as s:
            names = {x.id: x.name for x in sites_of(s)}
            q = select(ShiftTemplate).where(ShiftTemplate.deleted.is_(False))
            if not include_inactive:
                q = q.where(ShiftTemplate.active.is_(True))
            return [template_row(t, names.get(t.site_id, "")) for t in s.execute(
                q.order_by(ShiftTemplate.weekday, ShiftTemplate.start_minute)).scalars()]

    def save_template(self, new: TemplateIn, *, template_id: uuid.UUID | None = None) -> TemplateRow:
        require(self.identity.role, Action.PLAN_SHIFTS)
        new = limits.cleaned(new, limits.TEMPLATE)
        limits.refuse_too_long(new, limits.TEMPLATE)
        check_needs(new.needs)
        if not 0 <= new.weekday <= 6:
            raise Refused(QCoreApplication.translate("Shifts", "Choose a day of the week."))
        start, end = new.starts.hour * 60 + new.starts.minute, new.ends.hour * 60 + new.ends.minute
        values = dict(site_id=new.site_id, weekday=new.weekday, start_minute=start, end_minute=end,
                      title=new.title.strip(), needs=encode_needs(new.needs), active=new.active)
        with self.db.session(self.identity.username) as s:
            site = live_site(s, new.site_id)
            if template_id is None:
                t = ShiftTemplate(**values)
                s.add(t)
            else:
                t = s.get(ShiftTemplate, template_id)
                if t is None or t.deleted:
                    raise NotFound(QCoreApplication.translate("Shifts", "This weekly shift no longer exists."))
                for k, v in values.items():
                    if getattr(t, k) != v:
                        setattr(t, k, v)
            s.flush()
            row = template_row(t, site.name)
        self.db.changes.publish(Change.of(TEMPLATE, row.template_id))
        return row

    def apply_templates(self, from_date: dt.date, to_date: dt.date, *, site_id: uuid.UUID | None = None,
                        progress: Callable[[int, int], None] | None = None,
                        cancelled: Callable[[], bool] | None = None) -> int:
        """Make the shifts of every active weekly template on the days
        ``from_date`` to ``to_date``; a day that already had a shift from the
        same template is left alone, whatever its time now and even if it was
        cancelled: the coordinator moved or cancelled it on purpose. Returns
        how many were made.

        ``progress(days done, days)`` hears of each week made; ``cancelled()``
        is asked as often, and a cancelled run makes nothing
        (TemplatesCancelled): the period is one transaction, all or nothing."""
        require(self.identity.role, Action.PLAN_SHIFTS)
        if to_date < from_date or (to_date - from_date).days > 366:
            raise Refused(QCoreApplication.translate("Shifts", "Choose a period of at most a year."))
        total = (to_date - from_date).days + 1
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
            for i in range(total):
                day = from_date + dt.timedelta(days=i)
                for t in templates:
                    if t.weekday != day.weekday() or (t.id, day) in done:
                        continue
                    starts = dt.datetime.combine(day, dt.time(t.start_minute // 60, t.start_minute % 60))
                    end_day = day + dt.timedelta(days=1) if t.end_minute <= t.start_minute else day
                    ends = dt.datetime.combine(end_day, dt.time(t.end_minute // 60, t.end_minute % 60))
                    shift = Shift(site_id=t.site_id, starts_at=to_utc(starts), ends_at=to_utc(ends), title=t.title,
                                  needs=t.needs, headcount=sum(n.headcount for n in decode_needs(t.needs)),
                                  template_id=t.id)
                    s.add(shift)
                    made.append(shift)
                    done.add((t.id, day))
                if (i + 1) % DAYS_PER_STEP == 0 or i + 1 == total:
                    # Written week by week (with their change log), so the
                    # progress says how far the work is, not how far the loop.
                    s.flush()
                    if cancelled is not None and cancelled():
                        raise TemplatesCancelled(QCoreApplication.translate(
                            "Shifts", "Cancelled: no shift was made from the templates."))
                    if progress is not None:
                        progress(i + 1, total)
        return self._made(made)

    def copy_week(self, from_year: int, from_week: int, to_year: int, to_week: int) -> int:
        """Copy every shift (not who is on it) of one ISO week to another, at the
        same local times; a shift already there (same site, times and title) is
        not copied twice. Returns how many were made."""
        require(self.identity.role, Action.PLAN_SHIFTS)
        try:
            source, target = week_days(from_year, from_week), week_days(to_year, to_week)
        except ValueError as err:
            raise Refused(QCoreApplication.translate("Shifts", "There is no such week.")) from err
        if source == target:
            raise Refused(QCoreApplication.translate("Shifts", "Choose another week to copy to."))
        shift_days = target[0] - source[0]
        with self.db.session(self.identity.username) as s:
            there = {(x.site_id, x.starts_at, x.ends_at, x.title) for x in shifts_between(s, target[0], target[-1])}
            made: list[Shift] = []
            for x in shifts_between(s, source[0], source[-1]):
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
