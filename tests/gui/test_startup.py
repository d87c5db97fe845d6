"""Start-up: the first window appears without loading the storage libraries."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import app
from desktop.services import storage
from desktop.services.datadir import LocalSettings

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "argon2", "pyrage", "cryptography", "desktop.services.accounts")

PROBE = """
import sys
from pathlib import Path
from desktop.app import run_app
code = run_app(data_dir=Path(sys.argv[1]), exit_when_shown=True)
heavy = sorted(m for m in sys.modules if m == "desktop.services.accounts"
               or m.split(".")[0] in ("sqlalchemy", "alembic", "argon2", "pyrage", "cryptography"))
print("HEAVY", ",".join(heavy))
sys.exit(code)
"""


def run_probe(data_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", PROBE, str(data_dir)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("has_branch", [True, False], ids=["log-in", "wizard"])
def test_first_window_shows_without_storage_libraries(tmp_path, has_branch):
    if has_branch:
        (tmp_path / "qamqor.db").write_bytes(b"")
        (tmp_path / "qamqor.keys").write_bytes(b"")
    result = run_probe(tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "QAMQOR-SHOWN"
    assert lines[1] == "HEAVY "


def test_light_file_checks_agree_with_the_storage_code(tmp_path, branch_dir):
    assert (app.DB_FILE, app.KEYS_FILE, app.SETTINGS_FILE) == (
        storage.DB_NAME, storage.KEYS_NAME, storage.SETTINGS_NAME)
    assert app.branch_exists(branch_dir) is storage.EncryptedStore(branch_dir).exists() is True
    assert app.branch_exists(tmp_path) is storage.EncryptedStore(tmp_path).exists() is False

    assert app.saved_language(tmp_path) is None
    LocalSettings(tmp_path).language = "ru"
    assert app.saved_language(tmp_path) == "ru"
    LocalSettings(tmp_path).language = "xx"
    assert app.saved_language(tmp_path) is None
    (tmp_path / "settings.json").write_text("not json", "utf-8")
    assert app.saved_language(tmp_path) is None


SECOND = """
import sys
from pathlib import Path
from desktop.app import run_app
from desktop.views.kit.dialogs import DialogService

class Told(DialogService):
    def _tell(self, icon, parent, title, text):
        print("TOLD", text, flush=True)

sys.exit(run_app(data_dir=Path(sys.argv[1]), exit_when_shown=True, language="en", dialogs=Told()))
"""

HOLD_AND_DIE = """
import os, signal, sys
from pathlib import Path
from desktop.services.locks import WindowLock
WindowLock(Path(sys.argv[1])).acquire()
print("HELD", os.getpid(), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _python(code: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code, str(data_dir)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_a_second_window_on_the_same_branch_is_told_it_is_open(branch_dir):
    from desktop.services.locks import WindowLock

    first = WindowLock(branch_dir)
    first.acquire()  # the first window, here in the test's own process
    try:
        second = _python(SECOND, branch_dir)
    finally:
        first.release()
    assert second.returncode == 1
    assert "QAMQOR-SHOWN" not in second.stdout
    told = second.stdout.split("TOLD", 1)[1].strip()
    assert told.startswith("Qamqor is already open for this branch on this computer")
    assert f"(program {os.getpid()})" in told
    # Once the first window has closed, the next one opens.
    third = _python(SECOND, branch_dir)
    assert third.returncode == 0, third.stderr
    assert third.stdout.startswith("QAMQOR-SHOWN")


@pytest.mark.skipif(os.name != "posix", reason="kills a process with SIGKILL")
def test_a_lock_left_by_a_crashed_window_is_taken_over(branch_dir):
    crashed = _python(HOLD_AND_DIE, branch_dir)
    assert crashed.returncode == -9 and crashed.stdout.startswith("HELD")
    dead_pid = crashed.stdout.split()[1]
    assert (branch_dir / "qamqor.window.lock").read_text().strip() == dead_pid
    after = _python(SECOND, branch_dir)
    assert after.returncode == 0, after.stderr
    assert after.stdout.startswith("QAMQOR-SHOWN")
