"""First run: the wizard sets up the branch and opens the main window."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.views.main_window import MainWindow
from desktop.views.wizard import FirstRunWizard


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def test_wizard_creates_the_branch_and_opens_the_main_window(qtbot, tmp_path, make_launcher):
    data = tmp_path / "new-branch"
    launcher = make_launcher(data)
    wizard = launcher.start()
    assert isinstance(wizard, FirstRunWizard)
    qtbot.waitExposed(wizard)
    assert str(data) in wizard.welcome.folder.text()

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.branch
    qtbot.keyClicks(wizard.branch.code, "kz")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.branch
    assert "KZ-ALA" in wizard.branch.message.text()  # the format is explained inline

    qtbot.keyClicks(wizard.branch.code, "-ala")
    assert wizard.branch.code.text() == "KZ-ALA"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.branch.message.text() == "Give the branch a name."
    wizard.branch.name.insert("Алматы филиалы")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.administrator

    admin = wizard.administrator
    qtbot.keyClicks(admin.username, "aigerim")
    admin.display_name.insert("Айгерім Нұрланқызы")
    qtbot.keyClicks(admin.password, "short")
    qtbot.keyClicks(admin.repeat, "short")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert admin.message.text() == "The password must have at least 8 characters."
    assert not (data / "qamqor.db").exists()

    admin.password.clear()
    qtbot.keyClicks(admin.password, "long enough secret")
    qtbot.keyClicks(admin.repeat, "long enough secreT")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert admin.message.text().startswith("The two passwords differ.")

    qtbot.keyClicks(admin.repeat, "long enough secret")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    window = launcher.main_window
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    assert not wizard.isVisible()
    assert (data / "qamqor.db").exists() and (data / "qamqor.keys").exists()
    assert window.statusBar().isVisible()
    assert "KZ-ALA" in window.branch_status.text()
    assert "Алматы филиалы" in window.branch_status.text()
    assert window.user_status.text() == "Айгерім Нұрланқызы"
    assert window.role_status.text() == "Administrator"
    assert window.windowTitle() == "Qamqor — Алматы филиалы"


def test_the_new_administrator_can_log_in_after_a_restart(qtbot, tmp_path, make_launcher):
    data = tmp_path / "branch"
    first = make_launcher(data)
    wizard = first.start()
    wizard.next()
    wizard.branch.code.setText("KZ-SHY")
    wizard.branch.name.setText("Shymkent")
    wizard.next()
    wizard.administrator.username.setText("boss")
    wizard.administrator.password.setText("long enough secret")
    wizard.administrator.repeat.setText("long enough secret")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert first.main_window is not None
    first.main_window.close()

    second = make_launcher(data)
    dialog = second.start()
    qtbot.keyClicks(dialog.username, "boss")
    qtbot.keyClicks(dialog.password, "long enough secret")
    qtbot.mouseClick(dialog.log_in_button, Qt.MouseButton.LeftButton)
    assert second.main_window.branch_status.text() == "Branch KZ-SHY — Shymkent"
