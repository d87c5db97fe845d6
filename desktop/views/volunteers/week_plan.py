"""The coordinator's week: days across, sites down, each cell's shifts with
their open places plain to see; the week's open places beside it; making
shifts one by one, from the weekly templates or by copying a week; printing
the roster and the sign-in sheet.

The plan of a week is a handful of queries: a week of 250 shifts with 500
assignments loaded with its open places in about 60 ms here (the target is
200 ms), so it loads on the GUI thread; the printed pages are made on the
window's WorkerPool.
"""
from __future__ import annotations

import datetime as dt
import textwrap
import uuid
from enum import StrEnum

from PySide6.QtCore import (QAbstractTableModel, QEvent, QLocale, QModelIndex, QObject, QPersistentModelIndex, QRect,
                            QSize, Qt)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services.documents import DocumentService
from desktop.services.permissions import Action, allowed
from desktop.services.shift_assignments import ShiftAssignments
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import OpenPlace, ShiftRow, WeekPlan, need_label
from desktop.services.shift_templates import ShiftTemplates, TemplatesCancelled
from desktop.views.kit.changes import Change, ChangeBus
from desktop.views.kit.dates import add_weeks, day_and_month, this_week, time_range, week_label, weekday_and_date
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.output import DocumentOutput, PrintPagesDialog
from desktop.views.kit.printing import Printers
from desktop.views.kit.widgets import MessageLabel, Retranslatable, RowsTableModel, list_table
from desktop.views.kit.workers import JobContext, WorkerPool
from desktop.views.volunteers.plan_marks import (
    FULL_BACKGROUND,
    FULL_MARK,
    GAP_BACKGROUND,
    GAP_MARK,
    GAP_TEXT,
    NIGHT_MARK,
    OVER_BACKGROUND,
    OVER_TEXT,
    PLAN_RECORDS,
)
from desktop.views.volunteers.sites_dialog import SitesDialog
from desktop.views.volunteers.week_dialogs import CopyWeekDialog, DateRangeDialog, ShiftChooser


# -- the grid -------------------------------------------------------------------------------
class Cell(StrEnum):
    """How a shift's block looks: places to fill, full, or over with places
    that were never filled (grey: nothing to do about them now)."""

    OPEN = "open"
    FULL = "full"
    OVER = "over"


# A break is allowed after the dash: in a narrow column "20:00–" and "02:00 ☾"
# take a line each rather than being cut.
DASH = "–\u200b"


class WeekGridModel(QAbstractTableModel):
    """Sites (rows) × the week's days (columns); each cell holds its shifts."""

    SHIFTS_ROLE = Qt.ItemDataRole.UserRole + 1
    LINES_ROLE = Qt.ItemDataRole.UserRole + 2  # [(lines, Cell)] for the delegate
    SITE_WIDTH = 18  # characters of a site's name on one line of the row headers

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: WeekPlan | None = None
        self.now = dt.datetime.now().astimezone()

    def set_plan(self, plan: WeekPlan, *, now: dt.datetime | None = None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.now = now or dt.datetime.now().astimezone()
        self.endResetModel()

    def over(self, row: ShiftRow) -> bool:
        return row.ends_at <= self.now

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 6))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() or self.plan is None else len(self.plan.sites)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() or self.plan is None else len(self.plan.days)

    def day_at(self, column: int) -> dt.date:
        return self.plan.days[column]

    def site_at(self, row: int):
        return self.plan.sites[row]

    def shifts_at(self, index: QModelIndex | QPersistentModelIndex) -> tuple[ShiftRow, ...]:
        if not index.isValid() or self.plan is None:
            return ()
        return self.plan.cell(self.plan.days[index.column()], self.plan.sites[index.row()].site_id)

    def find(self, shift_id: uuid.UUID) -> QModelIndex:
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                if any(s.shift_id == shift_id for s in self.shifts_at(self.index(r, c))):
                    return self.index(r, c)
        return QModelIndex()

    def lines(self, row: ShiftRow) -> tuple[tuple[str, ...], Cell]:
        """What a cell shows of a shift, short enough for a narrow column:
        "22:00–06:00 ☾", the title if any, and "⚠ 1/3 · 2 open" (or "✓ 3/3",
        or "1/3 · 2 not filled" once it is over); and how the block looks."""
        first = f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M}"
        if row.night:
            first += f" {NIGHT_MARK}"
        if not row.gap:
            last, cell = f"{FULL_MARK} {row.assigned}/{row.headcount}", Cell.FULL
        elif self.over(row):
            last, cell = f"{row.assigned}/{row.headcount} · " + self.tr("%n not filled", "", row.gap), Cell.OVER
        else:
            last, cell = f"{GAP_MARK} {row.assigned}/{row.headcount} · " + self.tr("%n open", "", row.gap), Cell.OPEN
        return ((first, row.title, last) if row.title else (first, last)), cell

    def describe(self, row: ShiftRow) -> str:
        """A whole shift in words, for the tool tip, screen readers and choosers."""
        first = time_range(row.starts_at, row.ends_at)
        if row.night:
            first += f", {NIGHT_MARK} " + self.tr("night shift")
        if row.title:
            first += f", {row.title}"
        second = fill(self.tr("%1 of %2 volunteers"), row.assigned, row.headcount)
        if not row.gap:
            second += " — " + self.tr("full")
        elif self.over(row):
            second += " — " + self.tr("over; %n place(s) not filled", "", row.gap)
        else:
            second = f"{GAP_MARK} " + second + " — " + self.tr("%n place(s) open", "", row.gap)
        needs = ", ".join(fill(self.tr("%1: %2 of %3"), need_label(n), n.filled, n.needed) for n in row.needs)
        return f"{first}\n{second}\n{needs}"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        shifts = self.shifts_at(index)
        if role == self.SHIFTS_ROLE:
            return shifts
        if role == self.LINES_ROLE:
            return [self.lines(s) for s in shifts]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return "\n".join(" ".join(self.lines(s)[0]) for s in shifts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(self.describe(s) for s in shifts) or self.tr(
                "No shift here. Press Insert to make one.")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if self.plan is None:
            return None
        if role == Qt.ItemDataRole.FontRole and orientation == Qt.Orientation.Horizontal:
            if section < len(self.plan.days) and self.plan.days[section] == dt.date.today():
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Vertical:
            # A site's row grows with its shifts: its name stays at the top, in sight.
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            if section < len(self.plan.days) and self.plan.days[section] == dt.date.today():
                return self.tr("Today")
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.plan.sites):
            site = self.plan.sites[section]
            return f"{site.name}\n{site.address}" if site.address else site.name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.day_heading(self.plan.days[section]) if section < len(self.plan.days) else None
        if section >= len(self.plan.sites):
            return None
        # Long names take more lines, not the week's width.
        return "\n".join(textwrap.wrap(self.plan.sites[section].name, self.SITE_WIDTH, break_long_words=False)
                         or [""])

    @staticmethod
    def day_heading(day: dt.date) -> str:
        """"Mon" over "23 Nov": two short lines leave the seven days room."""
        return f"{QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)}\n{day_and_month(day)}"


class ShiftCellDelegate(QStyledItemDelegate):
    """Draws each shift of a cell as a small block: the time (and the night
    mark), the title, then how many are on it; a block with open places is
    red, marked ⚠ and says how many are open (never colour alone); one that
    is over with places never filled is grey and says so, without the mark:
    nothing can be done about it now. Lines wrap in a narrow column (Kazakh
    and Russian run long) rather than being cut."""

    # frame, background and last line of each kind of block
    COLOURS = {Cell.OPEN: (GAP_TEXT, GAP_BACKGROUND, GAP_TEXT),
               Cell.FULL: ("#2e7d32", FULL_BACKGROUND, "#1b5e20"),
               Cell.OVER: (OVER_TEXT, OVER_BACKGROUND, OVER_TEXT)}

    PAD = 4
    FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return option.font, bold

    def _layout(self, option: QStyleOptionViewItem, lines: tuple[str, ...], cell: Cell, width: int) -> list[int]:
        """The height of each line wrapped into ``width``."""
        plain, bold = self._fonts(option)
        out = []
        for i, line in enumerate(lines):
            font = bold if cell is Cell.OPEN and i == len(lines) - 1 else plain
            out.append(QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 20), 10_000), int(self.FLAGS),
                                                       line.replace("–", DASH)).height())
        return out

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        return option.rect.width() - 4 * self.PAD if option.rect.width() > 0 else 200

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt override)
        blocks = index.data(WeekGridModel.LINES_ROLE) or []
        metrics = QFontMetrics(option.font)
        width = self._text_width(option)
        height = sum(sum(self._layout(option, lines, cell, width)) + 3 * self.PAD for lines, cell in blocks)
        natural = max([metrics.horizontalAdvance(x) for lines, _ in blocks for x in lines] or [80])
        return QSize(min(natural, 220) + 4 * self.PAD, max(height + self.PAD, 2 * metrics.lineSpacing() + 4 * self.PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        blocks = index.data(WeekGridModel.LINES_ROLE) or []
        plain, bold = self._fonts(option)
        width = self._text_width(option)
        painter.save()
        try:
            top = option.rect.top() + self.PAD
            for lines, cell in blocks:
                heights = self._layout(option, lines, cell, width)
                frame, background, last_line = self.COLOURS[cell]
                block = QRect(option.rect.left() + self.PAD, top, option.rect.width() - 2 * self.PAD,
                              sum(heights) + 2 * self.PAD)
                painter.setPen(QPen(QColor(frame), 1))
                painter.setBrush(QBrush(QColor(background)))
                painter.drawRoundedRect(block, 3, 3)
                y = block.top() + self.PAD
                for i, (line, height) in enumerate(zip(lines, heights)):
                    last = i == len(lines) - 1
                    painter.setFont(bold if last and cell is Cell.OPEN else plain)
                    painter.setPen(QColor(last_line if last else "#202124"))
                    painter.drawText(QRect(block.left() + self.PAD, y, width, height), int(self.FLAGS),
                                     line.replace("–", DASH))
                    y += height
                top += block.height() + self.PAD
        finally:
            painter.restore()


class OpenPlacesModel(RowsTableModel):
    SITE, DAY, TIME, NEED, OPEN = range(5)
    COLUMN_COUNT = 5
    _rows: list[OpenPlace]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.SITE: p.site_name,
                self.DAY: weekday_and_date(p.starts_at.date()),
                self.TIME: time_range(p.starts_at, p.ends_at),
                self.NEED: need_label(p),
                self.OPEN: str(p.missing),
            }.get(index.column())
        if role == Qt.ItemDataRole.ForegroundRole and p.ends_at <= dt.datetime.now().astimezone():
            return QBrush(QColor(OVER_TEXT))  # over: no longer to be filled
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.OPEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.SITE: self.tr("Site"),
            self.DAY: self.tr("Day"),
            self.TIME: self.tr("Time"),
            self.NEED: self.tr("Need"),
            self.OPEN: self.tr("Open"),
        }.get(section)


# -- the page -------------------------------------------------------------------------------
class WeekPlanView(Retranslatable, QWidget):
    """One week at a time: the grid, the open places, and the planning buttons."""

    def __init__(self, shifts: ShiftPlanning, assignments: ShiftAssignments, templates: ShiftTemplates, *,
                 documents: DocumentService, printers: Printers, workers: WorkerPool, bus: ChangeBus,
                 dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("week_plan")
        self.shifts = shifts
        self.assignments = assignments
        self.templates = templates
        self.workers = workers
        self.bus = bus
        self.dialogs = dialogs
        role = shifts.identity.role
        self.may_plan = allowed(role, Action.PLAN_SHIFTS)
        self.opener = DialogOpener(self)
        self.week = this_week()

        self.previous_button = QPushButton(self)
        self.previous_button.setObjectName("previous_week")
        self.previous_button.clicked.connect(lambda: self.show_week(*add_weeks(*self.week, -1)))
        self.this_button = QPushButton(self)
        self.this_button.setObjectName("this_week")
        self.this_button.clicked.connect(lambda: self.show_week(*this_week()))
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next_week")
        self.next_button.clicked.connect(lambda: self.show_week(*add_weeks(*self.week, 1)))
        self.week_title = QLabel(self)
        self.week_title.setObjectName("week_title")
        font = QFont(self.week_title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.week_title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("week_summary")
        self.summary.setWordWrap(True)

        self.model = WeekGridModel(self)
        self.grid = QTableView(self)
        self.grid.setObjectName("week_grid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(ShiftCellDelegate(self.grid))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Narrower than half a shift's time ("20:00–") the cells are unreadable:
        # scroll instead. Wider needs are wrapped: the times over two lines, the
        # day over the date; so the whole week fits the window from 1024 pixels.
        self.grid.horizontalHeader().setMinimumSectionSize(
            QFontMetrics(self.grid.font()).horizontalAdvance("00:00–") + 5 * ShiftCellDelegate.PAD)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.doubleClicked.connect(self.open_cell)
        self.grid.installEventFilter(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("no_sites")
        self.empty.setWordWrap(True)

        self.legend = QLabel(self)
        self.legend.setObjectName("week_legend")
        self.legend.setWordWrap(True)
        self.places_label = QLabel(self)
        self.places_model = OpenPlacesModel(self)
        self.places = list_table(self.places_model, self, "open_places")
        self.places.horizontalHeader().setStretchLastSection(False)
        self.places.horizontalHeader().setSectionResizeMode(OpenPlacesModel.NEED, QHeaderView.ResizeMode.Stretch)
        self.places.doubleClicked.connect(lambda _i: self.open_place())
        self.places.installEventFilter(self)
        self.places_label.setBuddy(self.places)

        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_shift")
        self.new_button.clicked.connect(lambda: self.new_shift())
        self.templates_button = QPushButton(self)
        self.templates_button.setObjectName("apply_templates")
        self.templates_button.clicked.connect(self.apply_templates)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy_week")
        self.copy_button.clicked.connect(self.copy_week)
        self.sites_button = QPushButton(self)
        self.sites_button.setObjectName("edit_sites")
        self.sites_button.clicked.connect(self.edit_sites)
        for b in (self.new_button, self.templates_button, self.copy_button, self.sites_button):
            b.setVisible(self.may_plan)
        # One button with a menu: two long names (in Kazakh and Russian) would not fit beside the week's.
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_pages")
        self.print_menu = QMenu(self.print_button)
        self.roster_action = self.print_menu.addAction("")
        self.roster_action.triggered.connect(self.print_roster)
        self.sign_in_action = self.print_menu.addAction("")
        self.sign_in_action.triggered.connect(lambda: self.print_sign_in())
        self.print_button.setMenu(self.print_menu)
        self.message = MessageLabel(self)
        self.message.setObjectName("week_message")
        self.output = DocumentOutput(documents, workers=workers, dialogs=dialogs, printers=printers,
                                     message=self.message, name="week_printing", parent=self)
        self.output.busy_changed.connect(lambda _busy: self._update_buttons())

        self.week_title.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.this_button)
        top.addWidget(self.next_button)
        top.addStretch(1)
        top.addWidget(self.print_button)
        actions = QHBoxLayout()
        for b in (self.new_button, self.templates_button, self.copy_button, self.sites_button):
            actions.addWidget(b)
        actions.addStretch(1)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.output.long_work, 1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self.legend)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 0, 0)
        right_layout.addWidget(self.places_label)
        right_layout.addWidget(self.places, 1)
        # The open places below the grid: the seven days keep the whole width.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 160])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        # Rows kept short: labels run about 1.4 times longer in Kazakh and Russian.
        layout.addWidget(self.week_title)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addLayout(busy_row)
        layout.addWidget(splitter, 1)

        QWidget.setTabOrder(self.previous_button, self.this_button)
        QWidget.setTabOrder(self.this_button, self.next_button)
        QWidget.setTabOrder(self.new_button, self.templates_button)
        QWidget.setTabOrder(self.templates_button, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.sites_button)
        QWidget.setTabOrder(self.next_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.new_button)
        QWidget.setTabOrder(self.sites_button, self.grid)
        QWidget.setTabOrder(self.grid, self.places)
        self.setFocusProxy(self.grid)

        bus.changed.connect(self._on_change)
        self.retranslate_ui()
        self.reload()

    # -- language ----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.previous_button.setText(self.tr("◀ &Previous week"))
        self.this_button.setText(self.tr("T&his week"))
        self.next_button.setText(self.tr("Ne&xt week ▶"))
        self.new_button.setText(self.tr("&New shift… (Insert)"))
        self.templates_button.setText(self.tr("Apply &templates…"))
        self.copy_button.setText(self.tr("&Copy week to…"))
        self.sites_button.setText(self.tr("S&ites…"))
        self.print_button.setText(self.tr("&Print"))
        self.roster_action.setText(self.tr("The week's &roster…"))
        self.sign_in_action.setText(self.tr("A day's &sign-in sheet…"))
        self.places_label.setText(self.tr("&Open places this week"))
        self.grid.setToolTip(self.tr("Arrows move between days and sites. Enter opens the shift, Insert makes a "
                                     "new one, Delete removes an empty one. Page Up and Page Down change the week."))
        self.legend.setText(fill(self.tr("%1 places open   %2 full   %3 night shift   grey: over, places not filled"),
                                 GAP_MARK, FULL_MARK, NIGHT_MARK))
        self.empty.setText(self.tr("No sites yet. A shift belongs to a site: add the branch's sites first "
                                   "(Sites…).") if self.may_plan else self.tr("No sites yet."))
        self.model.retranslate()
        self.places_model.retranslate()
        self._show_title()

    def _show_title(self) -> None:
        title = week_label(*self.week)
        if tuple(self.week) == this_week():
            title = fill(self.tr("%1 (this week)"), title)
        self.week_title.setText(title)
        plan = self.model.plan
        if plan is None:
            self.summary.setText("")
        elif not plan.shifts:
            self.summary.setText(self.tr("No shifts this week yet."))
        else:
            text = self.tr("%n shift(s)", "", len(plan.shifts)) + ", " + fill(
                self.tr("%1 of %2 places filled"), plan.needed - plan.gaps, plan.needed)
            if plan.gaps:
                text += f" — {GAP_MARK} " + self.tr("%n place(s) open", "", plan.gaps)
            self.summary.setText(text)

    # -- loading -----------------------------------------------------------------------
    def show_week(self, iso_year: int, iso_week: int) -> None:
        self.week = (iso_year, iso_week)
        self.reload()

    def reload(self) -> None:
        current = self.grid.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, 0)
        try:
            plan = self.shifts.week_plan(*self.week)
            places = self.shifts.open_places(plan.days[0], plan.days[-1])
        except Refused as err:
            self.message.show_error(str(err))
            return
        self.model.set_plan(plan)
        self.places_model.set_rows(places)
        self.empty.setVisible(not plan.sites)
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), column))
        self._show_title()
        self._update_buttons()

    def _on_change(self, change: Change) -> None:
        if change.touches(*PLAN_RECORDS):
            self.reload()

    def _update_buttons(self) -> None:
        has_sites = self.model.rowCount() > 0
        idle = not self.output.busy()
        # One piece of long work at a time (the templates, or a page being made);
        # meanwhile nothing else writes and waits for it on the GUI thread.
        self.new_button.setEnabled(has_sites and idle)
        self.templates_button.setEnabled(idle)
        self.copy_button.setEnabled(bool(self.model.plan and self.model.plan.shifts) and idle)
        self.print_button.setEnabled(idle)

    def current_cell(self) -> tuple[dt.date | None, uuid.UUID | None]:
        index = self.grid.currentIndex()
        if not index.isValid():
            return None, None
        return self.model.day_at(index.column()), self.model.site_at(index.row()).site_id

    def select_shift(self, shift_id: uuid.UUID) -> bool:
        index = self.model.find(shift_id)
        if index.isValid():
            self.grid.setCurrentIndex(index)
        return index.isValid()

    # -- keyboard ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.grid and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            new = event.matches(QKeySequence.StandardKey.New) or event.key() == Qt.Key.Key_Insert
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            delete = event.key() == Qt.Key.Key_Delete
            page = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}.get(event.key())
            if event.type() == QEvent.Type.ShortcutOverride:
                # Ctrl+N here makes a shift, not the window's "new visitor".
                if new or enter or delete:
                    event.accept()
                    return True
                return False
            if page is not None:
                self.show_week(*add_weeks(*self.week, page))
                return True
            if enter:
                self.open_cell(self.grid.currentIndex())
                return True
            if new:
                self.new_shift()
                return True
            if delete:
                self.delete_shift()
                return True
        if watched is self.places and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_place()
            return True
        return super().eventFilter(watched, event)

    # -- shifts ------------------------------------------------------------------------

    def _shift_dialog(self, **kwargs) -> None:
        # Imported here: shift_dialog uses this module's helpers.
        from desktop.views.volunteers.shift_dialog import ShiftDialog

        try:
            dialog = ShiftDialog(self.shifts, self.assignments, workers=self.workers, dialogs=self.dialogs,
                                 parent=self, **kwargs)
        except Refused as err:  # removed meanwhile at another desk
            self.message.show_error(str(err))
            self.reload()
            return

        def saved() -> None:
            if dialog.saved is not None:
                self.select_shift(dialog.saved.shift_id)
                self.message.show_done(lambda: fill(self.tr("The shift of %1, %2 was saved."),
                                            weekday_and_date(dialog.saved.starts_at.date()),
                                            time_range(dialog.saved.starts_at, dialog.saved.ends_at)))
        self.opener.open(dialog, saved)
        dialog.finished.connect(lambda _r: self.grid.setFocus())

    def open_cell(self, index: QModelIndex | None = None) -> None:
        index = index if index is not None and index.isValid() else self.grid.currentIndex()
        if not index.isValid() or self.opener.busy():
            return
        shifts = self.model.shifts_at(index)
        if len(shifts) == 1:
            self.open_shift(shifts[0].shift_id)
        elif not shifts:
            self.new_shift()
        else:
            chooser = ShiftChooser(shifts, describe=self.model.describe, offer_new=self.may_plan,
                                   title=self.tr("Which shift?"), parent=self)

            def chosen() -> None:
                choice = chooser.chosen()
                if choice == ShiftChooser.NEW:
                    self.new_shift()
                elif choice is not None:
                    self.open_shift(choice)
            self.opener.open(chooser, chosen)

    def open_shift(self, shift_id: uuid.UUID) -> None:
        if not self.opener.busy():
            self._shift_dialog(shift_id=shift_id)

    def new_shift(self) -> None:
        if not self.may_plan or self.opener.busy() or self.output.busy() or not self.model.rowCount():
            return
        day, site_id = self.current_cell()
        self._shift_dialog(day=day, site_id=site_id)

    def open_place(self) -> None:
        rows = self.places.selectionModel().selectedRows()
        if rows:
            place = self.places_model.row_at(rows[0].row())
            self.select_shift(place.shift_id)
            self.open_shift(place.shift_id)

    def delete_shift(self) -> None:
        if not self.may_plan or self.opener.busy():
            return
        shifts = self.model.shifts_at(self.grid.currentIndex())
        if not shifts:
            return
        if len(shifts) == 1:
            self._delete(shifts[0])
            return
        chooser = ShiftChooser(shifts, describe=self.model.describe, offer_new=False,
                               title=self.tr("Remove which shift?"), parent=self)

        def chosen() -> None:
            row = next((s for s in shifts if s.shift_id == chooser.chosen()), None)
            if row is not None:
                self._delete(row)
        self.opener.open(chooser, chosen)

    def _delete(self, row: ShiftRow) -> None:
        try:
            row = self.shifts.shift(row.shift_id)  # as it is now: someone may have assigned meanwhile
        except Refused as err:
            self.message.show_error(str(err))
            self.reload()
            return
        when = fill(self.tr("%1, %2 at %3"), weekday_and_date(row.starts_at.date()),
                    time_range(row.starts_at, row.ends_at), row.site_name)
        if any(a.status != "declined" for a in row.assignments):
            self.message.show_error(lambda: fill(self.tr("The shift of %1 has volunteers on it. Open it to change who "
                                                 "is on it; only an empty shift is removed here."), when))
            return
        if not self.dialogs.question(self, self.tr("Remove the shift?"),
                                     fill(self.tr("Remove the shift of %1?"), when),
                                     accept_text=self.tr("Remove"), reject_text=self.tr("Keep it")):
            return
        try:
            self.shifts.delete_shift(row.shift_id)
        except Refused as err:
            self.message.show_error(str(err))
            return
        self.message.show_done(lambda: fill(self.tr("The shift of %1 was removed."), when))

    def edit_sites(self) -> None:
        if self.may_plan and not self.opener.busy():
            self.opener.open(SitesDialog(self.shifts, parent=self))

    # -- whole weeks -------------------------------------------------------------------
    def apply_templates(self) -> None:
        if not self.may_plan or self.opener.busy() or self.output.busy():
            return
        days = self.model.plan.days if self.model.plan else None
        monday = days[0] if days else dt.date.fromisocalendar(*self.week, 1)
        dialog = DateRangeDialog(monday, monday + dt.timedelta(days=6), self)

        def done() -> None:
            first, last = dialog.dates()
            templates = self.templates

            def work(ctx: JobContext) -> int | None:
                # A year of templates is thousands of shifts in one transaction:
                # on a pool thread, the bar following the weeks made.
                try:
                    return templates.apply_templates(first, last, progress=ctx.progress, cancelled=ctx.cancelled)
                except TemplatesCancelled:
                    return None  # all or nothing: the bar's line says nothing was made
            self.output.long_work.run(
                work, step=self.tr("Making the shifts of the weekly templates…"),
                stopped_text=self.tr("Stopped: no shift was made from the templates."),
                on_done=lambda made: self.message.show_done(
                    lambda: self.tr("%n shift(s) made from the weekly templates.", "", made)))
        self.opener.open(dialog, done)

    def copy_week(self) -> None:
        if not self.may_plan or self.opener.busy() or self.output.busy():
            return
        dialog = CopyWeekDialog(self.week, self)

        def done() -> None:
            target = dialog.target()
            try:
                made = self.templates.copy_week(*self.week, *target)
            except Refused as err:
                self.message.show_error(str(err))
                return
            self.message.show_done(lambda: fill(self.tr("%1 copied to %2."), self.tr("%n shift(s)", "", made),
                                        week_label(*target)))
        self.opener.open(dialog, done)

    # -- printing ----------------------------------------------------------------------
    def print_roster(self) -> None:
        if self.opener.busy() or self.output.busy():
            return
        week = self.week
        dialog = PrintPagesDialog(title=self.tr("Print the roster"), printers=self.output.printers.names(),
                                  parent=self, text=fill(self.tr("The roster of %1: every site and day, who is on "
                                                                 "each shift and the places still open."),
                                                         week_label(*week)))

        def done() -> None:
            documents, lang = self.output.documents, dialog.chosen_language()
            self.output.send(lambda _ctx, preview: documents.roster(*week, lang=lang, preview=preview),
                             target=dialog.chosen_target(), copies=dialog.chosen_copies(),
                             title=fill(self.tr("Roster %1"), f"{week[0]}-W{week[1]:02d}"),
                             file_name=f"roster-{week[0]}-W{week[1]:02d}.pdf",
                             printed=lambda _queue: self.tr("The roster was sent to the printer."))
        self.opener.open(dialog, done)

    def print_sign_in(self, day: dt.date | None = None) -> None:
        if self.opener.busy() or self.output.busy():
            return
        day = day or self.current_cell()[0] or dt.date.today()
        dialog = PrintPagesDialog(title=self.tr("Print a sign-in sheet"), day=day,
                                  printers=self.output.printers.names(), parent=self,
                                  text=self.tr("The day's shifts with their volunteers, and room to sign in "
                                               "and out by hand."))

        def done() -> None:
            documents, lang, chosen = self.output.documents, dialog.chosen_language(), dialog.chosen_day()
            self.output.send(lambda _ctx, preview: documents.sign_in_sheet(chosen, lang=lang, preview=preview),
                             target=dialog.chosen_target(), copies=dialog.chosen_copies(),
                             title=fill(self.tr("Sign-in sheet %1"), f"{chosen:%d.%m.%Y}"),
                             file_name=f"sign-in-{chosen:%Y-%m-%d}.pdf",
                             printed=lambda _queue: self.tr("The sign-in sheet was sent to the printer."))
        self.opener.open(dialog, done)

    def stop(self) -> None:
        self.output.stop()
