"""The operator's way in: a PIN, checked without leaking timing, with a lock-out after bad tries.

Plain Python with an injectable clock, like the idle logic. The operator panel itself (problems,
log lines, exit) is drawn by ``kiosk.ui``; this decides only whether it may open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Verdict(StrEnum):
    OPEN = "open"  # the right PIN: the panel opens
    WRONG = "wrong"  # a wrong PIN: try again
    LOCKED = "locked"  # too many wrong PINs: nothing is checked until the lock-out ends
    DISABLED = "disabled"  # no PIN is configured on a full-screen kiosk: there is no way in by touch


@dataclass
class OperatorGate:
    """``pin`` None means "no PIN set": open without one only when ``open_without_pin``
    (a windowed lab or development session), closed otherwise."""

    pin: str | None
    open_without_pin: bool = False
    max_tries: int = 5
    lockout: float = 60.0
    _failures: int = field(default=0, init=False)
    _locked_until: float = field(default=0.0, init=False)

    @property
    def needs_pin(self) -> bool:
        return self.pin is not None

    @property
    def enabled(self) -> bool:
        return self.pin is not None or self.open_without_pin

    def locked_for(self, now: float) -> int:
        """Whole seconds left of a lock-out (0 when not locked)."""
        return max(0, int(self._locked_until - now + 0.999))

    def attempt(self, entered: str, now: float) -> Verdict:
        if not self.enabled:
            return Verdict.DISABLED
        if self.locked_for(now):
            return Verdict.LOCKED
        import hmac  # here, not at the top: it loads OpenSSL, which the first screen does not need

        if self.pin is None or hmac.compare_digest(entered.encode(), self.pin.encode()):
            self._failures = 0
            return Verdict.OPEN
        self._failures += 1
        if self._failures >= self.max_tries:
            self._failures = 0
            self._locked_until = now + self.lockout
            return Verdict.LOCKED
        return Verdict.WRONG


def corner_taps(times: list[float], now: float, needed: int = 5, within: float = 3.0) -> bool:
    """The hidden gesture: ``needed`` taps on the corner within ``within`` seconds.
    ``times`` is updated in place (old taps dropped); True when the gesture is complete."""
    times.append(now)
    times[:] = [t for t in times if now - t <= within]
    if len(times) >= needed:
        times.clear()
        return True
    return False
