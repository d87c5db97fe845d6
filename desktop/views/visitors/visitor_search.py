"""The shared search index of a main window, and search as you type.

``IndexKeeper`` loads the window's one ``VisitorIndex`` after log-in on a
pool thread, then refreshes it every half minute (and whenever asked) so a
multi-desk branch sees the other desks' registrations. ``SearchRunner`` runs
each query on a pool thread a moment after the last keystroke and hands back
only the newest query's hits (the kit's AsYouType, waiting for the index).
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.services.visitors import VisitorService
from desktop.views.kit.as_you_type import DEBOUNCE_MS, AsYouType
from desktop.views.kit.search_index import IndexKeeper
from desktop.views.kit.workers import WorkerPool

RESULT_LIMIT = 50


class SearchRunner(AsYouType):
    """Searches on a pool thread, a short pause after the last keystroke.

    Only the newest query's hits are announced; older ones still running are
    discarded when they end. No search runs before the index is loaded: the
    newest query runs once it is.
    """

    def __init__(self, service: VisitorService, keeper: IndexKeeper, workers: WorkerPool, *,
                 delay_ms: int = DEBOUNCE_MS, limit: int = RESULT_LIMIT, parent: QObject | None = None):
        super().__init__(lambda query: service.search(query, limit=limit), workers, delay_ms=delay_ms,
                         parent=parent)
        self.service = service
        self.keeper = keeper
        self.limit = limit
        keeper.loaded.connect(self._index_ready)

    def ready(self) -> bool:
        # Searching now would make the service read the whole index on this
        # query's thread; the search runs when the index is ready.
        return self.keeper.is_loaded

    def _index_ready(self) -> None:
        if self.query:
            self.run_now()
