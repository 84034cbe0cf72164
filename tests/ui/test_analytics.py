"""Each visitor action, driven on the screen, becomes the event it should, and nothing else."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.analytics.log import EventLog
from tests.ui.conftest import Visitor

Row = dict[str, object]


@pytest.fixture
def logged(make_visitor: Callable[..., Visitor], tmp_path: Path) -> tuple[Visitor, Callable[[], list[Row]]]:
    log = EventLog(tmp_path / "analytics.sqlite", kiosk_id="test", batch_s=0.05)
    visitor = make_visitor(analytics=log, operator_pin=None)

    def rows() -> list[Row]:
        assert log.flush()
        db = sqlite3.connect(tmp_path / "analytics.sqlite")
        db.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in db.execute("SELECT * FROM events ORDER BY seq")]
        finally:
            db.close()

    return visitor, rows


def _of(rows: list[Row], kind: str) -> list[Row]:
    return [r for r in rows if r["kind"] == kind]


def test_a_visit_by_taps_gives_its_start_places_dwell_language_text_size_and_idle_end(logged) -> None:  # type: ignore[no-untyped-def]
    visitor, rows = logged
    visitor.tap("attractTouchArea")
    visitor.tap("sectionCard_0")
    visitor.clock.advance(7)
    visitor.tap("nextButton")
    visitor.clock.advance(3)
    visitor.tap("lang_en")
    visitor.tap("displayButton")
    visitor.tap("textSize_1")
    visitor.tap("closeDisplay")
    visitor.tap("sourcesButton")
    visitor.idle_for(10_000)  # the warning
    visitor.idle_for(10_000)  # and the reset
    found = rows()
    kinds = [r["kind"] for r in found]
    assert kinds[:2] == ["kiosk_start", "attract"]
    start, end = _of(found, "visit_start")[0], _of(found, "visit_end")[0]
    assert start["lang"] == visitor.exhibit.languages[0] and start["visit"] is not None
    assert end["reason"] == "idle" and end["visit"] == start["visit"] and end["ms"] >= 10_000
    sections = visitor.exhibit.sections
    assert [r["section"] for r in _of(found, "section")] == [sections[0].id]
    panels = _of(found, "panel")
    assert [(p["panel"], p["n"]) for p in panels] == [(sections[0].panels[0].id, 0), (sections[0].panels[1].id, 1)]
    assert panels[0]["ms"] == 7000
    assert [r["lang"] for r in _of(found, "language")] == ["en"]  # not the reset back to the default
    assert [(r["item"], r["n"]) for r in _of(found, "feature")] == [("text_size", 1)]
    assert [(r["section"], r["panel"]) for r in _of(found, "sources")] == [(sections[0].id, sections[0].panels[1].id)]
    assert kinds[-1] == "attract"  # back on the attract loop
    visit_kinds = {r["kind"] for r in found if r["visit"] is not None}
    assert visit_kinds == {"visit_start", "section", "panel", "language", "feature", "sources", "visit_end"}


def test_quiz_answers_hotspots_and_timeline_events_are_recorded_with_their_ids(logged) -> None:  # type: ignore[no-untyped-def]
    visitor, rows = logged
    visitor.open_panel_of_kind("quiz")
    question = visitor.exhibit.sections[2].panels[0].questions[0]
    wrong = next(i for i, c in enumerate(question.choices) if not c.correct)
    visitor.tap(f"choice_{question.answer}")  # changed before confirming: not recorded
    visitor.tap(f"choice_{wrong}")
    visitor.tap("quizConfirm")
    visitor.tap("quizNext")
    visitor.tap("quizRestart")
    visitor.tap(f"choice_{question.answer}")
    visitor.tap("quizConfirm")
    visitor.open_panel_of_kind("map")
    visitor.tap("hotspot_north-hill")
    visitor.open_panel_of_kind("timeline")
    visitor.tap(visitor.find_all("eventCardArea")[0])
    visitor.idle.startOver()
    visitor.settle()
    found = rows()
    quiz = _of(found, "quiz")
    assert [(q["n"], q["ok"]) for q in quiz] == [(0, 0), (0, 1)]
    assert quiz[0]["panel"] == visitor.exhibit.sections[2].panels[0].id
    assert [h["item"] for h in _of(found, "hotspot")] == ["north-hill"]
    assert [e["n"] for e in _of(found, "event")] == [0]
    assert [e["reason"] for e in _of(found, "visit_end")] == ["start_over"]


def test_playing_a_video_records_how_long_it_played_and_its_length(logged, qtbot) -> None:  # type: ignore[no-untyped-def]
    visitor, rows = logged
    visitor.open_panel_of_kind("video")
    player = visitor.find("mediaPlayer")
    qtbot.waitUntil(lambda: player.property("duration") > 0, timeout=5000)
    visitor.tap("playButton")
    qtbot.waitUntil(lambda: player.property("playing"), timeout=5000)
    visitor.clock.advance(2)
    visitor.tap("playButton")  # pause
    media = _of(rows(), "media")
    assert len(media) == 1
    assert media[0]["ms"] == 2000 and media[0]["n"] == 1 and media[0]["total_ms"] == player.property("duration")
    assert media[0]["visit"] is not None


def test_the_operator_panel_ends_the_visit_and_shows_todays_figures(logged) -> None:  # type: ignore[no-untyped-def]
    visitor, rows = logged
    visitor.tap("attractTouchArea")
    visitor.clock.advance(40)
    visitor.operator.request()
    visitor.settle()
    found = rows()
    assert [(e["reason"], e["ms"]) for e in _of(found, "visit_end")] == [("operator", 40_000)]
    visitor.operator.closePanel()
    visitor.settle()
    visitor.kiosk.analytics.log.flush()
    visitor.operator.request()
    visitor.settle()
    # the sample starts in Vietnamese, and so does the operator panel
    assert (
        visitor.find("operatorVisits").property("text") == "Lượt tham quan hôm nay: 1  ·  thời gian trung vị: 40 giây"
    )
    assert not visitor.find_all("operatorAnalyticsPaused")


def test_with_analytics_off_the_operator_panel_says_so(make_visitor) -> None:  # type: ignore[no-untyped-def]
    visitor = make_visitor()
    visitor.operator.request()
    visitor.settle()
    assert visitor.find("operatorVisits").property("text") == "Thống kê khách tham quan đang tắt."
    visitor.visit.setLanguage("en")
    visitor.settle()
    assert visitor.find("operatorVisits").property("text") == "Visitor statistics are switched off."


def test_kiosk_run_opens_the_log_after_the_first_frame_and_keeps_what_came_before(make_visitor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kiosk.settings import Settings
    from kiosk.ui.run import _start_analytics
    from tests.ui.conftest import SAMPLE

    visitor = make_visitor(analytics_later=True)
    visitor.tap("attractTouchArea")  # before the log is open: kept
    settings = Settings(content=SAMPLE, state_dir=tmp_path, kiosk_id="hall-1")
    _start_analytics(visitor.kiosk, settings, "sample")
    log = visitor.kiosk.analytics.log
    assert log is not None and log.flush()
    db = sqlite3.connect(tmp_path / "analytics.sqlite")
    kinds = [k for (k,) in db.execute("SELECT kind FROM events ORDER BY seq")]
    release = db.execute("SELECT item FROM events WHERE kind = 'content_release'").fetchone()[0]
    db.close()
    assert kinds[:3] == ["kiosk_start", "attract", "visit_start"] and "content_release" in kinds
    assert release.startswith("sample-")
    health = visitor.kiosk.analytics.health
    assert health is not None
    health.write()  # its thread writes every 15 s; now, for the test
    prom = (tmp_path / "kiosk.prom").read_text(encoding="utf-8")
    assert "kiosk_up 1" in prom and f'release="{release}"' in prom


def test_listening_to_a_narration_is_recorded_as_narration_not_as_media(logged, qtbot) -> None:  # type: ignore[no-untyped-def]
    visitor, rows = logged
    visitor.open_panel_of_kind("quiz")  # the sample's "media" section has a spoken narration
    visitor.tap("listenButton")
    player = visitor.find("mediaPlayer")
    qtbot.waitUntil(lambda: player.property("duration") > 0, timeout=5000)
    if not player.property("playing"):
        visitor.tap("playButton")
    qtbot.waitUntil(lambda: player.property("playing"), timeout=5000)
    visitor.clock.advance(3)
    visitor.tap("closeNarrationButton")  # closing the bar stops it
    found = rows()
    narration = _of(found, "narration")
    assert len(narration) == 1, found
    assert narration[0]["ms"] == 3000 and narration[0]["total_ms"] > 0 and narration[0]["visit"] is not None
    assert _of(found, "media") == []
