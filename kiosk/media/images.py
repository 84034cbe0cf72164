"""Image derivatives: every picture in the content, resized for the screens the kiosk runs on.

:func:`collect` finds every image the loaded exhibits name (covers, attract slides, story and
event images, gallery items, maps, video posters: whatever holds a :class:`Media`). :func:`plan`
turns each into a :class:`~kiosk.media.jobs.Job`, and :func:`make` (run in a worker process) does
the work with Pillow: EXIF orientation applied, colours converted to sRGB, reduced-size JPEG
decoding where the largest derivative is at most half the original, a LANCZOS resize to each
width of :data:`WIDTHS` (never larger than the original), JPEG unless the picture really uses
transparency (then PNG), metadata stripped.

Names are content-hashed (``img/<hash>-<width>.<ext>``, the hash covering the source's bytes,
:data:`RECIPE_VERSION`, the width and the format), so a changed source gets new names, the screen
never shows a stale picture, and an existing file means the work is done. A damaged, truncated or
oversized file becomes a :class:`~kiosk.content.model.Problem` at the place the content names it,
never an exception.

SVG drawings are rasterised by ``kiosk.ui.svgraster`` (Qt draws SVG; Pillow cannot): build-time
code that needs Qt, imported inside the worker only when an SVG is processed. It is the media
layer's one import of ``kiosk.ui``, declared as such in pyproject's import contracts.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.content import sniff
from kiosk.content.model import Problem, Severity, media_in
from kiosk.media.jobs import Job, JobResult, disk_full, write_atomically

if TYPE_CHECKING:
    from PIL import Image as PILImage

    from kiosk.content.loader import LoadResult

__all__ = ["MAX_PIXELS", "RECIPE_VERSION", "WIDTHS", "ImageTask", "Ref", "collect", "make", "plan"]

#: Bump when the output of :func:`make` changes for the same source: every name changes with it.
RECIPE_VERSION = "1"
#: Derivative widths in pixels: phones-sized thumbnails up to a full 4K screen (3840×2160); a
#: portrait 1080×1920 screen finds 1920 (or 2880 for a tall picture shown full height).
WIDTHS: tuple[int, ...] = (480, 960, 1920, 2880, 3840)
#: Larger pictures are refused as possible decompression bombs (90 MP ≈ 11000×8200); validate's too.
MAX_PIXELS = sniff.MAX_PIXELS
#: The largest picture file read (a 90-megapixel PNG is well under it).
MAX_FILE_BYTES = 256 * 1024 * 1024
JPEG_QUALITY = 85
#: Where derivatives go inside the output folder.
IMG_DIR = "img"
#: The name of a derivative file (used to prune files no manifest lists any more).
NAME_PATTERN = re.compile(r"[0-9a-f]{16}-[0-9]+\.(jpg|png)")
#: The suffix of a file being written (``<name>.tmp-<pid>``); a build removes strays.

RASTER_TYPES = (".png", ".jpg", ".jpeg", ".webp")
VECTOR_TYPES = (".svg",)

# Reduced-size JPEG decoding, switchable for bench/derivatives.py only.
_USE_DRAFT = True


@dataclass(frozen=True)
class Ref:
    """Where the content names an image: the YAML file, 1-based line and column, key path."""

    file: str
    line: int = 0
    column: int = 0
    path: str = ""


@dataclass(frozen=True)
class ImageTask:
    """What a worker needs to make the derivatives of one image (picklable)."""

    root: str  # the content folder
    file: str  # the image, relative to ``root``
    out: str  # the derivatives folder
    ref: Ref
    previous: dict[str, Any] | None = None  # the last build's record, to skip work if unchanged
    force: bool = False  # write every derivative again even if it exists
    max_pixels: int = MAX_PIXELS
    widths: tuple[int, ...] = WIDTHS


# --- finding the images ----------------------------------------------------------------------


def collect(result: LoadResult) -> dict[str, Ref]:
    """Every image file the loaded exhibits show, with the first place the content names it."""
    found: dict[str, Ref] = {}
    for exhibit in result.exhibits:
        for media in media_in(exhibit):
            if media.file in found or not media.file.lower().endswith(RASTER_TYPES + VECTOR_TYPES):
                continue
            loc = result.where(media)
            if loc is None:
                found[media.file] = Ref(media.file)
            else:
                line, column = loc.key("file")
                found[media.file] = Ref(loc.file, line, column, f"{loc.path}.file" if loc.path else "file")
    return found


def derivative_name(sha256: str, width: int, fmt: str) -> str:
    """``img/<hash>-<width>.<fmt>``: the hash covers the source, the recipe, the width and the format."""
    digest = hashlib.sha256(f"{sha256}:{RECIPE_VERSION}:{width}:{fmt}".encode()).hexdigest()[:16]
    return f"{IMG_DIR}/{digest}-{width}.{fmt}"


def widths_for(width: int, vector: bool = False, widths: tuple[int, ...] = WIDTHS) -> tuple[int, ...]:
    """The derivative widths for a picture ``width`` pixels wide: never wider than the original.

    A rung within 10 % of the original's width gives way to the original's own width, so the
    largest derivative always has every pixel the original has (up to the largest rung). A
    vector drawing gets every rung.
    """
    if vector:
        return widths
    top = min(width, widths[-1])
    return tuple(sorted({w for w in widths if w < top * 0.9} | {top}))


def recorded_files(record: dict[str, Any]) -> list[str]:
    """The derivative files a manifest record lists; empty if the record is not well formed."""
    items = record.get("derivatives")
    if not isinstance(items, list) or not items:
        return []
    files = [d.get("file") for d in items if isinstance(d, dict)]
    if len(files) != len(items) or not all(isinstance(f, str) and f for f in files):
        return []
    return files  # type: ignore[return-value]


def intact(out: Path, record: dict[str, Any]) -> bool:
    """True when every derivative a record lists is there with the size it was written with (a
    truncated file was called up to date and shown damaged). A record from before sizes were
    recorded counts as intact when its files exist."""
    items = record.get("derivatives")
    if not isinstance(items, list) or not items:
        return False
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("file"), str):
            return False
        try:
            size = (out / item["file"]).stat().st_size
        except OSError:
            return False
        if isinstance(item.get("bytes"), int) and item["bytes"] != size:
            return False
    return True


def _remove_damaged(out: Path, record: dict[str, Any]) -> None:
    """Delete the derivatives of ``record`` whose size is not the one recorded, so they are made again."""
    for item in record.get("derivatives") or ():
        if isinstance(item, dict) and isinstance(item.get("file"), str) and isinstance(item.get("bytes"), int):
            path = out / item["file"]
            try:
                if path.stat().st_size != item["bytes"]:
                    path.unlink()
            except OSError:
                pass


def plan(
    result: LoadResult,
    out: Path,
    *,
    previous: dict[str, dict[str, Any]] | None = None,
    force: bool = False,
    max_pixels: int = MAX_PIXELS,
) -> list[Job]:
    """One job per image in the loaded content.

    ``previous`` holds the last build's records (the ``images`` table of ``images.json``). When a
    source's size and modification time match its record, the job's outputs are the recorded
    files, so :meth:`Job.done` is true without reading the source again.
    """
    previous = previous or {}
    jobs = []
    root = result.root
    for file, ref in collect(result).items():
        old = None if force else previous.get(file)
        outputs: tuple[Path, ...] = ()
        record = None
        if old is not None:
            try:
                st = os.stat(root / file)
            except OSError:
                st = None
            files = recorded_files(old)
            if (
                st is not None
                and st.st_size == old.get("size")
                and st.st_mtime_ns == old.get("mtime_ns")
                and files
                and intact(out, old)
            ):
                outputs = tuple(out / f for f in files)
                record = old
        task = ImageTask(str(root), file, str(out), ref, old, force, max_pixels)
        jobs.append(Job("image", file, file, outputs, make, (task,), record))
    return jobs


# --- making them (in a worker process) -------------------------------------------------------


class _Refused(Exception):
    """A content problem found while making derivatives: (code, message, hint)."""

    def __init__(self, code: str, message: str, hint: str) -> None:
        super().__init__(message)
        self.code, self.message, self.hint = code, message, hint


def _problem(task: ImageTask, code: str, message: str, hint: str, severity: Severity = Severity.ERROR) -> Problem:
    ref = task.ref
    return Problem(ref.file, ref.line, ref.column, message, hint, ref.path, severity, code)


_EXPORT_AGAIN = "export it again from the original (an image editor's 'Save as' JPEG or PNG)"


def _explain(task: ImageTask, exc: BaseException, size: int) -> _Refused:
    """A calm, specific message for what Pillow (or the SVG rasteriser) raised."""
    from PIL import Image, UnidentifiedImageError

    f = task.file
    text = str(exc)
    if disk_full(exc, Path(task.out)):
        return _Refused(
            "disk-full",
            f"cannot write the display sizes of {f}: the disk holding {task.out} is full",
            "free some space (or build to a larger disk with --out) and run `kiosk assets build` again",
        )
    if isinstance(exc, PermissionError) and str(exc.filename or "").startswith(task.out):
        return _Refused(
            "output-unwritable",
            f"cannot write the display sizes of {f}: {exc.filename} is not writable",
            f"check that the user running the build may read and write {task.out}",
        )
    if isinstance(exc, Image.DecompressionBombError | Image.DecompressionBombWarning):
        m = re.search(r"\((\d+) pixels\)", text)
        what = f" ({int(m.group(1)) / 1e6:.0f} megapixels)" if m else ""
        return _Refused(
            "image-too-large",
            f"{f} is too large to decode safely{what}; the limit is {task.max_pixels / 1e6:.0f} megapixels",
            "scale it down to at most 8000 pixels on its long side; a 4K screen shows 3840",
        )
    if size == 0:
        return _Refused("image-empty", f"{f} is empty (0 bytes)", _EXPORT_AGAIN)
    if isinstance(exc, UnidentifiedImageError):
        return _Refused(
            "image-unreadable",
            f"{f} is not a picture the kiosk can read (not a PNG, JPEG or WebP file, or damaged at the start)",
            f"check that it really is a {Path(f).suffix.lstrip('.').upper()} file; {_EXPORT_AGAIN}",
        )
    if isinstance(exc, OSError) and "truncated" in text.lower():
        return _Refused(
            "image-truncated",
            f"{f} is truncated (the file ends early)",
            f"{_EXPORT_AGAIN}; it was probably cut short while copying",
        )
    if f.lower().endswith(VECTOR_TYPES) and isinstance(exc, ValueError):
        return _Refused(
            "svg-unreadable",
            f"{f} is not an SVG drawing the kiosk can read ({text})",
            "open it in a vector editor such as Inkscape and save it again as plain SVG",
        )
    if isinstance(exc, MemoryError):
        return _Refused(
            "image-too-large",
            f"{f} is too large to decode with the memory available",
            "scale it down to at most 8000 pixels on its long side",
        )
    return _Refused("image-damaged", f"{f} is damaged ({text or type(exc).__name__})", _EXPORT_AGAIN)


def _to_srgb(im: PILImage.Image, task: ImageTask, notes: list[Problem]) -> PILImage.Image:
    """RGB, RGBA or L pixels in sRGB, whatever mode and colour profile the source has."""
    from PIL import ImageCms

    if im.mode.startswith("I;16") or im.mode == "I":  # 16-bit grey: scale, do not clip
        im = im.convert("I").point(lambda v: v / 256).convert("L")
    elif im.mode in ("1", "F"):
        im = im.convert("L")
    elif im.mode in ("P", "PA"):
        im = im.convert("RGBA" if im.mode == "PA" or "transparency" in im.info else "RGB")
    elif im.mode in ("LA", "La", "RGBa"):
        im = im.convert("RGBA")
    icc = im.info.get("icc_profile")
    if icc:
        alpha = im.getchannel("A") if im.mode == "RGBA" else None
        base = im.convert("RGB") if alpha is not None else im
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(base, source, _srgb(), outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            notes.append(
                _problem(
                    task,
                    "image-profile",
                    f"{task.file} has a colour profile the kiosk "
                    "cannot read, so its colours may look different on screen",
                    f"{_EXPORT_AGAIN}, converted to sRGB",
                    Severity.WARNING,
                )
            )
        else:
            assert converted is not None
            im = converted
            if alpha is not None:
                im.putalpha(alpha)
    if im.mode not in ("RGB", "RGBA", "L"):  # CMYK, YCbCr, LAB, HSV without a usable profile
        im = im.convert("RGB")
    im.info = {}
    return im


_SRGB: Any = None


def _srgb() -> Any:
    global _SRGB
    if _SRGB is None:
        from PIL import ImageCms

        _SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return _SRGB


def _uses_alpha(im: PILImage.Image) -> bool:
    if im.mode != "RGBA":
        return False
    low, _ = im.getchannel("A").getextrema()
    return isinstance(low, int | float) and low < 255


def _write(path: Path, im: PILImage.Image, fmt: str) -> None:
    """Encode ``im`` to ``path`` atomically: never a half-written file."""
    if fmt == "jpg":
        write_atomically(path, lambda f: im.save(f, "JPEG", quality=JPEG_QUALITY, optimize=True))
    else:
        write_atomically(path, lambda f: im.save(f, "PNG"))


def _decode(task: ImageTask, data: bytes, notes: list[Problem]) -> tuple[PILImage.Image, tuple[int, int]]:
    """The picture as it is shown (oriented, sRGB) and its full oriented size.

    With reduced-size decoding the picture may be smaller than the full size, but never smaller
    than the largest derivative needs.
    """
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as im:
        if im.format != "JPEG":
            im.load()  # first: a PNG's EXIF may follow its pixels, and a failed load must not be retried
        try:
            orientation = im.getexif().get(0x0112, 1)
        except Exception:  # damaged EXIF: the pixels may be fine
            orientation = 0
            notes.append(
                _problem(
                    task,
                    "image-exif",
                    f"{task.file} has damaged EXIF data, so the way it should be turned is unknown",
                    f"{_EXPORT_AGAIN}, turned the right way up",
                    Severity.WARNING,
                )
            )
        transposed = orientation in (5, 6, 7, 8)
        w, h = (im.height, im.width) if transposed else im.size
        top = widths_for(w, widths=task.widths)[-1]
        if _USE_DRAFT and im.format == "JPEG" and top * 2 <= w:
            need = (top, max(1, top * h // w))
            im.draft("RGB", (need[1], need[0]) if transposed else need)
        im.load()
        shown = ImageOps.exif_transpose(im) if orientation else im.copy()
    return _to_srgb(shown, task, notes), (w, h)


def _rasterise_svg(task: ImageTask, path: Path) -> Callable[[int], PILImage.Image]:
    from kiosk.ui.svgraster import rasterise  # build-time Qt (see the module's docstring)

    return lambda width: rasterise(path, width, max_pixels=task.max_pixels)


def _make(task: ImageTask, data: bytes, sha: str, notes: list[Problem]) -> dict[str, Any]:
    """Write the derivatives; returns the manifest record (without the source's stat)."""
    out = Path(task.out)
    (out / IMG_DIR).mkdir(parents=True, exist_ok=True)
    made: list[dict[str, Any]] = []
    if task.file.lower().endswith(VECTOR_TYPES):
        # What validate refuses is never drawn: a link out of the drawing would be read from
        # anywhere on the machine, an entity bomb or a <use> bomb takes memory or minutes.
        refused = [f for f in sniff.svg_findings(data, task.file, Path(task.root)) if f[0] == "error"]
        if refused:
            raise _Refused(*refused[0][1:])
        render = _rasterise_svg(task, Path(task.root) / task.file)
        largest = render(task.widths[-1])  # narrower than asked if a tall drawing would pass the pixel limit
        fmt = "png" if _uses_alpha(largest) else "jpg"
        size = largest.size
        for width in sorted(widths_for(size[0], widths=task.widths), reverse=True):
            name = derivative_name(sha, width, fmt)
            target = out / name
            height = max(1, round(width * size[1] / size[0]))
            if task.force or not target.exists():
                im = largest if width == size[0] else render(width)
                _write(target, im if fmt == "png" else im.convert("RGB"), fmt)
                height = im.height
            made.append({"width": width, "height": height, "file": name, "bytes": target.stat().st_size})
    else:
        from PIL import Image

        im, size = _decode(task, data, notes)
        if im.mode == "RGBA" and not _uses_alpha(im):
            im = im.convert("RGB")
        fmt = "png" if im.mode == "RGBA" else "jpg"
        # Largest first; a rung is resized from a made one at least twice its width when there
        # is one (as sharp as from the source, and a fraction of the work), else from the source.
        bases = [im]
        for width in sorted(widths_for(size[0], widths=task.widths), reverse=True):
            height = max(1, round(width * size[1] / size[0]))
            name = derivative_name(sha, width, fmt)
            target = out / name
            if task.force or not target.exists():
                base = min((b for b in bases if b.width >= 2 * width), key=lambda b: b.width, default=im)
                small = (
                    base
                    if base.size == (width, height)
                    else base.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
                )
                _write(target, small, fmt)
                bases.append(small)
            made.append({"width": width, "height": height, "file": name, "bytes": target.stat().st_size})
    made.reverse()
    return {"sha256": sha, "width": size[0], "height": size[1], "format": fmt, "derivatives": made}


def make(task: ImageTask) -> JobResult:
    """Make the derivatives of one image; every failure becomes a Problem (the worker function)."""
    from PIL import Image

    path = Path(task.root) / task.file
    try:
        from kiosk.content.files import read_regular

        st = os.stat(path)
        data = read_regular(path, MAX_FILE_BYTES)  # never a pipe, a device or a huge stray file
    except OSError as exc:
        return JobResult(
            (
                _problem(
                    task,
                    "image-unreadable",
                    f"cannot read {task.file}: {exc.strerror or exc}",
                    "check that the file is there and readable",
                ),
            )
        )
    sha = hashlib.sha256(data).hexdigest()
    stat = {"size": st.st_size, "mtime_ns": st.st_mtime_ns}
    old = task.previous
    files = recorded_files(old) if old is not None else []
    if old is not None and not task.force and old.get("sha256") == sha and files and intact(Path(task.out), old):
        return JobResult(record={**old, **stat})  # touched, not changed: same names, nothing to do
    if old is not None and not task.force:
        _remove_damaged(Path(task.out), old)

    notes: list[Problem] = []
    limit = Image.MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "corrupt EXIF" and the like: not for the curator
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            Image.MAX_IMAGE_PIXELS = task.max_pixels
            record = _make(task, data, sha, notes)
    except _Refused as exc:
        return JobResult((*notes, _problem(task, exc.code, exc.message, exc.hint)))
    except (
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        SyntaxError,
        ValueError,
        EOFError,
        MemoryError,
        IndexError,
        TypeError,
        KeyError,
    ) as exc:
        refused = _explain(task, exc, len(data))
        return JobResult((*notes, _problem(task, refused.code, refused.message, refused.hint)))
    except Exception as exc:  # a bug must not reach the curator as a traceback
        return JobResult(
            (
                *notes,
                _problem(
                    task,
                    "internal",
                    f"internal error while making derivatives of {task.file} ({type(exc).__name__}: {exc})",
                    "this is a bug in the kiosk, not in your file: please report it with the file attached",
                ),
            )
        )
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    return JobResult(tuple(notes), {**stat, **record})
