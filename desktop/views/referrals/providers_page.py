"""The service directory: providers a branch refers people to, kept by
caseworkers and directors; CSV import and export."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services import limits
from desktop.services.referrals import (
    CATEGORIES,
    ProviderIn,
    ProviderRow,
    ReferralService,
    export_providers,
    import_providers,
    label,
)
from desktop.views.kit.forms import hold_at_most
from desktop.views.kit.changes import PROVIDER, Change, ChangeBus
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.sorting import CollatedSortProxy
from desktop.views.kit.text import format_date, interface_language
from desktop.views.kit.widgets import MessageLabel, Retranslatable, RowsTableModel


class ProviderTableModel(RowsTableModel):
    NAME, CATEGORY, PHONE, LANGUAGES, HOURS, CAPACITY, VERIFIED = range(7)
    COLUMN_COUNT = 7
    SORT_ROLE = Qt.ItemDataRole.UserRole
    _rows: list[ProviderRow]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {
                self.NAME: p.name(interface_language()),
                self.CATEGORY: label(CATEGORIES, p.category),
                self.PHONE: p.phone,
                self.LANGUAGES: ", ".join(p.languages),
                self.HOURS: p.hours,
                self.CAPACITY: "" if p.capacity is None else str(p.capacity),
                self.VERIFIED: format_date(p.last_verified),
            }.get(index.column())
        if role == self.SORT_ROLE:
            if index.column() == self.CAPACITY:
                return -1 if p.capacity is None else p.capacity
            if index.column() == self.VERIFIED:
                return p.last_verified.isoformat() if p.last_verified else ""
            return self.data(index)
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NAME: QCoreApplication.translate("Providers", "Name"),
            self.CATEGORY: QCoreApplication.translate("Providers", "Service"),
            self.PHONE: QCoreApplication.translate("Providers", "Phone"),
            self.LANGUAGES: QCoreApplication.translate("Providers", "Languages"),
            self.HOURS: QCoreApplication.translate("Providers", "Hours"),
            self.CAPACITY: QCoreApplication.translate("Providers", "Capacity"),
            self.VERIFIED: QCoreApplication.translate("Providers", "Last verified"),
        }.get(section)


class ProviderDialog(Retranslatable, QDialog):
    """Adds a provider, or edits ``existing``; ``saved`` holds the result."""

    def __init__(self, service: ReferralService, *, existing: ProviderRow | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("provider_dialog")
        self.service = service
        self.existing = existing
        self.saved: ProviderRow | None = None
        self.name_kk = QLineEdit(self)
        self.name_ru = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.category = QComboBox(self)
        for code in CATEGORIES:
            self.category.addItem(label(CATEGORIES, code), code)
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.languages = QLineEdit(self)
        self.cost = QLineEdit(self)
        self.hours = QLineEdit(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 100000)
        for field, name in ((self.name_kk, "name_kk"), (self.name_ru, "name_ru"), (self.name_en, "name_en"),
                            (self.address, "address"), (self.phone, "phone"), (self.cost, "cost"),
                            (self.hours, "hours")):
            hold_at_most(field, limits.PROVIDER[name])
        self.last_verified = QLineEdit(self)
        self.last_verified.setInputMask("")
        self.last_verified.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^(\d{2}\.\d{2}\.\d{4})?$"), self))
        self.active = QCheckBox(self)
        self.active.setChecked(True)
        self.fields = (self.name_kk, self.name_ru, self.name_en, self.category, self.address, self.phone,
                       self.languages, self.cost, self.hours, self.capacity, self.last_verified, self.active)
        for name, field in zip(("name_kk", "name_ru", "name_en", "category", "address", "phone", "languages",
                                "cost", "hours", "capacity", "last_verified", "active"), self.fields):
            field.setObjectName(f"provider_{name}")
        self.labels = [QLabel(self) for _ in self.fields]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for lab, field in zip(self.labels, self.fields):
            lab.setBuddy(field)
            form.addRow(lab, field)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        if existing is not None:
            self._fill(existing)
        self.retranslate_ui()

    def _fill(self, p: ProviderRow) -> None:
        self.name_kk.setText(p.name_kk)
        self.name_ru.setText(p.name_ru)
        self.name_en.setText(p.name_en)
        self.category.setCurrentIndex(self.category.findData(p.category))
        self.address.setText(p.address)
        self.phone.setText(p.phone)
        self.languages.setText(", ".join(p.languages))
        self.cost.setText(p.cost)
        self.hours.setText(p.hours)
        self.capacity.setValue(p.capacity or 0)
        self.last_verified.setText(format_date(p.last_verified))
        self.active.setChecked(p.active)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit provider") if self.existing else self.tr("Add a provider"))
        for lab, text in zip(self.labels, (
                self.tr("Name in &Kazakh:"), self.tr("Name in &Russian:"), self.tr("Name in &English:"),
                self.tr("&Service:"), self.tr("&Address:"), self.tr("&Phone:"), self.tr("&Languages spoken:"),
                self.tr("&Cost:"), self.tr("&Opening hours:"), self.tr("Ca&pacity:"), self.tr("Last &verified:"),
                self.tr("In use:"))):
            lab.setText(text)
        for i in range(self.category.count()):
            self.category.setItemText(i, label(CATEGORIES, self.category.itemData(i)))
        self.languages.setPlaceholderText(self.tr("Language codes, e.g. kk, ru, uz"))
        self.last_verified.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.capacity.setSpecialValueText(self.tr("not known"))
        self.active.setText(self.tr("Offer this provider for new referrals"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def accept(self) -> None:
        verified = None
        if self.last_verified.text().strip():
            try:
                verified = dt.datetime.strptime(self.last_verified.text().strip(), "%d.%m.%Y").date()
            except ValueError:
                self.message.show_error(lambda: self.tr("Write the date as dd.mm.yyyy."))
                return
        new = ProviderIn(
            name_kk=self.name_kk.text().strip(), name_ru=self.name_ru.text().strip(),
            name_en=self.name_en.text().strip(), category=self.category.currentData(),
            address=self.address.text().strip(), phone=self.phone.text().strip(),
            languages=tuple(x.strip() for x in self.languages.text().split(",") if x.strip()),
            cost=self.cost.text().strip(), hours=self.hours.text().strip(),
            capacity=self.capacity.value() or None, last_verified=verified, active=self.active.isChecked())
        try:
            self.saved = self.service.save_provider(
                new, provider_id=self.existing.provider_id if self.existing else None)
        except Refused as err:
            self.message.show_error(str(err))
            return
        super().accept()


class ProvidersPage(Retranslatable, QWidget):
    """The directory list with Add, Edit, Import and Export."""

    def __init__(self, service: ReferralService, *, may_manage: bool, bus: ChangeBus, dialogs: DialogService,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("providers_page")
        self.service = service
        self.may_manage = may_manage
        self.bus = bus
        self.dialogs = dialogs
        self.opener = DialogOpener(self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("provider_filter")
        self.filter.setClearButtonEnabled(True)
        self.model = ProviderTableModel(self)
        self.proxy = CollatedSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(ProviderTableModel.SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("provider_table")
        self.table.setModel(self.proxy)
        # A→Z by name to begin with (a sortable header starts descending).
        self.table.horizontalHeader().setSortIndicator(ProviderTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(ProviderTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.edit_provider())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_provider")
        self.add_button.clicked.connect(self.add_provider)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_provider")
        self.edit_button.clicked.connect(self.edit_provider)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import_providers")
        self.import_button.clicked.connect(self.import_csv)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export_providers")
        self.export_button.clicked.connect(self.export_csv)
        for b in (self.add_button, self.edit_button, self.import_button):
            b.setVisible(may_manage)
        self.message = MessageLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.filter, 1)
        for b in (self.add_button, self.edit_button, self.import_button, self.export_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        bus.changed.connect(self._on_change)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter the directory"))
        self.add_button.setText(self.tr("&Add provider…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.proxy.relocalise()  # the names are now in another language and alphabet
        self.model.retranslate()

    def reload(self) -> None:
        try:
            self.model.set_rows(self.service.providers(include_inactive=True))
        except Refused as err:
            self.message.show_error(str(err))
        self._update_buttons()

    def _on_change(self, change: Change) -> None:
        if change.touches(PROVIDER):
            self.reload()

    def selected(self) -> ProviderRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        self.edit_button.setEnabled(self.may_manage and self.selected() is not None)

    def _edit(self, dialog: ProviderDialog) -> None:
        def done() -> None:
            self.message.show_done(lambda: fill(self.tr("%1 was saved."), dialog.saved.name(interface_language())))
        self.opener.open(dialog, done)

    def add_provider(self) -> None:
        if self.may_manage and not self.opener.busy():
            self._edit(ProviderDialog(self.service, parent=self))

    def edit_provider(self) -> None:
        p = self.selected()
        if self.may_manage and p is not None and not self.opener.busy():
            self._edit(ProviderDialog(self.service, existing=p, parent=self))

    def import_csv(self) -> None:
        if not self.may_manage:
            return
        path = self.dialogs.get_open_file(self, self.tr("Import the service directory"),
                                          file_filter=self.tr("CSV files (*.csv)"))
        if path is None:
            return
        try:
            added, updated, errors = import_providers(self.service, path)
        except Refused as err:
            self.dialogs.error(self, self.tr("Import the service directory"), str(err))
            return
        text = fill(self.tr("Added %1, updated %2."), added, updated)
        if errors:
            lines = [fill(self.tr("Row %1: %2"), row, why) for row, why in errors[:20]]
            self.dialogs.warning(self, self.tr("Import the service directory"),
                                 text + "\n" + self.tr("%n row(s) were not imported:", "", len(errors)) + "\n"
                                 + "\n".join(lines))
        self.message.show_done(text)

    def export_csv(self) -> None:
        path = self.dialogs.get_save_file(self, self.tr("Export the service directory"),
                                          directory="providers.csv", file_filter=self.tr("CSV files (*.csv)"))
        if path is None:
            return
        try:
            n = export_providers(self.service, path)
        except (Refused, OSError) as err:
            self.dialogs.error(self, self.tr("Export the service directory"), str(err))
            return
        self.message.show_done(lambda: self.tr("%n provider(s) exported.", "", n))
