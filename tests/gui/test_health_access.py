"""The key to restricted health information in the window: a colleague who
has not been given it sees that, and a director gives it from Settings."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.models import Role
from desktop.services.accounts import AccountService
from desktop.services.visitors import HealthIn, NewVisitor, VisitorService
from desktop.views.admin.staff import UserTableModel
from desktop.views.shell.areas import Area
from desktop.views.shell.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, STAFF, STAFF_PASSWORD

NEW_PASSWORD = "көктемгі жаңбыр астында"


def _window(qtbot, gate, switcher, dialogs, printers, identity) -> MainWindow:
    window = MainWindow(gate, identity, switcher=switcher, dialogs=dialogs, printers=printers)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_new_caseworker_waits_for_the_key_and_a_director_gives_it(qtbot, gate, switcher, dialogs, printers):
    caseworker = gate.log_in(STAFF[Role.CASEWORKER], STAFF_PASSWORD)
    person = VisitorService(gate.db, caseworker).register(NewVisitor(
        family_name="Исмоилов", given_name="Фарход", sex="M", birth_year=1985,
        health=(HealthIn("tb", "needs a specialist"),))).person_id
    admin = AccountService(gate, gate.log_in("admin", ADMIN_PASSWORD))
    admin.add_user("marat", display_name="Марат Ахметов", role=Role.CASEWORKER, password=NEW_PASSWORD)
    staff = {r.username: r for r in admin.list_users()}
    assert staff["marat"].health_key == "waiting" and staff[STAFF[Role.DIRECTOR]].health_key == "holds"
    assert staff[STAFF[Role.RECEPTIONIST]].health_key == ""

    # Marat: the person page says why the information does not open, and offers no way round it.
    window = _window(qtbot, gate, switcher, dialogs, printers, gate.log_in("marat", NEW_PASSWORD))
    qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
    page = window.pages[Area.VISITORS]
    page.open_person(person)
    view = page.person_view
    assert "has not been given the key" in view.health_notice.text()
    assert not view.show_health_button.isVisible()
    view.edit()
    assert view.opener.dialog.health is None  # no health fields he could not save
    view.opener.dialog.reject()
    window.show_area(Area.SETTINGS)
    box = window.pages[Area.SETTINGS].health_box
    assert "has not been given the key" in box.state.text() and not box.grant_button.isVisible()
    window.close()

    # The director sees Marat waiting and gives him the key.
    window = _window(qtbot, gate, switcher, dialogs, printers, gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD))
    window.show_area(Area.SETTINGS)
    box = window.pages[Area.SETTINGS].health_box
    assert [box.colleagues.item(i).text() for i in range(box.colleagues.count())] == ["Марат Ахметов — Caseworker"]
    qtbot.mouseClick(box.grant_button, Qt.MouseButton.LeftButton)
    assert box.message.kind == "done" and "Марат Ахметов" in box.message.text()
    assert not box.colleagues.isVisible() and "as does every colleague" in box.state.text()
    window.close()

    # From his next log-in, Marat opens it.
    window = _window(qtbot, gate, switcher, dialogs, printers, gate.log_in("marat", NEW_PASSWORD))
    qtbot.waitUntil(lambda: window.index_keeper.is_loaded)
    page = window.pages[Area.VISITORS]
    page.open_person(person)
    view = page.person_view
    qtbot.mouseClick(view.show_health_button, Qt.MouseButton.LeftButton)
    assert view.health_values.text() == "Tuberculosis — needs a specialist"


def test_the_staff_list_shows_who_holds_the_key(qtbot, open_window):
    window = open_window(Role.ADMINISTRATOR)
    window.show_area(Area.STAFF)
    page = window.pages[Area.STAFF]
    cells = {page.proxy.index(r, UserTableModel.USERNAME).data(): page.proxy.index(r, UserTableModel.HEALTH_KEY).data()
             for r in range(page.proxy.rowCount())}
    assert cells[STAFF[Role.DIRECTOR]] == cells[STAFF[Role.CASEWORKER]] == "Holds the key"
    assert cells[STAFF[Role.RECEPTIONIST]] == cells["admin"] == ""
    assert page.model.headerData(UserTableModel.HEALTH_KEY, Qt.Orientation.Horizontal) == "Health information"
