"""Switching the interface language of the running program."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.errors import Refused
from desktop.i18n import LANGUAGES, Translations, language_name

log = logging.getLogger("qamqor")


class LanguageSwitcher(QObject):
    """Installs another language at once and remembers it for this computer.

    Installing a translator makes Qt send ``QEvent.LanguageChange`` to every
    widget, and each one re-reads its texts (``Retranslatable``).
    """

    changed = Signal(str)

    def __init__(self, translations: Translations, *, data_dir: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self.translations = translations
        self.data_dir = Path(data_dir) if data_dir is not None else None

    @property
    def language(self) -> str:
        return self.translations.language

    def choose(self, lang: str) -> None:
        if lang == self.language:
            return
        self.translations.install(lang)
        # Also when no catalogue changed (no .qm for this language yet): dates and
        # numbers follow the new locale, and every widget re-reads its texts.
        app = QCoreApplication.instance()
        if app is not None:
            QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
        self._remember(self.language)
        self.changed.emit(self.language)

    def _remember(self, lang: str) -> None:
        if self.data_dir is None:
            return
        # Imported here, not at the top: the services load SQLAlchemy and argon2,
        # which must not slow the start before the log-in window shows.
        from desktop.services.datadir import LocalSettings

        try:
            LocalSettings(self.data_dir).language = lang
        except Refused as err:
            # The language still applies now; only the memory of it is lost.
            log.warning("could not remember the language: %s", err)


class LanguageCombo(QComboBox):
    """Each language under its own name; follows and drives a LanguageSwitcher."""

    def __init__(self, switcher: LanguageSwitcher, parent: QWidget | None = None):
        super().__init__(parent)
        self.switcher = switcher
        for lang in LANGUAGES:
            self.addItem(language_name(lang), lang)
        self._show(switcher.language)
        self.activated.connect(self._chosen)
        switcher.changed.connect(self._show)

    def _show(self, lang: str) -> None:
        index = self.findData(lang)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        self.switcher.choose(self.itemData(index))

    def choose(self, lang: str) -> None:
        """As if the person picked ``lang`` from the list."""
        index = self.findData(lang)
        self.setCurrentIndex(index)
        self._chosen(index)
