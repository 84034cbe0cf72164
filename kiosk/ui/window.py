"""Where the kiosk's window goes, and how large a touch target is on its screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

if TYPE_CHECKING:
    from kiosk.reach import Reach

#: Physical size of the smallest touch target, and the gap between targets.
TOUCH_TARGET_MM = 10.0
#: The smallest text on any screen, in points on the glass (a lab window on a dense screen
#: would otherwise draw credits at 6 pt): Theme.px never returns less.
TEXT_FLOOR_PT = 9.0

_QT_WINDOW, _QT_FRAMELESS_WINDOW_HINT = 0x0001, 0x0800  # Qt::WindowType values


def initial(size: tuple[int, int] | None, windowed: bool, reach: Reach | None = None) -> dict[str, float]:
    """The window's properties, set as it is made (``setInitialProperties``), so the first
    screen is laid out once, at its real size, and its pictures decoded once: its size (``size``,
    a window of at most 1280 x 800 with ``windowed``, else the primary screen), and its smallest
    touch target, smallest text and highest point in reach (``reach``: the screen's mounting;
    0 for all of it) in device pixels, which it hands to Theme (Main.qml)."""
    screen = QGuiApplication.primaryScreen()
    if size:
        width, height = size
    elif screen is None:
        width, height = 1280, 800
    elif windowed:
        avail = screen.availableGeometry()
        width, height = min(1280, avail.width()), min(800, avail.height())
    else:
        width, height = screen.geometry().width(), screen.geometry().height()
    dpi = screen.physicalDotsPerInch() if screen else 96.0
    touch_target = max(TOUCH_TARGET_MM * (dpi / 25.4), 1.0)
    # The window is taken to fill the screen's height, as a kiosk does.
    top = reach.top(height, screen.physicalSize().height() if screen else 0.0) if reach is not None else 0.0
    return {
        "width": width,
        "height": height,
        "touchTarget": touch_target,
        "textFloor": text_floor(dpi),
        "reachTop": top,
    }


def show(window: QQuickWindow, size: tuple[int, int] | None, windowed: bool) -> None:
    """Show ``window``, made with :func:`initial`'s properties: as a window with ``size`` or
    ``windowed``, else frameless over the whole primary screen."""
    if windowed or size:
        window.show()
    else:
        # Frameless and covering the whole primary screen, with or without a window manager.
        # (Qt.Window | Qt.FramelessWindowHint as numbers: importing PySide6's Qt namespace
        # costs ~25 ms before the first frame.)
        window.setProperty("flags", _QT_WINDOW | _QT_FRAMELESS_WINDOW_HINT)
        window.setGeometry(window.screen().geometry())
        window.showFullScreen()


def text_floor(dpi: float) -> float:
    """The smallest text, in pixels, on a screen of ``dpi`` physical dots per inch."""
    return TEXT_FLOOR_PT / 72.0 * dpi
