"""The Reports area on the branch counted by hand (tests/unit/test_statistics.py):
the dashboard follows the period and the filters chosen, the overdue
referrals open their list, and the report saved from it holds the figures
on the screen."""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.models import Role
from desktop.views.reports.reports_page import NoReportsAccessPage, ReportsPage
from desktop.views.shell.areas import Area
from tests.unit.test_statistics import TODAY, almaty, branch  # noqa: F401 (fixtures)


@pytest.fixture
def any_gate(gate):
    """The window's branch: the counted-by-hand data goes into the gate it opens."""
    return gate


def open_reports(qtbot, open_window, role=Role.DIRECTOR) -> tuple:
    window = open_window(role)
    page = window.pages[Area.REPORTS]
    page.today = TODAY  # "overdue now" and "this month" as on 15 December 2026
    window.show_area(Area.REPORTS)
    qtbot.waitUntil(lambda: page.dashboard is not None and page.job is None, timeout=20_000)
    return window, page


def shows(qtbot, page: ReportsPage, period_text: str) -> None:
    qtbot.waitUntil(lambda: page.job is None and page.summary.text().startswith(period_text), timeout=20_000)


def totals(page: ReportsPage, label: str, column: int = 1) -> str:
    return page.totals_model.cell(label, column)


def test_the_dashboard_follows_the_period_and_the_filters(qtbot, branch, open_window):
    window, page = open_reports(qtbot, open_window)
    assert page.period_choice.currentData() == "this_month"
    assert page.summary.text().startswith("December 2026 (01.12.2026 – 31.12.2026)")
    page.set_dates(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    shows(qtbot, page, "November 2026 (01.11.2026 – 30.11.2026). Compared with October 2026 and November 2025.")
    assert page.period_choice.currentData() == "range"
    # The totals: this period, the previous one and the change, a year before and the change.
    assert [totals(page, "People reached", c) for c in range(1, 6)] == ["5", "1", "+4 (+400%)", "1", "+4 (+400%)"]
    assert totals(page, "Visits") == "6" and totals(page, "Referrals made") == "3"
    assert totals(page, "Volunteer hours") == "22" and totals(page, "Median days to completion") == "13"
    # Each breakdown, its table and its chart.
    sex = page.cards["people_reached/sex"]
    assert [sex.model.cell(c, 1) for c in ("Female", "Male", "Not known")] == ["2", "2", "1"]
    assert [sex.model.cell("Male", c) for c in (2, 3)] == ["0", "2"]  # new, returning
    assert sex.chart.texts() == ["Female: 2", "Male: 2", "Not known: 1"]
    months = page.month_cards["people"][0]
    assert months.chart.texts()[-2:] == ["October 2026: 1", "November 2026: 5"]
    assert months.model.cell("November 2026", 1) == "5"

    page.set_dates(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    shows(qtbot, page, "October 2026 (01.10.2026 – 31.10.2026)")
    assert totals(page, "People reached") == "1" and totals(page, "New people") == "1"
    assert sex.chart.texts() == ["Female: 0", "Male: 1", "Not known: 0"]

    # The visits a staff member logged, the referrals they made.
    page.set_dates(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    shows(qtbot, page, "November 2026")
    page.staff.setCurrentIndex(page.staff.findData("caseworker"))
    qtbot.waitUntil(lambda: page.job is None and totals(page, "People reached") == "1", timeout=20_000)
    assert totals(page, "Visits") == "2"
    page.staff.setCurrentIndex(0)
    page.referred_to.setCurrentIndex(page.referred_to.findData("tb_clinic"))
    qtbot.waitUntil(lambda: page.job is None and totals(page, "Referrals made") == "1", timeout=20_000)
    assert totals(page, "People reached") == "5"  # a referral's service narrows the referrals only


def test_a_quarter_and_last_month_are_one_choice_away(qtbot, branch, open_window):
    _window, page = open_reports(qtbot, open_window)
    page.set_period("last_month")
    shows(qtbot, page, "November 2026")
    page.set_period("this_quarter")
    shows(qtbot, page, "Q4 2026 (01.10.2026 – 31.12.2026). Compared with Q3 2026 and Q4 2025.")
    assert (page.first_day.date().toString("dd.MM.yyyy"), page.last_day.date().toString("dd.MM.yyyy")) == (
        "01.10.2026", "31.12.2026")
    assert totals(page, "People reached") == "6"  # Malika came back on 1 December
    page.set_period("this_year")
    shows(qtbot, page, "Year 2026 (01.01.2026 – 31.12.2026). Compared with Year 2025.")
    # A year's previous period is the year before: its column once.
    assert page.totals_model.headers == ("", "This period", "Previous period", "Change")
    page.set_dates(dt.date(2099, 1, 1), dt.date(2099, 1, 31))
    shows(qtbot, page, "January 2099")
    assert page.notice.isVisible() and "has not begun yet" in page.notice.text()


def test_overdue_referrals_open_their_list(qtbot, branch, open_window):
    window, page = open_reports(qtbot, open_window)
    assert page.overdue_count.text() == "1"
    assert page.overdue_button.isVisible() and page.overdue_button.isEnabled()
    qtbot.mouseClick(page.overdue_button, Qt.MouseButton.LeftButton)
    assert window.current_area() == Area.REFERRALS
    assert window.pages[Area.REFERRALS].current_view() == "overdue"


def test_caseworkers_see_referral_figures_only_and_make_no_report(qtbot, branch, open_window):
    _window, page = open_reports(qtbot, open_window, Role.CASEWORKER)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Overview", "Referrals"]
    assert [line.label for line in page.totals_model.rows()] == [
        "Referrals made", "Referrals completed", "Median days to completion"]
    assert not page.save_button.isVisible() and not page.print_button.isVisible()
    assert not page.service_given.isVisible() and page.referred_to.isVisible()


def test_administrators_see_the_figures_without_the_referral_list(qtbot, branch, open_window):
    _window, page = open_reports(qtbot, open_window, Role.ADMINISTRATOR)
    assert page.tabs.count() == 5 and page.save_button.isVisible()
    assert not page.overdue_button.isVisible()  # the referral list is not theirs to open


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.COORDINATOR])
def test_the_desk_and_the_coordinator_are_told_the_figures_are_not_theirs(qtbot, open_window, role):
    window = open_window(role)
    page = window.pages[Area.REPORTS]
    window.show_area(Area.REPORTS)
    assert isinstance(page, NoReportsAccessPage) and page.notice.isVisible()
    assert "no access to the branch's figures" in page.notice.text()


def save_report(qtbot, page: ReportsPage, dialogs, path, *, exact: bool, workbook: bool) -> None:
    dialogs.files.append(path)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    dialog = page.opener.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.format.setCurrentIndex(1 if workbook else 0)
    (dialog.exact if exact else dialog.withheld).setChecked(True)
    assert dialog.exact_warning.isVisible() == exact
    dialog.accept()
    qtbot.waitUntil(lambda: path.exists() and not page.output.busy(), timeout=30_000)
    assert page.message.text() == f"The report was saved as {path}."


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_saved_report_holds_the_figures_on_the_screen(qtbot, branch, open_window, dialogs, tmp_path):
    _window, page = open_reports(qtbot, open_window)
    page.set_dates(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    shows(qtbot, page, "November 2026")
    # Exact: the director's own copy says what the screen says.
    exact = tmp_path / "exact.pdf"
    save_report(qtbot, page, dialogs, exact, exact=True, workbook=False)
    text = subprocess.run(["pdftotext", "-layout", str(exact), "-"], capture_output=True, text=True,
                          check=True).stdout
    for line in page.totals_model.rows():
        values = [line.cells[0], line.cells[1]] + ([line.cells[3]] if len(line.cells) > 3 else [])
        if line.label == "Migrants who became volunteers":
            continue
        pattern = r"^\s*" + re.escape(line.label) + "".join(r"\s+" + re.escape(v) for v in values) + r"\s*$"
        assert re.search(pattern, text, re.M), line
    # Withheld, as a workbook: the totals that show are the screen's, the small ones are "<5".
    book_path = tmp_path / "withheld.xlsx"
    save_report(qtbot, page, dialogs, book_path, exact=False, workbook=True)
    book = load_workbook(io.BytesIO(book_path.read_bytes()))
    sheet = {r[0]: r[1:4] for r in book["Totals"].iter_rows(values_only=True) if r[0]}
    assert sheet["People reached"] == (5, "<5", "<5")
    assert [totals(page, "People reached", c) for c in (1, 2, 4)] == ["5", "1", "1"]
    assert sheet["Referrals made"][0] == "<5" and totals(page, "Referrals made") == "3"
    by_sex = {r[0]: r[1] for r in book["People by sex"].iter_rows(values_only=True) if r[0]}
    assert (by_sex["Female"], by_sex["Male"], by_sex["Not known"]) == ("<5", "<5", "<5")
