"""Work off the GUI thread: searches, loading the search index, imports.

A view hands a function to the window's ``WorkerPool`` and gets a ``Job``
back. The function runs on a pool thread and receives the job's
``JobContext`` (report progress, ask whether it was cancelled); what it
returns or raises comes back on the GUI thread, where the view touches its
widgets (STYLE.md rule 6).

Results travel through signals of the pool itself, which lives on the GUI
thread and outlives every runnable (``shutdown()`` waits for them), so no
Qt object is ever destroyed from a pool thread.
"""
from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from desktop.errors import Refused

log = logging.getLogger("qamqor")

PROGRESS_INTERVAL_S = 0.05  # at most twenty progress updates a second reach the window


class JobContext:
    """What the function on the pool thread may use; plain Python, thread-safe."""

    def __init__(self, pool: WorkerPool, job_id: int):
        self._pool = pool
        self._job_id = job_id
        self._cancel = threading.Event()
        self._last_progress = 0.0

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self._pool._progress.emit(self._job_id, int(done), int(total))


class Job(QObject):
    """One piece of work handed to the pool, seen from the GUI thread."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)     # what the function returned
    failed = Signal(str)           # a Refused's message, for a person

    def __init__(self, context: JobContext, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.finished = False
        self.discarded = False

    def cancel(self) -> None:
        """Ask the function to stop; what it returns still arrives."""
        self.context.cancel()

    def discard(self) -> None:
        """Nobody wants the result any more (a newer search replaced it)."""
        self.discarded = True
        self.context.cancel()

    @property
    def running(self) -> bool:
        return not self.finished


class _Runnable(QRunnable):
    def __init__(self, pool: WorkerPool, job_id: int, fn: Callable[[JobContext], Any], context: JobContext):
        super().__init__()
        self.setAutoDelete(True)
        self._pool = pool
        self._job_id = job_id
        self._fn = fn
        self._context = context

    def run(self) -> None:
        try:
            value, error = self._fn(self._context), None
        except BaseException as err:  # noqa: BLE001 — handed to the GUI thread, which re-raises bugs
            value, error = None, err
        try:
            self._pool._result.emit(self._job_id, value, error)
        except RuntimeError:
            # The pool's window went away meanwhile (a log-in window closed while the
            # password was being checked): nobody waits for this result.
            log.debug("work ended after its window closed")
        self._fn = None
        self._context = None


class WorkerPool(QObject):
    """The pool threads of one main window."""

    _result = Signal(int, object, object)  # job id, value, exception (from a pool thread)
    _progress = Signal(int, int, int)      # job id, done, total (from a pool thread)

    def __init__(self, parent: QObject | None = None, *, threads: int = 2):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        # Few threads: the machine has few cores, and each running task holds a
        # database connection of its own.
        self._pool.setMaxThreadCount(threads)
        self._jobs: dict[int, tuple[Job, Callable | None, Callable | None]] = {}
        self._ids = itertools.count(1)
        self._closed = False
        self._result.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def start(self, fn: Callable[[JobContext], Any], *, on_done: Callable[[Any], None] | None = None,
              on_failed: Callable[[str], None] | None = None) -> Job:
        """Run ``fn(context)`` on a pool thread; ``on_done(value)`` or ``on_failed(message)``
        are called on the GUI thread unless the job was discarded. An exception
        other than Refused is a bug: it is raised again on the GUI thread."""
        job_id = next(self._ids)
        context = JobContext(self, job_id)
        # No parent: the job lives while the pool or a view holds it, and dies on
        # the GUI thread (the runnable never holds it).
        job = Job(context)
        if self._closed:
            job.finished = True
            return job
        self._jobs[job_id] = (job, on_done, on_failed)
        self._pool.start(_Runnable(self, job_id, fn, context))
        return job

    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every runnable ended (tests, and before closing the database)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Cancel everything and wait: the database is about to close."""
        self._closed = True
        for job, _, _ in self._jobs.values():
            job.discard()
        self._pool.waitForDone()
        for job, _, _ in self._jobs.values():
            job.finished = True
        self._jobs.clear()

    @Slot(int, int, int)
    def _report(self, job_id: int, done: int, total: int) -> None:
        entry = self._jobs.get(job_id)
        if entry is not None and not entry[0].discarded:
            entry[0].progressed.emit(done, total)

    @Slot(int, object, object)
    def _deliver(self, job_id: int, value: object, error: object) -> None:
        entry = self._jobs.pop(job_id, None)
        if entry is None:
            return
        job, on_done, on_failed = entry
        job.finished = True
        if job.discarded:
            if error is not None and not isinstance(error, Refused):
                log.error("error in discarded work", exc_info=error)
            return
        if error is None:
            job.succeeded.emit(value)
            if on_done is not None:
                on_done(value)
        elif isinstance(error, Refused):
            job.failed.emit(str(error))
            if on_failed is not None:
                on_failed(str(error))
        else:
            raise error
