"""The coordinator's screens on a 1366×768 laptop and at the window's first
size, in Russian and Kazakh (their labels run longest): the whole week in
sight, past places that were never filled grey rather than urgent, and the
shift dialog's lists tall enough to choose from."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QTableView, QWidget

from desktop.models import Role
from desktop.services.shift_rules import Need
from desktop.services.shift_rows import ShiftIn, SiteIn
from desktop.services.volunteers import VolunteerIn
from desktop.views.kit.dates import add_weeks, this_week
from desktop.views.volunteers.plan_marks import GAP_BACKGROUND, GAP_MARK, OVER_BACKGROUND
from desktop.views.volunteers.week_plan import Cell, ShiftCellDelegate, WeekGridModel

from .test_volunteers import MONDAY, Branch, open_volunteers

LAPTOP = (1366, 768)
LONG_SITE = "Железнодорожный вокзал Алматы-2, зал ожидания"


def in_sight(widget: QWidget) -> bool:
    """Shown, and no part of it cut off by its parents or covered."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def columns_in_sight(table: QTableView) -> list[int]:
    width = table.viewport().width()
    return [c for c in range(table.model().columnCount())
            if table.columnViewportPosition(c) >= 0
            and table.columnViewportPosition(c) + table.columnWidth(c) <= width]


def rows_in_sight(table: QTableView) -> int:
    height = table.viewport().height()
    return sum(1 for r in range(table.model().rowCount())
               if 0 <= table.rowViewportPosition(r) and table.rowViewportPosition(r) + table.rowHeight(r) <= height)


def text_fits(button: QAbstractButton) -> bool:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return QFontMetrics(button.font()).horizontalAdvance(text) + 12 <= button.width()


@pytest.fixture
def planned(gate):
    """A week of shifts at two sites (one with a long name), this week and next."""
    branch = Branch(gate)
    far = branch.planning.save_site(SiteIn(LONG_SITE))
    for week in range(2):
        for d in range(7):
            day = MONDAY + dt.timedelta(days=7 * week + d)
            branch.shift(day, 9, 13, headcount=2, title="Registration desk")
            branch.shift(day, 20, 2, headcount=1, site=branch.station)
            branch.shift(day, 14, 18, headcount=3, site=far, title="Раздача горячего питания")
    return branch


def open_in(open_window, switcher, qtbot, lang: str, size: tuple[int, int] | None):
    window = open_window(Role.COORDINATOR)
    switcher.choose(lang)
    if size is not None:
        window.resize(*size)
    page = open_volunteers(window)
    qtbot.waitUntil(lambda: page.week.grid.isVisible() and page.week.model.rowCount() > 0)
    return window, page


@pytest.mark.parametrize("size", [LAPTOP, None], ids=["1366x768", "first-size"])
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_whole_week_is_in_sight(qtbot, open_window, switcher, planned, lang, size):
    window, page = open_in(open_window, switcher, qtbot, lang, size)
    grid = page.week.grid
    assert size is not None or (window.width(), window.height()) == (1100, 720)
    qtbot.waitUntil(lambda: columns_in_sight(grid) == list(range(7)))
    assert in_sight(grid)
    assert grid.horizontalScrollBar().maximum() == 0
    header = grid.horizontalHeader()
    for c in range(7):
        # The day and its date, each line whole (a bold font for today's).
        text = grid.model().headerData(c, Qt.Orientation.Horizontal)
        font = grid.model().headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) or header.font()
        assert max(QFontMetrics(font).horizontalAdvance(line) for line in text.split("\n")) < header.sectionSize(c)
    assert page.week.legend.isVisible() and in_sight(page.week.legend)
    window.close()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_places_never_filled_on_a_shift_that_is_over_are_grey_and_unmarked(qtbot, open_window, switcher, gate,
                                                                            lang):
    branch = Branch(gate)
    last_week = add_weeks(*this_week(), -1)
    gone = dt.date.fromisocalendar(*last_week, 3)
    coming = dt.date.fromisocalendar(*add_weeks(*this_week(), 1), 3)
    for day in (gone, coming):
        branch.planning.create_shift(ShiftIn(branch.centre.site_id, dt.datetime.combine(day, dt.time(9)),
                                             dt.datetime.combine(day, dt.time(13)), (Need("none", "", 2),)))
    window, page = open_in(open_window, switcher, qtbot, lang, LAPTOP)
    week = page.week
    centre = next(i for i, s in enumerate(week.model.plan.sites) if s.site_id == branch.centre.site_id)

    def block_colour(day: dt.date) -> QColor:
        index = week.model.index(centre, week.model.plan.days.index(day))
        rect = week.grid.visualRect(index)
        image = week.grid.viewport().grab().toImage()
        pad = ShiftCellDelegate.PAD
        return image.pixelColor(QPoint(rect.right() - pad - 4, rect.top() + pad + 4))

    for shown, day, cell, colour in ((last_week, gone, Cell.OVER, OVER_BACKGROUND),
                                     (add_weeks(*this_week(), 1), coming, Cell.OPEN, GAP_BACKGROUND)):
        week.show_week(*shown)
        qtbot.waitUntil(lambda: week.model.plan.iso_week == shown[1])
        index = week.model.index(centre, week.model.plan.days.index(day))
        ((lines, state),) = index.data(WeekGridModel.LINES_ROLE)
        assert state is cell
        assert (GAP_MARK in lines[-1]) == (cell is Cell.OPEN)  # the warning sign only where something is to do
        qtbot.waitUntil(lambda: block_colour(day) == QColor(colour))
    window.close()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_shift_dialog_shows_enough_of_its_lists(qtbot, open_window, switcher, gate, lang):
    branch = Branch(gate)
    shift = branch.shift(MONDAY + dt.timedelta(days=8), 9, 13, headcount=6)
    for i in range(9):
        volunteer = branch.volunteers.register(VolunteerIn(family_name=f"Волонтёрова{i}", given_name="Айгүл",
                                                           birth_date=dt.date(1990, 1, 1 + i))).volunteer_id
        if i < 4:
            branch.assignments.assign(shift.shift_id, volunteer)
    window, page = open_in(open_window, switcher, qtbot, lang, LAPTOP)
    page.week.open_shift(shift.shift_id)
    dialog = page.week.opener.dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.candidate_model.rowCount() >= 7)
    # It fits a 1366×768 laptop's screen with its task bar.
    assert dialog.frameGeometry().height() <= 768 - 40 and dialog.frameGeometry().width() <= 1366
    assert dialog.assignment_model.rowCount() == 4
    assert rows_in_sight(dialog.assignments) == 4
    assert rows_in_sight(dialog.candidates) >= 5
    for widget in (dialog.assignments, dialog.candidates, dialog.search, dialog.assign_button,
                   dialog.people_summary, *dialog.step_buttons.values(), dialog.check_in_button,
                   dialog.check_out_button, dialog.hours_button):
        assert in_sight(widget), widget.objectName()
    for button in (*dialog.step_buttons.values(), dialog.check_in_button, dialog.check_out_button,
                   dialog.hours_button, dialog.assign_button):
        assert text_fits(button), button.text()
    dialog.reject()
    window.close()
