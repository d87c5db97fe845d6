"""Start-up: time from process start to the login window shown, for Qamqor
and, in the same run, for a bare PySide6 window, and their ratio.

    python -m benchmarks startup [--runs N]

Runs alternate between the two programs so that a noisy neighbour slows both.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._util import median

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit, QPushButton
app = QApplication(sys.argv)
d = QDialog(); f = QFormLayout(d)
f.addRow("User", QLineEdit()); f.addRow("Password", QLineEdit()); f.addRow(QPushButton("Log in"))
def shown():
    print("QAMQOR-SHOWN", flush=True); app.quit()
d.show(); QTimer.singleShot(0, shown)
app.exec()
"""


def _time_until_shown(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    for line in proc.stdout:
        if line.strip() == "QAMQOR-SHOWN":
            elapsed = time.perf_counter() - start
            break
    else:
        proc.wait()
        raise RuntimeError(f"{cmd[0]} ended without showing a window: {proc.stderr.read()[-2000:]}")
    proc.stdout.close()
    proc.wait(timeout=30)
    proc.stderr.close()
    return elapsed


def _make_branch(root: Path) -> None:
    from desktop.services.accounts import BranchGate

    gate = BranchGate(root)
    gate.initialise(branch_code="KZ-BEN", branch_name="Benchmark", admin_username="admin",
                    admin_password="benchmark-password")
    gate.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks startup")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "branch"
        _make_branch(root)
        qamqor = [sys.executable, "-m", "desktop", "--data-dir", str(root), "--exit-when-shown"]
        bare = [sys.executable, "-c", BARE]
        # One warm-up each: the first run pays for the disk cache.
        _time_until_shown(qamqor, env)
        _time_until_shown(bare, env)
        ours, theirs = [], []
        for _ in range(args.runs):
            ours.append(_time_until_shown(qamqor, env))
            theirs.append(_time_until_shown(bare, env))
    q, b = median(ours), median(theirs)
    print(f"start-up to login window, median of {args.runs} runs")
    print(f"  qamqor            {q * 1000:8.1f} ms   (min {min(ours) * 1000:.1f}, max {max(ours) * 1000:.1f})")
    print(f"  bare PySide6      {b * 1000:8.1f} ms   (min {min(theirs) * 1000:.1f}, max {max(theirs) * 1000:.1f})")
    print(f"  ratio             {q / b:8.2f}     (target <= 1.5)")
    return 0
