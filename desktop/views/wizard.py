"""First run: choose the language, name the branch, make its administrator.

Like the log-in window, this loads no storage library until it needs one
(checking a user name, creating the branch).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from desktop.services.errors import UserError

from .language import LanguageCombo, LanguageSwitcher
from .widgets import MessageLabel, Retranslatable, busy, password_field

if TYPE_CHECKING:
    from desktop.services.accounts import BranchGate


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
        self.setSubTitle(self.tr("This computer has no branch yet. The next two steps set it up."))
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
        self.name.setMaxLength(200)
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
            self.message.show_error(QCoreApplication.translate(
                "Accounts", "A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits."))
            self.code.setFocus()
            return False
        if not self.name.text().strip():
            self.message.show_error(QCoreApplication.translate("Accounts", "Give the branch a name."))
            self.name.setFocus()
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
        self.display_name.setMaxLength(200)
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
            "At least 8 characters."))

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        from desktop.services.accounts import check_password_strength, check_username

        try:
            check_username(self.username.text())
        except UserError as err:
            self._refuse(str(err), self.username)
            return False
        try:
            check_password_strength(self.password.text())
        except UserError as err:
            self._refuse(str(err), self.password)
            return False
        if self.password.text() != self.repeat.text():
            self._refuse(self.tr("The two passwords differ. Type the same password twice."), self.repeat)
            return False
        wizard = self.wizard()
        try:
            with busy():
                wizard.create_branch()
        except UserError as err:
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
                 data_location: Path | str, parent: QWidget | None = None):
        super().__init__(parent)
        self._open_gate = open_gate
        self.identity = None
        self.setObjectName("first_run")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.welcome = WelcomePage(switcher, str(data_location), self)
        self.branch = BranchPage(self)
        self.administrator = AdministratorPage(self)
        for page in (self.welcome, self.branch, self.administrator):
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
        self.identity = self._open_gate().initialise(
            branch_code=self.branch.code.text(), branch_name=self.branch.name.text(),
            admin_username=admin.username.text(), admin_display_name=admin.display_name.text(),
            admin_password=admin.password.text())
        admin.password.clear()
        admin.repeat.clear()

    def _finished(self) -> None:
        # ``accepted`` comes after the last page's validatePage (QWizard.done), so
        # the branch exists by now; accept() itself runs before that check.
        if self.identity is not None:
            self.branch_created.emit(self.identity)
