"""The Backups area (administrators): the list of backups, making one now,
checking and restoring one, and the second folder (a USB stick); and the
warning the main window shows when the newest backup is old or one failed.

The work runs on the window's worker threads with a bar and Cancel; the page
only calls ``BackupService``.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill, translate_n
from desktop.services.backups import (
    BackupCancelled,
    BackupEntry,
    BackupHealth,
    BackupService,
    CheckedBackup,
    MadeBackup,
    RestoreResult,
)
from desktop.views.kit.changes import BACKUP, Change, ChangeBus
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.long_work import LongWork
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.text import format_datetime
from desktop.views.kit.widgets import (
    ERROR_COLOUR,
    MessageLabel,
    Retranslatable,
    RowsTableModel,
    heading_label,
    list_table,
    password_field,
)
from desktop.views.kit.workers import Job, JobContext, WorkerPool
from desktop.views.shell.areas import Area, area_title


def size_text(size: int) -> str:
    if size >= 1 << 30:
        return fill(QCoreApplication.translate("BackupsPage", "%1 GB"), f"{size / (1 << 30):.1f}")
    if size >= 1 << 20:
        return fill(QCoreApplication.translate("BackupsPage", "%1 MB"), f"{size / (1 << 20):.0f}")
    return fill(QCoreApplication.translate("BackupsPage", "%1 KB"), max(1, size // 1024))


def reason_label(reason: str) -> str:
    return {
        "manual": QCoreApplication.translate("BackupsPage", "Made by hand"),
        "automatic": QCoreApplication.translate("BackupsPage", "Automatic"),
        "before-restore": QCoreApplication.translate("BackupsPage", "Kept before a restore"),
        "before-migration": QCoreApplication.translate("BackupsPage", "Kept before an update"),
    }.get(reason, reason)


def _age_text(when: dt.datetime, now: dt.datetime) -> str:
    days = (now.astimezone().date() - when.astimezone().date()).days
    if days <= 0:
        return QCoreApplication.translate("BackupsPage", "today")
    if days == 1:
        return QCoreApplication.translate("BackupsPage", "yesterday")
    return translate_n("BackupsPage", "%n day(s) ago", days)


def _plural_sources() -> None:  # never called: for pyside6-lupdate (see desktop.i18n.translate_n)
    QCoreApplication.translate("BackupsPage", "%n day(s) ago", "", 1)


class BackupTableModel(RowsTableModel):
    """The branch's backups, newest first."""

    MADE, KIND, SIZE, RECORDS, WHERE, CHECKED = range(6)
    COLUMN_COUNT = 6
    _rows: list[BackupEntry]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and col == self.CHECKED and e.damaged:
            return QColor(ERROR_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SIZE, self.RECORDS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.RECORDS:
                return self.tr("%n visitor(s)", "", e.visitors)
            if col == self.WHERE:
                return "\n".join(str(p) for p in e.paths)
            if col == self.MADE:
                return e.file_name
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.MADE:
            return format_datetime(e.made_at) if e.made_at else e.file_name
        if col == self.KIND:
            return reason_label(e.reason)
        if col == self.SIZE:
            return size_text(e.size)
        if col == self.RECORDS:
            return f"{e.records:,}".replace(",", "\u202f")
        if col == self.WHERE:
            if e.in_data_folder and e.in_second_folder:
                return self.tr("This computer and the second folder")
            return self.tr("Second folder") if e.in_second_folder else self.tr("This computer")
        if col == self.CHECKED:
            if e.damaged:
                return self.tr("Damaged")
            return fill(self.tr("Yes, %1"), format_datetime(e.checked_at)) if e.checked_at else self.tr("Not yet")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.MADE: self.tr("Made"), self.KIND: self.tr("Kind"), self.SIZE: self.tr("Size"),
                self.RECORDS: self.tr("Records"), self.WHERE: self.tr("Where"),
                self.CHECKED: self.tr("Checked")}.get(section)


def health_text(health: BackupHealth, now: dt.datetime) -> tuple[str, bool]:
    """What to say of the branch's backups, and whether it is a warning."""
    lines = []
    warn = False
    if health.last_backup is None:
        lines.append(QCoreApplication.translate("BackupsPage", "There is no backup of this branch yet."))
        warn = health.overdue
    else:
        lines.append(fill(QCoreApplication.translate("BackupsPage", "The newest backup was made %1 (%2)."),
                          format_datetime(health.last_backup), _age_text(health.last_backup, now)))
        warn = health.overdue
    if health.overdue:
        lines.append(QCoreApplication.translate("BackupsPage", "Make one now: a branch should never be more than two days without one."))
    if health.last_failure:
        warn = True
        lines.append(fill(QCoreApplication.translate("BackupsPage", "The last backup failed (%1): %2"), format_datetime(health.failed_at),
                          health.last_failure))
    if health.second_folder_problem:
        warn = True
        lines.append(fill(QCoreApplication.translate("BackupsPage", "No copy went to the second folder: %1"), health.second_folder_problem))
    return "\n".join(lines), warn


class RestoreDialog(Retranslatable, QDialog):
    """Asks once more, with the administrator's password, before the branch's
    records are replaced by a backup's. A backup older than the
    administrator's own key opens with the account of someone who had one
    then (the two fields below, left empty otherwise)."""

    def __init__(self, entry: BackupEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.entry = entry
        self.setModal(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.password = password_field(self)
        self.password.setObjectName("restore_password")
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password)
        self.other_note = QLabel(self)
        self.other_note.setWordWrap(True)
        self.other_user = QLineEdit(self)
        self.other_user.setObjectName("restore_other_user")
        self.other_user_label = QLabel(self)
        self.other_user_label.setBuddy(self.other_user)
        self.other_password = password_field(self)
        self.other_password.setObjectName("restore_other_password")
        self.other_password_label = QLabel(self)
        self.other_password_label.setBuddy(self.other_password)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_confirm")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.password_label, self.password)
        other = QFormLayout()
        other.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        other.addRow(self.other_user_label, self.other_user)
        other.addRow(self.other_password_label, self.other_password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.other_note)
        layout.addLayout(other)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        e = self.entry
        self.explanation.setText(fill(self.tr(
            "The branch's records will be those of the backup made %1 (%2). Everything saved since then is "
            "replaced; it is first kept aside as a backup of its own, which you can restore again.\n\n"
            "Staff accounts, the audit trail and what was sent to HQ stay as they are. Afterwards everyone "
            "logs in again."), format_datetime(e.made_at), self.tr("%Ln record(s)", "", e.records)))
        self.password_label.setText(self.tr("Your &password:"))
        self.other_note.setText(self.tr(
            "Only if Qamqor says that the backup is older than your key: the account of someone who had "
            "one when it was made."))
        self.other_user_label.setText(self.tr("Their &user name:"))
        self.other_password_label.setText(self.tr("Their pass&word:"))
        self.restore_button.setText(self.tr("&Restore"))

    def _accept(self) -> None:
        if not self.password.text():
            self.message.show_error(self.tr("Type your password to restore a backup."))
            self.password.setFocus()
            return
        self.accept()


class BackupsPage(Retranslatable, QWidget):
    """The administrator's page for backups."""

    show_requested = Signal()
    # The branch's records were replaced: the window logs everyone out.
    restored = Signal()

    def __init__(self, service: BackupService, *, workers: WorkerPool, bus: ChangeBus, dialogs: DialogService,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_backups")
        self.service = service
        self.workers = workers
        self.bus = bus
        self.dialogs = dialogs
        self.opener = DialogOpener(self)
        self.opener.busy_changed.connect(lambda _busy: self._update_buttons())
        self.health: BackupHealth | None = None
        self.done_restoring = False  # the window logs out after a restore (``restored``)

        self.heading = heading_label(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("backup_state")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.message = MessageLabel(self)
        self.message.setObjectName("backup_message")

        self.list_group = QGroupBox(self)
        self.model = BackupTableModel(self)
        self.table = list_table(self.model, self.list_group, "backup_list")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.make_button = QPushButton(self.list_group)
        self.make_button.setObjectName("make_backup")
        self.make_button.clicked.connect(self.make_backup)
        self.check_button = QPushButton(self.list_group)
        self.check_button.setObjectName("check_backup")
        self.check_button.clicked.connect(self.check_selected)
        self.restore_button = QPushButton(self.list_group)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.restore_selected)
        self.long_work = LongWork(workers, message=self.message, name="backup", parent=self.list_group)
        self.long_work.busy_changed.connect(lambda _busy: self._update_buttons())
        for b in (self.make_button, self.check_button, self.restore_button):
            b.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        list_layout = QVBoxLayout(self.list_group)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.long_work)

        self.folder_group = QGroupBox(self)
        self.folder_note = QLabel(self.folder_group)
        self.folder_note.setWordWrap(True)
        self.folder_path = QLabel(self.folder_group)
        self.folder_path.setObjectName("second_folder")
        self.folder_path.setWordWrap(True)
        self.folder_path.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.folder_group)
        self.choose_button.setObjectName("choose_second_folder")
        self.choose_button.clicked.connect(self.choose_folder)
        self.forget_button = QPushButton(self.folder_group)
        self.forget_button.setObjectName("forget_second_folder")
        self.forget_button.clicked.connect(self.forget_folder)
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.choose_button)
        folder_buttons.addWidget(self.forget_button)
        folder_buttons.addStretch(1)
        folder_layout = QVBoxLayout(self.folder_group)
        folder_layout.addWidget(self.folder_note)
        folder_layout.addWidget(self.folder_path)
        folder_layout.addLayout(folder_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.state)
        layout.addWidget(self.message)
        layout.addWidget(self.list_group, 1)
        layout.addWidget(self.folder_group)

        bus.changed.connect(self._on_change)
        self.retranslate_ui()
        self.reload()

    # -- language --------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(area_title(Area.BACKUPS))
        self.intro.setText(self.tr(
            "A backup is one encrypted file holding all the branch's records. Qamqor makes one when the window "
            "closes (once a day) and keeps the last 7 days, 4 weeks and 12 months of them. It opens only with "
            "the password of someone who had an account when it was made. Keep a copy away from this computer "
            "too: a second folder on a USB stick."))
        self.list_group.setTitle(self.tr("Backups"))
        self.make_button.setText(self.tr("&Make a backup now"))
        self.check_button.setText(self.tr("C&heck the chosen one"))
        self.restore_button.setText(self.tr("&Restore the chosen one…"))
        self.folder_group.setTitle(self.tr("Second folder (a USB stick)"))
        self.folder_note.setText(self.tr(
            "Every backup is copied here too and read back. Choose a folder on a USB stick and keep the stick "
            "in another place, so that a stolen or broken computer does not take every copy."))
        self.choose_button.setText(self.tr("Choose a &folder…"))
        self.forget_button.setText(self.tr("&Stop copying there"))
        self.model.retranslate()
        self._show_state()
        self._show_folder()

    # -- state ---------------------------------------------------------------------
    def reload(self) -> None:
        try:
            rows = self.service.list()
            self.health = self.service.health()
        except Refused as err:
            self.message.show_error(str(err))
            return
        self.model.set_rows(rows)
        self._show_state()
        self._show_folder()
        self._update_buttons()

    @property
    def open_dialog(self) -> QDialog | None:
        return self.opener.dialog

    def busy(self) -> bool:
        return self.long_work.busy()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The command line may have made or removed a backup meanwhile.
        super().showEvent(event)
        if not self.busy():
            self.reload()

    def _on_change(self, change: Change) -> None:
        if change.touches(BACKUP) and not self.busy() and not self.done_restoring:
            self.reload()

    def _show_state(self) -> None:
        if self.health is None:
            return
        text, warn = health_text(self.health, dt.datetime.now(dt.timezone.utc))
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {ERROR_COLOUR};" if warn else "")

    def _show_folder(self) -> None:
        folder = self.service.second_folder()
        self.folder_path.setText(str(folder) if folder else self.tr("None chosen: backups stay on this computer only."))
        self.forget_button.setVisible(folder is not None)

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        idle = not self.busy() and not self.opener.busy()
        chosen = self.selected()
        for button in (self.make_button, self.choose_button, self.forget_button):
            button.setEnabled(idle)
        self.check_button.setEnabled(idle and chosen is not None)
        self.restore_button.setEnabled(idle and chosen is not None and not chosen.damaged)

    # -- the work -------------------------------------------------------------------
    def make_backup(self) -> None:
        if self.busy():
            return
        service = self.service

        def work(ctx: JobContext) -> MadeBackup | None:
            try:
                return service.make(progress=ctx.progress, cancelled=ctx.cancelled)
            except BackupCancelled:
                return None

        def done(made: MadeBackup | None) -> None:
            self.reload()
            if made is None:
                self.message.show_done(self.tr("Stopped. No backup was written."))
                return
            text = fill(self.tr("The backup %1 was written and checked (%2, %3)."), made.path.name,
                        size_text(made.size), self.tr("%Ln record(s)", "", made.records))
            if made.copied_to is not None:
                text += " " + self.tr("A copy is in the second folder.")
            elif made.copy_problem:
                text += " " + fill(self.tr("No copy went to the second folder: %1"), made.copy_problem)
            self.message.show_done(text)
        self._run(work, done, step=self.tr("Making the backup…"), stopped_text=self.tr("Stopped. No backup was written."))

    def check_selected(self) -> None:
        entry = self.selected()
        if entry is None or self.busy():
            return
        service = self.service

        def work(ctx: JobContext) -> CheckedBackup | None:
            try:
                return service.check(entry.path, progress=ctx.progress, cancelled=ctx.cancelled)
            except BackupCancelled:
                return None

        def done(checked: CheckedBackup | None) -> None:
            self.reload()
            if checked is None:
                self.message.show_done(self.tr("Stopped."))
                return
            self.message.show_done(fill(self.tr(
                "The backup %1 is whole: every byte reads back as written and its database opens and holds "
                "%2."), entry.file_name, self.tr("%Ln record(s)", "", checked.records)))
        self._run(work, done, step=self.tr("Reading the backup and checking its database…"),
                  stopped_text=self.tr("Stopped."))

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or self.busy() or self.opener.busy():
            return
        dialog = RestoreDialog(entry, self)
        # What was typed is read when the dialog is accepted, before it goes.
        answer: dict = {}
        dialog.accepted.connect(lambda: answer.update(
            password=dialog.password.text(), other_user=dialog.other_user.text().strip() or None,
            other_password=dialog.other_password.text() or None))
        if self.opener.open(dialog, lambda: self._restore(entry, **answer)):
            dialog.password.setFocus()

    def _restore(self, entry: BackupEntry, *, password: str, other_user: str | None,
                 other_password: str | None) -> None:
        service = self.service

        def work(ctx: JobContext) -> RestoreResult | None:
            try:
                return service.restore(entry.path, password=password, other_user=other_user,
                                       other_password=other_password, progress=ctx.progress,
                                       cancelled=ctx.cancelled)
            except BackupCancelled:
                return None

        def done(result: RestoreResult | None) -> None:
            if result is None:
                self.reload()
                self.message.show_done(self.tr("Stopped. Nothing was changed."))
                return
            self.done_restoring = True
            text = fill(self.tr(
                "The branch's records are those of the backup made %1. The records it replaced are kept in "
                "%2. Everyone logs in again now."), format_datetime(result.backup_made_at),
                result.set_aside.name if result.set_aside else "-")
            self.message.show_done(text)
            self.dialogs.information(self, self.tr("Backup restored"), text)
            self.restored.emit()
        self._run(work, done, step=self.tr("Checking the backup, then replacing the records…"),
                  stopped_text=self.tr("Stopped. Nothing was changed."))

    def choose_folder(self) -> None:
        if self.busy():
            return
        folder = self.dialogs.get_existing_directory(self, self.tr("Choose the second folder for backups"))
        if folder is None:
            return
        self._set_folder(Path(folder))

    def forget_folder(self) -> None:
        if not self.busy():
            self._set_folder(None)

    def _set_folder(self, folder: Path | None) -> None:
        self.message.clear_message()
        try:
            self.service.set_second_folder(folder)
        except Refused as err:
            self.message.show_error(str(err))
            return
        if folder is not None:
            self.message.show_done(fill(self.tr(
                "From now on every backup is copied to %1 as well. Make one now to have a copy there at once."),
                str(folder)))
        else:
            self.message.show_done(self.tr("Backups are no longer copied to a second folder."))
        self.reload()

    def _run(self, fn, on_done, *, step: str, stopped_text: str) -> None:
        def failed(text: str) -> None:
            self.reload()
            self.message.show_error(text)
        self.long_work.run(fn, on_done=on_done, on_failed=failed, step=step, stopped_text=stopped_text)

    def stop(self) -> None:
        """The window closes: nobody waits for the result."""
        self.long_work.stop()
        self.opener.close()


class BackupWarning(Retranslatable, QFrame):
    """A band across the top of the administrator's main window while the
    branch's backups need attention (none for two days, or one failed)."""

    open_requested = Signal()

    def __init__(self, service: BackupService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backup_warning")
        self.service = service
        self.setStyleSheet(f"QFrame#backup_warning {{ background: #fdecea; border-bottom: 1px solid {ERROR_COLOUR}; }}")
        self.text = QLabel(self)
        self.text.setObjectName("backup_warning_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.button = QPushButton(self)
        self.button.setObjectName("open_backups")
        self.button.clicked.connect(self.open_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.health: BackupHealth | None = None
        self.on_backups_page = False  # the page says the same: no band above it
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Open Backups"))
        self._show()

    def set_on_backups_page(self, here: bool) -> None:
        self.on_backups_page = here
        self._show()

    def refresh(self) -> None:
        try:
            self.health = self.service.health()
        except Refused:
            self.health = None
        self._show()

    def _show(self) -> None:
        health = self.health
        if health is None or health.on_server:
            self.hide()
            return
        text, warn = health_text(health, dt.datetime.now(dt.timezone.utc))
        self.text.setText(text)
        self.setVisible(warn and not self.on_backups_page)


class ClosingBackupDialog(Retranslatable, QDialog):
    """"Making today's backup…" while the window closes, with a bar and Skip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("closing_backup")
        self.setModal(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("skip_backup")
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle("Qamqor")
        self.text.setText(self.tr("Making today's backup of the branch before Qamqor closes…"))
        self.skip_button.setText(self.tr("Skip"))

    def reject(self) -> None:  # Escape or the window's close button: the same as Skip
        self.skip_button.click()


class ClosingBackup(QObject):
    """The day's automatic backup: when the window closes or its session ends
    (a small dialog with a bar and Skip), and every hour while it stays open
    (quietly, on a worker thread). At most one a day (BackupService.due)."""

    HOURLY_MS = 3_600_000

    def __init__(self, service: BackupService, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.job: Job | None = None
        self.dialog: ClosingBackupDialog | None = None
        self.closing = False
        self.timer: QTimer | None = None
        self.workers: WorkerPool | None = None
        self.bus: ChangeBus | None = None

    def start_daily(self, workers: WorkerPool, bus: ChangeBus) -> None:
        self.workers, self.bus = workers, bus
        self.timer = QTimer(self)
        self.timer.setInterval(self.HOURLY_MS)
        self.timer.timeout.connect(self.make_if_due)
        self.timer.start()

    def make_if_due(self) -> None:
        if self.job is not None or self.closing or self.workers is None:
            return
        try:
            if not self.service.due():
                return
        except Refused:
            return
        service = self.service

        def ended(_value=None) -> None:
            self.job = None  # the service said what changed: the band and the page follow
        self.job = self.workers.start(lambda ctx: service.make_automatic(progress=ctx.progress,
                                                                         cancelled=ctx.cancelled),
                                      on_done=ended, on_failed=ended)

    def run(self, window: QWidget, *, then) -> bool:
        """Start the closing backup if one is due; True when ``then()`` will be
        called once it has ended (made, failed or skipped)."""
        if self.closing or self.workers is None:
            return False
        self.closing = True
        if self.timer is not None:
            self.timer.stop()
        if self.job is not None:
            return False  # the hour's backup is running: closing stops it, the next day makes one
        try:
            if not self.service.due():
                return False
        except Refused:
            return False
        dialog = ClosingBackupDialog(window)
        self.dialog = dialog
        service = self.service

        def ended(_value=None) -> None:
            self.job = None
            self.dialog = None
            dialog.hide()
            dialog.deleteLater()
            then()

        def progressed(done: int, total: int) -> None:
            if total:
                dialog.progress.setRange(0, total)
                dialog.progress.setValue(done)
        self.job = self.workers.start(lambda ctx: service.make_automatic(progress=ctx.progress,
                                                                         cancelled=ctx.cancelled),
                                      on_done=ended, on_failed=ended)
        self.job.progressed.connect(progressed)
        dialog.skip_button.clicked.connect(self._skip)
        dialog.open()
        return True

    def _skip(self) -> None:
        if self.job is not None:
            self.job.cancel()
        if self.dialog is not None:
            self.dialog.skip_button.setEnabled(False)

    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        if self.job is not None:
            self.job.cancel()
