"""Locks between programs on one computer: the key-slot file's lock, and the
one window per branch folder.

A lock is held by an open file handle (``flock`` on POSIX, ``msvcrt.locking``
on Windows, the branches' main platform). The operating system drops it when
the program ends, however it ends, so a crash never leaves a stale lock: the
file stays behind with the last owner's process id in it, and the next
program simply takes the lock again.

Both kinds belong to the handle, not to the process, so two threads (or two
objects) of one program exclude each other just as two programs do.
"""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..errors import Refused, StorageError
from ..i18n import fill

if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    # Windows locks are mandatory: a locked byte cannot be read by others. Lock
    # one byte far past the content, so the owner's process id stays readable.
    _LOCK_OFFSET = 1 << 30

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FileLock:
    """An exclusive lock on ``path``, re-entrant within one thread.

    ``acquire(wait=False)`` answers at once; otherwise it waits up to
    ``timeout`` seconds and then raises ``StorageError``.
    """

    def __init__(self, path: Path, *, timeout: float = 30.0):
        self.path = Path(path)
        self.timeout = timeout
        self._fd: int | None = None
        self._owner: int | None = None
        self._depth = 0
        self._guard = threading.Lock()

    @property
    def held(self) -> bool:
        return self._fd is not None and self._owner == threading.get_ident()

    def acquire(self, *, wait: bool = True) -> bool:
        if self.held:
            self._depth += 1
            return True
        deadline = time.monotonic() + self.timeout
        pause = 0.005
        while True:
            with self._guard:
                if self._fd is None:
                    fd = self._open()
                    if _try_lock(fd):
                        self._fd, self._owner, self._depth = fd, threading.get_ident(), 1
                        return True
                    os.close(fd)
            if not wait:
                return False
            if time.monotonic() >= deadline:
                raise StorageError(fill(QCoreApplication.translate(
                    "Storage", "Another Qamqor program has kept %1 busy for more than %2 seconds. "
                    "Try again in a moment."), self.path.name, int(self.timeout)))
            time.sleep(pause)
            pause = min(pause * 2, 0.1)

    def _open(self) -> int:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as err:
            raise StorageError(fill(QCoreApplication.translate(
                "Storage", "Could not write %1: %2"), self.path, err.strerror or err)) from err

    def release(self) -> None:
        if not self.held:
            return
        self._depth -= 1
        if self._depth:
            return
        with self._guard:
            fd, self._fd, self._owner = self._fd, None, None
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    def write_owner(self, text: str) -> None:
        """Put a note (the owner's process id) at the start of the held file."""
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, text.encode("utf-8"))

    def __enter__(self) -> "FileLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


WINDOW_LOCK_NAME = "qamqor.window.lock"


class BranchAlreadyOpen(Refused):
    """A window of Qamqor already has this branch folder open on this computer."""


class WindowLock:
    """One window per branch folder on one computer.

    Command-line programs (imports, exports, backups) do not take it: they may
    run beside the window, and the database makes their writes wait.
    """

    def __init__(self, data_dir: Path):
        self.lock = FileLock(Path(data_dir) / WINDOW_LOCK_NAME, timeout=0)

    def acquire(self) -> None:
        if not self.lock.acquire(wait=False):
            owner = self._owner()
            raise BranchAlreadyOpen(fill(QCoreApplication.translate(
                "Storage", "Qamqor is already open for this branch on this computer (program %1). "
                "Switch to that window: a branch's folder can be open in one window at a time."), owner))
        self.lock.write_owner(f"{os.getpid()}\n")

    def _owner(self) -> str:
        try:
            text = self.lock.path.read_text("utf-8").strip()
        except OSError:
            text = ""
        return text or "?"

    def release(self) -> None:
        self.lock.release()
