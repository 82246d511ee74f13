"""Memory of a batch: freed memory back to the operating system between stages, and the cyclic
garbage collector paused while a stage allocates.

A batch builds many small numpy arrays (a piece of 2,000 pledges at a time) and later a few large
ones. glibc keeps the small ones' memory in its heap after they are freed, and large arrays are
mapped afresh, so the process would hold both. ``malloc_trim`` returns the free heap pages.
Elsewhere than glibc this does nothing.

A stage also makes millions of small Python objects (chunks of text, deeds, flags) that hold no
reference cycles. Each of them counts towards the collector's thresholds, and its full collections
walk every object the process holds, a caller's million pledges included: 9% of a batch's time at
50,000 pledges. ``gc_paused`` switches it off for the stage; nothing is lost, since nothing made
there needs it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from contextlib import contextmanager
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


@contextmanager
def gc_paused():
    """The cyclic garbage collector off inside the block, and as it was after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
