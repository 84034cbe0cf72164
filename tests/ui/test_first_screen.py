"""Start-up from the build's snapshot: the attract loop is drawn at once, the content arrives behind
it (loaded in a worker thread, handed over in the GUI thread), and a visitor never notices."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import firstscreen
from kiosk.content.model import Exhibit
from kiosk.ui import app as kiosk_app
from kiosk.ui import run as kiosk_run
from kiosk.ui.content import Content
from tests.ui.conftest import SAMPLE, Visitor

pytestmark = pytest.mark.ui


@pytest.fixture
def snapshot(built_sample: Path) -> dict:
    data = firstscreen.read(SAMPLE, built_sample)  # the build wrote it next to the pictures
    assert data is not None
    return data


def _from_snapshot(make_visitor, snapshot: dict, **kwargs) -> Visitor:  # type: ignore[no-untyped-def]
    visitor = make_visitor(exhibit=None, first_screen=snapshot, **kwargs)
    assert visitor.content.loading and visitor.content.ready
    return visitor


def test_the_attract_loop_is_drawn_from_the_snapshot_and_the_content_arrives_behind_it(
    make_visitor, snapshot: dict, sample_exhibit: Exhibit, qtbot
) -> None:
    visitor = _from_snapshot(make_visitor, snapshot)
    title = visitor.find("attractTitle")
    assert title.property("text") == snapshot["title"]["vi"] != ""
    assert visitor.content.attractSlides == snapshot["attract"]["vi"]
    assert visitor.find("beginButton")
    assert visitor.content.sections.rowCount() == 0  # nothing of the content yet

    visitor.kiosk.load_after_first_frame(SAMPLE)
    qtbot.waitUntil(lambda: not visitor.content.loading, timeout=10_000)
    visitor.settle()
    assert visitor.content.sections.rowCount() == len(sample_exhibit.sections)
    assert visitor.find("attractTitle").property("text") == snapshot["title"]["vi"]  # the same screen
    assert visitor.content.attractSlides == snapshot["attract"]["vi"]

    visitor.tap("attractTouchArea")
    assert visitor.visit.screen == "home"
    visitor.tap("sectionCard_0")
    assert visitor.visit.screen == "section"


def test_a_touch_before_the_content_arrives_begins_the_visit_when_it_does(make_visitor, snapshot: dict, qtbot) -> None:
    visitor = _from_snapshot(make_visitor, snapshot)
    visitor.tap("attractTouchArea")
    assert visitor.visit.screen == "attract"  # no home screen without its sections
    visitor.kiosk.load_after_first_frame(SAMPLE)
    qtbot.waitUntil(lambda: visitor.visit.screen == "home", timeout=10_000)
    visitor.settle()
    assert visitor.find("sectionCard_0")


def test_the_content_is_loaded_in_a_worker_and_handed_over_in_the_gui_thread(
    make_visitor, snapshot: dict, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    threads: dict[str, threading.Thread] = {}
    load_content, attach = kiosk_app.load_content, Content.attach

    def loading(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads["load"] = threading.current_thread()
        return load_content(*args, **kwargs)

    def attaching(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads["attach"] = threading.current_thread()
        return attach(self, *args, **kwargs)

    monkeypatch.setattr(kiosk_app, "load_content", loading)
    monkeypatch.setattr(Content, "attach", attaching)
    visitor = _from_snapshot(make_visitor, snapshot)
    visitor.kiosk.load_after_first_frame(SAMPLE)
    qtbot.waitUntil(lambda: "attach" in threads, timeout=10_000)
    assert threads["load"] is not threading.main_thread()
    assert threads["attach"] is threading.main_thread()


def test_content_that_no_longer_loads_shows_the_calm_closed_screen_and_tells_the_operator(
    make_visitor, snapshot: dict, tmp_path: Path, qtbot
) -> None:
    broken = tmp_path / "content"
    (broken / "exhibits").mkdir(parents=True)  # nothing in it: no exhibit at all
    visitor = _from_snapshot(make_visitor, snapshot)
    visitor.tap("attractTouchArea")  # someone touched it just as it started
    visitor.kiosk.load_after_first_frame(broken)
    qtbot.waitUntil(lambda: not visitor.content.loading, timeout=10_000)
    visitor.settle()
    assert not visitor.content.ready
    assert visitor.visit.screen == "attract"  # no visit begins on a closed exhibit
    assert visitor.find("unavailableText")
    assert not visitor.find_all("attractTitle")
    QTest.keyClick(visitor.window, Qt.Key.Key_Return)  # nor from the keyboard (review 1.7: a phantom visit)
    visitor.settle()
    assert visitor.visit.screen == "attract" and visitor.find("unavailableText")


def test_a_failure_while_loading_is_logged_and_the_kiosk_stays_calm(
    make_visitor, snapshot: dict, monkeypatch: pytest.MonkeyPatch, qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    def explode(content: Path):  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug in the loader")

    monkeypatch.setattr(kiosk_run, "load_exhibit", explode)
    visitor = _from_snapshot(make_visitor, snapshot)
    visitor.kiosk.load_after_first_frame(SAMPLE)
    qtbot.waitUntil(lambda: not visitor.content.loading, timeout=10_000)
    visitor.settle()
    assert visitor.find("unavailableText")
    assert any(
        "could not be loaded" in p["message"] and "a bug in the loader" in p["message"]
        for p in visitor.operator.problems
    )
    assert "a bug in the loader" in caplog.text


def test_content_given_at_once_wins_over_a_snapshot(make_visitor, snapshot: dict, sample_exhibit: Exhibit) -> None:
    visitor = make_visitor(first_screen=snapshot)  # the sample exhibit itself is given too
    assert not visitor.content.loading
    assert visitor.content.sections.rowCount() == len(sample_exhibit.sections)
    visitor.tap("attractTouchArea")
    assert visitor.visit.screen == "home"


def test_the_fallback_theme_is_the_content_models_default() -> None:
    # written out in kiosk.display so the first frame need not import the content model
    import dataclasses

    from kiosk.content.model import Theme
    from kiosk.display import DEFAULT_THEME

    assert dataclasses.asdict(Theme()) == DEFAULT_THEME


#: Modules the attract loop does not need: each is loaded after the first frame, or never.
NOT_BEFORE_THE_FIRST_FRAME = (
    *("importlib.metadata", "yaml", "PIL", "sqlite3", "kiosk.present", "kiosk.content.lint"),
    # the display hook's, the update command's, and a socket pair's (bench/kiosk.py: ~20 ms in all)
    *("subprocess", "hashlib", "kiosk.update.command", *(["socket"] if sys.platform != "win32" else [])),
)

# The modules as the first frame is swapped, before the work waiting for it (FirstFrame) runs.
FIRST_FRAME_CHILD = r"""
import json, os, sys
from kiosk.ui import app as kapp
def swapped(self):
    print(json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)
kapp.FirstFrame.swapped = swapped
from kiosk.cli import main
main(["run", "--windowed", "--content", sys.argv[1], "--state-dir", sys.argv[2]])
"""


def test_the_first_frame_is_drawn_before_anything_it_does_not_need_is_imported(tmp_path: Path) -> None:
    """The snapshot path, as ``kiosk run`` takes it: the content's loader, YAML, Pillow, the event
    log's SQLite and the package metadata all wait until the attract loop is on the screen."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    from kiosk.assets import build
    from kiosk.media.derivatives import default_out

    content = tmp_path / "content"
    shutil.copytree(SAMPLE, content)
    assert build(content, default_out(content), workers=1, progress=False).ok
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_CHILD, str(content), str(tmp_path / "state")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    modules = set(json.loads(out.stdout.splitlines()[-1]))
    assert "kiosk.ui.app" in modules and "PySide6.QtQuick" in modules  # the child did reach its first frame
    assert not [m for m in NOT_BEFORE_THE_FIRST_FRAME if m in modules], out.stderr[-2000:]
