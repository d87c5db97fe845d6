"""Private files (a PDF handed to a viewer or to Windows printing) after a crash:
a Qamqor killed while it holds one leaves it behind, and the next start removes
it; a Qamqor still running keeps its own."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.services.private_files import PREFIX

ROOT = Path(__file__).resolve().parents[2]
HOLD = ("from desktop.services.private_files import keep_until_exit\n"
        "path = keep_until_exit(b'%PDF-1.4 Karimova Dilnoza', name='KZ-ALA-2026-000001.pdf')\n"
        "print(path, flush=True)\n"
        "import sys; sys.stdin.read()\n")


def _holder(env: dict) -> tuple[subprocess.Popen, Path]:
    child = subprocess.Popen([sys.executable, "-c", HOLD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True, env=env, cwd=ROOT)
    return child, Path(child.stdout.readline().strip())


def test_the_next_start_removes_what_a_killed_qamqor_left_and_spares_a_running_one(tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    env = dict(os.environ, TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp), QT_QPA_PLATFORM="offscreen")
    killed, left = _holder(env)
    running, kept = _holder(env)
    try:
        assert left.read_bytes().startswith(b"%PDF") and kept.exists()
        assert left.stat().st_mode & 0o777 == 0o600
        assert left.parent.parent.stat().st_mode & 0o777 == 0o700
        killed.kill()  # no clean-up at exit: as after a crash or a power cut
        killed.communicate(timeout=30)
        assert left.exists()

        # The next start (the first-run window of an empty folder, shown and closed).
        start = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "branch"),
                                "--lang", "en", "--exit-when-shown"], env=env, cwd=ROOT, capture_output=True,
                               text=True, timeout=120)
        assert start.returncode == 0, start.stderr
        assert not left.exists() and not left.parent.parent.exists()
        assert kept.exists()
    finally:
        running.communicate(timeout=30)  # its input ends, and so does it, normally: its folder goes with it
        killed.kill()
        killed.communicate(timeout=30)
    assert not kept.exists()
    assert [p.name for p in temp.iterdir() if p.name.startswith(PREFIX)] == []
