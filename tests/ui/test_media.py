"""Audio and video as a visitor meets them: poster and duration first, play/pause/seek by touch,
captions in step, idle paused while something plays, and calm failure (no sound device, a
corrupt file)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtTest import QTest

from kiosk.content import load
from tests.ui.conftest import SAMPLE, Visitor

pytestmark = pytest.mark.ui


def _player(visitor: Visitor):  # type: ignore[no-untyped-def]
    """The player on screen (the list keeps a neighbouring panel's player just off screen)."""
    players = visitor.find_all("mediaPlayer")
    assert len(players) == 1, f"expected one player on screen, found {len(players)}"
    return players[0]


def _wait_until(qtbot, condition, timeout: int = 5000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(condition, timeout=timeout)


def test_video_shows_poster_and_duration_then_plays_pauses_and_seeks(visitor: Visitor, qtbot) -> None:
    visitor.open_panel_of_kind("video")
    player = _player(visitor)
    _wait_until(qtbot, lambda: player.property("duration") > 0)
    assert visitor.find("videoPoster").isVisible()
    assert visitor.find("durationBadge").isVisible()
    assert visitor.find("timeLabel").property("text").endswith("0:03")

    visitor.tap("playButton")
    _wait_until(qtbot, lambda: player.property("position") > 300)
    assert player.property("playing")
    assert not visitor.find_all("videoPoster")

    visitor.tap("playButton")  # now "Pause"
    assert not player.property("playing")
    paused_at = player.property("position")
    QTest.qWait(300)
    assert player.property("position") == paused_at

    # A tap at three quarters of the seek bar jumps there.
    seek = visitor.find("seekSlider")
    visitor.tap_at(seek, 0.75)
    _wait_until(qtbot, lambda: abs(player.property("position") - 0.75 * player.property("duration")) < 400)


def test_captions_follow_the_video_and_can_be_turned_off(visitor: Visitor, qtbot) -> None:
    visitor.open_panel_of_kind("video")
    visitor.tap("lang_en")
    player = _player(visitor)
    _wait_until(qtbot, lambda: player.property("duration") > 0)
    assert not visitor.find_all("captionBand")  # nothing before play
    visitor.tap("playButton")
    _wait_until(qtbot, lambda: bool(visitor.find_all("captionText")))
    assert visitor.find("captionText").property("text") == "A brown field."
    _wait_until(qtbot, lambda: player.property("position") > 1600)
    assert visitor.find("captionText").property("text") == "A light square crosses it."

    visitor.tap("captionsButton")
    assert not visitor.find_all("captionBand")
    assert not player.property("captionsOn")


def test_idle_is_not_counted_while_a_video_plays(visitor: Visitor, qtbot) -> None:
    visitor.open_panel_of_kind("video")
    player = _player(visitor)
    visitor.tap("playButton")
    _wait_until(qtbot, lambda: player.property("playing"))
    visitor.idle_for(600)
    assert visitor.idle.state == "active"
    visitor.tap("playButton")  # pause: the idle clock runs again from now
    visitor.idle_for(121)
    assert visitor.idle.state == "warning"


def test_switching_language_or_the_idle_reset_stops_the_player(visitor: Visitor, qtbot) -> None:
    visitor.open_panel_of_kind("video")
    player = _player(visitor)
    visitor.tap("playButton")
    _wait_until(qtbot, lambda: player.property("playing"))
    visitor.tap("lang_fr")
    assert not _player(visitor).property("playing")
    assert visitor.find("captionsButton").property("text") == "Sous-titres"

    _player(visitor).play()
    _wait_until(qtbot, lambda: _player(visitor).property("playing"))
    visitor.idle.startOver()
    visitor.settle()
    assert not visitor.find_all("mediaPlayer")
    assert not visitor.idle.session.media_playing


def test_with_or_without_a_sound_device_the_player_says_what_to_expect(visitor: Visitor, qtbot) -> None:
    visitor.open_panel_of_kind("audio")
    player = _player(visitor)
    has_sound = len(QMediaDevices.audioOutputs()) > 0
    assert player.property("hasSound") is has_sound
    messages = visitor.find_all("mediaMessage")
    if has_sound:
        assert not messages
    else:
        visitor.tap("lang_en")
        assert "no sound" in visitor.find("mediaMessage").property("text")
    # Either way the track plays to its end: without a device the player keeps time silently,
    # so captions stay in step.
    _wait_until(qtbot, lambda: player.property("duration") > 0)
    visitor.tap("playButton")
    _wait_until(qtbot, lambda: player.property("position") >= player.property("duration") - 30)


@pytest.mark.qt_log_ignore("^Could not open media")
def test_a_corrupt_video_gives_a_short_message_and_a_line_for_the_operator(make_visitor, tmp_path: Path, qtbot) -> None:
    content = tmp_path / "content"
    shutil.copytree(SAMPLE, content, ignore=shutil.ignore_patterns(".derivatives"))
    (content / "assets" / "sample" / "clip.webm").write_bytes(b"\x1aE\xdf\xa3 this is not a film" * 20)
    result = load(content)
    visitor = make_visitor(exhibit=result.exhibits[0])
    visitor.open_panel_of_kind("video")
    player = _player(visitor)
    _wait_until(qtbot, lambda: player.property("failed"))
    visitor.tap("lang_en")
    assert "cannot be played" in visitor.find("mediaMessage").property("text")
    assert not visitor.find("playButton").property("enabled")
    assert any("clip.webm" in p["message"] for p in visitor.operator.problems)
    assert visitor.find("transcript")  # every word is still there


def test_listen_opens_the_narration_bar_and_close_stops_it(visitor: Visitor, qtbot) -> None:
    visitor.open_panel_of_kind("quiz")  # the sample's "media" section has narration
    visitor.tap("listenButton")
    bar = visitor.find("narrationBar")
    assert bar.isVisible()
    player = _player(visitor)
    _wait_until(qtbot, lambda: player.property("duration") > 0)
    visitor.tap("closeNarrationButton")
    assert not visitor.find_all("narrationBar")
    assert not visitor.find_all("mediaPlayer")
    assert visitor.find("listenButton")


def test_a_panels_own_narration_comes_before_its_sections(visitor: Visitor) -> None:
    visitor.open_panel_of_kind("quiz")  # no narration of its own: the section's, spoken by the build
    assert visitor.content.narration["url"].endswith(".wav") and "/narration/" in visitor.content.narration["url"]
    visitor.open_panel_of_kind("audio")  # a recorded narration of its own
    assert visitor.content.narration["url"].endswith("/assets/sample/voice.wav")
    visitor.tap("lang_fr")
    assert visitor.content.narration["cues"] and visitor.content.narration["url"].endswith("voice.wav")


def test_listen_speaks_the_panel_on_screen_and_follows_the_visitor_to_the_next(visitor: Visitor, qtbot) -> None:
    """A panel without narration of its own is read aloud from its words, with captions; turning
    the page while listening brings the next panel's voice, not the section's introduction."""
    sections = visitor.exhibit.sections
    s = next(i for i, section in enumerate(sections) if len(section.panels) >= 3)
    visitor.tap("attractTouchArea")
    visitor.tap(f"sectionCard_{s}")
    visitor.tap("nextButton")
    first = dict(visitor.content.narration)
    assert first["url"].endswith(".wav") and first["cues"], first
    panel = sections[s].panels[1]
    assert panel.narration is None and panel.title["vi"].split()[0] in first["transcript"]
    visitor.tap("listenButton")
    player = _player(visitor)
    _wait_until(qtbot, lambda: player.property("duration") > 0)
    visitor.tap("nextButton")
    visitor.settle()
    second = visitor.content.narration
    assert second["url"] != first["url"] and sections[s].panels[2].title["vi"].split()[0] in second["transcript"]
    assert visitor.find("narrationBar").isVisible()  # still listening, now to this panel
    _wait_until(qtbot, lambda: _player(visitor).property("track")["url"] == second["url"])
    _wait_until(qtbot, lambda: _player(visitor).property("duration") > 0)


def _output_volume(player) -> float:  # type: ignore[no-untyped-def]
    """The volume the player's sound output is really set to."""
    from PySide6.QtMultimedia import QMediaPlayer

    media = player.findChild(QMediaPlayer)
    return media.audioOutput().volume()


def test_the_visitor_sets_the_volume_within_the_operators_range_and_the_reset_restores_it(make_visitor, qtbot) -> None:
    visitor = make_visitor(volume=(30, 50, 60))  # settings volume_min, volume, volume_max
    visitor.open_panel_of_kind("video")
    visitor.tap("lang_en")
    player = _player(visitor)
    assert _output_volume(player) == pytest.approx(0.5)
    assert visitor.find("volumeLabel").property("text") == "50%"
    visitor.tap("louderButton")
    visitor.tap("louderButton")
    assert _output_volume(player) == pytest.approx(0.6)
    assert not visitor.find("louderButton").property("enabled")  # the operator's maximum
    for _ in range(4):
        visitor.tap("quieterButton")
    assert _output_volume(player) == pytest.approx(0.3) and not visitor.find("quieterButton").property("enabled")
    visitor.open_panel_of_kind("audio")  # the level is the visitor's for the whole visit
    _wait_until(qtbot, lambda: len(visitor.find_all("mediaPlayer")) == 1)  # the panel slid in
    assert _output_volume(_player(visitor)) == pytest.approx(0.3)
    visitor.idle.startOver()
    visitor.settle()
    visitor.open_panel_of_kind("audio")
    _wait_until(qtbot, lambda: len(visitor.find_all("mediaPlayer")) == 1)
    assert _output_volume(_player(visitor)) == pytest.approx(0.5)  # the next visitor starts at volume


def test_stop_ends_the_sound_and_goes_back_to_the_start(visitor: Visitor, qtbot) -> None:
    visitor.open_panel_of_kind("video")
    player = _player(visitor)
    assert not visitor.find("stopButton").property("enabled")  # nothing to stop yet
    visitor.tap("playButton")
    _wait_until(qtbot, lambda: player.property("position") > 300)
    visitor.tap("stopButton")
    assert not player.property("playing")
    _wait_until(qtbot, lambda: player.property("position") == 0)
    assert visitor.find("videoPoster").isVisible()
    assert not visitor.idle.session.media_playing  # the idle clock runs again
