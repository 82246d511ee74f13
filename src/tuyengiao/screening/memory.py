"""Handing freed memory back to the operating system between the stages of a batch.

A batch builds many small numpy arrays (a piece of 2,000 pledges at a time) and later a few large
ones. glibc keeps the small ones' memory in its heap after they are freed, and large arrays are
mapped afresh, so the process would hold both. ``malloc_trim`` returns the free heap pages.
Elsewhere than glibc this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache


@lru_cache(maxsize=1)
def _malloc_trim():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, macOS, Windows)
        return None


def release_free_memory() -> bool:
    """Return free heap memory to the system; False where that is not possible."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
