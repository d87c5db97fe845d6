"""Volunteers' hours as a workbook (XLSX) for the branch's accounts and HQ.

Sheet one sums the hours by volunteer and month, with a total for each
volunteer and each month; sheet two lists every completed assignment the sums
come from. Headings are in the language chosen, hours are numbers and dates are
dates, so the workbook can be summed, filtered and pivoted as it is.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from io import BytesIO

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .labels import translate
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


def _hours(value: float) -> float:
    return round(float(value), 2)


def hours_workbook(data: HoursData, lang: str) -> bytes:
    """The workbook as XLSX bytes, built in memory: XlsxWriter's in-memory mode
    writes no temporary file (openpyxl's write path keeps each sheet's rows, names
    and all, in a plaintext file in the system's temp folder until it saves)."""
    check_language(lang)
    # XlsxWriter is imported on the first export, not with this module.
    import xlsxwriter
    from xlsxwriter.utility import xl_col_to_name

    def word(source: str) -> str:
        return translate(lang, CONTEXT, source)

    months = data.months()
    volunteers: dict[str, str] = {}
    sums: dict[tuple[str, tuple[int, int]], float] = {}
    for entry in data.entries:
        volunteers.setdefault(entry.registration_number, entry.volunteer_name)
        key = (entry.registration_number, (entry.day.year, entry.day.month))
        sums[key] = sums.get(key, 0.0) + float(entry.hours)
    by_name = sort_key(lang)
    order = sorted(volunteers, key=lambda number: (by_name(volunteers[number]), number))

    buffer = BytesIO()
    # Formulas never come from people's text: a name or a site that starts with
    # =, +, - or @ is text (write_string below, and no string is read as a formula).
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                            "strings_to_numbers": False, "strings_to_urls": False})
    workbook.set_properties({"title": f"{word(SHEETS['months'])} — {data.branch_name}", "author": "Qamqor",
                             "created": dt.datetime(2000, 1, 1)})
    heading = workbook.add_format({"bold": True, "bg_color": "#E6E6EB", "valign": "top", "text_wrap": True})
    hours = workbook.add_format({"num_format": HOURS_FORMAT})
    bold_hours = workbook.add_format({"num_format": HOURS_FORMAT, "bold": True})
    bold = workbook.add_format({"bold": True})
    date = workbook.add_format({"num_format": DATE_FORMAT})

    def write_table(sheet, headings: list[str], rows: list[list], formats: list[list]) -> None:
        """Headings, then the rows (each cell with its format): text as text,
        numbers and dates as themselves; each column as wide as its longest
        value (within reason)."""
        widths = [0] * len(headings)
        for c, text in enumerate(headings):
            sheet.write_string(0, c, text, heading)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                fmt = formats[r - 1][c]
                if value is None:
                    continue
                if isinstance(value, str):
                    sheet.write_string(r, c, value, fmt)
                elif isinstance(value, dt.date):
                    sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), fmt)
                else:
                    sheet.write_number(r, c, value, fmt)
                widths[c] = max(widths[c], len(value.strftime("%d.%m.%Y") if isinstance(value, dt.date)
                                               else str(value)))
        for c, text in enumerate(headings):
            sheet.set_column(c, c, max(10, min(45, max(widths[c] + 2, min(len(text), 24) + 2))))

    # Sheet one: a row per volunteer, a column per month.
    sheet = workbook.add_worksheet(_sheet_title(word(SHEETS["months"])))
    headings = [word(WORDS["volunteer"]), word(WORDS["registration"]),
                *(month_name(lang, year, month) for year, month in months), word(TOTAL)]
    rows, formats = [], []
    # Every total adds the exact hours and is rounded once: three people with
    # 20 minutes make 1.00 hour across the row and down the column alike.
    for number in order:
        exact = [sums.get((number, month), 0.0) for month in months]
        rows.append([volunteers[number], number, *map(_hours, exact), _hours(sum(exact))])
        formats.append([None, None, *([hours] * len(months)), bold_hours])
    month_exact = [sum(sums.get((number, month), 0.0) for number in order) for month in months]
    rows.append([word(TOTAL), None, *map(_hours, month_exact), _hours(sum(month_exact))])
    formats.append([bold, bold, *([bold_hours] * (len(months) + 1))])
    write_table(sheet, headings, rows, formats)
    last_column = xl_col_to_name(len(headings) - 1)
    sheet.autofilter(f"A1:{last_column}{max(len(rows) - 1, 0) + 1}")  # the totals row stays out of the filter
    sheet.freeze_panes(1, 2)

    # Sheet two: every completed assignment the sums come from.
    sheet = workbook.add_worksheet(_sheet_title(word(SHEETS["shifts"])))
    headings = [word(WORDS["date"]), word(WORDS["volunteer"]), word(WORDS["registration"]), word(WORDS["site"]),
                word(WORDS["hours"])]
    rows = [[entry.day, entry.volunteer_name, entry.registration_number, entry.site, _hours(entry.hours)]
            for entry in sorted(data.entries, key=lambda e: (e.day, by_name(e.volunteer_name), by_name(e.site)))]
    write_table(sheet, headings, rows, [[date, None, None, None, hours]] * len(rows))
    sheet.set_column(0, 0, 12)
    sheet.autofilter(f"A1:E{len(rows) + 1}")
    sheet.freeze_panes(1, 0)

    workbook.close()
    return buffer.getvalue()
