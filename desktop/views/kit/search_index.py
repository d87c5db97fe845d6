"""The shared search index of a main window: loaded after log-in on a pool thread,
then kept current. The index is read from the snapshot stored in the database
when there is one; when it had to be built from every visitor, or has taken
in many changes since, a new snapshot is written in the background.

Kept current: a ``ChangeWatcher`` (services/change_watch.py) says within a
second or two when another desk or program saved something, and the index
then reads the change log from where it stopped."""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.change_watch import ChangeWatcher
from desktop.services.search import VisitorIndex
from desktop.views.kit.workers import Job, JobContext, WorkerPool

log = logging.getLogger("qamqor")

RETRY_MS = 2_000  # after a refresh that could not read the database


class IndexKeeper(QObject):
    """Loads the search index once, keeps it current, and tells who waits."""

    progress = Signal(int, int)   # visitors read, of how many
    load_started = Signal(object)  # the Job reading the index: a page shows its progress
    loaded = Signal()
    load_cancelled = Signal()
    load_failed = Signal(str)
    refreshed = Signal(int)       # how many visitors changed at other desks (or here)
    _saved_elsewhere = Signal()   # from the watcher's thread: queued to this object's

    def __init__(self, index: VisitorIndex, workers: WorkerPool, *, watch: bool = True,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.index = index
        self.workers = workers
        self._load_job: Job | None = None
        self._refresh_job: Job | None = None
        self._refresh_again = False
        self._stopped = False
        self._save_job: Job | None = None
        self._waiting: list[Callable[[], None]] = []
        self._saved_elsewhere.connect(self.refresh)
        self.watcher = ChangeWatcher(index.db, self._saved_elsewhere.emit) if watch else None

    @property
    def is_loaded(self) -> bool:
        return self.index.loaded

    @property
    def is_loading(self) -> bool:
        return self._load_job is not None

    @property
    def load_job(self) -> Job | None:
        return self._load_job

    def load(self) -> None:
        """Start reading the index (once; again after a cancelled load)."""
        if self.index.loaded:
            return
        self._start_load()

    def _start_load(self) -> None:
        if self._load_job is not None:
            return
        index = self.index

        def work(ctx: JobContext) -> bool:
            return index.load(progress=ctx.progress, cancelled=ctx.cancelled)

        job = self.workers.start(work, on_done=self._load_done, on_failed=self._load_failed)
        job.progressed.connect(self.progress)
        self._load_job = job
        self.load_started.emit(job)

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
        if self.watcher is not None:
            self.watcher.start()
        self.loaded.emit()
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()
        self._save_if_worth_it()

    def _save_if_worth_it(self) -> None:
        if self._save_job is not None or not self.index.worth_saving():
            return
        index = self.index
        self._save_job = self.workers.start(lambda _ctx: index.save_snapshot(), on_done=self._saved,
                                            on_failed=self._save_failed)

    def _saved(self, _written: bool) -> None:
        self._save_job = None

    def _save_failed(self, message: str) -> None:
        # A cache: the next load reads the older snapshot and the changes since.
        self._save_job = None
        log.warning("could not store the search index: %s", message)

    def _load_failed(self, message: str) -> None:
        self._load_job = None
        self._waiting.clear()
        self.load_failed.emit(message)

    def refresh(self) -> None:
        """Bring in what was saved since (at other desks too), off the GUI thread."""
        if not self.index.loaded or self._stopped:
            return
        if self._refresh_job is not None:
            # Saved after the running refresh read the change log's head, maybe.
            self._refresh_again = True
            return
        index = self.index
        self._refresh_job = self.workers.start(lambda _ctx: index.refresh(), on_done=self._refresh_done,
                                               on_failed=self._refresh_failed)

    def _refresh_done(self, changed: int) -> None:
        self._refresh_job = None
        if self.index.stale:
            # Changes this index never saw were pruned from the change log
            # (acknowledged by HQ): read it again rather than miss them. The
            # old one answers meanwhile.
            self._refresh_again = False
            self._start_load()
            return
        self.refreshed.emit(changed)
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()
        self._save_if_worth_it()

    def _refresh_failed(self, message: str) -> None:
        # The database was out of reach for a moment: try again shortly.
        self._refresh_job = None
        self._refresh_again = False
        log.warning("could not refresh the visitor index: %s", message)
        if not self._stopped:
            QTimer.singleShot(RETRY_MS, self.refresh)

    def stop(self) -> None:
        """Stop watching (before the database closes) and cancel a load."""
        self._stopped = True
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        self.cancel()
