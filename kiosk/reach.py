"""How high a visitor can reach on a wall screen: the screen's mounting (its bottom edge above the
floor and its visible height) and the ADA / ISO 21542 forward-reach limit of 1,220 mm, for a
seated visitor or a child as much as a standing adult. Plain Python: ``kiosk proof`` reports
the controls above the limit and the screens keep theirs under it (Theme.reachTop).
"""

from __future__ import annotations

from dataclasses import dataclass

#: The highest a control's centre may sit above the floor (ADA 308.2.1 high forward reach).
REACH_MM = 1220.0


@dataclass(frozen=True)
class Reach:
    """A screen mounted with its bottom edge ``bottom_mm`` above the floor; ``height_mm`` is the
    height of its picture (None: the screen's own physical size, as the system reports it)."""

    bottom_mm: float
    height_mm: float | None = None
    limit_mm: float = REACH_MM

    def screen_height(self, reported_mm: float) -> float:
        return self.height_mm if self.height_mm else reported_mm

    def height_at(self, y: float, window_height: float, reported_mm: float = 0.0) -> float:
        """Millimetres above the floor of the point ``y`` pixels from the top of a window that
        fills the screen's height of ``window_height`` pixels."""
        if window_height <= 0:
            return self.bottom_mm
        return self.bottom_mm + (window_height - y) / window_height * self.screen_height(reported_mm)

    def top(self, window_height: float, reported_mm: float = 0.0) -> float:
        """The highest point in reach, in pixels from the top (0: the whole screen is in reach,
        or its height is unknown)."""
        height = self.screen_height(reported_mm)
        if height <= 0 or window_height <= 0:
            return 0.0
        above = self.bottom_mm + height - self.limit_mm  # millimetres of screen out of reach
        return max(0.0, min(window_height, above / height * window_height))
