"""The Exchange with HQ area: the HQ key set and its fingerprint, what waits to
be sent, the last bundle and HQ's last answer; installing the key set, the
enrolment file, exporting to a stick and importing HQ's answer.

Export and import run on the window's worker threads; the page only calls
``ExchangeService``.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services.exchange import (
    ExchangeService,
    ExchangeStatus,
    ExportCancelled,
    ExportResult,
    RejectedChange,
    ReturnResult,
    read_hq_keyset,
)
from desktop.services.permissions import Role
from desktop.views.kit.changes import EXCHANGE, Change, ChangeBus
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.long_work import LongWork
from desktop.views.kit.no_access import NoAccessPage
from desktop.views.kit.text import format_datetime
from desktop.views.kit.widgets import MessageLabel, Retranslatable, RowsTableModel, heading_label
from desktop.views.kit.workers import JobContext, WorkerPool
from desktop.views.shell.areas import Area, area_title

# What HQ may name in its list of refused changes, in a person's words.
RECORD_TYPES = {
    "person": QT_TRANSLATE_NOOP("ExchangePage", "Visitor"),
    "identity_document": QT_TRANSLATE_NOOP("ExchangePage", "Identity document"),
    "person_language": QT_TRANSLATE_NOOP("ExchangePage", "Visitor's language"),
    "household_member": QT_TRANSLATE_NOOP("ExchangePage", "Household member"),
    "consent": QT_TRANSLATE_NOOP("ExchangePage", "Consent"),
    "health_flag": QT_TRANSLATE_NOOP("ExchangePage", "Health flag"),
    "visit": QT_TRANSLATE_NOOP("ExchangePage", "Visit"),
    "referral": QT_TRANSLATE_NOOP("ExchangePage", "Referral"),
    "referral_event": QT_TRANSLATE_NOOP("ExchangePage", "Referral step"),
    "service_provider": QT_TRANSLATE_NOOP("ExchangePage", "Service provider"),
    "volunteer": QT_TRANSLATE_NOOP("ExchangePage", "Volunteer"),
    "volunteer_language": QT_TRANSLATE_NOOP("ExchangePage", "Volunteer's language"),
    "volunteer_training": QT_TRANSLATE_NOOP("ExchangePage", "Volunteer's training"),
    "volunteer_availability": QT_TRANSLATE_NOOP("ExchangePage", "Volunteer's availability"),
    "volunteer_block": QT_TRANSLATE_NOOP("ExchangePage", "Volunteer's blocked dates"),
    "site": QT_TRANSLATE_NOOP("ExchangePage", "Site"),
    "shift": QT_TRANSLATE_NOOP("ExchangePage", "Shift"),
    "shift_template": QT_TRANSLATE_NOOP("ExchangePage", "Shift template"),
    "assignment": QT_TRANSLATE_NOOP("ExchangePage", "Assignment"),
    "assignment_event": QT_TRANSLATE_NOOP("ExchangePage", "Check-in or check-out"),
}


def record_type_label(record_type: str) -> str:
    text = RECORD_TYPES.get(record_type)
    return QCoreApplication.translate("ExchangePage", text) if text else record_type


class NoExchangeAccessPage(NoAccessPage):
    """Everyone but the administrator: a bundle carries every record of the branch."""

    def __init__(self, role: Role, parent: QWidget | None = None):
        super().__init__(role, name="page_exchange", parent=parent)

    def title(self) -> str:
        return area_title(Area.EXCHANGE)

    def reason(self, role: str) -> str:
        return fill(self.tr(
            "Only the administrator exchanges records with HQ, because a bundle carries every record of the "
            "branch. Your role (%1) cannot open this part; ask the administrator to send the bundle."), role)


class RejectedTableModel(RowsTableModel):
    """The changes HQ refused in its last answer."""

    SEQ, RECORD_TYPE, RECORD_ID, REASON = range(4)
    COLUMN_COUNT = 4
    _rows: list[RejectedChange]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.RECORD_ID:
            return r.record_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return {self.SEQ: str(r.seq), self.RECORD_TYPE: record_type_label(r.record_type),
                self.RECORD_ID: r.number or r.record_id, self.REASON: r.reason}.get(index.column())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.SEQ: QCoreApplication.translate("ExchangePage", "Change"),
            self.RECORD_TYPE: QCoreApplication.translate("ExchangePage", "Record type"),
            self.RECORD_ID: QCoreApplication.translate("ExchangePage", "Record"),
            self.REASON: QCoreApplication.translate("ExchangePage", "HQ's reason"),
        }.get(section)


def _value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    # Kazakh and Russian labels run long: the value goes under its label when needed.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


class ExchangePage(Retranslatable, QWidget):
    """The administrator's page for keys, bundles and HQ's answers."""

    def __init__(self, service: ExchangeService, *, workers: WorkerPool, bus: ChangeBus, dialogs: DialogService,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_exchange")
        self.service = service
        self.workers = workers
        self.bus = bus
        self.dialogs = dialogs
        self.status: ExchangeStatus | None = None

        self.heading = heading_label(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.message = MessageLabel(self)
        self.message.setObjectName("exchange_message")

        # -- the HQ key set -----------------------------------------------------------
        self.keys_group = QGroupBox(self)
        self.keyset_state = _value_label(self.keys_group, "keyset_state")
        self.fingerprint = _value_label(self.keys_group, "keyset_fingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.Bold)
        self.fingerprint.setFont(font)
        self.fingerprint_hint = QLabel(self.keys_group)
        self.fingerprint_hint.setWordWrap(True)
        self.install_button = QPushButton(self.keys_group)
        self.install_button.setObjectName("install_keyset")
        self.install_button.clicked.connect(self.install_keyset)
        self.enrolment_button = QPushButton(self.keys_group)
        self.enrolment_button.setObjectName("write_enrolment")
        self.enrolment_button.clicked.connect(self.write_enrolment)
        keys_layout = QVBoxLayout(self.keys_group)
        keys_layout.addWidget(self.keyset_state)
        keys_layout.addWidget(self.fingerprint)
        keys_layout.addWidget(self.fingerprint_hint)
        keys_buttons = QHBoxLayout()
        keys_buttons.addWidget(self.install_button)
        keys_buttons.addWidget(self.enrolment_button)
        keys_buttons.addStretch(1)
        keys_layout.addLayout(keys_buttons)

        # -- sending --------------------------------------------------------------------
        self.send_group = QGroupBox(self)
        self.waiting_label = QLabel(self.send_group)
        self.waiting = _value_label(self.send_group, "changes_waiting")
        self.bundle_label = QLabel(self.send_group)
        self.last_bundle = _value_label(self.send_group, "last_bundle")
        self.export_button = QPushButton(self.send_group)
        self.export_button.setObjectName("export_bundle")
        self.export_button.clicked.connect(self.export_bundle)
        self.long_work = LongWork(workers, message=self.message, name="exchange", parent=self.send_group)
        self.long_work.busy_changed.connect(self._busy_changed)
        # The button keeps its own width while the progress bar is hidden.
        self.export_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        send_form = _form()
        send_form.addRow(self.waiting_label, self.waiting)
        send_form.addRow(self.bundle_label, self.last_bundle)
        send_layout = QVBoxLayout(self.send_group)
        send_layout.addLayout(send_form)
        run = QHBoxLayout()
        run.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        run.addWidget(self.long_work, 1)
        run.addStretch(0)  # takes the room only while the progress bar is hidden
        send_layout.addLayout(run)

        # -- answers --------------------------------------------------------------------
        self.answer_group = QGroupBox(self)
        self.ack_label = QLabel(self.answer_group)
        self.acknowledged = _value_label(self.answer_group, "acknowledged")
        self.rejected_label = QLabel(self.answer_group)
        self.rejected_label.setObjectName("rejected_label")
        self.rejected_label.setWordWrap(True)
        self.rejected_model = RejectedTableModel(self)
        self.rejected = QTableView(self.answer_group)
        self.rejected.setObjectName("rejected_changes")
        self.rejected.setModel(self.rejected_model)
        self.rejected.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected.setTabKeyNavigation(False)
        self.rejected.verticalHeader().hide()
        self.rejected.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.import_button = QPushButton(self.answer_group)
        self.import_button.setObjectName("import_return")
        self.import_button.clicked.connect(self.import_return)
        answer_form = _form()
        answer_form.addRow(self.ack_label, self.acknowledged)
        answer_layout = QVBoxLayout(self.answer_group)
        answer_layout.addLayout(answer_form)
        answer_layout.addWidget(self.rejected_label)
        answer_layout.addWidget(self.rejected)
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addStretch(1)
        answer_layout.addLayout(import_row)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.setSpacing(12)
        body_layout.addWidget(self.intro)
        body_layout.addWidget(self.message)
        body_layout.addWidget(self.keys_group)
        body_layout.addWidget(self.send_group)
        body_layout.addWidget(self.answer_group)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)

        bus.changed.connect(self._on_change)
        self.retranslate_ui()
        self.reload()

    # -- language --------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(area_title(Area.EXCHANGE))
        self.intro.setText(self.tr(
            "The branch's records travel to HQ as encrypted files on a USB stick or by e-mail. Each file "
            "carries every change HQ has not yet acknowledged, so a lost stick loses nothing: export again."))
        self.keys_group.setTitle(self.tr("HQ key set"))
        self.fingerprint_hint.setText(self.tr(
            "Read this fingerprint to HQ by phone: it must match theirs, group by group."))
        self.install_button.setText(self.tr("&Install HQ key set…"))
        self.enrolment_button.setText(self.tr("Write &enrolment file…"))
        self.send_group.setTitle(self.tr("Sending to HQ"))
        self.waiting_label.setText(self.tr("Changes waiting:"))
        self.bundle_label.setText(self.tr("Last bundle written:"))
        self.export_button.setText(self.tr("E&xport for HQ…"))
        self.answer_group.setTitle(self.tr("Answers from HQ"))
        self.ack_label.setText(self.tr("Last acknowledgement:"))
        self.import_button.setText(self.tr("Import HQ's &answer…"))
        self.rejected_model.retranslate()
        self._show_status()

    # -- status ----------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.status = self.service.status()
        except Refused as err:
            self.message.show_error(str(err))
            return
        self._show_status()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The command line may have exported or imported meanwhile.
        super().showEvent(event)
        if not self.long_work.busy():
            self.reload()

    def _on_change(self, change: Change) -> None:
        # Every record a person saves waits for the next bundle; a hidden page
        # catches up when it is shown.
        if not self.long_work.busy() and self.isVisible() and change.kinds - {EXCHANGE}:
            self.reload()

    def _show_status(self) -> None:
        status = self.status
        if status is None:
            return
        if status.keyset is None:
            self.keyset_state.setText(self.tr(
                "Not installed yet. HQ sends the file hq-keyset.json; install it before the first export."))
            self.fingerprint.hide()
            self.fingerprint_hint.hide()
        else:
            self.keyset_state.setText(fill(self.tr("Version %1, installed %2. Fingerprint:"), status.keyset.version,
                                           format_datetime(status.keyset.installed_at)))
            self.fingerprint.setText(status.keyset.spoken)
            self.fingerprint.show()
            self.fingerprint_hint.show()
        self.waiting.setText(self.tr("%n change(s) not yet acknowledged by HQ", "", status.waiting))
        written = status.written
        if written is None:
            self.last_bundle.setText(self.tr("None yet."))
        else:
            text = fill(self.tr("%1 — bundle %2, %3"), written.file_name, written.sequence,
                        self.tr("%n change(s)", "", written.changes))
            when = (fill(self.tr("written %1 into %2"), format_datetime(written.written_at), written.folder)
                    if written.folder else fill(self.tr("written %1"), format_datetime(written.written_at)))
            self.last_bundle.setText(text + "\n" + when)
        answer = status.last_return
        if answer is None:
            self.acknowledged.setText(self.tr("No answer from HQ yet."))
            self.rejected_model.set_rows([])
        else:
            self.acknowledged.setText(fill(self.tr("Changes through %1 — answer %2, applied %3"),
                                           answer.acknowledged_through, answer.sequence,
                                           format_datetime(answer.applied_at)))
            self.rejected_model.set_rows(answer.rejected)
            self._fit_rejected()
        rejected = bool(answer and answer.rejected)
        self.rejected_label.setVisible(rejected)
        self.rejected.setVisible(rejected)
        if rejected:
            self.rejected_label.setText(self.tr(
                "HQ could not apply %n change(s). Correct these records here; the corrections travel in the "
                "next bundle.", "", len(answer.rejected)))
        self._update_buttons()

    def _fit_rejected(self) -> None:
        # As tall as its rows, up to about six; then it scrolls.
        rows = min(self.rejected_model.rowCount(), 6)
        height = self.rejected.horizontalHeader().sizeHint().height() + 2 * self.rejected.frameWidth()
        height += sum(self.rejected.rowHeight(i) for i in range(rows)) if rows else 0
        self.rejected.setFixedHeight(height + 2)

    def _update_buttons(self) -> None:
        idle = not self.long_work.busy()
        has_keyset = self.status is not None and self.status.keyset is not None
        self.install_button.setEnabled(idle)
        self.enrolment_button.setEnabled(idle)
        self.export_button.setEnabled(idle and has_keyset)
        self.import_button.setEnabled(idle and has_keyset)
        tip = "" if has_keyset else self.tr("Install the HQ key set first.")
        self.export_button.setToolTip(tip)
        self.import_button.setToolTip(tip)

    # -- keys ------------------------------------------------------------------------
    def install_keyset(self) -> None:
        if self.long_work.busy():
            return
        path = self.dialogs.get_open_file(self, self.tr("Choose the HQ key set"),
                                          file_filter=self.tr("HQ key set (*.json);;All files (*)"))
        if path is None:
            return
        self.message.clear_message()
        try:
            keyset = read_hq_keyset(_read(path))
        except Refused as err:
            self.message.show_error(str(err))
            return
        confirmed = self.dialogs.question(self, self.tr("Check the fingerprint with HQ"), fill(self.tr(
            "HQ key set version %1.\n\nFingerprint:\n%2\n\nPhone HQ and have them read out their fingerprint. "
            "Install the key set only if every group matches."), keyset.version, keyset.spoken),
            accept_text=self.tr("It matches: install"), reject_text=self.tr("Cancel"))
        if not confirmed:
            return
        try:
            installed = self.service.install_hq_keyset(keyset.document)
        except Refused as err:
            self.message.show_error(str(err))
            return
        self.message.show_done(lambda: fill(self.tr("HQ key set version %1 is installed."), installed.version))
        self.reload()

    def write_enrolment(self) -> None:
        if self.long_work.busy():
            return
        folder = self.dialogs.get_existing_directory(self, self.tr("Save the enrolment file into"))
        if folder is None:
            return
        self.message.clear_message()
        try:
            path, spoken = self.service.write_enrolment(folder)
        except Refused as err:
            self.message.show_error(str(err))
            return
        text = fill(self.tr(
            "The enrolment file was saved as %1.\n\nSend it to HQ on the stick or by e-mail. Then phone HQ and "
            "read out this fingerprint, so they know the file is this branch's:\n%2\n\nHQ can read this "
            "branch's bundles once it has registered the file."), str(path), spoken)
        self.message.show_done(text)
        self.dialogs.information(self, self.tr("Enrolment file"), text)

    # -- export and import -------------------------------------------------------------
    def export_bundle(self) -> None:
        if self.long_work.busy() or self.status is None or self.status.keyset is None:
            return
        folder = self.dialogs.get_existing_directory(self, self.tr("Export for HQ into (the USB stick)"))
        if folder is None:
            return
        service = self.service

        def work(ctx: JobContext) -> ExportResult | None:
            try:
                return service.export_bundle(folder, progress=ctx.progress, cancelled=ctx.cancelled)
            except ExportCancelled:
                return None

        def done(result: ExportResult) -> None:
            self.message.show_done(lambda: fill(self.tr("%1 was written: bundle %2 with %3."), str(result.path),
                                        result.sequence, self.tr("%n change(s)", "", result.changes)))
        self.long_work.run(work, on_done=done, on_progress=self._progress,
                           step=self.tr("Collecting the changes…"),
                           stopped_text=self.tr("The export was cancelled. Nothing was written."))
        self.long_work.cancel_button.setFocus()

    def import_return(self) -> None:
        if self.long_work.busy() or self.status is None or self.status.keyset is None:
            return
        path = self.dialogs.get_open_file(self, self.tr("Choose HQ's answer"),
                                          file_filter=self.tr("HQ's answers (*.qmr);;All files (*)"))
        if path is None:
            return
        service = self.service

        def work(_ctx: JobContext) -> ReturnResult:
            return service.import_return(_read(path))

        def done(result: ReturnResult) -> None:
            if result.already:
                self.message.show_done(lambda: self.tr("This answer from HQ was applied before; nothing changed."))
                return
            text = fill(self.tr("HQ acknowledged the changes through %1. %2 removed from the waiting list."),
                        result.acknowledged_through, self.tr("%n sent change(s)", "", result.pruned))
            if result.rejected:
                text += " " + self.tr("HQ could not apply %n change(s): see the list below.", "",
                                      len(result.rejected))
            if result.given_back:
                text += " " + self.tr("%n record(s) that the restored backup lacked came back from HQ.", "",
                                      result.given_back)
            if result.left_out:
                text += " " + self.tr("%n record(s) from HQ were left out: their numbers are used here by other "
                                      "records since the restore. HQ keeps them.", "", result.left_out)
            self.message.show_done(text)
        self.long_work.run(work, on_done=done, step=self.tr("Checking and applying HQ's answer…"), cancellable=False)

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self.reload()
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        if total == 0 and done == 0 and not self.long_work.cancel_button.isHidden():
            # The file is being written: stopping now would leave half a file.
            self.long_work.cannot_cancel(self.tr("Writing the bundle and reading it back…"))
        elif total:
            self.long_work.set_step(fill(self.tr("Collecting the changes: %1 of %2…"), done, total))


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as err:
        raise Refused(fill(QCoreApplication.translate("ExchangePage", "Cannot read %1: %2"),
                             path, err.strerror or err)) from err
