"""Settings: own password, data folder."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.models import Role
from desktop.errors import WrongPassword
from desktop.views.shell.areas import Area
from tests.conftest import STAFF_PASSWORD


def test_a_person_changes_their_own_password(qtbot, open_window, gate):
    window = open_window(Role.RECEPTIONIST)
    window.show_area(Area.SETTINGS)
    page = window.pages[Area.SETTINGS]

    qtbot.keyClicks(page.old_password, "not my password")
    qtbot.keyClicks(page.new_password, "a new secret")
    qtbot.keyClicks(page.repeat_password, "a new secret")
    qtbot.mouseClick(page.change_password_button, Qt.MouseButton.LeftButton)
    # Checked on a pool thread: a bar meanwhile, and nothing to type into.
    assert page.long_work.progress.isVisible() and not page.old_password.isEnabled()
    qtbot.waitUntil(lambda: not page.long_work.busy())
    assert page.password_message.kind == "error"
    assert page.password_message.text() == "Wrong password."  # only the password can be wrong here
    assert page.old_password.text() == page.new_password.text() == ""

    qtbot.keyClicks(page.old_password, STAFF_PASSWORD)
    qtbot.keyClicks(page.new_password, "a new secret")
    qtbot.keyClicks(page.repeat_password, "a new secret")
    qtbot.keyClick(page.repeat_password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.long_work.busy())
    assert page.password_message.kind == "done"

    gate.verify_password(window.identity, "a new secret")
    with pytest.raises(WrongPassword):
        gate.verify_password(window.identity, STAFF_PASSWORD)


def test_settings_show_the_data_folder(qtbot, admin_window, branch_dir):
    admin_window.show_area(Area.SETTINGS)
    page = admin_window.pages[Area.SETTINGS]
    assert page.data_path.isVisible()
    assert page.data_path.text() == str(branch_dir)
