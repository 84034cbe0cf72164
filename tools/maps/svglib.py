"""Tiny SVG writer for the exhibit artwork (stdlib only).

Output is limited to what Qt's SVG Tiny 1.2 renderer draws: paths (no arc
commands), polygons, polylines, circles, ellipses, rects, lines, text,
linear/radial gradients, opacity, dash arrays and transforms.  No CSS, no
filters, no masks, no external references.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape, quoteattr

FONT = "Noto Sans"

# Palette (kiosk theme)
BG = "#14120f"
SURFACE = "#221f1a"
TEXT = "#f3ede2"
MUTED = "#b9ae9c"
ACCENT = "#d9a441"
RIVER = "#5f86a0"
RIVER_DARK = "#3e5a6e"
SEA = "#1c2a31"
TERRAIN_LOW = "#2b2a1f"
TERRAIN_MID = "#37382a"
OCHRE = "#8a6a3a"
GREEN = "#4d5a3a"


def f(v: float) -> str:
    """Compact number formatting (1 decimal)."""
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    if s == "-0":
        s = "0"
    return s


def attrs(**kw) -> str:
    out = []
    for k, v in kw.items():
        if v is None:
            continue
        k = k.rstrip("_").replace("_", "-")
        if isinstance(v, float):
            v = f(v)
        out.append(f"{k}={quoteattr(str(v))}")
    return " ".join(out)


def path_d(points, closed=False) -> str:
    if not points:
        return ""
    parts = [f"M{f(points[0][0])} {f(points[0][1])}"]
    for x, y in points[1:]:
        parts.append(f"L{f(x)} {f(y)}")
    if closed:
        parts.append("Z")
    return "".join(parts)


def smooth_d(points, closed=False, tension=1.0) -> str:
    """Catmull-Rom spline through points, as cubic Beziers (no arcs)."""
    pts = list(points)
    n = len(pts)
    if n < 3:
        return path_d(pts, closed)
    out = [f"M{f(pts[0][0])} {f(pts[0][1])}"]
    rng = range(n) if closed else range(n - 1)
    for i in rng:
        p0 = pts[(i - 1) % n] if (closed or i > 0) else pts[i]
        p1 = pts[i]
        p2 = pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if (closed or i + 2 < n) else p2
        t = tension / 6.0
        c1 = (p1[0] + (p2[0] - p0[0]) * t, p1[1] + (p2[1] - p0[1]) * t)
        c2 = (p2[0] - (p3[0] - p1[0]) * t, p2[1] - (p3[1] - p1[1]) * t)
        out.append(f"C{f(c1[0])} {f(c1[1])} {f(c2[0])} {f(c2[1])} {f(p2[0])} {f(p2[1])}")
    if closed:
        out.append("Z")
    return "".join(out)


def simplify(points, tol):
    """Douglas-Peucker polyline simplification."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        L = math.hypot(dx, dy) or 1e-9
        best, bi = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / L
            if d > best:
                best, bi = d, i
        if best > tol and bi > 0:
            keep[bi] = True
            stack.append((a, bi))
            stack.append((bi, b))
    return [p for p, k in zip(points, keep, strict=True) if k]


class Svg:
    def __init__(self, w: int, h: int, title: str, desc: str = ""):
        self.w, self.h = w, h
        self.title = title
        self.desc = desc
        self.defs: list[str] = []
        self.body: list[str] = []
        self._gid = 0

    # -- defs ---------------------------------------------------------
    @staticmethod
    def _stops(stops) -> str:
        """Gradient stops from (offset, colour) or (offset, colour, opacity) tuples."""
        return "".join(
            f'<stop offset="{o}" stop-color="{c}"' + (f' stop-opacity="{op}"' if op is not None else "") + "/>"
            for o, c, op in [(*s, None)[:3] for s in stops]
        )

    def linear(self, stops, x1=0, y1=0, x2=0, y2=1, gid=None) -> str:
        self._gid += 1
        gid = gid or f"g{self._gid}"
        st = self._stops(stops)
        self.defs.append(
            f'<linearGradient id="{gid}" gradientUnits="objectBoundingBox" '
            f'x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}">{st}</linearGradient>'
        )
        return f"url(#{gid})"

    def radial(self, stops, cx=0.5, cy=0.5, r=0.5, gid=None) -> str:
        self._gid += 1
        gid = gid or f"g{self._gid}"
        st = self._stops(stops)
        self.defs.append(
            f'<radialGradient id="{gid}" gradientUnits="objectBoundingBox" '
            f'cx="{cx}" cy="{cy}" r="{r}" fx="{cx}" fy="{cy}">{st}</radialGradient>'
        )
        return f"url(#{gid})"

    # -- elements -----------------------------------------------------
    def raw(self, s: str):
        self.body.append(s)

    def comment(self, s: str):
        self.body.append(f"<!-- {escape(s).replace('--', '-')} -->")

    def group(self, **kw):
        self.body.append(f"<g {attrs(**kw)}>")

    def end(self):
        self.body.append("</g>")

    def rect(self, x, y, w, h, **kw):
        self.body.append(f"<rect {attrs(x=float(x), y=float(y), width=float(w), height=float(h), **kw)}/>")

    def circle(self, cx, cy, r, **kw):
        self.body.append(f"<circle {attrs(cx=float(cx), cy=float(cy), r=float(r), **kw)}/>")

    def ellipse(self, cx, cy, rx, ry, **kw):
        self.body.append(f"<ellipse {attrs(cx=float(cx), cy=float(cy), rx=float(rx), ry=float(ry), **kw)}/>")

    def line(self, x1, y1, x2, y2, **kw):
        self.body.append(f"<line {attrs(x1=float(x1), y1=float(y1), x2=float(x2), y2=float(y2), **kw)}/>")

    def path(self, d, **kw):
        self.body.append(f"<path {attrs(d=d, **kw)}/>")

    def polyline(self, pts, **kw):
        p = " ".join(f"{f(x)},{f(y)}" for x, y in pts)
        self.body.append(f"<polyline {attrs(points=p, **kw)}/>")

    def polygon(self, pts, **kw):
        p = " ".join(f"{f(x)},{f(y)}" for x, y in pts)
        self.body.append(f"<polygon {attrs(points=p, **kw)}/>")

    def text(self, x, y, s, size=20, fill=TEXT, anchor="start", weight=None, **kw):
        a = attrs(
            x=float(x),
            y=float(y),
            font_family=FONT,
            font_size=float(size),
            fill=fill,
            text_anchor=anchor,
            font_weight=weight,
            **kw,
        )
        self.body.append(f"<text {a}>{escape(s)}</text>")

    def label(self, x, y, s, size=18, fill=TEXT, anchor="start", pad=5, bg=BG, bg_opacity=0.72, weight=None):
        """Text on a rounded plate so it stays legible over terrain."""
        w = text_width(s, size, bold=weight == "bold")
        if anchor == "middle":
            x0 = x - w / 2
        elif anchor == "end":
            x0 = x - w
        else:
            x0 = x
        self.rect(
            x0 - pad, y - size * 0.95, w + 2 * pad, size * 1.3, rx=float(size * 0.3), fill=bg, fill_opacity=bg_opacity
        )
        self.text(x, y, s, size=size, fill=fill, anchor=anchor, weight=weight)

    def north_arrow(self, x, y, size=40, fill=TEXT):
        """Language-neutral north arrow: a split arrowhead with no letter."""
        s = size
        self.polygon([(x, y - s), (x + s * 0.32, y + s * 0.45), (x, y + s * 0.22)], fill=fill)
        self.polygon(
            [(x, y - s), (x - s * 0.32, y + s * 0.45), (x, y + s * 0.22)], fill="none", stroke=fill, stroke_width=1.5
        )
        self.line(x, y + s * 0.3, x, y + s * 0.75, stroke=fill, stroke_width=1.5)

    def scale_bar(self, x, y, length_px, label_text, fill=TEXT, segments=4, size=16):
        h = 7
        seg = length_px / segments
        for i in range(segments):
            self.rect(x + i * seg, y, seg, h, fill=fill if i % 2 == 0 else BG, stroke=fill, stroke_width=1)
        self.text(x, y + h + size + 2, "0", size=size, fill=fill, anchor="middle")
        self.text(x + length_px, y + h + size + 2, label_text, size=size, fill=fill, anchor="middle")

    def to_string(self) -> str:
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            f'viewBox="0 0 {self.w} {self.h}" width="{self.w}" height="{self.h}">\n'
            f"<title>{escape(self.title)}</title>\n"
        )
        if self.desc:
            head += f"<desc>{escape(self.desc)}</desc>\n"
        defs = "<defs>" + "".join(self.defs) + "</defs>\n" if self.defs else ""
        return head + defs + "\n".join(self.body) + "\n</svg>\n"

    def save(self, path):
        import pathlib

        p = pathlib.Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(self.to_string(), encoding="utf-8")
        return p


# Rough advance widths for Noto Sans, in ems (good enough for label plates).
_NARROW = set("iljtf.,:;'|!ı ·()[]")
_WIDE = set("mwMWÐ@")


def text_width(s: str, size: float, bold=False) -> float:
    w = 0.0
    for ch in s:
        if ch in _NARROW:
            w += 0.30
        elif ch in _WIDE:
            w += 0.85
        elif ch.isupper() or ch.isdigit():
            w += 0.64
        else:
            w += 0.55
    return w * size * (1.06 if bold else 1.0)
