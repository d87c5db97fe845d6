"""Writing a file for a person: in one step, and a failure told in their language.

This is the one place that says "Could not write …": the window, the
command line and the services all write through ``atomic_write``.
"""
from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.files import write_atomically

from ..errors import StorageError


def atomic_write(path: Path, data: bytes) -> Path:
    """desktop.files.write_atomically (a reader sees the old file or the new
    one, never half), the folder made first; a failure, the folder's included,
    is a StorageError that says what happened (a full disk says so)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return write_atomically(path, data)
    except OSError as err:
        if err.errno == errno.ENOSPC:
            raise StorageError(QCoreApplication.translate(
                "Storage", "The disk is full: %1 was not written. Free some space and try again."),
                path.name) from err
        raise StorageError(QCoreApplication.translate("Storage", "Cannot write %1: %2"),
                           path, err.strerror or err) from err
