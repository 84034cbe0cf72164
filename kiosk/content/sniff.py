"""What a media file really holds, from its bytes, for ``kiosk validate`` (the reliability review, §5).

The build decodes every picture and refuses a bad one; ``validate`` used to look only at the path,
so a curator heard of a truncated photo only from the build. This module reads what can be known
cheaply and safely, with no Qt and no Pillow:

* any media file: empty;
* PNG, JPEG, WebP: the signature (not a picture at all, or a picture of another type than its
  name says), the size in the header (a decompression bomb: over :data:`MAX_PIXELS`), and the end
  of the file (a PNG without its ``IEND``, a JPEG without its end marker or with a segment that
  runs past the end: cut short while copying);
* PNG: every chunk's CRC-32 up to ``IEND`` (a byte changed on a failing card or in a bad copy;
  zlib.crc32 reads several hundred MB a second, so the biggest picture allowed costs well under a
  second). What follows ``IEND`` is left alone: decoders stop there, and some tools append to PNGs.
  JPEG has no checksum to check. With ``full=False`` only the ``IHDR`` chunk's is checked (the
  size it says is then trusted) and the file is not read further: the kiosk's own load asks for
  that, since it shows only the build's derivatives, and the build (which loads with ``full``)
  is what refuses a damaged source;
* sound and video: the signature of the container the name promises;
* SVG, parsed with expat (no DTD is fetched, no outside entity is read; expat itself refuses an
  entity bomb): not XML, not ``<svg>``, an outside entity, a link to a file or a URL (``href`` or
  CSS ``url(…)`` that is not ``#id`` or ``data:``: the rasteriser would read files from anywhere on
  the machine), and ``<use>`` copies that multiply into more than :data:`MAX_SVG_SHAPES` shapes.

The build (kiosk.media.images) runs the SVG check too before it rasterises a drawing, so it never
follows what is refused here. Each finding is ``(severity, code, message, hint)``, the message
naming the file; a picture of another type than its name is a warning (it is built and shown
alike), everything else an error.
"""

from __future__ import annotations

import os
import re
import struct
import zlib
from pathlib import Path
from typing import BinaryIO

__all__ = ["MAX_PIXELS", "MAX_SVG_BYTES", "MAX_SVG_SHAPES", "Finding", "inspect", "svg_findings"]

#: Pixels a picture may have (width x height): the build's limit too (kiosk.media.images).
MAX_PIXELS = 90_000_000
#: Shapes a drawing may draw, counting every copy a ``<use>`` makes.
MAX_SVG_SHAPES = 200_000
#: An SVG over this is not read (a map of a country is a few MiB).
MAX_SVG_BYTES = 32 * 1024 * 1024

Finding = tuple[str, str, str, str]  # severity ("error" | "warning"), code, message, hint

_EXPORT = "export it again from the original (an image editor's 'Save as' JPEG or PNG)"
_COPY = (
    "copy it again from the original file; if that is damaged too, "
    "export it again from the image editor ('Save as' JPEG or PNG)"
)
_REDRAW = "open it in a vector editor such as Inkscape and save it again as plain SVG"

_PICTURES = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WebP"}
#: Sound and video containers by extension: what the name promises, as signature tests.
_PLAYABLE = {
    ".wav": "WAV",
    ".ogg": "Ogg",
    ".oga": "Ogg",
    ".ogv": "Ogg",
    ".opus": "Ogg",
    ".flac": "FLAC",
    ".mp3": "MP3",
    ".m4a": "MP4",
    ".mp4": "MP4",
    ".m4v": "MP4",
    ".mov": "MP4",
    ".webm": "WebM",
    ".mkv": "WebM",
}


def _signature(head: bytes) -> str | None:
    """The kind of file its first bytes say it is (pictures, sound and video), or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[:4] in (b"RIFF", b"RF64", b"BW64") and head[8:12] == b"WAVE":
        return "WAV"
    if head.startswith(b"OggS"):
        return "Ogg"
    if head.startswith(b"fLaC"):
        return "FLAC"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "MP3"
    if head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip"):
        return "MP4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "WebM"
    if head.lstrip().startswith((b"<?xml", b"<svg", b"<!DOCTYPE svg")):
        return "SVG"
    return None


def inspect(path: Path, rel: str, full: bool = True) -> list[Finding]:
    """What is wrong with the media file at ``path`` (a regular file; ``rel`` names it).

    ``full`` reads a PNG to its end, checking every chunk; without it only its header is read."""
    suffix = os.path.splitext(rel)[1].lower()
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size == 0:
                return [("error", "media-empty", f"{rel} is empty (0 bytes)", _EXPORT)]
            head = f.read(64)
            if suffix == ".svg":
                if size > MAX_SVG_BYTES:
                    return [("error", "svg-too-large", f"{rel} is {size / 1048576:.0f} MiB", _REDRAW)]
                f.seek(0)
                return svg_findings(f.read(), rel, _root_of(path, rel))
            if suffix in _PICTURES:
                return _picture(f, head, size, rel, _PICTURES[suffix], full)
            if suffix in _PLAYABLE:
                return _playable(head, rel, _PLAYABLE[suffix])
    except OSError as exc:
        return [("error", "media-unreadable", f"cannot read {rel}: {exc.strerror or exc}", "check that it is readable")]
    return []


def _root_of(path: Path, rel: str) -> Path | None:
    """The content folder: ``path`` with ``rel`` taken off its end."""
    parts = len(Path(rel).parts)
    return path.parents[parts - 1] if 0 < parts <= len(path.parents) else None


def _playable(head: bytes, rel: str, want: str) -> list[Finding]:
    found = _signature(head)
    if found == want:
        return []
    if found in ("WAV", "Ogg", "FLAC", "MP3", "MP4", "WebM"):
        return [
            (
                "warning",
                "media-mislabelled",
                f"{rel} is a {found} file, though its name says {want}",
                "rename it with the right extension",
            )
        ]
    what = f"a {found} file" if found else "not a sound or video file"
    return [
        (
            "error",
            "media-not-playable",
            f"{rel} is {what}, not the {want} its name says",
            "export it again from the original recording (WAV, Ogg, FLAC, MP3, MP4 or WebM)",
        )
    ]


def _picture(f: BinaryIO, head: bytes, size: int, rel: str, want: str, full: bool = True) -> list[Finding]:
    found = _signature(head)
    if found is None or found not in _PICTURES.values():
        what = f"a {found} file" if found else "not a picture"
        return [
            (
                "error",
                "image-not-picture",
                f"{rel} is {what} (not a PNG, JPEG or WebP file, or damaged at the start)",
                f"check that it really is a {want} file; {_EXPORT}",
            )
        ]
    findings: list[Finding] = []
    if found != want:
        findings.append(
            (
                "warning",
                "image-mislabelled",
                f"{rel} is a {found} picture, though its name says {want}",
                f"rename it to end in .{found.lower().replace('jpeg', 'jpg')}",
            )
        )
    jpeg = _jpeg_walk(f, size) if found == "JPEG" else None
    if jpeg is not None and jpeg[2]:
        findings.append(_truncated_finding(rel))  # in its header: there is no size or image to look at
        return findings
    dims = _png_size(head) if found == "PNG" else _webp_size(head) if found == "WebP" else jpeg[0] if jpeg else None
    if dims is None:
        findings.append(
            ("error", "image-damaged", f"{rel} is damaged: its {found} header does not say its size", _EXPORT)
        )
        return findings
    png = _png_walk(f, size, None if full else 1) if found == "PNG" else None
    if png is not None and png[1] == b"IHDR":  # the size it says is not to be trusted
        return [*findings, _png_finding(rel, png)]
    if dims[0] * dims[1] > MAX_PIXELS:
        w, h = dims
        findings.append(
            (
                "error",
                "image-too-large",
                f"{rel} is too large to decode safely ({w}x{h}, {w * h / 1e6:.0f} megapixels); "
                f"the limit is {MAX_PIXELS / 1e6:.0f} megapixels",
                "scale it down to at most 8000 pixels on its long side; a 4K screen shows 3840",
            )
        )
    if dims[0] == 0 or dims[1] == 0:
        findings.append(("error", "image-damaged", f"{rel} says it has no pixels ({dims[0]}x{dims[1]})", _EXPORT))
    if png is not None:
        findings.append(_png_finding(rel, png))
    elif found != "PNG" and _truncated(f, found, head, size, jpeg[1] if jpeg else None):
        findings.append(_truncated_finding(rel))
    return findings


def _truncated_finding(rel: str, where: str = "") -> Finding:
    return (
        "error",
        "image-truncated",
        f"{rel} is truncated (the file ends early{where})",
        f"{_EXPORT}; it was probably cut short while copying",
    )


#: Chunks read before giving up on the checksums (real PNGs have a few thousand at most: libpng
#: writes 8 KiB IDAT chunks, Pillow 64 KiB ones); past this only the end is looked for.
MAX_PNG_CHUNKS = 100_000

_PngFault = tuple[str, bytes, int]  # "damaged" | "truncated", the chunk's type (b"" if none), its offset


def _png_walk(f: BinaryIO, size: int, chunks: int | None = None) -> _PngFault | None:
    """The first chunk (length, type, data, CRC) from the signature to ``IEND`` that is wrong:
    damaged (its CRC does not match; or no chunk where one should begin) or cut off by the end
    of the file; None if every one is whole. With ``chunks``, only that many are read."""
    f.seek(8)
    at = 8
    for _ in range(MAX_PNG_CHUNKS if chunks is None else chunks):
        head = f.read(8)
        if len(head) < 8:
            return ("truncated", b"", at)
        length, kind = struct.unpack(">I4s", head)
        if not kind.isalpha() or length > 0x7FFFFFFF:  # the format's own rules for both
            return ("damaged", b"", at)
        if at + 12 + length > size:
            return ("truncated", kind, at)
        crc = zlib.crc32(kind)
        left = length
        while left:
            piece = f.read(min(left, 1 << 20))
            if not piece:  # the file shrank while read
                return ("truncated", kind, at)
            crc = zlib.crc32(piece, crc)
            left -= len(piece)
        stored = f.read(4)
        if len(stored) < 4:
            return ("truncated", kind, at)
        if int.from_bytes(stored, "big") != crc:
            return ("damaged", kind, at)
        if kind == b"IEND":
            return None
        at += 12 + length
    if chunks is not None:
        return None
    return None if _found_after(f, at, b"\x00\x00\x00\x00IEND") else ("truncated", b"", at)


def _png_finding(rel: str, fault: _PngFault) -> Finding:
    state, kind, at = fault
    name = kind.decode("ascii")
    if state == "truncated":
        return _truncated_finding(rel, f", inside its {name} chunk at byte {at}" if name else "")
    if not name:
        return (
            "error",
            "image-damaged",
            f"{rel} is damaged: where its chunk at byte {at} should begin there is none",
            _COPY,
        )
    return (
        "error",
        "image-damaged",
        f"{rel} is damaged: its {name} chunk at byte {at} does not match its checksum",
        _COPY,
    )


def _png_size(head: bytes) -> tuple[int, int] | None:
    if len(head) >= 24 and head[12:16] == b"IHDR":
        w, h = struct.unpack(">II", head[16:24])
        return int(w), int(h)
    return None


def _webp_size(head: bytes) -> tuple[int, int] | None:
    kind = head[12:16]
    if kind == b"VP8X" and len(head) >= 30:
        return 1 + int.from_bytes(head[24:27], "little"), 1 + int.from_bytes(head[27:30], "little")
    if kind == b"VP8 " and len(head) >= 30 and head[23:26] == b"\x9d\x01\x2a":
        w, h = struct.unpack("<HH", head[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if kind == b"VP8L" and len(head) >= 25 and head[20] == 0x2F:
        bits = int.from_bytes(head[21:25], "little")
        return 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
    return None


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_walk(f: BinaryIO, size: int) -> tuple[tuple[int, int] | None, int | None, bool]:
    """The size from the frame header, where the image data starts (the first SOS), and whether
    the file ends before that (in a segment, or between two), walking the segments with seeks
    (never reading an ICC profile or a thumbnail)."""
    f.seek(2)
    dims: tuple[int, int] | None = None
    for _ in range(1000):
        byte = f.read(1)
        while byte == b"\xff":  # fill bytes, then the marker
            byte = f.read(1)
            if byte != b"\xff":
                break
        if not byte:
            return dims, None, True
        marker = byte[0]
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:
            continue
        if marker == 0xDA:
            return dims, f.tell(), False
        if marker == 0xD9:
            return dims, None, False
        length_bytes = f.read(2)
        if len(length_bytes) < 2:
            return dims, None, True
        length = struct.unpack(">H", length_bytes)[0]
        if f.tell() + length - 2 > size:  # the segment runs past the end of the file
            return dims, None, True
        if marker in _SOF and dims is None:
            frame = f.read(5)
            if len(frame) < 5:
                return None, None, True
            h, w = struct.unpack(">HH", frame[1:5])
            dims = (int(w), int(h))
            f.seek(length - 7, os.SEEK_CUR)
            continue
        f.seek(length - 2, os.SEEK_CUR)
    return dims, None, False


def _found_after(f: BinaryIO, start: int, needle: bytes) -> bool:
    """Whether ``needle`` occurs in the file from ``start`` on (read a MiB at a time)."""
    f.seek(start)
    carry = b""
    while chunk := f.read(1 << 20):
        if needle in carry + chunk:
            return True
        carry = chunk[-(len(needle) - 1) :]
    return False


def _truncated(f: BinaryIO, kind: str, head: bytes, size: int, data: int | None) -> bool:
    """Whether the JPEG or WebP picture ends before its end marker (a PNG's chunks tell, in
    :func:`_png_walk`). The tail is looked at first; a file with more after its end (a phone's
    motion photo holds a video after the JPEG) is searched from ``data``, where the JPEG's image
    data starts (:func:`_jpeg_walk`)."""
    if kind == "JPEG":
        f.seek(max(0, size - 4096))
        if b"\xff\xd9" in f.read():
            return False
        # after the image data starts, FF D9 can only be its end
        return data is None or not _found_after(f, data, b"\xff\xd9")
    if kind == "WebP" and len(head) >= 8:
        return int(struct.unpack("<I", head[4:8])[0]) + 8 > size
    return False


# -- SVG -------------------------------------------------------------------------------------

_URL = re.compile(r"url\(\s*['\"]?\s*(?!#|data:)([^)'\"\s]+)", re.I)
_IMPORT = re.compile(r"@import\s+(?:url\()?\s*['\"]?([^'\")\s;]+)", re.I)


class _Stop(Exception):
    """Reading the drawing any further is not safe (an outside entity, an entity bomb)."""


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _outside(value: str, folder: Path | None, root: Path | None) -> bool:
    """Whether a link leaves the drawing: anything but ``#id``, ``data:`` and, when the drawing's
    ``folder`` and the content ``root`` are known, a relative path to a regular file beside it or
    below it that stays in the content folder (Inkscape's "link" rather than "embed")."""
    v = value.strip()
    if not v or v.startswith("#") or v.lower().startswith("data:"):
        return False
    if folder is None or root is None or _SCHEME.match(v) or v.startswith(("/", "\\")) or "\\" in v:
        return True
    if ".." in v.split("/"):
        return True
    try:
        target = (folder / v).resolve()
        return not (target.is_relative_to(root.resolve()) and target.is_file())
    except (OSError, ValueError, RuntimeError):
        return True


def svg_findings(data: bytes, rel: str, root: Path | None = None) -> list[Finding]:
    """What keeps the drawing ``data`` (the bytes of ``rel``, a path under the content folder
    ``root`` when that is known) from being drawn safely."""
    folder = (root / rel).parent if root is not None else None
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    findings: list[Finding] = []
    ids: dict[str, int] = {}
    children: list[list[int]] = []
    uses: dict[int, str] = {}
    stack: list[int] = []
    first: list[str] = []  # the name of the first element
    style_depth = [0]

    def where() -> str:
        return f"line {parser.CurrentLineNumber} of the drawing"

    def link(value: str, what: str) -> None:
        if len(findings) < 5:
            findings.append(
                (
                    "error",
                    "svg-outside-link",
                    f"{rel} {what} '{value[:120]}' ({where()}): the kiosk draws only what is inside the drawing",
                    "embed the picture in the drawing (in Inkscape: Embed), or put it beside the "
                    "drawing in the content folder and link it by its name",
                )
            )

    def entity(name: str, is_param: bool, value: str | None, base: str | None, system: str | None, *_: object) -> None:
        if system is not None:
            link(system, f"declares an entity '{name}' read from")
            raise _Stop
        if value is not None and "&" in value:  # entities of entities: a bomb; read no further
            findings.append(
                (
                    "error",
                    "svg-entity-bomb",
                    f"{rel} declares an entity '{name}' made of other entities ({where()})",
                    "this is how an 'entity bomb' blows up; " + _REDRAW,
                )
            )
            raise _Stop

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(" ", 1)[-1]
        if not first:
            first.append(local)
        index = len(children)
        children.append([])
        if stack:
            children[stack[-1]].append(index)
        stack.append(index)
        if local == "style":
            style_depth[0] += 1
        for key, value in attrs.items():
            attr = key.rsplit(" ", 1)[-1]
            if attr == "id":
                ids.setdefault(value, index)
            elif attr == "href":
                if local == "use" and value.startswith("#"):
                    uses[index] = value[1:]
                elif local != "a" and _outside(value, folder, root):
                    link(value, "links to")
            elif "url(" in value:
                for m in _URL.finditer(value):
                    link(m.group(1), "links to")

    def end(name: str) -> None:
        stack.pop()
        if name.rsplit(" ", 1)[-1] == "style":
            style_depth[0] -= 1

    def text(content: str) -> None:
        if style_depth[0] > 0:
            for m in (*_URL.finditer(content), *_IMPORT.finditer(content)):
                link(m.group(1), "links to")

    parser.EntityDeclHandler = entity
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(data, True)
    except _Stop:
        return findings
    except expat.ExpatError as exc:
        reason = expat.ErrorString(exc.code) if exc.code else str(exc)
        return [
            *findings,
            (
                "error",
                "svg-unreadable",
                f"{rel} is not an SVG drawing the kiosk can read ({reason}, line {exc.lineno} of the drawing)",
                _REDRAW,
            ),
        ]
    except RecursionError:  # pragma: no cover - expat keeps no Python stack
        return [("error", "svg-unreadable", f"{rel} nests too deeply", _REDRAW)]
    if first and first[0] != "svg":
        findings.append(
            ("error", "svg-unreadable", f"{rel} is not an SVG drawing (it starts with <{first[0]}>)", _REDRAW)
        )
    shapes = _shapes(children, uses, ids)
    if shapes is None:
        findings.append(
            ("error", "svg-use-loop", f"{rel} has a <use> that copies itself", "remove the <use> that refers back")
        )
    elif shapes > MAX_SVG_SHAPES:
        findings.append(
            (
                "error",
                "svg-too-complex",
                f"{rel} draws {shapes:,} shapes through <use> copies; the limit is {MAX_SVG_SHAPES:,}",
                "a drawing that copies copies of copies takes minutes to draw: flatten or simplify it",
            )
        )
    return findings


def _shapes(children: list[list[int]], uses: dict[int, str], ids: dict[str, int]) -> int | None:
    """How many elements drawing the tree costs, each ``<use>`` counting its target's cost again;
    None for a ``<use>`` loop. Iterative, so a deep drawing cannot exhaust Python's stack."""
    if not children:
        return 0
    cost: dict[int, int] = {}
    busy: set[int] = set()
    cap = MAX_SVG_SHAPES * 10  # past this the exact number does not matter (and stays small)
    work = [0]
    while work:
        node = work[-1]
        if node in cost:
            work.pop()
            continue
        target = ids.get(uses[node]) if node in uses else None
        pending = [c for c in children[node] if c not in cost]
        if target is not None and target not in cost:
            pending.append(target)
        if pending:
            if node in busy or any(p in busy for p in pending):
                return None  # back at a node still open, or a <use> of one: a loop
            busy.add(node)
            work.extend(pending)
            continue
        busy.discard(node)
        total = 1 + sum(cost[c] for c in children[node]) + (cost[target] if target is not None else 0)
        cost[node] = min(total, cap)
        work.pop()
    return cost[0]
