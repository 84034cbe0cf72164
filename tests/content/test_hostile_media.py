"""What ``kiosk validate`` tells from a media file's bytes (the reliability review, §5): a
decompression bomb, a truncated or empty picture, a file that is no picture or sound at all, an
SVG that reaches outside itself or multiplies itself. Each is an error at the line that names the
file, with a hint; a picture of another type than its name is a warning. Nothing is decoded or
drawn to find out, so nothing can hang or blow up."""

from __future__ import annotations

import io
import os
import shutil
import struct
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from kiosk.content import load
from kiosk.content.model import Severity
from tests.content.conftest import PNG

SAMPLE = Path(__file__).resolve().parent.parent / "sample"
#: Where EXHIBIT and SECTION name assets/x/pic.png: the attract image and the section's cover.
PIC_PLACES = [("exhibits/x/exhibit.yaml", 5, 19), ("exhibits/x/s.yaml", 4, 15)]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_header(w: int, h: int) -> bytes:
    """A PNG that says it is w x h (no pixel data needed to know that)."""
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IEND", b"")


def _jpeg(size: tuple[int, int] = (64, 48)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (120, 80, 40)).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def _errors(root: Path) -> list[tuple[str, int, int, str, str]]:
    result = load(root)
    found = [(p.file, p.line, p.column, p.code, p.hint) for p in result.problems if p.severity is Severity.ERROR]
    assert all(hint for *_, hint in found), found
    return found


PICTURES = {
    "bomb": (_png_header(20_000, 20_000), "image-too-large"),
    "truncated jpeg": (_jpeg()[:300], "image-truncated"),
    "truncated png": (PNG[:-12], "image-truncated"),
    "empty": (b"", "media-empty"),
    "not a picture": (b"GIF89a" + os.urandom(200), "image-not-picture"),
    "random bytes": (os.urandom(4096), "image-not-picture"),
    "png, damaged header": (b"\x89PNG\r\n\x1a\n" + os.urandom(200) + b"IEND", "image-damaged"),
}


@pytest.mark.parametrize("case", sorted(PICTURES))
def test_a_bad_picture_is_an_error_where_it_is_named(content: Callable[..., Path], case: str) -> None:
    data, code = PICTURES[case]
    root = content({"assets/x/pic.png": data})
    assert [(f, ln, col, c) for f, ln, col, c, _ in _errors(root)] == [(*place, code) for place in PIC_PLACES]


def test_a_jpeg_named_png_is_a_warning_and_still_valid(content: Callable[..., Path]) -> None:
    root = content({"assets/x/pic.png": _jpeg()})
    result = load(root)
    assert result.ok
    [note, _] = [p for p in result.notes if p.code == "image-mislabelled"]
    assert note.severity is Severity.WARNING and "is a JPEG picture, though its name says PNG" in note.message
    assert "rename it to end in .jpg" in note.hint


def test_a_good_picture_of_each_kind_passes(content: Callable[..., Path]) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (30, 20)).save(buf, "WEBP")
    for data in (PNG, _jpeg(), buf.getvalue()):
        root = content({"assets/x/pic.png": data})
        assert not _errors(root)


def test_a_recording_of_random_bytes_is_an_error(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(SAMPLE, root, ignore=shutil.ignore_patterns(".derivatives"))
    (root / "assets/sample/voice.wav").write_bytes(os.urandom(50_000))
    found = _errors(root)
    assert found and {c for *_, c, _ in found} == {"media-not-playable"}
    assert ("exhibits/sample/media.yaml", 31) in {(f, ln) for f, ln, *_ in found}


SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 9 9">{}</svg>'
DRAWINGS = {
    "outside entity (XXE)": (
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
        + SVG.format("<text>&x;</text>"),
        "svg-outside-link",
    ),
    "entity bomb": (
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefgh", "bcdefghi", strict=True))
        + "]>"
        + SVG.format("<text>&i;</text>"),
        "svg-entity-bomb",
    ),
    "use bomb": (
        SVG.format(
            '<defs><rect id="l0" width="1" height="1"/>'
            + "".join(f'<g id="l{i}">' + f'<use xlink:href="#l{i - 1}"/>' * 10 + "</g>" for i in range(1, 9))
            + '</defs><use xlink:href="#l8"/>'
        ),
        "svg-too-complex",
    ),
    "use loop": (SVG.format('<g id="a"><use xlink:href="#a"/></g>'), "svg-use-loop"),
    "image from the web": (
        SVG.format('<image xlink:href="http://127.0.0.1:8099/x.png" width="9" height="9"/>'),
        "svg-outside-link",
    ),
    "image from a file": (
        SVG.format(f'<image href="{SAMPLE}/assets/sample/photo.png" width="9" height="9"/>'),
        "svg-outside-link",
    ),
    "image from ../": (
        SVG.format('<image xlink:href="../../../../secret.png" width="9" height="9"/>'),
        "svg-outside-link",
    ),
    "image from file://": (
        SVG.format('<image xlink:href="file:///etc/x.png" width="9" height="9"/>'),
        "svg-outside-link",
    ),
    "css url": (SVG.format('<rect width="9" height="9" style="fill: url(/etc/x.png)"/>'), "svg-outside-link"),
    "css import": (SVG.format("<style>@import 'http://x/y.css';</style>"), "svg-outside-link"),
    "not xml": ("this is not a drawing <<<", "svg-unreadable"),
    "not svg": ("<html><body>hello</body></html>", "svg-unreadable"),
}


@pytest.mark.parametrize("case", sorted(DRAWINGS))
def test_a_hostile_drawing_is_an_error_where_it_is_named(content: Callable[..., Path], case: str) -> None:
    text, code = DRAWINGS[case]
    root = content({"assets/x/map.svg": text, "exhibits/x/s.yaml": _section_with("assets/x/map.svg")})
    start = time.monotonic()
    found = _errors(root)
    assert time.monotonic() - start < 5  # never drawn, never expanded
    assert [(f, ln, c) for f, ln, _, c, _ in found] == [("exhibits/x/s.yaml", 4, code)], found


def test_a_drawing_that_keeps_to_itself_passes(content: Callable[..., Path]) -> None:
    text = (
        '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [<!ENTITY ns "http://www.w3.org/2000/svg">]>'
        + SVG.format(
            '<defs><linearGradient id="g"><stop offset="0"/></linearGradient><rect id="r" width="1" height="1"/></defs>'
            '<use xlink:href="#r"/><rect width="9" height="9" fill="url(#g)"/><a href="https://example.org"><text>x</text></a>'
            '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>'
        )
    )
    root = content({"assets/x/map.svg": text, "exhibits/x/s.yaml": _section_with("assets/x/map.svg")})
    assert not _errors(root)


def _section_with(cover: str) -> str:
    from tests.content.conftest import SECTION

    return SECTION.replace("file: assets/x/pic.png", f"file: {cover}")


def test_a_photo_with_more_after_its_end_is_not_truncated(content: Callable[..., Path]) -> None:
    """A phone's motion photo holds a video after the JPEG's end; some tools append to PNGs."""
    for data in (_jpeg((640, 480)) + b"\x00\x00\x00\x18ftypmp42" + os.urandom(20_000), PNG + os.urandom(9000)):
        root = content({"assets/x/pic.png": data})
        assert [c for *_, c, _ in _errors(root)] == []
    cut = _jpeg((640, 480))
    root = content({"assets/x/pic.png": cut[: len(cut) - 200]})  # cut inside the image data
    assert {c for *_, c, _ in _errors(root)} == {"image-truncated"}


def test_a_drawing_may_link_a_picture_beside_it_in_the_content_folder(content: Callable[..., Path]) -> None:
    text = SVG.format(
        '<image xlink:href="pic.png" width="9" height="9"/><image href="more/b.png" width="1" height="1"/>'
    )
    files = {
        "assets/x/map.svg": text,
        "assets/x/more/b.png": PNG,
        "exhibits/x/s.yaml": _section_with("assets/x/map.svg"),
    }
    assert not _errors(content(files))
    missing = SVG.format('<image xlink:href="gone.png" width="9" height="9"/>')
    root = content({**files, "assets/x/map.svg": missing})
    assert [c for *_, c, _ in _errors(root)] == ["svg-outside-link"]


# -- a PNG whose bytes were changed: each chunk carries a CRC-32 of its type and data ----------


def _real_png() -> bytes:
    """A PNG as an image editor writes it: a text chunk, several IDAT chunks of noise."""
    from PIL import PngImagePlugin

    im = Image.frombytes("RGB", (256, 256), os.urandom(256 * 256 * 3))  # noise: 196 KiB, in 64 KiB IDATs
    info = PngImagePlugin.PngInfo()
    info.add_text("Software", "a test")
    buf = io.BytesIO()
    im.save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


def _chunks(data: bytes) -> list[tuple[int, bytes, int]]:
    """(offset, type, length) of each chunk, walked independently of the code under test."""
    found, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        found.append((at, data[at + 4 : at + 8], length))
        at += 12 + length
    return found


def _flip(data: bytes, kind: bytes, inside: int = 5, nth: int = 0) -> tuple[bytes, int]:
    """``data`` with one byte of the ``nth`` ``kind`` chunk's data flipped, and where that chunk starts."""
    at, _, _ = [c for c in _chunks(data) if c[1] == kind][nth]
    pos = at + 8 + inside
    return data[:pos] + bytes([data[pos] ^ 0x10]) + data[pos + 1 :], at


def test_a_png_and_its_chunks_are_what_the_damage_tests_expect() -> None:
    data = _real_png()
    kinds = [k for _, k, _ in _chunks(data)]
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and b"tEXt" in kinds and kinds.count(b"IDAT") >= 3


@pytest.mark.parametrize(("kind", "inside", "nth"), [(b"IDAT", 1000, 1), (b"IHDR", 1, 0), (b"tEXt", 2, 0)])
def test_a_png_with_a_changed_byte_is_an_error_naming_the_chunk(
    content: Callable[..., Path], kind: bytes, inside: int, nth: int
) -> None:
    data, at = _flip(_real_png(), kind, inside, nth)
    root = content({"assets/x/pic.png": data})
    found = _errors(root)
    assert [(f, ln, col, c) for f, ln, col, c, _ in found] == [(*place, "image-damaged") for place in PIC_PLACES]
    [problem, _] = load(root).problems
    name = kind.decode()
    assert problem.message == f"assets/x/pic.png is damaged: its {name} chunk at byte {at} does not match its checksum"
    assert "copy it again from the original" in problem.hint and "export it again" in problem.hint


def test_an_intact_png_passes_whatever_follows_its_end(content: Callable[..., Path]) -> None:
    """The guard against false alarms: a real PNG with text and many IDAT chunks, and one with
    bytes after IEND (some tools append to PNGs; the decoders stop at IEND)."""
    data = _real_png()
    for picture in (data, data + os.urandom(3000), data + b"\x00" * 7):
        assert not _errors(content({"assets/x/pic.png": picture}))


def test_a_png_chunk_that_runs_past_the_end_is_truncated(content: Callable[..., Path]) -> None:
    data = _real_png()
    at, _, length = [c for c in _chunks(data) if c[1] == b"IDAT"][-1]
    longer = data[:at] + struct.pack(">I", length + 100_000) + data[at + 4 :]  # IEND is still at the end
    root = content({"assets/x/pic.png": longer})
    assert [c for *_, c, _ in _errors(root)] == ["image-truncated", "image-truncated"]
    message = load(root).problems[0].message
    assert message == f"assets/x/pic.png is truncated (the file ends early, inside its IDAT chunk at byte {at})"


def test_validate_prints_the_damaged_png_where_the_yaml_names_it(content: Callable[..., Path], capsys) -> None:
    from kiosk.cli import main

    data, at = _flip(_real_png(), b"IDAT", 1000, 1)
    root = content({"assets/x/pic.png": data})
    assert main(["validate", str(root)]) == 1
    lines = capsys.readouterr().out.splitlines()
    message = f"assets/x/pic.png is damaged: its IDAT chunk at byte {at} does not match its checksum"
    for file, line, col in PIC_PLACES:
        i = lines.index(f"{file}:{line}:{col}: error: {message}")
        assert lines[i + 1].startswith("    hint: copy it again from the original")


def test_a_jpeg_cut_inside_its_header_is_truncated_though_its_end_marker_is_in_the_tail(
    content: Callable[..., Path],
) -> None:
    """A comment (or an EXIF thumbnail) may hold FF D9: a file cut inside that segment still ends early."""
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 80, 40)).save(buf, "JPEG", comment=b"x" * 200 + b"\xff\xd9" + b"y" * 2000)
    data = buf.getvalue()
    cut = data[: data.index(b"\xff\xd9") + 500]  # inside the comment, before the frame header
    root = content({"assets/x/pic.png": cut})
    assert [(f, ln, col, c) for f, ln, col, c, _ in _errors(root)] == [
        (*place, "image-truncated") for place in PIC_PLACES
    ]


# -- the kiosk's own load reads a picture's header only: the build has read the source in full ---


class _Counted:
    """A file that counts the bytes read from it."""

    def __init__(self, f: io.BufferedReader, tally: dict[str, int]) -> None:
        self.f, self.tally = f, tally

    def read(self, n: int = -1) -> bytes:
        data = self.f.read(n)
        self.tally[self.f.name] = self.tally.get(self.f.name, 0) + len(data)
        return data

    def __getattr__(self, name: str) -> object:
        return getattr(self.f, name)

    def __enter__(self) -> _Counted:
        return self

    def __exit__(self, *exc: object) -> None:
        self.f.close()


def test_the_kiosks_load_reads_a_large_png_only_to_its_header(content: Callable[..., Path], monkeypatch) -> None:
    from kiosk.content import sniff

    data = _real_png()
    root = content({"assets/x/pic.png": data})
    tally: dict[str, int] = {}
    counted = lambda p, mode: _Counted(open(p, mode), tally)  # noqa: E731, SIM115 - sniff closes it with `with`
    monkeypatch.setattr(sniff, "open", counted, raising=False)
    assert load(root).ok
    assert tally[str(root / "assets/x/pic.png")] >= len(data)  # validate and the build: every chunk
    tally.clear()
    assert load(root, full_media=False).ok
    assert 0 < tally[str(root / "assets/x/pic.png")] <= 100  # the kiosk: the signature and IHDR


def test_a_png_damaged_past_its_header_still_loads_in_the_kiosk_and_validate_reports_it(
    content: Callable[..., Path],
) -> None:
    data, _ = _flip(_real_png(), b"IDAT", 1000, 1)
    root = content({"assets/x/pic.png": data})
    result = load(root, full_media=False)
    assert result.problems == [] and len(result.exhibits[0].sections) == 1
    assert [c for *_, c, _ in _errors(root)] == ["image-damaged", "image-damaged"]


@pytest.mark.parametrize(
    ("picture", "code"),
    [
        (_png_header(20_000, 20_000), "image-too-large"),
        (_flip(_real_png(), b"IHDR", 1, 0)[0], "image-damaged"),
        (b"\x89PNG\r\n\x1a\n" + os.urandom(200), "image-damaged"),
        (b"GIF89a" + os.urandom(200), "image-not-picture"),
    ],
    ids=["bomb", "IHDR changed", "no IHDR", "not a PNG"],
)
def test_the_kiosks_load_still_checks_a_pngs_header(content: Callable[..., Path], picture: bytes, code: str) -> None:
    result = load(content({"assets/x/pic.png": picture}), full_media=False)
    assert [p.code for p in result.problems] == [code, code]
