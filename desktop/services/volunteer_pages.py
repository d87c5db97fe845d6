"""The volunteers' printed pages and the hours workbook, made from what the
shift service knows: the week's roster, the day's sign-in sheet, a
volunteer's service record and the hours by volunteer and month.

Each page is in the one language asked for (kk, ru or en), whatever the
interface speaks: need and training labels are looked up in that language's
catalogue (reports.labels), not through the installed translator. Who may
print what is decided by the shift service calls made here (and, for the
hours workbook, which reads only shifts, checked here). ReportLab and
openpyxl are imported when the first page is made, not with this module.
"""
from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import select

from desktop.models import Branch, Role
from desktop.reports.hours_xlsx import HoursData, HoursEntry, write_hours_workbook
from desktop.reports.labels import translate
from desktop.reports.roster import (RosterData, RosterNeed, RosterShift, RosterVolunteer, ServiceRecordData,
                                    ServiceShift, ServiceTraining, SignInData, SignInShift, SignInVolunteer,
                                    check_language, render_roster, render_service_record, render_sign_in_sheet,
                                    sort_key)

from . import vocab
from ..errors import Refused
from ..i18n import fill
from .permissions import Action, require
from .shift_planning import ShiftPlanning
from .shift_rows import NeedRow
from .volunteer_hours import VolunteerHours
from .volunteers import SKILLS, TRAININGS, VolunteerService

#: A shift's need for volunteers who work in a language; %1 is the language's own name.
LANGUAGE_NEED = QT_TRANSLATE_NOOP("VolunteerPages", "language: %1")


def _wall(moment: dt.datetime) -> dt.datetime:
    """The service hands out aware local times; the pages print wall-clock times."""
    return moment.astimezone().replace(tzinfo=None)


def _language_name(code: str) -> str:
    # A language by its own name, but Dari and Pashto by their Latin names: an
    # Arabic word in a cell of Cyrillic would be reordered right to left.
    name = vocab.LANGUAGES.get(code, code)
    if "(" in name and name.endswith(")"):
        name = name[name.index("(") + 1:-1]
    return name


def need_label(lang: str, need: NeedRow) -> str:
    """A skill, certificate or language a shift asks for, in the page's language."""
    if need.kind == "language":
        return fill(translate(lang, "VolunteerPages", LANGUAGE_NEED), _language_name(need.code))
    table = TRAININGS if need.code in TRAININGS else SKILLS
    source = table.get(need.code)
    return translate(lang, "Volunteers", source) if source else need.code


def _branch_name(shifts: ShiftPlanning | VolunteerHours) -> str:
    with shifts.db.read() as s:
        return s.execute(select(Branch.name).where(Branch.is_local.is_(True))).scalar_one_or_none() or ""


# -- the weekly roster -------------------------------------------------------------
def roster_data(shifts: ShiftPlanning, iso_year: int, iso_week: int, lang: str, *,
                printed_on: dt.date | None = None) -> RosterData:
    """The week's shifts, every active site a row (a site with no shift this
    week keeps its row); volunteers who declined stay on the page struck out,
    their place shown open."""
    check_language(lang)
    plan = shifts.week_plan(iso_year, iso_week)
    rows = []
    for r in plan.shifts:
        rows.append(RosterShift(
            site=r.site_name, starts=_wall(r.starts_at), ends=_wall(r.ends_at), places=r.headcount,
            needs=tuple(RosterNeed(n.needed, need_label(lang, n)) for n in r.needs if n.kind != "none"),
            volunteers=tuple(RosterVolunteer(a.volunteer_name, a.status) for a in r.assignments), title=r.title))
    return RosterData(branch_name=_branch_name(shifts), monday=plan.days[0], shifts=tuple(rows), lang=lang,
                      sites=tuple(x.name for x in plan.sites), printed_on=printed_on or dt.date.today())


def roster_pdf(shifts: ShiftPlanning, iso_year: int, iso_week: int, lang: str) -> bytes:
    return render_roster(roster_data(shifts, iso_year, iso_week, lang))


# -- the daily sign-in sheet ----------------------------------------------------------
def sign_in_data(shifts: ShiftPlanning, day: dt.date, lang: str) -> SignInData:
    """The day's shifts in the order the desk meets them: by time, then site."""
    check_language(lang)
    sheet = shifts.sign_in_sheet(day)
    by_name = sort_key(lang)
    ordered = sorted(sheet.shifts, key=lambda x: (x.starts_at, by_name(x.site_name), x.ends_at))
    return SignInData(branch_name=sheet.branch_name, day=sheet.day, lang=lang, shifts=tuple(
        SignInShift(site=x.site_name, starts=_wall(x.starts_at), ends=_wall(x.ends_at), task=x.title,
                    volunteers=tuple(SignInVolunteer(line.name, line.number) for line in x.lines))
        for x in ordered))


def sign_in_pdf(shifts: ShiftPlanning, day: dt.date, lang: str) -> bytes:
    return render_sign_in_sheet(sign_in_data(shifts, day, lang))


# -- a volunteer's service record --------------------------------------------------------
def service_record_data(shifts: VolunteerHours, volunteer_id: uuid.UUID, lang: str, *,
                        from_date: dt.date | None = None, to_date: dt.date | None = None,
                        issued_on: dt.date | None = None) -> ServiceRecordData:
    """Completed shifts from ``from_date`` to ``to_date`` (default: all of
    them) and the trainings completed by the day of issue. The director signs
    the page: their name is printed when a director makes it."""
    check_language(lang)
    issued_on = issued_on or dt.date.today()
    record = shifts.service_record(volunteer_id)
    entries = [e for e in record.entries
               if (from_date is None or e.day >= from_date) and (to_date is None or e.day <= to_date)]
    days = [e.day for e in entries]
    start = from_date or (min(days) if days else issued_on)
    end = to_date or (max(days) if days else issued_on)
    page = VolunteerService(shifts.db, shifts.identity).get(volunteer_id)
    trainings = tuple(ServiceTraining(translate(lang, "Volunteers", TRAININGS[t.kind]) if t.kind in TRAININGS
                                      else t.kind, t.completed_on, t.expires_on)
                      for t in page.form.trainings if t.completed_on is not None and t.completed_on <= issued_on)
    director = shifts.identity.display_name if shifts.identity.role is Role.DIRECTOR else ""
    return ServiceRecordData(
        branch_name=record.branch_name, volunteer_name=record.name, registration_number=record.number,
        period_start=min(start, end), period_end=end, issued_on=issued_on, lang=lang, trainings=trainings,
        director_name=director,
        shifts=tuple(ServiceShift(e.day, e.site_name, e.title, e.hours) for e in entries))


def service_record_pdf(shifts: VolunteerHours, volunteer_id: uuid.UUID, lang: str, *,
                       from_date: dt.date | None = None, to_date: dt.date | None = None) -> bytes:
    return render_service_record(service_record_data(shifts, volunteer_id, lang, from_date=from_date,
                                                     to_date=to_date))


# -- the hours workbook ----------------------------------------------------------------
def hours_data(shifts: ShiftPlanning, from_date: dt.date, to_date: dt.date) -> HoursData:
    """Every completed assignment credited with time on shifts starting from ``from_date``
    to ``to_date``: the same hours as VolunteerHours.hours_by_volunteer_and_month,
    with the day and site of each. Every month of the period gets a column."""
    # The shifts themselves are the desk's to see too; the hours are the register's.
    require(shifts.identity.role, Action.VIEW_VOLUNTEERS)
    if to_date < from_date:
        raise Refused(QCoreApplication.translate("VolunteerPages", "The period ends before it starts."))
    rows = shifts.shifts(from_date, to_date)
    entries = tuple(HoursEntry(_wall(r.starts_at).date(), a.volunteer_name, a.volunteer_number, r.site_name,
                               a.minutes / 60)
                    for r in rows for a in r.assignments if a.status == "completed" and a.minutes > 0)
    return HoursData(branch_name=_branch_name(shifts), entries=entries, first_month=from_date, last_month=to_date)


def hours_xlsx(shifts: ShiftPlanning, from_date: dt.date, to_date: dt.date, path: str | os.PathLike,
               lang: str) -> Path:
    """The workbook written to ``path`` in one step (see desktop.files)."""
    check_language(lang)
    return write_hours_workbook(hours_data(shifts, from_date, to_date), path, lang)
