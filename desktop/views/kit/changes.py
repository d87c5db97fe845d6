"""The one application-level signal saying what changed.

A view that changes data announces it on the ``ChangeBus``; every open view
looks at the record types (and ids) and reloads only what concerns it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Change:
    """Which kinds of records changed ("user", "setting", "person", ...) and, where
    known, which ones. Empty ``ids`` means "some of them"."""

    record_types: frozenset[str]
    ids: frozenset[object] = field(default_factory=frozenset)

    def touches(self, *record_types: str) -> bool:
        return not self.record_types.isdisjoint(record_types)


class ChangeBus(QObject):
    changed = Signal(object)  # a Change

    def announce(self, *record_types: str, ids: Iterable[object] = ()) -> Change:
        change = Change(frozenset(record_types), frozenset(ids))
        self.changed.emit(change)
        return change
