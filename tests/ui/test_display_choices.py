"""A visitor's Display sheet: text size up to 200 %, high contrast and reduced motion, chosen
from the control bar for one visit (the idle reset brings back the operator's defaults); the
smallest text on a small window; and the reach check of a wall screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from kiosk import BUNDLED_CONTENT
from kiosk.content import load
from kiosk.reach import Reach
from kiosk.ui.inspect import _class, _shown_items, layout_issues, out_of_reach
from kiosk.ui.window import text_floor
from tests.ui.conftest import Visitor


def theme(visitor: Visitor):  # type: ignore[no-untyped-def]
    return visitor.kiosk.engine.singletonInstance("Kiosk", "Theme")


def test_a_visitor_chooses_text_size_contrast_and_motion_and_the_next_visitor_starts_clean(
    visitor: Visitor,
) -> None:
    theme(visitor).setProperty("motion", True)  # as on a kiosk: things move unless chosen not to
    visitor.tap("attractTouchArea")
    visitor.tap("displayButton")
    assert visitor.find("displaySheet").isVisible()
    visitor.tap("textSize_3")
    visitor.tap("contrastHigh")
    visitor.tap("motionReduced")
    assert visitor.visit.textScale == 2.0 and visitor.visit.highContrast and visitor.visit.reduceMotion
    t = theme(visitor)
    assert t.property("highContrast") and not t.property("moving") and t.property("fade") == 0
    assert t.property("background").name() == "#000000"
    # the choice shows by more than colour: a ✓ and bold on the chosen button
    assert visitor.find("contrastHigh").property("text").startswith("✓")
    assert not visitor.find("contrastStandard").property("text").startswith("✓")
    visitor.tap("closeDisplay")
    assert not visitor.find_all("displaySheet")
    visitor.tap("sectionCard_0")
    assert visitor.visit.highContrast  # the choice holds for the whole visit
    visitor.idle_for(121)
    visitor.idle_for(31)
    assert visitor.visit.screen == "attract"
    assert (visitor.visit.textScale, visitor.visit.highContrast, visitor.visit.reduceMotion) == (1.0, False, False)
    assert t.property("moving") and t.property("background").name() != "#000000"


def test_the_operators_defaults_start_every_visit_and_a_visitor_may_turn_them_off(
    make_visitor: Callable[..., Visitor],
) -> None:
    visitor = make_visitor(high_contrast=True, reduce_motion=True)
    assert visitor.visit.highContrast and visitor.visit.reduceMotion
    visitor.tap("attractTouchArea")
    visitor.tap("displayButton")
    visitor.tap("contrastStandard")
    visitor.tap("motionNormal")
    assert not visitor.visit.highContrast and not visitor.visit.reduceMotion
    visitor.idle_for(121)
    visitor.idle_for(31)
    assert visitor.visit.highContrast and visitor.visit.reduceMotion


def test_the_sheet_closes_by_a_tap_beside_it_and_the_bar_keeps_to_two_rows(
    make_visitor: Callable[..., Visitor],
) -> None:
    for size in ((1920, 1080), (1080, 1920), (1280, 800)):
        visitor = make_visitor(size=size)
        visitor.tap("attractTouchArea")
        visitor.tap("lang_fr")
        bar = visitor.find("controlBar")
        touch = theme(visitor).property("touch")
        assert bar.height() < 3 * touch, (size, bar.height())
        visitor.tap("displayButton")
        card = visitor.find("displayCard")
        # low on the screen, just above the bar
        top_of_bar = bar.mapRectToScene(QRectF(0, 0, bar.width(), bar.height())).top()
        assert card.mapRectToScene(QRectF(0, 0, card.width(), card.height())).bottom() <= top_of_bar + 1
        assert not [i for i in layout_issues(visitor.window, visitor.kiosk.touch_target) if i.kind != "covered"]
        visitor.tap_at(visitor.find("displayScrim"), 0.05, 0.05)
        assert not visitor.visit.displayOpen


def test_no_text_is_smaller_than_nine_points_in_a_small_lab_window(make_visitor: Callable[..., Visitor]) -> None:
    visitor = make_visitor(size=(1024, 600))
    floor = text_floor(visitor.window.screen().physicalDotsPerInch())
    assert theme(visitor).property("textFloor") == floor
    seen = 0
    visitor.tap("attractTouchArea")
    for kind in ("figures", "map", "timeline", "story", "quiz"):
        visitor.open_panel_of_kind(kind)
        for item, _, _ in _shown_items(visitor.window):
            if _class(item).startswith("QQuickText") and str(item.property("text") or "").strip():
                size = item.property("font").pixelSize()
                assert size >= floor - 0.01, (kind, item.property("text")[:40], size, floor)
                seen += 1
    assert seen > 50


def test_the_reach_check_finds_controls_high_on_a_wall_screen(make_visitor: Callable[..., Visitor]) -> None:
    # A 55-inch wall screen 1,100 mm up: only its lowest part is within reach.
    wall = Reach(bottom_mm=1100, height_mm=685)
    visitor = make_visitor(reach=wall)
    top = visitor.kiosk.reach_top
    assert round(top) == round(1080 * (1100 + 685 - 1220) / 685)
    visitor.tap("attractTouchArea")
    found = out_of_reach(visitor.window, top, lambda y: wall.height_at(y, 1080))
    assert found and all(i.kind == "out-of-reach" for i in found)
    assert "above the floor" in found[0].detail
    # on a screen whose top is in reach, nothing is out of it
    assert not out_of_reach(visitor.window, 0, lambda y: 0)


def test_on_a_portrait_pedestal_the_attract_loop_and_every_timeline_are_within_reach(
    make_visitor: Callable[..., Visitor], built_bundled: Path, qtbot
) -> None:
    # The review's pedestal: a 55-inch screen on end, its picture 1,210 mm tall, 700 mm up. Its
    # upper 60 % is out of reach; the slides' pause button sat in the top corner and the timelines'
    # upper row of cards had its middle 30 to 100 px above the line.
    pedestal = Reach(bottom_mm=700, height_mm=1210)
    exhibit = load(BUNDLED_CONTENT).exhibits[0]
    visitor = make_visitor(exhibit=exhibit, built=built_bundled, size=(1080, 1920), reach=pedestal)
    top = visitor.kiosk.reach_top
    assert 1000 < top < 1200

    def mm(y: float) -> float:
        return pedestal.height_at(y, 1920)

    theme(visitor).setProperty("motion", True)  # the slides move, so their pause button shows
    visitor.settle()
    assert visitor.find("attractPauseButton").isVisible()
    assert not out_of_reach(visitor.window, top, mm)
    timelines = [p.id for s in exhibit.sections for p in s.panels if p.kind == "timeline"]
    assert len(timelines) >= 3
    for panel in timelines:
        visitor.open_panel(panel)
        qtbot.waitUntil(lambda: bool(visitor.find_all("eventCardArea")))  # the panel slid into view
        visitor.settle()
        assert not out_of_reach(visitor.window, top, mm), panel


@pytest.mark.parametrize(
    ("size", "mount"),
    [((1080, 1920), Reach(bottom_mm=700, height_mm=1210)), ((1920, 1080), Reach(bottom_mm=800, height_mm=685))],
    ids=["pedestal", "wall"],
)
def test_at_200_percent_a_timelines_events_are_reached_from_below(
    make_visitor: Callable[..., Visitor], built_bundled: Path, size: tuple[int, int], mount: Reach, qtbot
) -> None:
    # At the largest text on the pedestal (and on a landscape wall, whose line of cards is at the
    # top) the upper row cannot come low enough: "Event ›" at the foot opens the first event in
    # view, whose ‹ › and Close are within reach.
    exhibit = load(BUNDLED_CONTENT).exhibits[0]
    visitor = make_visitor(exhibit=exhibit, built=built_bundled, size=size, reach=mount)
    top = visitor.kiosk.reach_top
    visitor.visit.setTextScaleStep(3)
    for panel in [p.id for s in exhibit.sections for p in s.panels if p.kind == "timeline"]:
        visitor.open_panel(panel)
        qtbot.waitUntil(lambda: bool(visitor.find_all("eventCardArea")))  # the panel slid into view
        visitor.settle()
        assert not out_of_reach(visitor.window, top, lambda y: mount.height_at(y, size[1])), panel
        if visitor.find_all("stepEvents") and visitor.find("stepEvents").isVisible():
            visitor.tap("stepEvents")
            assert visitor.find("eventTitle").property("text"), panel
            assert not out_of_reach(visitor.window, top, lambda y: mount.height_at(y, size[1])), panel
            visitor.tap("closeEvent")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_on_a_pedestal_at_200_percent_every_quiz_answer_is_within_reach(
    make_visitor: Callable[..., Visitor], built_bundled: Path, lang: str, qtbot
) -> None:
    # Three dates one under the other, with the hint and Confirm beneath them, put the first
    # answer 85 px above the reach line (and both upper ones once the longer "you can still
    # change" hint showed). Short answers now go two a row there, the hint sits above them, and
    # answers that can no longer be chosen are not counted as controls.
    pedestal = Reach(bottom_mm=700, height_mm=1210)
    exhibit = load(BUNDLED_CONTENT).exhibits[0]
    visitor = make_visitor(exhibit=exhibit, built=built_bundled, size=(1080, 1920), reach=pedestal)
    visitor.visit.start()
    visitor.visit.setLanguage(lang)
    visitor.visit.setTextScaleStep(3)
    top = visitor.kiosk.reach_top

    def reachable() -> list[str]:
        visitor.settle()
        return [i.format() for i in out_of_reach(visitor.window, top, lambda y: pedestal.height_at(y, 1920))]

    visitor.open_panel_of_kind("quiz")
    qtbot.waitUntil(lambda: bool(visitor.find_all("choice_0")))
    assert not reachable()
    visitor.tap("choice_1")
    assert visitor.find("choice_1").property("isPicked") and not reachable()
    visitor.tap("quizConfirm")
    assert visitor.find_all("quizNext") and not reachable()
