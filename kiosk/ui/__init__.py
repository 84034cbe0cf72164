"""The Qt layer: everything the visitor sees (docs/architecture.md)."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401  # shiboken's import hook exists from here on


def _quicker_feature_check() -> None:
    """After every import, PySide asks whether the new module uses it (for its ``__feature__``
    switches), by ``inspect.getsource`` and a search for "PySide6" in the text: tokenising each
    module's source cost ~15 ms before the first frame (bench/kiosk.py). The same question,
    answered from the file's bytes. Left alone if this PySide has no such check."""
    feature = sys.modules.get("shibokensupport.feature")
    slow = getattr(feature, "_mod_uses_pyside", None)
    if slow is None or getattr(slow, "kiosk", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(slow(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(slow(module))

    uses_pyside.kiosk = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_quicker_feature_check()
