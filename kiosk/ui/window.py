"""Where the kiosk's window goes, and how large a touch target is on its screen."""

from __future__ import annotations

from PySide6.QtQuick import QQuickWindow

#: Physical size of the smallest touch target, and the gap between targets.
TOUCH_TARGET_MM = 10.0

_QT_WINDOW, _QT_FRAMELESS_WINDOW_HINT = 0x0001, 0x0800  # Qt::WindowType values


def place(window: QQuickWindow, size: tuple[int, int] | None, windowed: bool) -> float:
    """Size and show ``window`` (``size``, a window of at most 1280 x 800 with ``windowed``, else
    frameless over the whole primary screen) and return the smallest touch target in device
    pixels, which the window hands to Theme (Main.qml)."""
    screen = window.screen()
    if size:
        window.resize(*size)
    elif windowed:
        avail = screen.availableGeometry()
        window.resize(min(1280, avail.width()), min(800, avail.height()))
    dpi = screen.physicalDotsPerInch() if screen else 96.0
    touch_target = max(TOUCH_TARGET_MM * (dpi / 25.4), 1.0)
    # On the window: asking the engine for the Theme singleton from Python costs ~10 ms before
    # the first frame (PySide builds signatures).
    window.setProperty("touchTarget", touch_target)
    if windowed or size:
        window.show()
    else:
        # Frameless and covering the whole primary screen, with or without a window manager.
        # (Qt.Window | Qt.FramelessWindowHint as numbers: importing PySide6's Qt namespace
        # costs ~25 ms before the first frame.)
        window.setProperty("flags", _QT_WINDOW | _QT_FRAMELESS_WINDOW_HINT)
        window.setGeometry(screen.geometry())
        window.showFullScreen()
    return touch_target
