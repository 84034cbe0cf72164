"""Content folders full of test pictures, and the pictures: rotated, CMYK, profiled, broken."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

SAMPLE = Path(__file__).resolve().parent.parent / "sample"

EXHIBIT = """\
id: x
title: {en: X}
languages: [en]
attract:
  - image: {file: assets/x/cover.png, alt: {en: a cover}, credit: me, licence: CC0}
    text: {en: Hi}
sections: [s]
bibliography:
  book:
    citation: A book.
"""

SECTION_HEAD = """\
id: s
title: {en: S}
summary: {en: S}
cover: {file: assets/x/cover.png, alt: {en: a cover}, credit: me, licence: CC0}
panels:
  - kind: gallery
    id: g
    title: {en: G}
    sources: [book]
    images:
"""

#: Line of ``images:`` in SECTION_HEAD: the first gallery item's ``file`` key is on the next line.
IMAGES_LINE = 10


def gallery_item(name: str) -> str:
    return f"      - {{file: assets/x/{name}, alt: {{en: picture {name}}}, credit: me, licence: CC0}}\n"


def jpeg(im: Image.Image, **params: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=95, **params)
    return buf.getvalue()


def png(im: Image.Image, **params: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG", **params)
    return buf.getvalue()


def photo(size: tuple[int, int] = (1200, 800)) -> Image.Image:
    """A photo-like RGB picture: gradients and noise, so it compresses like a real one."""
    w, h = size
    grad = Image.linear_gradient("L").resize((w, h))
    noise = Image.effect_noise((w, h), 30)
    return Image.merge("RGB", (grad, noise, grad.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width: int = 50_000, height: int = 50_000) -> bytes:
    """A PNG whose header claims ``width`` × ``height`` pixels, with almost no data: 60 bytes."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"\0" * 64)) + _chunk(b"IEND", b"")
    )


def _s15(v: float) -> bytes:
    return struct.pack(">i", round(v * 65536))


def adobe_rgb_profile() -> bytes:
    """A minimal ICC v2 display profile with the Adobe RGB (1998) primaries and gamma 2.2."""

    def xyz(x: float, y: float, z: float) -> bytes:
        return b"XYZ \0\0\0\0" + _s15(x) + _s15(y) + _s15(z)

    desc_text = b"Adobe RGB test\0"
    tags = {
        b"desc": b"desc\0\0\0\0" + struct.pack(">I", len(desc_text)) + desc_text + b"\0" * 12 + b"\0" * 67,
        b"wtpt": xyz(0.9642, 1.0, 0.8249),
        b"rXYZ": xyz(0.6097, 0.3111, 0.0195),
        b"gXYZ": xyz(0.2053, 0.6257, 0.0609),
        b"bXYZ": xyz(0.1492, 0.0632, 0.7446),
        b"rTRC": b"curv\0\0\0\0" + struct.pack(">IH", 1, 0x0233) + b"\0\0",
        b"cprt": b"text\0\0\0\0" + b"no copyright\0",
    }
    tags[b"gTRC"] = tags[b"bTRC"] = tags[b"rTRC"]
    table = b""
    body = b""
    offset = 128 + 4 + 12 * len(tags)
    for sig, data in tags.items():
        while len(data) % 4:
            data += b"\0"
        table += sig + struct.pack(">II", offset + len(body), len(data))
        body += data
    size = offset + len(body)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + struct.pack(">I", 0x02100000)
        + b"mntrRGB XYZ "
        + struct.pack(">6H", 2024, 1, 1, 0, 0, 0)
        + b"acsp"
        + b"\0" * 4
        + b"\0" * 4
        + b"\0" * 8
        + b"\0" * 8
        + struct.pack(">I", 0)
        + _s15(0.9642)
        + _s15(1.0)
        + _s15(0.8249)
        + b"\0" * 4
        + b"\0" * 16
        + b"\0" * 28
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body


Files = dict[str, bytes]


@pytest.fixture
def content(tmp_path: Path) -> Callable[[Files], Path]:
    """``content({"a.jpg": bytes, ...})``: a content folder whose gallery shows these pictures.

    The attract slide and the section's cover show ``assets/x/cover.png`` (a small opaque PNG).
    """

    def make(files: Files) -> Path:
        root = tmp_path / "content"
        (root / "exhibits" / "x").mkdir(parents=True, exist_ok=True)
        (root / "assets" / "x").mkdir(parents=True, exist_ok=True)
        (root / "exhibits" / "x" / "exhibit.yaml").write_text(EXHIBIT, encoding="utf-8")
        section = SECTION_HEAD + "".join(gallery_item(name) for name in files)
        (root / "exhibits" / "x" / "s.yaml").write_text(section, encoding="utf-8")
        (root / "assets" / "x" / "cover.png").write_bytes(png(Image.new("RGB", (64, 48), "#806040")))
        for name, data in files.items():
            (root / "assets" / "x" / name).write_bytes(data)
        return root

    return make


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A copy of tests/sample, safe to change."""
    import shutil

    return Path(shutil.copytree(SAMPLE, tmp_path / "sample"))
