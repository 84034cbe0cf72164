"""An offline, touch-first museum exhibit kiosk.

``kiosk.content`` (the content model, loader, validation and lint), ``kiosk.session`` (idle and
attract logic) and ``kiosk.settings`` are plain Python; only ``kiosk.ui`` imports Qt.
"""

from pathlib import Path

#: The release, as pyproject.toml gives it (tests/test_architecture.py keeps the two equal):
#: read from here, not with importlib.metadata, which costs 35 ms before the first screen.
__version__ = "0.1.0"


def _on_disk() -> Path:
    package = Path(__file__).resolve().parent
    if not package.is_dir():  # Qt loads fonts, QML and translations from files, not a zip
        raise RuntimeError(f"the kiosk package must be installed as files, not inside an archive ({package})")
    return package


#: The installed package's folder (site-packages/kiosk, a PyInstaller bundle's kiosk, or a clone's).
PACKAGE_DIR = _on_disk()
#: Where an installed package keeps the bundled exhibit and the fonts: the build copies the
#: repository's ``exhibits/`` and ``assets/`` here (setup.py). In a clone it does not exist.
PACKAGED_CONTENT = PACKAGE_DIR / "bundled"
#: The content bundled with the kiosk: a folder holding ``exhibits/`` and ``assets/`` (the
#: package's copy when installed, else the clone's own folders, as they are being edited).
BUNDLED_CONTENT = PACKAGED_CONTENT if (PACKAGED_CONTENT / "exhibits").is_dir() else PACKAGE_DIR.parent


def inside_package(path: Path) -> bool:
    """Whether ``path`` is part of the installed package (read-only for the kiosk: it writes
    nothing there, whoever owns the files)."""
    return path.resolve().is_relative_to(PACKAGED_CONTENT.resolve())
