"""The branch's figures for a period: people reached, visits and needs,
referrals, volunteers — counted in the database, never a name.

How people are counted (the report's note says the same in kk, ru and en):

- A person is **reached** in a period when at least one visit of theirs falls
  on a day of the period (the branch's local days, first and last included).
  A person is counted once however many times they came. Records merged into
  another count as the one person they became (their visits moved with them);
  deleted records and deleted visits do not count.
- A person reached is **new** when they had no visit on any day before the
  period: their first visit ever is in it. Otherwise they are **returning**.
  Both are decided on the branch's whole record, whatever the filters: with a
  filter on a staff member, a person that member saw for the first time is
  still "returning" if someone else saw them earlier.
- A person's **age** is their age on the last day of the period, from the
  birth date, or from the estimated birth year (the year alone: someone
  estimated born in 1990 is 36 throughout 2026). Neither known: "unknown".
  Sex, citizenship and migration status are as the record has them now.
- **Visits** are the visits on the period's days; a visit's needs are the
  needs noted at it (a visit may have several needs or none, so the needs do
  not add up to the visits).
- A referral is **made** when its letter is issued (drafts are not yet
  referrals); its status is the status it has now. It is **completed** in
  the period in which it was marked completed, whenever it was made; days to
  completion run from the letter's issue to that mark. **Overdue** are the
  referrals issued or accepted whose due date has passed, today.
- A volunteer is **active** with 8 hours or more credited on shifts that
  start in the period (completed shifts only). Hours count every volunteer's
  credited time. Ages use the FDRS bands, at the period's last day.
- **Open places** are the places on the period's shifts that no volunteer
  filled (models.volunteer.FILLS_A_PLACE, the rule the week plan and the
  roster follow: one who declined or did not come filled none).
- **Migrants who became volunteers**: volunteers registered in the period
  whose record is a former visitor's with a migration status other than
  "citizen" (or, with no status noted, a citizenship other than the branch's
  country).

Every count is made by the database (GROUP BY and aggregates, the same SQL
on SQLCipher and PostgreSQL); Python only adds the few grouped rows up into
the tables, and takes the median days from the completion times, since the
two engines share no median aggregate.
"""
from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re
import statistics as pystats
from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, case, exists, func, or_, select

from desktop.models import (Assignment, Branch, Person, Referral, ReferralEvent, Setting, Shift, User, Visit,
                            Volunteer)
from desktop.models.counting import (ACTIVE_MINUTES, DEFAULT_AGE_BANDS, FDRS_AGE_BANDS, SEXES, UNKNOWN,
                                     age_band_expression, band_codes, has_code, sex_expression, years_before)
from desktop.models.journal import record_audit
from desktop.models.volunteer import FILLS_A_PLACE

from . import vocab
from .accounts import Identity
from ..errors import Refused
from ..i18n import fill
from .permissions import Action, allowed, require
from .referrals import CATEGORIES, STATUSES as REFERRAL_STATUSES
from .shift_rows import day_start
from .storage import Database

AGE_BANDS_SETTING = "statistics_age_bands"
#: referral statuses a made (issued) referral can have now
MADE_STATUSES = tuple(s for s in REFERRAL_STATUSES if s != "draft")
OPEN_REFERRAL = ("issued", "accepted")
MONTHS_OF_BARS = 13
CACHE_KIB = 64 * 1024

# Indicators and breakdowns: stable names (the long CSV, HQ scripts).
INDICATORS = ("people_reached", "people_new", "people_returning", "visits", "referrals_made",
              "referrals_completed", "volunteers_active", "volunteer_hours")
BREAKDOWNS = ("total", "sex", "age_band", "volunteer_age_band", "citizenship", "migration_status", "need",
              "service", "status")
PEOPLE_SECTION, REFERRAL_SECTION, VOLUNTEER_SECTION = "people", "referrals", "volunteers"


# -- periods ---------------------------------------------------------------------------
def _month_after(first: dt.date) -> dt.date:
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


@dataclass(frozen=True)
class Period:
    """Local days ``first`` to ``last``, both included."""

    first: dt.date
    last: dt.date
    kind: str = "range"  # month | quarter | year | range

    def __post_init__(self):
        if self.last < self.first:
            raise Refused(fill(QCoreApplication.translate(
                "Statistics", "The period ends (%2) before it starts (%1)."),
                self.first.strftime("%d.%m.%Y"), self.last.strftime("%d.%m.%Y")))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = dt.date(year, 3 * quarter - 2, 1)
        last_month = 3 * quarter
        return cls(first, dt.date(year, last_month, calendar.monthrange(year, last_month)[1]), "quarter")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")

    @classmethod
    def between(cls, first: dt.date, last: dt.date) -> Period:
        return cls(first, last, "range")

    @classmethod
    def spanning(cls, first: dt.date, last: dt.date) -> Period:
        """The days from ``first`` to ``last``: a month, a quarter or a year
        when they are exactly one (so its comparisons are the month before and
        the same month a year before), any other run of days otherwise."""
        if first.day == 1 and last == Period.month(last.year, last.month).last:
            if (first.year, first.month) == (last.year, last.month):
                return cls.month(first.year, first.month)
            if first.year == last.year and first.month % 3 == 1 and last.month == first.month + 2:
                return cls.quarter(first.year, (first.month - 1) // 3 + 1)
            if first.year == last.year and (first.month, last.month) == (1, 12):
                return cls.year(first.year)
        return cls.between(first, last)

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-11`` (a month), ``2026-Q4`` (a quarter) or ``2026`` (a year)."""
        value = text.strip().upper()
        try:
            if m := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
                return cls.month(int(m.group(1)), int(m.group(2)))
            if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
                return cls.quarter(int(m.group(1)), int(m.group(2)))
            if re.fullmatch(r"\d{4}", value):
                return cls.year(int(value))
        except ValueError:
            pass
        raise Refused(fill(QCoreApplication.translate(
            "Statistics", "There is no period %1: write a month like 2026-11, a quarter like 2026-Q4 or a year "
                          "like 2026."), text))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def previous(self) -> Period:
        """The period just before, of the same kind (a range: as many days)."""
        before = self.first - dt.timedelta(days=1)
        if self.kind == "month":
            return Period.month(before.year, before.month)
        if self.kind == "quarter":
            return Period.quarter(before.year, (before.month - 1) // 3 + 1)
        if self.kind == "year":
            return Period.year(before.year)
        return Period.between(self.first - dt.timedelta(days=self.days), before)

    def year_before(self) -> Period:
        if self.kind == "month":
            return Period.month(self.first.year - 1, self.first.month)
        if self.kind == "quarter":
            return Period.quarter(self.first.year - 1, (self.first.month - 1) // 3 + 1)
        if self.kind == "year":
            return Period.year(self.first.year - 1)
        return Period.between(years_before(self.first, 1), years_before(self.last, 1))

    def code(self) -> str:
        """As the command line writes it: 2026-11, 2026-Q4, 2026, or 2026-01-05..2026-02-04."""
        if self.kind == "month":
            return f"{self.first:%Y-%m}"
        if self.kind == "quarter":
            return f"{self.first.year}-Q{(self.first.month - 1) // 3 + 1}"
        if self.kind == "year":
            return str(self.first.year)
        return f"{self.first.isoformat()}..{self.last.isoformat()}"

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """UTC instants: local midnight of the first day, and of the day after the last."""
        return day_start(self.first), day_start(self.last + dt.timedelta(days=1))


@dataclass(frozen=True)
class Filters:
    """Narrow the figures. ``staff``: a user name (visits logged by them,
    referrals they made). ``service``: a service given at a visit (a code of
    vocab.SERVICES; narrows people and visits). ``referral_service``: a
    referral's service category (referrals.CATEGORIES; narrows referrals).
    Volunteers are never narrowed."""

    staff: str = ""
    service: str = ""
    referral_service: str = ""

    def check(self) -> None:
        if self.service and self.service not in vocab.SERVICES:
            raise Refused(fill(QCoreApplication.translate("Statistics", "Unknown service %1."), self.service))
        if self.referral_service and self.referral_service not in CATEGORIES:
            raise Refused(fill(QCoreApplication.translate("Statistics", "Unknown service category %1."),
                               self.referral_service))


# -- age bands ----------------------------------------------------------------------------
@dataclass(frozen=True)
class AgeBands:
    """Ages from each lower bound to the next one's less one; the last open ("60+")."""

    lower: tuple[int, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return band_codes(self.lower)

    @classmethod
    def parse(cls, text: str) -> AgeBands:
        return cls(tuple(int(x) for x in text.split(",") if x.strip()))

    def check(self) -> None:
        lower = self.lower
        if len(lower) < 2 or lower[0] < 0 or lower[-1] > 120 or any(b <= a for a, b in zip(lower, lower[1:])):
            raise Refused(QCoreApplication.translate(
                "Statistics", "Age bands need at least two ages, each older than the one before, from 0 to 120."))


# -- what the service returns ---------------------------------------------------------------
@dataclass(frozen=True)
class Table:
    """One indicator broken down one way, for one period: a table of a report,
    a chart of the dashboard. ``cells`` are (category code, value) in the
    order to show them; ``partition``: the categories add up to the
    indicator's total (sex does; needs do not, a visit may have several).
    ``support``, where given, is how many people stand behind each value (the
    volunteers whose hours are summed), for the small-cell rule."""

    indicator: str
    breakdown: str
    cells: tuple[tuple[str, float], ...]
    partition: bool = True
    support: tuple[int, ...] | None = None

    def value(self, code: str) -> float:
        for c, v in self.cells:
            if c == code:
                return v
        return 0

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c for c, _ in self.cells)

    @property
    def total(self) -> float:
        return sum(v for _, v in self.cells)


@dataclass(frozen=True)
class Figures:
    """Every figure of one period. ``sections`` says which parts were counted
    (a caseworker gets the referrals only)."""

    period: Period
    filters: Filters
    sections: tuple[str, ...]
    tables: tuple[Table, ...]
    median_days_to_completion: float | None = None
    open_places: int = 0
    migrants_became_volunteers: int = 0

    def table(self, indicator: str, breakdown: str = "total") -> Table | None:
        for t in self.tables:
            if t.indicator == indicator and t.breakdown == breakdown:
                return t
        return None

    def value(self, indicator: str, breakdown: str = "total", code: str = "total") -> float:
        t = self.table(indicator, breakdown)
        return t.value(code) if t is not None else 0

    def is_empty(self) -> bool:
        return not any(v for t in self.tables for _, v in t.cells)


@dataclass(frozen=True)
class MonthBar:
    """One month's bar: ``month`` is its first day. None: not counted for this role."""

    month: dt.date
    people_reached: int | None
    visits: int | None
    referrals_made: int
    referrals_completed: int
    volunteer_hours: float | None


@dataclass(frozen=True)
class Dashboard:
    current: Figures
    previous: Figures
    year_before: Figures
    months: tuple[MonthBar, ...]
    overdue_now: int
    first_record: dt.date | None  # the first visit or referral the branch has

    def compare(self, indicator: str, breakdown: str = "total", code: str = "total") -> tuple[float, float, float]:
        """The figure now, in the previous period and in the same period a year before."""
        return tuple(f.value(indicator, breakdown, code) for f in (self.current, self.previous, self.year_before))


# -- SQL pieces -------------------------------------------------------------------------------
def _marginal(cube: list[tuple], dim: int, value_at: int, codes: Iterable[str]) -> tuple[tuple[str, float], ...]:
    sums: dict[str, float] = {}
    for row in cube:
        sums[row[dim]] = sums.get(row[dim], 0) + (row[value_at] or 0)
    ordered = list(codes)
    extra = sorted(c for c in sums if c not in ordered)
    return tuple((c, sums.get(c, 0)) for c in [*ordered, *extra])


class StatisticsService:
    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity

    # -- settings -------------------------------------------------------------------------
    def age_bands(self) -> AgeBands:
        with self.db.read() as s:
            row = s.get(Setting, AGE_BANDS_SETTING)
        if row is not None:
            try:
                bands = AgeBands.parse(row.value)
                bands.check()
                return bands
            except (ValueError, Refused):
                pass  # a damaged setting: the default bands, rather than no figures
        return AgeBands(DEFAULT_AGE_BANDS)

    def set_age_bands(self, lower: Iterable[int]) -> AgeBands:
        require(self.identity.role, Action.CHANGE_BRANCH_SETTINGS)
        bands = AgeBands(tuple(lower))
        bands.check()
        value = ",".join(str(x) for x in bands.lower)
        with self.db.session(self.identity.username) as s:
            row = s.get(Setting, AGE_BANDS_SETTING)
            old = row.value if row else ",".join(map(str, DEFAULT_AGE_BANDS))
            if row is None:
                s.add(Setting(key=AGE_BANDS_SETTING, value=value))
            else:
                row.value = value
            record_audit(s, "setting.change", key=AGE_BANDS_SETTING, old=old, new=value)
        return bands

    # -- what the role may see -----------------------------------------------------------------
    def sections(self) -> tuple[str, ...]:
        if allowed(self.identity.role, Action.VIEW_STATISTICS):
            return (PEOPLE_SECTION, REFERRAL_SECTION, VOLUNTEER_SECTION)
        require(self.identity.role, Action.VIEW_REFERRAL_STATISTICS)
        return (REFERRAL_SECTION,)

    # -- the dashboard ----------------------------------------------------------------------------
    def dashboard(self, period: Period, filters: Filters = Filters(), *, today: dt.date | None = None,
                  by_service: bool = False) -> Dashboard:
        """The period's figures beside the previous period's and the same
        period's a year before, and 13 months of bars up to the period's last
        month. A period in the future, or before the first record, gives
        zeros (``first_record`` tells the screen which it is). ``by_service``
        adds the people reached by each service given (the window shows it)."""
        sections = self.sections()
        filters.check()
        bands = self.age_bands()
        today = today or dt.date.today()
        with self._reading() as s:
            counted: dict[Period, Figures] = {}
            for p in (period, period.previous(), period.year_before()):
                # A year's previous period is the year before: counted once.
                key = replace(p, kind="range")
                if key not in counted:
                    counted[key] = self._figures(s, p, filters, sections, bands, by_service=by_service)
            figures = [replace(counted[replace(p, kind="range")], period=p)
                       for p in (period, period.previous(), period.year_before())]
            months = self._months(s, period.last.replace(day=1), filters, sections)
            overdue = self._overdue(s, filters, today)
            first = self._first_record(s)
        return Dashboard(*figures, months=months, overdue_now=overdue, first_record=first)

    def figures(self, period: Period, filters: Filters = Filters(), *, by_service: bool = True) -> Figures:
        """One period's figures; ``by_service`` adds the people reached by each
        service given (the report has it; the dashboard does without)."""
        sections = self.sections()
        filters.check()
        bands = self.age_bands()
        with self._reading() as s:
            return self._figures(s, period, filters, sections, bands, by_service=by_service)

    @contextlib.contextmanager
    def _reading(self):
        """A read whose connection keeps more of the file's pages decrypted in
        memory than SQLCipher's default 2 MB: counting a year runs over tens of
        thousands of people, visited in an order no cache that small holds
        (see benchmarks/reports.py). The setting stays with the pooled
        connection, so the next dashboard finds the pages still there."""
        with self.db.read() as s:
            if not self.db.is_postgres:
                s.connection().exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
            yield s

    def months(self, period: Period, filters: Filters = Filters()) -> tuple[MonthBar, ...]:
        """The 13 months of bars up to the period's last month."""
        sections = self.sections()
        filters.check()
        with self._reading() as s:
            return self._months(s, period.last.replace(day=1), filters, sections)

    def staff_members(self) -> tuple[tuple[str, str], ...]:
        """(user name, name) of every staff member, for the filter by staff
        member; those no longer active too, since their visits still count."""
        self.sections()
        with self.db.read() as s:
            rows = s.execute(select(User.username, User.display_name).order_by(User.display_name, User.username))
            return tuple((username, name or username) for username, name in rows)

    def first_record(self) -> dt.date | None:
        self.sections()
        with self._reading() as s:
            return self._first_record(s)

    # -- one period -------------------------------------------------------------------------------
    def _figures(self, s, period: Period, filters: Filters, sections: tuple[str, ...], bands: AgeBands, *,
                 by_service: bool) -> Figures:
        tables: list[Table] = []
        extra = {}
        if PEOPLE_SECTION in sections:
            tables += self._people(s, period, filters, bands, by_service=by_service)
            tables += self._visits(s, period, filters)
        if REFERRAL_SECTION in sections:
            referral_tables, median_days = self._referrals(s, period, filters)
            tables += referral_tables
            extra["median_days_to_completion"] = median_days
        if VOLUNTEER_SECTION in sections:
            tables += self._volunteers(s, period)
            extra["open_places"] = self._open_places(s, period)
            extra["migrants_became_volunteers"] = self._migrant_volunteers(s, period)
        return Figures(period, filters, sections, tuple(tables), **extra)

    def _visit_filters(self, visit, filters: Filters, start: dt.datetime, end: dt.datetime) -> list:
        where = [visit.c.visited_at >= start, visit.c.visited_at < end, visit.c.deleted.is_(False)]
        if filters.staff:
            where.append(visit.c.staff == filters.staff)
        if filters.service:
            where.append(has_code(visit.c.services, filters.service))
        return where

    def _people(self, s, period: Period, filters: Filters, bands: AgeBands, *, by_service: bool) -> list[Table]:
        start, end = period.bounds()
        visit = Visit.__table__.alias("v")
        earlier_visit = Visit.__table__.alias("e")
        person = Person.__table__
        reached = (select(visit.c.person_id.label("pid"))
                   .where(*self._visit_filters(visit, filters, start, end))
                   .group_by(visit.c.person_id).subquery("reached"))
        came_before = exists().where(earlier_visit.c.person_id == reached.c.pid, earlier_visit.c.visited_at < start,
                                     earlier_visit.c.deleted.is_(False))
        statuses = tuple(vocab.MIGRATION_STATUSES)
        described = (select(
            sex_expression(person.c.sex).label("sex"),
            age_band_expression(bands.lower, person.c.birth_date, person.c.birth_year, period.last).label("age"),
            case((person.c.citizenship == "", UNKNOWN), else_=person.c.citizenship).label("citizenship"),
            case((person.c.migration_status.in_(statuses), person.c.migration_status),
                 else_=UNKNOWN).label("migration"),
            case((came_before, 1), else_=0).label("came_back"))
            .select_from(reached.join(person, person.c.id == reached.c.pid))
            .where(person.c.deleted.is_(False)).subquery("described"))
        d = described.c
        cube = [tuple(r) for r in s.execute(
            select(d.sex, d.age, d.citizenship, d.migration, d.came_back, func.count())
            .group_by(d.sex, d.age, d.citizenship, d.migration, d.came_back))]
        reached_n = sum(r[5] for r in cube)
        returning_n = sum(r[5] for r in cube if r[4])
        countries = sorted({r[2] for r in cube} - {UNKNOWN})
        tables = [
            Table("people_reached", "total", (("total", reached_n),)),
            Table("people_reached", "sex", _marginal(cube, 0, 5, SEXES)),
            Table("people_reached", "age_band", _marginal(cube, 1, 5, bands.codes)),
            Table("people_reached", "citizenship", _marginal(cube, 2, 5, [*countries, UNKNOWN])),
            Table("people_reached", "migration_status", _marginal(cube, 3, 5, [*statuses, UNKNOWN])),
            Table("people_new", "total", (("total", reached_n - returning_n),)),
            Table("people_returning", "total", (("total", returning_n),)),
        ]
        if by_service:
            tables.append(self._people_by_service(s, period, filters))
        # New and returning people broken down as the people reached are (the dashboard's exact figures).
        for indicator, flag in (("people_new", 0), ("people_returning", 1)):
            part = [r for r in cube if r[4] == flag]
            tables += [
                Table(indicator, "sex", _marginal(part, 0, 5, SEXES)),
                Table(indicator, "age_band", _marginal(part, 1, 5, bands.codes)),
                Table(indicator, "citizenship", _marginal(part, 2, 5, [*countries, UNKNOWN])),
                Table(indicator, "migration_status", _marginal(part, 3, 5, [*statuses, UNKNOWN])),
            ]
        return tables

    def _code_lists(self, s, column, where: list) -> dict[str, list[str]]:
        """The lists of codes (as written in a comma-separated column) that hold
        each code: a visit's needs and services are a few hundred different
        lists at most, so grouping by the list and reading the codes out of the
        lists is far cheaper than asking every visit about every code."""
        holding: dict[str, list[str]] = {}
        for (written,) in s.execute(select(column).where(*where).distinct()):
            for code in filter(None, (written or "").split(",")):
                holding.setdefault(code, []).append(written)
        return holding

    def _people_by_service(self, s, period: Period, filters: Filters) -> Table:
        start, end = period.bounds()
        visit = Visit.__table__.alias("v")
        person = Person.__table__
        where = self._visit_filters(visit, filters, start, end)
        holding = self._code_lists(s, visit.c.services, where)
        services = tuple(vocab.SERVICES)
        given = [code for code in services if code in holding]
        counts = dict(zip(given, s.execute(
            select(*[func.count(func.distinct(case((visit.c.services.in_(holding[code]), visit.c.person_id))))
                     for code in given])
            .select_from(visit.join(person, person.c.id == visit.c.person_id))
            .where(*where, person.c.deleted.is_(False))).one())) if given else {}
        return Table("people_reached", "service", tuple((code, int(counts.get(code) or 0)) for code in services),
                     partition=False)

    def _visits(self, s, period: Period, filters: Filters) -> list[Table]:
        start, end = period.bounds()
        visit = Visit.__table__.alias("v")
        by_list = s.execute(select(visit.c.needs, func.count())
                            .where(*self._visit_filters(visit, filters, start, end))
                            .group_by(visit.c.needs)).all()
        needs = {code: 0 for code in vocab.NEEDS}
        for written, n in by_list:
            for code in set(filter(None, (written or "").split(","))):
                needs[code] = needs.get(code, 0) + n
        return [Table("visits", "total", (("total", sum(n for _, n in by_list)),)),
                Table("visits", "need", tuple(needs.items()), partition=False)]

    def _referral_filters(self, referral, filters: Filters) -> list:
        where = [referral.c.deleted.is_(False)]
        if filters.staff:
            where.append(referral.c.created_by == filters.staff)
        if filters.referral_service:
            where.append(referral.c.service == filters.referral_service)
        return where

    def _referrals(self, s, period: Period, filters: Filters) -> tuple[list[Table], float | None]:
        start, end = period.bounds()
        referral = Referral.__table__
        event = ReferralEvent.__table__
        made = [tuple(r) for r in s.execute(
            select(referral.c.service, referral.c.status, func.count())
            .where(referral.c.issued_at >= start, referral.c.issued_at < end, referral.c.status != "draft",
                   *self._referral_filters(referral, filters))
            .group_by(referral.c.service, referral.c.status))]
        completed_in = (event.c.status == "completed", event.c.at >= start, event.c.at < end,
                        event.c.deleted.is_(False))
        completed = [tuple(r) for r in s.execute(
            select(referral.c.service, func.count(func.distinct(referral.c.id)))
            .select_from(referral.join(event, event.c.referral_id == referral.c.id))
            .where(*completed_in, *self._referral_filters(referral, filters))
            .group_by(referral.c.service))]
        durations = [(done - issued).total_seconds() / 86400 for issued, done in s.execute(
            select(referral.c.issued_at, func.min(event.c.at))
            .select_from(referral.join(event, event.c.referral_id == referral.c.id))
            .where(*completed_in, referral.c.issued_at.is_not(None), *self._referral_filters(referral, filters))
            .group_by(referral.c.id, referral.c.issued_at))
            if issued is not None and done is not None]
        median_days = round(pystats.median(durations), 1) if durations else None
        services = tuple(CATEGORIES)
        by_service: dict[str, int] = {}
        by_status: dict[str, int] = {}
        for service, status, n in made:
            by_service[service] = by_service.get(service, 0) + n
            by_status[status] = by_status.get(status, 0) + n
        done = dict(completed)

        def ordered(counts: dict[str, int], codes: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
            return tuple((c, counts.get(c, 0)) for c in [*codes, *sorted(set(counts) - set(codes))])

        return [
            Table("referrals_made", "total", (("total", sum(by_service.values())),)),
            Table("referrals_made", "service", ordered(by_service, services)),
            Table("referrals_made", "status", ordered(by_status, MADE_STATUSES)),
            Table("referrals_completed", "total", (("total", sum(done.values())),)),
            Table("referrals_completed", "service", ordered(done, services)),
        ], median_days

    def _volunteers(self, s, period: Period) -> list[Table]:
        start, end = period.bounds()
        assignment, shift = Assignment.__table__, Shift.__table__
        volunteer, person = Volunteer.__table__, Person.__table__
        minutes = (select(assignment.c.volunteer_id.label("vid"), func.sum(assignment.c.minutes).label("minutes"))
                   .select_from(assignment.join(shift, shift.c.id == assignment.c.shift_id))
                   .where(shift.c.starts_at >= start, shift.c.starts_at < end, shift.c.deleted.is_(False),
                          assignment.c.deleted.is_(False), assignment.c.status == "completed")
                   .group_by(assignment.c.volunteer_id)
                   .having(func.sum(assignment.c.minutes) > 0).subquery("credited"))
        bands = AgeBands(FDRS_AGE_BANDS)
        # A former visitor's sex and birth come from the person record when the volunteer's own are empty.
        sex = case((volunteer.c.sex.in_(("F", "M")), volunteer.c.sex),
                   (person.c.sex.in_(("F", "M")), person.c.sex), else_=UNKNOWN)
        birth_date = case((volunteer.c.birth_date.is_not(None), volunteer.c.birth_date), else_=person.c.birth_date)
        birth_year = case((volunteer.c.birth_date.is_not(None), None), else_=person.c.birth_year)
        described = (select(sex.label("sex"),
                            age_band_expression(bands.lower, birth_date, birth_year, period.last).label("age"),
                            case((minutes.c.minutes >= ACTIVE_MINUTES, 1), else_=0).label("active"),
                            minutes.c.minutes)
                     .select_from(minutes.join(volunteer, volunteer.c.id == minutes.c.vid)
                                  .outerjoin(person, person.c.id == volunteer.c.person_id))
                     .subquery("described"))
        d = described.c
        cube = [tuple(r) for r in s.execute(
            select(d.sex, d.age, d.active, func.count(), func.sum(d.minutes)).group_by(d.sex, d.age, d.active))]
        active = [r for r in cube if r[2]]

        def hours(dim: int, codes) -> Table:
            summed = _marginal(cube, dim, 4, codes)
            people = dict(_marginal(cube, dim, 3, codes))
            return Table("volunteer_hours", ("sex", "volunteer_age_band")[dim], tuple(
                (c, round(v / 60, 1)) for c, v in summed), support=tuple(people[c] for c, _ in summed))

        all_minutes = sum(r[4] or 0 for r in cube)
        return [
            Table("volunteers_active", "total", (("total", sum(r[3] for r in active)),)),
            Table("volunteers_active", "sex", _marginal(active, 0, 3, SEXES)),
            Table("volunteers_active", "volunteer_age_band", _marginal(active, 1, 3, bands.codes)),
            Table("volunteer_hours", "total", (("total", round(all_minutes / 60, 1)),),
                  support=(sum(r[3] for r in cube),)),
            hours(0, SEXES),
            hours(1, bands.codes),
        ]

    def _open_places(self, s, period: Period) -> int:
        start, end = period.bounds()
        shift, assignment = Shift.__table__, Assignment.__table__
        held = (select(func.count()).where(assignment.c.shift_id == shift.c.id, assignment.c.deleted.is_(False),
                                           assignment.c.status.in_(sorted(FILLS_A_PLACE))).scalar_subquery())
        gaps = (select((shift.c.headcount - held).label("gap"))
                .where(shift.c.starts_at >= start, shift.c.starts_at < end, shift.c.deleted.is_(False))
                .subquery("gaps"))
        return int(s.execute(select(func.coalesce(func.sum(case((gaps.c.gap > 0, gaps.c.gap), else_=0)), 0)))
                   .scalar_one())

    def _migrant_volunteers(self, s, period: Period) -> int:
        start, end = period.bounds()
        volunteer, person = Volunteer.__table__, Person.__table__
        home = (s.execute(select(Branch.code).where(Branch.is_local.is_(True))).scalar_one_or_none() or "")[:2]
        migrant = or_(and_(person.c.migration_status != "", person.c.migration_status != "citizen"),
                      and_(person.c.migration_status == "", person.c.citizenship != "",
                           person.c.citizenship != home))
        return int(s.execute(
            select(func.count()).select_from(volunteer.join(person, person.c.id == volunteer.c.person_id))
            .where(volunteer.c.created_at >= start, volunteer.c.created_at < end, volunteer.c.deleted.is_(False),
                   migrant)).scalar_one())

    def _overdue(self, s, filters: Filters, today: dt.date) -> int:
        referral = Referral.__table__
        return int(s.execute(select(func.count()).where(
            referral.c.status.in_(OPEN_REFERRAL), referral.c.due_date < today,
            *self._referral_filters(referral, filters))).scalar_one())

    def _first_record(self, s) -> dt.date | None:
        first_visit = s.execute(select(func.min(Visit.visited_at)).where(Visit.deleted.is_(False))).scalar()
        first_referral = s.execute(select(func.min(Referral.issued_at)).where(Referral.deleted.is_(False))).scalar()
        moments = [m for m in (first_visit, first_referral) if m is not None]
        return min(moments).astimezone().date() if moments else None

    # -- months of bars ----------------------------------------------------------------------------
    def _months(self, s, last_month: dt.date, filters: Filters, sections: tuple[str, ...]) -> tuple[MonthBar, ...]:
        firsts = [last_month]
        for _ in range(MONTHS_OF_BARS - 1):
            firsts.insert(0, (firsts[0] - dt.timedelta(days=1)).replace(day=1))
        edges = [day_start(f) for f in firsts] + [day_start(_month_after(last_month))]

        def bucket(column):
            # Which month an instant falls in, as a number 0..12: plain comparisons, the same on both engines.
            return case(*[(column < edge, i) for i, edge in enumerate(edges[1:-1])], else_=len(firsts) - 1)

        def per_month(rows) -> dict[int, tuple]:
            return {int(r[0]): tuple(r[1:]) for r in rows}

        people = visits = hours = None
        if PEOPLE_SECTION in sections:
            # A person counts once in each month they came. (No look-up of the
            # person record: a merged record's visits moved to the one it
            # became, so a deleted record has no live visits to count.) New
            # people per month are left out: telling them apart takes a look
            # into each person's past, which would double the bars' cost.
            visit = Visit.__table__.alias("v")
            seen = (select(bucket(visit.c.visited_at).label("month"), visit.c.person_id.label("pid"))
                    .where(*self._visit_filters(visit, filters, edges[0], edges[-1])).subquery("seen"))
            counted = per_month(s.execute(select(seen.c.month, func.count(), func.count(func.distinct(seen.c.pid)))
                                          .group_by(seen.c.month)))
            visits = {m: int(v[0]) for m, v in counted.items()}
            people = {m: int(v[1]) for m, v in counted.items()}
        referral, event = Referral.__table__, ReferralEvent.__table__
        issued = (select(bucket(referral.c.issued_at).label("month"))
                  .where(referral.c.issued_at >= edges[0], referral.c.issued_at < edges[-1],
                         referral.c.status != "draft", *self._referral_filters(referral, filters)).subquery())
        made = {m: v[0] for m, v in per_month(s.execute(
            select(issued.c.month, func.count()).group_by(issued.c.month))).items()}
        done_at = (select(bucket(event.c.at).label("month"))
                   .select_from(referral.join(event, event.c.referral_id == referral.c.id))
                   .where(event.c.status == "completed", event.c.at >= edges[0], event.c.at < edges[-1],
                          event.c.deleted.is_(False), *self._referral_filters(referral, filters)).subquery())
        completed = {m: v[0] for m, v in per_month(s.execute(
            select(done_at.c.month, func.count()).group_by(done_at.c.month))).items()}
        if VOLUNTEER_SECTION in sections:
            assignment, shift = Assignment.__table__, Shift.__table__
            worked = (select(bucket(shift.c.starts_at).label("month"), assignment.c.minutes)
                      .select_from(assignment.join(shift, shift.c.id == assignment.c.shift_id))
                      .where(shift.c.starts_at >= edges[0], shift.c.starts_at < edges[-1], shift.c.deleted.is_(False),
                             assignment.c.deleted.is_(False), assignment.c.status == "completed").subquery())
            hours = {m: round((v[0] or 0) / 60, 1) for m, v in per_month(s.execute(
                select(worked.c.month, func.sum(worked.c.minutes)).group_by(worked.c.month))).items()}

        def at(table: dict | None, i: int, zero=0):
            return None if table is None else table.get(i, zero)

        return tuple(MonthBar(first, at(people, i), at(visits, i), made.get(i, 0), completed.get(i, 0),
                              at(hours, i, 0.0)) for i, first in enumerate(firsts))
