"""``kiosk new DIR``: a museum's own content folder, started from a small exhibit that validates.

The starter (``kiosk/starter``, package data) has three languages, one section, a story panel
with a picture that carries alt text, credit and licence, and a quiz; a curator changes the words
and keeps the shape. The folder appears whole or not at all: it is copied beside the target and
renamed into place.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from kiosk import PACKAGE_DIR

STARTER = PACKAGE_DIR / "starter"


def new_content(target: Path) -> list[Path]:
    """Copy the starter to ``target`` (which must not exist, or be an empty folder); returns the
    files made, relative to ``target``. Raises FileExistsError for a folder that holds anything."""
    target = Path(target).resolve()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise FileExistsError(f"{target} already exists and is not an empty folder")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".{target.name}.new-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        shutil.copytree(STARTER, staging, ignore=shutil.ignore_patterns("__pycache__", ".*"))
        if target.is_dir():
            target.rmdir()  # empty (checked above); os.replace cannot replace a folder on Windows
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(p.relative_to(target) for p in target.rglob("*") if p.is_file())
