"""HQ's report across branches as a workbook: a sheet for the totals of
every branch, then a sheet for each breakdown, a row per branch and the
total of all branches last, each with a native chart of the branches.

The data is already in the workbook's language and already withheld where
it must be (hq/report.py decides both); ``None`` is a withheld figure,
written as the text "<5". Made in memory like the branch's workbook
(figures_xlsx.py): no temporary file, every text written as text, every
figure a number an analyst can sum.
"""
from __future__ import annotations

from dataclasses import dataclass

from .figures_xlsx import FIRST_ROW, HEADING_ROW, new_workbook, sheet_name

TITLE_ROW, ABOUT_ROW, MARKING_ROW = 0, 1, 2


@dataclass(frozen=True)
class BranchTable:
    """One indicator broken down one way: a column per category, a row per
    branch, the total of all branches last."""

    key: str  # indicator/breakdown, "people_reached/sex": the same in every language
    title: str
    sheet: str
    columns: tuple[str, ...]  # the categories' labels (the totals sheet: the indicators')
    rows: tuple[tuple[str, tuple[float | None, ...]], ...]  # (branch's label, a value per column)
    hours: tuple[bool, ...]  # for each column: hours (a tenth shown), not a count
    stacked: bool = False  # the categories add up to the branch's total


@dataclass(frozen=True)
class BranchesData:
    title: str             # "Figures across branches"
    about: str             # the period, its dates, the day it was made
    marking: str           # whether small counts are withheld
    exact: bool
    branch_column: str     # "Branch"
    withheld: str          # "<5"
    tables: tuple[BranchTable, ...]  # the totals first
    note_heading: str
    note: tuple[str, ...]


def branches_workbook(data: BranchesData) -> bytes:
    workbook, buffer, formats = new_workbook({"title": data.title})
    taken: set[str] = set()

    def table_sheet(table: BranchTable, first: bool) -> None:
        sheet = workbook.add_worksheet(sheet_name(table.sheet, taken))
        sheet.write_string(TITLE_ROW, 0, table.title, formats["title"])
        sheet.write_string(ABOUT_ROW, 0, data.about, formats["about"])
        sheet.write_string(MARKING_ROW, 0, data.marking, formats["exact" if data.exact else "marking"])
        sheet.write_string(HEADING_ROW, 0, data.branch_column, formats["heading"])
        for c, column in enumerate(table.columns, start=1):
            sheet.write_string(HEADING_ROW, c, column, formats["heading"])
        sheet.set_row(HEADING_ROW, 45)
        for r, (label, values) in enumerate(table.rows, start=FIRST_ROW):
            total_row = r == FIRST_ROW + len(table.rows) - 1
            sheet.write_string(r, 0, label, formats["bold"] if total_row else None)
            for c, (figure, hours) in enumerate(zip(values, table.hours), start=1):
                if figure is None:
                    sheet.write_string(r, c, data.withheld, formats["withheld"])
                else:
                    sheet.write_number(r, c, float(figure) if hours else int(figure),
                                       formats["tenth" if hours else "count"])
        sheet.set_column(0, 0, min(max([len(label) for label, _ in table.rows] + [14]) + 2, 50))
        sheet.set_column(1, len(table.columns), 14)
        sheet.freeze_panes(FIRST_ROW, 1)
        last_branch = FIRST_ROW + len(table.rows) - 2  # the chart shows the branches, not their total
        if last_branch >= FIRST_ROW:
            chart = workbook.add_chart({"type": "bar", "subtype": "stacked"} if table.stacked else {"type": "bar"})
            # The totals sheet charts its first column (people reached); a breakdown all its categories.
            for c in range(1, 2 if first else len(table.columns) + 1):
                chart.add_series({
                    "name": [sheet.name, HEADING_ROW, c],
                    "categories": [sheet.name, FIRST_ROW, 0, last_branch, 0],
                    "values": [sheet.name, FIRST_ROW, c, last_branch, c],
                    "gap": 50,
                    **({"fill": {"color": "#9E1B20"}} if first or len(table.columns) == 1 else {}),
                })
            chart.set_title({"name": table.columns[0] if first else table.title, "name_font": {"size": 11}})
            if first or len(table.columns) == 1:
                chart.set_legend({"none": True})
            else:
                chart.set_legend({"position": "bottom"})
            chart.set_y_axis({"reverse": True})  # the first branch on top, as in the table
            chart.set_x_axis({"min": 0, "major_gridlines": {"visible": True, "line": {"color": "#E0E0E6"}}})
            chart.set_size({"width": 560, "height": max(240, 30 * (last_branch - FIRST_ROW + 1) + 120)})
            sheet.insert_chart(HEADING_ROW, len(table.columns) + 2, chart)
        if first:
            row = FIRST_ROW + len(table.rows) + 1
            sheet.write_string(row, 0, data.note_heading, formats["bold"])
            for paragraph in data.note:
                row += 1
                sheet.merge_range(row, 0, row, len(table.columns), "", formats["note"])
                sheet.write_string(row, 0, paragraph, formats["note"])
                sheet.set_row(row, 15 * max(1, len(paragraph) // 100 + 1))

    for i, table in enumerate(data.tables):
        table_sheet(table, i == 0)
    workbook.close()
    return buffer.getvalue()
