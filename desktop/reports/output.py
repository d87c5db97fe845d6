"""Putting a finished document where the person asked for it.

A document is written to a temporary file beside its destination (the same
folder, so the same disk and nothing with a name in it anywhere else), forced
to disk and renamed over the destination in one step: a reader never sees half
a file, and nothing is left behind if writing fails.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: str | os.PathLike, content: bytes) -> Path:
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
