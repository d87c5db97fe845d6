"""The table model that holds its rows in memory, and the read-only list
table: what every list in the window is made of (not the log-in window,
which is why they are apart from kit/widgets.py)."""
from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QAbstractTableModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class RowsTableModel(QAbstractTableModel):
    """Rows held in memory, one a table row; ``set_rows()`` replaces them all.

    A subclass names its columns, sets ``COLUMN_COUNT`` (or overrides
    ``columnCount()``) and answers ``data()`` and ``headerData()``.
    """

    COLUMN_COUNT = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row]

    def rows(self) -> list:
        return list(self._rows)

    def retranslate(self) -> None:
        """Headers and cells may hold translated words: tell the views to read them again."""
        last = self.columnCount() - 1
        self.headerDataChanged.emit(QtCore.Qt.Orientation.Horizontal, 0, last)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else self.COLUMN_COUNT


def list_table(model: QAbstractTableModel, parent: QWidget, name: str) -> QTableView:
    """A read-only list: whole rows, one at a time, Tab leaves it, columns as
    wide as their contents and the last one taking the rest."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    return table
