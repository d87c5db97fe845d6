"""Atomic file writes: a reader sees the old file or the new one, never half."""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .errors import StorageError, fill


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS renames are journalled.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as err:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if err.errno == errno.ENOSPC:
            raise StorageError(fill(QCoreApplication.translate(
                "Storage", "The disk is full: %1 was not written. Free some space and try again."),
                path.name)) from err
        raise StorageError(fill(QCoreApplication.translate(
            "Storage", "Could not write %1: %2"), path, err.strerror or err)) from err
