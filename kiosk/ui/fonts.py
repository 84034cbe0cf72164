"""The bundled fonts, loaded so nothing depends on the system's (QtGui only, so the SVG rasteriser's
worker processes can use it without pulling in Qt Quick)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from kiosk import BUNDLED_CONTENT

FONTS_DIR = BUNDLED_CONTENT / "assets" / "fonts"

log = logging.getLogger("kiosk")


def load_fonts() -> list[str]:
    """Load every bundled font once a QGuiApplication exists; returns the family names."""
    families: set[str] = set()
    for font in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id < 0:
            log.error("could not load font %s", font)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)
