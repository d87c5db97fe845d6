"""The Qt binding installed is one whose calls do not leak references.

PySide6 6.12.0 on Python 3.11 takes a reference to None away on every call of
a Qt method that returns nothing; after a few thousand calls the interpreter
aborts ("none_dealloc"). pyproject.toml excludes that release; these tests
catch a relapse: the installed version, and a program that makes many such
calls and must end normally. (From Python 3.12 None is immortal and the leak
is harmless, so there the program ends normally whatever the binding does.)
"""
from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

CALLS = """
from PySide6.QtCore import QObject
probe = QObject()
for _ in range(200_000):
    probe.setObjectName("probe")
print("done")
"""


def test_the_installed_binding_is_not_the_leaking_release():
    assert version("pyside6-essentials") != "6.12.0"


def test_many_void_calls_leave_the_interpreter_alive():
    result = subprocess.run([sys.executable, "-c", CALLS], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done"
