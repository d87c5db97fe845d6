"""Atomic file writes: a reader sees the old file or the new one, never half."""
from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.files import write_atomically

from ..errors import StorageError
from ..i18n import fill


def atomic_write(path: Path, data: bytes) -> None:
    """desktop.files.write_atomically, the folder made first, and a failure told
    in the person's language (a full disk says so)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        write_atomically(path, data)
    except OSError as err:
        if err.errno == errno.ENOSPC:
            raise StorageError(fill(QCoreApplication.translate(
                "Storage", "The disk is full: %1 was not written. Free some space and try again."),
                path.name)) from err
        raise StorageError(fill(QCoreApplication.translate(
            "Storage", "Could not write %1: %2"), path, err.strerror or err)) from err
