"""Small pieces every view shares: re-translation, inline messages, password
fields, the busy cursor; and, loaded on first use from ``kit/tables.py``, the
table model that holds its rows in memory and the read-only list table.

This module is loaded before the log-in window shows, so it must stay light.
In particular it does not touch ``Qt`` (the namespace) at import or in code
the log-in window runs before it is shown: PySide6 builds the namespace's
~90 Python enums on first access, which costs more than the rest of start-up.
Nor does it load the item-view classes (``QAbstractItemView``,
``QHeaderView``, ``QAbstractTableModel``): each brings a dozen enums the
log-in window never uses.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from PySide6 import QtCore
from PySide6.QtCore import QEvent
from PySide6.QtGui import QCursor, QFont
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

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
        self._language = ""  # the interface language the message was written in
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
        self._language = QtCore.QLocale().name()
        self.setStyleSheet(style)
        self.setText(text() if callable(text) else text)
        self.show()

    def clear_message(self) -> None:
        self.kind = None
        self._make = None
        self.setText("")
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        # A translator installed again for the same language (a late event of
        # the start, a second window) changes nothing: the message stays.
        if (event.type() == QEvent.Type.LanguageChange and self.kind is not None
                and QtCore.QLocale().name() != self._language):
            self._language = QtCore.QLocale().name()
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


def __getattr__(name: str):
    # The table pieces live in kit/tables.py (see the module's docstring);
    # the views that import them from here get them on first use (PEP 562).
    if name in ("RowsTableModel", "list_table"):
        from desktop.views.kit import tables

        return getattr(tables, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
