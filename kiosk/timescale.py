"""Where a timeline's events stand on its line: spaced by date, with long gaps compressed.

Lengths are in card widths (a card is 1 wide), so the rule does not depend on the screen; the
screen multiplies by its card width. Cards alternate above and below the line, so two neighbours
may stand half a card apart and a card never covers the next one on its side.

The line is as long as evenly spaced cards would make it (one card per event); within that
length, the time between events decides the room between them. Events crowded into a few days
get the least room a card needs, and a gap much longer than the timeline's usual one (years in a
story told in weeks) is cut down to one card's width and marked, so seven quiet years do not push
the rest off the screen. Plain Python: day numbers in, places out.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

#: The least room between two neighbours (one above the line, one below).
MIN_STEP = 0.5
#: The room an event has on average: the line is as long as one card per event.
MEAN_STEP = 1.0
#: A gap longer than this many times the median gap is compressed (and marked).
LONG = 5.0
#: The room a compressed gap takes: a card's width, for its mark.
GAP_STEP = 1.0


@dataclass(frozen=True, slots=True)
class Scale:
    """The places of a timeline's events: ``at[i]`` is where event ``i``'s card starts, as a
    fraction of ``length`` (card widths, the last card included); ``gap_before[i]`` is True when
    the time before event ``i`` was compressed."""

    length: float
    at: tuple[float, ...]
    gap_before: tuple[bool, ...]
    days: tuple[float, ...]

    def where(self, day: float) -> float:
        """The place of any day on the line, 0..1: between two events in proportion to their
        dates (a compressed gap too, so an era that starts in one starts within its mark);
        before the first event 0, after the last the end of the line (its card included)."""
        if not self.days or day < self.days[0]:
            return 0.0
        if day > self.days[-1]:
            return 1.0
        i = bisect.bisect_left(self.days, day)
        if self.days[i] == day or i == 0:
            return self.at[i]
        d0, d1 = self.days[i - 1], self.days[i]
        a0, a1 = self.at[i - 1], self.at[i]
        return a0 + (a1 - a0) * (day - d0) / (d1 - d0)

    def compressed(self, day: float) -> bool:
        """True when ``day`` falls inside a compressed gap (a year mark there would mislead)."""
        i = bisect.bisect_right(self.days, day)
        return 0 < i < len(self.days) and self.gap_before[i] and self.days[i - 1] < day


def place(days: Sequence[float]) -> Scale:
    """The places of events on ``days`` (day numbers in the events' order, which is date order;
    a day out of order is treated as the day before it)."""
    n = len(days)
    if n == 0:
        return Scale(1.0, (), (), ())
    fixed = [float(days[0])]
    for d in days[1:]:
        fixed.append(max(float(d), fixed[-1]))
    gaps = [b - a for a, b in itertools.pairwise(fixed)]
    positive = sorted(g for g in gaps if g > 0)
    median = positive[len(positive) // 2] if positive else 0.0
    long_gap = [median > 0 and g > LONG * median for g in gaps]

    def steps(s: float) -> list[float]:
        return [GAP_STEP if long else max(MIN_STEP, g * s) for g, long in zip(gaps, long_gap, strict=True)]

    target = MEAN_STEP * len(gaps)
    s = 0.0
    if gaps and sum(steps(0.0)) < target and median > 0:
        lo, hi = 0.0, 1.0 / median
        while sum(steps(hi)) < target:
            hi *= 2
        for _ in range(60):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if sum(steps(mid)) < target else (lo, mid)
        s = hi
    places = [0.0]
    for step in steps(s):
        places.append(places[-1] + step)
    length = places[-1] + 1.0
    return Scale(
        length=length,
        at=tuple(p / length for p in places),
        gap_before=(False, *long_gap),
        days=tuple(fixed),
    )
