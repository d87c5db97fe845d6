"""Opening a dialog over a page: one at a time, window-modal, and the page
called back once with what the person chose.

Every page that opens forms and choosers keeps a ``DialogOpener``. It holds
the dialog while it is open (PySide would otherwise let Python free it under
Qt's feet), refuses a second dialog while one is open (a double click, a
shortcut pressed twice), and calls back exactly once even if the dialog
finishes twice (the window's lock rejects every open dialog, also one that
is closing). The reference is let go before the callback runs, so a callback
may open the next dialog (a chooser that leads to a form).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog


class DialogOpener(QObject):
    """The one dialog a page has open, if any. ``busy_changed`` tells the page when
    a dialog opens and closes (to grey what would open another)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dialog: QDialog | None = None

    def busy(self) -> bool:
        return self.dialog is not None

    def open(self, dialog: QDialog, on_done: Callable[[], None] | None = None, *,
             on_finished: Callable[[int], None] | None = None) -> bool:
        """Show ``dialog`` window-modal; when it closes, ``on_finished(result)`` is
        called, and ``on_done()`` too if it was accepted. A dialog asked for while
        another is open is thrown away: the answer is False."""
        if self.dialog is not None:
            dialog.deleteLater()
            return False
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        answered = False

        def finished(result: int) -> None:
            nonlocal answered
            if answered:
                return
            answered = True
            if self.dialog is dialog:
                self.dialog = None
                self.busy_changed.emit(False)
            if on_finished is not None:
                on_finished(result)
            if result == QDialog.DialogCode.Accepted and on_done is not None:
                on_done()

        dialog.finished.connect(finished)
        self.dialog = dialog
        self.busy_changed.emit(True)
        dialog.open()
        return True

    def close(self) -> None:
        """Close the open dialog unsaved (the page goes away)."""
        if self.dialog is not None:
            self.dialog.reject()
