"""Three fingers held still on the glass for two seconds, anywhere: the gesture that turns audio
description on or off for a visitor who cannot find its button. The rest of that touch is taken
from the screen (it is cancelled for whatever it pressed), so the hold turns no page and presses
nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QEventPoint, QGuiApplication, QPointingDevice, QTouchEvent

#: The hold: how many fingers, for how long, and how far a finger may drift meanwhile (px).
FINGERS = 3
HOLD_MS = 2000
DRIFT = 60.0


class FingerHold(QObject):
    """Calls ``on_hold`` when :data:`FINGERS` or more fingers stay down, within :data:`DRIFT`
    of where they landed, for :data:`HOLD_MS`. :meth:`touch` is given every touch event of the
    window and says whether to keep it from the screen."""

    def __init__(self, on_hold: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_hold = on_hold
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOLD_MS)
        self._timer.timeout.connect(self._fire)
        self._held = False  # the hold fired: the rest of this touch is swallowed
        self._target: QObject | None = None
        self._device: QPointingDevice | None = None

    def stop(self) -> None:
        self._timer.stop()

    def touch(self, watched: QObject, event: QTouchEvent) -> bool:
        kind = event.type()
        ending = kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)
        down = [] if ending else [p for p in event.points() if p.state() != QEventPoint.State.Released]
        still = all((p.position() - p.pressPosition()).manhattanLength() <= DRIFT for p in down)
        if len(down) >= FINGERS and still and not self._held:
            if not self._timer.isActive():
                self._target, self._device = watched, event.pointingDevice()
                self._timer.start()
        else:
            self._timer.stop()
        swallow = self._held
        if not down:
            self._held = False
        return swallow

    def _fire(self) -> None:
        self._held = True
        if self._target is not None:  # what the fingers pressed lets go, as if the touch ended elsewhere
            QGuiApplication.sendEvent(self._target, QTouchEvent(QEvent.Type.TouchCancel, self._device))
        self._on_hold()
