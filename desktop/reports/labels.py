"""Printed documents speak the languages chosen for them, not the interface's.

The strings are the interface's own catalogue (translations/qamqor_<lang>.qm,
context "Letter"), read through one QTranslator per language. A string not
yet translated prints in English, the source language.
"""
from __future__ import annotations

import functools

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
