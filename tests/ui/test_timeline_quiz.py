"""The timeline and the quiz as a visitor uses them: an event opens beside the line, the era's
name stays in sight while the line slides, an answer can be changed until it is confirmed, and
the quiz ends with a recap and a way on."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.content import load
from kiosk.content.model import Exhibit
from kiosk.ui.inspect import settle

from .conftest import Visitor

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def bundled() -> Exhibit:
    result = load(ROOT)
    return result.exhibits[0]


def rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def drag(visitor: Visitor, start: QPoint, end: QPoint) -> None:
    """A slow drag that stops before the finger lifts: the line moves as far as the finger, no flick."""
    device, window = visitor.touch_device, visitor.window
    QTest.touchEvent(window, device).press(0, start).commit()
    for i in range(1, 21):
        QTest.qWait(20)
        QTest.touchEvent(window, device).move(0, start + (end - start) * (i / 20)).commit()
    QTest.qWait(300)
    QTest.touchEvent(window, device).move(0, end).commit()
    QTest.touchEvent(window, device).release(0, end).commit()
    settle(window, ms=100)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_an_event_opens_beside_the_line_and_the_line_stays(
    make_visitor: Callable[..., Visitor], size: tuple[int, int]
) -> None:
    visitor = make_visitor(size=size)
    visitor.open_panel_of_kind("timeline")
    panel = next(p for s in visitor.exhibit.sections for p in s.panels if p.kind == "timeline")
    assert not visitor.find_all("timelineDetail")
    visitor.tap("timelineEvent_1")
    detail, strip = visitor.find("timelineDetail"), visitor.find("timelineStrip")
    assert visitor.find("eventTitle").property("text") == panel.events[1].title["vi"]
    # beside the line, not over it: the line and the touched card are still there to see and touch
    assert not rect(detail).intersects(rect(strip))
    assert rect(strip).contains(rect(visitor.find("timelineEvent_1")))
    if size[0] > size[1]:
        assert rect(detail).left() >= rect(strip).right()  # at the right on a wide screen
    else:
        assert rect(detail).top() >= rect(strip).bottom()  # below on a tall one
    # another card opens in the same place
    visitor.tap("timelineEvent_0")
    assert visitor.find("eventTitle").property("text") == panel.events[0].title["vi"]
    visitor.tap("lang_en")  # the event stays open, in the new language
    assert visitor.find("eventTitle").property("text") == panel.events[0].title["en"]
    visitor.tap("closeEvent")
    assert not visitor.find_all("timelineDetail")
    assert visitor.find("timelineStrip").isVisible()


def test_an_events_more_opens_in_place_and_closes_again(visitor: Visitor) -> None:
    visitor.open_panel_of_kind("timeline")
    panel = next(p for s in visitor.exhibit.sections for p in s.panels if p.kind == "timeline")
    with_more = next(i for i, e in enumerate(panel.events) if e.more)
    visitor.tap(f"timelineEvent_{with_more}")
    assert not visitor.find_all("eventMoreText")
    visitor.tap("eventMore")
    assert panel.events[with_more].more["vi"] in visitor.find("eventMoreText").property("text")
    assert visitor.find("eventBody").isVisible()  # the body stays above it
    visitor.tap("eventMore")
    assert not visitor.find_all("eventMoreText")
    # the event beside it has no deeper layer: no More button
    visitor.tap("previousEvent" if with_more else "nextEvent")
    assert not visitor.find_all("eventMore")


def test_the_line_is_spaced_by_date_with_a_break_where_time_is_compressed(
    make_visitor: Callable[..., Visitor], bundled: Exhibit
) -> None:
    # the bundled exhibit tells 1953-1962 in three timelines; drawn as one line it has long gaps
    # (the first timeline, the 1945-1962 chronology, is replaced by that one line)
    section = next(s for s in bundled.sections if any(p.kind == "timeline" for p in s.panels))
    first = next(p for p in section.panels if p.kind == "timeline")
    lines = [p for s in bundled.sections for p in s.panels if p.id in ("timeline-before", "timeline", "timeline-after")]
    assert len(lines) == 3
    one = dataclasses.replace(first, events=tuple(e for line in lines for e in line.events), eras=())
    panels = tuple(one if p is first else p for p in section.panels)
    exhibit = dataclasses.replace(
        bundled, sections=tuple(dataclasses.replace(s, panels=panels) if s is section else s for s in bundled.sections)
    )
    visitor = make_visitor(exhibit=exhibit)
    visitor.open_panel_of_kind("timeline")
    cards = [visitor.find_all(f"timelineEvent_{i}", on_screen=False)[0] for i in range(3)]
    # 8 May, July and August 1953: the month between the last two is less room than the two months before
    assert cards[2].x() - cards[1].x() < cards[1].x() - cards[0].x()
    panel = one
    marked = [i for i in range(len(panel.events)) if visitor.find_all(f"timelineBreak_{i}", on_screen=False)]
    assert marked and all(panel.events[i].date.start.year > panel.events[i - 1].date.start.year for i in marked)


def test_the_era_name_stays_in_sight_while_the_line_slides(
    make_visitor: Callable[..., Visitor], bundled: Exhibit
) -> None:
    visitor = make_visitor(exhibit=bundled)
    visitor.open_panel_of_kind("timeline")
    strip = visitor.find("timelineStrip")
    view = rect(strip)
    assert rect(visitor.find("eraLabel_0")).left() < view.left() + 40  # at the band's start
    y = int(view.top() + view.height() * 0.9)
    drag(visitor, QPoint(int(view.right() - 100), y), QPoint(int(view.right() - 800), y))
    band, label = visitor.find("era_0"), visitor.find("eraLabel_0")
    assert strip.property("contentX") > 500
    assert rect(band).left() < view.left() - 400  # the band's start has slid away...
    assert rect(band).right() > view.left() + rect(label).width()  # ...but the band still shows
    assert view.contains(rect(label))  # and so does its name


def test_a_drag_along_the_line_never_turns_the_page_even_past_its_ends(
    make_visitor: Callable[..., Visitor], bundled: Exhibit
) -> None:
    """A visitor sliding the line to see the last events keeps sliding at its end: the line
    stops there (it gives a little, and springs back), and the panel stays; so at its start."""
    visitor = make_visitor(exhibit=bundled)
    visitor.open_panel("timeline-before")  # a line with a lead above it
    panel = visitor.visit.panelIndex
    strip = visitor.find("timelineStrip")
    view = rect(strip)
    y = int(view.top() + view.height() * 0.9)
    right, left = QPoint(int(view.right() - 60), y), QPoint(int(view.left() + 60), y)
    end = strip.property("contentWidth") - strip.property("width")
    assert end > 0, "the bundled timeline is longer than the screen"
    for _ in range(8):  # right to left, again and again: to the end of the line and beyond
        visitor.swipe(right, left)
        if strip.property("contentX") >= end - 1:
            break
    assert strip.property("contentX") >= end - 1
    drag(visitor, right, left)  # past the end
    visitor.swipe(right, left)
    settle(visitor.window, ms=600)
    assert visitor.visit.panelIndex == panel
    assert abs(strip.property("contentX") - end) < 1  # back at the end, not beyond it
    for _ in range(8):  # and back to the start, and beyond
        visitor.swipe(left, right)
    settle(visitor.window, ms=600)
    assert visitor.visit.panelIndex == panel
    assert abs(strip.property("contentX")) < 1
    lead = rect(visitor.find("timelineLead"))  # a swipe above the line still turns the page
    y = int(lead.center().y())
    visitor.swipe(QPoint(int(view.right() - 60), y), QPoint(int(view.left() + 60), y))
    assert visitor.visit.panelIndex == panel + 1


def test_a_quiz_answer_can_be_changed_until_it_is_confirmed(visitor: Visitor) -> None:
    visitor.open_panel_of_kind("quiz")
    question = visitor.exhibit.sections[2].panels[0].questions[0]
    right = question.answer
    wrong = next(i for i, c in enumerate(question.choices) if not c.correct)
    assert not visitor.find("quizConfirm").isEnabled()  # nothing chosen yet
    visitor.tap(f"choice_{wrong}")
    assert visitor.find(f"choice_{wrong}").property("isPicked")
    assert not visitor.find_all("quizFeedback")  # a choice is not yet an answer
    visitor.tap(f"choice_{right}")  # changed
    assert visitor.find(f"choice_{right}").property("isPicked")
    assert not visitor.find(f"choice_{wrong}").property("isPicked")
    visitor.tap("quizConfirm")
    feedback = visitor.find("quizFeedback").property("text")
    assert question.choices[right].feedback["vi"].rstrip(".") in feedback
    visitor.tap(f"choice_{wrong}")  # confirmed: no more changing
    assert visitor.find(f"choice_{right}").property("isPicked")
    assert not visitor.find(f"choice_{wrong}").property("isPicked")
    assert visitor.find("quizFeedback").property("text") == feedback
    assert not visitor.find_all("quizConfirm")


def test_the_quiz_ends_with_a_recap_and_a_way_on(visitor: Visitor) -> None:
    p = visitor.open_panel_of_kind("quiz")
    visitor.tap("lang_en")
    question = visitor.exhibit.sections[2].panels[0].questions[0]
    wrong = next(i for i, c in enumerate(question.choices) if not c.correct)
    visitor.tap(f"choice_{wrong}")
    visitor.tap("quizConfirm")
    visitor.tap("quizNext")
    assert visitor.find("quizRecap").isVisible()
    answer = visitor.find("recapAnswer").property("text")
    assert question.choices[wrong].text["en"] in answer and question.choices[question.answer].text["en"] in answer
    assert visitor.find("quizWayOn").property("text") == "Continue"
    visitor.tap("quizWayOn")
    assert visitor.visit.screen == "section" and visitor.visit.panelIndex == p + 1


def test_at_the_end_of_the_exhibit_the_way_on_leads_to_the_other_sections(
    make_visitor: Callable[..., Visitor], bundled: Exhibit
) -> None:
    visitor = make_visitor(exhibit=bundled)
    visitor.open_panel_of_kind("quiz")
    panel = next(p for s in bundled.sections for p in s.panels if p.kind == "quiz")
    for question in panel.questions:
        visitor.tap(f"choice_{question.answer}")
        visitor.tap("quizConfirm")
        visitor.tap("quizNext")
    n = len(panel.questions)
    assert visitor.find("quizScore").property("text") == f"Bạn trả lời đúng {n} trên {n} câu."
    assert len(visitor.find_all("recapAnswer", on_screen=False)) == n
    visitor.tap("quizWayOn")
    assert visitor.visit.screen == "home"
