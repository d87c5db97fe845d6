"""The volunteer register: the list of volunteers with filters, the form to
register or edit one, a volunteer's service record and their coming shifts as
a text to send.

The coordinator keeps the register; the director reads it. Certificates that
run out within 30 days (or have run out) are marked in the list and named in
a strip above it, so they are renewed before a shift needs them.
"""
from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import vocab
from desktop.services.documents import DocumentService
from desktop.services.permissions import Action, allowed
from desktop.services.shift_rules import age_on
from desktop.services.volunteer_hours import VolunteerHours
from desktop.services.volunteers import (
    PROFICIENCY,
    SKILLS,
    STATUSES,
    TRAININGS,
    ExpiringCertificate,
    VolunteerRow,
    VolunteerService,
    label,
)
from desktop.views.kit.changes import ASSIGNMENT, PERSON, SHIFT, VOLUNTEER, Change, ChangeBus
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.output import DocumentOutput
from desktop.views.kit.printing import Printers
from desktop.views.kit.text import format_date, interface_language
from desktop.views.kit.widgets import ERROR_COLOUR, MessageLabel, Retranslatable, RowsTableModel
from desktop.views.kit.workers import WorkerPool
from desktop.views.volunteers.volunteer_form import VolunteerForm

EXPIRED_BACKGROUND = "#fde2e0"
SOON_BACKGROUND = "#fff4d6"
SOON_TEXT = "#8a5a00"
WARNING_STYLE = "background: #fff4d6; color: #5c3d00; border: 1px solid #e0b85c; padding: 6px;"
TEXT_LANGUAGES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))
STRIP_NAMES = 4  # certificates named in the warning strip; the rest are counted

# Record types whose change may alter what the register shows.
WATCHED = (VOLUNTEER, PERSON, SHIFT, ASSIGNMENT)


def certificate_text(c: ExpiringCertificate) -> str:
    if c.expired:
        return fill(QCoreApplication.translate("VolunteerRegister", "%1 expired on %2"),
                    label(TRAININGS, c.kind), format_date(c.expires_on))
    return fill(QCoreApplication.translate("VolunteerRegister", "%1 expires on %2"),
                label(TRAININGS, c.kind), format_date(c.expires_on))


class VolunteerTableModel(RowsTableModel):
    NUMBER, NAME, AGE, PHONE, STATUS, LANGUAGES, SKILLS, FORMER, CERTIFICATES = range(9)
    COLUMN_COUNT = 9
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    _rows: list[VolunteerRow]

    def __init__(self, parent=None):
        super().__init__(parent)
        self._expiring: dict[uuid.UUID, list[ExpiringCertificate]] = {}
        self.today = dt.date.today()

    def set_rows(self, rows, expiring: list[ExpiringCertificate] = ()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._expiring = {}
        for c in expiring:
            self._expiring.setdefault(c.volunteer_id, []).append(c)
        self.today = dt.date.today()
        self.endResetModel()

    def find(self, volunteer_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.volunteer_id == volunteer_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        certs = self._expiring.get(r.volunteer_id, [])
        expired = any(c.expired for c in certs)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CERTIFICATES:
                if not certs:
                    return ""
                if expired:
                    return QCoreApplication.translate("VolunteerRegister", "Expired")
                return fill(QCoreApplication.translate("VolunteerRegister", "Expires %1"),
                            format_date(min(c.expires_on for c in certs)))
            return {
                self.NUMBER: r.number,
                self.NAME: r.full_name,
                self.AGE: str(age_on(r.birth_date, self.today)) if r.birth_date else "",
                self.PHONE: r.phone,
                self.STATUS: label(STATUSES, r.status),
                self.LANGUAGES: ", ".join(vocab.LANGUAGES.get(code, code) for code, _level in r.languages),
                self.SKILLS: ", ".join(label(SKILLS, s) for s in r.skills),
                self.FORMER: QCoreApplication.translate("VolunteerRegister", "yes") if r.former_visitor else "",
            }.get(col)
        if role == self.SORT_ROLE:
            if col == self.AGE:
                return age_on(r.birth_date, self.today) if r.birth_date else -1
            if col == self.CERTIFICATES:
                return min(c.expires_on for c in certs).isoformat() if certs else "9999"
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.CERTIFICATES and certs:
                return "\n".join(certificate_text(c) for c in certs)
            if col == self.LANGUAGES and r.languages:
                return "\n".join(f"{vocab.LANGUAGES.get(code, code)} — {label_proficiency(level)}"
                                 for code, level in r.languages)
            if col == self.FORMER and r.former_visitor:
                return QCoreApplication.translate("VolunteerRegister", "Came to the branch as a visitor first")
            return None
        if col == self.CERTIFICATES and certs:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(EXPIRED_BACKGROUND if expired else SOON_BACKGROUND))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(ERROR_COLOUR if expired else SOON_TEXT))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NUMBER: QCoreApplication.translate("VolunteerRegister", "Number"),
            self.NAME: QCoreApplication.translate("VolunteerRegister", "Name"),
            self.AGE: QCoreApplication.translate("VolunteerRegister", "Age"),
            self.PHONE: QCoreApplication.translate("VolunteerRegister", "Phone"),
            self.STATUS: QCoreApplication.translate("VolunteerRegister", "Status"),
            self.LANGUAGES: QCoreApplication.translate("VolunteerRegister", "Languages"),
            self.SKILLS: QCoreApplication.translate("VolunteerRegister", "Skills"),
            self.FORMER: QCoreApplication.translate("VolunteerRegister", "Former visitor"),
            self.CERTIFICATES: QCoreApplication.translate("VolunteerRegister", "Certificates"),
        }.get(section)


def label_proficiency(level: str) -> str:
    return label(PROFICIENCY, level)


class ShiftTextDialog(Retranslatable, QDialog):
    """A volunteer's coming shifts as a ready text, in the language they read, to copy."""

    def __init__(self, hours: VolunteerHours, *, volunteer: VolunteerRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shift_text_dialog")
        self.hours = hours
        self.volunteer = volunteer
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.language = QComboBox(self)
        self.language.setObjectName("text_language")
        for code, name in TEXT_LANGUAGES:
            self.language.addItem(name, code)  # each language in its own name
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("shift_text")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.message = MessageLabel(self)
        self.message.setObjectName("shift_text_message")
        self.buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy_shift_text")
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, 380)
        self.language.currentIndexChanged.connect(lambda _i: self.load())
        self.retranslate_ui()
        self.load()
        self.copy_button.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(self.tr("Shifts of %1 as text"), self.volunteer.full_name))
        self.intro.setText(self.tr("The coming two weeks' shifts, ready to paste into an SMS or a messenger. "
                                   "Choose the language the volunteer reads."))
        self.language_label.setText(self.tr("&Language of the text:"))
        self.copy_button.setText(self.tr("&Copy"))
        self.close_button.setText(self.tr("Close"))

    def load(self) -> None:
        self.message.clear_message()
        try:
            self.text.setPlainText(self.hours.sms_text(self.volunteer.volunteer_id, self.language.currentData()))
        except Refused as err:
            self.text.clear()
            self.message.show_error(str(err))
        self.copy_button.setEnabled(bool(self.text.toPlainText()))

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())
        self.message.show_done(lambda: self.tr("Copied. Paste it into the message to the volunteer."))


class VolunteerRegister(Retranslatable, QWidget):
    """The list of volunteers, with New, Open, Service record and Shifts as text."""

    def __init__(self, volunteers: VolunteerService, hours: VolunteerHours, *, documents: DocumentService,
                 printers: Printers, workers: WorkerPool, bus: ChangeBus, dialogs: DialogService,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("volunteer_register")
        self.volunteers = volunteers
        self.hours = hours
        self.workers = workers
        self.bus = bus
        self.dialogs = dialogs
        self.may_manage = allowed(volunteers.identity.role, Action.MANAGE_VOLUNTEERS)
        self.opener = DialogOpener(self)
        self.expiring: list[ExpiringCertificate] = []

        self.search = QLineEdit(self)
        self.search.setObjectName("volunteer_search")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("volunteer_status_filter")
        self.status_filter.addItem("", None)
        for code in STATUSES:
            self.status_filter.addItem("", code)
        self.status_filter.setCurrentIndex(self.status_filter.findData("active"))
        self.status_label = QLabel(self)
        self.status_label.setBuddy(self.status_filter)
        self.count = QLabel(self)
        self.count.setObjectName("volunteer_count")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_volunteer")
        self.new_button.clicked.connect(self.new_volunteer)
        self.new_button.setVisible(self.may_manage)

        self.warning = QLabel(self)
        self.warning.setObjectName("certificate_warning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.message = MessageLabel(self)
        self.message.setObjectName("volunteer_message")

        self.model = VolunteerTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(VolunteerTableModel.SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("volunteer_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VolunteerTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _i: self.open_selected())

        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_volunteer")
        self.open_button.clicked.connect(self.open_selected)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("service_record")
        self.record_menu = QMenu(self.record_button)
        self.record_preview_action = self.record_menu.addAction("")
        self.record_preview_action.triggered.connect(self.preview_service_record)
        self.record_save_action = self.record_menu.addAction("")
        self.record_save_action.triggered.connect(self.save_service_record)
        self.record_print_action = self.record_menu.addAction("")
        self.record_print_action.triggered.connect(self.print_service_record)
        self.record_button.setMenu(self.record_menu)
        self.text_button = QPushButton(self)
        self.text_button.setObjectName("shifts_as_text")
        self.text_button.clicked.connect(self.shifts_as_text)
        self.output = DocumentOutput(documents, workers=workers, dialogs=dialogs, printers=printers,
                                     message=self.message, name="service_record", parent=self)
        self.output.busy_changed.connect(self._update_buttons)

        # The search keeps the width however long the buttons' names run in Kazakh or Russian.
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_label)
        top.addWidget(self.status_filter)
        actions = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.record_button, self.text_button):
            actions.addWidget(b)
        actions.addWidget(self.output.long_work, 1)
        actions.addStretch(0)
        actions.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        # Ctrl+N while the register is in front (the window's Ctrl+N belongs to visitors).
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.setEnabled(self.may_manage)
        self.new_action.triggered.connect(self.new_volunteer)
        self.addAction(self.new_action)

        chain = (self.search, self.status_filter, self.table, self.new_button, self.open_button, self.record_button,
                 self.text_button, self.output.long_work.cancel_button)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

        self.search.textChanged.connect(lambda _t: self.reload())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        bus.changed.connect(self._on_change)
        self.setFocusProxy(self.search)
        self.retranslate_ui()
        self.reload()

    # -- language ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a volunteer: name, number or phone"))
        self.status_label.setText(self.tr("&Status:"))
        self.status_filter.setItemText(0, self.tr("Any status"))
        for i in range(1, self.status_filter.count()):
            self.status_filter.setItemText(i, label(STATUSES, self.status_filter.itemData(i)))
        self.new_button.setText(self.tr("&New volunteer… (Ctrl+N)"))
        self.new_action.setText(self.tr("New volunteer"))
        self.open_button.setText(self.tr("&Open…") if self.may_manage else self.tr("&View…"))
        self.record_button.setText(self.tr("Service &record"))
        self.record_preview_action.setText(self.tr("Print preview…"))
        self.record_save_action.setText(self.tr("Save as PDF…"))
        self.record_print_action.setText(self.tr("Print…"))
        self.text_button.setText(self.tr("Shifts as &text…"))
        self.model.retranslate()
        self._update_count()
        self._show_warning()

    # -- the list -------------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected()
        try:
            rows = self.volunteers.list(status=self.status_filter.currentData(), text=self.search.text())
            self.expiring = self.volunteers.expiring_certificates()
        except Refused as err:
            self.message.show_error(str(err))
            return
        self.model.set_rows(rows, self.expiring)
        if selected is not None:
            self.select(selected.volunteer_id)
        self._update_count()
        self._show_warning()
        self._update_buttons()

    def _on_change(self, change: Change) -> None:
        if change.touches(*WATCHED) and self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Read again each time it comes in front: another desk on the same server
        # may have changed the register, and certificates run out with the days.
        self.reload()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n volunteer(s)", "", self.model.rowCount()))

    def _show_warning(self) -> None:
        certs = self.expiring
        if not certs:
            self.warning.hide()
            return
        names = [fill(self.tr("%1 (%2)"), c.name, certificate_text(c)) for c in certs[:STRIP_NAMES]]
        text = self.tr("%n certificate(s) expire within 30 days or have expired:", "", len(certs))
        text += " " + "; ".join(names)
        if len(certs) > STRIP_NAMES:
            text += " " + self.tr("and %n more (see Lists).", "", len(certs) - STRIP_NAMES)
        self.warning.setText(text)
        self.warning.show()

    def select(self, volunteer_id: uuid.UUID) -> bool:
        i = self.model.find(volunteer_id)
        if i < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(i, 0)).row())
        return True

    def selected(self) -> VolunteerRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected() is not None
        idle = not self.output.busy()
        self.open_button.setEnabled(chosen)
        self.record_button.setEnabled(chosen and idle)
        self.text_button.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.proxy.rowCount():
                self.table.setFocus()
                if self.selected() is None:
                    self.table.selectRow(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                if self.selected() is None and self.proxy.rowCount():
                    self.table.selectRow(0)
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    # -- the form ------------------------------------------------------------------------------

    def new_volunteer(self) -> None:
        if not self.may_manage or self.opener.busy():
            return
        self.message.clear_message()
        form = VolunteerForm(self.volunteers, dialogs=self.dialogs, parent=self)
        self.opener.open(form, lambda: self._saved(form, self.tr("%1 was registered as %2.")))

    def open_selected(self) -> None:
        row = self.selected()
        if row is None or self.opener.busy():
            return
        self.message.clear_message()
        try:
            page = self.volunteers.get(row.volunteer_id)
        except Refused as err:
            self.message.show_error(str(err))
            return
        form = VolunteerForm(self.volunteers, dialogs=self.dialogs, page=page, read_only=not self.may_manage,
                             parent=self)
        self.opener.open(form, lambda: self._saved(form, self.tr("The record of %1 (%2) was saved.")))

    def _saved(self, form: VolunteerForm, text: str) -> None:
        row = form.saved
        if row is None:
            return
        self.reload()
        if not self.select(row.volunteer_id):
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.select(row.volunteer_id)
        self.message.show_done(fill(text, row.full_name, row.number))
        self.table.setFocus()

    # -- shifts as text -------------------------------------------------------------------------
    def shifts_as_text(self) -> None:
        row = self.selected()
        if row is None or self.opener.busy():
            return
        self.opener.open(ShiftTextDialog(self.hours, volunteer=row, parent=self))

    # -- the service record ---------------------------------------------------------------------
    def _record(self):
        """The selected volunteer's service record in the interface's language, made on the pool thread."""
        row = self.selected()
        if row is None or self.output.busy():
            return None, row
        documents, volunteer_id, lang = self.output.documents, row.volunteer_id, interface_language()
        return (lambda _ctx, preview: documents.service_record(volunteer_id, lang=lang, preview=preview)), row

    def _record_saved(self, row: VolunteerRow):
        return lambda path: fill(self.tr("The service record of %1 was saved as %2."), row.full_name, str(path))

    def _record_printed(self, row: VolunteerRow):
        return lambda queue: fill(self.tr("The service record of %1 was sent to %2."), row.full_name, queue)

    def preview_service_record(self) -> None:
        make, row = self._record()
        if make is not None:
            self.output.show_preview(make, title=fill(self.tr("Service record %1"), row.number),
                                     file_name=f"{row.number}.pdf", saved=self._record_saved(row), printed=self._record_printed(row))

    def save_service_record(self) -> None:
        make, row = self._record()
        if make is not None:
            self.output.save(make, file_name=f"{row.number}.pdf", title=self.tr("Save the service record as PDF"),
                             saved=self._record_saved(row))

    def print_service_record(self) -> None:
        make, row = self._record()
        if make is not None:
            self.output.print(make, title=fill(self.tr("Service record %1"), row.number), printed=self._record_printed(row))

    def stop(self) -> None:
        """The session ends: a record still being made is not wanted."""
        self.output.stop()
