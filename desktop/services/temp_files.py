"""Temporary files beside a file being written, that a killed program cannot
leave behind for long.

A backup or a bundle is written under a temporary name in its own folder and
renamed when complete, so nobody ever sees half a file under the final name.
A program killed while writing leaves the temporary file, though. Each one is
therefore held under a lock for as long as its writer lives (``flock`` on
POSIX; on Windows a file open in another program cannot be deleted at all),
and ``remove_left_behind`` deletes the ones whose writer is gone: a live
writer's lock makes it skip that file, whichever program asks.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    _LOCK_OFFSET = 1 << 30  # past any content: Windows locks are mandatory for the bytes they cover

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        os.lseek(fd, 0, os.SEEK_SET)
        return True
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

SUFFIX = ".tmp"


class HeldTemp:
    """A new temporary file in ``folder``, locked until ``close()``.

    ``prefix`` names what it will become (".KZ-ALA-2026-05-01-123005.qmbackup."),
    so ``remove_left_behind`` can find those of one kind. Write through
    ``path`` (SQLite) or ``fd``.
    """

    def __init__(self, folder: Path, prefix: str):
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=SUFFIX, dir=folder)
        self.fd: int | None = fd
        self.path = Path(name)
        if not _try_lock(fd):  # a new file nobody else knows: cannot happen
            raise OSError(f"cannot lock {self.path}")

    def release(self) -> None:
        """Close the handle (and so drop the lock)."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def commit(self, final: Path) -> None:
        """Rename the finished file to ``final`` (replacing any file there)."""
        if os.name == "nt":  # pragma: no cover - Windows renames no file open elsewhere
            self.release()
        os.replace(self.path, final)
        self.release()
        self.path = None

    def discard(self) -> None:
        """Remove the file (a failed or cancelled write); nothing once committed."""
        self.release()
        if self.path is None:
            return
        for extra in ("", "-journal", "-wal", "-shm"):
            try:
                os.unlink(f"{self.path}{extra}")
            except FileNotFoundError:
                pass
            except OSError:
                pass

    def __enter__(self) -> "HeldTemp":
        return self

    def __exit__(self, *exc) -> None:
        self.discard()


def remove_left_behind(folder: Path, prefix: str) -> int:
    """Delete the temporary files starting with ``prefix`` in ``folder`` whose
    writer is gone; those of a running writer stay. Returns how many went."""
    removed = 0
    try:
        names = [p for p in Path(folder).iterdir() if p.name.startswith(prefix)]
    except OSError:
        return 0
    for path in names:
        if not path.name.endswith(SUFFIX):
            # SQLite's companions of a temporary database whose writer was
            # killed after the file itself went (or before it was locked).
            base = path.name.rpartition(SUFFIX)[0]
            if base and path.name[len(base) + len(SUFFIX):] in ("-journal", "-wal", "-shm") \
                    and not (path.parent / (base + SUFFIX)).exists():
                try:
                    path.unlink()
                except OSError:
                    pass
            continue
        try:
            fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError:
            continue  # gone meanwhile, or open in a writer (Windows)
        try:
            stale = _try_lock(fd)
        finally:
            os.close(fd)
        if not stale:
            continue
        for extra in ("", "-journal", "-wal", "-shm"):
            try:
                os.unlink(f"{path}{extra}")
                removed += extra == ""
            except OSError:
                pass
    return removed
