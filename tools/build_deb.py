"""Build the kiosk's Debian packages with dpkg-deb alone (no debhelper, no root needed).

    python tools/build_deb.py system [--out dist]   # kiosk_<v>_all.deb: Debian 13, Raspberry Pi OS
                                                    # Trixie, Ubuntu 24.10+ (the distribution's PySide6)
    python tools/build_deb.py venv [--out dist]     # kiosk-venv_<v>_<arch>.deb: Debian 12, Raspberry
                                                    # Pi OS Bookworm, Ubuntu LTS (its own virtual env)

Both are made from the wheel (setup.py puts the exhibit, fonts, QML and compiled translations in
it) and carry the same files around it (:func:`common_files`): ``/etc/kiosk/settings.yaml`` as a
conffile (dpkg keeps a museum's edits on upgrade), the systemd user units started by the session,
the session (``kiosk-session`` behind an X11 and a Wayland session entry), and maintainer scripts
that create the ``kiosk`` system user (home ``/var/lib/kiosk``, where a museum's content and the
state directory live). Nothing under ``/var/lib/kiosk`` is shipped, and the scripts create its
top folder only when it is missing: an upgrade or a removal never touches what is in it.

``system`` is architecture-independent: the wheel unpacked into ``/usr/lib/python3/dist-packages``.
``venv`` is built on the distribution it is for (its Python minor and its architecture): a virtual
environment made in place at ``/opt/kiosk/venv`` from PyPI (or ``--pip-arg --find-links=…``),
with Qt WebEngine left out (``--keep-all-qt`` keeps it; the kiosk never loads it) and its scripts
pointed at the installed path.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import tomllib
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
VENV = Path("/opt/kiosk/venv")
SETTINGS = Path("/etc/kiosk/settings.yaml")
HOME = Path("/var/lib/kiosk")
MAINTAINER = "Museum kiosk maintainers <kiosk@localhost>"

#: Built or local to one machine: a clean clone has none of these (as tests/packaging/conftest.py).
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", ".derivatives", "build", "dist", "*.egg-info", "__pycache__", "*.qm", "proof",
    ".mypy_cache", ".ruff_cache", ".hypothesis", ".pytest_cache",
)  # fmt: skip

#: What the architecture-independent package needs from Debian 13 (6.8.2 there). The QML modules
#: are separate packages in Debian (python3-pyside6.qtquick does not pull them).
SYSTEM_DEPENDS = (
    "python3-pyside6.qtcore (>= 6.8)",
    "python3-pyside6.qtcore (<< 6.12)",  # pyproject.toml's range (6.12 aborts Python 3.11)
    "python3-pyside6.qtgui",
    "python3-pyside6.qtqml",
    "python3-pyside6.qtquick",
    "python3-pyside6.qtsvg",
    "python3-pyside6.qtmultimedia",
    "qml6-module-qtquick",
    "qml6-module-qtqml-workerscript",
    "qml6-module-qtmultimedia",
    "python3-yaml",
    "python3-pil",
    "python3-tqdm",
)
#: The system libraries PySide6's wheels load (deploy/bootstrap.sh's list; Ubuntu 24.04 renamed glib).
VENV_DEPENDS = (
    "libgl1", "libegl1", "libfontconfig1", "libfreetype6", "libglib2.0-0t64 | libglib2.0-0", "libdbus-1-3",
    "libxkbcommon0", "libxkbcommon-x11-0", "libx11-xcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0",
    "libxcb-xkb1", "libxcb-xfixes0", "libxrender1", "libpulse0",
    # Qt's wayland platform plugin (the locked session's QT_QPA_PLATFORM=wayland): without these it
    # cannot load and the kiosk aborts in QGuiApplication (seen on a real boot of Debian 12 + cage)
    "libwayland-client0", "libwayland-cursor0", "libwayland-egl1",
)  # fmt: skip
COMMON_DEPENDS = ("espeak-ng", "adduser")
#: Qt WebEngine is a quarter of a gigabyte of the PySide6 wheels; the kiosk never imports it.
PRUNED = (
    "PySide6/Qt/lib/libQt6WebEngine*", "PySide6/Qt/libexec/QtWebEngineProcess", "PySide6/Qt/resources",
    "PySide6/Qt/translations/qtwebengine_locales", "PySide6/QtWebEngine*", "PySide6/Qt/qml/QtWebEngine",
)  # fmt: skip


def project() -> dict[str, object]:
    return dict(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"])


def python_range() -> tuple[int, int]:
    """(lowest, highest) supported Python 3 minor, from requires-python (">=3.11,<3.14" → (11, 13))."""
    spec = str(project()["requires-python"]).replace(" ", "")
    match = re.fullmatch(r">=3\.([0-9]+),<3\.([0-9]+)", spec)
    if not match:
        raise SystemExit(f"build_deb: cannot read requires-python {spec!r}")
    return int(match[1]), int(match[2]) - 1


def build_wheel(work: Path) -> Path:
    """The wheel of a clean copy of the repository, built with this environment's setuptools and
    PySide6 (nothing downloaded)."""
    src = work / "src"
    shutil.copytree(REPO, src, ignore=NOT_SOURCE)
    out = work / "wheel"
    command = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index"]
    subprocess.run([*command, "-w", str(out), "."], cwd=src, check=True, timeout=600)
    (wheel,) = out.glob("kiosk-*.whl")
    return wheel


def unit(text: str, kiosk: str) -> str:
    """deploy/'s user unit for a clone, pointed at the package's command and settings file."""
    text = text.replace("%h/kiosk/.venv/bin/kiosk", kiosk).replace("%h/.config/kiosk/settings.yaml", str(SETTINGS))
    if "%h/" in text:
        raise SystemExit("build_deb: deploy/'s unit names a path under %h/ this script does not know")
    header = "# Installed by the kiosk package; started by kiosk-session (the display manager's session).\n"
    return header + "\n".join(line for line in text.splitlines() if not line.startswith("#   ")) + "\n"


SESSION = """\
#!/bin/sh
# The kiosk's login session (/usr/share/xsessions and wayland-sessions): hands the display to the
# systemd user manager and runs kiosk.service (watchdog, restarts, escalation) for as long as the
# session lasts. "Exit kiosk" (status 10) ends the unit, and so the session.
systemctl --user import-environment DISPLAY WAYLAND_DISPLAY XAUTHORITY XDG_SESSION_TYPE XDG_CURRENT_DESKTOP
trap 'systemctl --user stop kiosk.service' EXIT HUP INT TERM
systemctl --user start --wait kiosk.service
"""

DESKTOP = """\
[Desktop Entry]
Name=Museum kiosk
Comment=The exhibit kiosk, full screen (kiosk.service under the user's systemd)
Exec=/usr/bin/kiosk-session
Type=Application
DesktopNames=kiosk
"""

LIGHTDM = """\
# Log the kiosk user straight into the kiosk session at boot (LightDM: Raspberry Pi OS, Xfce):
#   cp /usr/share/doc/kiosk/examples/lightdm-autologin.conf /etc/lightdm/lightdm.conf.d/50-kiosk.conf
[Seat:*]
autologin-user=kiosk
autologin-session=kiosk
"""

POSTINST = """\
#!/bin/sh
# Creates the kiosk user and its home once. Never reads, moves or changes ownership of anything in
# /var/lib/kiosk: that is the museum's content and the kiosk's state.
set -e
if [ "$1" = configure ]; then
    if ! getent passwd kiosk >/dev/null; then
        adduser --quiet --system --group --home /var/lib/kiosk --no-create-home --shell /bin/sh kiosk
    fi
    for group in video render audio input; do
        if getent group "$group" >/dev/null; then adduser --quiet kiosk "$group" >/dev/null || true; fi
    done
    if [ ! -d /var/lib/kiosk ]; then
        install -d -o kiosk -g kiosk -m 0750 /var/lib/kiosk
    fi
    # the PIN hash is in the settings: readable by root and the kiosk user only
    chgrp kiosk /etc/kiosk/settings.yaml && chmod 0640 /etc/kiosk/settings.yaml
    python3 -m compileall -q @CODE@ >/dev/null || true
fi
exit 0
"""

PRERM = """\
#!/bin/sh
set -e
# the byte code postinst compiled (not in the package's file list)
find @CODE@ -depth -type d -name __pycache__ -exec rm -rf {} + 2>/dev/null || true
exit 0
"""

POSTRM = """\
#!/bin/sh
# purge removes /etc/kiosk (dpkg does, for the conffile); the kiosk user and /var/lib/kiosk (the
# museum's content, the visitor statistics) stay, as Debian does for a system user's data.
set -e
if [ "$1" = purge ]; then rmdir /etc/kiosk 2>/dev/null || true; fi
exit 0
"""


def settings_file() -> str:
    return textwrap.dedent("""\
        # The kiosk's settings (kiosk run --config /etc/kiosk/settings.yaml). Every key is optional; see
        # /usr/share/doc/kiosk/examples/settings.example.yaml for all of them. dpkg keeps your edits on
        # upgrade. Check them with:  kiosk config check /etc/kiosk/settings.yaml
        # Set the operator PIN (stored as a salted hash):  sudo kiosk set-pin --config /etc/kiosk/settings.yaml
        #
        # Without `content:` the kiosk shows the exhibit that comes with the package.
        # content: /var/lib/kiosk/content     # a folder holding exhibits/ and assets/
        language: vi                          # the language each visit starts in: vi, en or fr
        idle_timeout: 120
        analytics: true
        """)


def common_files(root: Path, kiosk: str) -> None:
    """What both packages carry besides the program."""

    def put(path: str, text: str, mode: int = 0o644) -> None:
        target = root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        target.chmod(mode)

    put(str(SETTINGS), settings_file())
    for name in ("kiosk.service", "kiosk-escalate.service"):
        put(f"/usr/lib/systemd/user/{name}", unit((DEPLOY / name).read_text(encoding="utf-8"), kiosk))
    put("/usr/bin/kiosk-session", SESSION, 0o755)
    put("/usr/share/xsessions/kiosk.desktop", DESKTOP)
    put("/usr/share/wayland-sessions/kiosk.desktop", DESKTOP)
    doc = "/usr/share/doc/kiosk"
    put(f"{doc}/examples/settings.example.yaml", (DEPLOY / "settings.example.yaml").read_text(encoding="utf-8"))
    put(f"{doc}/examples/lightdm-autologin.conf", LIGHTDM)
    put(
        f"{doc}/copyright",
        "The museum kiosk: MIT licence (see the project's repository).\n"
        "Bundled fonts (kiosk/bundled/assets/fonts): SIL Open Font License 1.1 (OFL.txt beside them).\n",
    )


def stage_system(root: Path, wheel: Path) -> Path:
    """The wheel unpacked where Debian's python3 finds it; returns the code folder to byte-compile."""
    site = root / "usr/lib/python3/dist-packages"
    zipfile.ZipFile(wheel).extractall(site)
    for record in site.glob("*.dist-info/RECORD"):
        record.unlink()  # dpkg owns these files now (and pip must not uninstall them)
    (next(site.glob("*.dist-info")) / "INSTALLER").write_text("dpkg\n", encoding="utf-8")
    launcher = root / "usr/bin/kiosk"
    launcher.parent.mkdir(parents=True, exist_ok=True)
    # The guard matters: the build's workers are spawned, and a spawned worker runs the main
    # script again as __mp_main__ (without it, each worker would start another build).
    launcher.write_text(
        "#!/usr/bin/python3 -P\nfrom kiosk.cli import main\n\n"
        'if __name__ == "__main__":\n    raise SystemExit(main())\n'
    )
    launcher.chmod(0o755)
    return Path("/usr/lib/python3/dist-packages/kiosk")


def stage_venv(root: Path, wheel: Path, python: str, pip_args: list[str], keep_all_qt: bool) -> Path:
    """A virtual environment built in the staging tree, then pointed at its installed path."""
    venv = root / VENV.relative_to("/")
    subprocess.run([python, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=300)
    vpy = venv / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", str(vpy), "install", "-q", "--no-compile"]
    subprocess.run([*install, *pip_args, str(wheel)], check=True, timeout=1800)
    site = Path(
        subprocess.run(
            [str(vpy), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    )  # fmt: skip
    if not keep_all_qt:
        for pattern in PRUNED:
            for path in site.glob(pattern):
                shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
    for path in site.rglob("__pycache__"):
        shutil.rmtree(path)
    for name in ("activate", "activate.csh", "activate.fish", "Activate.ps1"):
        (venv / "bin" / name).unlink(missing_ok=True)  # never activated: /usr/bin/kiosk runs it
    staged = str(venv)
    for script in (venv / "bin").iterdir():
        if script.is_file() and not script.is_symlink():
            data = script.read_bytes()
            if data.startswith(b"#!") and staged.encode() in data:
                script.write_bytes(data.replace(staged.encode(), str(VENV).encode()))
    cfg = venv / "pyvenv.cfg"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace(staged, str(VENV)), encoding="utf-8")
    leftovers = [str(p) for p in venv.rglob("*") if p.is_file() and staged.encode() in p.read_bytes()[:4096]]
    if leftovers:
        print(f"build_deb: still naming the staging folder: {leftovers[:5]}", file=sys.stderr)
    (root / "usr/bin").mkdir(parents=True, exist_ok=True)
    (root / "usr/bin/kiosk").symlink_to(VENV / "bin" / "kiosk")
    return VENV


def control(name: str, version: str, arch: str, depends: list[str], size_kib: int, extra: dict[str, str]) -> str:
    fields = {
        "Package": name,
        "Version": version,
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(size_kib),
        "Depends": ", ".join(depends),
        **extra,
        "Section": "misc",
        "Priority": "optional",
        "Description": "offline, touch-first museum exhibit kiosk\n"
        " Shows a museum's exhibits, written as YAML, full screen with Qt Quick, in Vietnamese,\n"
        " English and French. Runs as the kiosk user under systemd with a watchdog.",
    }
    return "".join(f"{k}: {v}\n" for k, v in fields.items())


def build(flavour: str, out: Path, version: str | None, python: str, pip_args: list[str], keep_all_qt: bool) -> Path:
    version = version or f"{project()['version']}-1"
    low, high = python_range()
    with tempfile.TemporaryDirectory(prefix="kiosk-deb-") as tmp:
        work = Path(tmp)
        wheel = build_wheel(work)
        root = work / "root"
        if flavour == "system":
            code = stage_system(root, wheel)
            name, arch = "kiosk", "all"
            depends = [f"python3 (>= 3.{low})", f"python3 (<< 3.{high + 1})", *SYSTEM_DEPENDS, *COMMON_DEPENDS]
            extra = {"Recommends": "qt6-wayland", "Conflicts": "kiosk-venv", "Replaces": "kiosk-venv"}
        else:
            minor = subprocess.run(
                [python, "-c", "import sys; print(sys.version_info[1])"], check=True, capture_output=True, text=True
            ).stdout.strip()
            if not low <= int(minor) <= high:
                raise SystemExit(f"build_deb: {python} is Python 3.{minor}; the kiosk runs on 3.{low} to 3.{high}")
            # the venv's python links to python3.X itself, not to whatever python3 becomes later
            python = shutil.which(f"python3.{minor}", path=str(Path(python).parent)) or python
            code = stage_venv(root, wheel, python, pip_args, keep_all_qt)
            name = "kiosk-venv"
            arch = subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True, text=True)
            arch = arch.stdout.strip()
            depends = [f"python3.{minor}", *VENV_DEPENDS, *COMMON_DEPENDS]
            extra = {"Provides": "kiosk", "Conflicts": "kiosk", "Replaces": "kiosk"}
        common_files(root, "/usr/bin/kiosk")
        debian = root / "DEBIAN"
        debian.mkdir()
        for script, text in (("postinst", POSTINST), ("prerm", PRERM), ("postrm", POSTRM)):
            (debian / script).write_text(text.replace("@CODE@", str(code)), encoding="utf-8")
            (debian / script).chmod(0o755)
        (debian / "conffiles").write_text(f"{SETTINGS}\n", encoding="utf-8")
        sums, size = [], 0
        for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
            rel = path.relative_to(root)
            size += path.stat().st_size
            if rel.parts[0] != "DEBIAN":
                sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel}\n")
        (debian / "md5sums").write_text("".join(sums), encoding="utf-8")
        (debian / "control").write_text(control(name, version, arch, depends, size // 1024, extra), encoding="utf-8")
        for path in root.rglob("*"):  # whatever this machine's umask: what dpkg expects
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        out.mkdir(parents=True, exist_ok=True)
        deb = out / f"{name}_{version}_{arch}.deb"
        # zstd: the venv package is hundreds of megabytes, and xz takes minutes on two cores
        compress = ["-Zxz"] if flavour == "system" else ["-Zzstd", "-z9"]
        subprocess.run(["dpkg-deb", "--root-owner-group", *compress, "--build", str(root), str(deb)], check=True)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("flavour", choices=("system", "venv"))
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    parser.add_argument("--version", help="the package version (default: pyproject's, revision -1)")
    parser.add_argument("--python", default="/usr/bin/python3", help="the Python the venv is for (venv)")
    parser.add_argument("--pip-arg", action="append", default=[], help="passed to pip install (venv)")
    parser.add_argument("--keep-all-qt", action="store_true", help="keep Qt WebEngine in the venv")
    args = parser.parse_args(argv)
    if not shutil.which("dpkg-deb"):
        raise SystemExit("build_deb: needs dpkg-deb (Debian: dpkg)")
    deb = build(args.flavour, args.out, args.version, args.python, args.pip_arg, args.keep_all_qt)
    print(deb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
