"""Python's cycle collector runs on the GUI thread only.

CPython collects reference cycles in whichever thread happens to cross the
allocation threshold. With searches and exports on pool threads, that may be
a pool thread, and a cycle holding a closed window or dialog would then have
its Qt objects destroyed off the GUI thread: Qt forbids that, and it can hang
or crash the program at random. So automatic collection is switched off and a
timer on the GUI thread does the same work, by the same thresholds.

Reference counting still frees almost everything at once, in any thread;
only cycles wait for the next tick.
"""
from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

TICK_MS = 250
# A full collection walks every object (with 200,000 visitors loaded, up to
# 150 ms): at most one a minute, as CPython itself holds them back when
# little has been added to the oldest generation.
FULL_EVERY_S = 60.0

_last_full = time.monotonic()


def collect_due() -> int:
    """Collect the generation whose threshold is reached, as the automatic
    collector would; return the generation collected, or -1."""
    global _last_full
    count0, count1, count2 = gc.get_count()
    threshold0, threshold1, threshold2 = gc.get_threshold()
    if count0 < threshold0:
        return -1
    generation = 0
    if count1 >= threshold1:
        generation = 1
        if count2 >= threshold2 and time.monotonic() - _last_full >= FULL_EVERY_S:
            generation = 2
            _last_full = time.monotonic()
    gc.collect(generation)
    return generation


class GuiThreadCollector(QObject):
    """Switch automatic collection off and collect on the GUI thread's timer."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = TICK_MS):
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(collect_due)
        self._timer.start()

    def stop(self) -> None:
        """Hand collection back to Python (the program is ending)."""
        self._timer.stop()
        gc.enable()
