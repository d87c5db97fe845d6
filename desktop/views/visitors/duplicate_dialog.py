"""The people who may be the same one as a new visitor: the list shown before saving."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.visitors import DuplicateCandidate
from desktop.views.kit.text import country, field_labels, format_birth, full_name
from desktop.views.kit.widgets import Retranslatable, RowsTableModel


# -- the duplicate warning ----------------------------------------------------------------
class DuplicateTableModel(RowsTableModel):
    NUMBER, NAME, LATIN_NAME, BIRTH, CITIZENSHIP, MATCHED, DIFFERS = range(7)
    COLUMN_COUNT = 7
    _rows: list[DuplicateCandidate]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        cand = self._rows[index.row()]
        row = cand.row
        return {
            self.NUMBER: row.number,
            self.NAME: full_name(row),
            self.LATIN_NAME: row.latin_name,
            self.BIRTH: format_birth(row.birth_date, row.birth_year),
            self.CITIZENSHIP: country(row.citizenship),
            self.MATCHED: field_labels(cand.matched),
            # Known on both sides and not the same: another document number may
            # be a renewed passport, or a namesake — the receptionist asks.
            self.DIFFERS: field_labels(cand.differs),
        }.get(index.column())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NUMBER: QCoreApplication.translate("VisitorForm", "Number"),
            self.NAME: QCoreApplication.translate("VisitorForm", "Name as written"),
            self.LATIN_NAME: QCoreApplication.translate("VisitorForm", "Latin spelling"),
            self.BIRTH: QCoreApplication.translate("VisitorForm", "Born"),
            self.CITIZENSHIP: QCoreApplication.translate("VisitorForm", "Citizenship"),
            self.MATCHED: QCoreApplication.translate("VisitorForm", "Same as typed"),
            self.DIFFERS: QCoreApplication.translate("VisitorForm", "Not the same"),
        }.get(section)


class DuplicateDialog(Retranslatable, QDialog):
    """People who may already be registered. ``choice`` is "open" (``chosen`` is
    the candidate), "new", or None when the person went back to the form."""

    OPEN, NEW = "open", "new"

    def __init__(self, candidates: list[DuplicateCandidate], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicate_dialog")
        self.candidates = list(candidates)
        self.choice: str | None = None
        self.chosen: DuplicateCandidate | None = None
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.model = DuplicateTableModel(self)
        self.model.set_rows(self.candidates)
        self.table = QTableView(self)
        self.table.setObjectName("duplicates_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DuplicateTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _i: self.open_existing())
        self.table.selectRow(0)

        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_existing")
        self.open_button.setDefault(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("save_as_new")
        self.back_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_existing)
        self.new_button.clicked.connect(self.save_as_new)
        self.back_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(860, 300 + 24 * min(len(self.candidates), 6))
        self.retranslate_ui()
        self.table.setFocus()

    def retranslate_ui(self) -> None:
        n = len(self.candidates)
        self.setWindowTitle(self.tr("Already registered?"))
        self.explanation.setText(self.tr(
            "%n person(s) registered before may be the one you are registering. Check with the visitor; "
            "if one of them is the same person, open that record instead of making a second one.", "", n))
        self.open_button.setText(self.tr("&Open this person"))
        self.new_button.setText(self.tr("&Save as a new person"))
        self.back_button.setText(self.tr("Back to the form"))
        self.model.retranslate()

    def selected(self) -> DuplicateCandidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def numbers(self) -> tuple[str, ...]:
        return tuple(c.row.number for c in self.candidates)

    def open_existing(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.choice, self.chosen = self.OPEN, chosen
        self.accept()

    def save_as_new(self) -> None:
        self.choice = self.NEW
        self.accept()
