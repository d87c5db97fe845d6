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

from PySide6.QtCore import QObject, QTimer

TICK_MS = 250


def collect_due() -> int:
    """Collect the generation whose threshold is reached, as the automatic
    collector would; return the generation collected, or -1."""
    count0, count1, count2 = gc.get_count()
    threshold0, threshold1, threshold2 = gc.get_threshold()
    if count0 < threshold0:
        return -1
    generation = 0
    if count1 >= threshold1:
        generation = 2 if count2 >= threshold2 else 1
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
