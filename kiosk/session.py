"""The visit: attract loop, an active visit, the idle warning, and the reset that ends a visit.

Plain Python with the clock passed in: the Qt adapter calls :meth:`Session.tick` from a timer with
``time.monotonic()``, and tests move a fake clock without ever sleeping.

::

    ATTRACT --touch--> ACTIVE --no touch for `timeout`--> WARNING --`warning` runs out--> ATTRACT
                         ^                                  |
                         +------------ touch / continue ----+

Time with narration or video playing is not idle time.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class State(StrEnum):
    ATTRACT = "attract"
    ACTIVE = "active"
    WARNING = "warning"


class Change(StrEnum):
    """What a call changed, so the adapter knows what to tell the screen."""

    NONE = "none"
    STARTED = "started"  # a visit began (attract → active)
    WARNED = "warned"  # the "are you still there?" overlay appears
    CONTINUED = "continued"  # the visitor dismissed the warning
    RESET = "reset"  # the visit ended; everything goes back to the attract loop


@dataclass
class Session:
    """Idle and attract state for one kiosk, one visitor after another."""

    timeout: float = 120.0
    warning: float = 30.0
    state: State = State.ATTRACT
    last_activity: float = 0.0
    warning_started: float = 0.0
    media_playing: bool = False

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.warning <= 0:
            raise ValueError("idle timeout and warning must be positive")

    def touch(self, now: float) -> Change:
        """Any touch, click or key press."""
        self.last_activity = now
        if self.state is State.ATTRACT:
            self.state = State.ACTIVE
            return Change.STARTED
        if self.state is State.WARNING:
            self.state = State.ACTIVE
            return Change.CONTINUED
        return Change.NONE

    def continue_visit(self, now: float) -> Change:
        """The "Continue" button of the warning overlay."""
        return self.touch(now) if self.state is State.WARNING else Change.NONE

    def start_over(self, now: float) -> Change:
        """The "Start over" button, or the operator: end the visit now."""
        return self._reset(now)

    def set_media_playing(self, playing: bool, now: float) -> None:
        """Narration or video started or stopped: playing time never counts as idle."""
        if self.media_playing and not playing:
            self.last_activity = now
        self.media_playing = playing

    def tick(self, now: float) -> Change:
        """Advance the clock; call it a few times a second."""
        if self.state is State.ACTIVE:
            if self.media_playing:
                self.last_activity = now
            elif now - self.last_activity >= self.timeout:
                self.state = State.WARNING
                self.warning_started = now
                return Change.WARNED
        elif self.state is State.WARNING and now - self.warning_started >= self.warning:
            return self._reset(now)
        return Change.NONE

    def remaining(self, now: float) -> int:
        """Whole seconds left on the warning countdown (0 outside the warning)."""
        if self.state is not State.WARNING:
            return 0
        left = self.warning - (now - self.warning_started)
        return max(0, int(left + 0.999))

    def _reset(self, now: float) -> Change:
        self.state = State.ATTRACT
        self.media_playing = False
        self.last_activity = now
        return Change.RESET
