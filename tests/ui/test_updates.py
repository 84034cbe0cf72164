"""The running kiosk takes a change of its content folder at the next attract loop, never in the
middle of a visit, and never shows an invalid one (the operator panel says what is wrong)."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from kiosk.content import load
from kiosk.ui.updates import ContentWatch
from kiosk.update.pipeline import update
from kiosk.update.releases import CURRENT, LAST_GOOD, Release, Releases
from tests.ui.conftest import Visitor

pytestmark = pytest.mark.ui

SAMPLE = Path(__file__).parent.parent / "sample"


def _retitle(source: Path, title: str) -> None:
    path = source / "exhibits" / "sample" / "exhibit.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = re.sub(r"en: [^,]*", f"en: {title}", lines[2])
    path.write_text("".join(lines), encoding="utf-8")


def _made(watch: ContentWatch) -> None:
    """Let the watch look again until the update it started has finished (a child process)."""
    watch.tick()
    deadline = time.monotonic() + 120
    while watch.making:
        assert time.monotonic() < deadline, "the update took over two minutes"
        QTest.qWait(100)
        watch.tick()


def _shown(watch: ContentWatch, visitor: Visitor, before: object) -> None:
    """Wait until the kiosk has loaded other content than ``before``, then let the watch see it."""
    deadline = time.monotonic() + 30
    while visitor.content.presenter is before:
        assert time.monotonic() < deadline, "the new release was never loaded"
        QTest.qWait(50)
    visitor.settle()
    watch.tick()


def _start(  # type: ignore[no-untyped-def]
    make_visitor, tmp_path: Path, usb: list[Path] | None = None
) -> tuple[Visitor, ContentWatch, Path, Releases, Release]:
    source = tmp_path / "src"
    shutil.copytree(SAMPLE, source)
    releases = Releases(tmp_path / "state")
    first = update(str(source), releases, jobs=1, say=lambda _line: None).release
    assert first is not None
    exhibit = load(first.content).exhibits[0]
    visitor = make_visitor(
        exhibit=exhibit, built=first.content / ".derivatives", language="en", operator_pin="4071", windowed=False
    )
    watch = ContentWatch(visitor.kiosk, source, releases.state_dir, first, period=3600, usb=usb)
    _made(watch)  # the first look: the folder is what the release has
    assert not watch.busy
    return visitor, watch, source, releases, first


def _open_panel(visitor: Visitor) -> None:
    """As an operator would: five corner taps and the PIN."""
    visitor.tap("attractScreen")
    for _ in range(5):
        visitor.clock.advance(0.3)
        visitor.tap("operatorCorner")
    for d in "4071":
        visitor.tap(f"pinKey_{d}")
    visitor.tap("pinKey_OK")
    assert visitor.find("operatorPanel")


def test_a_change_during_a_visit_is_shown_at_the_next_attract_loop(make_visitor, tmp_path: Path) -> None:
    visitor, watch, source, releases, first = _start(make_visitor, tmp_path)
    try:
        visitor.tap("attractScreen")
        assert visitor.find("homeTitle").property("text").replace("\xa0", " ") == "A sample exhibit"
        _retitle(source, "The summer exhibit")
        watch.tick()  # seen moving
        watch.tick()  # held still: a release is being made
        assert watch.making
        _retitle(source, "The autumn exhibit")  # changed again while it is made: not lost
        watch.tick()
        watch.tick()
        _made(watch)
        assert watch.waiting is not None and watch.waiting.id != first.id
        # mid-visit: nothing changes, on screen or on disk
        visitor.tap("homeTitle")
        assert visitor.find("homeTitle").property("text").replace("\xa0", " ") == "A sample exhibit"
        assert releases.pointer(CURRENT) == first.id
        before = visitor.content.presenter
        visitor.idle_for(10_000)  # the warning
        visitor.idle_for(10_000)  # and the reset: the attract loop
        assert visitor.visit.screen == "attract"
        _shown(watch, visitor, before)
        new = releases.current()
        assert new is not None and new.id != first.id and releases.pointer(LAST_GOOD) == new.id
        assert visitor.find("attractTitle").property("text").replace("\xa0", " ") == "The autumn exhibit"
        visitor.tap("attractScreen")
        assert visitor.find("homeTitle").property("text").replace("\xa0", " ") == "The autumn exhibit"
        assert visitor.kiosk.content_dir == new.content  # self-healing reloads the new release
    finally:
        watch.stop()


def test_an_invalid_change_is_never_shown_and_the_operator_panel_says_where(make_visitor, tmp_path: Path) -> None:
    visitor, watch, source, releases, first = _start(make_visitor, tmp_path)
    try:
        path = source / "exhibits" / "sample" / "exhibit.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("title:", "titel:", 1), encoding="utf-8")
        watch.tick()
        _made(watch)
        assert not watch.busy  # nothing waits to be shown
        visitor.idle_for(10_000)
        visitor.idle_for(10_000)
        watch.tick()
        assert releases.pointer(CURRENT) == first.id == releases.pointer(LAST_GOOD)
        assert visitor.find("attractTitle").property("text").replace("\xa0", " ") == "A sample exhibit"
        _open_panel(visitor)
        texts = [item.property("text") for item in visitor.find_all("operatorProblemText", on_screen=False)]
        assert any(
            "updates: not applied: exhibits/sample/exhibit.yaml:3:1: error: unknown key 'titel'" in t
            and "did you mean 'title'?" in t
            for t in texts
        ), texts
        visitor.tap("closeOperatorButton")
    finally:
        watch.stop()


def test_the_operator_panel_updates_from_a_usb_stick(make_visitor, tmp_path: Path) -> None:
    media = tmp_path / "media" / "kiosk"
    visitor, watch, source, releases, first = _start(make_visitor, tmp_path, usb=[media])
    try:
        _open_panel(visitor)
        visitor.tap("usbUpdateButton")  # no stick yet
        assert visitor.find("usbUpdateState").property("text").startswith("No update found.")
        # the curator's stick: a git bundle of the new content, made without HEAD
        repo = tmp_path / "curator"
        shutil.copytree(SAMPLE, repo)
        _retitle(repo, "From the stick")
        git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
        subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
        subprocess.run([*git, "add", "-A"], check=True)
        subprocess.run([*git, "commit", "-qm", "new"], check=True)
        (media / "STICK").mkdir(parents=True)
        bundle = media / "STICK" / "kiosk-update.bundle"
        subprocess.run([*git, "bundle", "create", str(bundle), "main"], check=True, capture_output=True)
        visitor.tap("usbUpdateButton")
        assert not visitor.find("usbUpdateButton").property("enabled")  # one at a time
        assert visitor.find("usbUpdateState").property("text") == "Checking and building the update…"
        _made(watch)
        visitor.settle()
        assert visitor.find("usbUpdateState").property("text") == (
            "The update is ready: visitors see it from the next attract loop."
        )
        assert releases.pointer(CURRENT) == first.id  # not during the operator's visit
        visitor.tap("closeOperatorButton")
        before = visitor.content.presenter
        visitor.idle_for(10_000)
        visitor.idle_for(10_000)
        _shown(watch, visitor, before)
        assert visitor.find("attractTitle").property("text").replace("\xa0", " ") == "From the stick"
        new = releases.current()
        assert new is not None and new.source == f"{bundle}@main" and releases.pointer(LAST_GOOD) == new.id
        # the next start does not go back to the (unchanged) content folder
        again = ContentWatch(visitor.kiosk, source, releases.state_dir, new, period=3600, usb=[media])
        again.tick()
        assert not again.making
        again.stop()
    finally:
        watch.stop()


def test_a_release_that_cannot_be_shown_is_rolled_back_to_last_good(make_visitor, tmp_path: Path) -> None:
    from kiosk.update.pipeline import prepare

    visitor, watch, source, releases, first = _start(make_visitor, tmp_path)
    try:
        _retitle(source, "Damaged on disk")
        made = prepare(str(source), releases, jobs=1, say=lambda _line: None).release
        assert made is not None
        # damaged after its seal, keeping its size (so only loading it finds out), and switched
        # to from outside, as `kiosk update --no-check` in a shell would
        inside = made.content / "exhibits" / "sample" / "exhibit.yaml"
        inside.chmod(0o644)
        text = inside.read_text(encoding="utf-8")
        inside.write_text(text.replace("id: ", "i: [", 1), encoding="utf-8")
        releases.point(CURRENT, made)
        before = visitor.content.presenter
        watch.tick()  # on the attract loop: taken at once
        _shown(watch, visitor, before)
        assert releases.pointer(CURRENT) == first.id == releases.pointer(LAST_GOOD)
        problems = [p["text"] for p in visitor.operator.problems]
        assert f"updates: release {made.id} could not be shown; back on {first.id}" in problems
        back = visitor.content.presenter
        deadline = time.monotonic() + 30
        while visitor.content.presenter is back or not visitor.content.ready:
            assert time.monotonic() < deadline, "the last good release was not loaded again"
            QTest.qWait(50)
        visitor.settle()
        assert visitor.find("attractTitle").property("text").replace("\xa0", " ") == "A sample exhibit"
    finally:
        watch.stop()
