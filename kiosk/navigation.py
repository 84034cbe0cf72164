"""Where the visitor is: the attract loop, the home cards, a section and its panel, and what
they opened on it (its "More" layer, its sources, a hotspot or an event: the detail); and how
they see it: language, text size, contrast and motion (the last two start from the operator's
``high_contrast`` and ``reduce_motion`` settings; the visitor's "Display" sheet changes all
three for their visit only). Plain Python, no Qt and no clock (idle time is :mod:`kiosk.session`'s).

::

    attract --start--> home --open section--> section (panel 0..n-1) --open detail--> detail
       ^                 ^  <------back/home----   |     <-------------back-----------
       +---- reset ------+------------------------+

Back goes up one level (detail → panel → home), Home goes home; turning the page closes the
detail. A detail is named by the screen that opens it ("more", "sources", "hotspot:ford"...).

Every call returns what it changed (:class:`Changed`), so the Qt adapter tells the screens exactly
that and nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Flag, auto

#: The text sizes a visitor can choose, as a share of the default: up to 200 % (WCAG 1.4.4) in
#: four steps, so the largest is three taps away and each step is a change a visitor sees (the
#: 140 % of the earlier three steps is kept: it was proofed and visitors know it).
TEXT_SCALES = (1.0, 1.4, 1.7, 2.0)


class Changed(Flag):
    NOTHING = 0
    SCREEN = auto()  # attract, home or section
    PLACE = auto()  # the section or the panel
    DETAIL = auto()  # a detail (More, the sources, a hotspot...) opened or closed
    LANGUAGE = auto()
    TEXT = auto()  # the text size
    DISPLAY = auto()  # contrast, motion, or the Display sheet opened or closed


@dataclass
class Navigation:
    """One visitor's place in the exhibit.

    ``layout`` is the number of panels in each section (``[]`` until the content is known);
    ``languages`` the exhibit's, the first being the one every visit starts in unless
    ``default_language`` names another of them.
    """

    layout: Sequence[int] = ()
    languages: Sequence[str] = ("en",)
    default_language: str = ""
    screen: str = "attract"
    section: int = -1
    panel: int = 0
    detail: str = ""  # what is opened on the panel ("" for nothing)
    language: str = field(default="")
    text_step: int = 0
    #: The operator's defaults (kiosk.settings high_contrast, reduce_motion): every visit starts so.
    default_high_contrast: bool = False
    default_reduce_motion: bool = False
    high_contrast: bool = False
    reduce_motion: bool = False
    display_open: bool = False  # the visitor's Display sheet (text size, contrast, motion)

    def __post_init__(self) -> None:
        self.use(self.layout, self.languages, self.default_language)
        self.high_contrast, self.reduce_motion = self.default_high_contrast, self.default_reduce_motion

    def use(self, layout: Sequence[int], languages: Sequence[str], default_language: str = "") -> Changed:
        """The content arrived (or changed): keep the visitor's language if the exhibit has it."""
        if not languages:
            raise ValueError("an exhibit has at least one language")
        self.layout = tuple(layout)
        self.languages = tuple(languages)
        self.default_language = default_language if default_language in self.languages else self.languages[0]
        if self.language in self.languages:
            return Changed.NOTHING
        self.language = self.default_language
        return Changed.LANGUAGE

    @property
    def text_scale(self) -> float:
        return TEXT_SCALES[self.text_step]

    @property
    def panel_count(self) -> int:
        return self.layout[self.section] if 0 <= self.section < len(self.layout) else 0

    def _go(self, screen: str) -> Changed:
        if screen == self.screen:
            return Changed.NOTHING
        self.screen = screen
        return Changed.SCREEN | self.close_detail() | self.close_display()

    def start(self) -> Changed:
        """A touch on the attract loop: the home cards."""
        return self._go("home") if self.screen == "attract" else Changed.NOTHING

    def open_section(self, index: int) -> Changed:
        if self.screen == "attract" or not 0 <= index < len(self.layout):
            return Changed.NOTHING
        self.section, self.panel = index, 0
        return Changed.PLACE | self._go("section")

    def go_home(self) -> Changed:
        return Changed.NOTHING if self.screen == "attract" else self._go("home")

    def back(self) -> Changed:
        """One level up: the Display sheet or an opened detail closes, a section goes back to
        the cards."""
        if self.display_open:
            return self.close_display()
        if self.detail:
            return self.close_detail()
        return self._go("home") if self.screen == "section" else Changed.NOTHING

    def go_to_panel(self, index: int) -> Changed:
        if self.screen != "section" or not self.panel_count:
            return Changed.NOTHING
        index = max(0, min(index, self.panel_count - 1))
        if index == self.panel:
            return Changed.NOTHING
        self.panel = index
        return Changed.PLACE | self.close_detail()

    def next_panel(self) -> Changed:
        return self.go_to_panel(self.panel + 1)

    def previous_panel(self) -> Changed:
        return self.go_to_panel(self.panel - 1)

    @property
    def sources_open(self) -> bool:
        return self.detail == "sources"

    def open_detail(self, name: str) -> Changed:
        """Open ``name`` on the current panel, in place of what was open."""
        if self.screen != "section" or not name or name == self.detail:
            return Changed.NOTHING
        self.detail = name
        return Changed.DETAIL

    def close_detail(self) -> Changed:
        if not self.detail:
            return Changed.NOTHING
        self.detail = ""
        return Changed.DETAIL

    def open_sources(self) -> Changed:
        return self.open_detail("sources")

    def set_language(self, code: str) -> Changed:
        if code == self.language or code not in self.languages:
            return Changed.NOTHING
        self.language = code
        return Changed.LANGUAGE

    def cycle_text_size(self) -> Changed:
        self.text_step = (self.text_step + 1) % len(TEXT_SCALES)
        return Changed.TEXT

    def set_text_step(self, step: int) -> Changed:
        if step == self.text_step or not 0 <= step < len(TEXT_SCALES):
            return Changed.NOTHING
        self.text_step = step
        return Changed.TEXT

    def set_high_contrast(self, on: bool) -> Changed:
        if on == self.high_contrast:
            return Changed.NOTHING
        self.high_contrast = on
        return Changed.DISPLAY

    def set_reduce_motion(self, on: bool) -> Changed:
        if on == self.reduce_motion:
            return Changed.NOTHING
        self.reduce_motion = on
        return Changed.DISPLAY

    def open_display(self) -> Changed:
        """The Display sheet (on home or a section: wherever the control bar is)."""
        if self.screen == "attract" or self.display_open:
            return Changed.NOTHING
        self.display_open = True
        return Changed.DISPLAY

    def close_display(self) -> Changed:
        if not self.display_open:
            return Changed.NOTHING
        self.display_open = False
        return Changed.DISPLAY

    def reset(self) -> Changed:
        """The visit ended: the next visitor starts on the attract loop, in the default language,
        at the first text size, with the operator's contrast and motion, with nothing of this
        visit left."""
        changed = self.close_detail() | self.close_display()
        changed |= self.set_high_contrast(self.default_high_contrast)
        changed |= self.set_reduce_motion(self.default_reduce_motion)
        if self.section != -1 or self.panel:
            self.section, self.panel = -1, 0
            changed |= Changed.PLACE
        if self.text_step:
            self.text_step = 0
            changed |= Changed.TEXT
        changed |= self.set_language(self.default_language)
        return changed | self._go("attract")
