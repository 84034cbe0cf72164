"""The views the screens read: what :class:`kiosk.present.Presenter` makes, one type per panel kind.

They are ``TypedDict``s, so mypy checks that the presenter fills every field with the right type,
and QML receives them as plain JavaScript objects (a dict crosses into QML as one, with no
per-field Python object for the binding to wrap). What a QML file reads from a view is checked
against these declarations by ``tests/test_views.py``: a panel that reads a field its view does
not have fails there, not on a visitor's screen. Plain Python; imports nothing of the kiosk.
"""

from __future__ import annotations

from typing import TypedDict


class VariantView(TypedDict):
    w: int
    h: int
    url: str


class MediaView(TypedDict):
    url: str  # the largest built version ("" if none was built)
    variants: list[VariantView]  # smallest first; the screen picks one (Content.pick)
    alt: str
    credit: str
    licence: str
    caption: str


class CueView(TypedDict):
    start: int  # ms
    end: int
    text: str


class TrackView(TypedDict):
    url: str
    file: str
    cues: list[CueView]
    transcript: str
    credit: str
    licence: str


class SectionView(TypedDict):
    sectionId: str
    title: str
    summary: str
    cover: MediaView
    panelCount: int


class SlideView(TypedDict):
    image: MediaView
    text: str
    seconds: float


class SourceEntryView(TypedDict):
    citation: str
    note: str


class SourcesView(TypedDict):
    title: str
    note: str
    entries: list[SourceEntryView]


class SignView(TypedDict):
    """A sign-language video for the visitor's language ("" url: none for it)."""

    url: str
    credit: str
    licence: str


class PanelView(TypedDict):
    """What every panel has."""

    kind: str
    panelId: str
    title: str
    lead: str  # one sentence above the rest ("" if the panel has none)
    more: str  # the deeper layer behind "More" (styled; "" if none)
    sourceLine: str  # a short line naming the sources ("Fall 1966; Windrow 2004"); the sheet has the rest
    hasNote: bool
    qml: str  # the file that shows it (kiosk/ui/qml/Kiosk/), from BY_KIND
    signLanguage: SignView  # the panel's signer, or its recording's (kiosk.content.model.SignVideo)


class StoryView(PanelView):
    body: str
    image: MediaView


class QuoteView(PanelView):
    speaker: str
    role: str
    date: str
    quote: str  # in the visitor's language, in its quotation marks
    original: str  # the words as spoken, when the quote shows a translation
    originalLanguage: str
    context: str
    verification: str


class FigureView(TypedDict):
    value: str
    unit: str
    label: str
    source: str


class BarView(TypedDict):
    label: str
    value: str
    start: float  # 0..1 of the longest bar
    end: float
    note: str


class ChartView(TypedDict):
    unit: str
    widest: str
    longestWord: str  # a bar label wider than its column at this word goes above its bar
    bars: list[BarView]
    sources: list[str]


class FiguresView(PanelView):
    items: list[FigureView]
    chart: ChartView


class EventView(TypedDict):
    date: str
    title: str
    body: str
    more: str
    image: MediaView
    summary: str  # the body's first sentence, plain, for the event's card ("" if no body)
    x: float  # where its card starts on the line, 0..1 of TimelineView.span (kiosk.timescale)
    lane: int  # 0 above the line, 1 below: neighbours alternate
    gapBefore: bool  # the time before it is compressed: the line shows a break


class EraView(TypedDict):
    title: str
    first: int
    count: int
    start: float  # its band on the line, 0..1 of TimelineView.span
    end: float


class TickView(TypedDict):
    label: str  # a year
    x: float  # where 1 January of it falls, 0..1 of TimelineView.span


class TimelineView(PanelView):
    events: list[EventView]
    eras: list[EraView]
    span: float  # the line's length in card widths (the screen multiplies by its card width)
    ticks: list[TickView]  # the years that begin on the line, outside its breaks


class HotspotView(TypedDict):
    hotspotId: str
    x: float
    y: float
    label: str  # the name drawn on the map beside the point: the hotspot's label, else its title
    title: str
    body: str
    more: str


class MapLayerView(TypedDict):
    date: str
    title: str
    body: str
    states: list[str]


class MapView(PanelView):
    image: MediaView
    hotspots: list[HotspotView]
    initialStates: list[str]
    layers: list[MapLayerView]


class GalleryView(PanelView):
    images: list[MediaView]


class SideView(TypedDict):
    heading: str
    body: str


class CompareView(PanelView):
    left: SideView
    right: SideView


class ChoiceView(TypedDict):
    text: str
    feedback: str
    correct: bool


class QuestionView(TypedDict):
    prompt: str
    answer: int  # the index of the right choice
    choices: list[ChoiceView]


class QuizView(PanelView):
    questions: list[QuestionView]


class MediaPanelView(PanelView):
    track: TrackView
    poster: MediaView


AnyPanelView = (
    StoryView | QuoteView | FiguresView | TimelineView | MapView | GalleryView | CompareView | QuizView | MediaPanelView
)

#: The view of each panel kind, and the QML file that shows it (kiosk/ui/qml/Kiosk/).
BY_KIND: dict[str, tuple[type, str]] = {
    "story": (StoryView, "StoryPanel.qml"),
    "quote": (QuoteView, "QuotePanel.qml"),
    "figures": (FiguresView, "FiguresPanel.qml"),
    "timeline": (TimelineView, "TimelinePanel.qml"),
    "map": (MapView, "MapPanel.qml"),
    "gallery": (GalleryView, "GalleryPanel.qml"),
    "compare": (CompareView, "ComparePanel.qml"),
    "quiz": (QuizView, "QuizPanel.qml"),
    "audio": (MediaPanelView, "MediaPanel.qml"),
    "video": (MediaPanelView, "MediaPanel.qml"),
}


class ProblemView(TypedDict):
    """One line of the operator panel's problems: a content problem keeps where it is and what
    to do; a problem of the kiosk itself (media, binding) has only its message."""

    where: str  # file:line:col, the file alone, or ""
    severity: str  # "error" or "warning"
    code: str  # the lint or validation code, when there is one
    message: str
    hint: str
    text: str  # the whole, as the log writes it
