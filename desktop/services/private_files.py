"""Files that must exist for a moment and name people: kept private, and gone.

Most documents never touch the disk before they are saved (CUPS takes a
PDF on its standard input, previews are drawn from memory). Two cases cannot
avoid a file: the system's PDF viewer, when no preview can be drawn here,
and printing on Windows, where the shell hands a file to the PDF viewer.
Those files go into one folder per running Qamqor, in the temp folder:

- the folder is readable by this user alone (``mkdtemp``: 0700) and every
  file in it too (0600);
- a file is removed as soon as nothing needs it (``private_file``), or when
  Qamqor ends (``keep_until_exit``: a viewer may still be reading it);
- the folder holds a lock file while its Qamqor runs (``QLockFile``, which
  knows a lock whose process is gone); ``remove_left_behind()``, called at
  start-up, removes the folders of every Qamqor that ended without cleaning
  up (a crash, a killed process, a power cut), and leaves running ones alone.
"""
from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QLockFile

PREFIX = "qamqor-private-"
LOCK_NAME = "running.lock"
# A folder just made has no lock file for a moment: one younger than this is left alone.
GRACE_S = 60.0

_lock = threading.Lock()
_folder: _Folder | None = None


class _Folder:
    def __init__(self):
        self.path = Path(tempfile.mkdtemp(prefix=PREFIX))
        self.owner = QLockFile(str(self.path / LOCK_NAME))
        self.owner.setStaleLockTime(0)  # stale only when its process is gone, however long it has run
        self.owner.tryLock(0)
        self.kept: list[Path] = []

    def remove(self) -> None:
        self.owner.unlock()
        shutil.rmtree(self.path, ignore_errors=True)


def _this_process() -> _Folder:
    global _folder
    with _lock:
        if _folder is None or not _folder.path.is_dir():
            _folder = _Folder()
            atexit.register(_remove_at_exit)
        return _folder


def _remove_at_exit() -> None:
    global _folder
    with _lock:
        if _folder is not None:
            _folder.remove()
            _folder = None


def _safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "document"


def _write(data: bytes, name: str) -> Path:
    folder = Path(tempfile.mkdtemp(dir=_this_process().path))  # one per file: the name stays as given
    path = folder / _safe_name(name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return path


@contextlib.contextmanager
def private_file(data: bytes, *, name: str) -> Iterator[Path]:
    """``data`` in a file only this user can read, gone when the block ends."""
    path = _write(data, name)
    try:
        yield path
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)


def keep_until_exit(data: bytes, *, name: str) -> Path:
    """``data`` in a file only this user can read, for another program that
    opens it later; removed when Qamqor ends (or, after a crash, at its next start)."""
    path = _write(data, name)
    _this_process().kept.append(path)
    return path


def remove_left_behind() -> int:
    """Remove the private folders of Qamqors that are no longer running; how many went."""
    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        if not folder.is_dir() or (_folder is not None and folder == _folder.path):
            continue
        lock_path = folder / LOCK_NAME
        try:
            if not lock_path.exists() and time.time() - folder.stat().st_mtime < GRACE_S:
                continue  # being made right now
        except OSError:
            continue
        lock = QLockFile(str(lock_path))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # its Qamqor is running
        lock.unlock()
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    return removed
