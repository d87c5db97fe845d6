"""Work-arounds for faults of the Qt binding itself, applied once at start-up."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject

# Added to None's reference count: more than any session makes calls.
_NONE_RESERVE = 1 << 40


def void_calls_drop_none() -> bool:
    """True when a call of a Qt method returning nothing takes a reference to
    None away (seen with PySide6 6.12.0 on Python 3.11: its wheels hand back
    None without the increment that only Python 3.12's immortal None forgives)."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def keep_none_alive() -> bool:
    """With that fault, Python aborts ("none_dealloc: deallocating None") after a
    few thousand calls such as ``label.setText()``: give None a reserve of
    references no session can use up. Returns whether the reserve was added.

    None is never freed in a healthy interpreter, so the reserve changes
    nothing else; Python 3.12 makes None immortal the same way.
    """
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount") or sys.implementation.name != "cpython":
        # Immortal None already; or a debug build, whose object header differs.
        return False
    if not void_calls_drop_none():
        return False
    import ctypes

    # ob_refcnt is the first field of every object in a CPython 3.11 release build.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _NONE_RESERVE
    return True
