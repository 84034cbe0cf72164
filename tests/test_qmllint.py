"""The QML lint in the README's test command knows the Python singletons' types: it passes on the
kiosk's QML and fails on a read of a property that does not exist."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "qmllint.py"


def lint(qml: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), "--qml", str(qml)], capture_output=True, text=True, timeout=300)


def test_a_qml_file_reading_what_a_singleton_lacks_fails_the_lint(tmp_path: Path) -> None:
    qml = tmp_path / "qml"
    shutil.copytree(ROOT / "kiosk" / "ui" / "qml", qml)
    screen = qml / "Kiosk" / "SourcesSheet.qml"
    text = screen.read_text(encoding="utf-8")
    assert "Content.currentSources.note" in text
    screen.write_text(text.replace("Content.currentSources.note", "Content.currentSourcesNote"), encoding="utf-8")
    done = lint(qml)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "SourcesSheet.qml" in done.stdout and "currentSourcesNote" in done.stdout


def test_the_kiosks_qml_lints_clean(tmp_path: Path) -> None:
    done = lint(ROOT / "kiosk" / "ui" / "qml")
    assert done.returncode == 0, done.stdout + done.stderr
