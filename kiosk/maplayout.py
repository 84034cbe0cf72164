"""Where a map's points and names go on screen: plain geometry, no Qt.

The kiosk draws every point of a map and its name itself (the pictures carry neither), so that
a point drawn is a point that can be tapped, and a name is never under a point. Given where the
points fall on the picture at the current size and zoom, and how big each name is, this decides:

- which points are drawn: in the curator's order, a point is drawn when its touch target is a gap
  away from every point already drawn (the rest appear as the visitor zooms in; the point that is
  open is always drawn), and how many hidden points each drawn one stands for;
- where each drawn point's name goes: beside its point, on the first side where it stays inside
  the picture, clear of the other points' touch targets, of every drawn ring and of the names
  already placed (if no side is clear of the targets, clear of the rings is enough; if none is,
  the name is left out rather than covered);
- the zoom at which every point has room (the zoom buttons go that far);
- the scale at zoom 1: the picture covers its box, cropped to its middle, when every point then
  stays in view, else it fits inside the box whole.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Rect = tuple[float, float, float, float]  # left, top, width, height


@dataclass(frozen=True, slots=True)
class Spot:
    """One point's place on screen."""

    shown: bool
    #: How many hidden points this drawn point stands for (each counted once, with its nearest).
    hidden: int = 0
    #: The name's top-left corner, or None if the name is not drawn.
    label: tuple[float, float] | None = None


def _overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _square(x: float, y: float, half: float) -> Rect:
    return (x - half, y - half, 2 * half, 2 * half)


def _candidates(x: float, y: float, w: float, h: float, r: float) -> list[tuple[float, float]]:
    """Top-left corners of a ``w`` × ``h`` name beside a ring of radius ``r`` at ``x, y``: right,
    left, below, above, then the four corners, then the same a ring further out."""
    out: list[tuple[float, float]] = []
    for k in (1.0, 2.0):
        d = r * k
        diag = d / math.sqrt(2)
        out += [
            (x + d, y - h / 2),
            (x - d - w, y - h / 2),
            (x - w / 2, y + d),
            (x - w / 2, y - d - h),
            (x + diag, y - diag - h),
            (x + diag, y + diag),
            (x - diag - w, y - diag - h),
            (x - diag - w, y + diag),
        ]
    return out


def choose_points(points: Sequence[tuple[float, float]], room: float, keep: int = -1) -> list[bool]:
    """Which points are drawn: in order, each one ``room`` away from every one drawn before it
    (centre to centre); the point ``keep`` (the open one) is drawn whatever."""
    placed: list[tuple[float, float]] = []
    shown: list[bool] = []
    for i, (x, y) in enumerate(points):
        fits = all(math.hypot(px - x, py - y) >= room for px, py in placed)
        shown.append(fits or i == keep)
        if fits:
            placed.append((x, y))
    return shown


def layout(
    points: Sequence[tuple[float, float]],
    sizes: Sequence[tuple[float, float]],
    *,
    ring: float,
    touch: float,
    gap: float,
    bounds: tuple[float, float] | Rect,
    keep: int = -1,
) -> list[Spot]:
    """Where the points and their names go, in picture pixels at the current zoom.

    ``points`` are the centres, ``sizes`` each name's width and height, ``ring`` the drawn ring's
    radius, ``touch`` the side of a touch target, ``gap`` the space kept between targets and
    around a name, ``bounds`` the picture's width and height (or the part of it in view, as left,
    top, width, height: names stay inside it).
    """
    shown = choose_points(points, touch + gap, keep)
    hidden = [0] * len(points)
    drawn = [i for i, s in enumerate(shown) if s]
    for i, s in enumerate(shown):
        if not s and drawn:
            x, y = points[i]
            nearest = min(drawn, key=lambda j: math.hypot(points[j][0] - x, points[j][1] - y))
            hidden[nearest] += 1
    bx, by, bw, bh = bounds if len(bounds) == 4 else (0.0, 0.0, *bounds)
    labels: dict[int, tuple[float, float]] = {}
    taken: list[Rect] = []
    for i in drawn:
        x, y = points[i]
        w, h = sizes[i] if i < len(sizes) else (0.0, 0.0)
        if w <= 0 or h <= 0:
            continue
        others = [j for j in drawn if j != i]
        rings = [_square(*points[j], ring + gap / 2) for j in drawn]
        targets = [_square(*points[j], touch / 2) for j in others]
        for obstacles in (rings + targets, rings):
            spot = None
            for lx, ly in _candidates(x, y, w, h, ring + gap / 2):
                box = (lx, ly, w, h)
                if lx < bx or ly < by or lx + w > bx + bw or ly + h > by + bh:
                    continue
                if any(_overlap(box, o) for o in obstacles) or any(_overlap(box, t) for t in taken):
                    continue
                spot = (lx, ly)
                break
            if spot is not None:
                labels[i] = spot
                taken.append((spot[0], spot[1], w, h))
                break
    return [Spot(shown=shown[i], hidden=hidden[i], label=labels.get(i)) for i in range(len(points))]


def zoom_for_all(points: Sequence[tuple[float, float]], room: float) -> float:
    """The zoom (1 = as given) at which every point is ``room`` from every other one, so all are
    drawn; 1 if they already are. Points at the same place never separate: they are skipped."""
    closest = math.inf
    for i, (x, y) in enumerate(points):
        for px, py in points[i + 1 :]:
            d = math.hypot(px - x, py - y)
            if d > 1e-6:
                closest = min(closest, d)
    if not math.isfinite(closest) or closest >= room:
        return 1.0
    return room / closest


def base_scale(
    box: tuple[float, float],
    picture: tuple[float, float],
    points: Sequence[tuple[float, float]],
    margin: float,
) -> tuple[float, float, float]:
    """The picture's scale and its top-left corner in the box at zoom 1.

    The picture covers the box, centred, when every point (normalised 0..1 on the picture) then
    falls at least ``margin`` inside the box; otherwise it fits inside the box whole, centred.
    """
    bw, bh = box
    pw, ph = picture
    if bw <= 0 or bh <= 0 or pw <= 0 or ph <= 0:
        return 1.0, 0.0, 0.0
    cover = max(bw / pw, bh / ph)
    ox, oy = (bw - pw * cover) / 2, (bh - ph * cover) / 2
    if all(
        margin <= ox + x * pw * cover <= bw - margin and margin <= oy + y * ph * cover <= bh - margin for x, y in points
    ):
        return cover, ox, oy
    fit = min(bw / pw, bh / ph)
    return fit, (bw - pw * fit) / 2, (bh - ph * fit) / 2
