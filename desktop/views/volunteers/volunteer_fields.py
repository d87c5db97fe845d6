"""The volunteer form's choosers and lists: languages, trainings, weekly availability,\nblocked dates."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime
from PySide6.QtWidgets import QLabel, QLineEdit, QTimeEdit, QWidget

from desktop.errors import Refused
from desktop.services import limits, vocab
from desktop.services.volunteers import (
    EXPIRY_WARNING_DAYS,
    PROFICIENCY,
    TRAININGS,
    AvailabilityIn,
    BlockIn,
    TrainingIn,
    VolunteerLanguageIn,
    label,
)
from desktop.views.kit.forms import CodeCombo, DateField, ListEditor, ListRow, hold_at_most
from desktop.views.kit.widgets import ERROR_COLOUR

SOON_COLOUR = "#8a5a00"

WEEKDAYS = {
    "0": QT_TRANSLATE_NOOP("VolunteerForm", "Monday"),
    "1": QT_TRANSLATE_NOOP("VolunteerForm", "Tuesday"),
    "2": QT_TRANSLATE_NOOP("VolunteerForm", "Wednesday"),
    "3": QT_TRANSLATE_NOOP("VolunteerForm", "Thursday"),
    "4": QT_TRANSLATE_NOOP("VolunteerForm", "Friday"),
    "5": QT_TRANSLATE_NOOP("VolunteerForm", "Saturday"),
    "6": QT_TRANSLATE_NOOP("VolunteerForm", "Sunday"),
}


class VolunteerCombo(CodeCombo):
    """A choice among the codes of a volunteer table (SKILLS, TRAININGS, ...)."""

    def retranslate(self) -> None:
        for i in range(self.count()):
            code = self.itemData(i)
            self.setItemText(i, label(self.table, code) if code else "")
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)


class WeekdayCombo(CodeCombo):
    def retranslate(self) -> None:
        for i in range(self.count()):
            code = self.itemData(i)
            self.setItemText(i, QCoreApplication.translate("VolunteerForm", WEEKDAYS[code]) if code else "")


def date_field(parent: QWidget, name: str) -> DateField:
    """A date in a row of a list: wide enough for the whole date."""
    field = DateField(parent)
    field.setObjectName(name)
    field.setMinimumWidth(field.fontMetrics().horizontalAdvance("00.00.00000") + 12)
    return field


def time_field(parent: QWidget) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    return edit


def _py_time(edit: QTimeEdit) -> dt.time:
    t = edit.time()
    return dt.time(t.hour(), t.minute())


# -- lists: languages, trainings, availability, blocked dates -------------------------------
class VolunteerLanguagesEditor(ListEditor):
    def column_titles(self) -> list[str]:
        return [QCoreApplication.translate("VolunteerForm", "Language"),
                QCoreApplication.translate("VolunteerForm", "Proficiency")]

    def stretches(self) -> list[int]:
        return [3, 2]

    def make_widgets(self) -> list[QWidget]:
        language = CodeCombo(vocab.LANGUAGES, translated=False, empty="", parent=self)
        language.setObjectName("volunteer_language")
        proficiency = VolunteerCombo(PROFICIENCY, parent=self)
        proficiency.setObjectName("volunteer_proficiency")
        proficiency.set_code("working")
        return [language, proficiency]

    def retranslate_widgets(self, row: ListRow) -> None:
        row.widgets[1].retranslate()

    def title_text(self) -> str:
        return QCoreApplication.translate("VolunteerForm", "Languages")

    def add_text(self) -> str:
        return QCoreApplication.translate("VolunteerForm", "Add a language")

    def empty_text(self) -> str:
        return QCoreApplication.translate("VolunteerForm", "No languages recorded.")

    def set_values(self, items) -> None:
        self.clear_rows()
        for item in items:
            row = self.add_row()
            row.widgets[0].set_code(item.language)
            row.widgets[1].set_code(item.proficiency)

    def values(self) -> list[tuple[int, VolunteerLanguageIn]]:
        return [(i, VolunteerLanguageIn(row.widgets[0].code(), row.widgets[1].code() or "working"))
                for i, row in enumerate(self.rows) if row.widgets[0].code()]


class TrainingsEditor(ListEditor):
    """Trainings and certificates; an expired one, or one running out soon, is marked on its row."""

    def column_titles(self) -> list[str]:
        return [QCoreApplication.translate("VolunteerForm", "Training or certificate"),
                QCoreApplication.translate("VolunteerForm", "Completed"),
                QCoreApplication.translate("VolunteerForm", "Expires"),
                ""]

    def stretches(self) -> list[int]:
        return [4, 2, 2, 2]

    def make_widgets(self) -> list[QWidget]:
        kind = VolunteerCombo(TRAININGS, empty="", parent=self)
        kind.setObjectName("training_kind")
        completed = date_field(self, "training_completed")
        expires = date_field(self, "training_expires")
        mark = QLabel(self)
        mark.setObjectName("training_mark")
        mark.setWordWrap(True)
        expires.textChanged.connect(lambda _t: self._mark(expires, mark))
        return [kind, completed, expires, mark]

    def retranslate_widgets(self, row: ListRow) -> None:
        row.widgets[0].retranslate()
        for field in row.widgets[1:3]:
            field.setPlaceholderText(QCoreApplication.translate("VolunteerForm", "dd.mm.yyyy"))
        self._mark(row.widgets[2], row.widgets[3])

    @staticmethod
    def _mark(expires: DateField, mark: QLabel) -> None:
        try:
            day = expires.date()
        except Refused:
            day = None
        today = dt.date.today()
        if day is not None and day < today:
            mark.setText(QCoreApplication.translate("VolunteerForm", "Expired"))
            mark.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        elif day is not None and day <= today + dt.timedelta(days=EXPIRY_WARNING_DAYS):
            mark.setText(QCoreApplication.translate("VolunteerForm", "Expires soon"))
            mark.setStyleSheet(f"color: {SOON_COLOUR}; font-weight: bold;")
        else:
            mark.setText("")
            mark.setStyleSheet("")

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self.rows:
            chain.extend(row.widgets[:3])
            chain.append(row.remove)
        chain.append(self.add_button)
        return chain

    def title_text(self) -> str:
        return QCoreApplication.translate("VolunteerForm", "Trainings and certificates")

    def add_text(self) -> str:
        return QCoreApplication.translate("VolunteerForm", "Add a training")

    def empty_text(self) -> str:
        return QCoreApplication.translate("VolunteerForm", "No trainings recorded.")

    def set_values(self, items: tuple[TrainingIn, ...]) -> None:
        self.clear_rows()
        for item in items:
            row = self.add_row()
            row.widgets[0].set_code(item.kind)
            row.widgets[1].set_date(item.completed_on)
            row.widgets[2].set_date(item.expires_on)

    def values(self) -> tuple[list[tuple[int, TrainingIn]], list[tuple[int, str]]]:
        out, errors = [], []
        for i, row in enumerate(self.rows):
            kind, completed, expires, _mark = row.widgets
            if not (kind.code() or completed.text().strip() or expires.text().strip()):
                continue
            try:
                completed_on, expires_on = completed.date(), expires.date()
            except Refused as err:
                errors.append((i, str(err)))
                continue
            if not kind.code():
                errors.append((i, QCoreApplication.translate("VolunteerForm", "Choose the training.")))
                continue
            out.append((i, TrainingIn(kind.code(), completed_on, expires_on)))
        return out, errors


class AvailabilityEditor(ListEditor):
    def column_titles(self) -> list[str]:
        return [QCoreApplication.translate("VolunteerForm", "Day"),
                QCoreApplication.translate("VolunteerForm", "From"),
                QCoreApplication.translate("VolunteerForm", "To")]

    def stretches(self) -> list[int]:
        return [3, 2, 2]

    def make_widgets(self) -> list[QWidget]:
        day = WeekdayCombo(WEEKDAYS, parent=self)
        day.setObjectName("available_day")
        starts = time_field(self)
        starts.setObjectName("available_from")
        starts.setTime(QTime(9, 0))
        ends = time_field(self)
        ends.setObjectName("available_to")
        ends.setTime(QTime(18, 0))
        return [day, starts, ends]

    def retranslate_widgets(self, row: ListRow) -> None:
        row.widgets[0].retranslate()
        row.widgets[2].setToolTip(QCoreApplication.translate("VolunteerForm", "00:00 means until midnight"))

    def title_text(self) -> str:
        return QCoreApplication.translate("VolunteerForm", "Available every week")

    def add_text(self) -> str:
        return QCoreApplication.translate("VolunteerForm", "Add a time")

    def empty_text(self) -> str:
        return QCoreApplication.translate("VolunteerForm", "No weekly times recorded.")

    def set_values(self, items: tuple[AvailabilityIn, ...]) -> None:
        self.clear_rows()
        for item in items:
            row = self.add_row()
            row.widgets[0].set_code(str(item.weekday))
            row.widgets[1].setTime(QTime(item.starts.hour, item.starts.minute))
            row.widgets[2].setTime(QTime(item.ends.hour, item.ends.minute))

    def values(self) -> list[tuple[int, AvailabilityIn]]:
        return [(i, AvailabilityIn(int(row.widgets[0].code() or 0), _py_time(row.widgets[1]),
                                   _py_time(row.widgets[2]))) for i, row in enumerate(self.rows)]


class BlockedEditor(ListEditor):
    def column_titles(self) -> list[str]:
        return [QCoreApplication.translate("VolunteerForm", "From"),
                QCoreApplication.translate("VolunteerForm", "To"),
                QCoreApplication.translate("VolunteerForm", "Note")]

    def stretches(self) -> list[int]:
        return [2, 2, 3]

    def make_widgets(self) -> list[QWidget]:
        starts = date_field(self, "blocked_from")
        ends = date_field(self, "blocked_to")
        note = QLineEdit(self)
        note.setObjectName("blocked_note")
        hold_at_most(note, limits.VOLUNTEER["blocked.note"])
        return [starts, ends, note]

    def retranslate_widgets(self, row: ListRow) -> None:
        for field in row.widgets[:2]:
            field.setPlaceholderText(QCoreApplication.translate("VolunteerForm", "dd.mm.yyyy"))

    def title_text(self) -> str:
        return QCoreApplication.translate("VolunteerForm", "Not available on these dates")

    def add_text(self) -> str:
        return QCoreApplication.translate("VolunteerForm", "Add dates")

    def empty_text(self) -> str:
        return QCoreApplication.translate("VolunteerForm", "No dates recorded.")

    def set_values(self, items: tuple[BlockIn, ...]) -> None:
        self.clear_rows()
        for item in items:
            row = self.add_row()
            row.widgets[0].set_date(item.starts_on)
            row.widgets[1].set_date(item.ends_on)
            row.widgets[2].setText(item.note)

    def values(self) -> tuple[list[tuple[int, BlockIn]], list[tuple[int, str]]]:
        out, errors = [], []
        for i, row in enumerate(self.rows):
            starts, ends, note = row.widgets
            if not (starts.text().strip() or ends.text().strip()):
                continue
            try:
                starts_on, ends_on = starts.date(), ends.date()
            except Refused as err:
                errors.append((i, str(err)))
                continue
            starts_on = starts_on or ends_on
            out.append((i, BlockIn(starts_on, ends_on or starts_on, note.text().strip())))
        return out, errors
