"""What volunteers gave and will give: hours by volunteer and month, one
volunteer's service record (every completed shift, for a certificate), and
the text of their coming shifts to send them."""
from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from sqlalchemy import select

from desktop.models import Assignment, Shift, Volunteer, utcnow

from .accounts import Identity
from ..errors import NotFound, Refused
from ..i18n import fill
from .permissions import Action, require
from .shift_queries import branch_name, sites_of
from .shift_rows import HoursRow, ServiceEntry, ServiceRecord, day_start, local, to_utc, wall
from .storage import Database
from .volunteers import display_name, identities

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


def _live_volunteer(s, volunteer_id: uuid.UUID) -> Volunteer:
    v = s.get(Volunteer, volunteer_id)
    if v is None or v.deleted:
        raise NotFound(QCoreApplication.translate("Shifts", "This volunteer's record no longer exists."))
    return v


class VolunteerHours:
    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity

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
            v = _live_volunteer(s, volunteer_id)
            names = {x.id: x.name for x in sites_of(s)}
            rows = s.execute(select(Assignment.minutes, Shift).join(Shift, Shift.id == Assignment.shift_id).where(
                Assignment.volunteer_id == volunteer_id, Assignment.deleted.is_(False),
                Assignment.status == "completed", Shift.deleted.is_(False)).order_by(Shift.starts_at)).all()
            name = display_name(identities(s, [v])[v.id])
            branch = branch_name(s)
        entries = tuple(ServiceEntry(local(x.starts_at).date(), names.get(x.site_id, ""), local(x.starts_at),
                                     local(x.ends_at), x.title, minutes) for minutes, x in rows)
        return ServiceRecord(branch, v.id, v.number, name, entries)

    def sms_text(self, volunteer_id: uuid.UUID, lang: str, *, days: int = 14, now: dt.datetime | None = None) -> str:
        """A plain text of the volunteer's coming shifts (``days`` ahead) in
        ``lang`` (kk, ru or en), to paste into an SMS or a messenger."""
        from desktop.reports.labels import translate as page_text

        require(self.identity.role, Action.VIEW_VOLUNTEERS)
        if lang not in SMS_LANGUAGES:
            raise Refused(fill(QCoreApplication.translate("Shifts", "Unknown language %1."), lang))
        now_utc = to_utc(now) if now else utcnow()
        with self.db.read() as s:
            v = _live_volunteer(s, volunteer_id)
            ident = identities(s, [v])[v.id]
            names = {x.id: x.name for x in sites_of(s)}
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
