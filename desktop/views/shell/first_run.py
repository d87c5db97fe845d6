"""First run: choose the language, name the branch, install the HQ key set
(or leave it for later), make its administrator.

Like the log-in window, this loads no storage library until it needs one
(checking a user name, creating the branch).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import limits
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.widgets import MessageLabel, Retranslatable, busy, password_field
from desktop.views.shell.language import LanguageCombo, LanguageSwitcher

log = logging.getLogger("qamqor")

if TYPE_CHECKING:
    from desktop.services.accounts import BranchGate
    from desktop.services.exchange import KeySet


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class WelcomePage(Retranslatable, QWizardPage):
    def __init__(self, switcher: LanguageSwitcher, data_location: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_location = data_location
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language = LanguageCombo(switcher, self)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder = QLabel(data_location, self)
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)

        form = _form()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.folder)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Welcome to Qamqor"))
        self.setSubTitle(self.tr("This computer has no branch yet. The next steps set it up."))
        self.intro.setText(self.tr(
            "Qamqor keeps the register of visitors, referrals and volunteers of one branch office. "
            "Everything is stored encrypted; only staff with an account can open it."))
        self.language_label.setText(self.tr("&Language:"))
        self.folder_label.setText(self.tr("The branch's data will be kept in:"))


class BranchPage(Retranslatable, QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = QLineEdit(self)
        self.code.setObjectName("branch_code")
        self.code.setMaxLength(9)
        self.code.setPlaceholderText("KZ-ALA")
        self.code.textEdited.connect(self._upper)
        self.name = QLineEdit(self)
        self.name.setObjectName("branch_name")
        self.name.setMaxLength(limits.BRANCH_NAME.chars)
        self.code_label = QLabel(self)
        self.code_label.setBuddy(self.code)
        self.code_hint = QLabel(self)
        self.code_hint.setWordWrap(True)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.message = MessageLabel(self)

        form = _form()
        form.addRow(self.code_label, self.code)
        form.addRow("", self.code_hint)
        form.addRow(self.name_label, self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The branch"))
        self.setSubTitle(self.tr("Its code appears in every record number, e.g. KZ-ALA-2026-000123."))
        self.code_label.setText(self.tr("Branch &code:"))
        self.code_hint.setText(self.tr("Country, dash, 2 to 6 letters or digits (KZ-ALA, KZ-SHY, KZ-AST)."))
        self.name_label.setText(self.tr("Branch &name:"))

    def _upper(self, text: str) -> None:
        if text != text.upper():
            pos = self.code.cursorPosition()
            self.code.setText(text.upper())
            self.code.setCursorPosition(pos)

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        from desktop.services.accounts import BRANCH_CODE

        code = self.code.text().strip().upper()
        if not BRANCH_CODE.match(code):
            # The same text as the service's refusal: one translation for both.
            self.message.show_error(lambda: QCoreApplication.translate(
                "Accounts", "A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits."))
            self.code.setFocus()
            return False
        if not self.name.text().strip():
            self.message.show_error(lambda: QCoreApplication.translate("Accounts", "Give the branch a name."))
            self.name.setFocus()
            return False
        self.message.clear_message()
        return True


class HqKeySetPage(Retranslatable, QWizardPage):
    """Optional: the HQ key set, checked by its fingerprint read out by phone.

    Skipped when no file is chosen; the Exchange with HQ area installs it later.
    """

    def __init__(self, dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.dialogs = dialogs
        self.data: bytes | None = None
        self.keyset: KeySet | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("choose_keyset")
        self.choose_button.clicked.connect(self.choose)
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("skip_keyset")
        self.skip_button.clicked.connect(self.skip)
        self.file = QLabel(self)
        self.file.setObjectName("keyset_file")
        self.file.setWordWrap(True)
        self.file.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("keyset_fingerprint")
        self.fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.Bold)
        self.fingerprint.setFont(font)
        self.confirmed = QCheckBox(self)
        self.confirmed.setObjectName("keyset_confirmed")
        self.later = QLabel(self)
        self.later.setWordWrap(True)
        self.message = MessageLabel(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.file)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.confirmed)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.later)
        self._show_choice()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The HQ key set"))
        self.setSubTitle(self.tr("Optional: the keys that lock this branch's bundles so that only HQ can open them."))
        self.intro.setText(self.tr(
            "HQ sends a file named hq-keyset.json. Choose it, then phone HQ and compare the fingerprint "
            "shown here with theirs, group by group."))
        self.choose_button.setText(self.tr("C&hoose the key set file…"))
        self.skip_button.setText(self.tr("&Skip for now"))
        self.confirmed.setText(self.tr("HQ read out the same fingerprint by phone"))
        self.later.setText(self.tr(
            "Without the key set the branch works as usual; the administrator installs it later in "
            "Exchange with HQ."))
        if self.keyset is not None:
            self.file.setText(fill(self.tr("Version %1 of the HQ key set. Fingerprint:"), self.keyset.version))

    def choose(self) -> None:
        from desktop.services.exchange import read_hq_keyset

        path = self.dialogs.get_open_file(self, self.tr("Choose the HQ key set"),
                                          file_filter=self.tr("HQ key set (*.json);;All files (*)"))
        if path is None:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as err:
            reason = err.strerror or str(err)  # ``err`` is gone after this block; the message outlives it
            self.message.show_error(lambda: fill(QCoreApplication.translate("Exchange", "Cannot read %1: %2"),
                                         path, reason))
            return
        try:
            keyset = read_hq_keyset(data)
        except Refused as err:
            self.message.show_error(str(err))
            return
        self.message.clear_message()
        self.data, self.keyset = data, keyset
        self.fingerprint.setText(keyset.spoken)
        self.confirmed.setChecked(False)
        self._show_choice()
        self.retranslate_ui()
        self.confirmed.setFocus()

    def skip(self) -> None:
        self.data = self.keyset = None
        self.message.clear_message()
        self._show_choice()
        self.wizard().next()

    def _show_choice(self) -> None:
        chosen = self.keyset is not None
        for w in (self.file, self.fingerprint, self.confirmed):
            w.setVisible(chosen)

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        if self.keyset is not None and not self.confirmed.isChecked():
            self.message.show_error(lambda: self.tr(
                "Compare the fingerprint with HQ by phone and tick the box, or skip this step for now."))
            self.confirmed.setFocus()
            return False
        self.message.clear_message()
        return True


class AdministratorPage(Retranslatable, QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.username = QLineEdit(self)
        self.username.setObjectName("admin_username")
        self.username.setMaxLength(32)
        self.username.setPlaceholderText("admin")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("admin_display_name")
        self.display_name.setMaxLength(limits.DISPLAY_NAME.chars)
        self.password = password_field(self)
        self.password.setObjectName("admin_password")
        self.repeat = password_field(self)
        self.repeat.setObjectName("admin_repeat")
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self.labels, (self.username, self.display_name, self.password, self.repeat)):
            label.setBuddy(field)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.message = MessageLabel(self)

        form = _form()
        for label, field in zip(self.labels, (self.username, self.display_name, self.password, self.repeat)):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(self.tr("The first account. It adds the other staff accounts later."))
        for label, text in zip(self.labels, (self.tr("&User name:"), self.tr("&Display name:"),
                                             self.tr("&Password:"), self.tr("&Repeat password:"))):
            label.setText(text)
        self.display_name.setPlaceholderText(self.tr("e.g. Aigerim Nurlanovna"))
        self.note.setText(self.tr(
            "Nobody can recover a forgotten password: keep it where the branch keeps its keys. "
            "At least 10 characters, without the user name or the branch's name; a few words that "
            "belong together only for you are easy to remember and hard to guess."))

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        from desktop.services.accounts import check_password_strength, check_username

        try:
            check_username(self.username.text())
        except Refused as err:
            self._refuse(str(err), self.username)
            return False
        branch = self.wizard().branch
        try:
            check_password_strength(self.password.text(), username=self.username.text().strip().lower(),
                                    branch=(branch.code.text(), branch.name.text()))
        except Refused as err:
            self._refuse(str(err), self.password)
            return False
        if self.password.text() != self.repeat.text():
            self._refuse(self.tr("The two passwords differ. Type the same password twice."), self.repeat)
            return False
        wizard = self.wizard()
        try:
            with busy():
                wizard.create_branch()
        except Refused as err:
            self.message.show_error(str(err))
            return False
        self.message.clear_message()
        return True

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.message.show_error(text)
        if field.echoMode() == QLineEdit.EchoMode.Password:
            self.repeat.clear()
        field.setFocus()


class FirstRunWizard(Retranslatable, QWizard):
    """Sets up the branch; emits ``branch_created(Identity)`` with the administrator logged in."""

    branch_created = Signal(object)  # desktop.services.accounts.Identity

    def __init__(self, open_gate: Callable[[], BranchGate], *, switcher: LanguageSwitcher,
                 data_location: Path | str, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._open_gate = open_gate
        self.identity = None
        self.keyset_installed: KeySet | None = None
        self.setObjectName("first_run")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.welcome = WelcomePage(switcher, str(data_location), self)
        self.branch = BranchPage(self)
        self.hq_keyset = HqKeySetPage(dialogs or DialogService(), self)
        self.administrator = AdministratorPage(self)
        for page in (self.welcome, self.branch, self.hq_keyset, self.administrator):
            self.addPage(page)
        self.setMinimumSize(640, 480)
        self.resize(720, 520)
        self.accepted.connect(self._finished)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Qamqor — set up this branch"))
        # Our own texts, so they follow the language like everything else.
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create the branch"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def create_branch(self) -> None:
        """Called by the last page: make the branch and its administrator."""
        admin = self.administrator
        keyset_data = self.hq_keyset.data
        escrow = None
        if keyset_data is not None:
            from desktop.services.exchange import hq_escrow_recipient

            escrow = hq_escrow_recipient(self.hq_keyset.keyset)
        gate = self._open_gate()
        self.identity = gate.initialise(
            branch_code=self.branch.code.text(), branch_name=self.branch.name.text(),
            admin_username=admin.username.text(), admin_display_name=admin.display_name.text(),
            admin_password=admin.password.text(), escrow_recipient=escrow)
        admin.password.clear()
        admin.repeat.clear()
        if keyset_data is not None:
            from desktop.services.exchange import ExchangeService

            try:
                self.keyset_installed = ExchangeService(gate.db, self.identity).install_hq_keyset(keyset_data)
            except Refused as err:
                # The branch exists by now and must open; the key set can be installed again later.
                log.warning("the HQ key set was not installed: %s", err)

    def _finished(self) -> None:
        # ``accepted`` comes after the last page's validatePage (QWizard.done), so
        # the branch exists by now; accept() itself runs before that check.
        if self.identity is not None:
            self.branch_created.emit(self.identity)
