"""The interface translations keep up with the code, and read as each language counts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
import i18n  # noqa: E402


def test_every_string_in_the_interface_has_its_translations() -> None:
    run = subprocess.run([sys.executable, str(REPO / "tools" / "i18n.py"), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_string_without_a_translation_is_reported_and_a_table_fills_it(tmp_path: Path) -> None:
    ts = tmp_path / "kiosk_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">\n'
        "<context><name>ControlBar</name><message><source>Louder</source>"
        '<translation type="unfinished" /></message></context>\n</TS>\n',
        encoding="utf-8",
    )
    assert i18n.fill(ts, {}) == ["kiosk_fr.ts: ControlBar: 'Louder'"]
    table = tmp_path / "new.tsv"
    table.write_text("ControlBar\tLouder\tTo hơn\tPlus fort\n", encoding="utf-8")
    assert i18n.fill(ts, i18n.read_tables([table])) == []
    assert "<translation>Plus fort</translation>" in ts.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def french(tmp_path_factory: pytest.TempPathFactory) -> QTranslator:
    qm = tmp_path_factory.mktemp("qm") / "kiosk_fr.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    assert tool, "pyside6-lrelease comes with PySide6"
    subprocess.run([tool, "-silent", str(REPO / "kiosk/ui/i18n/kiosk_fr.ts"), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


@pytest.mark.parametrize(
    ("score", "said"),
    [
        (0, "Vous avez trouvé 0 bonne réponse sur 3."),
        (1, "Vous avez trouvé 1 bonne réponse sur 3."),
        (2, "Vous avez trouvé 2 bonnes réponses sur 3."),
    ],
)
def test_the_french_quiz_score_agrees_with_its_number(french: QTranslator, score: int, said: str) -> None:
    text = french.translate("QuizPanel", "You answered %n of %1 questions correctly.", "", score)
    assert text.replace("%n", str(score)).replace("%1", "3") == said
