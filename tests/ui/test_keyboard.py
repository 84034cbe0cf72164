"""A visit with the keyboard only, and with a universal keypad: every control reachable with Tab,
Up and Down, pressed with Enter, closed with Escape, the focus always visible (a ring that stands
out 3:1 on whatever it sits on) and every control named for a screen reader."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.settings import load_settings
from kiosk.ui import proof
from kiosk.ui.inspect import class_name
from tests.test_settings import args
from tests.ui.conftest import Visitor


def focused(visitor: Visitor) -> QQuickItem | None:
    return visitor.window.activeFocusItem()


def focused_name(visitor: Visitor) -> str:
    item = focused(visitor)
    return item.objectName() if item is not None else ""


def press(visitor: Visitor, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(visitor.window, key, modifier)
    visitor.settle()


def rings(visitor: Visitor) -> list[QQuickItem]:
    return [r for r in visitor.find_all("focusRing") if r.isVisible()]


def assert_focus_shown(visitor: Visitor) -> None:
    """The focused control is on screen, has a name a screen reader says, and its ring shows."""
    item = focused(visitor)
    assert item is not None and item.isVisible()
    shown = [r for r in rings(visitor) if r.property("target") == item]
    assert shown, f"no focus ring shows on {item.objectName() or class_name(item)}"
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    assert rect.intersects(QRectF(0, 0, visitor.window.width(), visitor.window.height())), "focus off the screen"
    assert accessible_name(item), f"{item.objectName()} has the focus but no accessible name"


def tab_to(visitor: Visitor, prefix: str, key: Qt.Key = Qt.Key.Key_Tab, most: int = 60) -> QQuickItem:
    """Press Tab (or ``key``) until a control whose name starts with ``prefix`` has the focus;
    every control passed on the way shows its focus."""
    for _ in range(most):
        if focused_name(visitor).startswith(prefix):
            assert_focus_shown(visitor)
            item = focused(visitor)
            assert item is not None
            return item
        press(visitor, key)
        assert_focus_shown(visitor)
    raise AssertionError(f"{prefix!r} is never reached with {key.name}; the focus is on {focused_name(visitor)!r}")


def accessible_name(item: QObject) -> str:
    iface = QAccessible.queryAccessibleInterface(item)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


# -- the focus ring --------------------------------------------------------------------------


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(colour: QColor, ground: QColor) -> QColor:
    """A translucent colour as it shows over ``ground``."""
    alpha = colour.alphaF()
    mixed = [alpha * c + (1 - alpha) * g for c, g in zip(colour.getRgbF()[:3], ground.getRgbF()[:3], strict=True)]
    return QColor.fromRgbF(*mixed)


def grounds(visitor: Visitor) -> dict[str, QColor]:
    """Every colour a control or what it sits on can have (Theme.qml and the panels' own)."""
    theme = visitor.kiosk.engine.singletonInstance("Kiosk", "Theme")
    named = ["background", "surface", "raised", "accent", "pressed", "text", "muted", "good", "bad", "inkOnAccent"]
    colours = {n: QColor(theme.property(n)) for n in named}
    colours["quiz right"] = colours["good"].darker(220)
    colours["quiz wrong"] = colours["bad"].darker(220)
    colours["quiz picked"] = colours["raised"].lighter(130)
    colours["map label chip"] = over(QColor("#cc14120f"), colours["background"])
    colours["sheet backdrop"] = over(QColor("#e6000000"), colours["background"])
    colours["white photo"], colours["grey photo"] = QColor("#ffffff"), QColor("#767676")
    return colours


@pytest.mark.parametrize("exhibit_name", ["sample", "bundled"])
def test_the_focus_ring_stands_out_3_to_1_on_every_ground_a_gold_button_too(
    make_visitor: Callable[..., Visitor], exhibit_name: str, built_bundled: Path
) -> None:
    if exhibit_name == "bundled":
        from kiosk import BUNDLED_CONTENT
        from kiosk.content import load

        visitor = make_visitor(exhibit=load(BUNDLED_CONTENT).exhibits[0], built=built_bundled)
    else:
        visitor = make_visitor()
    press(visitor, Qt.Key.Key_Space)
    press(visitor, Qt.Key.Key_Return)  # the first section: the focus on Next, a gold button
    assert focused_name(visitor) == "nextButton"
    button = focused(visitor)
    assert button is not None and button.property("primary") is True
    (ring,) = [r for r in rings(visitor) if r.property("target") == button]
    light, dark = QColor(ring.property("light")), QColor(ring.property("dark"))
    width = visitor.kiosk.engine.singletonInstance("Kiosk", "Theme").property("focusWidth")
    assert width >= 2
    weak = {
        name: round(max(contrast(light, g), contrast(dark, g)), 2)
        for name, g in grounds(visitor).items()
        if max(contrast(light, g), contrast(dark, g)) < 3
    }
    assert not weak, f"the focus ring is under 3:1 on {weak}"
    # ...and it is drawn so: the white band outside, the black band against the gold.
    image = visitor.window.grabWindow()
    top = button.mapToScene(QPointF(button.width() / 2, 0))
    outer = image.pixelColor(int(top.x()), int(top.y() - 1.5 * width))
    inner = image.pixelColor(int(top.x()), int(top.y() - 0.5 * width))
    assert (outer.name(), inner.name()) == (light.name(), dark.name())
    assert contrast(dark, QColor(visitor.kiosk.engine.singletonInstance("Kiosk", "Theme").property("accent"))) >= 3


def test_a_touch_hides_the_ring_and_a_key_brings_it_back(visitor: Visitor) -> None:
    visitor.tap("attractTouchArea")
    assert focused_name(visitor) == "sectionCard_0"
    assert not rings(visitor), "the ring shows to a visitor who only touched"
    press(visitor, Qt.Key.Key_Down)
    assert focused_name(visitor) == "sectionCard_1"
    assert_focus_shown(visitor)


# -- a visit with the keyboard only ------------------------------------------------------------


def test_a_visit_with_the_keyboard_only(visitor: Visitor) -> None:
    exhibit = visitor.exhibit
    assert exhibit is not None
    visitor.visit.setLanguage("en")
    # The attract loop: Tab reaches the slides' pause, then the languages; any other key begins.
    press(visitor, Qt.Key.Key_Tab)
    assert focused_name(visitor) == "attractPauseButton"
    press(visitor, Qt.Key.Key_Tab)
    assert focused_name(visitor).startswith("attractLanguage_")
    assert_focus_shown(visitor)
    press(visitor, Qt.Key.Key_A)
    assert visitor.visit.screen == "home"
    # Home: the focus on the first card, Tab and the arrows move it, Enter opens the section.
    assert focused_name(visitor) == "sectionCard_0"
    assert_focus_shown(visitor)
    press(visitor, Qt.Key.Key_Tab)
    assert focused_name(visitor) == "sectionCard_1"
    press(visitor, Qt.Key.Key_Backtab)
    assert focused_name(visitor) == "sectionCard_0"
    tab_to(visitor, "displayButton")  # the bar: Home is hidden at home, the languages, then Display
    press(visitor, Qt.Key.Key_Return)
    assert visitor.visit.displayOpen
    tab_to(visitor, "textSize_1")  # the focus went into the sheet
    press(visitor, Qt.Key.Key_Return)
    assert visitor.visit.textScaleStep == 1
    press(visitor, Qt.Key.Key_Escape)  # the sheet closes, the focus back on its button
    assert not visitor.visit.displayOpen and focused_name(visitor) == "displayButton"
    tab_to(visitor, "lang_fr", Qt.Key.Key_Backtab)
    press(visitor, Qt.Key.Key_Space)
    assert visitor.visit.language == "fr"
    tab_to(visitor, "sectionCard_0")
    press(visitor, Qt.Key.Key_Return)

    # A story: its More layer and its Sources, each closed with Escape, the focus back where it was.
    assert (visitor.visit.screen, visitor.visit.sectionIndex) == ("section", 0)
    assert focused_name(visitor) == "nextButton"
    assert exhibit.sections[0].panels[0].kind == "story"
    tab_to(visitor, "moreButton", Qt.Key.Key_Backtab)
    press(visitor, Qt.Key.Key_Return)
    assert visitor.visit.detail == "more" and focused_name(visitor) == "moreText"
    assert_focus_shown(visitor)
    press(visitor, Qt.Key.Key_Escape)
    assert visitor.visit.detail == "" and focused_name(visitor) == "moreButton"
    tab_to(visitor, "sourcesButton", Qt.Key.Key_Backtab)
    press(visitor, Qt.Key.Key_Enter)
    assert visitor.visit.sourcesOpen and focused_name(visitor) == "sourcesText"
    tab_to(visitor, "closeSources")
    press(visitor, Qt.Key.Key_Return)
    assert not visitor.visit.sourcesOpen and focused_name(visitor) == "sourcesButton"

    # Right turns the page, wherever the focus is; the quote and the figures, then the timeline.
    kinds = [p.kind for p in exhibit.sections[0].panels]
    for _ in range(kinds.index("timeline")):
        press(visitor, Qt.Key.Key_Right)
    assert visitor.visit.panelIndex == kinds.index("timeline")
    card = tab_to(visitor, "timelineEvent_0")
    press(visitor, Qt.Key.Key_Return)
    assert visitor.find("timelineDetail").isVisible()
    assert focused(visitor) == card  # the event opens beside the line; the focus stays on it
    tab_to(visitor, "nextEvent")
    press(visitor, Qt.Key.Key_Return)
    assert visitor.find("eventTitle").property("text") == visitor.content.currentPanel["events"][1]["title"]
    press(visitor, Qt.Key.Key_Escape)  # the event closes, not the section
    assert not visitor.find_all("timelineDetail")
    assert visitor.visit.screen == "section" and focused_name(visitor) == "timelineEvent_1"
    press(visitor, Qt.Key.Key_Escape)  # nothing open: back to the sections
    assert visitor.visit.screen == "home" and focused_name(visitor) == "sectionCard_0"

    # A map: a place opened and closed, the zoom, the date slider with the arrows.
    press(visitor, Qt.Key.Key_Down)
    press(visitor, Qt.Key.Key_Return)
    assert visitor.content.currentPanel["kind"] == "map"
    spot = tab_to(visitor, "hotspot_")
    title = accessible_name(spot)
    press(visitor, Qt.Key.Key_Space)
    assert visitor.find("mapInfoTitle").property("text") == title
    tab_to(visitor, "closeHotspot")
    press(visitor, Qt.Key.Key_Return)
    assert focused(visitor) == spot and visitor.find("mapInfoTitle").property("text") != title
    press(visitor, Qt.Key.Key_Return)
    press(visitor, Qt.Key.Key_Escape)
    assert visitor.visit.screen == "section" and focused(visitor) == spot
    zoom = visitor.find("mapZoom")
    tab_to(visitor, "zoomIn")
    press(visitor, Qt.Key.Key_Return)
    assert zoom.property("zoom") > 1
    date = visitor.find("layerDate").property("text")
    tab_to(visitor, "layerSlider")
    press(visitor, Qt.Key.Key_Right)
    assert visitor.visit.panelIndex == 0, "Right on the slider moves the date, not the page"
    assert visitor.find("layerDate").property("text") != date
    # On through the gallery (a picture chosen) and the compare panel with Next.
    tab_to(visitor, "nextButton")
    press(visitor, Qt.Key.Key_Return)
    assert visitor.content.currentPanel["kind"] == "gallery"
    press(visitor, Qt.Key.Key_Backtab)
    tab_to(visitor, "zoomIn", Qt.Key.Key_Backtab)
    tab_to(visitor, "nextButton")
    press(visitor, Qt.Key.Key_Return)
    assert visitor.content.currentPanel["kind"] == "compare"
    press(visitor, Qt.Key.Key_Home)  # the keypad's Home
    assert visitor.visit.screen == "home"

    # The quiz, answered with the keyboard to its end, then the player of each recording.
    tab_to(visitor, "sectionCard_2")
    press(visitor, Qt.Key.Key_Return)
    assert visitor.content.currentPanel["kind"] == "quiz"
    for _ in visitor.content.currentPanel["questions"]:
        tab_to(visitor, "choice_1")
        press(visitor, Qt.Key.Key_Return)
        assert visitor.find("choice_1").property("isPicked") is True
        tab_to(visitor, "quizConfirm")
        press(visitor, Qt.Key.Key_Return)
        assert visitor.find("quizFeedback").isVisible()
        assert focused_name(visitor) == "quizNext", "the focus moves on to Next as Confirm goes"
        press(visitor, Qt.Key.Key_Return)
    assert visitor.find("quizScore").isVisible() and focused_name(visitor) == "quizWayOn"
    press(visitor, Qt.Key.Key_Return)
    for kind in ("audio", "video"):
        assert visitor.content.currentPanel["kind"] == kind
        tab_to(visitor, "playButton")
        tab_to(visitor, "nextButton")
        press(visitor, Qt.Key.Key_Right)
    press(visitor, Qt.Key.Key_Escape)
    assert visitor.visit.screen == "home"


def test_text_that_scrolls_in_a_panel_scrolls_with_the_keys(make_visitor: Callable[..., Visitor]) -> None:
    visitor = make_visitor(size=(1280, 800))
    press(visitor, Qt.Key.Key_Space)
    press(visitor, Qt.Key.Key_Tab)
    tab_to(visitor, "displayButton", Qt.Key.Key_Backtab)
    press(visitor, Qt.Key.Key_Return)
    tab_to(visitor, "textSize_2")
    press(visitor, Qt.Key.Key_Return)  # 170 %: the quote no longer fits its place
    press(visitor, Qt.Key.Key_Escape)
    tab_to(visitor, "sectionCard_0")
    press(visitor, Qt.Key.Key_Return)
    press(visitor, Qt.Key.Key_Right)
    assert visitor.content.currentPanel["kind"] == "quote"
    area = tab_to(visitor, "scrollArea", Qt.Key.Key_Backtab)
    assert area.property("interactive") is True and area.property("contentY") == 0
    press(visitor, Qt.Key.Key_Down)
    assert area.property("contentY") > 0 and focused(visitor) == area
    press(visitor, Qt.Key.Key_PageDown)
    for _ in range(40):
        if area.property("atYEnd"):
            break
        press(visitor, Qt.Key.Key_Down)
    assert area.property("atYEnd") is True and focused(visitor) == area
    press(visitor, Qt.Key.Key_Down)  # at the end, Down moves the focus on
    assert focused(visitor) != area
    assert_focus_shown(visitor)


def test_the_idle_warning_and_the_pin_pad_take_the_keyboard(make_visitor: Callable[..., Visitor]) -> None:
    visitor = make_visitor(operator_pin="4071")
    press(visitor, Qt.Key.Key_Space)
    press(visitor, Qt.Key.Key_Down)
    assert focused_name(visitor) == "sectionCard_1"
    visitor.idle_for(10_000)
    assert visitor.idle.state == "warning"
    assert focused_name(visitor) == "continueButton"
    assert_focus_shown(visitor)
    press(visitor, Qt.Key.Key_Return)
    assert visitor.idle.state != "warning" and focused_name(visitor) == "sectionCard_1"
    visitor.operator.request()
    visitor.settle()
    assert focused_name(visitor) == "pinKey_1"
    for digit in (Qt.Key.Key_4, Qt.Key.Key_0, Qt.Key.Key_7, Qt.Key.Key_1):
        press(visitor, digit)
    assert visitor.find("pinDots").property("text") == "●" * 4
    tab_to(visitor, "pinKey_OK")
    press(visitor, Qt.Key.Key_Return)
    assert visitor.operator.panelOpen and focused_name(visitor) == "closeOperatorButton"
    press(visitor, Qt.Key.Key_Return)
    assert not visitor.operator.panelOpen and focused_name(visitor).startswith("sectionCard_")


def test_on_the_pin_pad_the_keys_are_the_operators_even_with_a_keypad_profile(
    make_visitor: Callable[..., Visitor],
) -> None:
    """A keypad whose digits turn pages (4: previous, 0: back) and whose Backspace goes back: on
    the PIN pad a digit is still a digit and Backspace deletes one (it closed the pad)."""
    from kiosk.keypad import DEFAULT_KEYS

    visitor = make_visitor(operator_pin="4071", keys={**DEFAULT_KEYS, "4": "previous", "0": "back", "7": "next"})
    press(visitor, Qt.Key.Key_Space)
    visitor.operator.request()
    visitor.settle()
    for key in (Qt.Key.Key_4, Qt.Key.Key_0, Qt.Key.Key_9, Qt.Key.Key_Backspace, Qt.Key.Key_7, Qt.Key.Key_1):
        press(visitor, key)
    assert visitor.operator.pinOpen and visitor.find("pinDots").property("text") == "●" * 4
    tab_to(visitor, "pinKey_OK")
    press(visitor, Qt.Key.Key_Return)
    assert visitor.operator.panelOpen
    press(visitor, Qt.Key.Key_Return)  # Close, the button that has the focus
    assert not visitor.operator.panelOpen
    visitor.visit.openSection(0)
    visitor.settle()
    press(visitor, Qt.Key.Key_0)  # the keys are the visitor's again: 0 goes back
    assert visitor.visit.screen == "home"


# -- the keypad profile from the settings --------------------------------------------------------


def test_a_keypad_set_up_in_the_settings_drives_the_visit(make_visitor: Callable[..., Visitor], tmp_path: Path) -> None:
    config = tmp_path / "kiosk.yaml"
    config.write_text(
        "keys:\n  5: select\n  8: up\n  2: down\n  4: previous\n  6: next\n  0: back\n  F2: help\n"
        "  Escape: none\n  F5: volume_up\n  F6: volume_down\n  F7: audio\n",
        encoding="utf-8",
    )
    settings, notes = load_settings(args(config=str(config)))
    assert notes == []
    visitor = make_visitor(keys=settings.keys)
    volume: list[int] = []
    sound: list[bool] = []
    visitor.kiosk.keypad.volumeRequested.connect(volume.append)
    visitor.kiosk.keypad.audioRequested.connect(lambda: sound.append(True))
    press(visitor, Qt.Key.Key_5)  # any key begins
    assert visitor.visit.screen == "home" and focused_name(visitor) == "sectionCard_0"
    press(visitor, Qt.Key.Key_2)
    assert focused_name(visitor) == "sectionCard_1"
    assert_focus_shown(visitor)
    press(visitor, Qt.Key.Key_8)
    press(visitor, Qt.Key.Key_5)
    assert visitor.visit.screen == "section" and visitor.visit.sectionIndex == 0
    press(visitor, Qt.Key.Key_6)
    assert visitor.visit.panelIndex == 1
    press(visitor, Qt.Key.Key_4)
    assert visitor.visit.panelIndex == 0
    press(visitor, Qt.Key.Key_F2)
    assert visitor.find("keysSheet").isVisible()
    lines = [line for line in visitor.find_all("keysLine")]
    assert len(lines) >= 8
    press(visitor, Qt.Key.Key_0)  # back closes the keys sheet first
    assert not visitor.find_all("keysSheet") and visitor.visit.screen == "section"
    press(visitor, Qt.Key.Key_F5)
    press(visitor, Qt.Key.Key_F6)
    press(visitor, Qt.Key.Key_F7)
    assert (volume, sound) == ([1, -1], [True])
    press(visitor, Qt.Key.Key_Escape)  # set to do nothing
    assert visitor.visit.screen == "section"
    press(visitor, Qt.Key.Key_0)
    assert visitor.visit.screen == "home"


# -- every control named for a screen reader, on every screen the proof draws --------------------

#: Items that take a press but are no visitor's control: named here with the reason.
NOT_CONTROLS = {
    "operatorCorner": "the operator's hidden way in (five taps); a screen reader must not offer it",
}


def interactive(item: QQuickItem) -> bool:
    if item.activeFocusOnTab() and item.isEnabled():
        return True
    if class_name(item).startswith("QQuickMouseArea") and item.isEnabled():
        meta = item.metaObject()
        try:
            for signature in ("clicked(QQuickMouseEvent*)", "pressed(QQuickMouseEvent*)"):
                index = meta.indexOfSignal(signature)
                if index >= 0 and item.isSignalConnected(meta.method(index)):
                    return True
        finally:
            if "_QML" in meta.className():  # see kiosk.ui.inspect.class_name
                shiboken6.invalidate(meta)
    return any(class_name(c).startswith("QQuickTapHandler") for c in item.children())


def unnamed(visitor: Visitor) -> Iterator[str]:
    screen = QRectF(0, 0, visitor.window.width(), visitor.window.height())

    def walk(item: QQuickItem) -> Iterator[QQuickItem]:
        if not item.isVisible():
            return
        yield item
        for child in item.childItems():
            yield from walk(child)

    for item in walk(visitor.window.contentItem()):
        rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        if not interactive(item) or not rect.intersects(screen) or item.objectName() in NOT_CONTROLS:
            continue
        if item.activeFocusOnTab():
            named = accessible_name(item)  # the control that takes the focus is the one read out
        else:  # a press area: its own name, or its control's (the area fills a button or a card)
            holders = [item, item.parentItem(), item.parentItem() and item.parentItem().parentItem()]
            named = next((n for n in (accessible_name(h) for h in holders if h is not None) if n), "")
        if not named:
            parent = item.parentItem()
            yield f"{class_name(item)} {item.objectName()!r} in {parent.objectName() if parent else ''!r}"


def test_every_control_on_every_screen_has_an_accessible_name(visitor: Visitor) -> None:
    exhibit = visitor.exhibit
    missing: dict[str, list[str]] = {}
    for name in proof._screens(visitor.kiosk, exhibit):
        visitor.settle()
        found = list(unnamed(visitor))
        if found:
            missing[name] = found
    assert not missing, "controls without an accessible name:\n" + "\n".join(
        f"{screen}: {', '.join(items)}" for screen, items in missing.items()
    )


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True, False and None are immortal from Python 3.12")
def test_keys_and_touches_in_turn_leave_the_counts_of_true_false_and_none_where_they_were(
    make_visitor: Callable[..., Visitor],
) -> None:
    """Each key after a touch (and each touch after a key) flips Keypad.active, which every ring
    reads; the keys sheet opens and closes; volume keys emit (tests/ui/test_reference_counts.py)."""
    from tests.ui.test_reference_counts import SLACK, counts, drift

    visitor = make_visitor()

    def one_round() -> None:
        visitor.tap("attractTouchArea")
        for _ in range(3):
            press(visitor, Qt.Key.Key_Down)
            visitor.tap("sectionCard_0")
            press(visitor, Qt.Key.Key_F1)
            press(visitor, Qt.Key.Key_Escape)
            press(visitor, Qt.Key.Key_Plus)
            press(visitor, Qt.Key.Key_Right)
            press(visitor, Qt.Key.Key_Escape)
        visitor.visit.reset()
        visitor.settle()

    for _ in range(2):
        one_round()
    start = counts()
    for n in range(8):
        one_round()
        moved = drift(start, counts())
        assert all(d > -SLACK for d in moved.values()), f"references lost after {n + 1} rounds: {moved}"
    moved = drift(start, counts())
    assert abs(moved["True"]) <= SLACK and abs(moved["False"]) <= SLACK, moved


@pytest.mark.parametrize(("kind", "hint"), [("quiz", "quizChangeHint"), ("map", "mapInfoTitle")])
def test_the_hints_speak_of_the_keys_to_a_visitor_using_keys(visitor: Visitor, kind: str, hint: str) -> None:
    """A hint that says "Touch" to someone with no hands on the glass is a dead end: once keys
    are in use, the quiz's and the map's hints say which keys; a touch brings the touch words back."""
    visitor.open_panel_of_kind(kind)
    visitor.visit.setLanguage("en")
    visitor.settle()
    assert "Touch" in visitor.find(hint).property("text")
    press(visitor, Qt.Key.Key_Tab)
    said = visitor.find(hint).property("text")
    assert "Touch" not in said and "Tab" in said and "Enter" in said, said
    visitor.tap(hint)
    assert "Touch" in visitor.find(hint).property("text")
