"""The idle lock hides every record; only the right password opens it again."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from desktop.models import AuditEvent, Role
from desktop.views.shell.areas import Area
from tests.conftest import ADMIN_PASSWORD, STAFF, password_of

from .helpers import visible_texts


def audit_actions(gate) -> list[str]:
    with gate.db.read() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_idle_lock_hides_everything_until_the_right_password(qtbot, open_window, gate):
    window = open_window(Role.ADMINISTRATOR, idle_timeout_ms=200)
    window.show_area(Area.STAFF)
    table = window.pages[Area.STAFF].table
    assert table.isVisible()
    assert window.user_status.isVisible()

    qtbot.waitUntil(lambda: window.locked, timeout=3000)

    assert window.lock_page.isVisible()
    assert not table.isVisible()
    assert not window.navigation.isVisible()
    assert not window.statusBar().isVisible()
    for label in (window.branch_status, window.user_status, window.role_status):
        assert not label.isVisible()
    texts = " ".join(visible_texts(window))
    assert "reception" not in texts and "KZ-ALA" not in texts
    assert window.lock_page.heading.text() == "Locked — enter the password of Ержан Администратор"
    # Ctrl+1 does not reach the records while locked.
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not table.isVisible() and window.locked

    qtbot.keyClicks(window.lock_page.password, "not it")
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    # Checked on a pool thread, a bar meanwhile.
    assert window.lock_page.long_work.progress.isVisible() and not window.lock_page.password.isEnabled()
    qtbot.waitUntil(lambda: window.lock_page.message.kind == "error")
    assert window.locked
    # Only the password can be wrong here: the name is the one on the heading.
    assert window.lock_page.message.text() == "Wrong password."
    assert window.lock_page.password.text() == ""

    qtbot.keyClicks(window.lock_page.password, ADMIN_PASSWORD)
    qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.locked)
    assert not window.lock_page.long_work.isVisible()
    assert table.isVisible() and window.user_status.isVisible()

    actions = audit_actions(gate)
    assert "lock" in actions and "unlock.failed" in actions and actions[-1] == "unlock"


def test_ctrl_l_locks_at_once(qtbot, open_window, gate):
    window = open_window(Role.RECEPTIONIST)
    assert window.idle.timeout_ms == 10 * 60_000  # the branch's default
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and not window.navigation.isVisible()
    assert window.lock_page.heading.text() == "Locked — enter the password of Reception"
    with gate.db.read() as s:
        action, detail = s.execute(select(AuditEvent.action, AuditEvent.detail)
                                   .order_by(AuditEvent.seq.desc())).first()
    assert action == "lock" and '"reason":"manual"' in detail


def test_typing_keeps_the_window_unlocked(qtbot, open_window):
    window = open_window(Role.ADMINISTRATOR, idle_timeout_ms=10_000)
    window.show_area(Area.SETTINGS)
    field = window.pages[Area.SETTINGS].old_password
    field.setFocus()
    for _ in range(3):
        # Some of the idle time passes, then a key arrives through the window, as a
        # real keyboard's input does: the full idle time starts again.
        qtbot.waitUntil(lambda: 0 < window.idle.remaining_ms < 9_500, timeout=5000)
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_X)
        assert window.idle.remaining_ms > 9_800 and not window.locked
    assert field.text() == "xxx"
    window.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: window.locked, timeout=5000)


def test_idle_minutes_saved_by_the_administrator_apply_to_the_open_window(qtbot, open_window):
    window = open_window(Role.ADMINISTRATOR)
    settings = window.pages[Area.SETTINGS]
    settings.idle_minutes.setValue(3)
    qtbot.mouseClick(settings.idle_save, Qt.MouseButton.LeftButton)
    assert settings.idle_message.text() == "Saved."
    assert window.idle.timeout_ms == 3 * 60_000
    assert "3 minute" in settings.idle_state.text()


def test_a_receptionist_sees_the_idle_time_but_cannot_change_it(qtbot, open_window):
    window = open_window(Role.RECEPTIONIST)
    window.show_area(Area.SETTINGS)
    settings = window.pages[Area.SETTINGS]
    assert not settings.idle_minutes.isVisible() and not settings.idle_save.isVisible()
    assert settings.idle_state.isVisible()


def test_the_window_shows_lock_and_log_out_controls(qtbot, open_window, gate):
    window = open_window(Role.RECEPTIONIST)
    lock, log_out = window.lock_button, window.log_out_button
    assert lock.isVisible() and log_out.isVisible()
    assert lock.text() == "Lock" and "Ctrl+L" in lock.toolTip()
    assert log_out.text() == "Log out"
    qtbot.mouseClick(lock, Qt.MouseButton.LeftButton)
    assert window.locked and window.lock_page.isVisible() and not lock.isVisible()

    qtbot.keyClicks(window.lock_page.password, password_of(STAFF[Role.RECEPTIONIST]))
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    assert lock.isVisible()

    with qtbot.waitSignal(window.log_out_requested):
        qtbot.mouseClick(log_out, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert gate.db is None  # the session ended: the database is closed
