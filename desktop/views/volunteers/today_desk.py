"""The desk's day: today's shifts at every site with the volunteers on them;
a volunteer arriving is checked in, one leaving checked out, and the hours
between are credited. The day's sign-in sheet prints from here too.

Keyboard: arrows choose the volunteer, Enter takes the next step (in, then
out), Ctrl+I checks in and Ctrl+Shift+I checks out.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.errors import Refused
from desktop.i18n import fill
from desktop.services.permissions import Action, allowed
from desktop.services.documents import DocumentService
from desktop.services.shift_assignments import ShiftAssignments
from desktop.services.shift_planning import ShiftPlanning
from desktop.services.shift_rows import ON_THE_SHIFT, AssignmentRow, ShiftRow
from desktop.services.shift_rows import label as status_label
from desktop.views.kit.columns import FittedColumns
from desktop.views.kit.changes import Change, ChangeBus
from desktop.views.kit.dates import hours_text, time_range, weekday_and_date
from desktop.views.kit.dialogs import DialogService
from desktop.views.kit.opener import DialogOpener
from desktop.views.kit.output import DocumentOutput, PrintPagesDialog
from desktop.views.kit.printing import Printers
from desktop.views.kit.widgets import MessageLabel, Retranslatable, RowsTableModel, list_table
from desktop.views.kit.workers import WorkerPool
from desktop.views.volunteers.plan_marks import GAP_MARK, GAP_TEXT, NIGHT_MARK, PLAN_RECORDS


@dataclass(frozen=True)
class DeskLine:
    """A volunteer on one of today's shifts, or a shift nobody is on yet (``assignment`` None)."""

    shift: ShiftRow
    assignment: AssignmentRow | None


class TodayTableModel(RowsTableModel):
    TIME, SITE, SHIFT, VOLUNTEER, NUMBER, STATUS, CHECKED_IN, CHECKED_OUT, HOURS = range(9)
    COLUMN_COUNT = 9
    _rows: list[DeskLine]

    def find(self, assignment_id: uuid.UUID) -> int:
        return next((i for i, x in enumerate(self._rows)
                     if x.assignment is not None and x.assignment.assignment_id == assignment_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        s, a = line.shift, line.assignment
        if role == Qt.ItemDataRole.DisplayRole:
            when = time_range(s.starts_at, s.ends_at) + (f" {NIGHT_MARK}" if s.night else "")
            if a is None:
                return {
                    self.TIME: when,
                    self.SITE: s.site_name,
                    self.SHIFT: s.title,
                    self.VOLUNTEER: f"{GAP_MARK} " + self.tr("nobody yet"),
                }.get(index.column(), "")
            hours = ""
            if a.checked_in_at is not None and a.checked_out_at is None:
                hours = self.tr("on shift")
            elif a.minutes or a.status == "completed":
                hours = hours_text(a.minutes)
            return {
                self.TIME: when,
                self.SITE: s.site_name,
                self.SHIFT: s.title,
                self.VOLUNTEER: a.volunteer_name,
                self.NUMBER: a.volunteer_number,
                self.STATUS: status_label(a.status),
                self.CHECKED_IN: f"{a.checked_in_at:%H:%M}" if a.checked_in_at else "",
                self.CHECKED_OUT: f"{a.checked_out_at:%H:%M}" if a.checked_out_at else "",
                self.HOURS: hours,
            }.get(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.SITE, self.SHIFT, self.VOLUNTEER):
            if index.column() == self.VOLUNTEER:
                return a.volunteer_name if a is not None else None
            return s.site_name if index.column() == self.SITE else s.title or None
        if role == Qt.ItemDataRole.ForegroundRole and a is None:
            return QBrush(QColor(GAP_TEXT))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.TIME: self.tr("Time"),
            self.SITE: self.tr("Site"),
            self.SHIFT: self.tr("Shift"),
            self.VOLUNTEER: self.tr("Volunteer"),
            self.NUMBER: self.tr("Number"),
            self.STATUS: self.tr("Status"),
            self.CHECKED_IN: self.tr("In"),
            self.CHECKED_OUT: self.tr("Out"),
            self.HOURS: self.tr("Hours"),
        }.get(section)


class TodayDesk(Retranslatable, QWidget):
    """Checking volunteers in and out at the desk."""

    def __init__(self, shifts: ShiftPlanning, assignments: ShiftAssignments, *, documents: DocumentService,
                 printers: Printers, workers: WorkerPool, bus: ChangeBus, dialogs: DialogService,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("today_desk")
        self.shifts = shifts
        self.assignments = assignments
        self.workers = workers
        self.bus = bus
        self.dialogs = dialogs
        self.may_check_in = allowed(shifts.identity.role, Action.CHECK_IN_VOLUNTEERS)
        self.opener = DialogOpener(self)
        self.day = dt.date.today()

        self.title = QLabel(self)
        self.title.setObjectName("today_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("today_summary")
        self.summary.setWordWrap(True)
        self.model = TodayTableModel(self)
        self.table = list_table(self.model, self, "today_table")
        # Every column whole when there is room; in a narrow window the names, sites
        # and titles give way (full text in the tooltip), never the times or the status.
        self.table.columnsFit = FittedColumns(self.table, elastic=(
            TodayTableModel.VOLUNTEER, TodayTableModel.SHIFT, TodayTableModel.SITE))
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.next_step())
        self.check_in_button = QPushButton(self)
        self.check_in_button.setObjectName("desk_check_in")
        self.check_in_button.clicked.connect(self.check_in)
        self.check_out_button = QPushButton(self)
        self.check_out_button.setObjectName("desk_check_out")
        self.check_out_button.clicked.connect(self.check_out)
        for b in (self.check_in_button, self.check_out_button):
            b.setVisible(self.may_check_in)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("desk_refresh")
        self.refresh_button.clicked.connect(self.reload)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("desk_print_sign_in")
        self.print_button.clicked.connect(self.print_sign_in)
        self.message = MessageLabel(self)
        self.message.setObjectName("desk_message")
        self.output = DocumentOutput(documents, workers=workers, dialogs=dialogs, printers=printers,
                                     message=self.message, name="desk_printing", parent=self)
        self.output.busy_changed.connect(self._update_buttons)

        # Shortcuts while the desk (or anything in it) has the focus.
        self.check_in_action = QAction(self)
        self.check_in_action.setShortcut(QKeySequence("Ctrl+I"))
        self.check_in_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.check_in_action.triggered.connect(self.check_in)
        self.check_out_action = QAction(self)
        self.check_out_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.check_out_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.check_out_action.triggered.connect(self.check_out)
        if self.may_check_in:
            self.addAction(self.check_in_action)
            self.addAction(self.check_out_action)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.print_button)
        steps = QHBoxLayout()
        steps.addWidget(self.check_in_button)
        steps.addWidget(self.check_out_button)
        steps.addStretch(1)
        steps.addWidget(self.output.long_work, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(steps)
        QWidget.setTabOrder(self.table, self.check_in_button)
        QWidget.setTabOrder(self.check_in_button, self.check_out_button)
        QWidget.setTabOrder(self.check_out_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.print_button)
        self.setFocusProxy(self.table)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        bus.changed.connect(self._on_change)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.check_in_button.setText(self.tr("Check &in (Ctrl+I)"))
        self.check_out_button.setText(self.tr("Check &out (Ctrl+Shift+I)"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.print_button.setText(self.tr("&Print today's sign-in sheet…"))
        self.check_in_action.setText(self.tr("Check in"))
        self.check_out_action.setText(self.tr("Check out"))
        self.table.setToolTip(self.tr("Enter checks the chosen volunteer in, or out once they are in."))
        self.model.retranslate()
        self._show_title()

    def _show_title(self) -> None:
        self.title.setText(fill(self.tr("Today, %1"), weekday_and_date(self.day)))
        lines = [self.model.row_at(i) for i in range(self.model.rowCount())]
        shifts = {x.shift.shift_id for x in lines}
        people = [x.assignment for x in lines if x.assignment is not None]
        if not shifts:
            self.summary.setText(self.tr("No shifts today."))
            return
        here = sum(1 for a in people if a.checked_in_at is not None and a.checked_out_at is None)
        self.summary.setText(self.tr("%n shift(s)", "", len(shifts)) + ", "
                             + self.tr("%n volunteer(s) expected", "", len(people)) + ", "
                             + self.tr("%n here now", "", here))

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected()
        self.day = dt.date.today()
        try:
            rows = self.shifts.shifts(self.day, self.day)
        except Refused as err:
            self.message.show_error(str(err))
            return
        lines = []
        for s in sorted(rows, key=lambda r: (r.starts_at, r.site_name)):
            people = [a for a in s.assignments if a.status in ON_THE_SHIFT]
            lines += [DeskLine(s, a) for a in people] or [DeskLine(s, None)]
        self.model.set_rows(lines)
        if selected is not None:
            i = self.model.find(selected.assignment_id)
            if i >= 0:
                self.table.selectRow(i)
        self._show_title()
        self._update_buttons()

    def _on_change(self, change: Change) -> None:
        if change.touches(*PLAN_RECORDS):
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.day != dt.date.today():
            self.reload()  # past midnight: a new day at the desk

    def selected(self) -> AssignmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).assignment if rows else None

    def select(self, assignment_id: uuid.UUID) -> bool:
        i = self.model.find(assignment_id)
        if i >= 0:
            self.table.selectRow(i)
        return i >= 0

    def _update_buttons(self, *_args) -> None:
        a = self.selected()
        self.check_in_button.setEnabled(a is not None and a.status in ("assigned", "confirmed")
                                        and a.checked_in_at is None)
        self.check_out_button.setEnabled(a is not None and a.status == "confirmed" and a.checked_in_at is not None
                                         and a.checked_out_at is None)
        self.print_button.setEnabled(not self.output.busy())

    # -- steps -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_step()
            return True
        return super().eventFilter(watched, event)

    def next_step(self) -> None:
        a = self.selected()
        if a is None or not self.may_check_in:
            return
        if a.checked_in_at is None:
            self.check_in()
        elif a.checked_out_at is None:
            self.check_out()

    def _done(self, saved: AssignmentRow, text: str) -> None:
        self.select(saved.assignment_id)
        self.message.show_done(text)

    def check_in(self) -> None:
        a = self.selected()
        if a is None or not self.may_check_in:
            return
        try:
            saved = self.assignments.check_in(a.assignment_id)
        except Refused as err:
            self.message.show_error(str(err))
            return
        self._done(saved, fill(self.tr("%1 checked in at %2."), saved.volunteer_name, f"{saved.checked_in_at:%H:%M}"))

    def check_out(self) -> None:
        a = self.selected()
        if a is None or not self.may_check_in:
            return
        try:
            saved = self.assignments.check_out(a.assignment_id)
        except Refused as err:
            self.message.show_error(str(err))
            return
        self._done(saved, fill(self.tr("%1 checked out at %2: %3 h."), saved.volunteer_name,
                               f"{saved.checked_out_at:%H:%M}", hours_text(saved.minutes)))

    # -- printing ----------------------------------------------------------------------
    def print_sign_in(self) -> None:
        if self.opener.busy() or self.output.busy():
            return
        dialog = PrintPagesDialog(title=self.tr("Print today's sign-in sheet"), printers=self.output.printers.names(),
                                  parent=self, text=fill(self.tr("The shifts of %1 with their volunteers, and room "
                                                                 "to sign in and out by hand."),
                                                         weekday_and_date(self.day)))
        day = self.day

        def done() -> None:
            documents, lang = self.output.documents, dialog.chosen_language()
            self.output.send(lambda _ctx, preview: documents.sign_in_sheet(day, lang=lang, preview=preview),
                             target=dialog.chosen_target(), copies=dialog.chosen_copies(),
                             title=fill(self.tr("Sign-in sheet %1"), f"{day:%d.%m.%Y}"),
                             file_name=f"sign-in-{day:%Y-%m-%d}.pdf",
                             printed=lambda _queue: self.tr("The sign-in sheet was sent to the printer."))
        self.opener.open(dialog, done)

    def stop(self) -> None:
        self.output.stop()
