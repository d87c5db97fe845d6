"""How much memory this computer can lend for a few seconds, and giving it back.

A check of a large branch (``PRAGMA integrity_check``) runs a third faster
when SQLite can keep every page of the database it has decrypted once (6 s
instead of 10 s for 200,000 visitors here), so its cache is sized to the
database when the computer has the room, and never more than half of what
is free. SQLite frees that cache when the connection closes; glibc keeps
the freed pages in the process unless asked to give them back, which
``give_back`` does (elsewhere it does nothing: Windows' heap gives large
freed blocks back by itself).
"""
from __future__ import annotations

import ctypes
import functools
import os
import sys

MIB = 1 << 20


def available_bytes() -> int | None:
    """Memory free for use now (Linux, Windows), the physical memory's
    quarter where only that is known (macOS), or None."""
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/meminfo", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("MemAvailable:"):
                        return int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            return None
        return None
    if sys.platform == "win32":
        class _Status(ctypes.Structure):
            _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                        ("ullTotalPhys", ctypes.c_ulonglong), ("ullAvailPhys", ctypes.c_ulonglong),
                        ("ullTotalPageFile", ctypes.c_ulonglong), ("ullAvailPageFile", ctypes.c_ulonglong),
                        ("ullTotalVirtual", ctypes.c_ulonglong), ("ullAvailVirtual", ctypes.c_ulonglong),
                        ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]

        status = _Status()
        status.dwLength = ctypes.sizeof(_Status)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return int(status.ullAvailPhys)
        return None
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 4
    except (ValueError, OSError, AttributeError):
        return None


def cache_kib_for(size: int, *, floor_kib: int, ceiling_kib: int = 2048 * 1024) -> int:
    """A page cache for reading ``size`` bytes of database more than once:
    the whole of it (and a tenth more, for SQLite's own bookkeeping) when
    half the free memory allows, never below ``floor_kib``."""
    wanted = size * 11 // 10 // 1024
    free = available_bytes()
    room = free // 2 // 1024 if free is not None else floor_kib
    return max(floor_kib, min(wanted, room, ceiling_kib))


def give_back() -> None:
    """Return freed memory to the system (glibc keeps it otherwise)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim  # the C library this program already has
    except (OSError, AttributeError):
        return None  # not glibc (musl has no malloc_trim): nothing to ask
