"""Reference cycles are collected on the GUI thread, never on a pool thread."""
from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from desktop.views.shell.collector import collect_due


class _Cycle:
    def __init__(self, collected_in: list[str]):
        self.me = self
        self.collected_in = collected_in

    def __del__(self):
        self.collected_in.append(threading.current_thread().name)


def test_automatic_collection_is_off_for_the_run():
    # The session's collector (tests/conftest.py) has switched it off, as the program does.
    assert not gc.isenabled()


def test_a_cycle_made_on_a_worker_is_collected_on_the_gui_thread():
    collected_in: list[str] = []

    def worker():
        for _ in range(5000):  # far past every threshold: the automatic collector would run here
            _Cycle(collected_in)
            QObject()
    thread = threading.Thread(target=worker, name="pool-thread")
    thread.start()
    thread.join()
    assert collected_in == []

    while collect_due() != -1:
        pass
    gc.collect()
    assert len(collected_in) == 5000
    assert set(collected_in) == {threading.main_thread().name}


def test_collect_due_waits_for_the_threshold():
    gc.collect()
    assert collect_due() == -1
