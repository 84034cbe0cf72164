"""Self-heal inside the process (issue 15, item 3): each fault is injected into a running kiosk
and the visitor ends on the attract loop with the content reloaded, never a blank screen."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from kiosk.ui import app
from kiosk.ui.glue import report_uncaught
from tests.ui.conftest import SAMPLE

pytestmark = pytest.mark.ui


def _in_a_section(visitor) -> None:  # type: ignore[no-untyped-def]
    visitor.tap("attractScreen")
    visitor.visit.openSection(0)
    visitor.settle()
    assert visitor.visit.screen == "section"


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_brings_back_the_attract_loop_with_the_content_reloaded(
    make_visitor, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    monkeypatch.setattr(sys, "excepthook", report_uncaught)  # the kiosk's error funnel, as in kiosk run
    visitor = make_visitor()
    visitor.kiosk.content_dir = SAMPLE
    _in_a_section(visitor)

    def broken(*_: object) -> None:  # a slot with a bug, reached by a visitor's tap
        raise RuntimeError("injected fault")

    visitor.visit.changed.connect(broken)
    with qtbot.waitSignal(visitor.content.contentChanged, timeout=20000):  # the content, loaded again
        visitor.visit.nextPanel()
        visitor.settle()
    visitor.visit.changed.disconnect(broken)
    visitor.settle()
    assert visitor.visit.screen == "attract"
    assert visitor.find("attractScreen")  # drawn, not blank
    assert any("self-heal: RuntimeError: injected fault" in p["text"] for p in visitor.operator.problems)


@pytest.mark.qt_log_ignore("SectionScreen.qml", "Expected token", "not QML", "Syntax error")
def test_a_screen_that_fails_to_load_brings_back_the_attract_loop(
    make_visitor, monkeypatch: pytest.MonkeyPatch, qtbot, tmp_path: Path
) -> None:
    # The kiosk's own QML module, with one screen that does not compile (as after a bad update).
    qml = tmp_path / "qml"
    shutil.copytree(app.QML_DIR, qml)
    (qml / "Kiosk" / "SectionScreen.qml").write_text("import QtQuick\nItem { this is not QML }\n", "utf-8")
    monkeypatch.setattr(app, "QML_DIR", qml)
    visitor = make_visitor()
    visitor.kiosk.content_dir = SAMPLE
    visitor.tap("attractScreen")
    with qtbot.waitSignal(visitor.content.contentChanged, timeout=20000):
        visitor.visit.openSection(0)  # this screen cannot be loaded
        visitor.settle()
    QTest.qWait(50)
    visitor.settle()
    assert visitor.visit.screen == "attract" and visitor.find("attractScreen")
    assert any("SectionScreen.qml could not be loaded" in p["text"] for p in visitor.operator.problems)
