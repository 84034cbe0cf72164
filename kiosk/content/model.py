"""The typed content model: what a loaded exhibit is, after validation.

Every class here is a frozen dataclass made only by the loader (``kiosk.content.load``) from YAML
that passed validation, so code that reads the model never has to check types again. Nothing here
imports Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Literal


class Severity(StrEnum):
    """How bad a problem is: errors block the content, warnings are advice (``kiosk lint``)."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the content, located in its source file.

    ``file`` is relative to the content root where possible (``exhibits/x/siege.yaml``); ``line``
    and ``column`` are 1-based, 0 when the problem concerns a whole file.
    """

    file: str
    line: int
    column: int
    message: str
    hint: str = ""
    path: str = ""
    severity: Severity = Severity.ERROR
    code: str = ""

    def format(self) -> str:
        """``file:line:col: error: message`` with the hint on an indented second line."""
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        text = f"{where}: {self.severity.value}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


class LText(dict[str, str]):
    """Localised text: language code → text.

    ``text`` falls back to ``fallback`` (the exhibit's first language) and then to any text
    present, so a visitor never sees an empty field even when a curator allowed fallbacks.
    """

    def text(self, lang: str, fallback: str = "") -> str:
        if lang in self:
            return self[lang]
        if fallback and fallback in self:
            return self[fallback]
        return next(iter(self.values()), "")


@dataclass(frozen=True, slots=True)
class Media:
    """An image (or other media file) with what a visitor and a rights holder need to know."""

    file: str  # relative to the content root, '/'-separated, checked to resolve inside it
    alt: LText
    credit: LText
    licence: str
    caption: LText | None = None


@dataclass(frozen=True, slots=True)
class Track:
    """An audio or video track: a recording per language with WebVTT captions, and a transcript.

    A track with no ``file`` is *spoken*: the build (``kiosk.media.narration``) speaks its
    transcript with a speech synthesiser and writes timed captions; ``spoken_files`` there says
    where. A spoken track never has ``captions`` of its own (the loader refuses them).
    """

    file: LText | None  # language → path (the same path for every language when one was given)
    captions: LText | None
    transcript: LText
    credit: LText
    licence: str

    @property
    def spoken(self) -> bool:
        """True when the build speaks the transcript instead of playing a recording."""
        return self.file is None


@dataclass(frozen=True, slots=True, order=True)
class DatePoint:
    """A calendar point with its precision: ``month``/``day`` are 0 when not given."""

    year: int
    month: int = 0
    day: int = 0


@dataclass(frozen=True, slots=True)
class DateSpec:
    """A date as curators write it: a day, month or year, maybe approximate, maybe a range."""

    start: DatePoint
    end: DatePoint | None = None
    approximate: bool = False
    raw: str = ""

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.start.year, self.start.month, self.start.day)


@dataclass(frozen=True, slots=True)
class BibEntry:
    id: str
    citation: str
    note: LText | None = None


@dataclass(frozen=True, slots=True)
class Credit:
    role: LText
    name: str


@dataclass(frozen=True, slots=True)
class AttractSlide:
    image: Media
    text: LText
    seconds: float = 8.0


@dataclass(frozen=True, slots=True)
class Theme:
    background: str = "#14120f"
    surface: str = "#221f1a"
    text: str = "#f3ede2"
    muted: str = "#b9ae9c"
    accent: str = "#d9a441"


@dataclass(frozen=True, slots=True)
class IdleSettings:
    timeout: float = 120.0
    warning: float = 30.0


# --- panels ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class PanelBase:
    id: str
    title: LText
    sources: tuple[str, ...]
    note: LText | None = None
    narration: Track | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryPanel(PanelBase):
    kind: Literal["story"] = "story"
    body: LText
    image: Media | None = None


@dataclass(frozen=True, slots=True)
class QuoteOriginal:
    lang: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class QuotePanel(PanelBase):
    kind: Literal["quote"] = "quote"
    speaker: str
    role: LText
    original: QuoteOriginal
    translation: LText  # every exhibit language; the original's language holds the original text
    date: DateSpec | None = None
    context: LText | None = None
    verification: LText | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    value: float
    label: LText
    source: str
    to: float | None = None
    unit: LText | None = None


@dataclass(frozen=True, slots=True)
class Bar:
    label: LText
    value: float
    to: float | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class Chart:
    bars: tuple[Bar, ...]
    unit: LText | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FiguresPanel(PanelBase):
    kind: Literal["figures"] = "figures"
    items: tuple[Figure, ...]
    chart: Chart | None = None


@dataclass(frozen=True, slots=True)
class Era:
    start: DateSpec
    end: DateSpec
    title: LText


@dataclass(frozen=True, slots=True)
class Event:
    date: DateSpec
    title: LText
    body: LText | None = None
    image: Media | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelinePanel(PanelBase):
    kind: Literal["timeline"] = "timeline"
    events: tuple[Event, ...]  # sorted by date by the loader
    eras: tuple[Era, ...] = ()


HotspotState = Literal["info", "held", "attacked", "fallen", "abandoned"]
HOTSPOT_STATES: tuple[str, ...] = ("info", "held", "attacked", "fallen", "abandoned")


@dataclass(frozen=True, slots=True)
class Hotspot:
    id: str
    x: float
    y: float
    title: LText
    body: LText | None = None


@dataclass(frozen=True, slots=True)
class Mark:
    hotspot: str
    state: str


@dataclass(frozen=True, slots=True)
class Layer:
    date: DateSpec
    title: LText
    marks: tuple[Mark, ...] = ()
    body: LText | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MapPanel(PanelBase):
    kind: Literal["map"] = "map"
    image: Media
    hotspots: tuple[Hotspot, ...]
    layers: tuple[Layer, ...] = ()  # sorted by date by the loader

    def states_at(self, layer_index: int) -> dict[str, str]:
        """Each hotspot's state once the layers up to ``layer_index`` (inclusive) have happened.

        ``layer_index`` of -1 means before the first layer: every hotspot is in its initial state.
        """
        states = {h.id: "info" for h in self.hotspots}
        for layer in self.layers[: layer_index + 1]:
            for mark in layer.marks:
                states[mark.hotspot] = mark.state
        return states


@dataclass(frozen=True, slots=True, kw_only=True)
class GalleryPanel(PanelBase):
    kind: Literal["gallery"] = "gallery"
    images: tuple[Media, ...]


@dataclass(frozen=True, slots=True)
class Column:
    heading: LText
    body: LText


@dataclass(frozen=True, slots=True, kw_only=True)
class ComparePanel(PanelBase):
    kind: Literal["compare"] = "compare"
    left: Column
    right: Column


@dataclass(frozen=True, slots=True)
class Choice:
    text: LText
    feedback: LText
    correct: bool = False


@dataclass(frozen=True, slots=True)
class Question:
    prompt: LText
    choices: tuple[Choice, ...]

    @property
    def answer(self) -> int:
        return next(i for i, c in enumerate(self.choices) if c.correct)


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizPanel(PanelBase):
    kind: Literal["quiz"] = "quiz"
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class AudioPanel(PanelBase):
    kind: Literal["audio"] = "audio"
    track: Track


@dataclass(frozen=True, slots=True, kw_only=True)
class VideoPanel(PanelBase):
    kind: Literal["video"] = "video"
    track: Track
    poster: Media | None = None


Panel = (
    StoryPanel
    | QuotePanel
    | FiguresPanel
    | TimelinePanel
    | MapPanel
    | GalleryPanel
    | ComparePanel
    | QuizPanel
    | AudioPanel
    | VideoPanel
)

PANEL_KINDS: tuple[str, ...] = (
    "story",
    "quote",
    "figures",
    "timeline",
    "map",
    "gallery",
    "compare",
    "quiz",
    "audio",
    "video",
)


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: LText
    summary: LText
    cover: Media
    panels: tuple[Panel, ...]
    narration: Track | None = None
    file: str = ""  # source file, relative to the content root


@dataclass(frozen=True, slots=True)
class Exhibit:
    id: str
    title: LText
    languages: tuple[str, ...]
    attract: tuple[AttractSlide, ...]
    sections: tuple[Section, ...]  # only the sections that loaded without errors, in order
    bibliography: dict[str, BibEntry]
    root: Path  # the content root (holds exhibits/ and assets/)
    subtitle: LText | None = None
    credits: tuple[Credit, ...] = ()
    theme: Theme = field(default_factory=Theme)
    idle: IdleSettings = field(default_factory=IdleSettings)
    allow_fallback: bool = False

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def media_path(self, relative: str) -> Path:
        """The absolute path of a media file named in the content."""
        return self.root / relative


def media_in(obj: object) -> Iterator[Media]:
    """Every Media inside a model object, depth first, in the order the content has them."""
    if isinstance(obj, Media):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from media_in(getattr(obj, f.name))
    elif isinstance(obj, tuple | list):
        for item in obj:
            yield from media_in(item)
    elif isinstance(obj, dict):
        for item in obj.values():
            if not isinstance(item, str):
                yield from media_in(item)
