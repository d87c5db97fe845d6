"""The sites volunteers work at: the list, adding and editing one."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import limits
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import SiteIn, SiteRow
from desktop.views.kit.forms import hold_at_most
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.widgets import MessageLabel, Retranslatable, RowsTableModel, list_table


class SiteDialog(Retranslatable, QDialog):
    """Adds a site, or edits ``existing``; ``saved`` holds the result."""

    def __init__(self, shifts: ShiftPlanning, *, existing: SiteRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("site_dialog")
        self.shifts = shifts
        self.existing = existing
        self.saved: SiteRow | None = None
        self.name = QLineEdit(existing.name if existing else "", self)
        hold_at_most(self.name, limits.SITE["name"])
        self.name.setObjectName("site_name")
        self.address = QLineEdit(existing.address if existing else "", self)
        hold_at_most(self.address, limits.SITE["address"])
        self.address.setObjectName("site_address")
        self.active = QCheckBox(self)
        self.active.setObjectName("site_active")
        self.active.setChecked(existing.active if existing else True)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.address_label = QLabel(self)
        self.address_label.setBuddy(self.address)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.name_label, self.name)
        form.addRow(self.address_label, self.address)
        form.addRow("", self.active)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit site") if self.existing else self.tr("Add a site"))
        self.name_label.setText(self.tr("&Name:"))
        self.address_label.setText(self.tr("&Address:"))
        self.active.setText(self.tr("In use: offer it for new shifts"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def accept(self) -> None:
        try:
            self.saved = self.shifts.save_site(SiteIn(self.name.text(), self.address.text(), self.active.isChecked()),
                                               site_id=self.existing.site_id if self.existing else None)
        except Refused as err:
            self.message.show_error(str(err))
            return
        super().accept()


class SiteTableModel(RowsTableModel):
    NAME, ADDRESS, IN_USE = range(3)
    COLUMN_COUNT = 3
    _rows: list[SiteRow]

    def find(self, site_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.site_id == site_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        return {self.NAME: r.name, self.ADDRESS: r.address,
                self.IN_USE: self.tr("yes") if r.active else self.tr("no")}.get(index.column())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.NAME: self.tr("Site"), self.ADDRESS: self.tr("Address"),
                self.IN_USE: self.tr("In use")}.get(section)


class SitesDialog(Retranslatable, QDialog):
    """The branch's sites: where shifts take place."""

    def __init__(self, shifts: ShiftPlanning, *, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sites_dialog")
        self.shifts = shifts
        self.opener = DialogOpener(self)
        self.model = SiteTableModel(self)
        self.table = list_table(self.model, self, "sites_table")
        self.table.doubleClicked.connect(lambda _i: self.edit_site())
        self.table.installEventFilter(self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_site")
        self.add_button.clicked.connect(self.add_site)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_site")
        self.edit_button.clicked.connect(self.edit_site)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(480, 320)
        self.retranslate_ui()
        self.reload()
        self.add_button.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sites"))
        self.add_button.setText(self.tr("&Add site…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.model.retranslate()

    def reload(self) -> None:
        try:
            self.model.set_rows(self.shifts.sites(include_inactive=True))
        except Refused as err:
            self.message.show_error(str(err))
        self.edit_button.setEnabled(self.model.rowCount() > 0)

    def selected(self) -> SiteRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_site()
            return True
        return super().eventFilter(watched, event)

    def _edit(self, dialog: SiteDialog) -> None:
        def done() -> None:
            self.reload()
            i = self.model.find(dialog.saved.site_id)
            if i >= 0:
                self.table.selectRow(i)
            self.message.show_done(lambda: fill(self.tr("%1 was saved."), dialog.saved.name))
        self.opener.open(dialog, done)

    def add_site(self) -> None:
        if not self.opener.busy():
            self._edit(SiteDialog(self.shifts, parent=self))

    def edit_site(self) -> None:
        site = self.selected()
        if site is not None and not self.opener.busy():
            self._edit(SiteDialog(self.shifts, existing=site, parent=self))
