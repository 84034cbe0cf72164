"""The build step that makes the wheel work outside a clone (everything else is in pyproject.toml).

An installed kiosk finds its bundled exhibit, fonts and compiled interface translations inside the
package (``kiosk/__init__.py``, through importlib.resources). In the repository they live where
curators and translators edit them: ``exhibits/``, ``assets/`` and ``kiosk/ui/i18n/*.ts``. So
``build_py`` copies the first two into ``kiosk/bundled/`` of the build, and compiles each ``.ts``
with Qt's ``lrelease`` into a ``.qm`` beside it. Nothing in the source tree is moved or written;
an editable install (a clone, ``deploy/bootstrap.sh``) uses the tree as it is.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.errors import SetupError

HERE = Path(__file__).resolve().parent
CONTENT = ("exhibits", "assets")  # the bundled content folders, copied whole (not what is built from them)


def _lrelease() -> list[str]:
    """Qt's translation compiler: PySide6's own (in the build environment), else a system one."""
    spec = importlib.util.find_spec("PySide6")
    folders = (spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        for name in ("lrelease", "lrelease.exe"):
            if (Path(folder) / name).is_file():
                return [str(Path(folder) / name)]
    for name in ("pyside6-lrelease", "lrelease6", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    if Path("/usr/lib/qt6/bin/lrelease").is_file():  # Debian's qt6-l10n-tools
        return ["/usr/lib/qt6/bin/lrelease"]
    raise SetupError(
        "cannot compile the interface translations: no Qt lrelease found. Build in an environment "
        "with PySide6 (pip does so by default), or install Qt's lrelease (Debian: qt6-l10n-tools)"
    )


def _skip(name: str) -> bool:
    return name.startswith(".") or name == "__pycache__"  # .derivatives, editor files, caches


class BuildWithContent(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the clone's own folders are used in place
        target = Path(self.build_lib) / "kiosk" / "bundled"
        if target.exists():
            shutil.rmtree(target)
        for name in CONTENT:
            shutil.copytree(HERE / name, target / name, ignore=lambda _, names: [n for n in names if _skip(n)])
        lrelease = _lrelease()
        i18n = Path(self.build_lib) / "kiosk" / "ui" / "i18n"
        i18n.mkdir(parents=True, exist_ok=True)
        for ts in sorted((HERE / "kiosk" / "ui" / "i18n").glob("*.ts")):
            qm = i18n / f"{ts.stem}.qm"
            subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SetupError(f"lrelease made no translation from {ts}")
        print(
            f"kiosk: bundled {', '.join(CONTENT)} and compiled the translations into {target.parent}", file=sys.stderr
        )


setup(cmdclass={"build_py": BuildWithContent})
