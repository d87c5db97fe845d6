"""Long work with a progress bar and a Cancel button: the one piece every page
uses for work that takes seconds (exports, imports, printed pages, loading
the search index).

The page puts a ``LongWork`` where the bar should appear and hands it a
function; the function runs on the window's pool threads (``workers.py``)
with its ``JobContext``. Meanwhile the bar moves, a line says what is being
done, and Cancel asks the function to stop. When it ends the bar goes away
and the page hears of it on the GUI thread: the result, a refusal (shown
on the page's message line unless the page takes it) or, when the person
cancelled and the function gave nothing back, the page's "stopped" text.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.views.kit.widgets import MessageLabel, Retranslatable
from desktop.views.kit.workers import Job, JobContext, WorkerPool


class LongWork(Retranslatable, QWidget):
    """One piece of work at a time: a bar, what is being done, and Cancel.

    Hidden while idle. ``busy_changed`` tells the page when to disable or
    enable the buttons that would start more work.
    """

    busy_changed = Signal(bool)

    def __init__(self, workers: WorkerPool, *, message: MessageLabel | None = None, name: str = "long_work",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.workers = workers
        self.message = message
        self.job: Job | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._on_failed: Callable[[str], None] | None = None
        self._on_progress: Callable[[int, int], None] | None = None
        self._stopped_text = ""
        self._stopping_text = ""
        self._stopping = False

        self.progress = QProgressBar(self)
        self.progress.setObjectName(f"{name}_progress")
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName(f"{name}_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.step = QLabel(self)
        self.step.setObjectName(f"{name}_step")
        self.step.setWordWrap(True)
        self.step.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.step)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def busy(self) -> bool:
        return self.job is not None

    def run(self, fn: Callable[[JobContext], Any], *, on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[str], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None, step: str = "", cancellable: bool = True,
            stopping_text: str = "", stopped_text: str = "") -> Job | None:
        """Run ``fn(context)`` on a pool thread, unless work is already running.

        ``on_done(value)`` gets what ``fn`` returned; if the person pressed Cancel
        and ``fn`` returned None, ``stopped_text`` is shown instead. A refusal goes
        to ``on_failed`` or else to the message line. ``on_progress(done, total)``
        follows the bar (to say "12 of 300…" with ``set_step``).
        """
        if self.job is not None:
            return None
        if self.message is not None:
            self.message.clear_message()
        job = self.workers.start(fn, on_done=self._done, on_failed=self._failed)
        if job.finished:  # the window is closing: nothing runs
            return None
        self._follow(job, on_done=on_done, on_failed=on_failed, on_progress=on_progress, step=step,
                     cancellable=cancellable, stopping_text=stopping_text, stopped_text=stopped_text)
        return job

    def follow(self, job: Job, *, on_done: Callable[[Any], None] | None = None,
               on_failed: Callable[[str], None] | None = None,
               on_progress: Callable[[int, int], None] | None = None, step: str = "", cancellable: bool = True,
               stopping_text: str = "") -> None:
        """Show the progress of work someone else started (a shared loader)."""
        if self.job is not None or job.finished:
            return
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        self._follow(job, on_done=on_done, on_failed=on_failed, on_progress=on_progress, step=step,
                     cancellable=cancellable, stopping_text=stopping_text, stopped_text="")

    def _follow(self, job: Job, *, on_done, on_failed, on_progress, step: str, cancellable: bool,
                stopping_text: str, stopped_text: str) -> None:
        self.job = job
        self._on_done, self._on_failed, self._on_progress = on_done, on_failed, on_progress
        self._stopping_text, self._stopped_text = stopping_text, stopped_text
        self._stopping = False
        job.progressed.connect(self._progressed)
        self.progress.setRange(0, 0)  # no steps to count until the work says how many
        self.set_step(step)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(cancellable)
        self.show()
        self.busy_changed.emit(True)

    def set_step(self, text: str) -> None:
        """Say what is being done now (an empty text hides the line)."""
        self.step.setText(text)
        self.step.setVisible(bool(text))

    def cannot_cancel(self, step: str = "") -> None:
        """From here on the work must finish (a file is being written): Cancel goes grey."""
        self.cancel_button.setEnabled(False)
        if step:
            self.set_step(step)

    def cancel(self) -> None:
        """Ask the work to stop; what it gives back still arrives."""
        if self.job is None or self.cancel_button.isHidden() or not self.cancel_button.isEnabled():
            return
        self.job.cancel()
        self._stopping = True
        self.cancel_button.setEnabled(False)
        self.set_step(self._stopping_text or self.tr("Stopping…"))

    def stop(self) -> None:
        """The page goes away (log-out, lock, closing): nobody waits for the result."""
        if self.job is not None:
            self.job.discard()
            self._finish()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        if self._on_progress is not None and not self._stopping:  # "Stopping…" stays until it stopped
            self._on_progress(done, total)

    def _finish(self) -> Job | None:
        job, self.job = self.job, None
        if job is not None:
            job.progressed.disconnect(self._progressed)
        self.hide()
        self.set_step("")
        self.busy_changed.emit(False)
        return job

    def _done(self, value: object) -> None:
        if self.job is None:
            return
        on_done, stopped_text = self._on_done, self._stopped_text
        job = self._finish()
        if value is None and job is not None and job.context.cancelled():
            if stopped_text and self.message is not None:
                self.message.show_done(stopped_text)
            return
        if on_done is not None:
            on_done(value)

    def _failed(self, text: str) -> None:
        if self.job is None:
            return
        on_failed = self._on_failed
        self._finish()
        if on_failed is not None:
            on_failed(text)
        elif self.message is not None:
            self.message.show_error(text)
