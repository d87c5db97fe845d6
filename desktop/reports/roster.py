"""The volunteers' printed pages: the week's roster, the day's sign-in sheet
and a volunteer's service record.

The caller decides what the pages say (plain values, names already as they
should be printed, needs already in the page's language); this module holds
those values and checks them, and roster_layout.py (ReportLab, loaded with
the first page) lays them out and renders them:

- the roster, A4 landscape: one week, days across and sites down, in each
  cell the shifts with their time, needs, volunteers and open places, the
  open places marked so a coordinator sees the gaps from across the room;
- the sign-in sheet, A4 portrait: one day, a table per shift to fill in by
  hand at the desk (time in, time out, signature), with blank rows for
  volunteers who come unplanned;
- the service record: a volunteer's completed shifts and trainings over a
  period with the total hours, signed by the director, the basis of a
  certificate.

Each page is in one language (kk, ru or en), its labels taken from the
interface's catalogue, context "Roster"; weekday and month names from the
language's locale (CLDR, through QLocale).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QCoreApplication, QLocale

from desktop.i18n import LANGUAGES

# Who fills a place (one who declined or did not come leaves it open): the one
# rule the week plan on screen follows too; its reasons are beside it.
from desktop.models.volunteer import FILLS_A_PLACE

CONTEXT = "Roster"

LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}

# An assignment's status as the roster shows it beside the name; a confirmed
# volunteer needs no remark.
STATUSES = {
    "assigned": QT_TRANSLATE_NOOP("Roster", "not yet confirmed"),
    "confirmed": "",
    "declined": QT_TRANSLATE_NOOP("Roster", "declined"),
    "completed": QT_TRANSLATE_NOOP("Roster", "completed"),
    "no_show": QT_TRANSLATE_NOOP("Roster", "did not come"),
}
WORDS = {
    "roster": QT_TRANSLATE_NOOP("Roster", "Weekly roster"),
    "sign_in": QT_TRANSLATE_NOOP("Roster", "Daily sign-in sheet"),
    "record": QT_TRANSLATE_NOOP("Roster", "Volunteer service record"),
    #: %1 is this page's number, %2 the number of pages.
    "page": QT_TRANSLATE_NOOP("Roster", "Page %1 of %2"),
    #: %1 is the ISO week, e.g. 2026-W48.
    "week": QT_TRANSLATE_NOOP("Roster", "Week %1"),
    "site": QT_TRANSLATE_NOOP("Roster", "Site"),
    #: Beside a site's name on the page its row runs over to.
    "continued": QT_TRANSLATE_NOOP("Roster", "continued"),
    # counted: see _counted_words
    "open": "%n place(s) open",
    "shifts": "%n shift(s)",
    "no_shifts_week": QT_TRANSLATE_NOOP("Roster", "No shifts planned this week."),
    "no_shifts_day": QT_TRANSLATE_NOOP("Roster", "No shifts planned on this day."),
    "legend": QT_TRANSLATE_NOOP("Roster", "Legend"),
    "legend_open": QT_TRANSLATE_NOOP("Roster", "places nobody fills yet: find a volunteer"),
    "legend_need": QT_TRANSLATE_NOOP("Roster", "how many volunteers with this skill or language the shift needs"),
    "legend_status": QT_TRANSLATE_NOOP("Roster", "volunteer assigned who has not confirmed yet"),
    "legend_declined": QT_TRANSLATE_NOOP("Roster", "volunteers who declined or did not come leave the place open"),
    #: %1 is a date.
    "printed_on": QT_TRANSLATE_NOOP("Roster", "Printed on %1"),
    "number": QT_TRANSLATE_NOOP("Roster", "No."),
    "name": QT_TRANSLATE_NOOP("Roster", "Name"),
    "registration": QT_TRANSLATE_NOOP("Roster", "Registration number"),
    "planned": QT_TRANSLATE_NOOP("Roster", "Planned"),
    "time_in": QT_TRANSLATE_NOOP("Roster", "Time in"),
    "time_out": QT_TRANSLATE_NOOP("Roster", "Time out"),
    "signature": QT_TRANSLATE_NOOP("Roster", "Signature"),
    "unplanned": QT_TRANSLATE_NOOP("Roster",
                                   "Volunteers who came without being planned: write them in the empty rows."),
    "coordinator": QT_TRANSLATE_NOOP("Roster", "Coordinator"),
    "branch": QT_TRANSLATE_NOOP("Roster", "Branch"),
    "volunteer": QT_TRANSLATE_NOOP("Roster", "Volunteer"),
    "period": QT_TRANSLATE_NOOP("Roster", "Period"),
    "date": QT_TRANSLATE_NOOP("Roster", "Date"),
    "task": QT_TRANSLATE_NOOP("Roster", "Task"),
    "hours": QT_TRANSLATE_NOOP("Roster", "Hours"),
    "total_hours": QT_TRANSLATE_NOOP("Roster", "Total hours"),
    "completed_shifts": QT_TRANSLATE_NOOP("Roster", "Completed shifts"),
    "no_completed": QT_TRANSLATE_NOOP("Roster", "No completed shifts in this period."),
    "trainings": QT_TRANSLATE_NOOP("Roster", "Trainings"),
    "training": QT_TRANSLATE_NOOP("Roster", "Training"),
    "trained_on": QT_TRANSLATE_NOOP("Roster", "Completed on"),
    "valid_until": QT_TRANSLATE_NOOP("Roster", "Valid until"),
    #: %1 is the volunteer's name, %2 the branch's.
    "record_text": QT_TRANSLATE_NOOP(
        "Roster", "%1 gave volunteer service to %2 in the period shown and completed the shifts listed below."),
    "director": QT_TRANSLATE_NOOP("Roster", "Director"),
    "stamp": QT_TRANSLATE_NOOP("Roster", "Stamp"),
    "issued_on": QT_TRANSLATE_NOOP("Roster", "Issued on"),
}


def _counted_words() -> tuple[str, ...]:
    """Never called: here for pyside6-lupdate, which gives a string its plural
    forms only when it sees a literal count in a translate() call (not in
    QT_TRANSLATE_NOOP, not with a variable count, and a string it also meets
    in QT_TRANSLATE_NOOP loses them). The pages look these strings up in
    their own language through labels.translate_count."""
    return (QCoreApplication.translate("Roster", "%n place(s) open", "", 2),
            QCoreApplication.translate("Roster", "%n shift(s)", "", 2))


# -- dates, times and numbers in the page's language -------------------------------

def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"a page is in one of {LANGUAGES}, not {lang!r}")
    return lang


def _capitalised(text: str) -> str:
    # CLDR writes Kazakh and Russian weekdays in lower case; a column heading starts with a capital.
    return text[:1].upper() + text[1:]


def weekday_name(lang: str, day: dt.date) -> str:
    return _capitalised(QLocale(LOCALES[check_language(lang)]).standaloneDayName(
        day.isoweekday(), QLocale.FormatType.LongFormat))


def month_name(lang: str, year: int, month: int) -> str:
    """"Қараша 2026", "Ноябрь 2026", "November 2026": a column heading."""
    name = QLocale(LOCALES[check_language(lang)]).standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{_capitalised(name)} {year}"


def sort_key(lang: str):
    """A key that puts names in the language's alphabetical order: Cyrillic
    before Latin in Kazakh and Russian (CLDR collation, through QCollator)."""
    return functools.cmp_to_key(QCollator(QLocale(LOCALES[check_language(lang)])).compare)


def format_date(day: dt.date) -> str:
    # The same day.month.year as the referral letters, in every language.
    return day.strftime("%d.%m.%Y")


def format_time(moment: dt.datetime | dt.time) -> str:
    return moment.strftime("%H:%M")


def format_hours(hours: float, lang: str) -> str:
    """Hours as people write them in the language: "7,5" in Kazakh and Russian,
    "7.5" in English, "8" rather than "8,00"."""
    locale = QLocale(LOCALES[check_language(lang)])
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(round(float(hours), 2), "f", 2)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def iso_week(monday: dt.date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def week_monday(week: str) -> dt.date:
    """The Monday of an ISO 8601 week written "2026-W48"."""
    found = re.fullmatch(r"(\d{4})-?W(\d{2})", week.strip(), re.I)
    if not found:
        raise ValueError(f"a week is written like 2026-W48, not {week!r}")
    return dt.date.fromisocalendar(int(found[1]), int(found[2]), 1)


# -- the weekly roster ---------------------------------------------------------------

@dataclass(frozen=True)
class RosterNeed:
    """What a shift asks for, e.g. 2 × "interpreter: Russian"; the label is
    already in the page's language."""

    count: int
    label: str


@dataclass(frozen=True)
class RosterVolunteer:
    name: str
    status: str = "confirmed"  # a code from STATUSES

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"unknown assignment status {self.status!r}")


@dataclass(frozen=True)
class RosterShift:
    site: str
    starts: dt.datetime
    ends: dt.datetime
    places: int  # how many volunteers the shift needs in all
    needs: tuple[RosterNeed, ...] = ()
    volunteers: tuple[RosterVolunteer, ...] = ()
    title: str = ""  # what the shift is for, as the coordinator wrote it

    def __post_init__(self):
        if self.ends <= self.starts:
            raise ValueError(f"a shift ends after it starts: {self.starts} – {self.ends}")
        if self.places < 0:
            raise ValueError("a shift cannot need fewer than no volunteers")
        object.__setattr__(self, "needs", tuple(self.needs))
        object.__setattr__(self, "volunteers", tuple(self.volunteers))

    @property
    def open_places(self) -> int:
        return max(0, self.places - sum(v.status in FILLS_A_PLACE for v in self.volunteers))


@dataclass(frozen=True)
class RosterData:
    """One week of shifts. `sites` gives the rows' order and keeps a row for a
    site without shifts this week; a site only named by a shift comes after
    them, in alphabetical order."""

    branch_name: str
    monday: dt.date
    shifts: tuple[RosterShift, ...]
    lang: str = "en"
    sites: tuple[str, ...] = ()
    printed_on: dt.date | None = None

    def __post_init__(self):
        check_language(self.lang)
        if self.monday.weekday() != 0:
            raise ValueError(f"a roster's week starts on a Monday, not on {self.monday:%A}")
        object.__setattr__(self, "shifts", tuple(self.shifts))
        object.__setattr__(self, "sites", tuple(self.sites))
        outside = [s for s in self.shifts if not self.monday <= s.starts.date() <= self.sunday]
        if outside:
            raise ValueError(f"{len(outside)} shift(s) start outside the week {self.week}")

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)

    @property
    def week(self) -> str:
        return iso_week(self.monday)

    def rows(self) -> list[str]:
        seen = set(self.sites)
        extra = sorted({s.site for s in self.shifts} - seen, key=sort_key(self.lang))
        return list(dict.fromkeys(self.sites)) + extra


# -- the daily sign-in sheet ------------------------------------------------------------

@dataclass(frozen=True)
class SignInVolunteer:
    """A volunteer expected on a shift; planned times other than the shift's
    (a volunteer who comes later or leaves earlier) are given here."""

    name: str
    registration_number: str
    starts: dt.datetime | None = None
    ends: dt.datetime | None = None


@dataclass(frozen=True)
class SignInShift:
    site: str
    starts: dt.datetime
    ends: dt.datetime
    volunteers: tuple[SignInVolunteer, ...] = ()
    task: str = ""  # what the shift is for, in the page's language

    def __post_init__(self):
        if self.ends <= self.starts:
            raise ValueError(f"a shift ends after it starts: {self.starts} – {self.ends}")
        object.__setattr__(self, "volunteers", tuple(self.volunteers))


@dataclass(frozen=True)
class SignInData:
    branch_name: str
    day: dt.date
    shifts: tuple[SignInShift, ...]
    lang: str = "en"
    blank_rows: int = 3  # per shift, for volunteers who come unplanned

    def __post_init__(self):
        check_language(self.lang)
        if self.blank_rows < 0:
            raise ValueError("blank rows cannot be fewer than none")
        object.__setattr__(self, "shifts", tuple(self.shifts))
        other_days = [s for s in self.shifts if s.starts.date() != self.day]
        if other_days:
            raise ValueError(f"{len(other_days)} shift(s) start on another day than {self.day}")


# -- a volunteer's service record ----------------------------------------------------

@dataclass(frozen=True)
class ServiceShift:
    """A completed shift; site and task as they should be printed."""

    day: dt.date
    site: str
    task: str
    hours: float


@dataclass(frozen=True)
class ServiceTraining:
    name: str
    completed_on: dt.date
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class ServiceRecordData:
    branch_name: str
    volunteer_name: str
    registration_number: str
    period_start: dt.date
    period_end: dt.date
    shifts: tuple[ServiceShift, ...]
    issued_on: dt.date
    lang: str = "en"
    trainings: tuple[ServiceTraining, ...] = ()
    director_name: str = ""
    branch_address: str = ""

    def __post_init__(self):
        check_language(self.lang)
        if self.period_end < self.period_start:
            raise ValueError(f"the period ends before it starts: {self.period_start} – {self.period_end}")
        object.__setattr__(self, "shifts", tuple(sorted(self.shifts, key=lambda s: s.day)))
        object.__setattr__(self, "trainings", tuple(sorted(self.trainings, key=lambda t: t.completed_on)))
        outside = [s for s in self.shifts if not self.period_start <= s.day <= self.period_end]
        if outside:
            raise ValueError(f"{len(outside)} shift(s) fall outside the period")
        if any(s.hours < 0 for s in self.shifts):
            raise ValueError("a shift's hours cannot be negative")

    @property
    def total_hours(self) -> float:
        return round(sum(float(s.hours) for s in self.shifts), 2)

