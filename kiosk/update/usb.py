"""Finding an update on a USB stick: what the operator panel's "Update from USB stick" takes.

On each mounted removable disk, the first of: ``kiosk-update.bundle`` (a git bundle), any other
``*.bundle`` at its top, a ``kiosk-content`` folder, or the disk's top itself if it holds
``exhibits/``. Mounted disks are where desktop automounters and udisks put them
(``/media/$USER/*``, ``/run/media/$USER/*``, ``/media/*``, ``/mnt/*``), or drive letters D: to Z:
on Windows. Nothing is mounted here: a stick must already be mounted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

__all__ = ["BUNDLE", "FOLDER", "find_update", "mounted"]

BUNDLE, FOLDER = "kiosk-update.bundle", "kiosk-content"


def mounted(environ: dict[str, str] | None = None, platform: str | None = None) -> list[Path]:
    """Folders where a USB stick may be mounted, most specific first."""
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    if plat == "win32":
        return [Path(f"{letter}:\\") for letter in "DEFGHIJKLMNOPQRSTUVWXYZ"]
    user = env.get("USER") or env.get("LOGNAME") or ""
    bases = [Path("/media") / user, Path("/run/media") / user] if user else []
    return [*bases, Path("/media"), Path("/mnt"), Path("/Volumes")]


def _disks(bases: Iterable[Path]) -> list[Path]:
    disks: list[Path] = []
    for base in bases:
        try:
            children = sorted(p for p in base.iterdir() if p.is_dir())
        except OSError:
            continue
        disks += [c for c in children if c not in disks]
    return disks


def find_update(bases: Iterable[Path] | None = None) -> Path | None:
    """The update on the first mounted disk that has one, or None."""
    for disk in _disks(mounted() if bases is None else bases):
        try:
            if (disk / BUNDLE).is_file():
                return disk / BUNDLE
            bundles = sorted(p for p in disk.glob("*.bundle") if p.is_file())
            if bundles:
                return bundles[0]
            if (disk / FOLDER / "exhibits").is_dir():
                return disk / FOLDER
            if (disk / "exhibits").is_dir():
                return disk
        except OSError:
            continue
    return None
