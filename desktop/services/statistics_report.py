"""The report that leaves the branch: the period's figures beside the
previous period's and the same period's a year before, the months' bars, a
note on how the figures are counted — small counts withheld — and its long
CSV, the stable machine format HQ scripts read.

The report is data, not a layout: one ``ReportTable`` per table, its labels
resolved in kk, ru or en on request, so a PDF or XLSX layout draws it
without asking anything more of the database. Every figure in it is
suppressed (reports/suppression.py) unless the director or administrator asks
for exact figures, which is recorded in the audit trail.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from sqlalchemy import select

from desktop.models import Branch
from desktop.models.journal import record_audit
from desktop.reports.figure_words import BREAKDOWN_LABELS, INDICATOR_LABELS, NOTE, REPORT_TABLES, SHEETS, WORDS
from desktop.reports.labels import translate
from desktop.reports.suppression import SMALL, WITHHELD, Grid, suppress

from . import vocab
from ..errors import Refused
from ..i18n import LANGUAGES, fill
from .permissions import Action, require
from .referrals import CATEGORIES, STATUSES as REFERRAL_STATUSES
from .statistics import UNKNOWN, Figures, Filters, MonthBar, Period, StatisticsService

CSV_HEADER = ("indicator", "breakdown", "category", "value")
#: bars that add up over the months of a period (people do not: one person, many months)
ADDITIVE_BARS = ("visits", "referrals_made", "referrals_completed", "volunteer_hours")
BAR_INDICATORS = ("people_reached", *ADDITIVE_BARS)

CONTEXT = "Statistics"
NOTE_EXACT = QT_TRANSLATE_NOOP("Statistics", "Exact figures: small counts are not withheld. Do not send this "
                                             "report outside the branch.")

# The printed report and the workbook: the totals first, then a section of tables each.
HEADLINE = ("people_reached", "people_new", "people_returning", "visits", "referrals_made", "referrals_completed",
            "volunteers_active", "volunteer_hours")
SECTIONS = (
    (QT_TRANSLATE_NOOP("Statistics", "People reached"),
     (("people_reached", "sex"), ("people_reached", "age_band"), ("people_reached", "citizenship"),
      ("people_reached", "migration_status"), ("people_reached", "service"))),
    (QT_TRANSLATE_NOOP("Statistics", "Visits and needs"), (("visits", "need"),)),
    (QT_TRANSLATE_NOOP("Statistics", "Referrals"),
     (("referrals_made", "service"), ("referrals_made", "status"), ("referrals_completed", "service"))),
    (QT_TRANSLATE_NOOP("Statistics", "Volunteers"),
     (("volunteers_active", "sex"), ("volunteers_active", "volunteer_age_band"), ("volunteer_hours", "sex"),
      ("volunteer_hours", "volunteer_age_band"))),
)
PAGE_WORDS = {
    "title": QT_TRANSLATE_NOOP("Statistics", "Branch figures"),
    "made_on": QT_TRANSLATE_NOOP("Statistics", "Made on %1"),
    "staff": QT_TRANSLATE_NOOP("Statistics", "Staff member: %1"),
    "service": QT_TRANSLATE_NOOP("Statistics", "Service given: %1"),
    "referral_service": QT_TRANSLATE_NOOP("Statistics", "Referred to: %1"),
    "withheld_marking": QT_TRANSLATE_NOOP("Statistics", "Counts from 1 to 4 are withheld and shown as “<5”."),
    "month": QT_TRANSLATE_NOOP("Statistics", "Month"),
    "category": QT_TRANSLATE_NOOP("Statistics", "Category"),
    "how": QT_TRANSLATE_NOOP("Statistics", "How the figures are counted"),
    "page_of": QT_TRANSLATE_NOOP("Statistics", "Page %1 of %2"),
    "median_days": QT_TRANSLATE_NOOP("Statistics", "Median days to completion"),
    "open_places": QT_TRANSLATE_NOOP("Statistics", "Open places on shifts"),
    "migrants": QT_TRANSLATE_NOOP("Statistics", "Migrants who became volunteers"),
    "quarter": QT_TRANSLATE_NOOP("Statistics", "Q%1 %2"),
    "year": QT_TRANSLATE_NOOP("Statistics", "Year %1"),
}


# -- labels ---------------------------------------------------------------------------------
def _vocab(lang: str, table: dict, code: str) -> str:
    source = table.get(code)
    return translate(lang, "Vocab", source) if source else code


def category_label(breakdown: str, code: str, lang: str, *, indicator: str = "") -> str:
    """A category in the report's language: "Female", "Узбекистан", "Юридическая помощь"…"""
    if code == "total":
        return translate(lang, CONTEXT, WORDS["total"])
    if code == UNKNOWN:
        return translate(lang, CONTEXT, WORDS["unknown"])
    if breakdown == "sex":
        return translate(lang, CONTEXT, WORDS["female" if code == "F" else "male"])
    if breakdown in ("age_band", "volunteer_age_band"):
        return code.replace("-", "–")
    if breakdown == "citizenship":
        return vocab.country_name(code, lang)
    if breakdown == "migration_status":
        return _vocab(lang, vocab.MIGRATION_STATUSES, code)
    if breakdown == "need":
        return _vocab(lang, vocab.NEEDS, code)
    if breakdown == "service":
        if indicator.startswith("referrals") or code in CATEGORIES:
            source = CATEGORIES.get(code)
            return translate(lang, "Referrals", source) if source else code
        return _vocab(lang, vocab.SERVICES, code)
    if breakdown == "status":
        source = REFERRAL_STATUSES.get(code)
        return translate(lang, "Referrals", source) if source else code
    return code


def indicator_label(indicator: str, lang: str) -> str:
    return translate(lang, CONTEXT, INDICATOR_LABELS[indicator])


def breakdown_label(breakdown: str, lang: str) -> str:
    return translate(lang, CONTEXT, BREAKDOWN_LABELS[breakdown])


# -- the report -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportCell:
    category: str
    value: float | None  # None: withheld (shown "<5")

    def text(self) -> str:
        if self.value is None:
            return WITHHELD
        return f"{self.value:g}" if isinstance(self.value, float) and not self.value.is_integer() \
            else str(int(self.value))


@dataclass(frozen=True)
class ReportTable:
    indicator: str
    breakdown: str
    cells: tuple[ReportCell, ...]
    adds_up: bool  # the categories add up to the indicator's total

    def title(self, lang: str) -> str:
        if self.breakdown == "total":
            return indicator_label(self.indicator, lang)
        return f"{indicator_label(self.indicator, lang)}: {breakdown_label(self.breakdown, lang).lower()}" \
            if lang == "en" else f"{indicator_label(self.indicator, lang)} — {breakdown_label(self.breakdown, lang)}"

    def label(self, code: str, lang: str) -> str:
        return category_label(self.breakdown, code, lang, indicator=self.indicator)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(cell.category for cell in self.cells)

    def value(self, code: str) -> float | None:
        for cell in self.cells:
            if cell.category == code:
                return cell.value
        return 0


@dataclass(frozen=True)
class ReportSection:
    """The tables of one period."""

    period: Period
    tables: tuple[ReportTable, ...]
    # the median days from a letter's issue to its completion; None when no
    # referral was completed, or when fewer than five were (``median_withheld``)
    median_days: float | None = None
    median_withheld: bool = False
    open_places: int = 0
    # None when withheld (a count from 1 to 4 with no total to hide it in)
    migrants_became_volunteers: int | None = 0

    def table(self, indicator: str, breakdown: str = "total") -> ReportTable | None:
        return next((t for t in self.tables if t.indicator == indicator and t.breakdown == breakdown), None)


@dataclass(frozen=True)
class ReportBar:
    month: dt.date
    values: tuple[tuple[str, float | None], ...]  # (indicator of BAR_INDICATORS, value or None when withheld)


@dataclass(frozen=True)
class Report:
    branch_code: str
    branch_name: str
    made_on: dt.date
    exact: bool
    filters: Filters
    current: ReportSection
    previous: ReportSection
    #: None when it is the previous period (a year's previous period is the year before)
    year_before: ReportSection | None
    months: tuple[ReportBar, ...]

    def note(self, lang: str) -> tuple[str, ...]:
        """"How figures are counted", a paragraph each, in the report's language."""
        paragraphs = [translate(lang, CONTEXT, p) for p in NOTE]
        if self.exact:
            paragraphs[-1] = translate(lang, CONTEXT, NOTE_EXACT)
        return tuple(paragraphs)

    def sections(self) -> tuple[tuple[str, ReportSection], ...]:
        out = [("current", self.current), ("previous", self.previous)]
        if self.year_before is not None:
            out.append(("year_before", self.year_before))
        return tuple(out)


# -- suppression over the whole report ------------------------------------------------------------
def _grid(sections: dict[str, Figures], bars: tuple[MonthBar, ...]) -> Grid:
    """Every cell of the report and the equations a reader knows between them."""
    values, primary, at_most, counts, totals = {}, set(), {}, set(), set()
    equations: list[dict] = []

    def cell(key, value: float, *, support: int | None = None, people: bool = True) -> None:
        values[key] = value
        small = support if support is not None else value
        if 0 < small <= SMALL:
            primary.add(key)
            if people and support is None:
                at_most[key] = SMALL
        if people and support is None:
            counts.add(key)

    for name, figures in sections.items():
        tables = {(t.indicator, t.breakdown): t for t in figures.tables}
        for indicator, breakdown in REPORT_TABLES:
            table = tables.get((indicator, breakdown))
            if table is None:
                continue
            total_key = (name, indicator, "total", "total")
            for i, (code, value) in enumerate(table.cells):
                key = (name, indicator, breakdown, code)
                cell(key, value, support=table.support[i] if table.support else None)
                if breakdown == "total":
                    totals.add(key)
            if breakdown != "total" and table.partition and (indicator, "total") in tables:
                eq = {(name, indicator, breakdown, code): 1 for code, _ in table.cells}
                eq[total_key] = eq.get(total_key, 0) - 1
                equations.append(eq)
        if ("people_new", "total") in tables:
            equations.append({(name, "people_new", "total", "total"): 1,
                              (name, "people_returning", "total", "total"): 1,
                              (name, "people_reached", "total", "total"): -1})
    # The bars, and what ties them to the periods' totals.
    for bar in bars:
        for indicator in BAR_INDICATORS:
            value = getattr(bar, indicator)
            if value is None:
                continue
            key = ("bars", indicator, bar.month.isoformat())
            cell(key, value, people=indicator != "volunteer_hours")
    for name, figures in sections.items():
        inside = [b for b in bars if figures.period.first <= b.month <= figures.period.last]
        if not _covers(inside, figures.period):
            continue
        for indicator in BAR_INDICATORS:
            total_key = (name, indicator, "total", "total")
            if total_key not in values or any(getattr(b, indicator) is None for b in inside):
                continue
            # Months add up to the period; people only when the period is the one month.
            if indicator in ADDITIVE_BARS or len(inside) == 1:
                eq = {("bars", indicator, b.month.isoformat()): 1 for b in inside}
                eq[total_key] = -1
                equations.append(eq)
    # Hours are known to a tenth: the sums hold to rounding, taken as exact (the safe side).
    return Grid(values, tuple(equations), frozenset(primary), at_most, frozenset(counts), frozenset(totals))


def _covers(bars: list[MonthBar], period: Period) -> bool:
    """The bars are exactly the months of the period."""
    if not bars or bars[0].month != period.first:
        return False
    last = bars[-1].month
    end_of_last = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    months = (last.year - bars[0].month.year) * 12 + last.month - bars[0].month.month + 1
    return end_of_last == period.last and months == len(bars)


def _section(figures: Figures, name: str, withheld: frozenset, *, exact: bool) -> ReportSection:
    tables = {(t.indicator, t.breakdown): t for t in figures.tables}
    out = []
    for indicator, breakdown in REPORT_TABLES:
        table = tables.get((indicator, breakdown))
        if table is None:
            continue
        out.append(ReportTable(indicator, breakdown, tuple(
            ReportCell(code, None if (name, indicator, breakdown, code) in withheld else value)
            for code, value in table.cells), table.partition))
    # The median of one to four referrals is as good as their own days; the
    # migrants who became volunteers stand alone, so withholding them is enough.
    completed = figures.value("referrals_completed")
    median_withheld = not exact and 0 < completed <= SMALL
    migrants = figures.migrants_became_volunteers
    return ReportSection(figures.period, tuple(out),
                         median_days=None if median_withheld else figures.median_days_to_completion,
                         median_withheld=median_withheld, open_places=figures.open_places,
                         migrants_became_volunteers=None if not exact and 0 < migrants <= SMALL else migrants)


def build_report(sections: dict[str, Figures], bars: tuple[MonthBar, ...], *, branch_code: str, branch_name: str,
                 exact: bool, filters: Filters, made_on: dt.date) -> Report:
    """The report from counted figures ("current", "previous" and perhaps
    "year_before"), withheld as they must be unless ``exact``."""
    withheld = frozenset() if exact else suppress(_grid(sections, bars))
    months = tuple(ReportBar(b.month, tuple(
        (indicator, None if ("bars", indicator, b.month.isoformat()) in withheld else getattr(b, indicator))
        for indicator in BAR_INDICATORS if getattr(b, indicator) is not None)) for b in bars)
    return Report(branch_code, branch_name, made_on, exact, filters,
                  _section(sections["current"], "current", withheld, exact=exact),
                  _section(sections["previous"], "previous", withheld, exact=exact),
                  _section(sections["year_before"], "year_before", withheld, exact=exact)
                  if "year_before" in sections else None,
                  months)


class ReportService:
    """The report a director sends to HQ or donors (services own the checks).
    Its files are made through the document seam (DocumentService.report_csv),
    which audits every one saved."""

    def __init__(self, statistics: StatisticsService):
        self.statistics = statistics
        self.db = statistics.db
        self.identity = statistics.identity

    def report(self, period: Period, *, exact: bool = False, filters: Filters = Filters(),
               today: dt.date | None = None, record: bool = True) -> Report:
        """The report of ``period``; an exact one is recorded in the audit
        trail (``record=False``: the caller records it, with record_exact)."""
        require(self.identity.role, Action.VIEW_STATISTICS)
        today = today or dt.date.today()
        previous, year_before = period.previous(), period.year_before()
        sections = {"current": self.statistics.figures(period, filters),
                    "previous": self.statistics.figures(previous, filters)}
        if (year_before.first, year_before.last) != (previous.first, previous.last):
            sections["year_before"] = self.statistics.figures(year_before, filters)
        bars = self.statistics.months(period, filters)
        with self.db.read() as s:
            branch = s.execute(select(Branch.code, Branch.name).where(Branch.is_local.is_(True))).one_or_none()
        code, name = branch if branch else ("", "")
        report = build_report(sections, bars, branch_code=code, branch_name=name, exact=exact, filters=filters,
                              made_on=today)
        if exact and record:
            self.record_exact(period, filters)
        return report

    def record_exact(self, period: Period, filters: Filters = Filters()) -> None:
        """Exact small counts may leave the branch only by someone's
        deliberate, recorded choice: this records it (a write, so never inside
        the read that gathers a document)."""
        require(self.identity.role, Action.VIEW_STATISTICS)
        with self.db.session(self.identity.username) as s:
            record_audit(s, "report.exact", period=period.code(), staff=filters.staff,
                         service=filters.service, referral_service=filters.referral_service)


def csv_bytes(report: Report) -> bytes:
    """``indicator,breakdown,category,value``, one row a figure of the period
    (not the comparisons: the stable machine format HQ scripts read).
    Codes, not labels; ``<5`` where withheld; plain UTF-8, no byte-order mark."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for table in report.current.tables:
        for cell in table.cells:
            writer.writerow((table.indicator, table.breakdown, cell.category, cell.text()))
    return out.getvalue().encode("utf-8")


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise Refused(fill(QCoreApplication.translate("Statistics", "Unknown language %1: use kk, ru or en."),
                           lang))
    return lang


# -- the printed report and the workbook ----------------------------------------------------------
def period_label(period: Period, lang: str) -> str:
    """"Қараша 2026", "Q4 2026", "Year 2026" or "01.11.2026 – 15.11.2026", in ``lang``."""
    from desktop.reports.figures import month_label

    if period.kind == "month":
        return month_label(lang, period.first)
    if period.kind == "quarter":
        return fill(translate(lang, CONTEXT, PAGE_WORDS["quarter"]), str((period.first.month - 1) // 3 + 1),
                    str(period.first.year))
    if period.kind == "year":
        return fill(translate(lang, CONTEXT, PAGE_WORDS["year"]), str(period.first.year))
    return period_dates(period)


def _overlaps(month: dt.date, period: Period) -> bool:
    """The month that starts on ``month`` has a day of ``period``."""
    end = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return month <= period.last and end >= period.first


def period_dates(period: Period) -> str:
    return f"{period.first:%d.%m.%Y} – {period.last:%d.%m.%Y}"


def filter_lines(filters: Filters, lang: str, *, staff_name: str = "") -> tuple[str, ...]:
    """What narrows the figures, a line each, in ``lang``; none for the whole branch."""
    lines = []
    if filters.staff:
        lines.append(fill(translate(lang, CONTEXT, PAGE_WORDS["staff"]), staff_name or filters.staff))
    if filters.service:
        lines.append(fill(translate(lang, CONTEXT, PAGE_WORDS["service"]),
                          _vocab(lang, vocab.SERVICES, filters.service)))
    if filters.referral_service:
        source = CATEGORIES.get(filters.referral_service)
        lines.append(fill(translate(lang, CONTEXT, PAGE_WORDS["referral_service"]),
                          translate(lang, "Referrals", source) if source else filters.referral_service))
    return tuple(lines)


def figures_data(report: Report, lang: str, *, staff_name: str = ""):
    """The report in ``lang``, as figures_pdf and figures_xlsx draw it."""
    from desktop.reports.figures import NOTHING, FigureRow, FigureTable, FiguresData, FiguresSection, MonthSeries

    check_language(lang)

    def word(key: str) -> str:
        return translate(lang, CONTEXT, PAGE_WORDS[key])

    sections = report.sections()
    periods = [section for _, section in sections]

    def values(indicator: str, breakdown: str, code: str) -> tuple[float | None, ...]:
        out = []
        for section in periods:
            table = section.table(indicator, breakdown)
            out.append(table.value(code) if table is not None else 0)
        return tuple(out)

    def table(indicator: str, breakdown: str) -> FigureTable | None:
        current = report.current.table(indicator, breakdown)
        if current is None:
            return None
        # Every category any of the periods has (a country seen only a year
        # before is a row too), so each column adds up to its total.
        codes = list(current.codes)
        for section in periods[1:]:
            other = section.table(indicator, breakdown)
            codes += [c for c in (other.codes if other is not None else ()) if c not in codes]
        return FigureTable(f"{indicator}/{breakdown}", current.title(lang),
                           translate(lang, CONTEXT, SHEETS[(indicator, breakdown)]),
                           tuple(FigureRow(current.label(code, lang), values(indicator, breakdown, code), code=code)
                                 for code in codes),
                           hours=indicator == "volunteer_hours")

    headline_rows = [FigureRow(indicator_label(indicator, lang), values(indicator, "total", "total"), code=indicator)
                     for indicator in HEADLINE if report.current.table(indicator) is not None]
    headline_rows += [
        FigureRow(word("median_days"), tuple(None if s.median_withheld else NOTHING if s.median_days is None
                                             else s.median_days for s in periods),
                  aside=True, code="median_days_to_completion"),
        FigureRow(word("open_places"), tuple(s.open_places for s in periods), aside=True, code="open_places"),
        FigureRow(word("migrants"), tuple(s.migrants_became_volunteers for s in periods), aside=True,
                  code="migrants_became_volunteers"),
    ]
    headline = FigureTable("totals", translate(lang, CONTEXT, SHEETS["totals"]),
                           translate(lang, CONTEXT, SHEETS["totals"]), tuple(headline_rows), chart=False)
    out_sections = []
    for heading, keys in SECTIONS:
        tables = tuple(t for t in (table(i, b) for i, b in keys) if t is not None)
        if tables:
            out_sections.append(FiguresSection(translate(lang, CONTEXT, heading), tables))
    series = []
    for indicator in BAR_INDICATORS:
        found = [dict(bar.values) for bar in report.months]
        if found and all(indicator in v for v in found):
            series.append(MonthSeries(indicator, indicator_label(indicator, lang),
                                      tuple(v[indicator] for v in found), hours=indicator == "volunteer_hours"))
    return FiguresData(
        lang=lang, branch_code=report.branch_code, branch_name=report.branch_name, title=word("title"),
        period=period_label(report.current.period, lang), dates=period_dates(report.current.period),
        made_on=fill(word("made_on"), report.made_on.strftime("%d.%m.%Y")),
        columns=tuple(period_label(section.period, lang) for section in periods),
        column_roles=tuple(translate(lang, CONTEXT, WORDS[name]) for name, _ in sections),
        filters=filter_lines(report.filters, lang, staff_name=staff_name), exact=report.exact,
        marking=translate(lang, CONTEXT, NOTE_EXACT) if report.exact else word("withheld_marking"),
        headline=headline, sections=tuple(out_sections),
        month_heading=translate(lang, CONTEXT, SHEETS["months"]), month_column=word("month"),
        category_column=word("category"), month_firsts=tuple(bar.month for bar in report.months),
        in_period=tuple(_overlaps(bar.month, report.current.period) for bar in report.months),
        months=tuple(series), note_heading=word("how"), note=report.note(lang),
        withheld=translate(lang, CONTEXT, WORDS["withheld"]), page_of=word("page_of"))
