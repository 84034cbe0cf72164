"""Content releases under the state directory, and the two pointers that name them.

Layout (``STATE`` is :func:`kiosk.state.default_state_dir` or the ``state_dir`` setting)::

    STATE/releases/<id>/content/     exhibits/, assets/ and the built media (.derivatives/)
    STATE/releases/<id>/release.json the seal: where it came from, and every file with its size and hash
    STATE/releases/.staging-<pid>-*  an update in progress (never read; removed by the next update)
    STATE/current                    the id of the release the kiosk starts on (one line)
    STATE/last-good                  the id of the last release that passed its health check

A release is made in a staging folder, sealed (``release.json`` written, everything fsynced) and
only then renamed into place, so a folder ``releases/<id>`` is whole from the moment it exists.
It is never written again (its files are made read-only). The pointers are small files replaced
by write-temporary + fsync + rename, which is atomic on every platform the kiosk runs on;
symbolic links would be too on Linux, but on Windows they need a privilege the kiosk user lacks.
A kill -9 or a power cut at any moment therefore leaves each pointer naming either the old
release or the new one, both whole; :meth:`Releases.start` checks that anyway (a seal, its files).
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["CURRENT", "LAST_GOOD", "SEAL", "Release", "Releases", "fsync_tree", "write_pointer"]

CURRENT, LAST_GOOD = "current", "last-good"
SEAL = "release.json"
SEAL_VERSION = 1
STAGING = ".staging-"
TRASH = ".trash-"
#: Releases kept besides ``current`` and ``last-good`` (a running kiosk may still show one).
KEEP_OTHERS = 2


def fault(step: str) -> None:
    """Test hook: ``KIOSK_UPDATE_FAULT=kill:STEP`` makes this process kill itself with SIGKILL at
    ``step`` (what a power cut or ``kill -9`` does there). Never set it in production."""
    if os.environ.get("KIOSK_UPDATE_FAULT") == f"kill:{step}":
        import signal

        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS journals renames
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_pointer(path: Path, value: str) -> None:
    """Replace ``path`` with one line, ``value``, atomically: write a temporary file beside it,
    fsync it, rename it over ``path``, fsync the folder (so the rename survives a power cut)."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(value + "\n")
        f.flush()
        os.fsync(f.fileno())
    fault(f"pointer-{path.name}")  # the temporary is written, the pointer not yet replaced
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _files(root: Path) -> Iterator[Path]:
    """Every regular file under ``root``, sorted (symbolic links and special files are not content)."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if stat.S_ISREG(path.lstat().st_mode):
                yield path


def _sha256(path: Path) -> str:
    import hashlib  # here: `kiosk run` reads `current` before its first frame, and needs no hash

    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fsync_tree(root: Path) -> None:
    """fsync every file and folder under ``root`` (before it is renamed into place)."""
    for path in _files(root):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    for dirpath, _dirs, _names in os.walk(root):
        _fsync_dir(Path(dirpath))


@dataclass(frozen=True)
class Release:
    """One sealed release: its folder and what its seal says."""

    id: str
    folder: Path
    seal: dict[str, Any]

    @property
    def content(self) -> Path:
        return self.folder / "content"

    @property
    def source(self) -> str:
        return str(self.seal.get("source", ""))

    @property
    def source_key(self) -> str:
        return str(self.seal.get("source_key", ""))

    def problem(self, deep: bool = False) -> str | None:
        """Why this release is not whole (a file missing, or of another size; with ``deep``, of
        other bytes), or None."""
        files = self.seal.get("files")
        if not isinstance(files, dict) or not files:
            return f"{self.folder / SEAL} lists no files"
        for rel, record in files.items():
            path = self.folder / rel
            try:
                size = path.stat().st_size
            except OSError:
                return f"{rel} is missing"
            if not isinstance(record, list) or len(record) != 2 or size != record[0]:
                return f"{rel} has {size} bytes, the seal says {record[0] if isinstance(record, list) else record}"
            if deep and _sha256(path) != record[1]:
                return f"{rel} is not the file the seal names (its SHA-256 differs)"
        return None


class Releases:
    """The releases of one state directory."""

    def __init__(self, state_dir: Path) -> None:
        self.state_dir = Path(state_dir)
        self.folder = self.state_dir / "releases"

    # -- reading ---------------------------------------------------------------------------

    def pointer(self, name: str) -> str | None:
        try:
            value = (self.state_dir / name).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return value if value and "/" not in value and "\\" not in value and not value.startswith(".") else None

    def get(self, release_id: str | None) -> Release | None:
        """The sealed release ``release_id`` (None if there is none, or its seal is unreadable)."""
        if not release_id:
            return None
        folder = self.folder / release_id
        try:
            seal = json.loads((folder / SEAL).read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return None
        if not isinstance(seal, dict) or seal.get("version") != SEAL_VERSION or seal.get("id") != release_id:
            return None
        return Release(release_id, folder, seal)

    def current(self) -> Release | None:
        return self.get(self.pointer(CURRENT))

    def last_good(self) -> Release | None:
        return self.get(self.pointer(LAST_GOOD))

    def all(self) -> list[Release]:
        """Every sealed release, oldest first."""
        try:
            names = sorted(p.name for p in self.folder.iterdir() if p.is_dir() and not p.name.startswith("."))
        except OSError:
            return []
        found = [r for r in (self.get(n) for n in names) if r is not None]
        return sorted(found, key=lambda r: (int(r.seal.get("made_ns", 0) or 0), r.id))

    def start(self) -> tuple[Release | None, str]:
        """The release the kiosk starts on, and a line for the log: ``current`` if it is whole,
        else ``last-good`` if that is, else None (the kiosk shows the content it was given)."""
        notes: list[str] = []
        for name in (CURRENT, LAST_GOOD):
            release_id = self.pointer(name)
            if release_id is None:
                continue
            release = self.get(release_id)
            why = "it has no readable seal" if release is None else release.problem()
            if release is not None and why is None:
                note = f"updates: starting on release {release.id} ({name}; from {release.source})"
                return release, "; ".join([*notes, note])
            notes.append(f"updates: the {name} release {release_id} is not whole ({why}); not used")
        return None, "; ".join(notes)

    # -- writing ---------------------------------------------------------------------------

    def staging(self) -> Path:
        """A fresh staging folder (left-overs of killed updates are removed first)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.clean()
        path = self.folder / f"{STAGING}{os.getpid()}-{time.time_ns()}"
        path.mkdir()
        return path

    def clean(self) -> None:
        """Remove staging and trash folders left by an update that was killed (call it only while
        holding the update lock: another update's staging folder would go too)."""
        try:
            stale = [p for p in self.folder.iterdir() if p.name.startswith((STAGING, TRASH))]
        except OSError:
            return
        for path in stale:
            _remove(path)
        for name in (CURRENT, LAST_GOOD):  # a pointer's temporary, written but never renamed
            for tmp in self.state_dir.glob(f".{name}.tmp-*"):
                tmp.unlink(missing_ok=True)

    def seal(self, staging: Path, source: str, source_key: str, exhibit: str) -> Release:
        """Write the seal into ``staging``, make it read-only, fsync it all, and rename it into
        place as a new release. Only then does the release exist."""
        content_hash = source_key.split(":")[-1][:8]
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        release_id = f"{stamp}-{content_hash}"
        n = 1
        while (self.folder / release_id).exists():
            n += 1
            release_id = f"{stamp}-{content_hash}-{n}"
        files = {str(p.relative_to(staging).as_posix()): [p.stat().st_size, _sha256(p)] for p in _files(staging)}
        seal = {
            "version": SEAL_VERSION,
            "id": release_id,
            "source": source,
            "source_key": source_key,
            "exhibit": exhibit,
            "made": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "made_ns": time.time_ns(),  # orders releases made within one second
            "files": files,
        }
        (staging / SEAL).write_text(json.dumps(seal, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        for path in _files(staging):
            path.chmod(stat.S_IMODE(path.stat().st_mode) & ~0o222)
        fsync_tree(staging)
        fault("sealed")  # sealed, not yet in place
        folder = self.folder / release_id
        os.replace(staging, folder)
        _fsync_dir(self.folder)
        fault("renamed")
        return Release(release_id, folder, seal)

    def point(self, name: str, release: Release | None) -> None:
        """Point ``name`` (``current`` or ``last-good``) at ``release``; None removes the pointer."""
        path = self.state_dir / name
        if release is None:
            path.unlink(missing_ok=True)
            _fsync_dir(self.state_dir)
        else:
            write_pointer(path, release.id)

    def prune(self, keep: set[str] | None = None) -> list[str]:
        """Delete old releases: never ``current``, ``last-good`` or ``keep``, and not the
        :data:`KEEP_OTHERS` newest others. A release is renamed away first, so a kill in the
        middle never leaves a half-deleted folder that looks like a release."""
        keep = {*(keep or ()), *(x for x in (self.pointer(CURRENT), self.pointer(LAST_GOOD)) if x)}
        others = [r.id for r in self.all() if r.id not in keep]
        gone = others[: max(0, len(others) - KEEP_OTHERS)]
        for release_id in gone:
            trash = self.folder / f"{TRASH}{release_id}"
            os.replace(self.folder / release_id, trash)
            _remove(trash)
        return gone


def _remove(path: Path) -> None:
    if not path.is_dir():
        path.unlink(missing_ok=True)
        return
    if os.name == "nt":  # read-only files cannot be deleted there
        for file in _files(path):
            file.chmod(0o644)
    shutil.rmtree(path, ignore_errors=True)
