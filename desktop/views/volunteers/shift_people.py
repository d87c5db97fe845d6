"""The people on a shift and those who could go on it: their lists, and the
small dialogs a step may ask (the reason to override a rule, hours by hand)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.services.shift_rows import AssignmentRow
from desktop.services.shift_rows import label as status_label
from desktop.services.shift_rules import RuleWarning, rule_label
from desktop.views.kit.dates import hours_text
from desktop.views.kit.widgets import MessageLabel, Retranslatable, RowsTableModel
from desktop.views.volunteers.plan_marks import GAP_MARK, GAP_TEXT

NOTHING = "—"


def show_rows(table: QTableView, rows: int) -> None:
    """The table is at least tall enough for its header and ``rows`` rows."""
    header = table.horizontalHeader().sizeHint().height()
    frame = 2 * table.frameWidth()
    table.setMinimumHeight(header + rows * table.verticalHeader().defaultSectionSize() + frame)



# -- the people on the shift ----------------------------------------------------------------------
class AssignmentTableModel(RowsTableModel):
    NAME, NUMBER, STATUS, CHECKED_IN, CHECKED_OUT, HOURS, NOTE = range(7)
    COLUMN_COUNT = 7
    _rows: list[AssignmentRow]

    def find(self, assignment_id: uuid.UUID) -> int:
        return next((i for i, a in enumerate(self._rows) if a.assignment_id == assignment_id), -1)

    def note(self, a: AssignmentRow) -> str:
        parts = []
        if a.override_codes:
            parts.append(fill(self.tr("Rules overridden (%1): %2"),
                              ", ".join(rule_label(c) for c in a.override_codes), a.override_reason))
        if a.manual:
            parts.append(fill(self.tr("Hours set by hand: %1"), a.hours_note))
        return "; ".join(parts)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            hours = hours_text(a.minutes) if a.minutes or a.status == "completed" or a.manual else ""
            return {
                self.NAME: a.volunteer_name,
                self.NUMBER: a.volunteer_number,
                self.STATUS: status_label(a.status),
                self.CHECKED_IN: f"{a.checked_in_at:%H:%M}" if a.checked_in_at else "",
                self.CHECKED_OUT: f"{a.checked_out_at:%H:%M}" if a.checked_out_at else "",
                self.HOURS: (hours + " ✎") if a.manual else hours,
                self.NOTE: self.note(a),
            }.get(index.column())
        if role == Qt.ItemDataRole.ForegroundRole and a.status == "declined":
            return QBrush(QColor("#6b6b6b"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NAME: self.tr("Volunteer"),
            self.NUMBER: self.tr("Number"),
            self.STATUS: self.tr("Status"),
            self.CHECKED_IN: self.tr("In"),
            self.CHECKED_OUT: self.tr("Out"),
            self.HOURS: self.tr("Hours"),
            self.NOTE: self.tr("Note"),
        }.get(section)


@dataclass(frozen=True)
class CandidateLine:
    """A volunteer who could go on the shift: a suggestion or a search hit."""

    volunteer_id: uuid.UUID
    number: str
    name: str
    offers: str  # the open needs they fill (suggestions) or their skills and languages (search)
    recent_minutes: int | None
    warnings: tuple[RuleWarning, ...]


class CandidateTableModel(RowsTableModel):
    NAME, NUMBER, OFFERS, RECENT, WARNINGS = range(5)
    COLUMN_COUNT = 5
    _rows: list[CandidateLine]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.NAME: c.name,
                self.NUMBER: c.number,
                self.OFFERS: c.offers or NOTHING,
                self.RECENT: "" if c.recent_minutes is None else hours_text(c.recent_minutes),
                self.WARNINGS: (f"{GAP_MARK} " + "; ".join(rule_label(w.code) for w in c.warnings)
                                if c.warnings else self.tr("none")),
            }.get(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and c.warnings:
            return "\n".join(w.message for w in c.warnings)
        if role == Qt.ItemDataRole.ForegroundRole and c.warnings and index.column() == self.WARNINGS:
            return QBrush(QColor(GAP_TEXT))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NAME: self.tr("Volunteer"),
            self.NUMBER: self.tr("Number"),
            self.OFFERS: self.tr("Can fill"),
            self.RECENT: self.tr("Hours, last 4 weeks"),
            self.WARNINGS: self.tr("Warnings"),
        }.get(section)


# -- small dialogs -----------------------------------------------------------------------------
class OverrideDialog(Retranslatable, QDialog):
    """The rules an assignment breaks, and the reason to go ahead anyway.
    OK stays disabled until a reason is typed; Escape cancels and nothing is saved."""

    def __init__(self, name: str, warnings: tuple[RuleWarning, ...], parent: QWidget | None = None, *,
                 moving: bool = False):
        super().__init__(parent)
        self.setObjectName("override_dialog")
        self.name = name
        self.warnings = warnings
        self.moving = moving  # a shift with volunteers moved to another time or site
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QLabel(self)
        self.list.setObjectName("override_warnings")
        self.list.setWordWrap(True)
        self.list.setTextFormat(Qt.TextFormat.PlainText)
        self.list.setStyleSheet(f"color: {GAP_TEXT};")
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("override_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("override_ok")
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.text())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.reason.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.list.setText("\n".join(f"• {rule_label(w.code)}: {w.message}" for w in self.warnings))
        if self.moving:
            self.setWindowTitle(self.tr("Move the shift despite the rules?"))
            self.intro.setText(self.tr("At the new time or site, the volunteers on this shift break these rules:"))
            self.reason_label.setText(self.tr("&Why go ahead anyway? The reason is kept in the audit trail."))
            self.ok_button.setText(self.tr("Save anyway"))
        else:
            self.setWindowTitle(self.tr("Assign despite the rules?"))
            self.intro.setText(fill(self.tr("Putting %1 on this shift breaks these rules:"), self.name))
            self.reason_label.setText(self.tr("&Why go ahead anyway? The reason is kept with the assignment."))
            self.ok_button.setText(self.tr("Assign anyway"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if self.text():
            super().accept()


class HoursDialog(Retranslatable, QDialog):
    """Hours credited by hand, with the reason."""

    def __init__(self, row: AssignmentRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hours_dialog")
        self.row = row
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.hours = QDoubleSpinBox(self)
        self.hours.setObjectName("manual_hours")
        self.hours.setRange(0, 24)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.25)
        self.hours.setValue(row.hours)
        self.note = QPlainTextEdit(row.hours_note, self)
        self.note.setObjectName("manual_hours_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.hours_label = QLabel(self)
        self.hours_label.setBuddy(self.hours)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.hours_label, self.hours)
        form.addRow(self.note_label, self.note)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hours by hand"))
        self.intro.setText(fill(self.tr("The hours credited to %1 for this shift."), self.row.volunteer_name))
        self.hours_label.setText(self.tr("&Hours:"))
        self.note_label.setText(self.tr("&Why:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def accept(self) -> None:
        if not self.text():
            self.message.show_error(lambda: self.tr("Say why the hours are set by hand."))
            return
        super().accept()
