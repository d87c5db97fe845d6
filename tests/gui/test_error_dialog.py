"""A bug in the window: the person is told where the log file is, the file
holds the error's type and place, and no demo visitor's name reaches the log
or the terminal."""
from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import select

from desktop import app, errorlog
from desktop.models import Person, Role
from desktop.services.demo import add_demo_visitors
from desktop.services.visitors import VisitorService
from desktop.views.shell.areas import Area
from tests.conftest import STAFF, password_of


@pytest.fixture
def bug_hooks():
    """The program's own hooks for the length of the test."""
    saved = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = saved


@pytest.mark.qt_no_exception_capture
def test_a_bug_opening_a_demo_visitor_shows_the_log_file_and_logs_no_names(
        qtbot, gate, open_window, dialogs, monkeypatch, capfd, bug_hooks):
    director = gate.log_in(STAFF[Role.DIRECTOR], password_of(STAFF[Role.DIRECTOR]))
    add_demo_visitors(gate, director, 6, seed=11)
    with gate.db.read() as s:
        person = s.execute(select(Person).where(Person.latin_name != "", Person.family_name != "",
                                                Person.given_name != "").order_by(Person.number)).scalars().first()
        names = (person.family_name, person.given_name, person.latin_name, person.number)
    log_file = errorlog.install(gate.data_dir)
    app._show_bugs(log_file, dialogs)

    def broken(self, person_id):
        raise KeyError(f"{names[0]} {names[1]} ({names[2]}), {names[3]}")
    monkeypatch.setattr(VisitorService, "get_person", broken)

    window = open_window(Role.DIRECTOR)
    qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
    page = window.pages[Area.VISITORS]
    with qtbot.waitSignal(page.runner.results_ready, timeout=3000):
        page.search.insert(names[2])
    # From the event loop, as a key press reaches the window (a call from the
    # test itself would get the error back instead of the program's hook).
    QTimer.singleShot(0, lambda: qtbot.keyClick(page.search, Qt.Key.Key_Return))
    qtbot.waitUntil(lambda: any(kind == "Critical" for kind, _t, _x in dialogs.shown))

    kind, _title, text = next(item for item in dialogs.shown if item[0] == "Critical")
    assert str(log_file) in text and "no personal data" in text
    logged = log_file.read_text("utf-8")
    assert "KeyError" in logged and "desktop/views/visitors/person_page.py" in logged
    assert "in show_person" in logged
    out, err = capfd.readouterr()
    for value in names:
        assert value not in text and value not in logged and value not in out and value not in err
