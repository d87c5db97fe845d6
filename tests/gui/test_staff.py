"""Staff accounts: only administrators see them; adding and disabling accounts."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.models import Role
from desktop.errors import WrongPassword
from desktop.views.shell.areas import Area
from desktop.views.admin.staff import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog, UserTableModel
from tests.conftest import STAFF_PASSWORD


def table_usernames(page) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, UserTableModel.USERNAME).data() for r in range(proxy.rowCount())]


def row_of(page, username: str) -> dict[str, str]:
    proxy = page.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, UserTableModel.USERNAME).data() == username:
            return {"display": proxy.index(r, UserTableModel.DISPLAY_NAME).data(),
                    "role": proxy.index(r, UserTableModel.ROLE).data(),
                    "state": proxy.index(r, UserTableModel.STATE).data()}
    raise KeyError(username)


def nav_texts(window) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_a_receptionist_has_no_staff_accounts_area(qtbot, open_window):
    window = open_window(Role.RECEPTIONIST)
    assert nav_texts(window) == ["Visitors", "Referrals", "Volunteers", "Reports", "Exchange with HQ", "Settings"]
    assert Area.STAFF not in window.pages
    qtbot.keyClick(window.navigation, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == Area.VISITORS
    assert window.role_status.text() == "Receptionist"


def test_an_administrator_sees_every_area_and_the_keys_reach_them(qtbot, admin_window):
    window = admin_window
    assert nav_texts(window)[-3:] == ["Staff accounts", "Backups", "Retention"]
    for key, area in zip(range(1, 9), Area):
        qtbot.keyClick(window.navigation, Qt.Key(Qt.Key.Key_0.value + key), Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == area
        assert window.stack.currentWidget() is window.pages[area]
    # Every area is there: none says it is still to come.
    assert not window.findChildren(QLabel, "coming_later")


def test_administrator_adds_a_user_who_can_then_log_in(qtbot, admin_window, gate):
    window = admin_window
    window.show_area(Area.STAFF)
    page = window.pages[Area.STAFF]
    assert "aigerim" not in table_usernames(page)
    assert page.count.text() == "5 active users"

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.opener.dialog
    assert isinstance(dialog, AddUserDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "aigerim")
    dialog.display_name.insert("Айгерім Нұрланқызы")
    dialog.role.set_role(Role.CASEWORKER)
    qtbot.keyClicks(dialog.password, "eight chars")
    qtbot.keyClicks(dialog.repeat, "eight charz")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("The two passwords differ.")

    qtbot.keyClicks(dialog.password, "eight chars")
    qtbot.keyClicks(dialog.repeat, "eight chars")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: page.opener.dialog is None)
    assert "aigerim" in table_usernames(page)
    assert row_of(page, "aigerim") == {"display": "Айгерім Нұрланқызы", "role": "Caseworker", "state": "Active"}
    assert page.selected_user().username == "aigerim"
    assert page.count.text() == "6 active users"
    assert "aigerim" in page.message.text()
    assert gate.store.slots.has_slot("aigerim")


def test_a_taken_user_name_is_refused_in_the_dialog(qtbot, admin_window):
    page = admin_window.pages[Area.STAFF]
    admin_window.show_area(Area.STAFF)
    page.add_user()
    dialog = page.opener.dialog
    qtbot.keyClicks(dialog.username, "reception")
    qtbot.keyClicks(dialog.password, "eight chars")
    qtbot.keyClicks(dialog.repeat, "eight chars")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.kind == "error")  # saved on a pool thread, refused there
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.message.text() == "The user name reception is taken."
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.opener.dialog is None)


def test_administrator_disables_a_user_after_confirming(qtbot, admin_window, dialogs, gate, make_launcher):
    window = admin_window
    window.show_area(Area.STAFF)
    page = window.pages[Area.STAFF]
    page.select_user("coordinator")
    assert page.disable_button.isEnabled()

    dialogs.answers.append(False)  # first: change of mind
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    assert row_of(page, "coordinator")["state"] == "Active"
    kind, title, text = dialogs.shown[-1]
    assert kind == "Question" and title == "Disable coordinator?"
    assert "new key" in text

    dialogs.answers.append(True)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    # The new key is given on a pool thread, a bar meanwhile; no second account action till then.
    assert page.long_work.progress.isVisible() and not page.add_button.isEnabled()
    qtbot.waitUntil(lambda: not page.long_work.busy())
    qtbot.waitUntil(lambda: row_of(page, "coordinator")["state"] == "Disabled")
    assert not page.disable_button.isEnabled()
    assert page.count.text() == "4 active users"
    assert page.message.text() == "coordinator was disabled; the database has a new key."

    # The disabled person can no longer log in.
    with pytest.raises(WrongPassword):
        gate.log_in("coordinator", STAFF_PASSWORD)


def test_administrator_cannot_disable_or_demote_themselves(qtbot, admin_window):
    admin_window.show_area(Area.STAFF)
    page = admin_window.pages[Area.STAFF]
    page.select_user("admin")
    assert not page.disable_button.isEnabled()
    assert not page.role_button.isEnabled()
    assert not page.reset_button.isEnabled()


def test_reset_password_and_change_role(qtbot, admin_window, gate):
    admin_window.show_area(Area.STAFF)
    page = admin_window.pages[Area.STAFF]
    page.select_user("reception")

    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    dialog = page.opener.dialog
    assert isinstance(dialog, ChangeRoleDialog)
    dialog.role.set_role(Role.DIRECTOR)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.opener.dialog is None)
    assert row_of(page, "reception")["role"] == "Director"

    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    dialog = page.opener.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    qtbot.keyClicks(dialog.password, "new secret 1")
    qtbot.keyClicks(dialog.repeat, "new secret 1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.opener.dialog is None)
    assert "reception" in page.message.text()
    # The new password opens the key slot (checked without a second log-in).
    gate.store.slots.reload()
    assert gate.store.slots.unlock("reception", "new secret 1")


def test_idle_lock_closes_an_open_account_dialog(qtbot, open_window):
    window = open_window(Role.ADMINISTRATOR, idle_timeout_ms=300)
    window.show_area(Area.STAFF)
    page = window.pages[Area.STAFF]
    page.add_user()
    dialog = page.opener.dialog
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert page.opener.dialog is None
