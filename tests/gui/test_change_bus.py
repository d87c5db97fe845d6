"""The views' bus: a database's changes reach the views on the GUI thread, in order."""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from desktop.services.changes import PERSON, SHIFT, Change, ChangeFeed
from desktop.views.kit.changes import ChangeBus


def test_changes_from_a_pool_thread_arrive_on_the_gui_thread(qtbot):
    feed = ChangeFeed()
    bus = ChangeBus()
    heard: list[tuple[Change, bool]] = []
    bus.changed.connect(lambda change: heard.append((change, QThread.currentThread() is bus.thread())))
    stop = bus.follow(feed)
    feed.publish(Change.of(PERSON, 1))  # on the GUI thread: at once
    assert heard == [(Change.of(PERSON, 1), True)]
    worker = threading.Thread(target=lambda: feed.publish(Change.of(SHIFT, 2)))
    worker.start()
    worker.join()
    assert len(heard) == 1  # not on the worker's thread
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert heard[1] == (Change.of(SHIFT, 2), True)
    stop()
    feed.publish(Change.of(PERSON, 3))  # the window logged out: its bus no longer hears
    assert len(heard) == 2
