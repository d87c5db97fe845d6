"""Small pieces every view shares: re-translation, inline messages, password
fields, the busy cursor, the table model that holds its rows in memory and
the read-only list table.

This module is loaded before the log-in window shows, so it must stay light.
In particular it does not touch ``Qt`` (the namespace) at import or in code
the log-in window runs before it is shown: PySide6 builds the namespace's
~90 Python enums on first access, which costs more than the rest of start-up.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from PySide6 import QtCore
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex
from PySide6.QtGui import QCursor, QFont
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QLineEdit, QTableView, QWidget

ERROR_COLOUR = "#b3261e"
DONE_COLOUR = "#1b6e2a"


class Retranslatable:
    """Mixin for widgets: re-read every visible text when the language changes.

    Qt sends ``QEvent.LanguageChange`` to every widget when a translator is
    installed or removed; the widget answers by calling ``retranslate_ui()``.
    Put it before the Qt class: ``class LoginDialog(Retranslatable, QDialog)``.
    """

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError


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


Text = str | Callable[[], str]


class MessageLabel(QLabel):
    """A message under a form: red for a refusal, green for work done, the
    window's colour for a note.

    Hidden while empty, so it takes no room until there is something to say.
    Plain text only: messages may quote names a person typed.

    Give a message as a function that makes it (``lambda: fill(self.tr("Saved
    as %1."), path)``) and it is made again in the new language when the
    language changes; a message given as a finished string cannot be, so the
    switch clears it rather than leave it in the old language.
    """

    ERROR, DONE, NOTE = "error", "done", "note"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.kind: str | None = None
        self._make: Callable[[], str] | None = None
        self.hide()

    def show_error(self, text: Text) -> None:
        self._show(text, self.ERROR, f"color: {ERROR_COLOUR};")

    def show_done(self, text: Text) -> None:
        self._show(text, self.DONE, f"color: {DONE_COLOUR};")

    def show_note(self, text: Text) -> None:
        self._show(text, self.NOTE, "")

    def _show(self, text: Text, kind: str, style: str) -> None:
        # Set here, not in __init__: see the module's docstring.
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = kind
        self._make = text if callable(text) else None
        self.setStyleSheet(style)
        self.setText(text() if callable(text) else text)
        self.show()

    def clear_message(self) -> None:
        self.kind = None
        self._make = None
        self.setText("")
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange and self.kind is not None:
            if self._make is not None:
                self.setText(self._make())
            else:
                self.clear_message()
        super().changeEvent(event)


def password_field(parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    # Password mode also tells input methods not to learn or suggest what is
    # typed (Qt sets ImhHiddenText, ImhSensitiveData, ImhNoPredictiveText).
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def heading_label(parent: QWidget | None = None, *, scale: float = 1.5) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A wait cursor around work done on the GUI thread (a key derivation, a rekey)."""
    QApplication.setOverrideCursor(QCursor(QtCore.Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


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


def grow_to_wrapped_text(window: QWidget) -> None:
    """Make a dialog tall enough for its wrapped labels at its present width.
    Qt sizes a top-level window by its layout's minimum size, which does not
    ask wrapped text how tall it is at a given width: long Kazakh and Russian
    sentences were cut to two lines. Call after the texts change and on show."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    window.setMinimumHeight(needed)
    if window.height() < needed:
        window.resize(window.width(), needed)
