"""The branch's figures as a workbook: a sheet for the totals, one for the
months, one for each breakdown, each with a native Excel chart of its figures.

Made in memory (XlsxWriter's in-memory mode writes no temporary file), every
text written as text (a category or a staff member's name that starts with
"=" stays a name), every figure a number an analyst can sum; a withheld figure
is the text "<5". Each table starts at the same place on its sheet: a title
in A1, what it is about in A2 and A3, the column headings in row 5, the
categories from row 6 down.
"""
from __future__ import annotations

import datetime as dt
import re
from io import BytesIO

from .figures import FigureTable, FiguresData, month_label

TITLE_ROW, ABOUT_ROW, MARKING_ROW, HEADING_ROW = 0, 1, 2, 4
FIRST_ROW = HEADING_ROW + 1
COUNT_FORMAT = "#,##0"
TENTH_FORMAT = "#,##0.0"


def sheet_name(text: str, taken: set[str]) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet's name, and
    no two alike whatever their case."""
    base = re.sub(r"[\[\]:*?/\\]", " ", text).strip().strip("'")[:31].strip() or "Sheet"
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name = base[:31 - len(suffix)].rstrip() + suffix
        n += 1
    taken.add(name.casefold())
    return name


def new_workbook(properties: dict):
    """An in-memory workbook that writes text as text (no formulas, numbers or
    links made of people's words), and the cell formats every figures sheet
    uses. Returns (workbook, buffer, formats): close the workbook, then take
    the buffer's bytes."""
    # XlsxWriter is imported on the first workbook, not with this module.
    import xlsxwriter

    buffer = BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                            "strings_to_numbers": False, "strings_to_urls": False})
    # A fixed date: the same figures make the same file.
    workbook.set_properties({**properties, "created": dt.datetime(2000, 1, 1)})
    formats = {
        "title": workbook.add_format({"bold": True, "font_size": 13}),
        "about": workbook.add_format({"font_color": "#5F5F6B"}),
        "marking": workbook.add_format({"font_color": "#5F5F6B", "italic": True}),
        "exact": workbook.add_format({"bold": True, "font_color": "#9E1B20"}),
        "heading": workbook.add_format({"bold": True, "bg_color": "#E6E6EB", "text_wrap": True, "valign": "top"}),
        "count": workbook.add_format({"num_format": COUNT_FORMAT}),
        "tenth": workbook.add_format({"num_format": TENTH_FORMAT}),
        "withheld": workbook.add_format({"align": "right", "font_color": "#5F5F6B"}),
        "bold": workbook.add_format({"bold": True}),
        "note": workbook.add_format({"text_wrap": True, "valign": "top"}),
    }
    return workbook, buffer, formats


def figures_workbook(data: FiguresData) -> bytes:
    workbook, buffer, formats = new_workbook({"title": f"{data.title} — {data.period}", "author": data.branch_name,
                                              "subject": data.branch_code})
    taken: set[str] = set()
    about = " · ".join(x for x in (f"{data.branch_name} ({data.branch_code})" if data.branch_code
                                   else data.branch_name, f"{data.period}" + (
                                       f" ({data.dates})" if data.dates != data.period else ""), data.made_on,
                                   *data.filters) if x)

    def header(sheet, title: str) -> None:
        sheet.write_string(TITLE_ROW, 0, title, formats["title"])
        sheet.write_string(ABOUT_ROW, 0, about, formats["about"])
        sheet.write_string(MARKING_ROW, 0, data.marking, formats["exact" if data.exact else "marking"])

    def value(sheet, row: int, col: int, figure: float | str | None, *, tenth: bool) -> None:
        if figure is None:
            sheet.write_string(row, col, data.withheld, formats["withheld"])
        elif isinstance(figure, str):
            sheet.write_string(row, col, figure, formats["withheld"])
        elif tenth or (isinstance(figure, float) and not figure.is_integer()):
            sheet.write_number(row, col, float(figure), formats["tenth"])
        else:
            sheet.write_number(row, col, int(figure), formats["count"])

    def column_headings(sheet, first: str) -> None:
        sheet.write_string(HEADING_ROW, 0, first, formats["heading"])
        for i, (column, role) in enumerate(zip(data.columns, data.column_roles), start=1):
            sheet.write_string(HEADING_ROW, i, f"{column}\n{role}", formats["heading"])
        sheet.set_row(HEADING_ROW, 30)

    def figure_sheet(table: FigureTable) -> None:
        sheet = workbook.add_worksheet(sheet_name(table.sheet, taken))
        header(sheet, table.title)
        column_headings(sheet, data.category_column if table.key != "totals" else "")
        for r, row in enumerate(table.rows, start=FIRST_ROW):
            sheet.write_string(r, 0, row.label)
            for c, figure in enumerate(row.values, start=1):
                value(sheet, r, c, figure, tenth=table.hours)
        width = max([len(row.label) for row in table.rows] + [12])
        sheet.set_column(0, 0, min(width + 2, 60))
        sheet.set_column(1, len(data.columns), 16)
        sheet.freeze_panes(FIRST_ROW, 1)
        last = FIRST_ROW + len(table.rows) - 1
        if table.chart and table.rows:
            chart = workbook.add_chart({"type": "bar"})
            chart.add_series({
                "name": [sheet.name, HEADING_ROW, 1],
                "categories": [sheet.name, FIRST_ROW, 0, last, 0],
                "values": [sheet.name, FIRST_ROW, 1, last, 1],
                "fill": {"color": "#9E1B20"}, "gap": 60,
                "data_labels": {"value": True, "num_format": TENTH_FORMAT if table.hours else COUNT_FORMAT},
            })
            chart.set_title({"name": table.title, "name_font": {"size": 11}})
            chart.set_legend({"none": True})
            # The first category on top, as in the table.
            chart.set_y_axis({"reverse": True})
            chart.set_x_axis({"min": 0, "major_gridlines": {"visible": True, "line": {"color": "#E0E0E6"}}})
            chart.set_size({"width": 520, "height": max(220, 34 * len(table.rows) + 90)})
            sheet.insert_chart(HEADING_ROW, len(data.columns) + 2, chart)
        if table.key == "totals":
            # The note on how figures are counted, under the totals.
            row = last + 2
            sheet.write_string(row, 0, data.note_heading, formats["bold"])
            for paragraph in data.note:
                row += 1
                sheet.merge_range(row, 0, row, len(data.columns), "", formats["note"])
                sheet.write_string(row, 0, paragraph, formats["note"])
                sheet.set_row(row, 15 * max(1, len(paragraph) // 90 + 1))

    figure_sheet(data.headline)
    if data.months:
        sheet = workbook.add_worksheet(sheet_name(data.month_heading, taken))
        header(sheet, data.month_heading)
        sheet.write_string(HEADING_ROW, 0, data.month_column, formats["heading"])
        for c, series in enumerate(data.months, start=1):
            sheet.write_string(HEADING_ROW, c, series.title, formats["heading"])
        sheet.set_row(HEADING_ROW, 30)
        for r, first in enumerate(data.month_firsts, start=FIRST_ROW):
            sheet.write_string(r, 0, month_label(data.lang, first),
                               formats["bold"] if data.in_period[r - FIRST_ROW] else None)
            for c, series in enumerate(data.months, start=1):
                value(sheet, r, c, series.values[r - FIRST_ROW], tenth=series.hours)
        sheet.set_column(0, 0, 18)
        sheet.set_column(1, len(data.months), 16)
        sheet.freeze_panes(FIRST_ROW, 1)
        last = FIRST_ROW + len(data.month_firsts) - 1
        for k, series in enumerate(data.months):
            chart = workbook.add_chart({"type": "column"})
            chart.add_series({
                "name": [sheet.name, HEADING_ROW, k + 1],
                "categories": [sheet.name, FIRST_ROW, 0, last, 0],
                "values": [sheet.name, FIRST_ROW, k + 1, last, k + 1],
                "fill": {"color": "#9E1B20"}, "gap": 40,
                # The months of the period in red, the others grey.
                "points": [None if inside else {"fill": {"color": "#C7BDC2"}} for inside in data.in_period],
            })
            chart.set_title({"name": series.title, "name_font": {"size": 11}})
            chart.set_legend({"none": True})
            chart.set_y_axis({"min": 0, "major_gridlines": {"visible": True, "line": {"color": "#E0E0E6"}}})
            chart.set_size({"width": 560, "height": 260})
            sheet.insert_chart(HEADING_ROW + k * 14, len(data.months) + 2, chart)
    for section in data.sections:
        for table in section.tables:
            figure_sheet(table)
    workbook.close()
    return buffer.getvalue()
