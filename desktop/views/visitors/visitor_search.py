"""The shared search index of a main window, and search as you type.

``IndexKeeper`` loads the window's one ``VisitorIndex`` after log-in on a
pool thread, then refreshes it every half minute (and whenever asked) so a
multi-desk branch sees the other desks' registrations. ``SearchRunner`` runs
each query on a pool thread a moment after the last keystroke and hands back
only the newest query's hits.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.visitors import VisitorService
from desktop.views.kit.search_index import IndexKeeper
from desktop.views.kit.workers import Job, WorkerPool

log = logging.getLogger("qamqor")

DEBOUNCE_MS = 80
RESULT_LIMIT = 50


class SearchRunner(QObject):
    """Searches on a pool thread, a short pause after the last keystroke.

    Only the newest query's hits are announced; older ones still running are
    discarded when they end.
    """

    results_ready = Signal(str, object)  # the query, list[SearchHit] best first
    failed = Signal(str)

    def __init__(self, service: VisitorService, keeper: IndexKeeper, workers: WorkerPool, *,
                 delay_ms: int = DEBOUNCE_MS, limit: int = RESULT_LIMIT, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.keeper = keeper
        self.workers = workers
        self.limit = limit
        self.query = ""
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        keeper.loaded.connect(self._index_ready)

    @property
    def searching(self) -> bool:
        return self._timer.isActive() or self._job is not None

    def request(self, text: str) -> None:
        """A keystroke: search for ``text`` once typing pauses."""
        self.query = text.strip()
        self._timer.start()

    def run_now(self, text: str | None = None) -> None:
        if text is not None:
            self.query = text.strip()
        self._timer.stop()
        self._start()

    def _index_ready(self) -> None:
        if self.query:
            self.run_now()

    def _start(self) -> None:
        if self._job is not None:
            self._job.discard()
            self._job = None
        query = self.query
        if not query:
            self.results_ready.emit("", [])
            return
        if not self.keeper.is_loaded:
            # Searching now would make the service read the whole index on
            # this query's thread; the search runs when the index is ready.
            return
        service, limit = self.service, self.limit
        job = self.workers.start(lambda _ctx: service.search(query, limit=limit),
                                 on_done=lambda hits: self._arrived(job, query, hits),
                                 on_failed=lambda message: self._failed(job, message))
        self._job = job

    def _arrived(self, job: Job, query: str, hits: list) -> None:
        if job is not self._job:
            return
        self._job = None
        self.results_ready.emit(query, hits)

    def _failed(self, job: Job, message: str) -> None:
        if job is self._job:
            self._job = None
            self.failed.emit(message)

    def stop(self) -> None:
        self._timer.stop()
        if self._job is not None:
            self._job.discard()
            self._job = None
