"""The dashboard's pieces: a table of figures and the card that puts a chart
beside it.

A figure is shown exact here (this is the director's own screen), beside the
same figure of the previous period and of the same period a year before, and
the difference to each ("+12 (+8%)").
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QGroupBox, QHBoxLayout, QHeaderView,
                               QSizePolicy, QTableView, QWidget)

from desktop.i18n import fill
from desktop.views.kit.widgets import RowsTableModel

from .charts import CategoryBars, MonthBars

MINUS = "\u2212"


def figure_text(value: float | None, *, hours: bool = False) -> str:
    """A figure as the interface language writes numbers; "—" where there is none."""
    if value is None:
        return "—"
    locale = QLocale()
    if hours or (isinstance(value, float) and not value.is_integer()):
        text = locale.toString(float(value), "f", 1)
        zero = locale.toString(0.0, "f", 1)[1:]
        return text[:-len(zero)] if text.endswith(zero) else text
    return locale.toString(int(value))


def change_text(now: float, before: float, *, hours: bool = False) -> str:
    """"+12 (+8%)", "−3 (−20%)", "0"; no percentage against nothing."""
    difference = round(now - before, 1)
    if difference == 0:
        return "0"
    sign = "+" if difference > 0 else MINUS
    text = sign + figure_text(abs(difference), hours=hours)
    if before:
        percent = round(100 * difference / before)
        text += fill(QCoreApplication.translate("Dashboard", " (%1%)", "a change in per cent"),
                     ("+" if percent > 0 else MINUS if percent < 0 else "") + QLocale().toString(abs(percent)))
    return text


@dataclass(frozen=True)
class FigureLine:
    """A row of a figures table: its label and its cells, already written."""

    label: str
    cells: tuple[str, ...]
    strong: bool = False  # a total


class FiguresTableModel(RowsTableModel):
    """A label column, then figures aligned right."""

    _rows: list[FigureLine]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.header_tips: tuple[str, ...] = ()

    def set_table(self, headers: Sequence[str], rows: Sequence[FigureLine], tips: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self.headers = tuple(headers)
        self.header_tips = tuple(tips)
        self._rows = list(rows)
        self.endResetModel()

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line.label if index.column() == 0 else line.cells[index.column() - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and line.strong:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or section >= len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.header_tips):
            return self.header_tips[section] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cell(self, label: str, column: int) -> str:
        """The text in ``column`` of the row labelled ``label`` (tests read the screen so)."""
        for line in self._rows:
            if line.label == label:
                return line.cells[column - 1]
        raise KeyError(label)


def figures_table(model: FiguresTableModel, parent: QWidget, name: str) -> QTableView:
    """A table as tall as its rows: the page scrolls, not each table."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # As wide as its columns, whatever the language: a long Kazakh category
    # name widens the table and the chart beside it gives way.
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    model.modelReset.connect(lambda: _fit(table))
    return table


def _fit(table: QTableView) -> None:
    """Every row shown: the page scrolls, not the table."""
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    rows = table.model().rowCount()
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(rows))
    if table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height + 2)


class FigureCard(QGroupBox):
    """A chart and its table side by side, under the table's title."""

    def __init__(self, key: str, *, months: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card_{key.replace('/', '_')}")
        self.chart = MonthBars(self) if months else CategoryBars(self)
        self.chart.setObjectName(f"chart_{key.replace('/', '_')}")
        self.model = FiguresTableModel(self)
        self.table = figures_table(self.model, self, f"table_{key.replace('/', '_')}")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 10)
        row.setSpacing(16)
        row.addWidget(self.chart, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.table, 0, Qt.AlignmentFlag.AlignTop)
