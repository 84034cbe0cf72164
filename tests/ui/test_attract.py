"""The attract loop (issue 12, item 8): a language chosen on it starts the visit in that language;
the call to action keeps its width while its language cycles; the title never ends on one word
alone; and it draws almost nothing: a slide's change is a few frames, then the screen holds still,
and with reduce_motion nothing moves at all. (Its CPU is measured by bench/attract.py.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QMetaObject, QObject
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtTest import QTest

from kiosk.content import load
from kiosk.languages import NO_BREAK_SPACE, language

from .conftest import SAMPLE, Visitor


def _timer(visitor: Visitor, name: str) -> QObject:
    timer = visitor.find("attractScreen").findChild(QObject, name)
    assert timer is not None, f"the attract screen has no {name}"
    return timer


def _beat(visitor: Visitor) -> None:
    """The attract loop's clock ticks once (as its timer would, without waiting for it)."""
    QMetaObject.invokeMethod(_timer(visitor, "beatTimer"), "triggered")
    visitor.settle()


def _frames(visitor: Visitor, ms: int) -> int:
    """Frames the window draws in the next ``ms`` milliseconds, nobody touching it."""
    count = [0]

    def frame() -> None:
        count[0] += 1

    visitor.window.frameSwapped.connect(frame)
    QTest.qWait(ms)
    visitor.window.frameSwapped.disconnect(frame)
    return count[0]


def _comes_to_rest(visitor: Visitor, quiet_ms: int = 400, within_ms: int = 4000) -> bool:
    """True once the window draws nothing for ``quiet_ms``, within ``within_ms``: a picture still
    decoding under load may land a frame late, but a screen that keeps moving never rests."""
    waited = 0
    while waited < within_ms:
        if _frames(visitor, quiet_ms) == 0:
            return True
        waited += quiet_ms
    return False


def test_a_language_tapped_on_the_attract_loop_starts_the_visit_in_it(visitor: Visitor) -> None:
    codes = [lang["code"] for lang in visitor.content.languages]
    assert len(codes) > 1
    for code in [*codes[1:], codes[0]]:  # the default language last: chosen, not just kept
        assert visitor.visit.screen == "attract"
        button = visitor.find(f"attractLanguage_{code}")
        assert button.property("text") == language(code).name  # named in itself, never a flag
        visitor.tap(button)
        assert (visitor.visit.screen, visitor.visit.language) == ("home", code)
        title = visitor.exhibit.title.text(code, visitor.exhibit.default_language)
        assert visitor.content.exhibitTitle.replace(NO_BREAK_SPACE, " ") == title
        assert visitor.find("homeScreen")
        visitor.idle_for(10_000)  # the warning
        visitor.idle_for(10_000)  # and the end of the visit
        assert (visitor.visit.screen, visitor.visit.language) == ("attract", codes[0])


def test_a_touch_anywhere_else_still_starts_in_the_default_language(visitor: Visitor) -> None:
    default = visitor.visit.language
    visitor.tap("attractTitle")
    assert (visitor.visit.screen, visitor.visit.language) == ("home", default)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_the_call_to_action_keeps_its_width_while_its_language_cycles(
    make_visitor: Callable[..., Visitor], size: tuple[int, int]
) -> None:
    visitor = make_visitor(size=size)
    button, label = visitor.find("beginButton"), visitor.find("beginLabel")
    greetings = visitor.content.touchToBegin
    assert len(greetings) == 3
    seen, widths = [], set()
    for _ in range(2 * len(greetings)):
        seen.append(label.property("text"))
        widths.add(button.width())
        assert label.width() <= button.width() - 2 * 48 * min(size) / 1080  # the margin inside the pill
        _beat(visitor)
    assert set(seen) == set(greetings)  # every language had its turn
    assert seen[: len(greetings)] == greetings  # in the exhibit's order
    assert len(widths) == 1  # and the button never changed width


def _lines(text: str, font: QFont, width: float) -> list[str]:
    """How Qt wraps ``text`` in ``width`` (a Text with wrapMode: Text.Wrap)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_the_title_never_leaves_one_word_alone_on_a_line(make_visitor: Callable[..., Visitor], size) -> None:  # type: ignore[no-untyped-def]
    bundled = load(SAMPLE.parent.parent)  # the bundled exhibit: a title that wraps
    exhibit = bundled.exhibits[0]
    visitor = make_visitor(size=size, exhibit=exhibit)
    wrapped = 0
    for code in exhibit.languages:
        visitor.visit.setLanguage(code)
        visitor.settle()
        title = visitor.find("attractTitle")
        lines = _lines(title.property("text"), title.property("font"), title.width())
        assert len(lines) == title.property("lineCount")  # wrapped as the screen wraps it
        assert len(lines[-1].replace(NO_BREAK_SPACE, " ").split()) >= 2, (code, size, lines)
        wrapped += len(lines) > 1
    assert wrapped  # the check meant something: the title did wrap


def test_a_slide_changes_in_a_few_frames_then_the_screen_holds_still(make_visitor: Callable[..., Visitor]) -> None:
    visitor = make_visitor()
    theme = visitor.kiosk.engine.singletonInstance("Kiosk", "Theme")
    theme.setProperty("motion", True)  # as on the gallery floor (the fixture turns it off)
    screen, stepper = visitor.find("attractScreen"), _timer(visitor, "motionTimer")
    assert screen.property("slides") and not stepper.property("running")
    assert _comes_to_rest(visitor)  # between slides: nothing is drawn
    _beat(visitor)  # the greeting changes
    _beat(visitor)  # and the slide
    assert screen.property("slide") == 1 and stepper.property("running")
    backdrop = visitor.find("attractBackdrop")
    start = (backdrop.property("opacity"), backdrop.property("scale"))
    frames = _frames(visitor, 1300)  # the cross-fade: about 8 steps in a second, not 60
    assert 3 <= frames <= 14, frames
    assert not stepper.property("running")
    assert start[0] < 1 and start[1] > backdrop.property("scale")  # it faded in and moved
    assert (backdrop.property("opacity"), screen.property("progress")) == (1, 1)
    assert not visitor.find_all("attractBackdropBeneath")  # the old slide is no longer drawn
    assert _comes_to_rest(visitor)  # and the new one holds still (the next picture may land first)


def test_with_reduce_motion_no_animation_runs(make_visitor: Callable[..., Visitor]) -> None:
    visitor = make_visitor(reduce_motion=True)
    theme = visitor.kiosk.engine.singletonInstance("Kiosk", "Theme")
    theme.setProperty("motion", True)  # reduce_motion alone must be enough
    assert visitor.visit.reduceMotion and not theme.property("moving")
    assert (theme.property("fade"), theme.property("slide")) == (0, 0)  # nor do screens slide elsewhere
    screen, stepper = visitor.find("attractScreen"), _timer(visitor, "motionTimer")
    backdrop = visitor.find("attractBackdrop")
    scale = backdrop.property("scale")
    assert len(screen.property("slides")) > 1
    # The test beats the clock itself: the real timer (a beat every 4 s) is stopped, or on a busy
    # machine it beat once more while a late picture was awaited, and the loop was a slide on.
    _timer(visitor, "beatTimer").setProperty("running", False)
    for _ in range(4):  # two slides
        _beat(visitor)
        assert not stepper.property("running")
        assert screen.property("progress") == 1
        top = visitor.find("attractBackdrop")
        assert (top.property("opacity"), top.property("scale")) == (1, scale)  # a cut, no drift
        assert not visitor.find_all("attractBackdropBeneath")
        assert _comes_to_rest(visitor)  # a late picture at most, then nothing goes on moving
    assert screen.property("slide") == 2 % len(screen.property("slides"))


def test_a_language_tapped_before_the_content_has_arrived_starts_the_visit_in_it(
    make_visitor: Callable[..., Visitor],
    built_sample,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from kiosk import firstscreen

    snapshot = firstscreen.read(SAMPLE, built_sample)
    assert snapshot is not None
    visitor = make_visitor(exhibit=None, first_screen=snapshot)  # drawn from the build's snapshot
    assert visitor.content.loading
    code = snapshot["languages"][-1]
    visitor.tap(f"attractLanguage_{code}")  # someone chose a language just as it started
    assert visitor.visit.screen == "attract"  # no home screen without its sections
    visitor.kiosk.load_after_first_frame(SAMPLE)
    qtbot.waitUntil(lambda: not visitor.content.loading, timeout=10_000)
    visitor.settle()
    assert (visitor.visit.screen, visitor.visit.language) == ("home", code)


def test_the_slides_and_the_greeting_can_be_paused_and_play_again(visitor: Visitor) -> None:
    """Anything that moves for more than 5 s can be paused (WCAG 2.2.2), without starting a visit."""
    assert _timer(visitor, "beatTimer").property("running")
    assert visitor.find("attractPauseButton").property("text").startswith("❚❚")
    visitor.tap("attractPauseButton")
    assert visitor.visit.screen == "attract"  # the tap paused; it did not begin the visit
    assert not _timer(visitor, "beatTimer").property("running")
    # it now says Play, in the language of the attract loop (Vietnamese, the sample's first)
    assert visitor.find("attractPauseButton").property("text") == "▶  Phát"
    visitor.tap("attractPauseButton")
    assert _timer(visitor, "beatTimer").property("running") and visitor.visit.screen == "attract"


def test_the_first_picture_is_asked_for_once_at_the_screens_size_and_alone(
    make_visitor: Callable[..., Visitor], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up (bench/kiosk.py): the window is made at its real size, so the first slide is
    asked for once, for that size (not first for an unsized screen, then again); and the slide
    beneath waits for it, so the first screen waits for one picture, not two."""
    monkeypatch.setattr(Visitor, "settle", lambda self: None)  # look before any event is handled
    visitor = make_visitor(size=(1080, 1920))
    monkeypatch.undo()
    top = visitor.find("attractBackdrop")

    def asked() -> tuple[str, tuple[int, int]]:
        size = top.property("sourceSize")
        return top.property("source").toString(), (size.width(), size.height())

    first = asked()
    assert first[0] == "" or first[1] == (1080, 1920), first  # nothing asked for before the size is known
    screen = visitor.find("attractScreen")

    def beneath() -> str:  # hidden until a transition, so not found by a visitor's eyes
        (layer,) = [i for i in screen.childItems() if i.objectName() == "attractBackdropBeneath"]
        return layer.property("source").toString()

    assert beneath() == ""
    asks = [first]
    top.sourceChanged.connect(lambda: asks.append(asked()))
    visitor.settle()
    visitor.settle()
    source, size = asked()
    assert source and size == (1080, 1920)
    assert len({a for a in asks if a[0]}) == 1, asks  # asked for once
    assert beneath().endswith(".jpg")  # and then the next slide, decoded behind the first
