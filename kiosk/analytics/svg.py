"""Small charts as inline SVG, made here (no plotting library, no network): bars, columns with
annotations, a heat map, and a histogram. Every text is escaped; suppressed cells are drawn as
hatched grey with "<5"."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

INK, MUTED, ACCENT, GRID, SUPPRESSED = "#222", "#777", "#1f6f8b", "#ddd", "#ccc"
PALETTE = ("#1f6f8b", "#d08c2e", "#6a8d3a", "#9b4f96", "#c44e52", "#4c72b0", "#8c8c8c")


def _svg(width: int, height: int, body: list[str], title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        f'font-family="sans-serif" font-size="11">' + "".join(body) + "</svg>"
    )


def _text(x: float, y: float, text: str, *, anchor: str = "start", fill: str = INK, size: int = 11) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}" font-size="{size}">{escape(text)}</text>'
    )


def hbars(rows: Sequence[tuple[str, float | None, str]], title: str, width: int = 560, top: float | None = None) -> str:
    """Horizontal bars: (label, value or None for suppressed, shown text)."""
    bar_h, label_w = 18, 200
    height = 10 + bar_h * len(rows) + 10
    top = top or max([v for _, v, _ in rows if v is not None] or [1]) or 1
    body = []
    for i, (label, value, shown) in enumerate(rows):
        y = 8 + i * bar_h
        body.append(_text(label_w - 6, y + 12, label[:34], anchor="end"))
        if value is None:
            body.append(f'<rect x="{label_w}" y="{y + 2}" width="30" height="{bar_h - 5}" fill="{SUPPRESSED}"/>')
            body.append(_text(label_w + 36, y + 12, shown or "<5", fill=MUTED))
            continue
        w = max(1.0, (width - label_w - 70) * value / top)
        body.append(f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{bar_h - 5}" fill="{ACCENT}"/>')
        body.append(_text(label_w + w + 4, y + 12, shown))
    return _svg(width, height, body, title)


def columns(
    labels: Sequence[str],
    values: Sequence[float | None],
    title: str,
    *,
    marks: Sequence[tuple[int, str]] = (),
    width: int = 720,
    height: int = 180,
    every: int = 1,
) -> str:
    """Vertical columns over time (None: suppressed), with dashed lines at ``marks`` (index, label)."""
    left, bottom, top_pad = 36, 30, 16
    n = max(1, len(values))
    step = (width - left - 8) / n
    top = max([v for v in values if v is not None] or [1]) or 1
    plot_h = height - bottom - top_pad
    body = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - 4}" y2="{height - bottom}" stroke="{GRID}"/>']
    body.append(_text(left - 4, top_pad + 4, f"{top:g}", anchor="end", fill=MUTED))
    for i, value in enumerate(values):
        x = left + i * step
        if value is None:
            body.append(
                f'<rect x="{x + 1:.1f}" y="{height - bottom - 6}" width="{max(1, step - 2):.1f}" height="6" '
                f'fill="{SUPPRESSED}"/>'
            )
        else:
            h = plot_h * value / top
            body.append(
                f'<rect x="{x + 1:.1f}" y="{height - bottom - h:.1f}" width="{max(1, step - 2):.1f}" '
                f'height="{h:.1f}" fill="{ACCENT}"><title>{escape(labels[i])}: {value:g}</title></rect>'
            )
        if i % max(1, every) == 0:
            body.append(_text(x + step / 2, height - bottom + 14, labels[i], anchor="middle", fill=MUTED, size=9))
    for index, label in marks:
        x = left + index * step
        body.append(
            f'<line x1="{x:.1f}" y1="{top_pad - 6}" x2="{x:.1f}" y2="{height - bottom}" stroke="#c44e52" '
            'stroke-dasharray="4 3"/>'
        )
        body.append(_text(x + 3, top_pad - 2, label, fill="#c44e52", size=9))
    return _svg(width, height, body, title)


def heatmap(rows: Sequence[str], cols: Sequence[str], cells: dict[tuple[int, int], int | None], title: str) -> str:
    """A grid (row × column) of counts; None: suppressed; missing: zero."""
    cw, ch, left, top = 26, 20, 40, 18
    width, height = left + cw * len(cols) + 8, top + ch * len(rows) + 8
    peak = max([v for v in cells.values() if v] or [1])
    body = [_text(left + j * cw + cw / 2, 12, c, anchor="middle", fill=MUTED, size=9) for j, c in enumerate(cols)]
    for i, r in enumerate(rows):
        body.append(_text(left - 4, top + i * ch + 14, r, anchor="end"))
        for j in range(len(cols)):
            value = cells.get((i, j), 0)
            x, y = left + j * cw, top + i * ch
            if value is None:
                fill, label = SUPPRESSED, "<5"
            else:
                shade = value / peak
                fill = f"rgba(31,111,139,{0.08 + 0.92 * shade:.2f})" if value else "#f6f6f6"
                label = str(value) if value else ""
            body.append(f'<rect x="{x}" y="{y}" width="{cw - 1}" height="{ch - 1}" fill="{fill}"/>')
            if label:
                colour = "white" if value and value / peak > 0.55 else INK
                body.append(_text(x + cw / 2, y + 14, label, anchor="middle", fill=colour, size=9))
    return _svg(width, height, body, title)


def stacked(
    labels: Sequence[str], series: dict[str, Sequence[float | None]], title: str, width: int = 720, height: int = 180
) -> str:
    """Columns of shares (0..1) stacked by series (None: the column is suppressed), with a legend."""
    left, bottom, top_pad = 36, 30, 20
    n = max(1, len(labels))
    step = (width - left - 8) / n
    plot_h = height - bottom - top_pad
    body = []
    names = list(series)
    for k, name in enumerate(names):
        body.append(f'<rect x="{left + k * 70}" y="4" width="10" height="10" fill="{PALETTE[k % len(PALETTE)]}"/>')
        body.append(_text(left + k * 70 + 14, 13, name))
    every = max(1, n // 12)
    for i in range(n):
        x = left + i * step
        y: float = height - bottom
        if any(series[name][i] is None for name in names):
            body.append(
                f'<rect x="{x + 1:.1f}" y="{y - 6}" width="{max(1, step - 2):.1f}" height="6" fill="{SUPPRESSED}"/>'
            )
        else:
            for k, name in enumerate(names):
                h = plot_h * float(series[name][i] or 0)
                y -= h
                body.append(
                    f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(1, step - 2):.1f}" height="{h:.1f}" '
                    f'fill="{PALETTE[k % len(PALETTE)]}"/>'
                )
        if i % every == 0:
            body.append(_text(x + step / 2, height - bottom + 14, labels[i], anchor="middle", fill=MUTED, size=9))
    return _svg(width, height, body, title)
