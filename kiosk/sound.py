"""What the visitor has set about sound and its alternatives: the volume, within the operator's
range, whether the kiosk describes each screen aloud (audio description), and whether a signer's
video is shown over panels that have one (sign language). Plain Python; the idle reset calls
:meth:`Sound.reset`, so the next visitor starts where the operator said."""

from __future__ import annotations

from dataclasses import dataclass

#: One press of − or + moves the volume by this many percent.
STEP = 10


@dataclass
class Sound:
    """The visitor's volume (percent of full) in ``low..high``, and audio description on or off."""

    low: int = 20
    high: int = 100
    start: int = 70
    level: int = -1  # -1: ``start``
    describing: bool = False
    signing: bool = False

    def __post_init__(self) -> None:
        self.low, self.high = min(self.low, self.high), max(self.low, self.high)
        self.start = self._clamp(self.start)
        self.level = self.start if self.level < 0 else self._clamp(self.level)

    def _clamp(self, level: int) -> int:
        return min(max(level, self.low), self.high)

    @property
    def can_louder(self) -> bool:
        return self.level < self.high

    @property
    def can_quieter(self) -> bool:
        return self.level > self.low

    def set(self, level: int) -> bool:
        """Set the volume (kept within the range); True if it changed."""
        new = self._clamp(level)
        changed, self.level = new != self.level, new
        return changed

    def louder(self) -> bool:
        """One step up, to a multiple of :data:`STEP` (or the top of the range)."""
        return self.set((self.level // STEP + 1) * STEP)

    def quieter(self) -> bool:
        """One step down, to a multiple of :data:`STEP` (or the bottom of the range)."""
        return self.set((self.level - 1) // STEP * STEP)

    def reset(self) -> None:
        """A new visit: the operator's start level, no description and no signer until asked for."""
        self.level, self.describing, self.signing = self.start, False, False
