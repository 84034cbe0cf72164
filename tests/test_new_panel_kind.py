"""Adding a panel kind needs only the places docs/architecture.md names: its class in the model
(with its line in ``Panel``), its view (with its line in ``AnyPanelView`` and ``BY_KIND``), its QML
file, and a test. This test makes such a kind in a copy of the package, touching nothing else,
and shows it validated, in the JSON Schema, and drawn by the kiosk without a QML warning."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.navigation import TEXT_SCALES

ROOT = Path(__file__).resolve().parent.parent

MODEL = """

@described("One statement in large type, with the number that backs it")
@dataclass(frozen=True, slots=True, kw_only=True)
class FactPanel(PanelBase):
    kind: Literal["fact"] = "fact"
    statement: Annotated[LText, Doc("the statement (markup)", markup=True)]
    figure: Annotated[float, Doc("the number behind it")]
    image: Media | None = None


"""

VIEW = """

class FactView(PanelView):
    statement: str
    figure: str
    image: MediaView

"""

QML = """import QtQuick
import Kiosk

Item {
    id: factPanel
    property var view: ({})
    objectName: "fact"
    PanelTitle { id: title; anchors.left: parent.left; anchors.right: parent.right; text: factPanel.view.title }
    Text {
        objectName: "factFigure"
        anchors.top: title.bottom
        text: factPanel.view.figure
        color: Theme.text
        font.pixelSize: Theme.display
    }
    BodyText { anchors.bottom: parent.bottom; width: parent.width; text: factPanel.view.statement }
}
"""

PANEL_YAML = """
  - kind: fact
    id: fact
    title: {vi: Một con số, en: One number, fr: Un chiffre}
    statement: {vi: Rất *nhiều* người., en: A *great* many people., fr: Beaucoup *de* monde.}
    figure: 11721
    sources: [book-1966]
"""


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{path.name}: the checklist's anchor {old!r} moved; update the checklist"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _new_kind(tmp: Path, qml: str = QML) -> tuple[Path, Path]:
    pkg = tmp / "pkg"
    shutil.copytree(ROOT / "kiosk", pkg / "kiosk", ignore=shutil.ignore_patterns("__pycache__"))
    kiosk = pkg / "kiosk"
    # 1. the format: the class, and its line in the Panel union
    _edit(kiosk / "content/model.py", "\n\n#: Every panel kind,", MODEL + "#: Every panel kind,")
    _edit(kiosk / "content/model.py", "    | VideoPanel\n)", "    | VideoPanel\n    | FactPanel\n)")
    # 2. the view, its line in the union of views and in BY_KIND
    _edit(kiosk / "views.py", "\n\nAnyPanelView = (", VIEW + "\nAnyPanelView = (")
    _edit(kiosk / "views.py", "| MediaPanelView\n)", "| MediaPanelView | FactView\n)")
    _edit(
        kiosk / "views.py",
        '    "video": (MediaPanelView, "MediaPanel.qml"),\n',
        '    "video": (MediaPanelView, "MediaPanel.qml"),\n    "fact": (FactView, "FactPanel.qml"),\n',
    )
    # 3. the QML file
    (kiosk / "ui/qml/Kiosk/FactPanel.qml").write_text(qml, encoding="utf-8")
    # 4. content that uses it (the test)
    content = tmp / "content"
    shutil.copytree(ROOT / "tests/sample", content, ignore=shutil.ignore_patterns(".derivatives"))
    intro = content / "exhibits/sample/intro.yaml"
    intro.write_text(intro.read_text(encoding="utf-8").rstrip("\n") + "\n" + PANEL_YAML, encoding="utf-8")
    return pkg, content


# The copy must win over the kiosk installed in the environment; an editable install puts a finder
# ahead of sys.path, so it is set aside first.
_RUN = (
    "import sys; sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in str(f)]; "
    "from kiosk.cli import main; sys.exit(main(sys.argv[1:]))"
)


def _kiosk(pkg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(pkg), "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    return subprocess.run(
        [sys.executable, "-c", _RUN, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=pkg,  # not the checkout: "-c" puts the current folder first on sys.path
    )


def test_a_new_panel_kind_needs_only_the_checklists_places(tmp_path: Path) -> None:
    pkg, content = _new_kind(tmp_path)

    checked = _kiosk(pkg, "validate", str(content))
    assert checked.returncode == 0, checked.stdout + checked.stderr

    schema = json.loads(_kiosk(pkg, "schema").stdout)
    fact = schema["$defs"]["factPanel"]
    assert fact["description"] == "One statement in large type, with the number that backs it"
    assert fact["required"] == ["kind", "id", "title", "sources", "statement", "figure"]

    # a curator's mistake in the new kind is reported like any other
    intro = content / "exhibits/sample/intro.yaml"
    intro.write_text(intro.read_text(encoding="utf-8").replace("    figure: 11721\n", "    figur: 11721\n"))
    wrong = _kiosk(pkg, "validate", str(content))
    assert wrong.returncode == 1
    assert "unknown key 'figur' in a fact panel" in wrong.stdout and "did you mean 'figure'?" in wrong.stdout
    intro.write_text(intro.read_text(encoding="utf-8").replace("    figur: 11721\n", "    figure: 11721\n"))

    out = tmp_path / "proof"
    drawn = _kiosk(pkg, "proof", str(content), "--out", str(out), "--size", "1920x1080", "--lang", "fr")
    assert drawn.returncode == 0, drawn.stdout + drawn.stderr
    assert "qt-warning" not in drawn.stdout, drawn.stdout
    shot = out / "1920x1080-fr-intro-05-fact.png"
    assert shot.stat().st_size > 10_000


def test_the_check_sees_a_new_kind_that_reads_what_its_view_lacks(tmp_path: Path) -> None:
    """The control: the same kind with a QML file that reads a field its view has not got is
    drawn with a warning, so the first test's silence means something."""
    pkg, content = _new_kind(tmp_path, QML.replace("factPanel.view.figure", "factPanel.view.number.big"))
    drawn = _kiosk(pkg, "proof", str(content), "--out", str(tmp_path / "proof"), "--size", "1920x1080", "--lang", "fr")
    assert drawn.returncode == 1
    warned = [line for line in drawn.stdout.splitlines() if "qt-warning" in line]
    # (named by the screen being drawn when Qt said it: the list makes the next panel ahead of time)
    # once for each text size the proof draws (100, 140, 170 and 200 %), and nothing else
    assert len(warned) == len(TEXT_SCALES), drawn.stdout
    assert all("FactPanel.qml:12: TypeError" in line and "'big'" in line for line in warned), drawn.stdout


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
