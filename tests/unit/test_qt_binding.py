"""The Qt binding installed is one whose calls do not leak references.

PySide6 6.12.0 on Python 3.11 takes a reference to None away on every call of
a Qt method that returns nothing; after a few thousand calls the interpreter
aborts. pyproject.toml excludes that release; this test catches a relapse.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_keep_none_alive():
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before
