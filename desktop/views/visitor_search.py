"""The shared search index of a main window, and search as you type.

``IndexKeeper`` loads the window's one ``VisitorIndex`` after log-in on a
pool thread, then refreshes it every half minute (and whenever asked) so a
multi-desk branch sees the other desks' registrations. ``SearchRunner`` runs
each query on a pool thread a moment after the last keystroke and hands back
only the newest query's hits.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.search import VisitorIndex
from desktop.services.visitors import VisitorService

from .workers import Job, JobContext, WorkerPool

log = logging.getLogger("qamqor")

REFRESH_MS = 30_000
DEBOUNCE_MS = 80
RESULT_LIMIT = 50


class IndexKeeper(QObject):
    """Loads the search index once, keeps it current, and tells who waits."""

    progress = Signal(int, int)   # visitors read, of how many
    loaded = Signal()
    load_cancelled = Signal()
    load_failed = Signal(str)
    refreshed = Signal(int)       # how many visitors changed at other desks (or here)

    def __init__(self, index: VisitorIndex, workers: WorkerPool, *, refresh_ms: int = REFRESH_MS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.index = index
        self.workers = workers
        self._load_job: Job | None = None
        self._refresh_job: Job | None = None
        self._waiting: list[Callable[[], None]] = []
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(refresh_ms)
        self.refresh_timer.timeout.connect(self.refresh)

    @property
    def is_loaded(self) -> bool:
        return self.index.loaded

    @property
    def is_loading(self) -> bool:
        return self._load_job is not None

    def load(self) -> None:
        """Start reading the index (once; again after a cancelled load)."""
        if self.index.loaded or self._load_job is not None:
            return
        index = self.index

        def work(ctx: JobContext) -> bool:
            return index.load(progress=ctx.progress, cancelled=ctx.cancelled)

        job = self.workers.start(work, on_done=self._load_done, on_failed=self._load_failed)
        job.progressed.connect(self.progress)
        self._load_job = job

    def cancel(self) -> None:
        if self._load_job is not None:
            self._load_job.cancel()

    def when_loaded(self, callback: Callable[[], None]) -> None:
        """Call back now if the index is ready, else once it is (loading it if need be)."""
        if self.index.loaded:
            callback()
            return
        self._waiting.append(callback)
        self.load()

    def forget_waiting(self, callback: Callable[[], None]) -> None:
        if callback in self._waiting:
            self._waiting.remove(callback)

    def _load_done(self, complete: bool) -> None:
        self._load_job = None
        if not complete:
            self._waiting.clear()
            self.load_cancelled.emit()
            return
        self.refresh_timer.start()
        self.loaded.emit()
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()

    def _load_failed(self, message: str) -> None:
        self._load_job = None
        self._waiting.clear()
        self.load_failed.emit(message)

    def refresh(self) -> None:
        """Bring in what was saved since (at other desks too), off the GUI thread."""
        if not self.index.loaded or self._refresh_job is not None:
            return
        index = self.index
        self._refresh_job = self.workers.start(lambda _ctx: index.refresh(), on_done=self._refresh_done,
                                               on_failed=self._refresh_failed)

    def _refresh_done(self, changed: int) -> None:
        self._refresh_job = None
        self.refreshed.emit(changed)

    def _refresh_failed(self, message: str) -> None:
        # The database was out of reach for a moment; the next round tries again.
        self._refresh_job = None
        log.warning("could not refresh the visitor index: %s", message)

    def stop(self) -> None:
        self.refresh_timer.stop()
        self.cancel()


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
