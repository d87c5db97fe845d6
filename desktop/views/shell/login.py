"""The log-in window: the first thing a person sees on a set-up branch.

It loads no storage library itself: the gate (and with it SQLAlchemy, argon2,
SQLCipher) is asked for only when the person presses Log in. The password is
checked on a pool thread (the key derivation takes about half a second, a
database server may take longer to answer) while a bar says so; the window
keeps answering, and Quit works meanwhile.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import fill
from desktop.views.kit.widgets import MessageLabel, Retranslatable, Text, heading_label, password_field
from desktop.views.shell.language import LanguageCombo, LanguageSwitcher

if TYPE_CHECKING:
    from desktop.services.accounts import BranchGate
    from desktop.views.kit.long_work import LongWork


class LoginDialog(Retranslatable, QDialog):
    """User name, password, language; emits ``logged_in(Identity)`` on success.

    ``open_gate`` returns the BranchGate to log in through; it is called at the
    first attempt, so the storage code loads only then.
    """

    logged_in = Signal(object)  # desktop.services.accounts.Identity

    def __init__(self, open_gate: Callable[[], BranchGate], *, switcher: LanguageSwitcher,
                 branch: tuple[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._open_gate = open_gate
        self.switcher = switcher
        self.branch = branch
        self.setObjectName("login")

        self.heading = heading_label(self, scale=1.6)
        # Which branch this opens (code and name, kept beside the database since the
        # last log-in): a computer serving two branches, or a test copy, is told apart.
        self.branch_label = heading_label(self, scale=1.15)
        self.branch_label.setObjectName("login_branch")
        self.branch_label.setWordWrap(True)
        self.branch_label.setVisible(branch is not None)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.password = password_field(self)
        self.password.setObjectName("password")
        self.language = LanguageCombo(switcher, self)

        self.username_label = QLabel(self)
        self.username_label.setBuddy(self.username)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        form.addRow(self.language_label, self.language)

        self.message = MessageLabel(self)
        self.message.setObjectName("message")
        # Made (and imported) at the first attempt: the worker pool touches Qt's
        # namespace, which costs more than the rest of showing this window (kit/widgets.py).
        self.long_work: LongWork | None = None

        # A plain row, not a QDialogButtonBox: building one loads all of the Qt
        # namespace's enums, the largest cost of showing this window.
        self.log_in_button = QPushButton(self)
        self.log_in_button.setDefault(True)
        self.log_in_button.clicked.connect(self.log_in)
        self.quit_button = QPushButton(self)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.log_in_button)
        buttons.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.branch_label)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.setMinimumWidth(420)
        self.retranslate_ui()
        self.username.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Qamqor — log in"))
        self.heading.setText(self.tr("Qamqor"))
        if self.branch is not None:
            # Shown as written whatever it holds; escaped into rich text rather than
            # set as plain text: Qt's enums cost this window its quick start.
            text = fill(self.tr("Branch %1 — %2"), *self.branch)
            self.branch_label.setText(f"<span>{html.escape(text, quote=False)}</span>")
        self.intro.setText(self.tr("Log in with your user name and password."))
        self.username_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.language_label.setText(self.tr("&Language:"))
        self.log_in_button.setText(self.tr("Log in"))
        self.quit_button.setText(self.tr("Quit"))

    def show_error(self, text: Text) -> None:
        self.message.show_error(text)

    def _checking(self) -> LongWork:
        if self.long_work is None:
            from desktop.views.kit.long_work import LongWork
            from desktop.views.kit.workers import WorkerPool

            self.long_work = LongWork(WorkerPool(self, threads=1), message=self.message, name="login", parent=self)
            layout = self.layout()
            layout.insertWidget(layout.indexOf(self.message) + 1, self.long_work)
        return self.long_work

    def log_in(self) -> None:
        if self.long_work is not None and self.long_work.busy():
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self.show_error(lambda: self.tr("Enter your user name."))
            self.username.setFocus()
            return
        if not password:
            self.show_error(lambda: self.tr("Enter your password."))
            self.password.setFocus()
            return
        gate = self._open_gate()
        self._set_editable(False)
        self._checking().run(lambda _ctx: gate.log_in(username, password), on_done=self._logged_in,
                             on_failed=self._refused, step=self.tr("Checking the password…"), cancellable=False)

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.username, self.password, self.language, self.log_in_button):
            widget.setEnabled(editable)

    def _refused(self, text: str) -> None:
        # Wrong password, account locked, database damaged or unreachable.
        self._set_editable(True)
        self.show_error(text)
        self.password.clear()
        self.password.setFocus()

    def _logged_in(self, identity) -> None:
        self._set_editable(True)
        self.password.clear()
        self.logged_in.emit(identity)
        self.accept()

    def reject(self) -> None:
        # Quit while the password is being checked: nobody waits for the answer.
        if self.long_work is not None:
            self.long_work.stop()
        self._set_editable(True)
        super().reject()
