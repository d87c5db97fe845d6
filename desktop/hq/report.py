"""HQ's report across branches: the indicators of a branch's long CSV
(people reached, new and returning, visits and needs, referrals made and
completed, active volunteers and their hours), for every branch and in
total, counted in PostgreSQL with GROUP BY over the rows every branch's
bundles brought, and withheld as a branch's report is.

Whose a record is: a person's and a volunteer's numbers begin with their
branch's code ("KZ-ALA-2026-000123"); a visit and a referral are their
person's branch's, an assignment its volunteer's. The branch is read off
the number in SQL, so every figure is grouped by branch in the database;
Python only adds the grouped rows into tables (the total of all branches
is their sum: no person belongs to two branches).

Figures are counted as at the branch (models/counting.py), with the
default age bands: a branch may choose its own bands for its own report,
HQ compares every branch by the same ones.

Withheld: every count from 1 to 4, and enough other cells that none can be
worked out, knowing that a branch's categories add up to its total, that
new and returning people make the people reached, and that the branches
add up to the total of all branches (reports/suppression.py, the rule the
branch's own report follows).
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from sqlalchemy import case, exists, func, or_, select, text, true
from sqlalchemy.orm import Session

from desktop.models import Assignment, HqBranch, Person, Referral, ReferralEvent, Shift, Visit, Volunteer
from desktop.models.counting import (ACTIVE_MINUTES, DEFAULT_AGE_BANDS, FDRS_AGE_BANDS, SEXES, UNKNOWN,
                                     age_band_expression, band_codes, sex_expression)
from desktop.errors import NotFound, Refused
from desktop.i18n import fill
from desktop.reports.figure_words import BREAKDOWN_LABELS, INDICATOR_LABELS, NOTE, REPORT_TABLES, SHEETS, WORDS
from desktop.reports.hq_xlsx import BranchesData, BranchTable, branches_workbook
from desktop.reports.labels import translate
from desktop.reports.suppression import SMALL, WITHHELD, Grid, suppress

TOTAL = "total"  # the branch column of the sum of all branches, and the total category
CSV_HEADER = ("branch", "indicator", "breakdown", "category", "value")
# A branch's code is its numbers' beginning: country, dash, 2 to 6 letters or digits (as a branch is set up).
NUMBER_HEAD = "^[A-Z]{2}-[A-Z0-9]{2,6}"
# Breakdowns whose categories do not add up to the total (a visit brings several needs)
OVERLAPPING = {("people_reached", "service"), ("visits", "need")}
CONTEXT = "Statistics"
WORKBOOK_WORDS = {
    "title": QT_TRANSLATE_NOOP("Statistics", "Figures across branches"),
    "totals": QT_TRANSLATE_NOOP("Statistics", "Totals"),
    "all_branches": QT_TRANSLATE_NOOP("Statistics", "All branches"),
    "branch": QT_TRANSLATE_NOOP("Statistics", "Branch"),
    "made_on": QT_TRANSLATE_NOOP("Statistics", "Made on %1"),
    "withheld_marking": QT_TRANSLATE_NOOP("Statistics", "Counts from 1 to 4 are withheld and shown as “<5”."),
    "exact": QT_TRANSLATE_NOOP("Statistics", "Exact figures: small counts are not withheld. Do not send this "
                                             "report outside headquarters."),
    "how": QT_TRANSLATE_NOOP("Statistics", "How the figures are counted"),
    "codes": QT_TRANSLATE_NOOP("Statistics", "Countries, statuses, needs and services are named by their codes, "
                                             "as in every branch's CSV report."),
}


@dataclass(frozen=True)
class ReportPeriod:
    """The days reported on, and the instants they run between (HQ's local midnights)."""

    code: str  # as the command line wrote it: 2026-11, 2026-Q4, 2026
    first: dt.date
    last: dt.date
    start: dt.datetime
    end: dt.datetime

    @classmethod
    def of_days(cls, code: str, first: dt.date, last: dt.date) -> ReportPeriod:
        if last < first:
            raise Refused(QCoreApplication.translate("Statistics", "The period ends (%2) before it starts (%1)."),
                          first.strftime("%d.%m.%Y"), last.strftime("%d.%m.%Y"))
        return cls(code, first, last, _midnight(first), _midnight(last + dt.timedelta(days=1)))

    @classmethod
    def parse(cls, text: str) -> ReportPeriod:
        """``2026-11`` (a month), ``2026-Q4`` (a quarter), ``2026`` (a year) or
        ``2026-01-05..2026-02-04`` (any days), as a branch's report writes them."""
        value = text.strip().upper()
        try:
            if m := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
                year, month = int(m.group(1)), int(m.group(2))
                return cls.of_days(f"{year}-{month:02d}", dt.date(year, month, 1),
                                   dt.date(year, month, calendar.monthrange(year, month)[1]))
            if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
                year, quarter = int(m.group(1)), int(m.group(2))
                last_month = 3 * quarter
                return cls.of_days(value, dt.date(year, last_month - 2, 1),
                                   dt.date(year, last_month, calendar.monthrange(year, last_month)[1]))
            if re.fullmatch(r"\d{4}", value):
                return cls.of_days(value, dt.date(int(value), 1, 1), dt.date(int(value), 12, 31))
            if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", value):
                first, last = dt.date.fromisoformat(m.group(1)), dt.date.fromisoformat(m.group(2))
                return cls.of_days(f"{first.isoformat()}..{last.isoformat()}", first, last)
        except ValueError:
            pass
        raise Refused(QCoreApplication.translate(
            "Statistics", "There is no period %1: write a month like 2026-11, a quarter like 2026-Q4 or a year "
                          "like 2026."), text)


def _midnight(day: dt.date) -> dt.datetime:
    """HQ's local midnight at the start of ``day``, in UTC."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.timezone.utc)


@dataclass(frozen=True)
class HqTable:
    """One indicator broken down one way: a row per branch, then the total
    of all branches; ``None`` where a figure is withheld."""

    indicator: str
    breakdown: str
    codes: tuple[str, ...]
    rows: tuple[tuple[str, tuple[float | None, ...]], ...]  # (branch code or TOTAL, a value per code)

    def value(self, branch: str, code: str) -> float | None:
        values = dict(self.rows)[branch]
        return values[self.codes.index(code)] if code in self.codes else 0


@dataclass(frozen=True)
class HqReport:
    period: ReportPeriod
    branches: tuple[tuple[str, str], ...]  # (code, name), in code order
    exact: bool
    tables: tuple[HqTable, ...]

    def table(self, indicator: str, breakdown: str = "total") -> HqTable:
        return next(t for t in self.tables if (t.indicator, t.breakdown) == (indicator, breakdown))


def _branch(number_column):
    # PostgreSQL's substring(text, pattern): the part the regular expression matches.
    return func.substring(number_column, NUMBER_HEAD)


def _of(number_column, codes: tuple[str, ...]):
    """Records of these branches only; none named: no condition at all, so
    PostgreSQL reads the branch off the numbers of the period's records alone
    (the grouped rows of branches not reported on are left out in Python). A
    prefix, not the regular expression: it is asked of every row a scan reads."""
    return or_(*(number_column.like(f"{code}-%") for code in codes)) if codes else true()


# -- counting, a branch a group -----------------------------------------------------------------
Counts = dict[tuple[str, str], dict[str, dict[str, float]]]  # (indicator, breakdown) → branch → code → value


def _add(counts: Counts, indicator: str, breakdown: str, branch: str, code: str, value: float) -> None:
    cells = counts.setdefault((indicator, breakdown), {}).setdefault(branch, {})
    cells[code] = cells.get(code, 0) + value


def _people(s: Session, period: ReportPeriod, codes: tuple[str, ...], counts: Counts) -> None:
    visit, earlier, person = Visit.__table__.alias("v"), Visit.__table__.alias("e"), Person.__table__
    branch = _branch(person.c.number)
    in_period = (visit.c.visited_at >= period.start, visit.c.visited_at < period.end, visit.c.deleted.is_(False))
    # The services given: the few different lists written at the period's
    # visits, and for each service the lists that hold it.
    holding: dict[str, list[str]] = {}
    for (written,) in s.execute(select(visit.c.services).where(*in_period).distinct()):
        for code in filter(None, (written or "").split(",")):
            holding.setdefault(code, []).append(written)
    services = sorted(holding)
    # A row per person reached, with a 1 for each service they were given at
    # any of the period's visits: people by service are then sums, in the
    # same pass over the people as every other figure of theirs.
    given = [func.max(case((visit.c.services.in_(holding[code]), 1), else_=0)).label(f"given_{i}")
             for i, code in enumerate(services)]
    reached = (select(visit.c.person_id.label("pid"), *given).where(*in_period)
               .group_by(visit.c.person_id).subquery("reached"))
    came_before = exists().where(earlier.c.person_id == reached.c.pid, earlier.c.visited_at < period.start,
                                 earlier.c.deleted.is_(False))
    described = (select(
        branch.label("branch"), sex_expression(person.c.sex).label("sex"),
        age_band_expression(DEFAULT_AGE_BANDS, person.c.birth_date, person.c.birth_year, period.last).label("age"),
        case((person.c.citizenship == "", UNKNOWN), else_=person.c.citizenship).label("citizenship"),
        case((person.c.migration_status == "", UNKNOWN), else_=person.c.migration_status).label("migration"),
        case((came_before, 1), else_=0).label("came_back"),
        *[reached.c[f"given_{i}"] for i in range(len(services))])
        .select_from(reached.join(person, person.c.id == reached.c.pid))
        .where(person.c.deleted.is_(False), _of(person.c.number, codes)).subquery("described"))
    d = described.c
    dimensions = (d.branch, d.sex, d.age, d.citizenship, d.migration, d.came_back)
    for b, sex, age, citizenship, migration, came_back, n, *by_service in s.execute(
            select(*dimensions, func.count(), *[func.sum(d[f"given_{i}"]) for i in range(len(services))])
            .group_by(*dimensions)):
        _add(counts, "people_reached", "total", b, TOTAL, n)
        _add(counts, "people_returning" if came_back else "people_new", "total", b, TOTAL, n)
        for breakdown, code in (("sex", sex), ("age_band", age), ("citizenship", citizenship),
                                ("migration_status", migration)):
            _add(counts, "people_reached", breakdown, b, code, n)
        for code, people in zip(services, by_service):
            _add(counts, "people_reached", "service", b, code, int(people or 0))


def _visits(s: Session, period: ReportPeriod, codes: tuple[str, ...], counts: Counts) -> None:
    visit, person = Visit.__table__.alias("v"), Person.__table__
    branch = _branch(person.c.number)
    for b, needs, n in s.execute(
            select(branch, visit.c.needs, func.count())
            .select_from(visit.join(person, person.c.id == visit.c.person_id))
            .where(visit.c.visited_at >= period.start, visit.c.visited_at < period.end, visit.c.deleted.is_(False),
                   _of(person.c.number, codes))
            .group_by(branch, visit.c.needs)):
        _add(counts, "visits", "total", b, TOTAL, n)
        for code in set(filter(None, (needs or "").split(","))):
            _add(counts, "visits", "need", b, code, n)


def _referrals(s: Session, period: ReportPeriod, codes: tuple[str, ...], counts: Counts) -> None:
    referral, event, person = Referral.__table__, ReferralEvent.__table__, Person.__table__
    branch = _branch(person.c.number)
    of_person = referral.join(person, person.c.id == referral.c.person_id)
    for b, service, status, n in s.execute(
            select(branch, referral.c.service, referral.c.status, func.count()).select_from(of_person)
            .where(referral.c.issued_at >= period.start, referral.c.issued_at < period.end,
                   referral.c.status != "draft", referral.c.deleted.is_(False), _of(person.c.number, codes))
            .group_by(branch, referral.c.service, referral.c.status)):
        _add(counts, "referrals_made", "total", b, TOTAL, n)
        _add(counts, "referrals_made", "service", b, service, n)
        _add(counts, "referrals_made", "status", b, status, n)
    for b, service, n in s.execute(
            select(branch, referral.c.service, func.count(func.distinct(referral.c.id)))
            .select_from(of_person.join(event, event.c.referral_id == referral.c.id))
            .where(event.c.status == "completed", event.c.at >= period.start, event.c.at < period.end,
                   event.c.deleted.is_(False), referral.c.deleted.is_(False), _of(person.c.number, codes))
            .group_by(branch, referral.c.service)):
        _add(counts, "referrals_completed", "total", b, TOTAL, n)
        _add(counts, "referrals_completed", "service", b, service, n)


def _volunteers(s: Session, period: ReportPeriod, codes: tuple[str, ...], counts: Counts,
                support: dict[tuple, int]) -> None:
    assignment, shift = Assignment.__table__, Shift.__table__
    volunteer, person = Volunteer.__table__, Person.__table__
    minutes = (select(assignment.c.volunteer_id.label("vid"), func.sum(assignment.c.minutes).label("minutes"))
               .select_from(assignment.join(shift, shift.c.id == assignment.c.shift_id))
               .where(shift.c.starts_at >= period.start, shift.c.starts_at < period.end,
                      shift.c.deleted.is_(False), assignment.c.deleted.is_(False),
                      assignment.c.status == "completed")
               .group_by(assignment.c.volunteer_id)
               .having(func.sum(assignment.c.minutes) > 0).subquery("credited"))
    branch = _branch(volunteer.c.number)
    # A former visitor's sex and birth come from the person record when the volunteer's own are empty.
    sex = case((volunteer.c.sex.in_(("F", "M")), volunteer.c.sex),
               (person.c.sex.in_(("F", "M")), person.c.sex), else_=UNKNOWN)
    birth_date = case((volunteer.c.birth_date.is_not(None), volunteer.c.birth_date), else_=person.c.birth_date)
    birth_year = case((volunteer.c.birth_date.is_not(None), None), else_=person.c.birth_year)
    described = (select(branch.label("branch"), sex.label("sex"),
                        age_band_expression(FDRS_AGE_BANDS, birth_date, birth_year, period.last).label("age"),
                        case((minutes.c.minutes >= ACTIVE_MINUTES, 1), else_=0).label("active"),
                        minutes.c.minutes)
                 .select_from(minutes.join(volunteer, volunteer.c.id == minutes.c.vid)
                              .outerjoin(person, person.c.id == volunteer.c.person_id))
                 .where(_of(volunteer.c.number, codes)).subquery("described"))
    d = described.c
    for b, sex_code, age, active, n, summed in s.execute(
            select(d.branch, d.sex, d.age, d.active, func.count(), func.sum(d.minutes))
            .group_by(d.branch, d.sex, d.age, d.active)):
        hours = float(summed or 0) / 60  # PostgreSQL sums integers as numeric
        for breakdown, code in (("total", TOTAL), ("sex", sex_code), ("volunteer_age_band", age)):
            if active:
                _add(counts, "volunteers_active", breakdown, b, code, n)
            _add(counts, "volunteer_hours", breakdown, b, code, hours)
            key = (b, "volunteer_hours", breakdown, code)
            support[key] = support.get(key, 0) + n


def _ordered(found: set[str], first: tuple[str, ...] = ()) -> tuple[str, ...]:
    """``first`` (sexes, age bands) in their order, then the others found, "unknown" last."""
    rest = sorted(found - set(first) - {UNKNOWN})
    tail = (UNKNOWN,) if UNKNOWN in found and UNKNOWN not in first else ()
    return (*first, *rest, *tail)


ORDER = {"sex": SEXES, "age_band": band_codes(DEFAULT_AGE_BANDS), "volunteer_age_band": band_codes(FDRS_AGE_BANDS),
         "total": (TOTAL,)}


def count_branches(s: Session, period: ReportPeriod, branches: tuple[str, ...]) -> tuple[Counts, dict]:
    """The figures of the branches named (none: of every branch whose records HQ has), grouped by branch."""
    counts: Counts = {}
    support: dict[tuple, int] = {}
    _people(s, period, branches, counts)
    _visits(s, period, branches, counts)
    _referrals(s, period, branches, counts)
    _volunteers(s, period, branches, counts, support)
    return counts, support


# -- the report ----------------------------------------------------------------------------------
def build_report(period: ReportPeriod, branches: tuple[tuple[str, str], ...], counts: Counts,
                 support: dict[tuple, int], *, exact: bool) -> HqReport:
    codes_of = [b for b, _ in branches]
    tables: list[tuple[str, str, tuple[str, ...], dict[str, dict[str, float]]]] = []
    for indicator, breakdown in REPORT_TABLES:
        found = counts.get((indicator, breakdown), {})
        seen = {code for cells in found.values() for code in cells}
        codes = _ordered(seen, ORDER.get(breakdown, ()))
        per_branch = {}
        for b in codes_of:
            cells = found.get(b, {})
            per_branch[b] = {code: round(cells.get(code, 0), 1) if indicator == "volunteer_hours"
                             else int(cells.get(code, 0)) for code in codes}
        per_branch[TOTAL] = {code: round(sum(found.get(b, {}).get(code, 0) for b in codes_of), 1)
                             if indicator == "volunteer_hours" else sum(per_branch[b][code] for b in codes_of)
                             for code in codes}
        tables.append((indicator, breakdown, codes, per_branch))
    withheld = frozenset() if exact else suppress(_grid(tables, codes_of, support))
    out = []
    for indicator, breakdown, codes, per_branch in tables:
        rows = tuple((b, tuple(None if (b, indicator, breakdown, code) in withheld else per_branch[b][code]
                               for code in codes)) for b in (*codes_of, TOTAL))
        out.append(HqTable(indicator, breakdown, codes, rows))
    return HqReport(period, branches, exact, tuple(out))


def _grid(tables, branches: list[str], support: dict[tuple, int]) -> Grid:
    """Every cell, and what a reader knows: each branch's categories add up
    to its total, new and returning make the people reached, and the
    branches add up to the total of all."""
    values, primary, at_most, counts, totals = {}, set(), {}, set(), set()
    equations: list[dict] = []
    for indicator, breakdown, codes, per_branch in tables:
        hours = indicator == "volunteer_hours"
        for b in (*branches, TOTAL):
            for code in codes:
                key = (b, indicator, breakdown, code)
                value = per_branch[b][code]
                values[key] = value
                small = support.get(key, 0) if hours and b != TOTAL else value
                if hours and b == TOTAL:
                    small = sum(support.get((x, indicator, breakdown, code), 0) for x in branches)
                if 0 < small <= SMALL:
                    primary.add(key)
                    if not hours:
                        at_most[key] = SMALL
                if not hours:
                    counts.add(key)
                if breakdown == "total" or b == TOTAL:
                    totals.add(key)
            if breakdown != "total" and (indicator, breakdown) not in OVERLAPPING:
                eq = {(b, indicator, breakdown, code): 1 for code in codes}
                eq[(b, indicator, "total", TOTAL)] = eq.get((b, indicator, "total", TOTAL), 0) - 1
                equations.append(eq)
        for code in codes:
            eq = {(b, indicator, breakdown, code): 1 for b in branches}
            eq[(TOTAL, indicator, breakdown, code)] = -1
            equations.append(eq)
    for b in (*branches, TOTAL):
        equations.append({(b, "people_new", "total", TOTAL): 1, (b, "people_returning", "total", TOTAL): 1,
                          (b, "people_reached", "total", TOTAL): -1})
    return Grid(values, tuple(equations), frozenset(primary), at_most, frozenset(counts), frozenset(totals))


def report_across_branches(s: Session, period: ReportPeriod, *, branches: tuple[str, ...] = (),
                           exact: bool = False) -> HqReport:
    """The report of ``period`` for ``branches`` (codes; none: every enrolled
    branch), in one read of HQ's database. A code HQ does not know is refused."""
    enrolled = dict(s.execute(select(HqBranch.code, HqBranch.name).order_by(HqBranch.code)).all())
    asked = tuple(dict.fromkeys(code.strip().upper() for code in branches)) or tuple(enrolled)
    unknown = [code for code in asked if code not in enrolled]
    if unknown:
        raise NotFound(QCoreApplication.translate("Exchange", "Branch %1 is not enrolled at HQ."), unknown[0])
    chosen = tuple(sorted(asked))
    # PostgreSQL's JIT compiler judges these queries big enough to compile and
    # spends seconds compiling (measured: 2.3 s of a 2.4 s query over 20
    # branches) what runs in a fraction of that without it.
    s.execute(text("SET LOCAL jit = off"))
    # Every enrolled branch: no condition on whose the records are (see _of).
    counts, support = count_branches(s, period, () if len(chosen) == len(enrolled) else chosen) if chosen else ({}, {})
    return build_report(period, tuple((code, enrolled[code]) for code in chosen), counts, support, exact=exact)


def csv_bytes(report: HqReport) -> bytes:
    """``branch,indicator,breakdown,category,value``: the long CSV of a
    branch, with the branch's code in front (``total`` for all of them)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for table in report.tables:
        for branch, values in table.rows:
            for code, value in zip(table.codes, values):
                writer.writerow((branch, table.indicator, table.breakdown, code, _text(value)))
    return out.getvalue().encode("utf-8")


def _text(value: float | None) -> str:
    if value is None:
        return WITHHELD
    return f"{value:g}" if isinstance(value, float) and not value.is_integer() else str(int(value))


# -- the workbook ---------------------------------------------------------------------------------
def category_label(breakdown: str, code: str, lang: str) -> str:
    """Sex, age bands, "not known" and totals in the workbook's language;
    other categories by their codes (the branches' CSV codes)."""
    if code == TOTAL:
        return translate(lang, CONTEXT, WORDS["total"])
    if code == UNKNOWN:
        return translate(lang, CONTEXT, WORDS["unknown"])
    if breakdown == "sex":
        return translate(lang, CONTEXT, WORDS["female" if code == "F" else "male"])
    if breakdown in ("age_band", "volunteer_age_band"):
        return code.replace("-", "–")
    return code


def workbook_data(report: HqReport, lang: str, *, today: dt.date | None = None) -> BranchesData:
    def word(key: str) -> str:
        return translate(lang, CONTEXT, WORKBOOK_WORDS[key])

    labels = {code: f"{name} ({code})" if name and name != code else code for code, name in report.branches}
    labels[TOTAL] = word("all_branches")
    made = today or dt.date.today()
    dates = f"{report.period.first:%d.%m.%Y} – {report.period.last:%d.%m.%Y}"
    about = " · ".join((report.period.code, dates, fill(word("made_on"), made.strftime("%d.%m.%Y"))))
    headline = [t for t in report.tables if t.breakdown == "total"]
    totals = BranchTable(
        "totals", word("totals"), word("totals"),
        tuple(translate(lang, CONTEXT, INDICATOR_LABELS[t.indicator]) for t in headline),
        tuple((labels[b], tuple(dict(t.rows)[b][0] for t in headline)) for b, _ in headline[0].rows),
        tuple(t.indicator == "volunteer_hours" for t in headline))
    tables = [totals]
    for t in report.tables:
        if t.breakdown == "total" or not t.codes:
            continue
        title = (f"{translate(lang, CONTEXT, INDICATOR_LABELS[t.indicator])} — "
                 f"{translate(lang, CONTEXT, BREAKDOWN_LABELS[t.breakdown]).lower()}")
        tables.append(BranchTable(
            f"{t.indicator}/{t.breakdown}", title, translate(lang, CONTEXT, SHEETS[(t.indicator, t.breakdown)]),
            tuple(category_label(t.breakdown, code, lang) for code in t.codes),
            tuple((labels[b], values) for b, values in t.rows),
            tuple(t.indicator == "volunteer_hours" for _ in t.codes),
            stacked=(t.indicator, t.breakdown) not in OVERLAPPING))
    note = [translate(lang, CONTEXT, p) for p in NOTE]
    if report.exact:
        note[-1] = word("exact")
    note.append(word("codes"))
    return BranchesData(word("title"), about, word("exact") if report.exact else word("withheld_marking"),
                        report.exact, word("branch"), translate(lang, CONTEXT, WORDS["withheld"]), tuple(tables),
                        word("how"), tuple(note))


def xlsx_bytes(report: HqReport, lang: str) -> bytes:
    return branches_workbook(workbook_data(report, lang))
