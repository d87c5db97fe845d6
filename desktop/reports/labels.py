"""Printed documents speak the languages chosen for them, not the interface's.

The strings are the interface's own catalogue (translations/qamqor_<lang>.qm,
context "Letter"), read through one QTranslator per language. A string not
yet translated prints in English, the source language.
"""
from __future__ import annotations

import functools
import re

from PySide6.QtCore import QTranslator

from desktop.i18n import LANGUAGES, translations_dir


@functools.cache
def _translator(lang: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(f"qamqor_{lang}", str(translations_dir())) else None


def translate(lang: str, context: str, source: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    translator = _translator(lang)
    text = translator.translate(context, source) if translator is not None else ""
    return text or source


def translate_count(lang: str, context: str, source: str, n: int) -> str:
    """A string with a count, "%n place(s) open", in the plural form the
    language gives that number (Russian has three forms, Kazakh and English
    two), %n replaced by the number. Not yet translated, it prints in English,
    the "(s)" dropped for one and kept for any other number."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    translator = _translator(lang)
    text = translator.translate(context, source, None, n) if translator is not None else ""
    if not text:
        text = re.sub(r"\((\w+)\)", "" if n == 1 else r"\1", source)
    return text.replace("%n", str(n))
