"""The PyInstaller one-folder bundle (deploy/windows/kiosk.spec), built here on Linux with the same
spec Windows uses, holds what the kiosk needs and runs on its own, offscreen, with no Python.

The build takes about 25 s on the 2-core CI machine (PyInstaller is a test extra)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import REPO

SPEC = REPO / "deploy" / "windows" / "kiosk.spec"
EXE = "kiosk.exe" if sys.platform == "win32" else "kiosk"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the test extra: pip install -e .[test]")
    missing = [lang for lang in ("vi", "en", "fr") if not (REPO / "kiosk/ui/i18n" / f"kiosk_{lang}.qm").is_file()]
    assert not missing, "compile the translations first (deploy/bootstrap.sh does it)"
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(SPEC)],
        check=True, cwd=work, timeout=900,
    )  # fmt: skip
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    return work / "dist" / "kiosk"


def _run(bundle: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Nothing of this Python's environment: the bundle must carry its own interpreter and packages.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software", HOME=str(cwd))
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    return subprocess.run([str(bundle / EXE), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_bundle_holds_the_qml_module_ffmpeg_fonts_and_translations(bundle: Path) -> None:
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()]
    internal = "_internal/"
    assert f"{internal}kiosk/ui/qml/Kiosk/qmldir" in files
    assert f"{internal}kiosk/ui/qml/Kiosk/Main.qml" in files
    assert any(
        f.endswith(("libffmpegmediaplugin.so", "ffmpegmediaplugin.dll")) and "/plugins/multimedia/" in f for f in files
    )
    assert any("/qml/QtMultimedia/" in f for f in files)  # the QML side of the players
    fonts = {f.rsplit("/", 1)[-1] for f in files if f.startswith(f"{internal}kiosk/bundled/assets/fonts/")}
    assert {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSerif-Regular.ttf", "OFL.txt"} <= fonts
    assert {f"{internal}kiosk/ui/i18n/kiosk_{lang}.qm" for lang in ("vi", "en", "fr")} <= set(files)
    assert f"{internal}kiosk/bundled/exhibits/dien-bien-phu/exhibit.yaml" in files
    # Lean: none of the large Qt modules the kiosk does not use.
    for unused in ("webengine", "qt63d", "quick3d", "qt6charts", "qt6pdf", "qt6virtualkeyboard"):
        assert not [f for f in files if unused in f.lower()], unused
    # PyInstaller links Qt's libraries into PySide6/Qt/lib on Linux: count each file once.
    size = sum((bundle / f).stat().st_size for f in files if not (bundle / f).is_symlink())
    print(f"bundle: {len(files)} files, {size / 1e6:.0f} MB")
    assert size < 400e6


def test_the_bundle_validates_and_draws_the_screens_offscreen(bundle: Path, tmp_path: Path) -> None:
    check = _run(bundle, "validate", cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    assert re.search(r"ok: 1 exhibit, 4 sections, \d+ panels", check.stdout), check.stdout
    # One size, one language: every screen drawn from the bundle's QML, fonts and translations.
    # (exit 1 is advice on the content, which its own checks cover; a QML warning would mean a
    # file or a Qt module the bundle lacks)
    proof = _run(bundle, "proof", "--out", str(tmp_path / "proof"), "--size", "1920x1080", "--lang", "vi",
                 "--text-size", "1", "--state-dir", str(tmp_path / "state"), cwd=tmp_path)  # fmt: skip
    assert proof.returncode in (0, 1) and "qt-warning" not in proof.stdout, proof.stdout + proof.stderr
    assert re.search(r"kiosk proof: \d+ screens", proof.stdout), proof.stdout
    home = tmp_path / "proof" / "1920x1080-vi-home.png"
    assert home.stat().st_size > 20_000


def test_the_bundle_prints_a_worksheet(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, "worksheet", "--lang", "vi", "--out", str(tmp_path / "vi.pdf"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = (tmp_path / "vi.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and b"NotoSans" in data
