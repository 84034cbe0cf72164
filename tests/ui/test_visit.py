"""A visit, as a visitor makes it: taps, swipes, pinches, language switches and the idle clock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk.content.model import Panel
from kiosk.ui.run import load_exhibit
from tests.ui.conftest import Visitor


def test_a_tap_on_the_attract_loop_opens_home_and_a_card_opens_its_section(visitor: Visitor) -> None:
    assert visitor.visit.screen == "attract"
    assert visitor.find("attractScreen")
    visitor.tap("attractTouchArea")
    assert visitor.visit.screen == "home"
    visitor.tap("sectionCard_1")
    assert visitor.visit.screen == "section"
    assert visitor.find("sectionTitle").property("text") == "Địa điểm"  # vi is the default language
    assert visitor.find("progressLabel").property("text") == "1 / 3"


def test_swiping_moves_between_panels_and_the_buttons_do_too(visitor: Visitor) -> None:
    visitor.tap("attractTouchArea")
    visitor.tap("sectionCard_0")
    panels = visitor.find("panelList")
    y = int(panels.mapToScene(panels.boundingRect().center()).y())
    visitor.swipe(QPoint(1500, y), QPoint(700, y))
    assert visitor.visit.panelIndex == 1
    assert visitor.find("progressLabel").property("text") == "2 / 4"
    visitor.tap("nextButton")
    assert visitor.visit.panelIndex == 2
    visitor.tap("previousButton")
    visitor.tap("previousButton")
    assert visitor.visit.panelIndex == 0
    assert visitor.find_all("previousButton") == []  # hidden, not greyed out, on the first panel
    visitor.swipe(QPoint(700, y), QPoint(1500, y))  # nothing before the first panel
    assert visitor.visit.panelIndex == 0


def test_back_goes_up_one_level_and_home_goes_home(visitor: Visitor) -> None:
    visitor.tap("attractTouchArea")
    assert visitor.find_all("homeButton") == [] and visitor.find_all("backButton") == []  # already home
    visitor.tap("sectionCard_2")
    visitor.tap("nextButton")
    assert visitor.find_all("backButton") == []  # on a panel, Back would only be Home
    visitor.tap("sourcesButton")
    assert visitor.visit.detail == "sources"
    visitor.tap("closeSources")
    visitor.tap("sourcesButton")
    visitor.tap("backButton")  # the sheet closes; the visitor stays on the panel
    assert (visitor.visit.screen, visitor.visit.panelIndex, visitor.visit.detail) == ("section", 1, "")
    visitor.tap("homeButton")
    assert visitor.visit.screen == "home"


def test_the_end_of_a_section_leads_on_to_the_next_and_the_last_back_to_the_start(visitor: Visitor) -> None:
    sections = visitor.exhibit.sections
    visitor.tap("attractTouchArea")
    visitor.tap("sectionCard_0")
    for _ in range(len(sections[0].panels) - 1):
        visitor.tap("nextButton")
    button = visitor.find("nextButton")
    assert sections[1].title["vi"] in button.property("text")
    visitor.tap("nextButton")
    assert (visitor.visit.sectionIndex, visitor.visit.panelIndex) == (1, 0)
    assert visitor.find("sectionTitle").property("text") == sections[1].title["vi"]
    visitor.tap("homeButton")
    last = len(sections) - 1
    visitor.tap(f"sectionCard_{last}")
    visitor.visit.goToPanel(len(sections[last].panels) - 1)
    visitor.settle()
    visitor.tap("nextButton")
    assert visitor.visit.screen == "home"


def test_the_next_section_replaces_the_panels_only_once_the_list_has_let_go_of_them(visitor: Visitor) -> None:
    """From a section's last panel, "Next: ..." keeps the section screen and changes its panels. Reset
    under the live list while it still built the panel before, Qt warned "DelegateModel::cancel:
    index out range" (seen in CI); now the list lets go first and takes up the new panels after."""
    theme = visitor.kiosk.engine.singletonInstance("Kiosk", "Theme")
    theme.setProperty("motion", True)
    model = visitor.content.panels
    sections = visitor.exhibit.sections
    visitor.tap("attractTouchArea")
    visitor.tap("sectionCard_0")
    panels = visitor.find("panelList")
    attached_when_reset: list[bool] = []
    model.modelReset.connect(lambda: attached_when_reset.append(panels.property("count") > 0))
    visitor.visit.goToPanel(len(sections[0].panels) - 1)  # a jump: its neighbour is built behind it
    visitor.tap("nextButton")  # at once, while it is
    visitor.settle()
    model.modelReset.disconnect()
    theme.setProperty("motion", False)
    assert attached_when_reset == [False]
    assert (visitor.visit.screen, visitor.visit.sectionIndex, visitor.visit.panelIndex) == ("section", 1, 0)
    assert visitor.find("panelList").property("count") == len(sections[1].panels)
    assert visitor.find("panelList").property("currentIndex") == 0
    visitor.tap("nextButton")  # and the new section's panels are live: a step goes on
    assert visitor.visit.panelIndex == 1


def test_more_opens_beside_the_panel_and_back_closes_it(make_visitor) -> None:  # type: ignore[no-untyped-def]
    visitor = make_visitor(language="en")
    spot = next(
        (s, p)
        for s, section in enumerate(visitor.exhibit.sections)
        for p, panel in enumerate(section.panels)
        if panel.more is not None
    )
    visitor.tap("attractTouchArea")
    visitor.tap(f"sectionCard_{spot[0]}")
    visitor.visit.goToPanel(spot[1])
    visitor.settle()
    assert visitor.find_all("moreSheet") == []
    visitor.tap("moreButton")
    sheet = visitor.find("moreSheet")
    panel = visitor.exhibit.sections[spot[0]].panels[spot[1]]
    assert sheet.isVisible() and panel.more is not None
    assert "deeper layer" in visitor.find("moreBody").property("text")
    assert visitor.find("panelLead").property("text") == "Everything starts here."
    visitor.tap("backButton")
    assert visitor.find_all("moreSheet") == [] and visitor.visit.panelIndex == spot[1]


def test_a_hotspot_opens_its_story_and_the_date_slider_replays_the_layers(visitor: Visitor) -> None:
    visitor.open_panel_of_kind("map")
    visitor.tap("hotspot_north-hill")
    assert visitor.find("mapInfoTitle").property("text") == "Đồi bắc"
    assert "Một ngọn đồi." in visitor.find("mapInfoBody").property("text")
    visitor.tap("closeHotspot")
    names = ("hotspot_north-hill", "hotspot_south-hill")
    assert [visitor.find(n).property("state_") for n in names] == ["info", "info"]
    panel = visitor.exhibit.sections[1].panels[0]
    for step in range(len(panel.layers)):
        visitor.tap("layerForward")
        expected = panel.states_at(step)
        assert [visitor.find(n).property("state_") for n in names] == [expected["north-hill"], expected["south-hill"]]
        assert visitor.find("mapInfoTitle").property("text") == panel.layers[step].title["vi"]
    assert not visitor.find("layerForward").isEnabled()


def test_pinching_the_map_zooms_it_and_the_buttons_zoom_back(visitor: Visitor) -> None:
    visitor.open_panel_of_kind("map")
    zoom = visitor.find("mapZoom")
    assert zoom.property("zoom") == 1
    visitor.pinch(visitor.centre(zoom), 100, 400)
    assert zoom.property("zoom") > 1.5
    while visitor.find("zoomOut").isEnabled():
        visitor.tap("zoomOut")
    assert zoom.property("zoom") == 1


def test_switching_language_keeps_the_visitor_on_the_same_panel(visitor: Visitor) -> None:
    visitor.tap("attractTouchArea")
    visitor.tap("sectionCard_0")
    visitor.tap("nextButton")
    visitor.tap("nextButton")
    visitor.tap("lang_fr")
    assert visitor.visit.panelIndex == 2
    assert visitor.visit.language == "fr"
    assert visitor.find("sectionTitle").property("text") == "Introduction"
    assert visitor.find("homeButton").property("text") == "Accueil"
    assert visitor.find("nextButton").property("text").startswith("Suivant")
    visitor.tap("lang_en")
    assert visitor.find("homeButton").property("text") == "Home"
    assert visitor.find("progressLabel").property("text") == "3 / 4"


def test_the_quiz_gives_feedback_on_each_answer_and_a_score(visitor: Visitor) -> None:
    visitor.open_panel_of_kind("quiz")
    visitor.tap("lang_en")
    question = visitor.exhibit.sections[2].panels[0].questions[0]
    wrong = next(i for i, c in enumerate(question.choices) if not c.correct)
    visitor.tap(f"choice_{wrong}")
    visitor.tap("quizConfirm")
    assert visitor.find("quizFeedback").property("text") != ""
    assert question.choices[wrong].feedback["en"].split()[0] in visitor.find("quizFeedback").property("text")
    visitor.tap("quizNext")
    assert visitor.find("quizScore").property("text") == "You answered 0 of 1 questions correctly."
    visitor.tap("quizRestart")
    visitor.tap(f"choice_{question.answer}")
    visitor.tap("quizConfirm")
    visitor.tap("quizNext")
    assert visitor.find("quizScore").property("text") == "You answered 1 of 1 questions correctly."


def test_a_timeline_event_opens_on_tap(visitor: Visitor) -> None:
    visitor.open_panel_of_kind("timeline")
    visitor.tap(visitor.find_all("eventCardArea")[0])
    assert visitor.find("timelineDetail").isVisible()
    visitor.tap("closeEvent")
    assert not visitor.find_all("timelineDetail")


def test_the_sources_sheet_shows_the_panels_citations(visitor: Visitor) -> None:
    visitor.open_panel_of_kind("story")
    visitor.tap("sourcesButton")
    assert visitor.find("sourcesSheet").isVisible()
    citations = [e["citation"] for e in visitor.content.currentSources["entries"]]
    assert citations and all(citations)
    visitor.tap("closeSources")
    assert not visitor.find_all("sourcesSheet")


def test_mouse_and_keyboard_work_in_a_lab_window(visitor: Visitor) -> None:
    visitor.key(Qt.Key.Key_Return)
    assert visitor.visit.screen == "home"
    visitor.click("sectionCard_0")
    visitor.key(Qt.Key.Key_Right)
    assert visitor.visit.panelIndex == 1
    visitor.key(Qt.Key.Key_Left)
    assert visitor.visit.panelIndex == 0
    visitor.key(Qt.Key.Key_Escape)
    assert visitor.visit.screen == "home"


def test_idle_warns_then_continue_keeps_the_visit(visitor: Visitor) -> None:
    visitor.tap("attractTouchArea")
    visitor.tap("sectionCard_0")
    visitor.tap("nextButton")
    visitor.idle_for(119)
    assert not visitor.find_all("idleOverlay")
    visitor.idle_for(2)
    assert visitor.find("idleOverlay").isVisible()
    visitor.idle_for(10)
    assert "20" in visitor.find("idleCountdown").property("text")
    visitor.tap("continueButton")
    assert not visitor.find_all("idleOverlay")
    assert visitor.visit.screen == "section" and visitor.visit.panelIndex == 1


def test_idle_runs_out_and_the_next_visitor_starts_clean(visitor: Visitor) -> None:
    visitor.tap("attractTouchArea")
    visitor.tap("sectionCard_1")
    visitor.tap("lang_fr")
    visitor.tap("displayButton")
    visitor.tap("textSize_1")
    visitor.tap("closeDisplay")
    visitor.open_panel_of_kind("map")
    visitor.pinch(visitor.centre(visitor.find("mapZoom")), 100, 400)
    visitor.tap("sourcesButton")
    visitor.idle_for(121)
    assert visitor.find("idleOverlay").isVisible()
    visitor.idle_for(31)
    assert visitor.visit.screen == "attract"
    assert visitor.visit.language == "vi"
    assert visitor.visit.textScale == 1.0
    assert not visitor.find_all("idleOverlay")
    assert not visitor.find_all("sourcesSheet")
    # The next visitor finds the map as new: no zoom left over from the last one.
    visitor.open_panel_of_kind("map")
    assert visitor.find("mapZoom").property("zoom") == 1


def test_quiz_answers_do_not_survive_the_reset(visitor: Visitor) -> None:
    visitor.open_panel_of_kind("quiz")
    visitor.tap("choice_0")
    visitor.tap("quizConfirm")
    assert visitor.find("quizFeedback").isVisible()
    visitor.idle_for(121)
    visitor.idle_for(31)
    assert visitor.visit.screen == "attract"
    visitor.open_panel_of_kind("quiz")
    assert not visitor.find_all("quizFeedback")
    assert visitor.find("quizProgress").property("text").startswith("Câu 1")
    assert not any(visitor.find(f"choice_{i}").property("isPicked") for i in range(2))
    assert visitor.find("quizConfirm").isVisible() and not visitor.find("quizConfirm").isEnabled()


def test_start_over_ends_the_visit_at_once(visitor: Visitor) -> None:
    visitor.tap("attractTouchArea")
    visitor.idle_for(125)
    visitor.tap("startOverButton")
    assert visitor.visit.screen == "attract"


def test_touches_keep_the_visit_alive(visitor: Visitor) -> None:
    visitor.tap("attractTouchArea")
    for _ in range(5):
        visitor.clock.advance(100)
        visitor.tap("sectionCard_0")
        visitor.tap("homeButton")
        visitor.idle.tick()
    assert visitor.idle.state == "active"


def test_dragging_the_date_slider_replays_without_swiping_the_panel_away(visitor: Visitor) -> None:
    index = visitor.open_panel_of_kind("map")
    panel = visitor.exhibit.sections[1].panels[index]
    area = visitor.find("sliderArea")
    left = area.mapToScene(area.boundingRect().topLeft()).toPoint()
    y = visitor.centre(area).y()
    visitor.swipe(QPoint(left.x() + 5, y), QPoint(left.x() + int(area.width()) - 5, y))
    assert visitor.visit.panelIndex == index
    assert visitor.find("layerDate").property("text") != ""
    last = panel.states_at(len(panel.layers) - 1)
    assert visitor.find("hotspot_north-hill").property("state_") == last["north-hill"]


def test_chart_bars_share_one_scale_whatever_the_width_of_their_labels(visitor: Visitor) -> None:
    index = visitor.open_panel_of_kind("figures")
    chart = visitor.exhibit.sections[0].panels[index].chart
    fills = [item.width() for item in visitor.find_all("barFill")]
    assert len(fills) == len(chart.bars) == 2
    # Bar A reads "73–80", bar B "20": the certain parts must still be in proportion 73:20.
    assert fills[0] / fills[1] == pytest.approx(chart.bars[0].value / chart.bars[1].value, rel=0.01)


def test_with_no_loadable_exhibit_visitors_see_a_calm_screen_not_an_error(
    make_visitor: Callable[..., Visitor], tmp_path: Path
) -> None:
    (tmp_path / "exhibits" / "broken").mkdir(parents=True)
    (tmp_path / "exhibits" / "broken" / "exhibit.yaml").write_text("id: [broken\n", encoding="utf-8")
    exhibit, problems = load_exhibit(tmp_path)
    assert exhibit is None
    assert problems and problems[0].file == "exhibits/broken/exhibit.yaml" and problems[0].line
    visitor = make_visitor(exhibit=None, problems=problems)
    texts = [t.property("text") for t in visitor.find_all("unavailableText")]
    assert "This exhibit is being updated." in texts
    assert not visitor.find_all("controlBar")
    visitor.tap(visitor.window.contentItem())  # touching it does nothing, and breaks nothing
    # The operator sees each problem typed, as the loader found it: where, what, what to do.
    shown = visitor.operator.problems
    assert [p["text"] for p in shown] == [p.format() for p in problems]
    first = shown[0]
    assert first["where"] == f"exhibits/broken/exhibit.yaml:{problems[0].line}:{problems[0].column}"
    assert (first["severity"], first["message"], first["hint"]) == ("error", problems[0].message, problems[0].hint)


def test_a_museum_kiosk_covers_the_whole_screen_with_no_frame(make_visitor: Callable[..., Visitor]) -> None:
    visitor = make_visitor(size=None, windowed=False)
    window = visitor.window
    assert window.isVisible()
    assert window.geometry() == window.screen().geometry()
    assert window.flags() & Qt.WindowType.FramelessWindowHint
    assert window.flags() & Qt.WindowType.Window


def test_a_step_slides_but_a_jump_lands_at_once_without_building_every_panel_between(visitor: Visitor) -> None:
    from PySide6.QtTest import QTest

    visitor.tap("attractTouchArea")
    visitor.tap("sectionCard_0")
    theme = visitor.kiosk.engine.singletonInstance("Kiosk", "Theme")
    theme.setProperty("motion", True)
    panels = visitor.find("panelList")
    last = visitor.visit.panelCount - 1
    assert last >= 2
    visitor.visit.goToPanel(last)  # e.g. the operator's or a test's jump: no visitor can make one
    QTest.qWait(40)
    assert panels.property("contentX") == panels.width() * last
    visitor.tap("previousButton")  # a visitor's step: it slides
    QTest.qWait(20)
    assert panels.width() * (last - 1) < panels.property("contentX") < panels.width() * last
    theme.setProperty("motion", False)


def test_a_visit_that_ends_mid_swipe_lets_the_list_go_before_its_panels_and_the_next_starts_clean(
    visitor: Visitor,
) -> None:
    """The end of a visit empties the section's panels. Emptied under the live list view while it
    still built a neighbour, Qt warned "DelegateModel::cancel: index out range" (once per ~25,000
    soak actions); left in place, the list was destroyed mid-build, and the kiosk crashed within
    a few thousand. So the list lets go of its model first, then the rows go, then the screen."""
    from PySide6.QtTest import QTest

    theme = visitor.kiosk.engine.singletonInstance("Kiosk", "Theme")
    theme.setProperty("motion", True)
    model = visitor.content.panels
    sections = visitor.exhibit.sections
    longest = max(range(len(sections)), key=lambda i: len(sections[i].panels))
    shortest = min(range(len(sections)), key=lambda i: len(sections[i].panels))
    assert len(sections[longest].panels) > len(sections[shortest].panels)
    for ends in ("idle", "start over", "home"):
        visitor.tap("attractTouchArea")
        visitor.visit.openSection(longest)
        visitor.settle()
        panels = visitor.find("panelList")
        attached_when_emptied: list[bool] = []
        model.modelReset.connect(
            lambda panels=panels, seen=attached_when_emptied: seen.append(panels.property("count") > 0)
        )
        middle = QPoint(visitor.window.width() // 2, int(panels.mapToScene(panels.boundingRect().center()).y()))
        QTest.touchEvent(visitor.window, visitor.touch_device).press(0, middle).commit()
        for i in range(1, 7):  # a fast swipe left, released, and the visit ends while it slides
            QTest.qWait(5)
            QTest.touchEvent(visitor.window, visitor.touch_device).move(0, middle - QPoint(120 * i, 0)).commit()
        QTest.touchEvent(visitor.window, visitor.touch_device).release(0, middle - QPoint(720, 0)).commit()
        if ends == "home":
            visitor.visit.goHome()
        else:
            visitor.clock.advance(125)
            visitor.idle.tick()
            if ends == "idle":
                visitor.clock.advance(31)
                visitor.idle.tick()
            else:
                QTest.qWait(5)
                visitor.tap("startOverButton")
        visitor.settle()
        model.modelReset.disconnect()
        if ends == "home":
            assert visitor.visit.screen == "home" and not attached_when_emptied
        else:
            assert visitor.visit.screen == "attract"
            assert attached_when_emptied == [False]  # emptied, but only once the list had let go
            assert model.rowCount() == 0  # nothing of the visit kept
            visitor.tap("attractTouchArea")
        # The next visitor (or the same, back from the cards) opens another section: its own
        # panels, from the first.
        visitor.visit.openSection(shortest)
        visitor.settle()
        assert visitor.visit.panelIndex == 0
        assert visitor.visit.panelCount == len(sections[shortest].panels) == model.rowCount()
        assert visitor.find("panelList").property("count") == len(sections[shortest].panels)
        visitor.idle_for(125)
        visitor.idle_for(31)
    theme.setProperty("motion", False)


def test_a_section_and_a_language_switch_shape_only_the_panels_on_screen(
    make_visitor: Callable[..., Visitor], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundled exhibit's longest section: entering it, and switching its language, shapes the
    panels the list draws (the one shown and those beside it), not every panel of the section."""
    from kiosk import BUNDLED_CONTENT
    from kiosk.content import load
    from kiosk.present import Presenter

    (exhibit,) = load(BUNDLED_CONTENT).exhibits
    longest = max(range(len(exhibit.sections)), key=lambda i: len(exhibit.sections[i].panels))
    count = len(exhibit.sections[longest].panels)
    assert count >= 8
    shaped: list[tuple[str, str]] = []
    real = Presenter.panel

    def spy(self: Presenter, panel: Panel, lang: str) -> Any:
        shaped.append((panel.id, lang))
        return real(self, panel, lang)

    monkeypatch.setattr(Presenter, "panel", spy)
    visitor = make_visitor(exhibit=exhibit, built=None)
    visitor.tap("attractTouchArea")
    visitor.tap(f"sectionCard_{longest}")
    visitor.tap("nextButton")
    # the first panel, then the second and the list's next one ahead of it
    assert 1 <= len(shaped) <= 4 < count, shaped
    shaped.clear()
    visitor.tap("lang_fr")
    assert {lang for _, lang in shaped} == {"fr"}
    assert 1 <= len(shaped) <= 4 < count, shaped
    # ...and what the visitor sees is the panel in French
    panel = exhibit.sections[longest].panels[1]
    assert visitor.find("sectionTitle").property("text") == exhibit.sections[longest].title["fr"]
    assert (panel.id, "fr") in shaped
    # the rest are made as the visitor reaches them
    shaped.clear()
    for _ in range(count - 2):
        visitor.tap("nextButton")
    assert len(shaped) <= count - 2 + 1
    assert visitor.visit.panelIndex == count - 1
