"""One visitor's page: the record, visits, referrals, the history of
edits and, for the roles allowed, the restricted health information; Edit,
Log visit, Make referral and, for directors, merging two records of the same person."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import vocab
from desktop.services.permissions import Action, allowed
from desktop.services.documents import DocumentService
from desktop.services.referrals import ReferralService
from desktop.services.rights import RightsService
from desktop.services.search import SearchHit
from desktop.services.visitors import HealthRow, HistoryRow, PersonRecord, VisitorService, VisitRow
from desktop.views.kit.changes import PERSON, REFERRAL, Change, ChangeBus
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.printing import Printers
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.search_index import IndexKeeper
from desktop.views.kit.text import (
    change_label,
    country,
    field_labels,
    format_birth,
    format_date,
    format_datetime,
    full_name,
    labels,
    sex_label,
)
from desktop.views.kit.widgets import MessageLabel, Retranslatable, RowsTableModel, Text, heading_label
from desktop.views.kit.workers import WorkerPool
from desktop.views.referrals.referral_dialog import MakeReferralDialog
from desktop.views.referrals.referrals_page import ReferralTableModel
from desktop.views.visitors.person_rights import PersonRights
from desktop.views.visitors.visitor_form import VisitorForm
from desktop.views.visitors.visitor_search import SearchRunner
from desktop.views.visitors.visitor_table import VisitorTableModel, results_table

NOTHING = "—"


class VisitTableModel(RowsTableModel):
    WHEN, NEEDS, SERVICES, STAFF, NOTES = range(5)
    COLUMN_COUNT = 5
    _rows: list[VisitRow]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        v = self._rows[index.row()]
        return {
            self.WHEN: format_datetime(v.visited_at),
            self.NEEDS: labels(vocab.NEEDS, v.needs),
            self.SERVICES: labels(vocab.SERVICES, v.services),
            self.STAFF: v.staff,
            self.NOTES: v.notes,
        }.get(index.column())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.WHEN: QCoreApplication.translate("PersonPage", "Date"),
            self.NEEDS: QCoreApplication.translate("PersonPage", "Needs"),
            self.SERVICES: QCoreApplication.translate("PersonPage", "Services given"),
            self.STAFF: QCoreApplication.translate("PersonPage", "Staff"),
            self.NOTES: QCoreApplication.translate("PersonPage", "Notes"),
        }.get(section)


class HistoryTableModel(RowsTableModel):
    WHEN, WHO, WHAT, FIELDS = range(4)
    COLUMN_COUNT = 4
    _rows: list[HistoryRow]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        h = self._rows[index.row()]
        return {
            self.WHEN: format_datetime(h.at),
            self.WHO: h.actor,
            self.WHAT: change_label(h.record_type, h.operation),
            self.FIELDS: field_labels(h.fields),
        }.get(index.column())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.WHEN: QCoreApplication.translate("PersonPage", "When"),
            self.WHO: QCoreApplication.translate("PersonPage", "Who"),
            self.WHAT: QCoreApplication.translate("PersonPage", "What"),
            self.FIELDS: QCoreApplication.translate("PersonPage", "Fields changed"),
        }.get(section)


def _small_table(model: QAbstractTableModel, parent: QWidget, name: str, stretch: int) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    table.setMinimumHeight(150)
    return table


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    # Plain text: names and notes are typed by people.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MergeDialog(Retranslatable, QDialog):
    """Directors: pick the other record of the same person by search, confirm, merge
    it into the record open now."""

    def __init__(self, service: VisitorService, *, keep: PersonRecord, keeper: IndexKeeper, workers: WorkerPool,
                 dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.service = service
        self.keep = keep
        self.dialogs = dialogs
        self.merged_number = ""
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.search = QLineEdit(self)
        self.search.setObjectName("merge_search")
        self.search.setClearButtonEnabled(True)
        self.model = VisitorTableModel(self)
        self.table = results_table(self.model, self, name="merge_results")
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("merge_button")
        self.merge_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 520)

        self.runner = SearchRunner(service, keeper, workers, parent=self)
        self.runner.results_ready.connect(self._show_results)
        self.search.textEdited.connect(self.runner.request)
        self.search.returnPressed.connect(lambda: self.table.setFocus())
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.finished.connect(lambda _r: self.runner.stop())
        self._update_button()
        self.retranslate_ui()
        self.search.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Merge with another record"))
        self.explanation.setText(fill(self.tr(
            "Find the other record of %1 (%2). Its visits, documents and the rest move to this record, and its "
            "number keeps finding this person."), full_name(self.keep.row), self.keep.row.number))
        self.search.setPlaceholderText(self.tr("Name in any script, phone, document or registration number"))
        self.merge_button.setText(self.tr("Merge…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.model.retranslate()

    def _show_results(self, _query: str, hits: list[SearchHit]) -> None:
        hits = [h for h in hits if h.row.person_id != self.keep.row.person_id]
        self.model.set_rows(hits)
        if hits:
            self.table.selectRow(0)
        self._update_button()

    def selected(self) -> SearchHit | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_button(self, *_args) -> None:
        self.merge_button.setEnabled(self.selected() is not None)

    def accept(self) -> None:
        other = self.selected()
        if other is None:
            return
        keep = self.keep.row
        confirmed = self.dialogs.question(
            self, self.tr("Merge two records?"),
            fill(self.tr("%1 (%2) will be merged into %3 (%4), the record open now. Everything it holds moves "
                         "there, and %2 will find %4. This cannot be undone."),
                 full_name(other.row), other.row.number, full_name(keep), keep.number),
            accept_text=self.tr("Merge"), reject_text=self.tr("Cancel"))
        if not confirmed:
            return
        try:
            self.service.merge(keep.person_id, other.row.person_id)
        except Refused as err:
            self.message.show_error(str(err))
            return
        self.merged_number = other.row.number
        self.merged_id = other.row.person_id
        super().accept()


class PersonView(Retranslatable, QWidget):
    """One visitor's record. ``show_person()`` loads it; ``back_requested`` asks to return to the search."""

    back_requested = Signal()
    log_visit_requested = Signal()
    open_referral_requested = Signal(object)  # a referral's id: the window shows it in the Referrals area

    def __init__(self, service: VisitorService, *, keeper: IndexKeeper, workers: WorkerPool, bus: ChangeBus,
                 dialogs: DialogService, documents: DocumentService, printers: Printers,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("person_view")
        self.service = service
        self.keeper = keeper
        self.workers = workers
        self.bus = bus
        self.dialogs = dialogs
        role = service.identity.role
        self.may_edit = allowed(role, Action.EDIT_VISITOR)
        self.may_log_visit = allowed(role, Action.LOG_VISIT)
        self.may_view_health = allowed(role, Action.VIEW_HEALTH_DATA)
        # Editing the sealed health fields needs the key as well as the role.
        self.may_edit_health = allowed(role, Action.EDIT_HEALTH_DATA) and service.holds_health_key()
        self.may_merge = allowed(role, Action.MERGE_VISITORS)
        self.may_view_referrals = allowed(role, Action.VIEW_REFERRALS)
        self.may_refer = allowed(role, Action.MAKE_REFERRAL)
        self.referrals = ReferralService(service.db, service.identity) if self.may_view_referrals else None
        self.page: PersonRecord | None = None
        self.health_rows: list[HealthRow] | None = None  # None until viewed (audited)
        self.opener = DialogOpener(self)

        # -- top ---------------------------------------------------------------
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back_to_search")
        self.back_button.clicked.connect(self.back_requested)
        self.heading = heading_label(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("person_heading")
        self.summary = _value_label(self)
        self.summary.setObjectName("person_summary")
        self.banner = MessageLabel(self)
        self.banner.setObjectName("person_banner")
        self.log_visit_button = QPushButton(self)
        self.log_visit_button.setObjectName("person_log_visit")
        self.log_visit_button.clicked.connect(self.log_visit_requested)
        self.log_visit_button.setVisible(self.may_log_visit)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("person_edit")
        self.edit_button.clicked.connect(self.edit)
        self.edit_button.setVisible(self.may_edit)
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("person_merge")
        self.merge_button.clicked.connect(self.merge)
        self.merge_button.setVisible(self.may_merge)
        self.refer_button = QPushButton(self)
        self.refer_button.setObjectName("person_make_referral")
        self.refer_button.clicked.connect(self.make_referral)
        self.refer_button.setVisible(self.may_refer)
        self.message = MessageLabel(self)
        # Everything held, the legal hold and erasure (directors); the hold's notice (everyone).
        self.rights = PersonRights(RightsService(service.db, service.identity, index=service.index),
                                   documents=documents, printers=printers, workers=workers, dialogs=dialogs,
                                   message=self.message, parent=self)
        self.rights.changed.connect(self._rights_changed)

        # -- the record ------------------------------------------------------------
        self.details_group = QGroupBox(self)
        self.detail_keys = ("family_name", "given_name", "patronymic", "latin_name", "sex", "birth",
                            "citizenship", "country_of_origin", "arrival_date", "migration_status", "phone",
                            "address")
        self.detail_labels = {k: QLabel(self) for k in self.detail_keys}
        self.detail_values = {k: _value_label(self) for k in self.detail_keys}
        details_form = QFormLayout(self.details_group)
        details_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for k in self.detail_keys:
            self.detail_values[k].setObjectName(f"value_{k}")
            details_form.addRow(self.detail_labels[k], self.detail_values[k])

        self.lists_group = QGroupBox(self)
        self.list_keys = ("languages", "documents", "household", "consents", "merged")
        self.list_labels = {k: QLabel(self) for k in self.list_keys}
        self.list_values = {k: _value_label(self) for k in self.list_keys}
        lists_form = QFormLayout(self.lists_group)
        lists_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for k in self.list_keys:
            self.list_values[k].setObjectName(f"value_{k}")
            lists_form.addRow(self.list_labels[k], self.list_values[k])

        self.health_group = QGroupBox(self)
        self.health_group.setObjectName("health_group")
        self.health_notice = QLabel(self)
        self.health_notice.setObjectName("health_notice")
        self.health_notice.setWordWrap(True)
        self.health_values = _value_label(self)
        self.health_values.setObjectName("health_values")
        self.show_health_button = QPushButton(self)
        self.show_health_button.setObjectName("show_health")
        self.show_health_button.clicked.connect(self.view_health)
        health_layout = QVBoxLayout(self.health_group)
        health_layout.addWidget(self.health_notice)
        health_layout.addWidget(self.health_values)
        health_row = QHBoxLayout()
        health_row.addWidget(self.show_health_button)
        health_row.addStretch(1)
        health_layout.addLayout(health_row)

        self.notes_group = QGroupBox(self)
        self.notes_value = _value_label(self)
        self.notes_value.setObjectName("value_notes")
        QVBoxLayout(self.notes_group).addWidget(self.notes_value)

        self.visits_group = QGroupBox(self)
        self.visits_model = VisitTableModel(self)
        self.visits_table = _small_table(self.visits_model, self, "visits_table", VisitTableModel.NOTES)
        self.no_visits = QLabel(self)
        visits_layout = QVBoxLayout(self.visits_group)
        visits_layout.addWidget(self.no_visits)
        visits_layout.addWidget(self.visits_table)

        self.referrals_group = QGroupBox(self)
        self.referrals_notice = QLabel(self)
        self.referrals_notice.setObjectName("referrals_notice")
        self.referrals_notice.setWordWrap(True)
        self.referrals_model = ReferralTableModel(self)
        self.referrals_table = _small_table(self.referrals_model, self, "person_referrals", ReferralTableModel.DUE)
        for column in (ReferralTableModel.PERSON_NUMBER, ReferralTableModel.PERSON_NAME, ReferralTableModel.PRIORITY):
            self.referrals_table.setColumnHidden(column, True)
        # A double click (or Enter) opens the referral where it is followed up.
        self.referrals_table.activated.connect(
            lambda index: self.open_referral_requested.emit(self.referrals_model.row_at(index.row()).referral_id))
        referrals_layout = QVBoxLayout(self.referrals_group)
        referrals_layout.addWidget(self.referrals_notice)
        referrals_layout.addWidget(self.referrals_table)

        self.history_group = QGroupBox(self)
        self.history_model = HistoryTableModel(self)
        self.history_table = _small_table(self.history_model, self, "history_table", HistoryTableModel.FIELDS)
        QVBoxLayout(self.history_group).addWidget(self.history_table)

        # -- layout ------------------------------------------------------------------
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 8, 0)
        left = QVBoxLayout()
        for w in (self.details_group, self.lists_group, self.health_group, self.notes_group):
            left.addWidget(w)
        left.addStretch(1)
        right = QVBoxLayout()
        for w in (self.visits_group, self.referrals_group, self.history_group):
            right.addWidget(w)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 5)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        actions = QHBoxLayout()
        for b in (self.log_visit_button, self.refer_button, self.edit_button, self.merge_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addWidget(self.rights)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)

        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)
        bus.changed.connect(self._on_change)
        self.retranslate_ui()

    # -- language ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("← Back to the search (Esc)"))
        self.log_visit_button.setText(self.tr("&Log visit… (Ctrl+Shift+V)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.merge_button.setText(self.tr("&Merge with another record…"))
        self.details_group.setTitle(self.tr("Personal details"))
        for k, text in zip(self.detail_keys, (
                self.tr("Family name:"), self.tr("Given name:"), self.tr("Patronymic:"), self.tr("Latin spelling:"),
                self.tr("Sex:"), self.tr("Born:"), self.tr("Citizenship:"), self.tr("Country of origin:"),
                self.tr("Arrival date:"), self.tr("Migration status:"), self.tr("Phone:"), self.tr("Address:"))):
            self.detail_labels[k].setText(text)
        self.lists_group.setTitle(self.tr("Languages, documents, household and consent"))
        for k, text in zip(self.list_keys, (
                self.tr("Languages:"), self.tr("Identity documents:"), self.tr("Household:"), self.tr("Consent:"),
                self.tr("Also registered as:"))):
            self.list_labels[k].setText(text)
        self.health_group.setTitle(self.tr("Restricted health information"))
        self.show_health_button.setText(self.tr("&Show health information"))
        self.show_health_button.setToolTip(self.tr("Your viewing is recorded in the audit trail."))
        self.notes_group.setTitle(self.tr("Notes"))
        self.referrals_group.setTitle(self.tr("Referrals"))
        self.refer_button.setText(self.tr("Make &referral…"))
        self.referrals_model.retranslate()
        self.history_group.setTitle(self.tr("History of changes"))
        self.no_visits.setText(self.tr("No visits logged yet."))
        self.visits_model.retranslate()
        self.history_model.retranslate()
        labels = [*self.detail_labels.values(), *self.list_labels.values()]
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        self._render()

    # -- loading -----------------------------------------------------------------------------
    @property
    def person_id(self) -> uuid.UUID | None:
        return self.page.row.person_id if self.page else None

    def show_person(self, person_id: uuid.UUID, *, banner: Text = "") -> None:
        if person_id != self.person_id:
            self.health_rows = None
        self.message.clear_message()
        try:
            self.page = self.service.get_person(person_id)
        except Refused as err:
            self.message.show_error(str(err))
            return
        if self.page.row.person_id != person_id:
            self.health_rows = None  # a merged record: the survivor was opened
        if banner:
            self.banner.show_done(banner)
        else:
            self.banner.clear_message()
        self.rights.show_person(self.page)
        self._render()
        self.scroll.verticalScrollBar().setValue(0)

    def reload(self) -> None:
        if self.page is not None:
            self.show_person(self.page.row.person_id, banner=self.banner.text() if self.banner.kind else "")

    def clear(self) -> None:
        """Forget the record shown (the window is locked or the person went back)."""
        self.page = None
        self.health_rows = None
        self.banner.clear_message()
        self.rights.show_person(None)
        self._render()

    def _on_change(self, change: Change) -> None:
        if self.page is None:
            return
        if change.touches(REFERRAL):
            self._render_referrals()
        if change.concerns(PERSON, self.page.row.person_id):
            self.reload()

    # -- showing ---------------------------------------------------------------------------
    def _render(self) -> None:
        page = self.page
        if page is None:
            self.heading.setText("")
            self.summary.setText("")
            for label in [*self.detail_values.values(), *self.list_values.values(), self.notes_value,
                          self.health_values]:
                label.setText("")
            self.visits_model.set_rows([])
            self.history_model.set_rows([])
            self.referrals_model.set_rows([])
            return
        row, f = page.row, page.form
        live = page.anonymised_at is None
        for button, may in ((self.log_visit_button, self.may_log_visit), (self.edit_button, self.may_edit),
                            (self.merge_button, self.may_merge), (self.refer_button, self.may_refer)):
            button.setVisible(may and live)
        self.heading.setText(full_name(row) if live else self.tr("Anonymised record"))
        facts = [row.number, sex_label(row.sex), format_birth(row.birth_date, row.birth_year), country(row.citizenship)]
        self.summary.setText(" · ".join(x for x in facts if x))
        born = format_birth(f.birth_date, f.birth_year if not f.birth_date else None)
        values = {
            "family_name": f.family_name, "given_name": f.given_name, "patronymic": f.patronymic,
            "latin_name": f.latin_name, "sex": sex_label(f.sex), "birth": born,
            "citizenship": country(f.citizenship), "country_of_origin": country(f.country_of_origin),
            "arrival_date": format_date(f.arrival_date),
            "migration_status": vocab.label(vocab.MIGRATION_STATUSES, f.migration_status) if f.migration_status else "",
            "phone": f.phone, "address": f.address,
        }
        for k, value in values.items():
            self.detail_values[k].setText(value or NOTHING)
        self.list_values["languages"].setText("\n".join(self._language_line(x) for x in f.languages) or NOTHING)
        self.list_values["documents"].setText("\n".join(self._document_line(d) for d in f.documents) or NOTHING)
        self.list_values["household"].setText("\n".join(self._member_line(h) for h in f.household) or NOTHING)
        self.list_values["consents"].setText("\n".join(self._consent_line(c) for c in page.consents)
                                             or self.tr("None recorded"))
        # The very words each answer was given to, in the interface language.
        self.list_values["consents"].setToolTip("\n\n".join(
            f"{vocab.label(vocab.CONSENT_PURPOSES, c.purpose)}: {vocab.consent_wording(c.purpose, c.wording_version)}"
            for c in page.consents))
        merged = ", ".join(page.merged_numbers)
        self.list_values["merged"].setText(merged)
        self.list_labels["merged"].setVisible(bool(merged))
        self.list_values["merged"].setVisible(bool(merged))
        self.notes_value.setText(f.notes or NOTHING)
        self._render_health()
        self.visits_group.setTitle(self.tr("Visits (%n)", "", len(page.visits)))
        self.visits_model.set_rows(page.visits)
        self.visits_table.setVisible(bool(page.visits))
        self.no_visits.setVisible(not page.visits)
        self.history_model.set_rows(page.history)
        self._render_referrals()

    def _render_referrals(self) -> None:
        rows = []
        if self.referrals is None:
            self.referrals_notice.setText(self.tr("Referrals are kept for caseworkers and directors."))
        elif self.page is not None:
            try:
                rows = self.referrals.list(person_id=self.page.row.person_id)
            except Refused as err:
                self.message.show_error(str(err))
            self.referrals_notice.setText("" if rows else self.tr("No referrals yet."))
        self.referrals_notice.setVisible(bool(self.referrals_notice.text()))
        self.referrals_group.setTitle(self.tr("Referrals (%n)", "", len(rows)))
        self.referrals_model.set_rows(rows)
        self.referrals_table.setVisible(bool(rows))

    def _language_line(self, x) -> str:
        parts = [vocab.LANGUAGES.get(x.language, x.language)]
        if x.proficiency:
            parts.append(vocab.label(vocab.PROFICIENCY, x.proficiency))
        if x.interpreter_needed:
            parts.append(self.tr("interpreter needed"))
        return " — ".join(parts)

    def _document_line(self, d) -> str:
        text = f"{vocab.label(vocab.DOCUMENT_TYPES, d.doc_type)} {d.number}"
        if d.issuer:
            text += fill(self.tr(", issued by %1"), d.issuer)
        if d.expiry:
            text += fill(self.tr(", valid until %1"), format_date(d.expiry))
        return text

    def _member_line(self, h) -> str:
        text = f"{vocab.label(vocab.RELATIONS, h.relation)}: {h.name}"
        if h.birth_year:
            text += fill(self.tr(", born %1"), h.birth_year)
        return text

    def _consent_line(self, c) -> str:
        state = (fill(self.tr("given on %1 by %2 (wording version %3)"), format_date(c.on_date), c.recorded_by,
                      c.wording_version) if c.given else
                 fill(self.tr("withdrawn on %1 by %2 (wording version %3)"), format_date(c.on_date), c.recorded_by,
                      c.wording_version))
        return f"{vocab.label(vocab.CONSENT_PURPOSES, c.purpose)}: {state}"

    def _render_health(self) -> None:
        page = self.page
        self.health_values.hide()
        self.show_health_button.hide()
        if page is None:
            return
        if not self.may_view_health:
            # Never what: only that something is recorded.
            self.health_notice.setText(self.tr("Restricted health information is recorded.") if page.has_health_data
                                       else self.tr("No restricted health information is recorded."))
            return
        if self.health_rows is None:
            if page.has_health_data and page.health_key_missing:
                self.health_notice.setText(self.tr(
                    "Restricted health information is recorded, but your account has not been given the key to "
                    "it yet. A director or caseworker who holds it gives it to you in Settings; then log in "
                    "again."))
            elif page.has_health_data:
                self.health_notice.setText(self.tr(
                    "Restricted health information is recorded. Show it only when the person's care needs it."))
                self.show_health_button.show()
            else:
                self.health_notice.setText(self.tr("No restricted health information is recorded."))
            return
        active = [r for r in self.health_rows if r.active]
        self.health_notice.setText(self.tr("Recorded (your viewing is in the audit trail):") if active
                                   else self.tr("No restricted health information is recorded."))
        lines = []
        for r in active:
            flag = vocab.label(vocab.HEALTH_FLAGS, r.flag)
            lines.append(f"{flag} — {r.note}" if r.note else flag)
        self.health_values.setText("\n".join(lines))
        self.health_values.setVisible(bool(lines))

    # -- actions ---------------------------------------------------------------------------
    def view_health(self) -> None:
        """Show the health flags (roles with the permission only; the service audits it)."""
        if self.page is None or not self.may_view_health:
            return
        self._load_health()
        self._render_health()

    def _load_health(self) -> None:
        try:
            self.health_rows = self.service.view_health(self.page.row.person_id)
        except Refused as err:
            self.message.show_error(str(err))

    def edit(self) -> None:
        if self.page is None or not self.may_edit:
            return
        health = None
        if self.may_edit_health:
            if self.health_rows is None and self.page.has_health_data:
                self._load_health()  # the editor sees them: that is a viewing too
            health = self.health_rows or []
        page = self.page
        self.message.clear_message()
        form = VisitorForm(self.service, keeper=self.keeper, workers=self.workers, dialogs=self.dialogs,
                           may_edit_health=self.may_edit_health, person=page, health=health, parent=self)

        def done() -> None:
            self.banner.show_done(lambda: self.tr("The changes were saved."))
            if self.may_edit_health and self.health_rows is not None:
                self._load_health()
                self._render_health()
        self.opener.open(form, done)

    def make_referral(self) -> None:
        if self.page is None or not self.may_refer or self.referrals is None or self.opener.busy():
            return
        row = self.page.row
        self.message.clear_message()
        dialog = MakeReferralDialog(self.referrals, person_id=row.person_id,
                                    person_label=f"{full_name(row)} ({row.number})", person_number=row.number,
                                    parent=self)

        def done() -> None:
            self.banner.show_done(lambda: self.tr("The referral was saved as a draft. A director issues its letter "
                                          "under Referrals."))
        self.opener.open(dialog, done)

    def merge(self) -> None:
        if self.page is None or not self.may_merge:
            return
        self.message.clear_message()
        dialog = MergeDialog(self.service, keep=self.page, keeper=self.keeper, workers=self.workers,
                             dialogs=self.dialogs, parent=self)

        def done() -> None:
            self.banner.show_done(lambda: fill(self.tr("%1 was merged into this record."), dialog.merged_number))
        self.opener.open(dialog, done)

    def _rights_changed(self, _person_id: uuid.UUID) -> None:
        # The service told every view (the bus); this page says what happened.
        self.reload()
        if self.page is not None and self.page.anonymised_at is not None:
            self.banner.show_done(self.tr(
                "The record was anonymised: names, contacts, documents and notes are gone, here at once and at "
                "headquarters with the next bundle. It is kept for the statistics only."))
        elif self.rights.hold is not None:
            self.banner.show_done(self.tr("The legal hold was placed."))
        else:
            self.banner.show_done(self.tr("The legal hold was released."))

    def focus_first_action(self) -> None:
        target = self.log_visit_button if self.may_log_visit else self.back_button
        QTimer.singleShot(0, target, target.setFocus)  # with a context: nothing runs if it is gone
