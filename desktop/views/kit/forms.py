"""Form pieces every area's forms use: date and year fields, code and country
choosers, a field with its message, and editable lists of entries."""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Refused
from desktop.i18n import fill, translate_n
from desktop.services import limits, vocab
from desktop.services.visitors import parse_date
from desktop.views.kit.text import format_date, sorted_countries
from desktop.views.kit.widgets import MessageLabel

LABEL_WIDTH = 190  # the widest the labels of the form's left column may be


# -- fields -------------------------------------------------------------------------
class DateField(QLineEdit):
    """A date typed as 31.12.1990 or 1990-12-31; empty means not known (no fake default)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(10)
        self.setClearButtonEnabled(False)
        # A whole date in sight, also in a narrow column of a list.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("31.12.2030") + 16)

    def date(self) -> dt.date | None:
        """Raises Refused with a message for a person when the text is no date."""
        return parse_date(self.text())

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))


class YearField(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(4)

    def year(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        if not (text.isdigit() and len(text) == 4):
            raise Refused(QCoreApplication.translate("VisitorForm", "Write the year with four digits, e.g. 1985."))
        return int(text)

    def set_year(self, value: int | None) -> None:
        self.setText(str(value) if value else "")


class CodeCombo(QComboBox):
    """A choice among codes of a vocabulary table, with an empty first choice."""

    def __init__(self, table: dict[str, str], *, translated: bool = True, empty: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table
        self.translated = translated
        self.empty = empty
        # Long labels (Kazakh, Russian) must not widen the form: the open list shows them whole.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        if empty is not None:
            self.addItem("", "")
        for code in table:
            self.addItem("", code)
        self.retranslate()

    def retranslate(self) -> None:
        for i in range(self.count()):
            code = self.itemData(i)
            if not code:
                self.setItemText(i, QCoreApplication.translate("VisitorForm", self.empty) if self.empty else "")
            else:
                self.setItemText(i, vocab.label(self.table, code) if self.translated else self.table[code])
        # The field may be narrower than its longest choice; the open list is not.
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str) -> None:
        index = self.findData(code or "")
        self.setCurrentIndex(max(index, 0))


class CountryCombo(QComboBox):
    """Countries by name in the interface language; typing filters the list.

    What is typed may also be an ISO code or a name in another of the three
    languages; ``code()`` answers None for text that names no country.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.setMaxVisibleItems(14)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lineEdit().editingFinished.connect(self.settle)
        self.retranslate()

    def retranslate(self) -> None:
        code = self.code() or ""
        self.blockSignals(True)
        self.clear()
        self.addItem("", "")
        for c, name in sorted_countries():
            self.addItem(name, c)
        self.blockSignals(False)
        self.set_code(code)

    def code(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return self.itemData(index)
        found = vocab.country_code(text)
        if found:
            return found
        folded = text.casefold()
        matches = [i for i in range(1, self.count()) if folded in self.itemText(i).casefold()]
        return self.itemData(matches[0]) if len(matches) == 1 else None

    def set_code(self, code: str) -> None:
        index = self.findData((code or "").upper())
        self.setCurrentIndex(max(index, 0))
        if index <= 0:
            self.setEditText("" if not code else code)

    def settle(self) -> None:
        # "узб" becomes "Узбекистан" once the person leaves the field.
        code = self.code()
        if code:
            index = self.findData(code)
            if index >= 0:
                self.setCurrentIndex(index)
                self.setEditText(self.itemText(index))


class FieldBox(QWidget):
    """A field with its red message underneath (hidden while there is none)."""

    def __init__(self, field: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        field.setParent(self)
        self.message = MessageLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.message)


def hold_at_most(edit: QLineEdit, limit: limits.Limit) -> None:
    """The field takes no more than the service accepts, and says so when a
    paste or typing reaches the end, rather than cutting the text silently."""
    edit.setMaxLength(limit.chars)

    def reached(text: str) -> None:
        if len(text) >= limit.chars:
            QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), fill(translate_n(
                "Fields", "%1: at most %n characters; the rest was not taken.", limit.chars), limit.name()), edit)
    edit.textEdited.connect(reached)


class ShownErrors:
    """The messages a form shows under its fields, each with the fields it
    speaks of; a message goes as soon as none of them is wrong any more.

    ``check`` returns the fields wrong now (the form's own checks, the
    service's rules). It runs on every edit while a message is shown; a
    problem not yet told waits for the next Save, so nothing new appears
    under a field while the person is still typing in it.
    """

    def __init__(self, form: QWidget, check: Callable[[], Iterable[str]]):
        self._form = form
        self._check = check
        self._shown: list[tuple[MessageLabel, frozenset[str]]] = []

    def forget(self) -> None:
        self._shown = []

    def shown(self, target: MessageLabel, fields: Iterable[str]) -> None:
        self._shown.append((target, frozenset(fields)))
        self._follow_edits()

    def _follow_edits(self) -> None:
        # Rows added to a list since the last time are followed too (once each).
        for widget in self._form.findChildren(QWidget):
            if widget.property("qamqor_followed"):
                continue
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.recheck)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.recheck)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self.recheck)
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                widget.toggled.connect(self.recheck)
            elif isinstance(widget, QListWidget):  # ticked entries (a volunteer's skills)
                widget.itemChanged.connect(self.recheck)
            else:
                continue
            widget.setProperty("qamqor_followed", True)

    def recheck(self, *_args) -> None:
        if not self._shown:
            return
        wrong = set(self._check())
        still = []
        for target, fields in self._shown:
            if fields & wrong:
                still.append((target, fields))
            else:
                target.clear_message()
        self._shown = still


def _form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    # Long Kazakh and Russian labels go above their field rather than squeezing it.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


# -- lists: languages, documents, household ---------------------------------------------
class ListRow:
    """The editors of one entry, and the id of the record it edits (None: new)."""

    def __init__(self, widgets: list[QWidget], record_id: uuid.UUID | None, remove: QPushButton):
        self.widgets = widgets
        self.record_id = record_id
        self.remove = remove


class ListEditor(QGroupBox):
    """A small editable table: one row of editors per entry, Remove on each row,
    an Add button below. Every button is reachable with Tab."""

    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[ListRow] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        self.headers = [QLabel(self) for _ in self.column_titles()]
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.message = MessageLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._relayout()

    # subclasses ----------------------------------------------------------
    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def stretches(self) -> list[int]:
        return [1] * len(self.column_titles())

    def make_widgets(self) -> list[QWidget]:
        raise NotImplementedError

    def retranslate_widgets(self, row: ListRow) -> None:
        pass

    def add_text(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def title_text(self) -> str:
        raise NotImplementedError

    # rows ----------------------------------------------------------------
    def add_row(self, *, record_id: uuid.UUID | None = None, focus: bool = False) -> ListRow:
        widgets = self.make_widgets()
        remove = QPushButton(self)
        remove.setObjectName("remove_row")
        row = ListRow(widgets, record_id, remove)
        remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self.retranslate_row(row)
        self._relayout()
        self.rows_changed.emit()
        if focus:
            widgets[0].setFocus()
        return row

    def remove_row(self, row: ListRow) -> None:
        i = self.rows.index(row)
        self.rows.remove(row)
        for w in [*row.widgets, row.remove]:
            w.hide()
            w.deleteLater()
        self._relayout()
        self.rows_changed.emit()
        # Focus where the removed row was: the next row, or the Add button.
        if i < len(self.rows):
            self.rows[i].widgets[0].setFocus()
        else:
            self.add_button.setFocus()

    def clear_rows(self) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            for w in [*row.widgets, row.remove]:
                w.hide()
                w.deleteLater()
        self._relayout()

    def _relayout(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        for col, stretch in enumerate(self.stretches()):
            self.grid.setColumnStretch(col, stretch)
        if self.rows:
            for col, header in enumerate(self.headers):
                header.show()
                self.grid.addWidget(header, 0, col)
            for r, row in enumerate(self.rows, start=1):
                for col, w in enumerate(row.widgets):
                    self.grid.addWidget(w, r, col)
                self.grid.addWidget(row.remove, r, len(row.widgets))
                # At once, not when the layout gets round to it: the new row takes the focus now.
                for w in [*row.widgets, row.remove]:
                    w.setVisible(True)
        else:
            for header in self.headers:
                header.hide()
        self.empty_note.setVisible(not self.rows)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self.rows:
            chain.extend(row.widgets)
            chain.append(row.remove)
        chain.append(self.add_button)
        return chain

    def retranslate(self) -> None:
        self.setTitle(self.title_text())
        for header, text in zip(self.headers, self.column_titles()):
            header.setText(text)
        self.add_button.setText(self.add_text())
        self.empty_note.setText(self.empty_text())
        for row in self.rows:
            self.retranslate_row(row)

    def retranslate_row(self, row: ListRow) -> None:
        row.remove.setText(QCoreApplication.translate("VisitorForm", "Remove"))
        row.remove.setToolTip(QCoreApplication.translate("VisitorForm", "Remove this row"))
        self.retranslate_widgets(row)

    def show_row_error(self, i: int, text: str) -> None:
        self.message.show_error(lambda: fill(QCoreApplication.translate("VisitorForm", "Row %1: %2"), i + 1, text))


def _plural_sources() -> None:  # never called: for pyside6-lupdate (see desktop.i18n.translate_n)
    QCoreApplication.translate("Fields", "%1: at most %n characters; the rest was not taken.", "", 1)
