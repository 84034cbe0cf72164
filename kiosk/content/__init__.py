"""Exhibit content: the typed model, the strict loader, lint, markup, dates and the JSON Schema.

Plain Python: nothing here imports Qt.
"""

from kiosk.content.loader import LoadResult, load

__all__ = ["LoadResult", "load"]
