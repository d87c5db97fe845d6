"""What a receptionist trips over at the desk: the right person after a new
search, and keystrokes that act only on the results of the text in the box."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.models import Role
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.views.shell.areas import Area
from desktop.views.visitors.visitors_page import VisitorsPage
from tests.conftest import password_of

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def visitor(family: str, given: str, born: dt.date) -> NewVisitor:
    return NewVisitor(family_name=family, given_name=given, sex="M", birth_date=born, citizenship="UZ")


@pytest.fixture
def karimovs(gate) -> dict[str, str]:
    """Three men of one family name: a search for one lists the others below him."""
    identity = gate.log_in("reception", password_of("reception"))
    service = VisitorService(gate.db, identity)
    people = {given: service.register(visitor("Karimov", given, dt.date(1980 + i, 1, 1)))
              for i, given in enumerate(("Aziz", "Bobur", "Davron"))}
    return {given: row.number for given, row in people.items()}


@pytest.fixture
def page(qtbot, open_window) -> VisitorsPage:
    window = open_window(Role.RECEPTIONIST)
    qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
    return window.pages[Area.VISITORS]


def shown_numbers(page: VisitorsPage) -> list[str]:
    return [page.model.row_at(r).row.number for r in range(page.model.rowCount())]


def selected_number(page: VisitorsPage) -> str | None:
    hit = page.selected_hit()
    return hit.row.number if hit is not None else None


def search(qtbot, page: VisitorsPage, text: str) -> None:
    with qtbot.waitSignal(page.runner.results_ready, timeout=3000):
        page.search.selectAll()
        page.search.insert(text)
    qtbot.waitUntil(lambda: not page.runner.searching)


def test_new_results_select_the_best_match_not_the_person_chosen_before(qtbot, karimovs, page):
    search(qtbot, page, "Karimov")
    assert set(shown_numbers(page)) == set(karimovs.values())
    # The receptionist walks down to the last of them…
    page.table.setFocus()
    for _ in range(page.model.rowCount() - 1):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    davron = selected_number(page)
    assert davron == shown_numbers(page)[-1]

    # …then searches for someone else. Davron is still in the list, further down.
    page.search.setFocus()
    search(qtbot, page, "Karimov Aziz")
    assert shown_numbers(page)[0] == karimovs["Aziz"]
    assert davron in shown_numbers(page)[1:]
    assert selected_number(page) == karimovs["Aziz"]

    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.person_view.isVisible()
    assert karimovs["Aziz"] in page.person_view.summary.text()


def test_a_refresh_of_the_same_search_keeps_the_chosen_person(qtbot, karimovs, page):
    search(qtbot, page, "Karimov")
    page.table.selectRow(2)
    chosen = selected_number(page)
    with qtbot.waitSignal(page.runner.results_ready, timeout=3000):
        page.runner.run_now()  # what another desk's change or the half-minute refresh does
    assert selected_number(page) == chosen


@pytest.fixture
def slow_search(page, monkeypatch):
    """Searches wait until the test lets them go: the moment between a keystroke and its results."""
    gate = threading.Event()
    original = page.service.search

    def waiting(text, **kwargs):
        gate.wait(10)
        return original(text, **kwargs)
    gate.set()
    monkeypatch.setattr(page.service, "search", waiting)
    yield gate
    gate.set()


def test_until_the_new_results_arrive_enter_and_log_visit_act_on_nobody(qtbot, karimovs, page, slow_search):
    search(qtbot, page, "Karimov Davron")
    assert selected_number(page) == karimovs["Davron"]

    slow_search.clear()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)  # "Karimov Davro": a new query, its results not yet in
    assert page.selected_hit() is None
    assert not page.table.isEnabled()  # the old list is shown greyed, for nobody to act on

    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert not page.person_view.isVisible()
    assert page.stack.currentIndex() == page.SEARCH
    qtbot.keyClick(page.search, Qt.Key.Key_V, CTRL_SHIFT)
    assert page.opener.dialog is None
    assert page.message.text() == "Still searching for “Karimov Davro”. Choose the person when the list shows."
    assert page.count.text() == "Searching…"
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # the arrow keys do not walk into the old list either
    assert QApplication.focusWidget() is page.search and page.selected_hit() is None

    with qtbot.waitSignal(page.runner.results_ready, timeout=3000):
        slow_search.set()
    assert page.table.isEnabled()
    assert selected_number(page) == karimovs["Davron"] == shown_numbers(page)[0]
    assert page.message.text() == "" and not page.message.isVisible()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert karimovs["Davron"] in page.person_view.summary.text()


def test_typing_back_to_the_text_shown_makes_the_list_usable_again(qtbot, karimovs, page, slow_search):
    search(qtbot, page, "Karimov Bobur")
    slow_search.clear()
    page.search.setFocus()
    page.search.end(False)
    qtbot.keyClicks(page.search, "x")
    assert not page.table.isEnabled() and page.selected_hit() is None
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)  # the box says what the list was found for
    assert page.table.isEnabled()
    assert selected_number(page) == karimovs["Bobur"]
    slow_search.set()
