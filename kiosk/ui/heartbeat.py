"""``Heartbeat``: tells systemd the kiosk is alive, only while its window really draws.

Every period a GUI-thread timer asks the window for a frame; when the frame has been swapped
(``frameSwapped``, delivered to this GUI-thread object), the next tick sends ``WATCHDOG=1``. So a
ping needs both the GUI thread (the timer and the queued slot run there) and the scene graph (a
frame was drawn since the last tick). A blocked GUI thread, a binding that never returns, or a
render loop that stopped all end the pings, and systemd restarts the kiosk. ``READY=1`` is sent
after the first frame (``Kiosk.after_first_frame``).

While the kiosk is closed (opening hours, :mod:`kiosk.ui.hours`) no frame is expected: the display
hook may have turned the output off, and a compositor then draws nothing. ``frames_expected``
says so, and the tick itself, a GUI-thread timer that ran, is the proof of life: a blocked GUI
thread still ends the pings, a dark screen does not.

``update()`` alone does not bring a frame when nothing in the scene changed: with Qt Quick's
software renderer on Wayland (cage with ``--software``, seen on a real boot) the window stopped
swapping after its first frames, and systemd killed a healthy kiosk on a still attract screen every
10 s. So each tick also moves the window's clear colour by one step of blue and back (hidden under
the content), which gives the renderer something to draw and the compositor a frame to show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickWindow

log = logging.getLogger("kiosk")


class Heartbeat(QObject):
    def __init__(
        self,
        window: QQuickWindow,
        period: float,
        send: Callable[[str], bool],
        parent: QObject | None = None,
        frames_expected: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._send = send
        self._frames_expected = frames_expected
        self._drawn = False
        self._stalled = False
        self._colors = (QColor(window.color()), QColor(window.color()))
        self._colors[1].setBlue(self._colors[0].blue() ^ 1)
        self._flip = 0
        window.frameSwapped.connect(self.swapped)
        self._timer = QTimer(self)
        self._timer.setInterval(max(50, int(period * 1000)))
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @Slot()
    def swapped(self) -> None:
        self._drawn = True

    @Slot()
    def tick(self) -> None:
        if not self._frames_expected():  # closed: this timer running is the GUI thread's proof of life
            self._send("WATCHDOG=1")
            self._stalled = False
        elif self._drawn:
            self._send("WATCHDOG=1")
            if self._stalled:
                log.info("watchdog: frames are drawn again")
                self._stalled = False
        elif not self._stalled:
            # Logged once: systemd restarts the kiosk if this lasts for the whole WatchdogSec=.
            log.warning("watchdog: no frame was drawn since the last ping; not pinging")
            self._stalled = True
        self._drawn = False
        self._flip ^= 1  # something to draw, or a still scene gives no frame (the docstring)
        self._window.setColor(self._colors[self._flip])
        self._window.update()  # ask for the frame the next tick looks for

    def stop(self) -> None:
        self._timer.stop()
        self._window.frameSwapped.disconnect(self.swapped)


def start(window: QQuickWindow, frames_expected: Callable[[], bool] = lambda: True) -> Heartbeat | None:
    """Tell systemd the first frame is drawn (READY=1) and, when the unit has a watchdog, start
    the heartbeat that pings it while frames are drawn (or, while ``frames_expected()`` is false,
    while the GUI thread runs)."""
    from kiosk.watchdog import notify, watchdog_period

    notify("READY=1\nSTATUS=first frame drawn; the attract loop is on screen")
    log.info("first frame drawn; told systemd READY=1")
    period = watchdog_period()
    return Heartbeat(window, period, notify, frames_expected=frames_expected) if period is not None else None
