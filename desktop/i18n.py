"""Languages: Qamqor's own catalogue plus Qt's (standard buttons, print dialogs).

QtCore only, so the command line and the printed documents use the same
catalogue as the window.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("kk", "ru", "en")
DEFAULT = "en"


def translate_n(context: str, source: str, n: int) -> str:
    """A string with a count ("%n row(s) imported.") in the plural form of
    the interface's language.

    pyside6-lupdate gives a string its plural forms only when it sees the
    count as a literal number, so a module that calls this lists each such
    string once more, with the count 1, in a function that is never called
    (``_plural_sources``); tests/unit/test_translations.py checks that every
    string with %n has its plural forms in the catalogues.
    """
    return QCoreApplication.translate(context, source, None, n)


def fill(template: str, *args: object) -> str:
    """Replace %1, %2, ... as Qt's QString.arg does, for translated templates."""
    # Highest number first, so %1 does not eat the start of %10.
    for i in range(len(args), 0, -1):
        template = template.replace(f"%{i}", str(args[i - 1]))
    return template


def project_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def translations_dir() -> Path:
    return project_root() / "translations"


def language_name(lang: str) -> str:
    # Each language by its own name, so a person can find theirs in any interface language.
    return {"kk": "Қазақша", "ru": "Русский", "en": "English"}[lang]


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else DEFAULT


class Translations:
    """Holds the installed translators so they can be swapped at run time."""

    def __init__(self):
        self._installed: list[QTranslator] = []
        self.language = DEFAULT

    def install(self, lang: str) -> str:
        if lang not in LANGUAGES:
            lang = DEFAULT
        app = QCoreApplication.instance()
        # The locale first: installing a translator re-translates the windows at
        # once, and what they sort or format then must already see the new language.
        QLocale.setDefault(QLocale({"kk": QLocale.Language.Kazakh, "ru": QLocale.Language.Russian,
                                    "en": QLocale.Language.English}[lang]))
        for tr in self._installed:
            QCoreApplication.removeTranslator(tr)
        self._installed = []
        qt = QTranslator()
        if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(qt)
        own = QTranslator()
        # English too: it carries the English plural forms (one visit, two visits).
        if own.load(f"qamqor_{lang}", str(translations_dir())):
            self._installed.append(own)
        if app is not None:
            for tr in self._installed:
                QCoreApplication.installTranslator(tr)
        self.language = lang
        return lang
