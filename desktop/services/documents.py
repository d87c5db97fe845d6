"""Every printed or saved document, made in one place.

A ``DocumentService`` method is one document: it checks the permission,
gathers what the document says in one read transaction (``Database.snapshot``),
renders it in memory and returns a ``Document``: a title for a print queue or
a window (never a person's name), a suggested file name, the media type, the
bytes, and what it is about. Nothing is written here and nothing is counted.

The window or the command line then saves or prints the bytes and reports
that with ``delivered()``: only then is a referral letter counted (so the
first letter that really reached paper or a file is the original, and every
later one says COPY) and audited; every other document is audited there too.
A document made for a preview says PREVIEW (a letter: on every page) and is
never delivered; a save or print that failed delivered nothing.

Adding a document is one method: gather in ``with self.db.snapshot():``,
render (ReportLab and XlsxWriter are imported there, not at start-up), and
return ``Document(...)`` with a ``kind`` listed in KINDS.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import select

from desktop.models import Branch, Person, Referral, Role
from desktop.models.journal import record_audit
from desktop.reports.hours_xlsx import HoursData, HoursEntry
from desktop.reports.labels import translate
from desktop.reports.letter import LetterData
from desktop.reports.roster import (RosterData, RosterNeed, RosterShift, RosterVolunteer, ServiceRecordData,
                                    ServiceShift, ServiceTraining, SignInData, SignInShift, SignInVolunteer,
                                    check_language, sort_key, week_monday)

from . import vocab
from .accounts import Identity
from .changes import REFERRAL, Change
from ..errors import NotFound, Refused
from ..i18n import LANGUAGES, fill
from .permissions import Action, require
from .referrals import ReferralService, qr_payload, require_sharing_consent
from .shift_planning import ShiftPlanning
from .shift_rows import NeedRow
from .rights import RightsService
from .storage import Database
from .volunteer_hours import VolunteerHours
from .volunteers import SKILLS, TRAININGS, VolunteerService

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"

# Each kind of document and who may make (and so deliver) it.
KINDS = {
    "letter": Action.PRINT_LETTER,
    "roster": Action.SEE_SHIFTS,
    "sign_in_sheet": Action.SEE_SHIFTS,
    "service_record": Action.VIEW_VOLUNTEERS,
    "hours_workbook": Action.VIEW_VOLUNTEERS,
    "subject_access": Action.SUBJECT_ACCESS,
    "report": Action.VIEW_STATISTICS,
}
PRINTER, FILE = "printer", "file"

#: A shift's need for volunteers who work in a language; %1 is the language's own name.
LANGUAGE_NEED = QT_TRANSLATE_NOOP("VolunteerPages", "language: %1")


@dataclass(frozen=True)
class Document:
    """A document made and held in memory, ready to preview, save or print."""

    kind: str              # a key of KINDS
    title: str             # for a print queue or a window: no person's name
    file_name: str         # suggested, e.g. KZ-ALA-2026-000123.pdf
    media_type: str        # PDF or XLSX
    content: bytes
    record_type: str       # what it is about: referral, volunteer, week, day, period
    record_ids: tuple[str, ...]
    preview: bool = False  # made to be looked at: marked so, never delivered
    copy: bool = False     # a referral letter printed before: says COPY

    @property
    def is_pdf(self) -> bool:
        return self.media_type == PDF

    @property
    def counted(self) -> bool:
        """Every printing after the first says COPY (referral letters)."""
        return self.kind == "letter"


class DocumentService:
    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity
        self.planning = ShiftPlanning(db, identity)
        self.hours = VolunteerHours(db, identity)

    def _require(self, kind: str) -> None:
        require(self.identity.role, KINDS[kind])

    # -- referral letters ------------------------------------------------------------
    def letter_data(self, letter_number: str, *, languages: tuple[str, ...] = ("kk", "ru"),
                    preview: bool = False) -> LetterData:
        """What the issued letter says (frozen at issue: every printing says the
        same), in ``languages``; a copy when it reached paper or a file before."""
        self._require("letter")
        languages = check_letter_languages(languages)
        with self.db.snapshot() as s:
            return self._letter_data(s, letter_number, languages, preview=preview)[1]

    def _letter_data(self, s, letter_number: str, languages: tuple[str, ...], *,
                     preview: bool) -> tuple[Referral, LetterData]:
        r = s.execute(select(Referral).where(Referral.letter_number == letter_number.strip().upper())
                      ).scalar_one_or_none()
        if r is None or not r.letter_content:
            raise NotFound(QCoreApplication.translate("Referrals", "There is no issued letter %1."), letter_number)
        # Withdrawn since the letter was issued: no new copy carries their details.
        require_sharing_consent(s, s.get(Person, r.person_id))
        content = json.loads(r.letter_content)
        return r, letter_data(content, check_code=r.check_code, languages=languages,
                              copy=r.copies_printed > 0 and not preview, preview=preview)

    def letter(self, letter_number: str, *, languages: tuple[str, ...] = ("kk", "ru"),
               preview: bool = False) -> Document:
        self._require("letter")
        languages = check_letter_languages(languages)
        with self.db.snapshot() as s:
            r, data = self._letter_data(s, letter_number, languages, preview=preview)
        return _letter_document(r.id, data)

    def letters_issued_today(self, *, languages: tuple[str, ...] = ("kk", "ru"), today: dt.date | None = None,
                             progress: Callable[[int, int], None] | None = None,
                             cancelled: Callable[[], bool] | None = None) -> tuple[Document, ...]:
        """Today's batch: every letter issued today, in the order of the list.
        ``progress(done, total)`` hears of each letter made; when ``cancelled()``
        says so, the letters made so far are returned."""
        self._require("letter")
        languages = check_letter_languages(languages)
        with self.db.snapshot() as s:
            # A letter cancelled since it was issued this morning is not to be handed out.
            rows = [row for row in ReferralService(self.db, self.identity).list(view="issued_today", today=today)
                    if row.letter_number and row.status != "cancelled"]
            gathered = [self._letter_data(s, row.letter_number, languages, preview=False) for row in rows]
        made = []
        for r, data in gathered:
            if cancelled is not None and cancelled():
                break
            made.append(_letter_document(r.id, data))
            if progress is not None:
                progress(len(made), len(gathered))
        return tuple(made)

    # -- the volunteers' pages -------------------------------------------------------
    def roster(self, iso_year: int, iso_week_number: int, *, lang: str, preview: bool = False) -> Document:
        """The week's roster, A4 landscape."""
        self._require("roster")
        with self.db.snapshot():
            data = roster_data(self.planning, iso_year, iso_week_number, lang)
        from desktop.reports.roster_layout import render_roster

        week = data.week
        return Document("roster", fill(QCoreApplication.translate("Documents", "Roster %1"), week),
                        f"roster-{week}.pdf", PDF, render_roster(data), "week", (week,), preview=preview)

    def sign_in_sheet(self, day: dt.date, *, lang: str, preview: bool = False) -> Document:
        """The day's sign-in sheet for the desk, A4 portrait."""
        self._require("sign_in_sheet")
        with self.db.snapshot():
            data = sign_in_data(self.planning, day, lang)
        from desktop.reports.roster_layout import render_sign_in_sheet

        return Document("sign_in_sheet", fill(QCoreApplication.translate("Documents", "Sign-in sheet %1"),
                                              day.strftime("%d.%m.%Y")),
                        f"sign-in-{day:%Y-%m-%d}.pdf", PDF, render_sign_in_sheet(data), "day", (day.isoformat(),),
                        preview=preview)

    def service_record(self, volunteer_id: uuid.UUID, *, lang: str, from_date: dt.date | None = None,
                       to_date: dt.date | None = None, preview: bool = False) -> Document:
        """A volunteer's service record, titled by their registration number."""
        self._require("service_record")
        with self.db.snapshot():
            data = service_record_data(self.hours, volunteer_id, lang, from_date=from_date, to_date=to_date)
        from desktop.reports.roster_layout import render_service_record

        number = data.registration_number
        return Document("service_record", fill(QCoreApplication.translate("Documents", "Service record %1"), number),
                        f"{number}.pdf", PDF, render_service_record(data), "volunteer", (str(volunteer_id),),
                        preview=preview)

    def hours_workbook(self, from_date: dt.date, to_date: dt.date, *, lang: str) -> Document:
        """The hours by volunteer and month, an XLSX workbook made in memory."""
        self._require("hours_workbook")
        check_language(lang)
        with self.db.snapshot():
            data = hours_data(self.planning, from_date, to_date)
        from desktop.reports.hours_xlsx import hours_workbook

        period = f"{from_date:%Y-%m-%d}-{to_date:%Y-%m-%d}"
        return Document("hours_workbook", fill(QCoreApplication.translate("Documents", "Volunteer hours %1"),
                                               f"{from_date:%d.%m.%Y}–{to_date:%d.%m.%Y}"),
                        f"hours-{period}.xlsx", XLSX, hours_workbook(data, lang), "period", (period,))

    # -- a person's rights ---------------------------------------------------------------
    def subject_access(self, person_id: uuid.UUID, *, lang: str, preview: bool = False) -> Document:
        """Everything held about a person, for them (A4, in ``lang``), titled by
        their registration number. Its restricted health information is seen
        by whoever makes it, preview or not: that viewing is audited here."""
        self._require("subject_access")
        check_language(lang)
        with self.db.snapshot():
            data = RightsService(self.db, self.identity).everything_held(person_id, lang=lang)
        with self.db.session(self.identity.username) as s:
            record_audit(s, "health.view", record_type="person", record_id=person_id, via="subject_access",
                         preview=preview)
        from desktop.reports.subject_access_layout import render_subject_access

        return Document("subject_access", fill(QCoreApplication.translate("Documents", "Everything held %1"),
                                               data.number),
                        f"{data.number}-everything-held.pdf", PDF, render_subject_access(data), "person",
                        (str(person_id),), preview=preview)
    def report_csv(self, period, *, exact: bool = False, filters=None) -> Document:
        """The branch's figures for ``period`` as the long CSV
        (services.statistics_report), small counts withheld unless ``exact``."""
        from .statistics_report import csv_bytes

        report, _ = self._report(period, exact=exact, filters=filters, record=True)
        return Document("report", fill(QCoreApplication.translate("Documents", "Report %1"), period.code()),
                        self._report_file_name(report, period, ".csv"), CSV, csv_bytes(report), "period",
                        (period.code(),))

    def report_pdf(self, period, *, lang: str, exact: bool = False, filters=None,
                   preview: bool = False) -> Document:
        """The branch's figures for ``period`` in ``lang`` as a PDF: the totals,
        the months' bars, each breakdown with its chart, the note on how they
        are counted. Small counts withheld unless ``exact`` (recorded in the
        audit trail, except for a preview, which stays on the screen)."""
        from desktop.reports.figures_pdf import render_figures

        from .statistics_report import check_language, figures_data

        check_language(lang)
        report, staff_name = self._report(period, exact=exact, filters=filters, record=not preview)
        content = render_figures(figures_data(report, lang, staff_name=staff_name))
        return Document("report", fill(QCoreApplication.translate("Documents", "Report %1"), period.code()),
                        self._report_file_name(report, period, ".pdf", lang), PDF, content, "period",
                        (period.code(),), preview=preview)

    def report_xlsx(self, period, *, lang: str, exact: bool = False, filters=None) -> Document:
        """The same figures as a workbook: a sheet for each table, with its chart."""
        from desktop.reports.figures_xlsx import figures_workbook

        from .statistics_report import check_language, figures_data

        check_language(lang)
        report, staff_name = self._report(period, exact=exact, filters=filters, record=True)
        content = figures_workbook(figures_data(report, lang, staff_name=staff_name))
        return Document("report", fill(QCoreApplication.translate("Documents", "Report %1"), period.code()),
                        self._report_file_name(report, period, ".xlsx", lang), XLSX, content, "period",
                        (period.code(),))

    def _report(self, period, *, exact: bool, filters, record: bool):
        """The report, gathered in one read; an exact one recorded after it
        (a write cannot start inside the read's snapshot)."""
        self._require("report")
        from desktop.models import User

        from .statistics import Filters, StatisticsService
        from .statistics_report import ReportService

        filters = filters or Filters()
        reports = ReportService(StatisticsService(self.db, self.identity))
        with self.db.snapshot() as s:
            report = reports.report(period, exact=exact, filters=filters, record=False)
            staff_name = ""
            if filters.staff:
                staff_name = s.execute(select(User.display_name).where(User.username == filters.staff)
                                       ).scalar_one_or_none() or filters.staff
        if exact and record:
            reports.record_exact(period, filters)
        return report, staff_name

    @staticmethod
    def _report_file_name(report, period, suffix: str, lang: str = "") -> str:
        code = period.code().replace("..", "_")
        language = f"-{lang}" if lang else ""
        exact = "-exact" if report.exact else ""
        return f"{report.branch_code or 'report'}-{code}{language}{exact}{suffix}"

    # -- delivered -----------------------------------------------------------------------
    def delivered(self, document: Document, *, to: str, copies: int = 1) -> None:
        """The document reached a printer (``to=PRINTER``, ``copies`` of it) or a
        file (``to=FILE``). A letter is counted here, and every document audited."""
        self._require(document.kind)
        if document.preview:
            raise ValueError("a preview is never delivered: make the document again to print or save it")
        if to not in (PRINTER, FILE) or copies < 1:
            raise ValueError(f"delivered to {to!r}, {copies} copies?")
        if document.kind == "letter":
            with self.db.session(self.identity.username) as s:
                r = s.get(Referral, uuid.UUID(document.record_ids[0]))
                if r is None:
                    raise NotFound(QCoreApplication.translate("Referrals", "This referral no longer exists."))
                r.copies_printed += copies
                record_audit(s, "letter.print", record_type="referral", record_id=r.id, letter=r.letter_number,
                             copy=document.copy, to=to, copies=copies)
                referral_id, person_id = r.id, r.person_id
            # The referral counts its printed copies: the windows showing it hear of it.
            self.db.changes.publish(Change.of(REFERRAL, referral_id, person=person_id))
            return
        with self.db.session(self.identity.username) as s:
            record_audit(s, "document.print" if to == PRINTER else "document.save", record_type=document.record_type,
                         record_id=document.record_ids[0] if len(document.record_ids) == 1 else "",
                         kind=document.kind, records=list(document.record_ids), copies=copies)


def parse_week(text: str) -> tuple[int, int]:
    """An ISO 8601 week written "2026-W48": (2026, 48); ValueError otherwise."""
    year, week, _ = week_monday(text).isocalendar()
    return year, week


def check_letter_languages(languages) -> tuple[str, ...]:
    langs = tuple(languages)
    if not 1 <= len(langs) <= 3 or len(set(langs)) != len(langs) or not set(langs) <= set(LANGUAGES):
        raise Refused(QCoreApplication.translate("Documents", "A letter is in one to three of kk, ru, en."))
    return langs


def _letter_document(referral_id: uuid.UUID, data: LetterData) -> Document:
    from desktop.reports.letter_layout import render_letter

    return Document("letter", data.letter_number, f"{data.letter_number}.pdf", PDF, render_letter(data),
                    "referral", (str(referral_id),), preview=data.preview, copy=data.copy)


# -- what a letter says ---------------------------------------------------------------
def letter_data(content: dict, *, check_code: str, languages: tuple[str, ...] = ("kk", "ru"), copy: bool = False,
                preview: bool = False) -> LetterData:
    """The printable letter from what was frozen at issue (ReferralService.issue_letter)."""
    first = languages[0] if languages else "en"
    facts = []
    for code, value in content["facts"]:
        if code == "citizenship":
            value = vocab.country_name(value, first)
        elif code == "languages":
            value = ", ".join(_language_name(c) for c in value.split(",") if c)
        elif code == "document":
            kind, _, number = value.partition(": ")
            source = vocab.DOCUMENT_TYPES.get(kind)
            value = f"{QCoreApplication.translate('Vocab', source) if source else kind}: {number}" if number else value
        facts.append((code, value))
    provider = content["provider"]
    number = content["letter_number"]
    return LetterData(
        letter_number=number, issued_on=dt.date.fromisoformat(content["issued_on"]),
        branch_name=content["branch_name"], branch_code=content["branch_code"], priority=content["priority"],
        due_date=dt.date.fromisoformat(content["due_date"]),
        provider_name_kk=provider.get("name_kk", ""), provider_name_ru=provider.get("name_ru", ""),
        provider_name_en=provider.get("name_en", ""), provider_address=provider.get("address", ""),
        provider_phone=provider.get("phone", ""), service=content["service"], facts=tuple(facts),
        signatory_name=content["signatory"], qr_payload=qr_payload(number, check_code), check_code=check_code,
        reason=content["reason"], languages=tuple(languages), copy=copy, preview=preview)


def _language_name(code: str) -> str:
    """A language's own name, but Dari and Pashto by their Latin names: a list
    mixing scripts would be reordered right to left around the Arabic."""
    name = vocab.LANGUAGES.get(code, code)
    if "(" in name and name.endswith(")"):
        name = name[name.index("(") + 1:-1]
    return name


# -- what the volunteers' pages say ------------------------------------------------------
# Each page is in the one language asked for (kk, ru or en), whatever the
# interface speaks: need and training labels are looked up in that language's
# catalogue (reports.labels), not through the installed translator.

def _wall(moment: dt.datetime) -> dt.datetime:
    """The shift service hands out aware local times; the pages print wall-clock times."""
    return moment.astimezone().replace(tzinfo=None)


def need_label(lang: str, need: NeedRow) -> str:
    """A skill, certificate or language a shift asks for, in the page's language."""
    if need.kind == "language":
        return fill(translate(lang, "VolunteerPages", LANGUAGE_NEED), _language_name(need.code))
    table = TRAININGS if need.code in TRAININGS else SKILLS
    source = table.get(need.code)
    return translate(lang, "Volunteers", source) if source else need.code


def _branch_name(db: Database) -> str:
    with db.read() as s:
        return s.execute(select(Branch.name).where(Branch.is_local.is_(True))).scalar_one_or_none() or ""


def roster_data(shifts: ShiftPlanning, iso_year: int, iso_week_number: int, lang: str, *,
                printed_on: dt.date | None = None) -> RosterData:
    """The week's shifts, every active site a row (a site with no shift this
    week keeps its row); volunteers who declined stay on the page struck out,
    their place shown open."""
    check_language(lang)
    plan = shifts.week_plan(iso_year, iso_week_number)
    rows = []
    for r in plan.shifts:
        rows.append(RosterShift(
            site=r.site_name, starts=_wall(r.starts_at), ends=_wall(r.ends_at), places=r.headcount,
            needs=tuple(RosterNeed(n.needed, need_label(lang, n)) for n in r.needs if n.kind != "none"),
            volunteers=tuple(RosterVolunteer(a.volunteer_name, a.status) for a in r.assignments), title=r.title))
    return RosterData(branch_name=_branch_name(shifts.db), monday=plan.days[0], shifts=tuple(rows), lang=lang,
                      sites=tuple(x.name for x in plan.sites), printed_on=printed_on or dt.date.today())


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
    return HoursData(branch_name=_branch_name(shifts.db), entries=entries, first_month=from_date,
                     last_month=to_date)

