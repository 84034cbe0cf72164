"""``Idle``: the "are you still there?" warning and the end of a visit, for QML. The logic is
:class:`kiosk.session.Session`; this is its Qt adapter: a timer and a clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton

from kiosk.session import Change, Session, State
from kiosk.ui.models import hand_over

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


def _seconds(value: Any, default: float) -> float:
    return float(value) if isinstance(value, int | float) and value > 0 else default


@QmlElement
@QmlSingleton
class Idle(QObject):
    """Counts idle time during a visit; says when to warn and when the visit is over."""

    stateChanged = Signal()
    #: Nobody came back (or "Start over"): the visit is over.
    ended = Signal()

    def __init__(
        self,
        timeout: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._forced_timeout = timeout  # the operator's setting wins over the exhibit's
        self.session = Session()
        #: Why the last visit ended: "idle" (the warning ran out) or "start_over" (the button).
        self.end_reason = "idle"
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @staticmethod
    def create(engine: QJSEngine) -> Idle:
        return hand_over(Idle)

    def use(self, timeout: Any, warning: Any) -> None:
        """The exhibit's idle times (either may be None: the default)."""
        self.session = Session(
            timeout=self._forced_timeout or _seconds(timeout, 120.0), warning=_seconds(warning, 30.0)
        )

    def stop(self) -> None:
        self._timer.stop()

    @Property(str, notify=stateChanged)
    def state(self) -> str:
        return self.session.state.value

    @Property(int, notify=stateChanged)
    def remaining(self) -> int:
        return self.session.remaining(self._clock())

    def begin(self) -> None:
        """A visit began (or the operator came): idle time counts from now."""
        self.session.touch(self._clock())
        self.stateChanged.emit()

    def activity(self) -> None:
        """Any press, touch or key during a visit (from the window's event filter)."""
        if self.session.state is State.ACTIVE:
            self.session.touch(self._clock())

    def set_media_playing(self, playing: bool) -> None:
        """Idle is not counted while anything plays."""
        self.session.set_media_playing(playing, self._clock())

    @Slot()
    def continueVisit(self) -> None:
        if self.session.continue_visit(self._clock()) is Change.CONTINUED:
            self.stateChanged.emit()

    @Slot()
    def startOver(self) -> None:
        self.session.start_over(self._clock())
        self.end_reason = "start_over"
        self.ended.emit()
        self.stateChanged.emit()

    @Slot()
    def tick(self) -> None:
        change = self.session.tick(self._clock())
        if change is Change.RESET:
            self.end_reason = "idle"
            self.ended.emit()
            self.stateChanged.emit()
        elif change is Change.WARNED or self.session.state is State.WARNING:
            self.stateChanged.emit()
