"""Lists sorted as a reader of the interface language expects: words in that
language's alphabetical order (Kazakh Ә after А, Қ after К), capitals and
small letters together, numbers by value ("9" before "10")."""
from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt


def interface_collator() -> QCollator:
    """The collator of the interface language (the default locale the language
    switch sets)."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


class CollatedSortProxy(QSortFilterProxyModel):
    """A sort/filter proxy that compares text with the interface language's
    collation; other values (dates, numbers given in the sort role) as Qt does.
    The collator follows a language switch: ``relocalise()`` re-sorts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._collator = interface_collator()
        self._locale = QLocale().name()

    def relocalise(self) -> None:
        if QLocale().name() != self._locale:
            self._collator = interface_collator()
            self._locale = QLocale().name()
        self.invalidate()

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802 (Qt override)
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        return super().lessThan(left, right)
