"""The long-work runner: a bar, what is being done, Cancel, and what the page hears at the end."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.errors import Refused
from desktop.views.kit.long_work import LongWork
from desktop.views.kit.widgets import MessageLabel
from desktop.views.kit.workers import JobContext, WorkerPool


@pytest.fixture
def page(qtbot):
    workers = WorkerPool()
    page = QWidget()
    page.message = MessageLabel(page)
    page.long_work = LongWork(workers, message=page.message, parent=page)
    layout = QVBoxLayout(page)
    layout.addWidget(page.message)
    layout.addWidget(page.long_work)
    qtbot.addWidget(page)
    page.show()
    yield page
    workers.shutdown()


def held(release: threading.Event, started: threading.Event, *, steps: int = 0, value=None):
    """Work that reports ``steps`` steps, then waits for the test, then gives ``value``
    (or None if it was cancelled meanwhile)."""
    def work(ctx: JobContext):
        for i in range(steps):
            ctx.progress(i + 1, steps)
        started.set()
        while not release.wait(0.01):
            if ctx.cancelled():
                return None
        return value
    return work


def test_the_bar_shows_while_the_work_runs_and_the_page_gets_the_result(qtbot, page):
    runner: LongWork = page.long_work
    release, started = threading.Event(), threading.Event()
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    results: list[object] = []
    counted: list[tuple[int, int]] = []
    assert not runner.isVisible()

    def progress(done: int, total: int) -> None:
        counted.append((done, total))
        runner.set_step(f"{done} of {total}")
    runner.run(held(release, started, steps=3, value="done"), on_done=results.append, on_progress=progress,
               step="Counting…")
    assert runner.progress.isVisible() and runner.cancel_button.isVisible()
    assert runner.step.text() == "Counting…"
    assert runner.busy() and busy == [True]
    # A second piece of work waits its turn: it is not started.
    assert runner.run(lambda _ctx: "other") is None
    qtbot.waitUntil(lambda: (3, 3) in counted)
    assert runner.progress.maximum() == 3 and runner.progress.value() == 3
    assert runner.step.text() == "3 of 3"
    release.set()
    qtbot.waitUntil(lambda: results == ["done"])
    assert not runner.isVisible() and not runner.busy() and busy == [True, False]
    assert not page.message.isVisible()


def test_cancel_stops_the_work_and_says_so(qtbot, page):
    runner: LongWork = page.long_work
    release, started = threading.Event(), threading.Event()
    results: list[object] = []
    runner.run(held(release, started, value="finished"), on_done=results.append,
               stopping_text="Stopping after this row…", stopped_text="Stopped; nothing was saved.")
    qtbot.waitUntil(started.is_set)
    qtbot.mouseClick(runner.cancel_button, Qt.MouseButton.LeftButton)
    assert not runner.cancel_button.isEnabled()
    assert runner.step.text() == "Stopping after this row…"
    qtbot.waitUntil(lambda: not runner.busy())
    assert results == []  # nothing came back: the page is not told of a result
    assert page.message.kind == "done" and page.message.text() == "Stopped; nothing was saved."
    assert not runner.isVisible()


def test_work_that_finished_although_cancelled_still_reports_its_result(qtbot, page):
    runner: LongWork = page.long_work
    gate = threading.Event()
    results: list[object] = []

    def work(ctx: JobContext):
        gate.wait(5)
        return "part of it"  # an import keeps the rows saved before it stopped
    runner.run(work, on_done=results.append, stopped_text="Stopped.")
    runner.cancel()
    gate.set()
    qtbot.waitUntil(lambda: results == ["part of it"])
    assert not page.message.isVisible()


def test_a_refusal_goes_to_the_message_line_or_to_the_page(qtbot, page):
    runner: LongWork = page.long_work

    def refused(_ctx: JobContext):
        raise Refused("The stick is full.")
    runner.run(refused)
    qtbot.waitUntil(lambda: page.message.kind == "error")
    assert page.message.text() == "The stick is full." and not runner.isVisible()

    taken: list[str] = []
    runner.run(refused, on_failed=taken.append)
    assert not page.message.isVisible()  # a new piece of work clears the old message
    qtbot.waitUntil(lambda: taken == ["The stick is full."])
    assert not page.message.isVisible()


def test_work_that_must_finish_greys_cancel(qtbot, page):
    runner: LongWork = page.long_work
    release, started = threading.Event(), threading.Event()
    runner.run(held(release, started, value=1), step="Collecting…", cancellable=False)
    assert runner.progress.isVisible() and not runner.cancel_button.isVisible()
    runner.cancel()  # nothing to press: nothing happens
    assert runner.step.text() == "Collecting…"
    release.set()
    qtbot.waitUntil(lambda: not runner.busy())

    release.clear()
    started.clear()
    runner.run(held(release, started, value=1))
    runner.cannot_cancel("Writing the file…")
    assert not runner.cancel_button.isEnabled() and runner.step.text() == "Writing the file…"
    qtbot.mouseClick(runner.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy())
    assert not page.message.isVisible()


def test_following_work_started_elsewhere(qtbot, page):
    runner: LongWork = page.long_work
    release, started = threading.Event(), threading.Event()
    job = runner.workers.start(held(release, started, steps=2, value=True))
    runner.follow(job)
    assert runner.progress.isVisible() and runner.busy()
    qtbot.waitUntil(lambda: runner.progress.maximum() == 2)
    qtbot.mouseClick(runner.cancel_button, Qt.MouseButton.LeftButton)
    assert job.context.cancelled()
    qtbot.waitUntil(lambda: not runner.busy())
    assert not runner.isVisible()


def test_stop_forgets_the_work(qtbot, page):
    runner: LongWork = page.long_work
    release, started = threading.Event(), threading.Event()
    results: list[object] = []
    job = runner.run(held(release, started, value="late"), on_done=results.append)
    runner.stop()
    assert not runner.busy() and not runner.isVisible() and job.discarded
    release.set()
    runner.workers.wait(5000)
    qtbot.waitUntil(lambda: job.finished)
    assert results == []
