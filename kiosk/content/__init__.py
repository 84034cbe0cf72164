"""Exhibit content: the typed model, the strict loader, lint, markup, dates and the JSON Schema.

Plain Python: nothing here imports Qt. ``load`` and ``LoadResult`` are imported on first use, so
that code needing only the model (``kiosk.content.model``) does not pay for the YAML parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.content.loader import LoadResult, load

__all__ = ["LoadResult", "load"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kiosk.content import loader

        return getattr(loader, name)
    raise AttributeError(f"module 'kiosk.content' has no attribute {name!r}")
