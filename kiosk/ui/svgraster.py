"""SVG drawings to pixels with Qt, for the image derivative builder (Pillow cannot read SVG).

``kiosk.media.images`` names :func:`rasterise` by the string ``"kiosk.ui.svgraster:rasterise"`` and
imports it inside its worker process only when a drawing needs rasterising, so the domain never
imports Qt. The first call in a process makes an offscreen ``QGuiApplication`` (fonts need one)
and loads the bundled Noto fonts, so labels look the same as on the kiosk's screen.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.ui.fonts import load_fonts

if TYPE_CHECKING:
    from PIL import Image

__all__ = ["rasterise"]

_app: QGuiApplication | None = None
_fonts_loaded = False


def _ensure_app() -> None:
    """An application object (fonts need one) and the bundled fonts, once per process."""
    global _app, _fonts_loaded
    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a worker never shows a window
        _app = QGuiApplication(["kiosk-svgraster"])
    if not _fonts_loaded:
        load_fonts()
        _fonts_loaded = True


def rasterise(path: Path | str, width: int, *, max_pixels: int = 90_000_000) -> Image.Image:
    """The drawing at ``path`` as an RGBA image ``width`` pixels wide, its viewBox's aspect kept.

    If that size would pass ``max_pixels`` (a very tall drawing), the image is as wide as fits.
    Raises ValueError, with Qt's own words where it gave any, for a file QSvgRenderer cannot read.
    """
    from PIL import Image

    _ensure_app()
    messages: list[str] = []

    def collect(mode: QtMsgType, context: object, message: str) -> None:
        if mode != QtMsgType.QtDebugMsg:
            messages.append(message)

    previous = qInstallMessageHandler(collect)  # Qt's parse warnings become the error's text
    try:
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            detail = "; ".join(dict.fromkeys(m.strip() for m in messages if m.strip()))
            raise ValueError(detail or "Qt cannot parse it")
        box = renderer.viewBoxF()
        if box.width() <= 0 or box.height() <= 0:
            raise ValueError("it has no size: give the svg element a viewBox or a width and height")
        aspect = box.height() / box.width()
        width = max(1, int(width))
        if width * width * aspect > max_pixels:
            width = max(1, int((max_pixels / aspect) ** 0.5))
        height = max(1, round(width * aspect))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        try:
            painter.setRenderHints(
                QPainter.RenderHint.Antialiasing
                | QPainter.RenderHint.TextAntialiasing
                | QPainter.RenderHint.SmoothPixmapTransform
            )
            renderer.render(painter, QRectF(0, 0, width, height))
        finally:
            painter.end()
    finally:
        qInstallMessageHandler(previous)
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())
    return Image.frombuffer("RGBA", (width, height), data, "raw", "RGBA", rgba.bytesPerLine(), 1).copy()
