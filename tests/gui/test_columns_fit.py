"""Today's list and the visitors' search results on a 1366×768 laptop in
Russian and Kazakh: every column shows its text whole when there is room,
names are elided only when the window is really too narrow, and then the
full text is in the tooltip."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.models import Role
from desktop.services.shift_rows import SiteIn
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.services.volunteers import VolunteerIn
from desktop.views.shell.areas import Area
from desktop.views.visitors.visitor_table import VisitorTableModel
from desktop.views.volunteers.today_desk import TodayTableModel
from tests.conftest import password_of

from .test_volunteers import TODAY, Branch, open_volunteers

LAPTOP = (1366, 768)


def whole(table, column: int) -> bool:
    """The column is wide enough for its longest text and its header, and all of it is in sight."""
    header = table.horizontalHeader()
    wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
    right = table.columnViewportPosition(column) + table.columnWidth(column)
    return table.columnWidth(column) >= wanted and right <= table.viewport().width()


def cut_columns(table) -> list[str]:
    model = table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount()) if not whole(table, c)]


def no_sideways_scrolling(qtbot, table) -> bool:
    """The horizontal scroll bar is gone once the layout has caught up with the columns."""
    bar = table.horizontalScrollBar()
    try:
        qtbot.waitUntil(lambda: not bar.isVisible(), timeout=3000)
    except qtbot.TimeoutError:
        pass  # the caller's assertion says so
    return not bar.isVisible()


def settled(qtbot, table) -> list[str]:
    try:
        qtbot.waitUntil(lambda: cut_columns(table) == [] and table.viewport().width() > 0, timeout=3000)
    except qtbot.TimeoutError:
        pass  # named by the caller's assertion
    return cut_columns(table)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_todays_list_shows_every_column_whole_on_a_laptop(qtbot, gate, open_window, switcher, lang):
    branch = Branch(gate)
    far = branch.planning.save_site(SiteIn("Железнодорожный вокзал"))
    long_name = branch.volunteers.register(VolunteerIn(
        family_name="Абдурахмонова", given_name="Гульнорахон", birth_date=dt.date(1991, 2, 3)))
    shift = branch.shift(TODAY, 0, 4, site=far, title="Раздача горячего питания", headcount=2)
    branch.assignments.assign(shift.shift_id, long_name.volunteer_id)
    branch.assignments.assign(shift.shift_id, branch.rustam.volunteer_id, override_reason="test")
    window = open_window(Role.RECEPTIONIST)
    switcher.choose(lang)
    window.resize(*LAPTOP)
    desk = open_volunteers(window).today
    table = desk.table
    qtbot.waitUntil(lambda: desk.model.rowCount() == 2)
    assert settled(qtbot, table) == []
    assert no_sideways_scrolling(qtbot, table)

    # Too narrow for everything (the window as it first opens): names and places are elided, the rest stays whole, the tooltip has it all.
    window.resize(1100, 720)  # the window's first size
    qtbot.waitUntil(lambda: not whole(table, TodayTableModel.SITE))
    for column in (TodayTableModel.TIME, TodayTableModel.STATUS, TodayTableModel.CHECKED_IN,
                   TodayTableModel.HOURS):
        assert whole(table, column)
    row = next(r for r in range(2) if "Абдурахмонова" in desk.model.index(r, TodayTableModel.VOLUNTEER).data())
    assert desk.model.index(row, TodayTableModel.VOLUNTEER).data(Qt.ItemDataRole.ToolTipRole) == \
        "Абдурахмонова Гульнорахон"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_search_results_show_names_whole_on_a_laptop(qtbot, gate, open_window, switcher, lang):
    identity = gate.log_in("reception", password_of("reception"))
    service = VisitorService(gate.db, identity)
    for family, given, patronymic, latin in (
            ("Абдуллаев", "Рустам", "Каримович", "ABDULLAEV RUSTAM"),
            ("Абдуллаева", "Ирода", "Бахтиёровна", "ABDULLAYEVA IRODA BAKHTIYOROVNA"),
            ("Абдуллаев", "Сайфуллохон", "Абдурашидович", "ABDULLAEV SAYFULLOKHON ABDURASHIDOVICH")):
        service.register(NewVisitor(family_name=family, given_name=given, patronymic=patronymic, latin_name=latin,
                                    sex="M" if patronymic.endswith("ич") else "F", birth_year=1990,
                                    citizenship="TJ"))
    window = open_window(Role.RECEPTIONIST)
    switcher.choose(lang)
    window.resize(*LAPTOP)
    page = window.pages[Area.VISITORS]
    qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
    with qtbot.waitSignal(page.runner.results_ready, timeout=3000):
        page.search.insert("Абдуллаев")
    table = page.table
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert settled(qtbot, table) == []
    assert no_sideways_scrolling(qtbot, table)
    names = [page.model.index(r, VisitorTableModel.NAME) for r in range(3)]
    assert all(i.data(Qt.ItemDataRole.ToolTipRole) == i.data() for i in names)

    # A narrow window: the names give way (whole in the tooltip), the number, birth and citizenship do not.
    window.resize(1100, 720)  # the window's first size
    qtbot.waitUntil(lambda: not whole(table, VisitorTableModel.NAME))
    for column in (VisitorTableModel.NUMBER, VisitorTableModel.BIRTH, VisitorTableModel.CITIZENSHIP):
        assert whole(table, column)

