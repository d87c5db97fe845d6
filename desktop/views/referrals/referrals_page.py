"""The Referrals area: referrals followed to the end (overdue, due this week,
awaiting feedback, all), each one's history and next steps, issuing and
printing letters, and the service directory."""
from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsentMissing, Refused
from desktop.i18n import fill
from desktop.services.documents import DocumentService
from desktop.services.permissions import Action, Role, allowed
from desktop.services.referrals import (
    CATEGORIES,
    FACTS,
    PRIORITIES,
    STATUSES,
    TRANSITIONS,
    ReferralRow,
    ReferralService,
    label,
)
from desktop.views.kit.changes import PERSON, PROVIDER, REFERRAL, Change, ChangeBus
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.no_access import NoAccessPage
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.output import DocumentOutput
from desktop.views.kit.printing import PrinterDialog, Printers
from desktop.views.kit.text import format_date, format_datetime, interface_language
from desktop.views.kit.widgets import MessageLabel, Retranslatable, RowsTableModel, heading_label, list_table
from desktop.views.kit.workers import JobContext, WorkerPool
from desktop.views.referrals.consent_question import SharingConsentDialog
from desktop.views.referrals.referral_dialog import MakeReferralDialog
from desktop.views.referrals.providers_page import ProvidersPage
from desktop.views.shell.areas import Area, area_title

NOTHING = "—"
OPEN_STATES = ("issued", "accepted")
OVERDUE_BACKGROUND = "#fde2e0"
OVERDUE_TEXT = "#b3261e"

# The lists across the top, each a ReferralService.list view (None: all).
VIEWS = (
    ("overdue", QT_TRANSLATE_NOOP("ReferralsPage", "Overdue")),
    ("due_this_week", QT_TRANSLATE_NOOP("ReferralsPage", "Due this week")),
    ("awaiting_feedback", QT_TRANSLATE_NOOP("ReferralsPage", "Awaiting feedback")),
    (None, QT_TRANSLATE_NOOP("ReferralsPage", "All")),
)

# The button for moving a referral into each status.
TRANSITION_VERBS = {
    "accepted": QT_TRANSLATE_NOOP("ReferralsPage", "Accepted by the provider"),
    "declined": QT_TRANSLATE_NOOP("ReferralsPage", "Declined…"),
    "completed": QT_TRANSLATE_NOOP("ReferralsPage", "Completed…"),
    "no_show": QT_TRANSLATE_NOOP("ReferralsPage", "Did not attend"),
    "cancelled": QT_TRANSLATE_NOOP("ReferralsPage", "Cancel referral…"),
}

LETTER_LANGUAGES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))


def is_overdue(row: ReferralRow, today: dt.date | None = None) -> bool:
    return row.status in OPEN_STATES and row.due_date < (today or dt.date.today())


class ReferralTableModel(RowsTableModel):
    LETTER, PERSON_NUMBER, PERSON_NAME, PROVIDER, SERVICE, PRIORITY, STATUS, DUE = range(8)
    COLUMN_COUNT = 8
    _rows: list[ReferralRow]
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    PRIORITY_ORDER = {"emergency": 0, "urgent": 1, "normal": 2}

    def find(self, referral_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.referral_id == referral_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        overdue = is_overdue(r)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.LETTER: r.letter_number or QCoreApplication.translate("ReferralsPage", "(draft)"),
                self.PERSON_NUMBER: r.person_number,
                self.PERSON_NAME: r.person_name,
                self.PROVIDER: r.provider_in(interface_language()),
                self.SERVICE: label(CATEGORIES, r.service),
                self.PRIORITY: label(PRIORITIES, r.priority),
                self.STATUS: (fill(QCoreApplication.translate("ReferralsPage", "%1 — overdue"),
                                   label(STATUSES, r.status)) if overdue else label(STATUSES, r.status)),
                self.DUE: format_date(r.due_date),
            }.get(index.column())
        if role == self.SORT_ROLE:
            # Dates and priorities sort by what they mean, not by their text.
            if index.column() == self.DUE:
                return r.due_date.isoformat()
            if index.column() == self.PRIORITY:
                return self.PRIORITY_ORDER.get(r.priority, 9)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return fill(QCoreApplication.translate("ReferralsPage", "Overdue: due %1"), format_date(r.due_date))
        if overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(OVERDUE_BACKGROUND))
        if overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(OVERDUE_TEXT))
        if overdue and role == Qt.ItemDataRole.FontRole and index.column() in (self.STATUS, self.DUE):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.LETTER: QCoreApplication.translate("ReferralsPage", "Letter"),
            self.PERSON_NUMBER: QCoreApplication.translate("ReferralsPage", "Reg. number"),
            self.PERSON_NAME: QCoreApplication.translate("ReferralsPage", "Person"),
            self.PROVIDER: QCoreApplication.translate("ReferralsPage", "Provider"),
            self.SERVICE: QCoreApplication.translate("ReferralsPage", "Service"),
            self.PRIORITY: QCoreApplication.translate("ReferralsPage", "Priority"),
            self.STATUS: QCoreApplication.translate("ReferralsPage", "Status"),
            self.DUE: QCoreApplication.translate("ReferralsPage", "Due"),
        }.get(section)


class NoReferralAccessPage(NoAccessPage):
    """Receptionists, coordinators, administrators: referrals are caseworkers' and directors' work."""

    def __init__(self, role: Role, parent: QWidget | None = None):
        super().__init__(role, name="page_referrals", parent=parent)

    def title(self) -> str:
        return area_title(Area.REFERRALS)

    def reason(self, role: str) -> str:
        return fill(self.tr(
            "Your role (%1) has no access to referrals. They are kept for caseworkers and directors, because "
            "a referral tells which service a person needs."), role)


class NoteDialog(Retranslatable, QDialog):
    """A text the next step needs: why the provider declined, what came of it."""

    def __init__(self, *, title: str, prompt: str, required: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("referral_note_dialog")
        self.title = title
        self.prompt_text = prompt
        self.required = required
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("referral_note")
        self.note.setTabChangesFocus(True)
        self.prompt.setBuddy(self.note)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.title)
        self.prompt.setText(self.prompt_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def accept(self) -> None:
        if self.required and not self.text():
            self.message.show_error(lambda: self.tr("This cannot be left empty."))
            return
        super().accept()


class FollowUpDialog(Retranslatable, QDialog):
    """The follow-up date and the outcome heard so far."""

    def __init__(self, row: ReferralRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("follow_up_dialog")
        self.date = QLineEdit(format_date(row.follow_up_date), self)
        self.date.setObjectName("follow_up_date")
        self.outcome = QPlainTextEdit(row.outcome, self)
        self.outcome.setObjectName("follow_up_outcome")
        self.outcome.setTabChangesFocus(True)
        self.date_label = QLabel(self)
        self.date_label.setBuddy(self.date)
        self.outcome_label = QLabel(self)
        self.outcome_label.setBuddy(self.outcome)
        form = QFormLayout()
        form.addRow(self.date_label, self.date)
        form.addRow(self.outcome_label, self.outcome)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Follow-up"))
        self.date_label.setText(self.tr("Follow up &on:"))
        self.date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.outcome_label.setText(self.tr("&Outcome:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def follow_up_date(self) -> dt.date | None:
        text = self.date.text().strip()
        return dt.datetime.strptime(text, "%d.%m.%Y").date() if text else None

    def accept(self) -> None:
        try:
            self.follow_up_date()
        except ValueError:
            self.message.show_error(lambda: self.tr("Write the date as dd.mm.yyyy."))
            return
        super().accept()


class ReferralDetail(Retranslatable, QWidget):
    """One referral: what it says, its history, and the steps it allows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("referral_detail")
        self.row: ReferralRow | None = None
        self.heading = heading_label(self, scale=1.2)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("referral_heading")
        self.keys = ("person", "provider", "service", "priority", "status", "due", "reason", "facts", "follow_up",
                     "outcome")
        self.labels = {k: QLabel(self) for k in self.keys}
        self.values = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for k in self.keys:
            value = QLabel(self)
            value.setObjectName(f"referral_{k}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            # Every value wraps: a long name or provider must not widen the pane past the
            # window (the pane scrolls down, never sideways, and keeps its height per width).
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[k] = value
            form.addRow(self.labels[k], value)
        self.events_group = QGroupBox(self)
        self.events = QLabel(self)
        self.events.setObjectName("referral_events")
        self.events.setTextFormat(Qt.TextFormat.PlainText)
        self.events.setWordWrap(True)
        self.events.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.events_group).addWidget(self.events)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.events_group)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for k, text in zip(self.keys, (
                self.tr("Person:"), self.tr("Provider:"), self.tr("Service:"), self.tr("Priority:"),
                self.tr("Status:"), self.tr("Due by:"), self.tr("Reason:"), self.tr("May be disclosed:"),
                self.tr("Follow up on:"), self.tr("Outcome:"))):
            self.labels[k].setText(text)
        self.events_group.setTitle(self.tr("History"))
        self.show_row(self.row)

    def show_row(self, row: ReferralRow | None) -> None:
        self.row = row
        if row is None:
            self.heading.setText(self.tr("Choose a referral in the list."))
            for v in self.values.values():
                v.setText("")
            self.events.setText("")
            return
        self.heading.setText(row.letter_number or self.tr("Draft referral"))
        status = label(STATUSES, row.status)
        if is_overdue(row):
            status = fill(self.tr("%1 — overdue"), status)
        values = {
            "person": f"{row.person_name} ({row.person_number})",
            "provider": row.provider_in(interface_language()),
            "service": label(CATEGORIES, row.service),
            "priority": label(PRIORITIES, row.priority),
            "status": status,
            "due": format_date(row.due_date),
            "reason": row.reason,
            "facts": ", ".join(label(FACTS, f) for f in row.disclose),
            "follow_up": format_date(row.follow_up_date),
            "outcome": row.outcome,
        }
        for k, value in values.items():
            self.values[k].setText(value or NOTHING)
        lines = []
        for e in row.events:
            line = fill(self.tr("%1 — %2, by %3"), format_datetime(e.at), label(STATUSES, e.status), e.actor)
            if e.note:
                line += f": {e.note}"
            lines.append(line)
        self.events.setText("\n".join(lines) or NOTHING)


class ReferralsPage(Retranslatable, QWidget):
    """The referral lists and the service directory, in one area."""

    def __init__(self, service: ReferralService, *, documents: DocumentService, printers: Printers,
                 workers: WorkerPool, bus: ChangeBus, dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_referrals")
        self.service = service
        self.workers = workers
        self.bus = bus
        self.dialogs = dialogs
        role = service.identity.role
        self.may_update = allowed(role, Action.UPDATE_REFERRAL)
        self.may_issue = allowed(role, Action.ISSUE_LETTER)
        self.may_print = allowed(role, Action.PRINT_LETTER)
        self.opener = DialogOpener(self)

        self.heading = heading_label(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("referral_tabs")

        # -- the lists ---------------------------------------------------------------
        self.lists = QWidget(self)
        self.view_bar = QTabBar(self.lists)
        self.view_bar.setObjectName("referral_views")
        # A director's first list: the drafts waiting for them to issue, with their count.
        self.views = ((("drafts", ""),) if self.may_issue else ()) + VIEWS
        for _code, _text in self.views:
            self.view_bar.addTab("")
        self.drafts_waiting = self._count_drafts()
        self.view_bar.setCurrentIndex(0 if self.drafts_waiting else len(self.views) - 1)
        self.status_filter = QComboBox(self.lists)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem("", None)
        for code in STATUSES:
            self.status_filter.addItem("", code)
        self.count = QLabel(self.lists)
        self.count.setObjectName("referral_count")
        self.model = ReferralTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(ReferralTableModel.SORT_ROLE)
        self.table = list_table(self.proxy, self.lists, "referral_table")
        self.table.horizontalHeader().setSortIndicator(ReferralTableModel.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.detail = ReferralDetail(self.lists)

        self.action_buttons: dict[str, QPushButton] = {}
        for status in TRANSITION_VERBS:
            b = QPushButton(self.lists)
            b.setObjectName(f"to_{status}")
            b.clicked.connect(lambda _c=False, s=status: self.move_to(s))
            self.action_buttons[status] = b
        self.follow_up_button = QPushButton(self.lists)
        self.follow_up_button.setObjectName("record_follow_up")
        self.follow_up_button.clicked.connect(self.record_follow_up)
        self.issue_button = QPushButton(self.lists)
        self.issue_button.setObjectName("issue_letter")
        self.issue_button.clicked.connect(self.issue_letter)
        self.issue_print_button = QPushButton(self.lists)
        self.issue_print_button.setObjectName("issue_and_print")
        self.issue_print_button.clicked.connect(lambda: self.issue_letter(then_print=True))
        self.edit_button = QPushButton(self.lists)
        self.edit_button.setObjectName("edit_draft")
        self.edit_button.clicked.connect(self.edit_draft)
        self.may_edit = allowed(role, Action.MAKE_REFERRAL)
        self.print_button = QPushButton(self.lists)
        self.print_button.setObjectName("print_letter")
        self.print_button.clicked.connect(self.print_letter)
        self.preview_button = QPushButton(self.lists)
        self.preview_button.setObjectName("preview_letter")
        self.preview_button.clicked.connect(self.preview_letter)
        self.save_button = QPushButton(self.lists)
        self.save_button.setObjectName("save_letter_pdf")
        self.save_button.clicked.connect(self.save_pdf)
        self.language_label = QLabel(self.lists)
        self.language_boxes: dict[str, QCheckBox] = {}
        for code, name in LETTER_LANGUAGES:
            box = QCheckBox(name, self.lists)  # each language in its own name
            box.setObjectName(f"letter_lang_{code}")
            box.setChecked(code in ("kk", "ru"))
            box.toggled.connect(self._update_buttons)
            self.language_boxes[code] = box

        self.message = MessageLabel(self.lists)
        self.message.setObjectName("referral_message")
        self.batch_button = QPushButton(self.lists)
        self.batch_button.setObjectName("print_today")
        self.batch_button.clicked.connect(self.print_today)
        self.batch_button.setVisible(self.may_print)
        self.output = DocumentOutput(documents, workers=workers, dialogs=dialogs, printers=printers,
                                     message=self.message, name="letters", parent=self.lists)
        self.output.busy_changed.connect(self._update_buttons)

        steps = QVBoxLayout()
        self.steps_group = QGroupBox(self.lists)
        self.steps_layout = QGridLayout(self.steps_group)
        self.letter_group = QGroupBox(self.lists)
        letter_layout = QVBoxLayout(self.letter_group)
        langs = QHBoxLayout()
        langs.addWidget(self.language_label)
        for box in self.language_boxes.values():
            langs.addWidget(box)
        langs.addStretch(1)
        letter_layout.addLayout(langs)
        # Two to a row, as the steps: three long Russian or Kazakh labels in one row
        # pushed "Save as PDF" out of the pane.
        letter_buttons = QGridLayout()
        for i, b in enumerate((self.print_button, self.preview_button, self.save_button)):
            letter_buttons.addWidget(b, i // 2, i % 2)
        letter_layout.addLayout(letter_buttons)
        # The letter first: once it is issued, printing it is what comes next.
        steps.addWidget(self.letter_group)
        steps.addWidget(self.steps_group)

        right = QWidget(self.lists)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.detail)
        right_layout.addLayout(steps)
        right_layout.addStretch(1)
        scroll = QScrollArea(self.lists)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setObjectName("referral_pane")
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(right)
        splitter = QSplitter(Qt.Orientation.Horizontal, self.lists)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 500])
        splitter.setChildrenCollapsible(False)

        filters = QHBoxLayout()
        filters.addWidget(self.view_bar)
        filters.addStretch(1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.count)
        batch = QHBoxLayout()
        batch.addWidget(self.batch_button)
        batch.addWidget(self.output.long_work, 1)
        batch.addStretch(0)
        lists_layout = QVBoxLayout(self.lists)
        lists_layout.setContentsMargins(0, 8, 0, 0)
        lists_layout.addLayout(filters)
        lists_layout.addWidget(self.message)
        lists_layout.addWidget(splitter, 1)
        lists_layout.addLayout(batch)

        # -- the directory -------------------------------------------------------------
        self.providers = ProvidersPage(service, may_manage=allowed(role, Action.MANAGE_PROVIDERS), bus=bus,
                                       dialogs=dialogs, parent=self)
        self.tabs.addTab(self.lists, "")
        self.tabs.addTab(self.providers, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

        self.view_bar.currentChanged.connect(lambda _i: self.reload())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        bus.changed.connect(self._on_change)
        self.retranslate_ui()
        self.reload()

    # -- language ----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(area_title(Area.REFERRALS))
        self.tabs.setTabText(0, self.tr("Referrals"))
        self.tabs.setTabText(1, self.tr("Service directory"))
        self._name_views()
        self.status_filter.setItemText(0, self.tr("Any status"))
        for i in range(1, self.status_filter.count()):
            self.status_filter.setItemText(i, label(STATUSES, self.status_filter.itemData(i)))
        for status, b in self.action_buttons.items():
            b.setText(QCoreApplication.translate("ReferralsPage", TRANSITION_VERBS[status]))
        self.follow_up_button.setText(self.tr("Record follow-up…"))
        self.issue_button.setText(self.tr("Issue letter…"))
        self.issue_print_button.setText(self.tr("Issue and print…"))
        self.issue_print_button.setToolTip(self.tr("Issues the letter, then asks which printer prints it."))
        self.edit_button.setText(self.tr("Edit draft…"))
        self.issue_button.setToolTip(self.tr("Fixes the letter number and signs the letter with the branch key."))
        self.print_button.setText(self.tr("Print…"))
        self.preview_button.setText(self.tr("Print preview…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.language_label.setText(self.tr("Letter in:"))
        self.steps_group.setTitle(self.tr("Next step"))
        self.letter_group.setTitle(self.tr("Letter"))
        self.batch_button.setText(self.tr("Print today's issued letters…"))
        self.model.retranslate()
        self._update_count()

    # -- lists -------------------------------------------------------------------------
    def _name_views(self) -> None:
        for i, (code, text) in enumerate(self.views):
            self.view_bar.setTabText(i, self.tr("Drafts to issue (%n)", "", self.drafts_waiting) if code == "drafts"
                                     else QCoreApplication.translate("ReferralsPage", text))

    def _count_drafts(self) -> int:
        if not self.may_issue:
            return 0
        try:
            return len(self.service.list(view="drafts"))
        except Refused:
            return 0

    def view_code(self, index: int) -> str | None:
        return self.views[index][0]

    def current_view(self) -> str | None:
        return self.view_code(self.view_bar.currentIndex())

    def set_view(self, view: str | None) -> None:
        self.view_bar.setCurrentIndex(next(i for i, (code, _) in enumerate(self.views) if code == view))

    def show_referral(self, referral_id: uuid.UUID) -> None:
        """Bring one referral to the front (asked for from elsewhere, e.g. a person's page)."""
        self.tabs.setCurrentIndex(0)
        self.message.clear_message()
        if not self.select(referral_id):
            self.set_view(None)
            self.status_filter.setCurrentIndex(0)
            self.select(referral_id)
        self.table.setFocus()

    def reload(self) -> None:
        selected = self.selected()
        try:
            rows = self.service.list(view=self.current_view(), status=self.status_filter.currentData())
        except Refused as err:
            self.message.show_error(str(err))
            rows = []
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected.referral_id)
        self._selection_changed()
        self._update_count()
        if self.may_issue:
            self.drafts_waiting = self._count_drafts()
            self._name_views()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n referral(s)", "", self.model.rowCount()))

    def _on_change(self, change: Change) -> None:
        if change.touches(REFERRAL, PROVIDER, PERSON):
            self.reload()

    def select(self, referral_id: uuid.UUID) -> bool:
        i = self.model.find(referral_id)
        if i < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(i, 0)).row())
        return True

    def selected(self) -> ReferralRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        if row is not None:
            try:
                row = self.service.get(row.referral_id)  # with its history
            except Refused as err:
                self.message.show_error(str(err))
                row = None
        self.detail.show_row(row)
        self._update_buttons()

    def letter_languages(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.language_boxes.items() if box.isChecked())

    def _update_buttons(self, *_args) -> None:
        row = self.detail.row
        allowed_next = TRANSITIONS.get(row.status, set()) if row else set()
        for status, b in self.action_buttons.items():
            b.setVisible(self.may_update and status in allowed_next)
        self.follow_up_button.setVisible(self.may_update and row is not None and row.status in OPEN_STATES)
        is_draft = row is not None and row.status == "draft"
        self.issue_button.setVisible(self.may_issue and is_draft)
        self.issue_print_button.setVisible(self.may_issue and self.may_print and is_draft)
        self.edit_button.setVisible(self.may_edit and is_draft)
        buttons = (self.issue_print_button, self.issue_button, self.edit_button, *self.action_buttons.values(),
                   self.follow_up_button)
        steps = [b for b in buttons if not b.isHidden()]
        # Two to a row, without holes where a step is not allowed.
        for b in buttons:
            self.steps_layout.removeWidget(b)
        for i, b in enumerate(steps):
            self.steps_layout.addWidget(b, i // 2, i % 2)
        self.steps_group.setVisible(bool(steps))
        has_letter = row is not None and bool(row.letter_number) and self.may_print
        self.letter_group.setVisible(has_letter)
        ready = has_letter and bool(self.letter_languages()) and not self.output.busy()
        for b in (self.print_button, self.preview_button, self.save_button):
            b.setEnabled(ready)
        self.batch_button.setEnabled(not self.output.busy())

    # -- steps -------------------------------------------------------------------------

    def _changed(self, row: ReferralRow, text: str) -> None:
        if not self.select(row.referral_id):
            self.set_view(None)
            self.status_filter.setCurrentIndex(0)
            self.select(row.referral_id)
        self.message.show_done(text)

    def _set_status(self, row: ReferralRow, status: str, **kwargs) -> None:
        try:
            saved = self.service.set_status(row.referral_id, status, **kwargs)
        except Refused as err:
            self.message.show_error(str(err))
            return
        self._changed(saved, fill(self.tr("%1 is now “%2”."), saved.letter_number or saved.person_name,
                                  label(STATUSES, saved.status)))

    def move_to(self, status: str) -> None:
        row = self.detail.row
        if row is None or not self.may_update or status not in TRANSITIONS.get(row.status, set()):
            return
        if self.opener.busy():
            return
        self.message.clear_message()
        if status in ("declined", "completed"):
            if status == "declined":
                dialog = NoteDialog(title=self.tr("Declined by the provider"), required=True, parent=self,
                                    prompt=self.tr("Why did the provider decline? This is kept with the referral."))
            else:
                dialog = NoteDialog(title=self.tr("Completed"), required=True, parent=self,
                                    prompt=self.tr("What was the outcome for the person?"))
            if status == "declined":
                self.opener.open(dialog, lambda: self._set_status(row, status, note=dialog.text()))
            else:
                self.opener.open(dialog, lambda: self._set_status(row, status, note=dialog.text(),
                                                                  outcome=dialog.text()))
            return
        if status in ("cancelled", "no_show"):
            question = (self.tr("Cancel this referral? It cannot be reopened.") if status == "cancelled"
                        else self.tr("Record that the person did not attend? This closes the referral."))
            if not self.dialogs.question(self, self.tr("Referral"), question,
                                         accept_text=QCoreApplication.translate("ReferralsPage",
                                                                                TRANSITION_VERBS[status]).rstrip("…"),
                                         reject_text=self.tr("Keep it open")):
                return
        self._set_status(row, status)

    def record_follow_up(self) -> None:
        row = self.detail.row
        if row is None or not self.may_update or self.opener.busy():
            return
        dialog = FollowUpDialog(row, self)

        def done() -> None:
            try:
                saved = self.service.record_follow_up(row.referral_id, follow_up_date=dialog.follow_up_date(),
                                                      outcome=dialog.outcome.toPlainText())
            except Refused as err:
                self.message.show_error(str(err))
                return
            self._changed(saved, self.tr("The follow-up was saved."))
        self.opener.open(dialog, done)

    def edit_draft(self) -> None:
        row = self.detail.row
        if row is None or not self.may_edit or row.status != "draft" or self.opener.busy():
            return
        self.message.clear_message()
        dialog = MakeReferralDialog(self.service, person_id=row.person_id,
                                    person_label=f"{row.person_name} ({row.person_number})",
                                    person_number=row.person_number, draft=row, parent=self)
        self.opener.open(dialog, lambda: self._changed(dialog.saved, self.tr("The draft was saved.")))

    def issue_letter(self, *, then_print: bool = False) -> None:
        row = self.detail.row
        if row is None or not self.may_issue or row.status != "draft" or self.opener.busy():
            return
        if not self.dialogs.question(
                self, self.tr("Issue the letter?"),
                fill(self.tr("Issuing gives the referral of %1 to %2 its letter number and signs it with the "
                             "branch key. What the letter says cannot change afterwards."),
                     row.person_name, row.provider_in(interface_language())),
                accept_text=self.tr("Issue and print") if then_print else self.tr("Issue and sign"),
                reject_text=self.tr("Cancel")):
            return
        self._issue(row, then_print=then_print)

    def _issue(self, row: ReferralRow, *, then_print: bool = False) -> None:
        try:
            saved = self.service.issue_letter(row.referral_id)
        except ConsentMissing as err:
            # Ask the person there and then; once they agree, the letter is issued.
            self.message.show_error(str(err))
            self.opener.open(SharingConsentDialog(self.service, person_id=err.person_id,
                                                  person_number=row.person_number, parent=self),
                             lambda: self._issue(row, then_print=then_print))
            return
        except Refused as err:
            self.message.show_error(str(err))
            return
        self._changed(saved, fill(self.tr("Letter %1 was issued."), saved.letter_number))
        if then_print:
            self.print_letter()

    # -- letters -----------------------------------------------------------------------
    def _letter_maker(self):
        """The selected letter in the chosen languages, made on the pool thread; None when there is none."""
        row = self.detail.row
        langs = self.letter_languages()
        if row is None or not row.letter_number or not langs or self.output.busy() or self.opener.busy():
            return None, ""
        documents, number = self.output.documents, row.letter_number
        return (lambda _ctx, preview: documents.letter(number, languages=langs, preview=preview)), number

    def _saved(self, number: str):
        return lambda path: fill(self.tr("Letter %1 was saved as %2."), number, str(path))

    def _printed(self, number: str):
        return lambda queue: fill(self.tr("Letter %1 was sent to %2."), number, queue)

    def save_pdf(self) -> None:
        make, number = self._letter_maker()
        if make is not None:
            self.output.save(make, file_name=f"{number}.pdf", title=self.tr("Save the letter as PDF"),
                             saved=self._saved(number))

    def print_letter(self) -> None:
        make, number = self._letter_maker()
        if make is not None:
            self.output.print(make, title=number, printed=self._printed(number))

    def preview_letter(self) -> None:
        make, number = self._letter_maker()
        if make is not None:
            self.output.show_preview(make, title=number, file_name=f"{number}.pdf", saved=self._saved(number),
                                     printed=self._printed(number))

    def print_today(self) -> None:
        if not self.may_print or self.output.busy() or self.opener.busy():
            return
        langs = self.letter_languages() or ("kk", "ru")
        try:
            # As the batch makes them: a letter cancelled since it was issued is left out.
            count = sum(1 for r in self.service.list(view="issued_today")
                        if r.letter_number and r.status != "cancelled")
        except Refused as err:
            self.message.show_error(str(err))
            return
        if not count:
            self.message.show_done(lambda: self.tr("No letters were issued today."))
            return
        printers = self.output.printers
        dialog = PrinterDialog(printers.names(), default=printers.default_name(), allow_folder=True, parent=self,
                               text=self.tr("Print %n letter(s) issued today.", "", count))
        documents = self.output.documents

        def make(ctx: JobContext):
            return documents.letters_issued_today(languages=langs, progress=ctx.progress, cancelled=ctx.cancelled)

        def chosen() -> None:
            target = dialog.chosen()
            if target == PrinterDialog.FOLDER:
                folder = self.dialogs.get_existing_directory(self, self.tr("Save today's letters into"))
                if folder is not None:
                    self.output.save_all(make, folder, done_text=lambda done, total: self._batch_done(
                        done, total, saved=True))
            else:
                self.output.print_all(make, target, done_text=lambda done, total: self._batch_done(
                    done, total, saved=False))
        self.opener.open(dialog, chosen)

    def _batch_done(self, done: int, total: int, *, saved: bool) -> str:
        if done < total:
            return fill(self.tr("Stopped after %1 of %2 letters."), done, total)
        return self.tr("%n letter(s) saved.", "", done) if saved else self.tr("%n letter(s) printed.", "", done)

    def stop(self) -> None:
        """The session ends: a letter still being made is not wanted."""
        self.output.stop()
