"""Opening hours on screen: the closed screen, the display hook, and waking by touch.

:class:`OpeningHours` drives :class:`kiosk.schedule.Closing` from a GUI-thread timer. At closing it
stops media, closes the operator panel, takes the visit back to the attract loop, shows the black
closed screen (kiosk.ui.qml ClosedScreen) over everything and runs ``display_off``; at opening it
hides the screen, resets to the attract loop and runs ``display_on``. While closed,
``kiosk.frames_expected`` is False: the heartbeat (kiosk.ui.heartbeat) then pings on its GUI-thread
timer alone, since a display turned off by the hook draws no frames. A touch on the closed screen
wakes the kiosk for ``wake_on_touch`` seconds after the last input; that touch is swallowed. The
hooks run in a thread (:class:`kiosk.schedule.HookRunner`), never in the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem

from kiosk.schedule import Closing, HookRunner, Schedule

log = logging.getLogger("kiosk")

_INPUT = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress, QEvent.Type.Wheel)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class _Input(QObject):
    """Sees visitors' input on the window, only while the kiosk was woken by a touch."""

    def __init__(self, seen: Callable[[], None]) -> None:
        super().__init__()
        self._seen = seen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._seen()
        return False


class OpeningHours(QObject):
    """The kiosk's side of the schedule. ``kiosk`` is a :class:`kiosk.ui.app.Kiosk`; ``clock``
    returns an aware datetime (tests pass a fake one and call :meth:`check`)."""

    def __init__(
        self,
        kiosk: Any,
        schedule: Schedule,
        clock: Callable[[], datetime] = _utc_now,
        runner: HookRunner | None = None,
    ) -> None:
        super().__init__()
        self._kiosk = kiosk
        self._clock = clock
        self.closing = Closing(schedule)
        self.hooks = runner or HookRunner(schedule.hook_timeout)
        component = QQmlComponent(kiosk.engine)
        component.loadFromModule("Kiosk", "ClosedScreen")
        screen = component.create()
        if not isinstance(screen, QQuickItem):
            raise RuntimeError(f"the closed screen did not load: {component.errorString()}")
        self.screen = screen
        content = kiosk.window.contentItem()
        screen.setParent(content)
        screen.setParentItem(content)
        screen.setProperty("width", content.width())
        screen.setProperty("height", content.height())
        content.widthChanged.connect(self._fit)
        content.heightChanged.connect(self._fit)
        screen.touched.connect(self._touched)  # type: ignore[attr-defined]  # the QML signal
        self._input = _Input(self._activity)
        self._watching = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self.check()

    def _fit(self) -> None:
        content = self._kiosk.window.contentItem()
        self.screen.setProperty("width", content.width())
        self.screen.setProperty("height", content.height())

    @Slot()
    def check(self) -> None:
        """Apply the schedule now, then wait for the next change (at most a minute)."""
        now = self._clock()
        self._apply(self.closing.update(now))
        self._timer.start(int(self.closing.next_check(now) * 1000))

    @Slot()
    def _touched(self) -> None:
        self._apply(self.closing.touched(self._clock()), woken=True)
        self._timer.start(int(self.closing.next_check(self._clock()) * 1000))

    def _activity(self) -> None:
        self.closing.activity(self._clock())

    def _watch(self, on: bool) -> None:
        if on != self._watching:
            self._watching = on
            window = self._kiosk.window
            window.installEventFilter(self._input) if on else window.removeEventFilter(self._input)

    def _apply(self, action: str | None, woken: bool = False) -> None:
        k = self._kiosk
        if action == "close":
            log.info("schedule: closed; the display sleeps")
            self._watch(False)
            k.player.stop()
            k.operator.close()
            k.visit.reset()
            self.screen.setVisible(True)
            k.frames_expected = False  # the display hook may turn the output off: no frames then
            self.hooks.request(self.closing.schedule.display_off)
        elif action == "open":
            log.info("schedule: %s; back to the attract loop", "woken by a touch" if woken else "open")
            self.hooks.request(self.closing.schedule.display_on)
            k.visit.reset()
            self.screen.setVisible(False)
            k.frames_expected = True
            self._watch(self.closing.awake_until is not None)

    def stop(self) -> None:
        """Stop the timer and wait (briefly) for a hook in progress; before the kiosk closes."""
        self._timer.stop()
        self._watch(False)
        self._kiosk.frames_expected = True
        self.hooks.wait(self.closing.schedule.hook_timeout + 1)
