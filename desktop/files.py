"""Writing a file in one step: a reader sees the old file or the new one, never half.

The content goes to a temporary file beside the destination (the same folder,
so the same disk and nothing with a name in it anywhere else), is forced to
disk and renamed over the destination; the folder is then synced so the
rename survives a power cut. Nothing is left behind if writing fails.

Every layer uses it (printed documents, the services' own files, bundles,
HQ's return bundles). ``atomic_write`` is the one place that says "Cannot
write …" in the person's language; the views and services reach it through
services/files.py, HQ's use cases directly.
"""
from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .errors import StorageError


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS renames are journalled.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: str | os.PathLike, content: bytes) -> Path:
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
    return target


def atomic_write(path: str | os.PathLike, data: bytes, *,
                 write: Callable[[Path, bytes], Path] = write_atomically) -> Path:
    """write_atomically (a reader sees the old file or the new one, never
    half), the folder made first; a failure, the folder's included, is a
    StorageError that says what happened (a full disk says so)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return write(path, data)
    except OSError as err:
        if err.errno == errno.ENOSPC:
            raise StorageError(QCoreApplication.translate(
                "Storage", "The disk is full: %1 was not written. Free some space and try again."),
                path.name) from err
        raise StorageError(QCoreApplication.translate("Storage", "Cannot write %1: %2"),
                           path, err.strerror or err) from err
