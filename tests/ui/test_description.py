"""Audio description (issue 13 item 2): with it on, each screen is described aloud as it opens, in
the visitor's language, from files the build spoke ahead (never synthesised at run time); it is
turned on by a button, three fingers held for two seconds, or a keypad, and the idle reset turns
it off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTest import QTest

from kiosk.content.description import describe_card, describe_home, describe_panel
from kiosk.media.narration import spoken_files
from tests.ui.conftest import Visitor

pytestmark = pytest.mark.ui


def _playing_url(visitor: Visitor) -> str:
    """The file the description player was given."""
    describer = visitor.find("describer")
    return describer.findChild(QMediaPlayer).source().toString()


def _expect(built: Path, track, lang: str) -> str:  # type: ignore[no-untyped-def]
    wav, vtt = spoken_files(built, track, lang, "description")
    assert wav.is_file() and vtt.is_file(), f"the build did not speak {wav.name}"
    manifest = json.loads((built / "description.json").read_text(encoding="utf-8"))["description"]
    assert wav.relative_to(built).as_posix() in {r["audio"] for r in manifest.values()}
    return wav.resolve().as_uri()


@pytest.mark.parametrize("lang", ["vi", "en", "fr"])
def test_each_screen_is_described_in_the_visitors_language_from_a_prebuilt_file(
    visitor: Visitor, built_sample: Path, qtbot, lang: str
) -> None:
    exhibit = visitor.exhibit
    visitor.tap(f"attractLanguage_{lang}")
    assert not visitor.find_all("describer")
    visitor.tap("describeButton")
    assert visitor.find("describeButton").property("selected")
    qtbot.waitUntil(lambda: _playing_url(visitor) == _expect(built_sample, describe_home(exhibit), lang))

    visitor.tap("sectionCard_0")
    first = _expect(built_sample, describe_panel(exhibit, 0, 0), lang)
    qtbot.waitUntil(lambda: _playing_url(visitor) == first)
    visitor.tap("nextButton")  # focus moves to the next panel: its description
    qtbot.waitUntil(lambda: _playing_url(visitor) == _expect(built_sample, describe_panel(exhibit, 0, 1), lang))
    words = {"vi": "Trang 2 trong số", "en": "Panel 2 of", "fr": "Panneau 2 sur"}[lang]
    assert words in describe_panel(exhibit, 0, 1).transcript[lang]


def test_a_picture_is_described_by_its_alt_text_and_a_map_as_a_map(visitor: Visitor) -> None:
    exhibit = visitor.exhibit
    for s, section in enumerate(exhibit.sections):
        for p, panel in enumerate(section.panels):
            if panel.kind == "map":
                said = describe_panel(exhibit, s, p).transcript["en"]
                assert f"Map: {panel.image.alt['en']}" in said
                assert f"Section {s + 1} of {len(exhibit.sections)}" in said
                return
    raise AssertionError("the sample has no map")


@pytest.mark.parametrize("lang", ["vi", "fr"])
def test_with_description_on_focus_says_each_control_it_reaches(
    visitor: Visitor, built_sample: Path, qtbot, lang: str
) -> None:
    """A visitor who cannot see the screen, with a keypad: as Tab moves the focus, the kiosk says
    what it reached (a section's card says its description; a button, its name in the visitor's
    language), from files the build spoke; a key that opens a screen lets that screen's
    description be said, not the name of the control the focus lands on."""
    from PySide6.QtCore import Qt

    from kiosk.content.description import control_track
    from tests.ui.test_keyboard import accessible_name, tab_to

    exhibit = visitor.exhibit
    visitor.tap(f"attractLanguage_{lang}")
    visitor.kiosk.player.setDescribing(True)  # the keypad's audio key (Player.toggleDescription)
    home = _expect(built_sample, describe_home(exhibit), lang)
    qtbot.waitUntil(lambda: _playing_url(visitor) == home)
    visitor.idle_for(1)  # past the screen's first moments
    tab_to(visitor, "sectionCard_1")
    qtbot.waitUntil(lambda: _playing_url(visitor) == _expect(built_sample, describe_card(exhibit, 1), lang))
    # Into the section by key: its first panel is described, though the focus moved with it.
    visitor.key(Qt.Key.Key_Return)
    first = _expect(built_sample, describe_panel(exhibit, 1, 0), lang)
    qtbot.waitUntil(lambda: _playing_url(visitor) == first)
    QTest.qWait(100)
    assert _playing_url(visitor) == first
    visitor.idle_for(1)
    button = tab_to(visitor, "homeButton")
    name = accessible_name(button)
    assert name and name != "Home"  # said in the visitor's language
    said = _expect(built_sample, control_track(name, lang), lang)
    qtbot.waitUntil(lambda: _playing_url(visitor) == said)
    # With description off, focus says nothing.
    visitor.kiosk.player.setDescribing(False)
    visitor.settle()
    assert not visitor.find_all("describer")


def test_the_idle_reset_turns_description_off(visitor: Visitor, qtbot) -> None:
    visitor.tap("attractLanguage_en")
    visitor.tap("describeButton")
    qtbot.waitUntil(lambda: _playing_url(visitor) != "")
    visitor.idle.startOver()
    visitor.settle()
    assert not visitor.kiosk.player.describing
    visitor.tap("attractTouchArea")
    assert not visitor.find_all("describer") and not visitor.find("describeButton").property("selected")


def test_three_fingers_held_for_two_seconds_turn_description_on_and_off(visitor: Visitor, qtbot) -> None:
    visitor.tap("attractLanguage_en")
    visitor.tap("sectionCard_0")
    window = visitor.window
    points = [QPoint(600 + 120 * i, 400) for i in range(3)]

    def hold(ms: int) -> None:
        press = QTest.touchEvent(window, visitor.touch_device)
        for i, p in enumerate(points):
            press.press(i, p)
        press.commit()
        QTest.qWait(ms)
        release = QTest.touchEvent(window, visitor.touch_device)
        for i, p in enumerate(points):
            release.release(i, p)
        release.commit()
        visitor.settle()

    hold(600)  # too short: nothing
    assert not visitor.kiosk.player.describing
    hold(2300)
    assert visitor.kiosk.player.describing
    assert visitor.visit.panelIndex == 0  # the hold turned no page and pressed nothing
    hold(2300)
    assert not visitor.kiosk.player.describing
