"""Writing a file for a person: in one step, and a failure told in their language.

The window, the command line and the services all write through
``atomic_write``; its message lives below, in desktop/files.py, where HQ's
use cases write their files too.
"""
from __future__ import annotations

from pathlib import Path

from desktop import files
from desktop.files import write_atomically


def atomic_write(path: Path, data: bytes) -> Path:
    """desktop.files.atomic_write (in one step, the folder made first, a
    failure told as a StorageError), writing through this module's
    write_atomically, where a test may put a full disk."""
    return files.atomic_write(path, data, write=write_atomically)
