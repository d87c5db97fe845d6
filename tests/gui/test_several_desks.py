"""Several desks at one branch: the receptionist at one desk registers a
visitor, and the search already typed at another desk's window shows them
within two seconds, with nobody pressing anything there."""
from __future__ import annotations

import pytest

from desktop.models import Role
from desktop.services.accounts import BranchGate
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.views.shell.areas import Area
from desktop.views.shell.main_window import MainWindow
from desktop.views.visitors.visitor_table import VisitorTableModel
from tests.conftest import FAST, STAFF, password_of

WITHIN_MS = 2000


def _log_in(gate: BranchGate, role: Role = Role.RECEPTIONIST):
    return gate.log_in(STAFF[role], password_of(STAFF[role]))


def _visitors_page(qtbot, gate: BranchGate, switcher, dialogs, printers):
    window = MainWindow(gate, _log_in(gate), switcher=switcher, dialogs=dialogs, printers=printers)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
    return window, window.pages[Area.VISITORS]


def _numbers_shown_for(qtbot, page, text: str) -> list[str]:
    with qtbot.waitSignal(page.runner.results_ready, timeout=3000):
        page.search.clear()
        page.search.insert(text)
    return _numbers(page)


def _numbers(page) -> list[str]:
    return [page.model.index(r, VisitorTableModel.NUMBER).data() for r in range(page.model.rowCount())]


@pytest.mark.postgres
def test_a_visitor_registered_at_one_desk_shows_in_the_search_at_another(qtbot, pg_gate, tmp_path, make_switcher,
                                                                         dialogs, printers):
    desk_b = BranchGate(tmp_path / "desk-b", db_url=pg_gate.db_url, kdf=FAST)
    window, page = _visitors_page(qtbot, desk_b, make_switcher(tmp_path / "desk-b"), dialogs, printers)
    try:
        qtbot.waitUntil(lambda: window.index_keeper.watcher.listening)
        assert _numbers_shown_for(qtbot, page, "Ғайратова Мөлдір") == []
        who = _log_in(pg_gate)
        desk_a = VisitorService(pg_gate.db, who)
        number = desk_a.register(NewVisitor(family_name="Ғайратова", given_name="Мөлдір", sex="F")).number
        qtbot.waitUntil(lambda: _numbers(page) == [number], timeout=WITHIN_MS)
    finally:
        window.close()


def test_what_an_import_saves_shows_in_the_open_window_search(qtbot, gate, branch_dir, switcher, dialogs, printers):
    window, page = _visitors_page(qtbot, gate, switcher, dialogs, printers)
    importer = BranchGate(branch_dir, kdf=FAST)  # a command line on the same folder, as `qamqor import-visitors`
    try:
        assert _numbers_shown_for(qtbot, page, "Sydykova") == []
        who = _log_in(importer)
        number = VisitorService(importer.db, who).register(
            NewVisitor(family_name="Сыдыкова", given_name="Бермет", sex="F")).number
        qtbot.waitUntil(lambda: _numbers(page) == [number], timeout=WITHIN_MS)
    finally:
        importer.close()
        window.close()
