"""The contrast of every pair of the palette (Theme.qml) in both themes, read through the engine
as the screens get them: text on what it lies on, and every mark that is not text (a track, a
dot, a map's point, a control's edge) on its ground, against WCAG 2.2: AA in the standard theme
(text 4.5:1, marks 3:1, SC 1.4.3 and 1.4.11), more in high contrast (text 7:1, SC 1.4.6; marks
4.5:1). Every colour of the palette must be in a pair, so a new one cannot slip past."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtGui import QColor

from kiosk.content.lint import contrast
from tests.ui.conftest import Visitor

#: (foreground, background, where): text in each pair's foreground.
TEXT = [
    ("text", "background", "body, titles"),
    ("text", "surface", "cards, control bar, sheets"),
    ("text", "raised", "button labels, quiz answers"),
    ("text", "pressed", "a label while a finger is down"),
    ("text", "chosen", "a quiz answer picked"),
    ("text", "goodFill", "the right answer"),
    ("text", "badFill", "a wrong answer"),
    ("muted", "background", "breadcrumb, progress, credits, legend"),
    ("muted", "surface", "card summaries, flat buttons on the bar"),
    ("accent", "background", "section title, big figures"),
    ("accent", "surface", "card titles, timeline dates"),
    ("accent", "raised", "era labels on odd bands"),
    ("inkOnAccent", "accent", "primary and chosen buttons, the section number"),
    ("mapText", "mapChip", "a map's place names"),
    ("accent", "mapChip", "the open place's name"),
]

#: (mark, ground, where): what is not text but must be seen.
MARKS = [
    ("line", "background", "slider track, page dots"),
    ("line", "surface", "slider track in the narration bar"),
    ("accent", "background", "this panel's dot, slider handle"),
    ("accent", "raised", "a picked quiz answer's edge"),
    ("good", "goodFill", "the right answer's edge"),
    ("bad", "badFill", "a wrong answer's edge"),
    ("good", "background", "the right answer's edge on the page"),
    ("bad", "background", "a wrong answer's edge on the page"),
    ("mapStates.info", "mapChip", "a place"),
    ("mapStates.held", "mapChip", "held"),
    ("mapStates.attacked", "mapChip", "under attack"),
    ("mapStates.fallen", "mapChip", "fallen"),
    ("mapStates.abandoned", "mapChip", "abandoned"),
    ("outline", "background", "a control's edge (high contrast)"),
    ("outline", "surface", "a control's edge on the bar (high contrast)"),
    ("outline", "raised", "a button's edge on its own fill (high contrast)"),
    # the ring's two bands; one of them on any ground: tests/ui/test_keyboard.py
    ("focusDark", "focusLight", "the focus ring, its black band on its white one"),
]

THRESHOLDS = {False: (4.5, 3.0), True: (7.0, 4.5)}  # high contrast → (text, marks)


def palette(visitor: Visitor, high: bool) -> dict[str, QColor]:
    """Every colour of Theme, as the engine has it with the visitor's contrast set to ``high``."""
    visitor.visit.setHighContrast(high)
    visitor.settle()
    theme = visitor.kiosk.engine.singletonInstance("Kiosk", "Theme")
    meta = theme.metaObject()
    colours: dict[str, QColor] = {}
    names = [meta.property(i).name() for i in range(meta.propertyOffset(), meta.propertyCount())]
    shiboken6.invalidate(meta)  # built at run time, freed with the engine (kiosk.ui.inspect.class_name)
    for name in names:
        value = theme.property(name)
        if isinstance(value, QColor):
            colours[name] = value
    states = theme.property("mapStates")
    states = states.toVariant() if hasattr(states, "toVariant") else states
    for name, value in states.items():
        colours[f"mapStates.{name}"] = QColor(value)
    return colours


def ratio(colours: dict[str, QColor], fg: str, bg: str) -> float | None:
    a, b = colours[fg], colours[bg]
    if a.alpha() == 0:  # no edge drawn (the standard theme's outline)
        return None
    assert a.alpha() == 255 and b.alpha() == 255, f"{fg} on {bg}: a see-through colour has no one contrast"
    return contrast(a.name(), b.name())


@pytest.mark.parametrize("high", [False, True], ids=["standard", "high-contrast"])
def test_every_pair_of_the_palette_meets_its_contrast(visitor: Visitor, high: bool) -> None:
    colours = palette(visitor, high)
    text_min, mark_min = THRESHOLDS[high]
    weak = []
    for pairs, least in ((TEXT, text_min), (MARKS, mark_min)):
        for fg, bg, where in pairs:
            r = ratio(colours, fg, bg)
            if r is not None and r < least:
                weak.append(f"{fg} {colours[fg].name()} on {bg} {colours[bg].name()}: {r:.2f}:1 < {least}:1 ({where})")
    assert not weak, "\n".join(weak)
    if high:  # in high contrast every control has its edge
        assert (
            colours["outline"].alpha() == 255
            and visitor.kiosk.engine.singletonInstance("Kiosk", "Theme").property("outlineWidth") >= 2
        )


def test_every_colour_of_the_palette_is_measured(visitor: Visitor) -> None:
    named = {c for fg, bg, _ in TEXT + MARKS for c in (fg, bg)}
    for high in (False, True):
        missing = set(palette(visitor, high)) - named
        assert not missing, f"colours of Theme.qml in no pair of this test: {sorted(missing)}"


def test_the_map_states_differ_in_colour_and_shape(visitor: Visitor) -> None:
    # Shape and word carry the state (MapPanel.qml); colour repeats it, so two states never
    # share a colour in either theme.
    for high in (False, True):
        states = {k: v.name() for k, v in palette(visitor, high).items() if k.startswith("mapStates.")}
        assert len(set(states.values())) == len(states) == 5, states


def test_the_check_fails_on_a_weak_pair(make_visitor: Callable[..., Visitor]) -> None:
    # Not a test that cannot fail: the review's slider track (raised on background) is 1.31:1.
    colours = palette(make_visitor(), False)
    assert (ratio(colours, "raised", "background") or 0) < THRESHOLDS[False][1]
