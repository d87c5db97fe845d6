"""``qamqor --self-test`` from the source tree: every step passes, nothing on
stderr; a failing step says which on stderr, exits 1 and still cleans up."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType

from desktop.selftest import _Problems

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("translations", "new branch", "log-in and every area", "branch at schema 0001",
         "log-in with migration", "PDF", "close")


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    # Temporary files of the self-test go under tmp_path, so the test can see
    # that it removed them.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), TMPDIR=str(tmp_path),
               TEMP=str(tmp_path), TMP=str(tmp_path))
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=180)


def test_self_test_passes_from_the_source_tree(tmp_path):
    result = _run(["-m", "desktop", "--self-test"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    for step in STEPS:
        assert any(line.startswith(f"self-test: {step}: ok") for line in lines), (step, result.stdout)
    assert lines[-1] == "self-test: temporary folder deleted; all steps passed"
    assert list(tmp_path.iterdir()) == []


def test_a_failing_step_exits_1_names_the_step_and_still_cleans_up(tmp_path):
    probe = ("import sys, desktop.selftest as s\n"
             "def broken(self):\n"
             "    raise OSError('the disk is full')\n"
             "s._Run.pdf = broken\n"
             "sys.exit(s.run_self_test())\n")
    result = _run(["-c", probe], tmp_path)
    assert result.returncode == 1
    assert "FAILED: PDF: OSError: the disk is full" in result.stderr
    assert "self-test: log-in with migration: ok" in result.stdout
    assert "all steps passed" not in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_qt_warnings_count_as_problems_but_the_offscreen_notice_does_not():
    problems = _Problems()
    problems.qt_message(QtMsgType.QtWarningMsg, None, "This plugin does not support propagateSizeHints()")
    problems.qt_message(QtMsgType.QtDebugMsg, None, "chatter")
    problems.qt_message(QtMsgType.QtInfoMsg, None, "more chatter")
    assert problems.items == []
    problems.qt_message(QtMsgType.QtWarningMsg, None, "QWidget::setLayout: already has a layout")
    problems.qt_message(QtMsgType.QtCriticalMsg, None, "cannot open font")
    assert problems.items == ["Qt QtWarningMsg: QWidget::setLayout: already has a layout",
                              "Qt QtCriticalMsg: cannot open font"]
