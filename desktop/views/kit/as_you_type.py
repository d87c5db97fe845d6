"""Work that follows what a person types, off the GUI thread, the latest
keystroke winning.

``AsYouType`` runs ``work(text)`` on the window's WorkerPool a short pause
after the last keystroke and announces only the answer for the newest text:
an answer for an older text still running is discarded when it ends, so a
slow query never overwrites a newer one. The visitors' search and the shift
dialog's search for volunteers both go through it.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.views.kit.workers import Job, WorkerPool

DEBOUNCE_MS = 80


class AsYouType(QObject):
    """``request(text)`` at each keystroke; ``results_ready(text, answer)`` for the newest text only.

    ``skip_empty``: an empty text is answered at once with an empty list,
    without running ``work``. A subclass may hold the work back until it can
    run (``ready()``) and call ``run_now()`` once it can.
    """

    results_ready = Signal(str, object)  # the text, what work returned for it
    failed = Signal(str)  # a Refused's message, for the newest text

    def __init__(self, work: Callable[[str], object], workers: WorkerPool, *, delay_ms: int = DEBOUNCE_MS,
                 skip_empty: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.work = work
        self.workers = workers
        self.skip_empty = skip_empty
        self.query = ""
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)

    @property
    def searching(self) -> bool:
        """A text is waiting for its answer (typing has not paused yet, or the work runs)."""
        return self._timer.isActive() or self._job is not None

    def ready(self) -> bool:
        return True

    def request(self, text: str) -> None:
        """A keystroke: run for ``text`` once typing pauses."""
        self.query = text.strip()
        self._timer.start()

    def run_now(self, text: str | None = None) -> None:
        """Run at once for ``text`` (default: the text asked for last)."""
        if text is not None:
            self.query = text.strip()
        self._timer.stop()
        self._start()

    def _start(self) -> None:
        if self._job is not None:
            self._job.discard()
            self._job = None
        query = self.query
        if not query and self.skip_empty:
            self.results_ready.emit("", [])
            return
        if not self.ready():
            return
        work = self.work
        job = self.workers.start(lambda _ctx: work(query),
                                 on_done=lambda answer: self._arrived(job, query, answer),
                                 on_failed=lambda message: self._failed(job, message))
        self._job = job

    def _arrived(self, job: Job, query: str, answer: object) -> None:
        if job is not self._job:
            return
        self._job = None
        self.results_ready.emit(query, answer)

    def _failed(self, job: Job, message: str) -> None:
        if job is self._job:
            self._job = None
            self.failed.emit(message)

    def stop(self) -> None:
        """Nothing more is wanted (the view closes)."""
        self._timer.stop()
        if self._job is not None:
            self._job.discard()
            self._job = None
