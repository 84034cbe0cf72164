"""``kiosk run --check`` (the health check an update runs, kiosk.ui.check) judges the release,
not the machine: a QML warning fails it, Qt's messages about the machine (no sound device, a
platform plugin's limits) are printed as notes and do not."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.ui.check import from_qml
from tests.ui.conftest import SAMPLE

pytestmark = pytest.mark.ui
ROOT = Path(__file__).resolve().parents[2]

MACHINE = textwrap.dedent(
    """
    from PySide6.QtCore import QLoggingCategory, qCWarning, qWarning
    qWarning("No audio device detected")
    qWarning("PulseAudioService: pa_context_connect() failed")
    qCWarning(QLoggingCategory("qt.qpa.wayland"), "Wayland does not support QWindow::requestActivate()")
    qWarning("QStandardPaths: wrong permissions on runtime directory /run/user/1000, 0755 instead of 0700")
    """
)
QML = textwrap.dedent(
    """
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlComponent, QQmlEngine
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(b"import QtQuick\\nItem { width: notDefinedAnywhere }", QUrl())
    held.append((engine, component.create()))
    """
)


def _check(tmp_path: Path, say: str) -> subprocess.CompletedProcess[str]:
    """The check on the sample exhibit, with ``say`` run once the application exists."""
    code = f"""
import sys
import kiosk.ui.fonts as fonts
real, held = fonts.load_fonts, []
def load_fonts():
    real()
{textwrap.indent(say, "    ")}
fonts.load_fonts = load_fonts
from kiosk.cli import main
sys.exit(main(["run", "--windowed", "--check", "60", "--content", {str(SAMPLE)!r}, "--state-dir", {str(tmp_path)!r}]))
"""
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "QT_QUICK_BACKEND": "software",
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)


def test_messages_about_the_machine_are_notes_and_the_check_passes(tmp_path: Path) -> None:
    done = _check(tmp_path, MACHINE)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    notes = [line for line in done.stdout.splitlines() if line.startswith("check: note: ")]
    assert any("No audio device detected" in n for n in notes), done.stdout
    assert any("qt.qpa.wayland: Wayland does not support" in n for n in notes), done.stdout
    assert done.stdout.splitlines()[-1] == "check: first frame drawn, content loaded, no errors"


def test_a_qml_warning_still_fails_the_check_and_is_quoted_last(tmp_path: Path) -> None:
    done = _check(tmp_path, MACHINE + QML)
    assert done.returncode == 1, done.stdout + done.stderr[-2000:]
    said = [line for line in done.stdout.splitlines() if line.startswith("check: ")]
    assert "notDefinedAnywhere is not defined" in said[-1], said  # what the updater quotes
    assert any(line.startswith("check: note: No audio device") for line in said)


def test_what_counts_as_qml() -> None:
    assert from_qml("qrc:/qt/qml/Kiosk/HomeScreen.qml:12:5: ReferenceError: x is not defined")
    assert from_qml("file:///opt/kiosk/qml/Card.qml:3: QML Image: Cannot open: file:///x.png")
    assert from_qml("qml: said by console.warn")
    assert from_qml(
        "QQmlApplicationEngine failed to load component\nqrc:/qt/qml/Kiosk/Main.qml:4:1: Type X unavailable"
    )
    assert not from_qml("No audio device detected")
    assert not from_qml("qt.qpa.wayland: Wayland does not support QWindow::requestActivate()")
    assert not from_qml("qt.rhi.general: Failed to create RHI (backend 2)")
