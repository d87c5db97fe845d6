"""The one application-level signal saying what changed (STYLE.md rule 5).

The services say what they changed (``desktop/services/changes.py``); the
main window puts its database's changes on this bus, and every open view
looks at the kinds of records (and ids) and reloads only what concerns it.
No view composes a change itself.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal

from desktop.services.changes import (
    ASSIGNMENT,
    BACKUP,
    EXCHANGE,
    PERSON,
    PROVIDER,
    REFERRAL,
    SETTING,
    SHIFT,
    SITE,
    TEMPLATE,
    USER,
    VISIT,
    VOLUNTEER,
    Change,
    ChangeFeed,
)

# The kinds views subscribe to, and the Change they receive.
__all__ = ["ASSIGNMENT", "BACKUP", "EXCHANGE", "PERSON", "PROVIDER", "REFERRAL", "SETTING", "SHIFT", "SITE", "TEMPLATE", "USER",
           "VISIT", "VOLUNTEER", "Change", "ChangeBus"]


class ChangeBus(QObject):
    changed = Signal(object)  # a Change, always on the GUI thread
    _from_worker = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._from_worker.connect(self.changed, Qt.ConnectionType.QueuedConnection)

    def follow(self, feed: ChangeFeed) -> Callable[[], None]:
        """Carry a database's changes; returns the way to stop (at log-out)."""
        return feed.subscribe(self._publish)

    def _publish(self, change: Change) -> None:
        # A service on a pool thread (an import, HQ's answer) publishes there;
        # the views hear of it on the GUI thread, after what was already queued.
        if QThread.currentThread() is self.thread():
            self.changed.emit(change)
        else:
            self._from_worker.emit(change)
