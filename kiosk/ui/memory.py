"""Memory a kiosk that runs for months gives back: glibc's tuning and trimming (nothing elsewhere)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter


def small_atlas() -> None:
    """Before the first window: photos get textures of their own and only small images share an
    atlas, which at Qt's default of 2048 x 2048 (16 MB) held pictures up to 1 024 px long after
    they left the screen."""
    os.environ.setdefault("QSG_ATLAS_WIDTH", "512")
    os.environ.setdefault("QSG_ATLAS_HEIGHT", "512")


def _libc() -> Any:
    """glibc, for the two memory calls below (``None`` elsewhere: musl, macOS, Windows). Found in
    the process itself (``CDLL(None)``), not with ``ctypes.util.find_library``, which runs ldconfig."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        libc.malloc_trim  # noqa: B018 - present only in glibc
        libc.mallopt  # noqa: B018
    except (OSError, AttributeError):
        return None
    return libc


def malloc_trim() -> Callable[[], None]:
    """glibc keeps freed memory for reuse; ``malloc_trim`` hands it back to the system."""
    libc = _libc()
    if libc is None:
        return lambda: None
    return lambda: libc.malloc_trim(0) and None


def tune_malloc() -> None:
    """Big one-off blocks (decoded pictures, textures) get their own mappings, returned to the
    system when freed. glibc's threshold otherwise slides up after the first big free, and later
    pictures land in the heap arenas, where they fragment and stay."""
    libc = _libc()
    if libc is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, 128 * 1024)  # a fixed threshold also stops the sliding


_trim: Callable[[], None] | None = None  # found when first needed (ctypes costs ~10 ms at start-up)


def release(engine: Any) -> None:
    """Hand back what the last screens held (back on the attract loop or the home cards), so a
    kiosk that runs for months keeps the memory of one visit, not of every visit: QML's and
    Python's garbage, the compiled components no screen uses now (the next visit takes them from
    the disk cache again), the scene graph's cached textures and glyphs, the source lines
    PySide's import hook read into ``linecache`` (several MB of text that only a traceback needs;
    a traceback reads it again), and glibc's free pages."""
    global _trim
    import gc
    import linecache

    engine.collectGarbage()
    gc.collect()
    engine.trimComponentCache()
    for root in engine.rootObjects():
        if hasattr(root, "releaseResources"):
            root.releaseResources()
    linecache.clearcache()
    if _trim is None:
        _trim = malloc_trim()
    _trim()
