"""The log-in window: refusals inline, success opens the main window."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from desktop.views.shell.login import LoginDialog
from desktop.views.shell.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD

WRONG = "Wrong user name or password."


def start_login(qtbot, launcher) -> LoginDialog:
    dialog = launcher.start()
    assert isinstance(dialog, LoginDialog)
    qtbot.waitExposed(dialog)
    return dialog


def press_log_in(qtbot, dialog: LoginDialog) -> None:
    """Log in, and wait until the password was checked (on a pool thread)."""
    qtbot.mouseClick(dialog.log_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.long_work is None or not dialog.long_work.busy())


def test_wrong_password_is_refused_inline(qtbot, launcher):
    dialog = start_login(qtbot, launcher)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "not the password")
    press_log_in(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert dialog.message.text() == WRONG
    assert dialog.message.kind == "error"
    assert dialog.password.text() == ""
    assert launcher.main_window is None


def test_right_password_opens_the_main_window(qtbot, launcher):
    dialog = start_login(qtbot, launcher)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    press_log_in(qtbot, dialog)

    window = launcher.main_window
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    assert not dialog.isVisible()
    assert window.windowTitle() == "Qamqor — Алматы филиалы"
    assert window.user_status.text() == "Ержан Администратор"


def test_five_wrong_passwords_lock_the_account(qtbot, launcher):
    dialog = start_login(qtbot, launcher)
    qtbot.keyClicks(dialog.username, "admin")
    for attempt in range(5):
        qtbot.keyClicks(dialog.password, f"wrong {attempt}")
        press_log_in(qtbot, dialog)
    assert dialog.message.text().startswith("Too many wrong passwords. This account is locked until ")

    # Even the right password is refused now.
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    press_log_in(qtbot, dialog)
    assert dialog.message.text().startswith("Too many wrong passwords.")
    assert dialog.isVisible()
    assert launcher.main_window is None


def test_empty_fields_are_asked_for(qtbot, launcher):
    dialog = start_login(qtbot, launcher)
    press_log_in(qtbot, dialog)
    assert dialog.message.text() == "Enter your user name."
    qtbot.keyClicks(dialog.username, "admin")
    press_log_in(qtbot, dialog)
    assert dialog.message.text() == "Enter your password."


def test_log_in_with_the_keyboard_only(qtbot, launcher):
    dialog = start_login(qtbot, launcher)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)

    qtbot.keyClicks(QApplication.focusWidget(), "admin")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.password
    qtbot.keyClicks(QApplication.focusWidget(), ADMIN_PASSWORD)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: launcher.main_window is not None and launcher.main_window.isVisible())
    assert launcher.main_window.identity.username == "admin"


def test_log_out_from_the_lock_page_returns_to_log_in(qtbot, launcher):
    dialog = start_login(qtbot, launcher)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    press_log_in(qtbot, dialog)
    window = launcher.main_window
    qtbot.waitExposed(window)

    window.lock(reason="manual")
    qtbot.mouseClick(window.lock_page.log_out_button, Qt.MouseButton.LeftButton)

    assert not window.isVisible()
    again = launcher.login_dialog
    assert again is not dialog and again.isVisible()
    qtbot.keyClicks(again.username, "reception")
    qtbot.keyClicks(again.password, "battery staple")
    press_log_in(qtbot, again)
    assert launcher.main_window is not window
    assert launcher.main_window.identity.username == "reception"


def test_the_window_answers_while_the_password_is_checked(qtbot, launcher, monkeypatch):
    dialog = start_login(qtbot, launcher)
    gate = launcher.gate()
    checking, answer = threading.Event(), threading.Event()
    log_in = gate.log_in

    def slow_log_in(username, password):
        checking.set()
        answer.wait(5)
        return log_in(username, password)
    monkeypatch.setattr(gate, "log_in", slow_log_in)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.log_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(checking.is_set)
    # A bar says the password is being checked; nothing can be typed or pressed twice meanwhile.
    assert dialog.long_work.progress.isVisible()
    assert dialog.long_work.step.text() == "Checking the password…"
    assert not dialog.log_in_button.isEnabled() and not dialog.password.isEnabled()
    assert launcher.main_window is None
    answer.set()
    qtbot.waitUntil(lambda: launcher.main_window is not None)
    assert not dialog.isVisible()


def branch_text(dialog: LoginDialog) -> str:
    doc = QTextDocument()
    doc.setHtml(dialog.branch_label.text())
    return doc.toPlainText()


def test_the_log_in_window_names_the_branch_it_opens(qtbot, launcher, gate):
    # Read before any key: the set-up stored the branch's code and name (not
    # personal) in the computer's settings beside the database.
    dialog = start_login(qtbot, launcher)
    assert dialog.branch_label.isVisible()
    assert branch_text(dialog) == "Branch KZ-ALA — Алматы филиалы"
    settings = (gate.data_dir / "settings.json").read_text("utf-8")
    assert "KZ-ALA" in settings and "Ержан" not in settings


def test_a_branch_set_up_before_this_version_is_named_after_the_first_log_in(qtbot, launcher, gate, make_launcher):
    settings = gate.data_dir / "settings.json"
    settings.unlink(missing_ok=True)
    dialog = start_login(qtbot, launcher)
    assert not dialog.branch_label.isVisible()  # nothing to show rather than a guess
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    press_log_in(qtbot, dialog)
    assert launcher.main_window is not None
    again = start_login(qtbot, make_launcher(gate.data_dir, gate=gate))
    assert branch_text(again) == "Branch KZ-ALA — Алматы филиалы"


def test_a_branch_name_is_shown_as_written(qtbot, switcher, gate):
    dialog = LoginDialog(lambda: gate, switcher=switcher, branch=("KZ-TEST", "Test <b>copy</b> & co"))
    qtbot.addWidget(dialog)
    assert branch_text(dialog) == "Branch KZ-TEST — Test <b>copy</b> & co"
