"""Every screen, in every language and both orientations, with no text cut off and no target
smaller than 10 mm: the same check `kiosk proof` makes for curators."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickWindow

from kiosk.ui.inspect import below_the_fold, layout_issues, settle
from kiosk.ui.proof import _screens
from tests.ui.conftest import Visitor


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1366, 768)], ids=["landscape", "portrait", "small"])
@pytest.mark.parametrize("lang", ["vi", "en", "fr"])
def test_no_screen_has_clipped_text_or_small_targets(
    make_visitor: Callable[..., Visitor], size: tuple[int, int], lang: str
) -> None:
    visitor = make_visitor(size=size, language=lang)
    problems = []
    for name in _screens(visitor.kiosk, visitor.exhibit):
        settle(visitor.window, ms=20)
        problems += [f"{name}: {i.format()}" for i in layout_issues(visitor.window, visitor.kiosk.touch_target)]
    assert problems == []


def test_the_touch_target_is_ten_millimetres_of_the_real_screen(visitor: Visitor) -> None:
    dpi = visitor.window.screen().physicalDotsPerInch()
    assert visitor.kiosk.touch_target == pytest.approx(10 / 25.4 * dpi)


def test_the_inspector_catches_clipped_text_and_small_targets(qapp, make_visitor) -> None:  # type: ignore[no-untyped-def]
    """The check must be able to fail: a clipped label and a tiny button are reported."""
    visitor = make_visitor()
    component = QQmlComponent(visitor.kiosk.engine)
    component.setData(
        b"""
import QtQuick
Window {
    width: 400; height: 300; visible: true
    Item {
        width: 100; height: 40; clip: true
        Text { text: "A label far too long for its box"; font.pixelSize: 30 }
    }
    Text { y: 100; width: 120; text: "Elided at the end of the line"; elide: Text.ElideRight }
    MouseArea { objectName: "tiny"; x: 300; y: 200; width: 10; height: 10 }
}
""",
        visitor.kiosk.engine.baseUrl(),
    )
    window = component.create()
    assert isinstance(window, QQuickWindow), component.errorString()
    try:
        settle(window, ms=20)
        kinds = sorted(i.kind for i in layout_issues(window, 40.0))
        assert kinds == ["clipped", "small-target", "truncated"]
    finally:
        window.close()
        window.deleteLater()


def test_the_inspector_catches_a_label_under_a_target_and_a_panel_below_the_fold(qapp, make_visitor) -> None:  # type: ignore[no-untyped-def]
    """Each of the proof's newer checks can fail: a ring drawn over half a place name, and a
    panel whose text runs on below the fold (while text under a sheet, or a sheet's own
    scrolling, is not reported)."""
    visitor = make_visitor()
    component = QQmlComponent(visitor.kiosk.engine)
    component.setData(
        b"""
import QtQuick
Window {
    width: 600; height: 400; visible: true
    Text { x: 10; y: 10; text: "Beatrice"; font.pixelSize: 30 }
    MouseArea { objectName: "ring"; x: 60; y: 0; width: 60; height: 60 }
    ListView {
        objectName: "panelList"; x: 0; y: 100; width: 600; height: 200
        orientation: ListView.Horizontal; interactive: false
        model: 1
        delegate: Flickable {
            objectName: "panelText"; width: 600; height: 200
            contentHeight: 500; interactive: contentHeight > height
            Text { width: 600; text: "long"; height: 500 }
        }
    }
    Text { x: 10; y: 330; text: "Hidden by the sheet"; font.pixelSize: 20 }
    MouseArea { objectName: "sheet"; x: 0; y: 320; width: 600; height: 80 }
}
""",
        visitor.kiosk.engine.baseUrl(),
    )
    window = component.create()
    assert isinstance(window, QQuickWindow), component.errorString()
    try:
        settle(window, ms=20)
        covered = [i for i in layout_issues(window, 40.0) if i.kind == "covered"]
        assert [(i.what, i.detail) for i in covered] == [("Beatrice", "ring covers part of it")]
        folds = below_the_fold(window)
        assert [(i.kind, i.what) for i in folds] == [("below-the-fold", "panelText")]
        assert "300 px (60%)" in folds[0].detail
    finally:
        window.close()
        window.deleteLater()


def test_a_proof_that_cannot_finish_says_why_on_stderr(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The kiosk's error funnel sends uncaught errors to its log, which a command line does not
    show: a proof that fails must still print the traceback, and exit 2, not 1 (layout advice)."""
    import subprocess
    import sys

    from tests.ui.conftest import SAMPLE

    out = tmp_path / "proof"
    out.write_text("a file where the proof's folder should go", encoding="utf-8")
    code = "import sys; from kiosk.cli import main; raise SystemExit(main(sys.argv[1:]))"
    args = ["proof", str(SAMPLE), "--out", str(out), "--size", "800x600", "--lang", "en", "--text-size", "1"]
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" in done.stderr and "FileExistsError" in done.stderr
    assert "kiosk proof: stopped by the error above" in done.stderr


@pytest.mark.parametrize(
    ("size", "high"), [((1920, 1080), False), ((1080, 1920), True)], ids=["landscape", "portrait-high-contrast"]
)
def test_nothing_is_cut_off_at_twice_the_text_size(
    make_visitor: Callable[..., Visitor], size: tuple[int, int], high: bool
) -> None:
    # French, the longest of the three, at 200 % (WCAG 1.4.4): long panels may scroll, nothing is cut.
    visitor = make_visitor(size=size, language="fr", high_contrast=high)
    problems, scales = [], set()
    for name in _screens(visitor.kiosk, visitor.exhibit, text_step=3):
        settle(visitor.window, ms=20)
        scales.add(visitor.visit.textScale)
        problems += [f"{name}: {i.format()}" for i in layout_issues(visitor.window, visitor.kiosk.touch_target)]
    assert 2.0 in scales
    assert problems == []
