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
from typing import Annotated, Literal, get_args

from kiosk.content.declare import Doc, described


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


IMAGE = "image file, relative to the content folder (PNG, JPEG, WebP or SVG)"
CREDIT = "who made it (localised, or one text for all languages)"


@described("a media item", "An image with alt text, credit and licence", "media")
@dataclass(frozen=True, slots=True)
class Media:
    """An image (or other media file) with what a visitor and a rights holder need to know."""

    # relative to the content root, '/'-separated, checked to resolve inside it
    file: Annotated[str, Doc(IMAGE, as_="image")]
    alt: Annotated[LText, Doc("what the picture shows, for someone who cannot see it")]
    credit: Annotated[LText, Doc(CREDIT, one_for_all=True)]
    licence: Annotated[str, Doc("the licence, e.g. CC BY-SA 4.0")]
    caption: Annotated[LText | None, Doc("caption shown under the picture")] = None


@described(
    "a sign-language video",
    "A signer's video of a panel or of its recording, per language (VSL, ASL, LSF…), shown in a corner over "
    "the panel when the visitor turns sign language on",
    "signLanguage",
)
@dataclass(frozen=True, slots=True, kw_only=True)
class SignVideo:
    """A sign-language video: one declaration, carried by a panel (``PanelBase.sign_language``)
    or by a recording (``Track.sign_language``). A language without a file has none (no other
    language's signer stands in); one path stands for every language."""

    file: Annotated[
        LText,
        Doc(
            "video of a signer per language (a sign language for each spoken one: VSL for vi, ASL or BSL "
            "for en, LSF for fr), or one path for all languages",
            one_for_all=True,
            complete=False,
            item=Doc("video file", as_="media"),
        ),
    ]
    credit: Annotated[LText, Doc(CREDIT, one_for_all=True)]
    licence: Annotated[str, Doc("the licence, e.g. CC BY 4.0")]


@described(
    "a track",
    "An audio track or narration: a recording per language with WebVTT captions, or no file and a "
    "transcript the build speaks",
    "track",
)
@dataclass(frozen=True, slots=True, kw_only=True)
class Track:
    """An audio or video track: a recording per language with WebVTT captions, and a transcript.

    A track with no ``file`` is *spoken*: the build (``kiosk.media.narration``) speaks its
    transcript with a speech synthesiser and writes timed captions; ``spoken_files`` there says
    where. A spoken track never has ``captions`` of its own (the loader refuses them).
    """

    # language → path (the same path for every language when one was given)
    file: Annotated[
        LText | None,
        Doc(
            "recorded audio or video file per language, or one path for all languages; leave it out and "
            "the build speaks the transcript, with timed captions",
            one_for_all=True,
            item=Doc("audio or video file", as_="media"),
        ),
    ] = None
    captions: Annotated[
        LText | None,
        Doc(
            "WebVTT captions per language, for the recording in 'file'",
            item=Doc("WebVTT file", as_="captions"),
        ),
    ] = None
    transcript: Annotated[
        LText, Doc("the full text of the track (markup); spoken aloud when there is no file", markup=True)
    ]
    credit: Annotated[LText, Doc(CREDIT, one_for_all=True)]
    licence: Annotated[str, Doc("the licence, e.g. CC BY 4.0")]
    sign_language: SignVideo | None = None

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


@described("a bibliography entry", "A source the exhibit relies on", "bibEntry")
@dataclass(frozen=True, slots=True)
class BibEntry:
    id: str  # its key in the bibliography
    citation: Annotated[str, Doc("the full citation")]
    short: Annotated[
        LText | None,
        Doc("how a panel names it in one line, e.g. 'Fall 1966' (default: from the id 'fall-1966')", one_for_all=True),
    ] = None
    note: Annotated[LText | None, Doc("how the exhibit uses this source")] = None


@described("a credit", "Who made the exhibit")
@dataclass(frozen=True, slots=True)
class Credit:
    role: Annotated[LText, Doc("what they did")]
    name: Annotated[str, Doc("their name")]


@described("an attract slide", "One slide of the attract loop", "slide")
@dataclass(frozen=True, slots=True)
class AttractSlide:
    image: Media
    text: Annotated[LText, Doc("one short line on the slide")]
    seconds: Annotated[float, Doc("how long it shows (3–60, default 8)", low=3, high=60)] = 8.0


@described("the theme", "Colours as #rrggbb")
@dataclass(frozen=True, slots=True)
class Theme:
    background: Annotated[str, Doc("background colour", as_="colour")] = "#14120f"
    surface: Annotated[str, Doc("surface colour", as_="colour")] = "#221f1a"
    text: Annotated[str, Doc("text colour", as_="colour")] = "#f3ede2"
    muted: Annotated[str, Doc("muted colour", as_="colour")] = "#b9ae9c"
    accent: Annotated[str, Doc("accent colour", as_="colour")] = "#d9a441"


@described("the idle settings", "When the kiosk starts over")
@dataclass(frozen=True, slots=True)
class IdleSettings:
    timeout: Annotated[
        float, Doc("seconds without a touch before the 'Are you still there?' overlay", low=15, high=3600)
    ] = 120.0
    warning: Annotated[float, Doc("seconds the overlay counts down before the kiosk starts over", low=10, high=120)] = (
        30.0
    )


# --- panels ---------------------------------------------------------------------------------
# A panel kind is a subclass of PanelBase with a ``kind`` literal, listed in ``Panel`` below; its
# name in messages ("a story panel") and its schema name ("storyPanel") follow from the kind.


@dataclass(frozen=True, slots=True, kw_only=True)
class PanelBase:
    id: Annotated[str, Doc("panel id, unique within the section", as_="id", what="panel id")]
    title: Annotated[LText, Doc("panel title")]
    sources: Annotated[
        tuple[str, ...],
        Doc(
            "bibliography ids this relies on",
            item=Doc("a bibliography id", as_="source"),
            min_items=1,
            what="source",
            unique="",
        ),
    ]
    note: Annotated[LText | None, Doc("source note: how the text relates to its sources")] = None
    lead: Annotated[LText | None, Doc("one sentence that opens the panel, shown above the rest")] = None
    more: Annotated[LText | None, Doc("the deeper layer, shown when the visitor taps More (markup)", markup=True)] = (
        None
    )
    narration: Track | None = None
    sign_language: SignVideo | None = None


@described("Text, with an optional picture")
@dataclass(frozen=True, slots=True, kw_only=True)
class StoryPanel(PanelBase):
    kind: Literal["story"] = "story"
    body: Annotated[LText, Doc("the text (markup)", markup=True)]
    image: Media | None = None


@described("the original", "The words as spoken or written")
@dataclass(frozen=True, slots=True)
class QuoteOriginal:
    lang: Annotated[str, Doc("language of the original words", as_="lang")]
    text: Annotated[str, Doc("the original words")]


@described("Somebody's words, original and translated")
@dataclass(frozen=True, slots=True, kw_only=True)
class QuotePanel(PanelBase):
    kind: Literal["quote"] = "quote"
    speaker: Annotated[str, Doc("who said or wrote it")]
    role: Annotated[LText, Doc("who they were at the time")]
    date: Annotated[DateSpec | None, Doc("when (a date as text)")] = None
    original: QuoteOriginal
    # every exhibit language; the original's language holds the original text (the loader fills it)
    translation: Annotated[LText, Doc("one per exhibit language other than the original's", complete=False)]
    context: Annotated[LText | None, Doc("when and to whom")] = None
    verification: Annotated[LText | None, Doc("how far the words are verified")] = None


@described("a figure", "A big number with its label", "figure")
@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    value: Annotated[float, Doc("the number (with 'to', the start of a range)")]
    to: Annotated[float | None, Doc("the end of a range")] = None
    unit: Annotated[LText | None, Doc("unit, e.g. 'men'")] = None
    label: Annotated[LText, Doc("what the number counts")]
    source: Annotated[str, Doc("the bibliography id for this number", as_="source")]


@described("a bar", "One bar of a chart", "bar")
@dataclass(frozen=True, slots=True)
class Bar:
    label: Annotated[LText, Doc("bar label")]
    value: Annotated[float, Doc("bar value (with 'to', the start of a range)")]
    to: Annotated[float | None, Doc("the end of a range bar")] = None
    source: Annotated[str, Doc("the bibliography id for this value", as_="source")] = ""


@described("a chart", "Comparison bars drawn from the data")
@dataclass(frozen=True, slots=True, kw_only=True)
class Chart:
    unit: Annotated[LText | None, Doc("unit of the bars")] = None
    bars: Annotated[tuple[Bar, ...], Doc("the bars", min_items=1, what="bar")]


@described("Big numbers, with optional comparison bars")
@dataclass(frozen=True, slots=True, kw_only=True)
class FiguresPanel(PanelBase):
    kind: Literal["figures"] = "figures"
    items: Annotated[tuple[Figure, ...], Doc("the numbers", min_items=1, what="item")]
    chart: Chart | None = None


@described("an era", "A band of time behind the events", "era")
@dataclass(frozen=True, slots=True)
class Era:
    start: Annotated[DateSpec, Doc("start date", key="from")]
    end: Annotated[DateSpec, Doc("end date", key="to")]
    title: Annotated[LText, Doc("era name")]


@described("an event", "A dated event", "event")
@dataclass(frozen=True, slots=True)
class Event:
    date: Annotated[DateSpec, Doc("when (a date as text)")]
    title: Annotated[LText, Doc("event title")]
    body: Annotated[LText | None, Doc("event text (markup)", markup=True)] = None
    more: Annotated[LText | None, Doc("the event's deeper layer, behind More (markup)", markup=True)] = None
    image: Media | None = None


@described("Dated events, with optional eras")
@dataclass(frozen=True, slots=True, kw_only=True)
class TimelinePanel(PanelBase):
    kind: Literal["timeline"] = "timeline"
    eras: Annotated[tuple[Era, ...], Doc("optional bands behind the events", what="era", sort="start")] = ()
    # sorted by date by the loader
    events: Annotated[
        tuple[Event, ...], Doc("the events (shown in date order)", min_items=1, what="event", sort="date")
    ]


HotspotState = Literal["info", "held", "attacked", "fallen", "abandoned"]
HOTSPOT_STATES: tuple[str, ...] = ("info", "held", "attacked", "fallen", "abandoned")


@described("a hotspot", "A tappable point on the picture", "hotspot")
@dataclass(frozen=True, slots=True)
class Hotspot:
    id: Annotated[str, Doc("hotspot id, unique within the map", as_="id", what="hotspot id")]
    x: Annotated[float, Doc("0 = left edge, 1 = right edge", low=0.0, high=1.0)]
    y: Annotated[float, Doc("0 = top, 1 = bottom", low=0.0, high=1.0)]
    title: Annotated[LText, Doc("hotspot title")]
    body: Annotated[LText | None, Doc("hotspot text (markup)", markup=True)] = None
    more: Annotated[LText | None, Doc("the hotspot's deeper layer, behind More (markup)", markup=True)] = None
    label: Annotated[LText | None, Doc("a short name the kiosk draws beside the point (else the title)")] = None


@described("a mark", "A hotspot's state from this layer's date on")
@dataclass(frozen=True, slots=True)
class Mark:
    hotspot: Annotated[str, Doc("the hotspot's id", as_="id", what="hotspot id")]
    state: Annotated[str, Doc("the hotspot's new state", values=HOTSPOT_STATES, what="hotspot state")]


@described("a layer", "What changes on the map at a date", "layer")
@dataclass(frozen=True, slots=True, kw_only=True)
class Layer:
    date: Annotated[DateSpec, Doc("when (a date as text)")]
    title: Annotated[LText, Doc("layer title")]
    body: Annotated[LText | None, Doc("layer text (markup)", markup=True)] = None
    marks: Annotated[tuple[Mark, ...], Doc("hotspot states set at this date", what="mark")] = ()


@described("A picture with tappable hotspots and optional dated layers")
@dataclass(frozen=True, slots=True, kw_only=True)
class MapPanel(PanelBase):
    kind: Literal["map"] = "map"
    image: Media
    hotspots: Annotated[tuple[Hotspot, ...], Doc("tappable points", min_items=1, what="hotspot", unique="id")]
    # sorted by date by the loader
    layers: Annotated[tuple[Layer, ...], Doc("dated layers replayed by a date slider", what="layer", sort="date")] = ()

    def states_at(self, layer_index: int) -> dict[str, str]:
        """Each hotspot's state once the layers up to ``layer_index`` (inclusive) have happened.

        ``layer_index`` of -1 means before the first layer: every hotspot is in its initial state.
        """
        states = {h.id: "info" for h in self.hotspots}
        for layer in self.layers[: layer_index + 1]:
            for mark in layer.marks:
                states[mark.hotspot] = mark.state
        return states


@described("Pictures with captions")
@dataclass(frozen=True, slots=True, kw_only=True)
class GalleryPanel(PanelBase):
    kind: Literal["gallery"] = "gallery"
    images: Annotated[tuple[Media, ...], Doc("the pictures", min_items=1, what="image", variant="galleryImage")]


@described("a column", "One side of a comparison", "column")
@dataclass(frozen=True, slots=True)
class Column:
    heading: Annotated[LText, Doc("column heading")]
    body: Annotated[LText, Doc("column text (markup)", markup=True)]


@described("Two columns side by side")
@dataclass(frozen=True, slots=True, kw_only=True)
class ComparePanel(PanelBase):
    kind: Literal["compare"] = "compare"
    left: Column
    right: Column


@described("a choice", "One answer to pick", "choice")
@dataclass(frozen=True, slots=True)
class Choice:
    text: Annotated[LText, Doc("the answer")]
    feedback: Annotated[LText, Doc("shown when this choice is picked")]
    correct: Annotated[bool, Doc("true for the one right answer")] = False


@described("a question", "A question with its choices", "question")
@dataclass(frozen=True, slots=True)
class Question:
    prompt: Annotated[LText, Doc("the question")]
    choices: Annotated[tuple[Choice, ...], Doc("the answers to pick from", min_items=2, what="choice")]

    @property
    def answer(self) -> int:
        return next(i for i, c in enumerate(self.choices) if c.correct)


@described("Questions with feedback")
@dataclass(frozen=True, slots=True, kw_only=True)
class QuizPanel(PanelBase):
    kind: Literal["quiz"] = "quiz"
    questions: Annotated[tuple[Question, ...], Doc("the questions", min_items=1, what="question")]


@described("An audio track with captions and transcript")
@dataclass(frozen=True, slots=True, kw_only=True)
class AudioPanel(PanelBase):
    kind: Literal["audio"] = "audio"
    track: Track


@described("A video with captions and transcript")
@dataclass(frozen=True, slots=True, kw_only=True)
class VideoPanel(PanelBase):
    kind: Literal["video"] = "video"
    track: Annotated[Track, Doc("the video", variant="videoTrack")]
    poster: Media | None = None


#: Every panel kind, in the order the format documents them. A new kind is a class above and a
#: line here (docs/architecture.md, "Adding a panel kind").
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

PANEL_KINDS: tuple[str, ...] = tuple(cls.__dataclass_fields__["kind"].default for cls in get_args(Panel))


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
