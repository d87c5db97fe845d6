"""Bars painted with QPainter: the dashboard's charts.

Two kinds, both plain: ``MonthBars`` (a column a month over the last 13
months, the period's months in the branch's red, the others grey, one or two
series side by side) and ``CategoryBars`` (a bar a category, longest
figure widest, its figure at its end). QtCharts would do the same from the
`pyside6-addons` wheel, which is several times the size of the whole program;
these few bars do not need it.

Every bar tells its figure in a tooltip, and the chart's accessible
description lists them, so the chart can be read without seeing it; the
table beside it says the same in full.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

RED = QColor("#9e1b20")
RED_LIGHT = QColor("#d98a8d")
GREY = QColor("#c7bdc2")
GREY_DARK = QColor("#8c8288")
GRID = QColor("#e3e3e8")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]  # None: not counted
    texts: tuple[str, ...]            # each value as the table writes it


def _nice_top(value: float) -> float:
    """A round number at or above ``value`` for the top of the scale: 1, 2, 2.5, 5 × 10ⁿ."""
    if value <= 0:
        return 1
    step = 1.0
    while step * 10 <= value:
        step *= 10
    while step > value * 10:
        step /= 10
    for factor in (1, 2, 2.5, 5, 10):
        if step * factor >= value:
            return step * factor
    return step * 10


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._hits: list[tuple[QRectF, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def event(self, event: QEvent) -> bool:  # noqa: D401 (Qt override)
        if event.type() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())
            for rect, text in self._hits:
                if rect.contains(pos):
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def texts(self) -> list[str]:
        """What each bar says, as its tooltip does (tests and screen readers)."""
        return [text for _, text in self._hits]

    def _describe(self, lines: Sequence[str]) -> None:
        self.setAccessibleDescription("\n".join(lines))


class MonthBars(_Chart):
    """A column a month; ``highlighted`` months (the period's) in red."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: tuple[str, ...] = ()
        self.years: tuple[str, ...] = ()
        self.titles: tuple[str, ...] = ()
        self.highlighted: tuple[bool, ...] = ()
        self.series: tuple[Series, ...] = ()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(420, 210)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(260, 210)

    def set_bars(self, months: Sequence[str], years: Sequence[str], highlighted: Sequence[bool],
                 series: Sequence[Series], titles: Sequence[str]) -> None:
        """``months``: a short name under each column; ``years``: the year
        under the first column and every January ("" elsewhere); ``titles``:
        each month's whole name, for its tooltip."""
        self.months, self.years, self.highlighted = tuple(months), tuple(years), tuple(highlighted)
        self.titles = tuple(titles)
        self.series = tuple(series)
        lines = []
        for i, title in enumerate(self.titles):
            lines.append(title + ": " + ", ".join(f"{s.name} {s.texts[i]}" if len(self.series) > 1 else s.texts[i]
                                                  for s in self.series))
        self._describe(lines)
        self._layout_hits()
        self.update()

    def _plot(self) -> tuple[QRectF, float]:
        fm = QFontMetrics(self.font())
        legend = fm.height() + 6 if len(self.series) > 1 else 0
        top = max((v for s in self.series for v in s.values if v is not None), default=0)
        scale = _nice_top(top)
        left = fm.horizontalAdvance(self._axis_text(scale)) + 10
        area = QRectF(left, 8 + legend, max(self.width() - left - 6, 10),
                      max(self.height() - 8 - legend - 2 * fm.height() - 8, 10))
        return area, scale

    @staticmethod
    def _axis_text(value: float) -> str:
        return f"{value:g}" if value < 10_000 else f"{value / 1000:g}k"

    def _bars(self):
        area, scale = self._plot()
        n = max(len(self.months), 1)
        slot = area.width() / n
        width = slot * 0.72 / max(len(self.series), 1)
        for i in range(len(self.months)):
            for k, series in enumerate(self.series):
                value = series.values[i] if i < len(series.values) else None
                if value is None:
                    continue
                height = area.height() * value / scale
                x = area.left() + i * slot + slot * 0.14 + k * width
                yield i, k, QRectF(x, area.bottom() - height, width, height), QRectF(x, area.top(), width,
                                                                                       area.height())

    def _layout_hits(self) -> None:
        self._hits = []
        for i, k, _bar, column in self._bars():
            series, month = self.series[k], self.titles[i]
            self._hits.append((column, f"{month}: {series.name} {series.texts[i]}" if len(self.series) > 1
                               else f"{month}: {series.texts[i]}"))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._layout_hits()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        fm = QFontMetrics(self.font())
        area, scale = self._plot()
        # The scale: four lines across, their figures on the left.
        for step in range(5):
            y = area.bottom() - area.height() * step / 4
            painter.setPen(GRID)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            label = self._axis_text(scale * step / 4)
            painter.drawText(QRectF(0, y - fm.height() / 2, area.left() - 6, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        for i, k, bar, _column in self._bars():
            inside = i < len(self.highlighted) and self.highlighted[i]
            colour = (RED if k == 0 else RED_LIGHT) if inside else (GREY if k == 0 else GREY_DARK)
            painter.fillRect(bar, colour)
        n = max(len(self.months), 1)
        slot = area.width() / n
        painter.setPen(text)
        for i, month in enumerate(self.months):
            cell = QRectF(area.left() + i * slot - 4, area.bottom() + 3, slot + 8, fm.height())
            painter.drawText(cell, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             fm.elidedText(month, Qt.TextElideMode.ElideRight, int(slot + 6)))
            if self.years[i]:
                painter.drawText(cell.translated(0, fm.height()), Qt.AlignmentFlag.AlignHCenter, self.years[i])
        if len(self.series) > 1:
            x = area.left()
            for k, series in enumerate(self.series):
                painter.fillRect(QRectF(x, 4, 10, 10), RED if k == 0 else RED_LIGHT)
                painter.drawText(QPointF(x + 14, 4 + fm.ascent() - 1), series.name)
                x += 14 + fm.horizontalAdvance(series.name) + 18
        painter.end()


class CategoryBars(_Chart):
    """A horizontal bar a category, the category's name on its left and its
    figure at its end; a withheld or missing figure has no bar."""

    ROW = 24

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.labels: tuple[str, ...] = ()
        self.values: tuple[float | None, ...] = ()
        self.value_texts: tuple[str, ...] = ()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(380, max(len(self.labels), 1) * self.ROW + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(220, self.sizeHint().height())

    def set_bars(self, labels: Sequence[str], values: Sequence[float | None], texts: Sequence[str]) -> None:
        self.labels, self.values, self.value_texts = tuple(labels), tuple(values), tuple(texts)
        self._describe([f"{label}: {text}" for label, text in zip(self.labels, self.value_texts)])
        self.setFixedHeight(self.sizeHint().height())
        self._layout_hits()
        self.updateGeometry()
        self.update()

    def _label_width(self) -> int:
        fm = QFontMetrics(self.font())
        widest = max((fm.horizontalAdvance(label) for label in self.labels), default=0)
        # Labels take what they need, up to two fifths of the chart: a long
        # Kazakh or Russian name is cut with "…" (the table beside has it whole).
        return min(widest + 8, int(self.width() * 0.4))

    def _rows(self):
        fm = QFontMetrics(self.font())
        label_w = self._label_width()
        figure_w = max((fm.horizontalAdvance(t) for t in self.value_texts), default=0) + 10
        room = max(self.width() - label_w - figure_w - 6, 10)
        top = max((v for v in self.values if v is not None), default=0) or 1
        for i, label in enumerate(self.labels):
            y = 4 + i * self.ROW
            value = self.values[i]
            length = room * (value or 0) / top
            bar = QRectF(label_w + 4, y + 4, length, self.ROW - 8)
            yield i, label, QRectF(0, y, self.width(), self.ROW), bar, label_w

    def _layout_hits(self) -> None:
        self._hits = [(row, f"{label}: {self.value_texts[i]}") for i, label, row, _bar, _w in self._rows()]

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._layout_hits()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        fm = QFontMetrics(self.font())
        painter.setPen(text)
        for i, label, row, bar, label_w in self._rows():
            painter.drawText(QRectF(0, row.top(), label_w, row.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 4))
            if bar.width() > 0:
                painter.fillRect(bar, RED)
            painter.drawText(QRectF(bar.right() + 5, row.top(), self.width(), row.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.value_texts[i])
        painter.end()
