"""Writing a file in one step: a reader sees the old file or the new one, never half.

The content goes to a temporary file beside the destination (the same folder,
so the same disk and nothing with a name in it anywhere else), is forced to
disk and renamed over the destination; the folder is then synced so the
rename survives a power cut. Nothing is left behind if writing fails.

Plain Python, no Qt: every layer uses it (printed documents, the services'
own files, bundles); services/files.py adds messages for a person.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
