"""First run: the wizard sets up the branch (with the HQ key set, or without it
for now) and opens the main window."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.exchange.keys import generate_hq_keys, read_identities
from desktop.services.accounts import BranchGate
from desktop.services.exchange import ExchangeService
from desktop.services.keyslots import KeySlots
from desktop.services.storage import EncryptedStore
from desktop.views.shell.main_window import MainWindow
from desktop.views.shell.first_run import FirstRunWizard
from tests.conftest import FAST


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
    assert wizard.currentPage() is wizard.hq_keyset
    assert not wizard.hq_keyset.fingerprint.isVisible()
    qtbot.mouseClick(wizard.hq_keyset.skip_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.administrator

    admin = wizard.administrator
    qtbot.keyClicks(admin.username, "aigerim")
    admin.display_name.insert("Айгерім Нұрланқызы")
    qtbot.keyClicks(admin.password, "short")
    qtbot.keyClicks(admin.repeat, "short")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert admin.message.text().startswith("The password must have at least 10 characters.")
    assert not (data / "qamqor.db").exists()
    for password, refusal in [("aigerim2025!", "The password must not contain the user name"),
                              ("almaty-autumn-7", "The password must not contain the branch's name"),
                              ("qwertyuiop1", "This password is one of the most common leaked passwords")]:
        admin.password.clear()
        admin.repeat.clear()
        qtbot.keyClicks(admin.password, password)
        qtbot.keyClicks(admin.repeat, password)
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
        assert admin.message.text().startswith(refusal), password
        assert not (data / "qamqor.db").exists()
    admin.repeat.clear()

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
    wizard.next()  # no HQ key set yet
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
    qtbot.waitUntil(lambda: second.main_window is not None)  # the password is checked off the GUI thread
    assert second.main_window.branch_status.text() == "Branch KZ-SHY — Shymkent"


def test_the_hq_key_set_step_shows_the_fingerprint_and_installs_it(qtbot, tmp_path, switcher, dialogs):
    hq = tmp_path / "hq"
    keyset = generate_hq_keys(hq)
    data = tmp_path / "new-branch"  # tmp_path / "branch" is the switcher's ready-made branch
    gates: list[BranchGate] = []

    def open_gate() -> BranchGate:
        gates.append(BranchGate(data, kdf=FAST))
        return gates[-1]
    wizard = FirstRunWizard(open_gate, switcher=switcher, data_location=data, dialogs=dialogs)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.branch.code.setText("KZ-AST")
    wizard.branch.name.setText("Astana")
    wizard.next()
    page = wizard.hq_keyset
    assert wizard.currentPage() is page

    dialogs.files = [hq / "hq-keyset.json"]
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert page.fingerprint.isVisible() and page.fingerprint.text() == keyset.spoken
    assert page.file.text() == "Version 1 of the HQ key set. Fingerprint:"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is page  # not until HQ confirmed it by phone
    assert page.message.text().startswith("Compare the fingerprint with HQ by phone")
    page.confirmed.setChecked(True)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.administrator

    wizard.administrator.username.setText("boss")
    wizard.administrator.password.setText("long enough secret")
    wizard.administrator.repeat.setText("long enough secret")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.identity is not None
    status = ExchangeService(gates[-1].db, wizard.identity).status()
    assert status.keyset is not None and status.keyset.spoken == keyset.spoken
    gates[-1].close()
    # The database key is wrapped for HQ's escrow key as well.
    escrow = read_identities(hq / "hq-escrow.agekey")[0]
    db, _ = EncryptedStore(data).open_with_keys(KeySlots(data / "qamqor.keys").escrow_unlock(escrow))
    db.close()


def test_a_file_that_is_no_key_set_is_refused_on_the_spot(qtbot, tmp_path, switcher, dialogs):
    junk = tmp_path / "hq-keyset.json"
    junk.write_text("not json")
    wizard = FirstRunWizard(lambda: BranchGate(tmp_path / "new-branch", kdf=FAST), switcher=switcher,
                            data_location=tmp_path / "new-branch", dialogs=dialogs)
    qtbot.addWidget(wizard)
    page = wizard.hq_keyset
    dialogs.files = [junk]
    page.choose()
    assert page.message.text() == "This file is not a qamqor-hq-keyset file."
    assert page.keyset is None and page.validatePage()
