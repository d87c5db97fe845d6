"""The Backups area: the list, making, checking and restoring a backup, the
second folder, the warning on the main window and the backup made on closing."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.models import Role
from desktop.services.backups import BackupService
from desktop.services.visitors import NewVisitor, VisitorService
from desktop.views.admin.backups_page import BackupsPage, ClosingBackupDialog, RestoreDialog
from desktop.views.shell.areas import Area
from desktop.views.shell.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, STAFF, STAFF_PASSWORD


def _page(window) -> BackupsPage:
    window.show_area(Area.BACKUPS)
    page = window.pages[Area.BACKUPS]
    assert isinstance(page, BackupsPage) and page.isVisible()
    return page


def _wait(qtbot, page: BackupsPage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=30_000)


def _people(gate) -> list[str]:
    director = gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    return [h.row.family_name for h in VisitorService(gate.db, director).search("Кейінгі")]


def test_only_the_administrator_has_the_backups_area(open_window):
    for role in (Role.RECEPTIONIST, Role.CASEWORKER, Role.COORDINATOR, Role.DIRECTOR):
        window = open_window(role)
        assert Area.BACKUPS not in window.areas and not window.backup_warning.isVisible()
        window.close()


def test_make_check_and_restore_from_the_page(qtbot, admin_window, gate, dialogs):
    page = _page(admin_window)
    assert page.model.rowCount() == 0
    assert "There is no backup of this branch yet." in page.state.text()
    assert not admin_window.backup_warning.isVisible()  # the branch was made today

    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.long_work.progress.isVisible() and page.long_work.cancel_button.isVisible()
    assert not page.make_button.isEnabled()
    _wait(qtbot, page)
    assert page.message.kind == "done" and "was written and checked" in page.message.text()
    assert page.model.rowCount() == 1
    shown = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert shown[1] == "Made by hand" and shown[4] == "This computer" and shown[5].startswith("Yes, ")
    assert "The newest backup was made" in page.state.text() and "(today)" in page.state.text()

    page.table.selectRow(0)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    assert "is whole" in page.message.text()

    director = gate.log_in(STAFF[Role.DIRECTOR], STAFF_PASSWORD)
    VisitorService(gate.db, director).register(NewVisitor(family_name="Кейінгі", given_name="Адам", sex="M"))
    assert _people(gate) == ["Кейінгі"]
    page.table.selectRow(0)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "Type your password to restore a backup."
    dialog.password.insert(ADMIN_PASSWORD)
    with qtbot.waitSignal(admin_window.log_out_requested, timeout=30_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][1] == "Backup restored"
    assert "Everyone logs in again now." in dialogs.shown[-1][2]
    assert not admin_window.isVisible()
    assert _people(gate) == []


def test_a_wrong_password_restores_nothing(qtbot, admin_window, gate):
    page = _page(admin_window)
    BackupService(gate, admin_window.identity).make()
    page.reload()
    page.table.selectRow(0)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    page.open_dialog.password.insert("not it")
    qtbot.mouseClick(page.open_dialog.restore_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    assert page.message.kind == "error" and page.message.text() == "Wrong user name or password."
    assert admin_window.isVisible() and page.model.rowCount() == 1  # no copy set aside


def test_a_second_folder_gets_every_backup(qtbot, admin_window, dialogs, tmp_path):
    page = _page(admin_window)
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs.files.append(stick)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert page.folder_path.text() == str(stick) and page.forget_button.isVisible()
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    assert "A copy is in the second folder." in page.message.text()
    assert page.model.index(0, 4).data() == "This computer and the second folder"
    assert len(list(stick.glob("*.qmbackup"))) == 1
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert page.folder_path.text().startswith("None chosen")


def test_the_main_window_warns_of_an_old_backup(qtbot, gate, open_window):
    admin = gate.log_in("admin", ADMIN_PASSWORD)
    three_days_ago = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=3)
    BackupService(gate, admin, clock=lambda: three_days_ago).make()
    window = open_window(Role.ADMINISTRATOR)
    warning = window.backup_warning
    assert warning.isVisible()
    assert "(3 days ago)" in warning.text.text() and "two days" in warning.text.text()
    qtbot.mouseClick(warning.button, Qt.MouseButton.LeftButton)
    page = window.pages[Area.BACKUPS]
    assert window.current_area() == Area.BACKUPS
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    qtbot.waitUntil(lambda: not warning.isVisible())


@pytest.mark.parametrize("skip", [False, True])
def test_closing_the_window_makes_the_days_backup_once(qtbot, gate, switcher, dialogs, printers, branch_dir, skip):
    identity = gate.log_in(STAFF[Role.RECEPTIONIST], STAFF_PASSWORD)
    window = MainWindow(gate, identity, switcher=switcher, dialogs=dialogs, printers=printers, auto_backup=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert window.isVisible()  # it waits for the backup
    dialog = window.findChild(ClosingBackupDialog)
    assert dialog is not None and dialog.isVisible()
    if skip:
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    made = list((branch_dir / "backups").glob("*.qmbackup"))
    assert len(made) == (0 if skip else 1)
