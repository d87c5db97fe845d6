"""Locking the window: after some idle minutes, or on Ctrl+L."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import fill
from desktop.views.kit.long_work import LongWork
from desktop.views.kit.widgets import MessageLabel, Retranslatable, Text, heading_label, password_field
from desktop.views.kit.workers import WorkerPool

# What counts as someone at the keyboard. Paints, timers and focus changes do not.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without keyboard, mouse or touch input.

    It watches the top-level windows (QWindow), where every real input event
    arrives before Qt hands it to a widget, rather than the whole application:
    an application-wide Python event filter is called for every object, also
    while widgets are being destroyed, and PySide crashed wrapping those (seen
    with a closed dialog's widgets being collected). A window's filter goes as
    soon as the window hides, before Qt can destroy it.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._windows: list[QWindow] = []
        self._following = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QGuiApplication.instance()
        if app is not None and not self._following:
            app.focusWindowChanged.connect(self._watch)
            self._following = True
            for window in QGuiApplication.topLevelWindows():
                if window.isVisible():
                    self._watch(window)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QGuiApplication.instance()
        if app is not None and self._following:
            app.focusWindowChanged.disconnect(self._watch)
        self._following = False
        for window in self._windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._windows = []

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def remaining_ms(self) -> int:
        """How long until the window locks if nobody touches it (-1: not counting)."""
        return self._timer.remainingTime()

    def _watch(self, window: QWindow | None) -> None:
        """A window came to the front (the main window, a dialog): watch it too."""
        if window is None or any(w is window for w in self._windows):
            return
        self._windows = [w for w in self._windows if shiboken6.isValid(w)]
        window.installEventFilter(self)
        self._windows.append(window)
        if self._timer.isActive():
            self._timer.start()  # opening a dialog is activity too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in INPUT_EVENTS:
            self._timer.start()
        elif kind == QEvent.Type.Hide:
            watched.removeEventFilter(self)
            self._windows = [w for w in self._windows if w is not watched and shiboken6.isValid(w)]
        return False



class LockPage(Retranslatable, QWidget):
    """All the locked window shows: whose password opens it, a field, Unlock."""

    unlock_requested = Signal(str)
    log_out_requested = Signal()

    def __init__(self, display_name: str, *, workers: WorkerPool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lock_page")
        self.display_name = display_name
        self.heading = heading_label(self, scale=1.4)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.password = password_field(self)
        self.password.setObjectName("unlock_password")
        self.password.setMinimumWidth(280)
        self.password.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.log_out_button = QPushButton(self)
        self.log_out_button.setFlat(True)
        self.log_out_button.clicked.connect(self.log_out_requested)
        self.message = MessageLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # The password is checked on a pool thread: the key derivation takes about half a second.
        self.long_work = LongWork(workers, message=self.message, name="unlock", parent=self)

        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        box = QWidget(self)
        # A fixed width lets the wrapped heading (long names, long translations) take its height.
        box.setFixedWidth(520)
        inner = QVBoxLayout(box)
        inner.setSpacing(14)
        inner.addWidget(self.heading)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(self.long_work)
        inner.addWidget(self.log_out_button, 0, Qt.AlignmentFlag.AlignHCenter)

        # Stretches, not alignment flags: an aligned widget gets its size hint
        # and a wrapped heading would lose its second line.
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(middle)
        layout.addStretch(3)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(fill(self.tr("Locked — enter the password of %1"), self.display_name))
        self.unlock_button.setText(self.tr("Unlock"))
        self.log_out_button.setText(self.tr("Log out (another person can then log in)"))

    def reset(self) -> None:
        self.long_work.stop()
        self.set_checking(False)
        self.password.clear()
        self.message.clear_message()

    def show_error(self, text: Text) -> None:
        self.set_checking(False)
        self.message.show_error(text)
        self.password.clear()
        self.password.setFocus()

    def set_checking(self, checking: bool) -> None:
        self.password.setEnabled(not checking)
        self.unlock_button.setEnabled(not checking)

    def _unlock(self) -> None:
        if not self.long_work.busy():
            self.unlock_requested.emit(self.password.text())
