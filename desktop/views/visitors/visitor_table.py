"""Search results as a table: the model, and the view set up the same way wherever it is used."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from desktop.services.search import IndexRow, SearchHit
from desktop.views.kit.columns import FittedColumns
from desktop.views.kit.text import country, field_label, format_birth, full_name
from desktop.views.kit.widgets import RowsTableModel


class VisitorTableModel(RowsTableModel):
    """Search hits held in memory, best first; ``set_rows()`` replaces them."""

    NUMBER, NAME, LATIN_NAME, BIRTH, CITIZENSHIP, MATCHED = range(6)
    COLUMN_COUNT = 6
    _rows: list[SearchHit]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self._rows[index.row()]
        row: IndexRow = hit.row
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == self.NUMBER:
                return row.number
            if col == self.NAME:
                return full_name(row)
            if col == self.LATIN_NAME:
                return row.latin_name
            if col == self.BIRTH:
                return format_birth(row.birth_date, row.birth_year)
            if col == self.CITIZENSHIP:
                return country(row.citizenship)
            if col == self.MATCHED:
                return field_label(hit.matched)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.NAME, self.LATIN_NAME):
            # The whole name, for when a narrow window elides it.
            return (full_name(row) if index.column() == self.NAME else row.latin_name) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.person_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NUMBER: QCoreApplication.translate("VisitorTable", "Number"),
            self.NAME: QCoreApplication.translate("VisitorTable", "Name as written"),
            self.LATIN_NAME: QCoreApplication.translate("VisitorTable", "Latin spelling"),
            self.BIRTH: QCoreApplication.translate("VisitorTable", "Born"),
            self.CITIZENSHIP: QCoreApplication.translate("VisitorTable", "Citizenship"),
            self.MATCHED: QCoreApplication.translate("VisitorTable", "Found by"),
        }.get(section)


def results_table(model: VisitorTableModel, parent: QWidget, *, name: str) -> QTableView:
    """A read-only, one-row-at-a-time table of visitors; Tab leaves it (arrows move inside)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    # Names run long (patronymics, two scripts): they get the spare room, and are
    # the ones elided (whole in the tooltip) only when the window is too narrow.
    table.columnsFit = FittedColumns(table, elastic=(VisitorTableModel.NAME, VisitorTableModel.LATIN_NAME))
    return table
