"""What the kiosk's first screen shows, written by the build so the kiosk can draw it at once.

``kiosk assets build`` writes ``<derivatives>/first-screen.json``: the exhibit's languages, title,
attract slides (text and picture in each language), theme and idle times, shaped exactly as the
backend serves them. ``kiosk run`` reads it (a few kilobytes of JSON, no YAML, no content model)
and draws the attract loop from it, then loads and validates the content while the visitor sees
that first screen.

The file carries a key: a checksum of every file under ``exhibits/`` (names, sizes and bytes) and
of the image manifest. If anything changed since the build, :func:`read` returns ``None`` and the
kiosk loads the content before its first frame, as it would with no snapshot at all. (CRC-32 is
enough here: the key guards against content edited since the build, not against an adversary; and
even a snapshot that slipped through would be replaced by the loaded content a moment later.)

Plain Python: ``json``, ``os`` and ``zlib`` only (``hashlib`` would load OpenSSL, ~3 ms), so
reading it costs a millisecond or two.
"""

from __future__ import annotations

import json
import os
import stat
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.content.loader import LoadResult
    from kiosk.content.model import Exhibit, Problem

__all__ = ["FILE", "FORMAT", "build_step", "content_key", "read", "remove", "shape", "write"]

#: The snapshot's name, inside the derivatives folder.
FILE = "first-screen.json"
#: Bumped whenever the shape below changes; an older file is then simply not used.
FORMAT = 1

_IMAGES_MANIFEST = "images.json"  # kiosk.media.derivatives.IMAGES_MANIFEST (not imported: it is slower)


def _files(folder: Path) -> list[str]:
    """Every file under ``folder`` (relative paths, sorted), hidden ones included."""
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        rel = os.path.relpath(dirpath, folder)
        found.extend(os.path.normpath(os.path.join(rel, name)) for name in filenames)
    return sorted(found)


def content_key(root: Path, out: Path) -> str:
    """A checksum of everything the first screen is made from: the exhibit files (names, sizes and
    bytes), the image manifest (which pictures were built), where the content is, and the format."""
    crc = zlib.crc32(f"first-screen {FORMAT}\0{Path(root).resolve()}\0".encode("utf-8", "surrogateescape"))
    total = 0
    exhibits = Path(root) / "exhibits"
    from kiosk.content.files import kind, read_regular

    for path in [*(exhibits / rel for rel in _files(exhibits)), Path(out) / _IMAGES_MANIFEST]:
        # The bytes of what the first screen is made from (YAML, the manifest: the loader's limit of
        # 1 MiB each); of any other file its size and time only, and of a pipe or device only its
        # kind: reading those would hang the kiosk before its first frame, or fill its memory.
        try:
            st = os.stat(path)
            if not stat.S_ISREG(st.st_mode):
                data = f"\0{kind(st.st_mode)}".encode()
            elif path.suffix in (".yaml", ".yml", ".json"):
                data = read_regular(path, 4 * 1024 * 1024)
            else:
                data = f"\0{st.st_size}\0{st.st_mtime_ns}".encode()
        except OSError:
            data = b"\0missing"
        name = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        crc = zlib.crc32(f"\0{name}\0{len(data)}\0".encode("utf-8", "surrogateescape"), crc)
        crc = zlib.crc32(data, crc)
        total += len(data)
    return f"{crc:08x}-{total}"


def shape(exhibit: Exhibit, built: Path) -> dict[str, Any]:
    """The first screen of ``exhibit``, in every language, as the backend serves it."""
    from kiosk.languages import no_lone_last_word
    from kiosk.present import Presenter

    presenter = Presenter(exhibit, built)
    return {
        "exhibit": exhibit.id,
        "languages": list(exhibit.languages),
        # as kiosk.display shapes it, so that the screen does not change when the content arrives
        "title": {lang: no_lone_last_word(presenter.text(exhibit.title, lang)) for lang in exhibit.languages},
        "attract": {lang: presenter.attract(lang) for lang in exhibit.languages},
        "theme": presenter.theme(),
        "idle": {"timeout": exhibit.idle.timeout, "warning": exhibit.idle.warning},
    }


def write(exhibit: Exhibit, root: Path, out: Path) -> Path:
    """Write the snapshot of ``exhibit``'s first screen (after the image manifest is written)."""
    from kiosk.media.jobs import write_atomically

    data = {"format": FORMAT, "key": content_key(root, out), **shape(exhibit, out)}
    path = Path(out) / FILE
    text = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    write_atomically(path, lambda f: f.write(text))
    return path


def build_step(result: LoadResult, root: Path, out: Path) -> list[Problem]:
    """The snapshot as a step of the media build (``kiosk.media.build.build(after=...)``), made
    after the image manifest it depends on. Content with no exhibit gets none, so nothing stale
    shows; a snapshot that cannot be written only makes the kiosk start a little slower."""
    from kiosk.content.model import Problem, Severity

    if not result.exhibits:
        remove(out)
        return []
    try:
        write(result.exhibits[0], root, out)
    except OSError as exc:  # the kiosk then loads the content before its first frame: slower, not wrong
        remove(out)
        return [
            Problem(
                str(Path(out) / FILE),
                0,
                0,
                f"could not write the first-screen snapshot ({exc})",
                "check that the derivatives folder is writable; the kiosk still starts, a little slower",
                severity=Severity.WARNING,
            )
        ]
    return []


def remove(out: Path) -> None:
    """No exhibit to show first (content with errors): no snapshot, so nothing stale is drawn."""
    (Path(out) / FILE).unlink(missing_ok=True)


def read(root: Path, out: Path) -> dict[str, Any] | None:
    """The snapshot, if it exists, is well formed and matches the content as it is now; else
    ``None`` (never raises)."""
    try:
        data = json.loads((Path(out) / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    languages = data.get("languages")
    if not (isinstance(languages, list) and languages and all(isinstance(x, str) for x in languages)):
        return None
    for name in ("title", "attract", "theme", "idle"):
        if not isinstance(data.get(name), dict):
            return None
    if any(not isinstance(data["attract"].get(lang), list) for lang in languages):
        return None
    if data.get("key") != content_key(root, out):
        return None
    return data
