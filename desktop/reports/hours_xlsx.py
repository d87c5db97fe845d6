"""Volunteers' hours as a workbook (XLSX) for the branch's accounts and HQ.

Sheet one sums the hours by volunteer and month, with a total for each
volunteer and each month; sheet two lists every completed assignment the sums
come from. Headings are in the language chosen, hours are numbers and dates are
dates, so the workbook can be summed, filtered and pivoted as it is.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .labels import translate
from desktop.files import write_atomically
from .roster import CONTEXT, WORDS, check_language, month_name, sort_key

SHEETS = {
    "months": QT_TRANSLATE_NOOP("Roster", "Hours by volunteer and month"),
    "shifts": QT_TRANSLATE_NOOP("Roster", "Completed shifts"),
}
TOTAL = QT_TRANSLATE_NOOP("Roster", "Total")

HOURS_FORMAT = "0.0#"
DATE_FORMAT = "DD.MM.YYYY"


@dataclass(frozen=True)
class HoursEntry:
    """One completed assignment."""

    day: dt.date
    volunteer_name: str
    registration_number: str
    site: str
    hours: float


@dataclass(frozen=True)
class HoursData:
    """The entries to sum. The month columns run from `first_month` to
    `last_month` (any day in each), months without hours included; by default
    from the first entry's month to the last's."""

    branch_name: str
    entries: tuple[HoursEntry, ...]
    first_month: dt.date | None = None
    last_month: dt.date | None = None

    def __post_init__(self):
        object.__setattr__(self, "entries", tuple(self.entries))
        if any(e.hours < 0 for e in self.entries):
            raise ValueError("hours cannot be negative")
        months = self.months()
        outside = [e for e in self.entries if not months[0] <= (e.day.year, e.day.month) <= months[-1]]
        if outside:
            raise ValueError(f"{len(outside)} entries fall outside the months asked for")

    def months(self) -> list[tuple[int, int]]:
        days = [e.day for e in self.entries]
        first = self.first_month or (min(days) if days else None)
        last = self.last_month or (max(days) if days else None)
        if first is None or last is None:
            return []
        if (last.year, last.month) < (first.year, first.month):
            raise ValueError(f"the months end before they start: {first:%Y-%m} – {last:%Y-%m}")
        months, year, month = [], first.year, first.month
        while (year, month) <= (last.year, last.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months


def _sheet_title(text: str) -> str:
    # Excel refuses a sheet title over 31 characters or with any of []:*?/\ in it.
    return re.sub(r"[\[\]:*?/\\]", " ", text)[:31].strip()


def _as_text(sheet) -> None:
    """People's text stays text: openpyxl turns any string that starts with
    "=" into a formula (a volunteer or site named "=HYPERLINK(…)" would run
    in the reader's Excel). Such cells are written as strings; other strings
    already are, and Excel never evaluates a stored string."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def _hours(value: float) -> float:
    return round(float(value), 2)


def hours_workbook(data: HoursData, lang: str) -> bytes:
    """The workbook as XLSX bytes, built in memory (no file is written)."""
    check_language(lang)
    # openpyxl is imported on the first export, not with this module.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    def word(source: str) -> str:
        return translate(lang, CONTEXT, source)

    bold = Font(bold=True)
    heading_fill = PatternFill("solid", fgColor="E6E6EB")
    months = data.months()

    volunteers: dict[str, str] = {}
    sums: dict[tuple[str, tuple[int, int]], float] = {}
    for entry in data.entries:
        volunteers.setdefault(entry.registration_number, entry.volunteer_name)
        key = (entry.registration_number, (entry.day.year, entry.day.month))
        sums[key] = sums.get(key, 0.0) + float(entry.hours)
    by_name = sort_key(lang)
    order = sorted(volunteers, key=lambda number: (by_name(volunteers[number]), number))

    workbook = Workbook()
    workbook.properties.title = f"{word(SHEETS['months'])} — {data.branch_name}"
    workbook.properties.creator = "Qamqor"

    def finish(sheet, rows: int):
        for cell in sheet[1]:
            cell.font = bold
            cell.fill = heading_fill
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        for column in sheet.columns:
            longest = max((len(str(c.value)) for c in column if c.value is not None and c.row > 1), default=0)
            heading = len(str(column[0].value or ""))
            width = max(10, min(45, max(longest + 2, min(heading, 24) + 2)))
            sheet.column_dimensions[get_column_letter(column[0].column)].width = width
        sheet.auto_filter.ref = f"A1:{get_column_letter(sheet.max_column)}{max(rows, 1)}"

    # Sheet one: a row per volunteer, a column per month.
    sheet = workbook.active
    sheet.title = _sheet_title(word(SHEETS["months"]))
    sheet.append([word(WORDS["volunteer"]), word(WORDS["registration"]),
                  *(month_name(lang, year, month) for year, month in months), word(TOTAL)])
    # Every total adds the exact hours and is rounded once: three people with
    # 20 minutes make 1.00 hour across the row and down the column alike.
    for number in order:
        exact = [sums.get((number, month), 0.0) for month in months]
        sheet.append([volunteers[number], number, *map(_hours, exact), _hours(sum(exact))])
    month_exact = [sum(sums.get((number, month), 0.0) for number in order) for month in months]
    sheet.append([word(TOTAL), None, *map(_hours, month_exact), _hours(sum(month_exact))])
    last = sheet.max_row
    for row in sheet.iter_rows(min_row=2, min_col=3):
        for cell in row:
            cell.number_format = HOURS_FORMAT
    for cell in sheet[last]:
        cell.font = bold
    for row in range(2, last + 1):
        sheet.cell(row, sheet.max_column).font = bold
    _as_text(sheet)
    finish(sheet, last - 1)  # the totals row stays out of the filter
    sheet.freeze_panes = "C2"

    # Sheet two: every completed assignment the sums come from.
    sheet = workbook.create_sheet(_sheet_title(word(SHEETS["shifts"])))
    sheet.append([word(WORDS["date"]), word(WORDS["volunteer"]), word(WORDS["registration"]), word(WORDS["site"]),
                  word(WORDS["hours"])])
    for entry in sorted(data.entries, key=lambda e: (e.day, by_name(e.volunteer_name), by_name(e.site))):
        sheet.append([entry.day, entry.volunteer_name, entry.registration_number, entry.site, _hours(entry.hours)])
        sheet.cell(sheet.max_row, 1).number_format = DATE_FORMAT
        sheet.cell(sheet.max_row, 5).number_format = HOURS_FORMAT
    _as_text(sheet)
    finish(sheet, sheet.max_row)
    sheet.column_dimensions["A"].width = 12
    sheet.freeze_panes = "A2"

    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_hours_workbook(data: HoursData, path: str | os.PathLike, lang: str) -> Path:
    """The workbook at `path`, written in one step beside it (no copy with
    names in it anywhere else)."""
    return write_atomically(path, hours_workbook(data, lang))
