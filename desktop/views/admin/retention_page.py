"""Retention (administrators): how long the branch keeps a record after its
last activity, who is due for anonymisation now, who a legal hold keeps, and
what was anonymised before. The administrator sees registration numbers and
dates, never names: they keep accounts, keys and backups, not case records."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services.retention import (MAX_MONTHS, MIN_MONTHS, DuePerson, HeldPerson, PurgeRow, RetentionOverview,
                                        RetentionService)
from desktop.views.kit.changes import PERSON, REFERRAL, VISIT, Change, ChangeBus
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.text import format_date, format_datetime
from desktop.views.kit.widgets import MessageLabel, Retranslatable, RowsTableModel, heading_label, list_table
from desktop.views.kit.long_work import LongWork
from desktop.views.kit.workers import WorkerPool

def purge_kind(kind: str) -> str:
    return {
        "retention": QCoreApplication.translate("Retention", "Retention period over"),
        "request": QCoreApplication.translate("Retention", "At the person's request"),
        "hq": QCoreApplication.translate("Retention", "Applied at headquarters"),
    }.get(kind, kind)


class DueTableModel(RowsTableModel):
    NUMBER, REGISTERED, LAST, VISITS, REFERRALS = range(5)
    COLUMN_COUNT = 5
    _rows: list[DuePerson]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        d = self._rows[index.row()]
        return {self.NUMBER: d.number, self.REGISTERED: format_date(d.registered),
                self.LAST: format_date(d.last_activity), self.VISITS: str(d.visits),
                self.REFERRALS: str(d.referrals)}.get(index.column())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NUMBER: QCoreApplication.translate("Retention", "Registration number"),
            self.REGISTERED: QCoreApplication.translate("Retention", "Registered"),
            self.LAST: QCoreApplication.translate("Retention", "Last activity"),
            self.VISITS: QCoreApplication.translate("Retention", "Visits"),
            self.REFERRALS: QCoreApplication.translate("Retention", "Referrals"),
        }.get(section)


class HeldTableModel(RowsTableModel):
    NUMBER, LAST, BY, ON, REASON = range(5)
    COLUMN_COUNT = 5
    _rows: list[HeldPerson]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        h = self._rows[index.row()]
        return {self.NUMBER: h.number, self.LAST: format_date(h.last_activity), self.BY: h.placed_by,
                self.ON: format_date(h.placed_on), self.REASON: h.reason}.get(index.column())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NUMBER: QCoreApplication.translate("Retention", "Registration number"),
            self.LAST: QCoreApplication.translate("Retention", "Last activity"),
            self.BY: QCoreApplication.translate("Retention", "Hold placed by"),
            self.ON: QCoreApplication.translate("Retention", "On"),
            self.REASON: QCoreApplication.translate("Retention", "Reason"),
        }.get(section)


class PurgeTableModel(RowsTableModel):
    WHEN, WHY, BY, PEOPLE, RECORDS = range(5)
    COLUMN_COUNT = 5
    _rows: list[PurgeRow]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self._rows[index.row()]
        return {self.WHEN: format_datetime(p.at), self.WHY: purge_kind(p.kind), self.BY: p.actor,
                self.PEOPLE: str(p.people), self.RECORDS: str(sum(p.counts.values()))}.get(index.column())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.WHEN: QCoreApplication.translate("Retention", "When"),
            self.WHY: QCoreApplication.translate("Retention", "Why"),
            self.BY: QCoreApplication.translate("Retention", "Confirmed by"),
            self.PEOPLE: QCoreApplication.translate("Retention", "People"),
            self.RECORDS: QCoreApplication.translate("Retention", "Records changed"),
        }.get(section)


class RetentionPage(Retranslatable, QWidget):
    def __init__(self, service: RetentionService, *, workers: WorkerPool, bus: ChangeBus, dialogs: DialogService,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_retention")
        self.service = service
        self.workers = workers
        self.bus = bus
        self.dialogs = dialogs
        self.overview: RetentionOverview | None = None
        self.reload_again = False

        self.heading = heading_label(self)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("retention_explanation")
        self.explanation.setWordWrap(True)

        self.period_label = QLabel(self)
        self.months = QSpinBox(self)
        self.months.setObjectName("retention_months")
        self.months.setRange(MIN_MONTHS, MAX_MONTHS)
        self.period_label.setBuddy(self.months)
        self.months_after = QLabel(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_retention_months")
        self.save_button.clicked.connect(self.save_months)
        period = QHBoxLayout()
        period.addWidget(self.period_label)
        period.addWidget(self.months)
        period.addWidget(self.months_after)
        period.addWidget(self.save_button)
        period.addStretch(1)

        self.message = MessageLabel(self)

        self.due_group = QGroupBox(self)
        self.due_text = QLabel(self.due_group)
        self.due_text.setObjectName("due_text")
        self.due_text.setWordWrap(True)
        self.due_model = DueTableModel(self)
        self.due_table = list_table(self.due_model, self.due_group, "due_table")
        self.apply_button = QPushButton(self.due_group)
        self.apply_button.setObjectName("apply_retention")
        self.apply_button.clicked.connect(self.apply)
        # Reading the list and anonymising, one at a time, off the GUI thread.
        # Without the message line: a reload after anonymising must not wipe "12 people anonymised".
        self.long_work = LongWork(workers, name="retention_work", parent=self.due_group)
        self.long_work.busy_changed.connect(lambda _busy: self._render())
        actions = QHBoxLayout()
        actions.addWidget(self.apply_button)
        actions.addWidget(self.long_work, 1)
        actions.addStretch(1)
        due_layout = QVBoxLayout(self.due_group)
        due_layout.addWidget(self.due_text)
        due_layout.addWidget(self.due_table, 1)
        due_layout.addLayout(actions)

        self.held_group = QGroupBox(self)
        self.held_model = HeldTableModel(self)
        self.held_table = list_table(self.held_model, self.held_group, "held_table")
        self.held_table.setMaximumHeight(100)
        QVBoxLayout(self.held_group).addWidget(self.held_table)

        self.purges_group = QGroupBox(self)
        self.purges_text = QLabel(self.purges_group)
        self.purges_text.setWordWrap(True)
        self.purge_model = PurgeTableModel(self)
        self.purge_table = list_table(self.purge_model, self.purges_group, "purge_table")
        self.purge_table.setMaximumHeight(100)
        purges_layout = QVBoxLayout(self.purges_group)
        purges_layout.addWidget(self.purges_text)
        purges_layout.addWidget(self.purge_table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(period)
        layout.addWidget(self.message)
        layout.addWidget(self.due_group, 1)
        layout.addWidget(self.held_group)
        layout.addWidget(self.purges_group)
        bus.changed.connect(self._on_change)
        self.retranslate_ui()

    # -- language ---------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Retention of people's records"))
        self.explanation.setText(self.tr(
            "A person with no activity (no visit, no referral, no change to their record) for the retention period "
            "is anonymised once you confirm: their names, contacts, identity documents and notes are removed here "
            "and, with the next bundle, at headquarters. What the statistics count stays. Backups older than the "
            "period are deleted, so an anonymised person leaves every copy within that time. People under a legal "
            "hold are kept; a director places and releases holds."))
        self.period_label.setText(self.tr("&Keep a record for"))
        self.months_after.setText(self.tr("months after its last activity"))
        self.save_button.setText(self.tr("Save"))
        self.due_group.setTitle(self.tr("Due for anonymisation"))
        self.held_group.setTitle(self.tr("Kept by a legal hold"))
        self.purges_group.setTitle(self.tr("Anonymised before"))
        self.purges_text.setText(self.tr("The purge log: what was anonymised and when, never whom."))
        for model in (self.due_model, self.held_model, self.purge_model):
            model.retranslate()
        self._render()

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list again off the GUI thread: at 200,000 visitors it takes
        seconds (every table's last activity per person)."""
        if self.long_work.busy():
            self.reload_again = True
            return
        self.reload_again = False
        service = self.service
        self.long_work.run(lambda _ctx: service.overview(), on_done=self._loaded, on_failed=self._load_failed,
                           cancellable=False, step=self.tr("Reading when each person's record was last used…"))

    def _loaded(self, overview: RetentionOverview) -> None:
        self.overview = overview
        self.months.setValue(overview.months)
        self._render()
        self._again()

    def _load_failed(self, text: str) -> None:
        self.message.show_error(text)
        self._again()

    def _again(self) -> None:
        if self.reload_again:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Days pass and people come back: the list is read again each time it is shown.
        self.reload()

    def _on_change(self, change: Change) -> None:
        if change.touches(PERSON, VISIT, REFERRAL) and self.isVisible():
            self.reload()

    def _render(self) -> None:
        o = self.overview
        if o is None:
            return
        self.due_model.set_rows(o.due)
        self.held_model.set_rows(o.held)
        self.purge_model.set_rows(o.purges)
        if o.due:
            self.due_text.setText(fill(self.tr(
                "%n person(s) had no activity since before %1. Their registration numbers and dates are listed; "
                "the names stay in the case records.", "", len(o.due)), format_date(o.cutoff)))
        else:
            self.due_text.setText(fill(self.tr("Nobody is due: everyone had some activity since %1."),
                                       format_date(o.cutoff)))
        self.apply_button.setText(self.tr("Anonymise %n person(s)…", "", len(o.due)))
        self.apply_button.setEnabled(bool(o.due) and not self.long_work.busy())
        self.held_group.setVisible(bool(o.held))
        self.held_group.setTitle(self.tr("Kept by a legal hold (%n)", "", len(o.held)))

    # -- actions ---------------------------------------------------------------------------------
    def save_months(self) -> None:
        months = self.months.value()
        try:
            self.service.set_months(months)
        except Refused as err:
            self.message.show_error(str(err))
            return
        self.message.show_done(self.tr("Records are now kept %n month(s) after their last activity.", "", months))
        self.reload()

    def apply(self) -> None:
        o = self.overview
        if o is None or not o.due or self.long_work.busy():
            return
        listed = [d.person_id for d in o.due]
        if not self.dialogs.question(self, self.tr("Anonymise these records?"), self.tr(
                "The names, contacts, documents and notes of the %n person(s) listed will be removed for good, "
                "here and at headquarters with the next bundle. Anyone who came back since this list was made "
                "is left as they are. This cannot be undone.", "", len(listed)),
                accept_text=self.tr("Anonymise"), reject_text=self.tr("Cancel")):
            return
        service = self.service
        self.message.clear_message()
        # One transaction: once begun it is finished (or undone whole), never cut half way.
        self.long_work.run(lambda _ctx: service.apply(listed), on_done=self._applied, on_failed=self._failed,
                           cancellable=False, step=self.tr("Anonymising…"))

    def _applied(self, result) -> None:
        self.message.show_done(self.tr("%n person(s) anonymised.", "", result.people))
        self.reload()

    def _failed(self, text: str) -> None:
        self.message.show_error(text)
        self.reload()
