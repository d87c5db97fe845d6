"""The week plan's small dialogs: choosing a shift, a date range, copying a week."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.services.shift_rows import ShiftRow
from desktop.views.kit.dates import add_weeks, pydate, qdate, week_label
from desktop.views.kit.widgets import MessageLabel, Retranslatable


# -- small dialogs ---------------------------------------------------------------------------
class ShiftChooser(Retranslatable, QDialog):
    """Which of a cell's shifts (or a new one there)."""

    NEW = "new"

    def __init__(self, shifts: tuple[ShiftRow, ...], *, describe: Callable[[ShiftRow], str], offer_new: bool,
                 title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shift_chooser")
        self.title = title
        self.offer_new = offer_new
        self.list = QListWidget(self)
        self.list.setObjectName("shift_choices")
        for s in shifts:
            item = QListWidgetItem(" — ".join(describe(s).split("\n")[:2]), self.list)
            item.setData(Qt.ItemDataRole.UserRole, s.shift_id)
        if offer_new:
            self.new_item = QListWidgetItem(self.list)
            self.new_item.setData(Qt.ItemDataRole.UserRole, self.NEW)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.isVisible() and self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.title)
        if self.offer_new:
            self.new_item.setText(self.tr("New shift here…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def chosen(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class DateRangeDialog(Retranslatable, QDialog):
    """The days to make the weekly templates' shifts on."""

    def __init__(self, first: dt.date, last: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("apply_templates_dialog")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.from_date = QDateEdit(qdate(first), self)
        self.from_date.setObjectName("templates_from")
        self.to_date = QDateEdit(qdate(last), self)
        self.to_date.setObjectName("templates_to")
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.from_label = QLabel(self)
        self.from_label.setBuddy(self.from_date)
        self.to_label = QLabel(self)
        self.to_label.setBuddy(self.to_date)
        form = QFormLayout()
        form.addRow(self.from_label, self.from_date)
        form.addRow(self.to_label, self.to_date)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Apply the weekly shifts"))
        self.explanation.setText(self.tr("Makes the shifts of every weekly template on these days. A shift "
                                         "already made from a template is not made twice."))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make shifts"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def dates(self) -> tuple[dt.date, dt.date]:
        return pydate(self.from_date.date()), pydate(self.to_date.date())

    def accept(self) -> None:
        first, last = self.dates()
        if last < first:
            self.message.show_error(lambda: self.tr("The last day cannot be before the first."))
            return
        super().accept()


class CopyWeekDialog(Retranslatable, QDialog):
    """The week to copy the shown week's shifts to: any day of it."""

    def __init__(self, source: tuple[int, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("copy_week_dialog")
        self.source = source
        target = add_weeks(*source, 1)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.day = QDateEdit(qdate(dt.date.fromisocalendar(*target, 1)), self)
        self.day.setObjectName("copy_week_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day_label = QLabel(self)
        self.day_label.setBuddy(self.day)
        self.week = QLabel(self)
        self.week.setObjectName("copy_week_target")
        form = QFormLayout()
        form.addRow(self.day_label, self.day)
        form.addRow("", self.week)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.day.dateChanged.connect(lambda _d: self._show_week())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Copy the week"))
        self.explanation.setText(fill(self.tr("Copies every shift of %1 (not who is on it) to another week, at "
                                              "the same times. A shift already there is not copied twice."),
                                      week_label(*self.source)))
        self.day_label.setText(self.tr("Copy &to the week of:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Copy"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_week()

    def target(self) -> tuple[int, int]:
        year, week, _ = pydate(self.day.date()).isocalendar()
        return year, week

    def _show_week(self) -> None:
        self.week.setText(week_label(*self.target()))

    def accept(self) -> None:
        if self.target() == tuple(self.source):
            self.message.show_error(lambda: self.tr("Choose another week to copy to."))
            return
        super().accept()
