"""Settings: interface language, idle lock (administrators), own password, data folder."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services.accounts import AccountService
from desktop.services.health import HealthAccessService
from desktop.services.settings import BranchSettings
from desktop.views.admin.health_access import HealthAccessBox
from desktop.views.kit.changes import SETTING, Change, ChangeBus
from desktop.views.kit.long_work import LongWork
from desktop.views.kit.widgets import MessageLabel, Retranslatable, heading_label, password_field
from desktop.views.kit.workers import WorkerPool
from desktop.views.shell.language import LanguageCombo, LanguageSwitcher


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class SettingsPage(Retranslatable, QWidget):
    def __init__(self, *, switcher: LanguageSwitcher, branch_settings: BranchSettings,
                 accounts: AccountService, workers: WorkerPool, bus: ChangeBus, may_change_branch: bool,
                 data_dir: Path, db_url: str | None = None, health_access: HealthAccessService | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_settings")
        self.branch_settings = branch_settings
        self.accounts = accounts
        self.bus = bus
        self.may_change_branch = may_change_branch
        self.data_dir = Path(data_dir)
        self.db_url = db_url

        self.heading = heading_label(self)

        # Interface language
        self.language_box = QGroupBox(self)
        self.language = LanguageCombo(switcher, self.language_box)
        self.language.setObjectName("interface_language")
        self.language_label = QLabel(self.language_box)
        self.language_label.setBuddy(self.language)
        self.language_note = QLabel(self.language_box)
        self.language_note.setWordWrap(True)
        form = _form()
        form.addRow(self.language_label, self.language)
        lang_layout = QVBoxLayout(self.language_box)
        lang_layout.addLayout(form)
        lang_layout.addWidget(self.language_note)

        # Idle lock
        self.lock_box = QGroupBox(self)
        self.idle_minutes = QSpinBox(self.lock_box)
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(1, 60)
        self.idle_label = QLabel(self.lock_box)
        self.idle_label.setBuddy(self.idle_minutes)
        self.idle_save = QPushButton(self.lock_box)
        self.idle_save.clicked.connect(self.save_idle_minutes)
        self.idle_state = QLabel(self.lock_box)
        self.idle_state.setWordWrap(True)
        self.idle_message = MessageLabel(self.lock_box)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_minutes)
        idle_row.addWidget(self.idle_save)
        idle_row.addStretch(1)
        form = _form()
        form.addRow(self.idle_label, idle_row)
        lock_layout = QVBoxLayout(self.lock_box)
        lock_layout.addWidget(self.idle_state)
        lock_layout.addLayout(form)
        lock_layout.addWidget(self.idle_message)
        for w in (self.idle_label, self.idle_minutes, self.idle_save):
            w.setVisible(may_change_branch)

        # Own password
        self.password_box = QGroupBox(self)
        self.old_password = password_field(self.password_box)
        self.old_password.setObjectName("old_password")
        self.new_password = password_field(self.password_box)
        self.new_password.setObjectName("new_password")
        self.repeat_password = password_field(self.password_box)
        self.repeat_password.setObjectName("repeat_password")
        self.password_labels = [QLabel(self.password_box) for _ in range(3)]
        form = _form()
        for label, field in zip(self.password_labels,
                                (self.old_password, self.new_password, self.repeat_password)):
            label.setBuddy(field)
            form.addRow(label, field)
        self.change_password_button = QPushButton(self.password_box)
        self.change_password_button.clicked.connect(self.change_password)
        self.repeat_password.returnPressed.connect(self.change_password)
        self.password_message = MessageLabel(self.password_box)
        # Checking the old password and protecting the new one: key derivations, on a pool thread.
        self.long_work = LongWork(workers, message=self.password_message, name="password_change",
                                  parent=self.password_box)
        self.long_work.busy_changed.connect(self._changing_password)
        button_row = QHBoxLayout()
        button_row.addWidget(self.change_password_button)
        button_row.addStretch(1)
        pw_layout = QVBoxLayout(self.password_box)
        pw_layout.addLayout(form)
        pw_layout.addLayout(button_row)
        pw_layout.addWidget(self.long_work)
        pw_layout.addWidget(self.password_message)

        # Where the data is
        self.data_box = QGroupBox(self)
        self.data_label = QLabel(self.data_box)
        self.data_label.setWordWrap(True)
        self.data_path = QLabel(str(self.data_dir), self.data_box)
        self.data_path.setObjectName("data_folder")
        self.data_path.setTextFormat(Qt.TextFormat.PlainText)
        self.data_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_path.setWordWrap(True)
        self.server_label = QLabel(self.data_box)
        self.server_label.setWordWrap(True)
        self.server_label.setVisible(bool(db_url))
        data_layout = QVBoxLayout(self.data_box)
        data_layout.addWidget(self.data_label)
        data_layout.addWidget(self.data_path)
        data_layout.addWidget(self.server_label)

        # A director's or caseworker's: the key to health information (embedded branches).
        self.health_box = HealthAccessBox(health_access, bus=bus, parent=self) if health_access else None

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(14)
        column.addWidget(self.heading)
        boxes = (self.language_box, self.lock_box, self.password_box, self.health_box, self.data_box)
        for box in filter(None, boxes):
            box.setMaximumWidth(760)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        bus.changed.connect(self._on_change)
        self._minutes = branch_settings.idle_minutes()
        self.idle_minutes.setValue(self._minutes)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("Areas", "Settings"))
        self.language_box.setTitle(self.tr("Interface language"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_note.setText(self.tr("Applies at once and is remembered on this computer."))
        self.lock_box.setTitle(self.tr("Lock when idle"))
        self.idle_label.setText(self.tr("Lock after (&minutes):"))
        self.idle_save.setText(self.tr("Save"))
        self.idle_state.setText(self.tr(
            "The window locks after %n minute(s) without use, and at once with Ctrl+L.", "",
            self._minutes))
        self.password_box.setTitle(self.tr("Your password"))
        for label, text in zip(self.password_labels, (self.tr("&Current password:"),
                                                      self.tr("&New password:"),
                                                      self.tr("&Repeat new password:"))):
            label.setText(text)
        self.change_password_button.setText(self.tr("Change password"))
        self.data_box.setTitle(self.tr("Data"))
        self.data_label.setText(self.tr("This branch's files (encrypted database, key file, backups) "
                                        "and this computer's settings are kept in:"))
        if self.db_url:
            host = urlsplit(self.db_url).hostname or "localhost"
            self.server_label.setText(fill(self.tr("The records themselves are on the database server %1."), host))

    def _on_change(self, change: Change) -> None:
        if change.touches(SETTING):
            self._minutes = self.branch_settings.idle_minutes()
            self.idle_minutes.setValue(self._minutes)
            self.retranslate_ui()

    def save_idle_minutes(self) -> None:
        minutes = self.idle_minutes.value()
        try:
            self.branch_settings.set_idle_minutes(minutes)
        except Refused as err:
            self.idle_message.show_error(str(err))
            return
        self.idle_message.show_done(lambda: self.tr("Saved."))

    def change_password(self) -> None:
        if self.long_work.busy():
            return
        old, new, repeat = (self.old_password.text(), self.new_password.text(),
                            self.repeat_password.text())
        if not old:
            self._password_refused(self.tr("Enter your current password."), self.old_password)
            return
        if new != repeat:
            self._password_refused(self.tr("The two new passwords differ. Type the same password twice."),
                                   self.new_password)
            return
        accounts = self.accounts

        def changed(_none) -> None:
            for field in (self.old_password, self.new_password, self.repeat_password):
                field.clear()
            self.password_message.show_done(lambda: self.tr("Your password was changed. Use the new one from now on."))
        self.long_work.run(lambda _ctx: accounts.change_own_password(old_password=old, new_password=new),
                           on_done=changed, on_failed=lambda text: self._password_refused(text, self.old_password),
                           step=self.tr("Changing the password…"), cancellable=False)

    def _changing_password(self, busy: bool) -> None:
        for widget in (self.old_password, self.new_password, self.repeat_password, self.change_password_button):
            widget.setEnabled(not busy)

    def _password_refused(self, text: str, focus) -> None:
        self.password_message.show_error(text)
        for field in (self.old_password, self.new_password, self.repeat_password):
            field.clear()
        focus.setFocus()
