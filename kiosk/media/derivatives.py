"""Finding the display-sized derivative of a content image, as the kiosk does at start-up.

``kiosk assets build`` writes the derivatives under ``<content>/.derivatives/img`` and lists them in
``<content>/.derivatives/images.json``::

    {"version": 1, "recipe": "1", "images": {
        "assets/x/photo.jpg": {"size": 123456, "mtime_ns": 1700000000000000000, "sha256": "…",
                               "width": 4000, "height": 3000,
                               "derivatives": [{"width": 480, "height": 360,
                                                "file": "img/3f2a9c0b1d2e4f56-480.jpg"}, …]}}}

The kiosk reads that file with :meth:`Derivatives.load` before it draws its first screen, so this
module imports only ``json``, ``os`` and ``pathlib`` (no Pillow). Nothing here raises for a missing
or damaged manifest: the lookup is then empty and :attr:`Derivatives.reason` says why, and the
screen shows a neutral placeholder with the alt text instead of the picture.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["DEFAULT_OUT", "IMAGES_MANIFEST", "MANIFEST_VERSION", "Derivatives", "read_manifest"]

#: The derivatives folder, relative to the content folder (it is in .gitignore).
DEFAULT_OUT = ".derivatives"
#: The image manifest, relative to the derivatives folder.
IMAGES_MANIFEST = "images.json"
MANIFEST_VERSION = 1


def default_out(root: Path | str, state_dir: Path | None = None) -> Path:
    """Where ``kiosk assets build`` writes by default, and where the kiosk looks.

    ``<root>/.derivatives`` for a content folder one may write to (a clone, a museum's own
    folder) or that already has one. For the exhibit inside the installed package, or a folder
    the kiosk may not write to, a folder of the state directory (``state_dir``, else
    :func:`kiosk.state.default_state_dir`) named after the content's path:
    ``<state>/built/<name>-<hash>``.
    """
    from kiosk import inside_package

    root = Path(root).resolve()
    local = root / DEFAULT_OUT
    if not inside_package(root) and (local.is_dir() or os.access(root, os.W_OK)):
        return local
    import hashlib

    from kiosk.state import default_state_dir

    key = hashlib.sha256(str(root).encode("utf-8")).hexdigest()[:12]
    return (state_dir or default_state_dir()) / "built" / f"{root.name}-{key}"


def read_manifest(path: Path, section: str) -> tuple[dict[str, Any], dict[str, dict[str, Any]], str]:
    """Read a manifest: (its top level, its ``section`` of records, a reason if it is unusable).

    Never raises. A missing, unreadable, non-JSON or wrongly shaped file gives empty results and
    a reason an operator can act on; records that are not JSON objects are left out.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, {}, f"{path} does not exist yet: run `kiosk assets build`"
    except (OSError, UnicodeDecodeError) as exc:
        return {}, {}, f"cannot read {path} ({exc}): run `kiosk assets build` again"
    try:
        data = json.loads(text)
    except ValueError as exc:
        return {}, {}, f"{path} is damaged (not JSON: {exc}): run `kiosk assets build` again"
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
        version = data.get("version") if isinstance(data, dict) else None
        return (
            {},
            {},
            (
                f"{path} has version {version!r}, this kiosk reads version {MANIFEST_VERSION}: "
                "run `kiosk assets build` again"
            ),
        )
    records = data.get(section)
    if not isinstance(records, dict):
        return data, {}, f"{path} has no '{section}' table: run `kiosk assets build` again"
    return data, {k: v for k, v in records.items() if isinstance(k, str) and isinstance(v, dict)}, ""


def preference(sizes: Sequence[tuple[int, int]], width_px: float, height_px: float, *, fit: bool = False) -> list[int]:
    """Which of ``sizes`` (width, height, smallest first) to show in a box of ``width_px`` ×
    ``height_px`` device pixels, best first: those at least as large as the box in both directions
    (the picture fills it, as with ``Image.PreserveAspectCrop``; with ``fit``, at least as large as
    the picture shown whole inside it, ``Image.PreserveAspectFit``), smallest first; then the
    others, largest first. A size of 0 leaves that direction free. The one rule for the build's
    lookup and for the screens (kiosk.ui.content's ``pick``)."""
    if not sizes:
        return []
    need_w, need_h = max(width_px, 0), max(height_px, 0)
    if fit and need_w and need_h:
        big_w, big_h = sizes[-1]
        if need_w * big_h > need_h * big_w:  # the box is wider than the picture: height decides
            need_w = 0
        else:
            need_h = 0
    # One pixel of slack: a derivative's height is rounded from its width.
    covers = [w + 1 >= need_w and h + 1 >= need_h for w, h in sizes]
    return [i for i, c in enumerate(covers) if c] + [i for i in reversed(range(len(sizes))) if not covers[i]]


def _derivatives(record: dict[str, Any]) -> list[tuple[int, int, str]]:
    """The (width, height, file) of a record's derivatives, smallest first; bad items left out."""
    found = []
    items = record.get("derivatives")
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict):
            continue
        w, h, f = item.get("width"), item.get("height"), item.get("file")
        if isinstance(w, int) and isinstance(h, int) and w > 0 and h > 0 and isinstance(f, str) and f:
            found.append((w, h, f))
    found.sort()
    return found


class Derivatives:
    """The built derivatives of one content folder: which file to show for an image at a size.

    Make one with :meth:`load`. Lookups compare each source's size and modification time with
    what the build recorded (one ``os.stat``, no hashing), so a picture changed since the build
    is never shown from an old derivative: the lookup says None and the screen shows a
    placeholder until ``kiosk assets build`` runs again.
    """

    def __init__(self, root: Path, out: Path, images: dict[str, dict[str, Any]], reason: str = "") -> None:
        self.root = root
        self.out = out
        self.reason = reason  # why the lookup is empty or partial, for the operator's log ("" if fine)
        self._images = images

    @classmethod
    def load(cls, root: Path | str, out: Path | str | None = None) -> Derivatives:
        """Read ``<out>/images.json`` (``out`` defaults to ``<root>/.derivatives``); never raises."""
        root = Path(root)
        out = Path(out) if out is not None else default_out(root)
        _, images, reason = read_manifest(out / IMAGES_MANIFEST, "images")
        return cls(root, out, images, reason)

    def __len__(self) -> int:
        return len(self._images)

    def _record(self, file: str) -> dict[str, Any] | None:
        """The record of ``file`` if the source is unchanged since the build, else None."""
        record = self._images.get(file)
        if record is None:
            return None
        try:
            st = os.stat(self.root / file)
        except OSError:
            return None
        if st.st_size != record.get("size") or st.st_mtime_ns != record.get("mtime_ns"):
            return None
        return record

    def pick(self, file: str, width_px: int, height_px: int, *, fit: bool = False) -> Path | None:
        """The derivative of ``file`` to show in a box of ``width_px`` × ``height_px`` device pixels.

        ``file`` is the path as the content writes it (``assets/x/photo.jpg``). The answer is the
        smallest derivative at least as large as the box in both directions (the picture fills the
        box, as with ``Image.PreserveAspectCrop``), or with ``fit=True`` at least as large as the
        picture shown whole inside the box (``Image.PreserveAspectFit``); when none is that large,
        the largest. A size of 0 leaves that direction free. None when the image has no built
        derivative, when the source changed since the build, or when the derivative files are gone.
        """
        record = self._record(file)
        if record is None:
            return None
        found = _derivatives(record)
        if not found:
            return None
        order = preference([(w, h) for w, h, _ in found], width_px, height_px, fit=fit)
        covering_then_smaller = [found[i][2] for i in order]
        for name in covering_then_smaller:
            path = self.out / name
            if path.is_file():
                return path
        return None

    def variants(self, file: str) -> list[tuple[int, int, Path]]:
        """Every built derivative of ``file`` that is on disk, smallest first, as (width, height,
        path): the screen picks among them as its size changes (zoom, rotation, text size).
        Empty when :meth:`pick` would find nothing."""
        record = self._record(file)
        if record is None:
            return []
        return [(w, h, self.out / name) for w, h, name in _derivatives(record) if (self.out / name).is_file()]

    def size(self, file: str) -> tuple[int, int] | None:
        """The pixel size of the original as it is shown (EXIF orientation applied), for layout.

        For an SVG drawing, the size of its largest rendering (its viewBox's aspect ratio). None
        when :meth:`pick` would find nothing to show (never built, or changed since).
        """
        record = self._record(file)
        if record is None:
            return None
        w, h = record.get("width"), record.get("height")
        if isinstance(w, int) and isinstance(h, int) and w > 0 and h > 0:
            return (w, h)
        return None

    def missing(self, files: Iterable[str]) -> list[str]:
        """The files (each once, in the order given) that have no usable derivative."""
        out: list[str] = []
        seen: set[str] = set()
        for file in files:
            if file in seen:
                continue
            seen.add(file)
            if self.pick(file, 0, 0) is None:
                out.append(file)
        return out
