"""Image derivative building: images per second with one worker and with every core, the gain from
reduced-size JPEG decoding (``Image.draft``), and a second run that has nothing to do.

Run by hand: ``.venv/bin/python bench/derivatives.py [--count 12] [--sizes 6000x4000,8000x5336]``.

Each set is ``--count`` synthetic camera photos (smooth gradients, soft texture and fine grain, so
they compress like a camera's: about a third of a byte per pixel at quality 90) in a temporary
content folder.
Reduced-size decoding only applies when the largest derivative (3840 px) is at most half the
original's width, so a 24 MP photo (6000 px) gains nothing from it and a 42 MP one (8000 px) does.
Prints a markdown table.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PIL import Image, ImageChops  # noqa: E402

from kiosk.media import images  # noqa: E402
from kiosk.media.build import build  # noqa: E402

EXHIBIT = """\
id: bench
title: {en: Bench}
languages: [en]
attract:
  - image: {file: assets/bench/p0.jpg, alt: {en: a photo}, credit: me, licence: CC0}
    text: {en: Hi}
sections: [s]
bibliography:
  book: {citation: A book.}
"""

SECTION = """\
id: s
title: {en: S}
summary: {en: S}
cover: {file: assets/bench/p0.jpg, alt: {en: a photo}, credit: me, licence: CC0}
panels:
  - kind: gallery
    id: g
    title: {en: G}
    sources: [book]
    images:
"""


def photo(size: tuple[int, int]) -> Image.Image:
    """A photo-like picture: colour gradients, a soft texture and a little fine grain."""
    w, h = size
    grad = Image.linear_gradient("L").resize((w, h))
    soft = Image.effect_noise((w // 8, h // 8), 60).resize((w, h), Image.Resampling.BICUBIC)
    grain = Image.effect_noise((w, h), 6)
    r = ImageChops.add(grad, soft, scale=2.0)
    g = ImageChops.add(soft, grain, scale=1.0, offset=-100)
    b = ImageChops.add(grad.transpose(Image.Transpose.ROTATE_180), grain, scale=2.0)
    return Image.merge("RGB", (r, g, b))


def make_content(root: Path, count: int, size: tuple[int, int]) -> int:
    """A content folder with ``count`` photos; returns their total size in bytes."""
    (root / "exhibits" / "bench").mkdir(parents=True)
    (root / "assets" / "bench").mkdir(parents=True)
    (root / "exhibits" / "bench" / "exhibit.yaml").write_text(EXHIBIT, encoding="utf-8")
    items = "".join(
        f"      - {{file: assets/bench/p{i}.jpg, alt: {{en: photo {i}}}, credit: me, licence: CC0}}\n"
        for i in range(count)
    )
    (root / "exhibits" / "bench" / "s.yaml").write_text(SECTION + items, encoding="utf-8")
    base = photo(size)
    total = 0
    for i in range(count):
        picture = ImageChops.offset(base, i * 397, i * 211)  # each one different: its own hash
        path = root / "assets" / "bench" / f"p{i}.jpg"
        picture.save(path, "JPEG", quality=90)
        total += path.stat().st_size
    return total


def timed(root: Path, out: Path, workers: int, *, draft: bool = True) -> tuple[float, int]:
    """Seconds for a build into ``out`` (emptied first unless it is the no-op run) and jobs made."""
    images._USE_DRAFT = draft  # with one worker the jobs run in this process, so this applies
    try:
        started = time.perf_counter()
        report = build(root, out, workers=workers, progress=False)
        seconds = time.perf_counter() - started
    finally:
        images._USE_DRAFT = True
    assert report.ok, [p.format() for p in report.problems]
    return seconds, report.made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--sizes", default="6000x4000,8000x5336")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    sizes = [tuple(int(v) for v in s.split("x")) for s in args.sizes.split(",")]
    print(f"{args.count} photos per set, {cores} cores, derivatives {', '.join(map(str, images.WIDTHS))} px\n")
    print("| photos | MB each | build | workers | reduced-size decoding | time | images/s |")
    print("| --- | ---: | --- | ---: | --- | ---: | ---: |")
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
            root = Path(tmp) / "content"
            total = make_content(root, args.count, size)  # type: ignore[arg-type]
            label = f"{size[0]}×{size[1]} ({size[0] * size[1] / 1e6:.0f} MP)"
            mb = f"{total / args.count / 1e6:.1f}"
            rows = [("full", 1, True), ("full", 1, False), ("full", cores, True)]
            for kind, workers, draft in rows:
                out = Path(tmp) / "out"
                shutil.rmtree(out, ignore_errors=True)
                seconds, made = timed(root, out, workers, draft=draft)
                applies = (
                    "yes" if draft and size[0] >= 2 * images.WIDTHS[-1] else ("on (does not apply)" if draft else "off")
                )
                print(
                    f"| {label} | {mb} | {kind} | {workers} | {applies} | {seconds:.1f} s | {made / seconds:.2f} |",
                    flush=True,
                )
            seconds, made = timed(root, Path(tmp) / "out", cores)
            assert made == 0
            print(f"| {label} | {mb} | second run (nothing to do) | {cores} | — | {seconds * 1000:.0f} ms | — |")


if __name__ == "__main__":
    main()
