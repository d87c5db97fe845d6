"""The branch's figures for a period, as its PDF and its workbook show them.

The data here is already in the report's language and already withheld
where it must be (services.statistics_report decides both): a layout only
draws it. ``None`` as a value is a withheld figure, printed ``<5``.
figures_pdf.py lays it out with ReportLab (charts from
reportlab.graphics.charts), figures_xlsx.py with XlsxWriter (native charts).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QLocale

from .roster import LOCALES, check_language, month_name

NOTHING = "—"  # no figure at all (a median of no referrals), as opposed to a withheld one


@dataclass(frozen=True)
class FigureRow:
    label: str
    # one value for each of the report's periods (this one, the previous one,
    # a year before); None where it is withheld, NOTHING where there is none
    # (no referral completed: no median)
    values: tuple[float | str | None, ...]
    # a figure of its own (median days, open places): no bar in the chart
    aside: bool = False
    code: str = ""  # the category's code ("F", "UZ", "legal_aid"), the same in every language


@dataclass(frozen=True)
class FigureTable:
    """One table of the report, and the chart of its first column."""

    key: str    # indicator/breakdown, e.g. "people_reached/sex": the same in every language
    title: str
    sheet: str  # the workbook sheet's name: at most 31 characters, none of []:*?/\
    rows: tuple[FigureRow, ...]
    hours: bool = False  # values are hours (a tenth shown), not counts
    chart: bool = True


@dataclass(frozen=True)
class MonthSeries:
    """One indicator over the months of the bars."""

    key: str
    title: str
    values: tuple[float | None, ...]
    hours: bool = False


@dataclass(frozen=True)
class FiguresSection:
    heading: str
    tables: tuple[FigureTable, ...]


@dataclass(frozen=True)
class FiguresData:
    lang: str
    branch_code: str
    branch_name: str
    title: str                       # "Branch figures"
    period: str                      # "November 2026"
    dates: str                       # "01.11.2026 – 30.11.2026"
    made_on: str                     # "Made on 15.12.2026"
    columns: tuple[str, ...]         # each period column's heading: "November 2026", "October 2026", …
    column_roles: tuple[str, ...]    # what each column is: "This period", "Previous period", …
    filters: tuple[str, ...]         # "Staff member: …", one line a filter; empty: the whole branch
    exact: bool
    marking: str                     # the line that says whether small counts are withheld
    headline: FigureTable            # the totals
    sections: tuple[FiguresSection, ...]
    month_heading: str
    month_column: str                # "Month"
    category_column: str             # "Category"
    month_firsts: tuple[dt.date, ...]  # the first day of each month of the bars
    in_period: tuple[bool, ...]      # which of those months belong to the report's period
    months: tuple[MonthSeries, ...]
    note_heading: str
    note: tuple[str, ...]
    withheld: str                    # "<5"
    page_of: str                     # "Page %1 of %2"

    def tables(self) -> tuple[FigureTable, ...]:
        return (self.headline, *(t for section in self.sections for t in section.tables))


def format_figure(value: float | str | None, lang: str, *, hours: bool = False, withheld: str = "<5") -> str:
    """A figure as the language writes numbers: "1 234" in Kazakh and
    Russian, "1,234" in English; hours to a tenth ("7,5"); ``withheld`` for None."""
    if value is None:
        return withheld
    if isinstance(value, str):
        return value
    locale = QLocale(LOCALES[check_language(lang)])
    if hours or (isinstance(value, float) and not value.is_integer()):
        text = locale.toString(float(value), "f", 1)
        zero = locale.toString(0.0, "f", 1)[1:]  # ",0" or ".0"
        return text[:-len(zero)] if text.endswith(zero) else text
    return locale.toString(int(value))


def month_label(lang: str, first: dt.date) -> str:
    """"Қараша 2025", "Ноябрь 2025", "November 2025"."""
    return month_name(lang, first.year, first.month)


def short_month(lang: str, first: dt.date) -> str:
    """Under a bar: "қар.", "нояб.", "Nov"."""
    return QLocale(LOCALES[check_language(lang)]).standaloneMonthName(first.month, QLocale.FormatType.ShortFormat)
