"""Columns as wide as their contents, in whatever room the window gives.

Qt's own modes each fail somewhere: "resize to contents" pushes the last
columns out of sight when the window is narrow (a horizontal scroll bar
nobody sees), "stretch" squeezes a name to a few letters while a column of
codes keeps its full width. Here every column gets the width of its longest
text (header included) when they all fit; the spare room goes to the columns
named ``elastic`` (names, places, titles). Only when the window is too narrow
for everything are the elastic columns narrowed, each down to a floor, and
their texts elided; the full text is in each cell's tooltip (the model's job).
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

FLOOR_CHARS = 10  # an elastic column never narrower than this many average characters
PADDING = 4  # a little room beside the text (the cell's own margins are in its size hint)


class FittedColumns(QObject):
    """Keeps ``table``'s columns fitted; made once per table, lives as long as it."""

    def __init__(self, table: QTableView, *, elastic: Sequence[int]):
        super().__init__(table)
        self.table = table
        self.elastic = tuple(elastic)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Once per turn of the event loop, however many rows arrived.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged,
                       model.layoutChanged, model.headerDataChanged):
            signal.connect(self.schedule)
        table.viewport().installEventFilter(self)
        self.schedule()

    def schedule(self, *_args) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self.schedule()
        return False

    def wanted(self, column: int) -> int:
        """The width that shows the column's longest text and its header whole."""
        header = self.table.horizontalHeader()
        return max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column)) + PADDING

    def fit(self) -> None:
        table = self.table
        model = table.model()
        columns = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
        if not columns:
            return
        wanted = {c: self.wanted(c) for c in columns}
        room = table.viewport().width()
        total = sum(wanted.values())
        elastic = [c for c in self.elastic if c in wanted]
        widths = dict(wanted)
        if total <= room:
            if elastic:
                spare, share = room - total, (room - total) // len(elastic)
                for c in elastic:
                    widths[c] += share
                widths[elastic[-1]] += spare - share * len(elastic)
        elif elastic:
            # One cap for the elastic columns, the widest that lets everything fit:
            # the longest texts give way first and alike, none below the floor.
            floor = table.fontMetrics().averageCharWidth() * FLOOR_CHARS + PADDING
            fixed = total - sum(wanted[c] for c in elastic)
            cap = max(wanted[c] for c in elastic)
            while cap > floor and fixed + sum(min(wanted[c], cap) for c in elastic) > room:
                cap -= 1
            for c in elastic:
                widths[c] = min(wanted[c], max(cap, floor))
        header = table.horizontalHeader()
        for c, width in widths.items():
            if header.sectionSize(c) != width:
                header.resizeSection(c, width)

    def in_sight(self, column: int) -> bool:
        """The column's contents are shown whole (for tests and the curious)."""
        return self.table.columnWidth(column) >= self.wanted(column)
