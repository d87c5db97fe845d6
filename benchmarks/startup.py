"""Start-up: time from process start to the login window shown, for Qamqor
and, in the same run, for a bare PySide6 window, and their ratio.

    python -m benchmarks startup [--runs N]
    python -m benchmarks startup --frozen [DIR] [--bare BARE_DIR] [--runs N]

Runs alternate between the two programs so that a noisy neighbour slows both;
the ratio of the processor time each run took (start to exit, not on
Windows) is printed as well, which a busy machine disturbs far less.

With --frozen, the same for the packaged program (DIR, default dist/qamqor,
built by `make package`) against a bare PySide6 window frozen the same way
(packaging/bare.spec; built into dist/bare the first time), and the size of
the folder. On Windows give the debug build (dist/qamqor-debug): the windowed
one has no standard output to say when its window is up.
"""
from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._util import median

ROOT = Path(__file__).resolve().parent.parent
SIZE_TARGET_MB = 250
RATIO_TARGET = 1.2

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


try:
    import resource
except ImportError:  # Windows: the clock alone
    resource = None

CPU_TIMES: dict[str, list[float]] = {}  # processor time of each whole run (start to exit), by program


def _children_cpu() -> float:
    if resource is None:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time_until_shown(cmd: list[str], env: dict, name: str) -> float:
    cpu = _children_cpu()
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
    CPU_TIMES.setdefault(name, []).append(_children_cpu() - cpu)
    return elapsed


def _make_branch(root: Path) -> None:
    from desktop.services.accounts import BranchGate

    gate = BranchGate(root)
    gate.initialise(branch_code="KZ-BEN", branch_name="Benchmark", admin_username="admin",
                    admin_password="quiet river lantern")  # not the branch's name
    gate.close()


def folder_size(folder: Path) -> int:
    """Bytes in the files of a folder (links not followed, not counted twice)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def _program(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def build_bare(dist: Path) -> Path:
    """Freeze packaging/bare_window.py into ``dist/bare`` (about 30 s)."""
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--distpath", str(dist), "--workpath", work, str(ROOT / "packaging" / "bare.spec")],
                       check=True, cwd=ROOT)
    return dist / "bare"


def _report(runs: int, ours: list[float], theirs: list[float], label: str) -> float:
    q, b = median(ours), median(theirs)
    print(f"start-up to login window, median of {runs} runs{label}")
    print(f"  qamqor            {q * 1000:8.1f} ms   (min {min(ours) * 1000:.1f}, max {max(ours) * 1000:.1f})")
    print(f"  bare PySide6      {b * 1000:8.1f} ms   (min {min(theirs) * 1000:.1f}, max {max(theirs) * 1000:.1f})")
    print(f"  ratio             {q / b:8.2f}     (target <= {RATIO_TARGET})")
    if resource is not None and len(CPU_TIMES) == 2:
        # Processor time, start to exit: what other programs on a busy
        # machine add to the clock does not count, so it varies far less.
        cq, cb = (median(CPU_TIMES[name][1:]) for name in ("qamqor", "bare"))  # without the warm-up runs
        print(f"  ratio of CPU time {cq / cb:8.2f}     (qamqor {cq * 1000:.1f} ms, bare {cb * 1000:.1f} ms, "
              f"start to exit)")
    return q / b


def _measure(qamqor_cmd: list[str], bare_cmd: list[str], runs: int, env: dict) -> tuple[list[float], list[float]]:
    # One warm-up each: the first run pays for the disk cache.
    _time_until_shown(qamqor_cmd, env, "qamqor")
    _time_until_shown(bare_cmd, env, "bare")
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(_time_until_shown(qamqor_cmd, env, "qamqor"))
        theirs.append(_time_until_shown(bare_cmd, env, "bare"))
    return ours, theirs


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks startup")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--frozen", nargs="?", const=str(ROOT / "dist" / "qamqor"), metavar="DIR",
                        help="measure the packaged program in DIR (default: dist/qamqor)")
    parser.add_argument("--bare", metavar="DIR",
                        help="the frozen bare window's folder (default: 'bare' beside DIR, built if missing)")
    args = parser.parse_args(argv)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    if args.frozen is not None:
        return _frozen(args, env)
    # As installed: pip and PyInstaller both compile the program's modules
    # once. Without this, a PYTHONDONTWRITEBYTECODE environment would make
    # every run compile every module from source, which no user waits for.
    compileall.compile_dir(ROOT / "desktop", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "branch"
        _make_branch(root)
        qamqor = [sys.executable, "-m", "desktop", "--data-dir", str(root), "--exit-when-shown"]
        bare = [sys.executable, "-c", BARE]
        ours, theirs = _measure(qamqor, bare, args.runs, env)
    _report(args.runs, ours, theirs, "")
    return 0


def _frozen(args, env: dict) -> int:
    folder = Path(args.frozen).resolve()
    program = _program(folder, "qamqor")
    if not program.exists():
        print(f"no packaged program at {program}: run `make package` first", file=sys.stderr)
        return 1
    bare_dir = Path(args.bare).resolve() if args.bare else folder.parent / "bare"
    if not _program(bare_dir, "bare").exists():
        print(f"freezing the bare PySide6 window into {bare_dir} ...", flush=True)
        bare_dir = build_bare(bare_dir.parent)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "branch"
        _make_branch(root)
        ours, theirs = _measure([str(program), "--data-dir", str(root), "--exit-when-shown"],
                                [str(_program(bare_dir, "bare"))], args.runs, env)
    _report(args.runs, ours, theirs, f" (frozen: {folder})")
    size, bare_size = folder_size(folder) / 1e6, folder_size(bare_dir) / 1e6
    print(f"  folder size       {size:8.1f} MB   (target <= {SIZE_TARGET_MB} MB; bare PySide6 {bare_size:.1f} MB)")
    return 0
