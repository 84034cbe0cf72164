"""Shape the content model for display in one language: plain dicts, lists and strings for QML.

All localisation, markup conversion, date and number formatting and map-state computation happens
here, in plain Python, so QML only binds to ready-made values and the shaping is tested without Qt.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import re
import types
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Union, cast, get_args, get_origin, get_type_hints

from kiosk.content.dates import format_date
from kiosk.content.declare import Doc
from kiosk.content.markup import plain, to_styled
from kiosk.content.model import (
    AudioPanel,
    DatePoint,
    DateSpec,
    Exhibit,
    FiguresPanel,
    LText,
    MapPanel,
    Media,
    Panel,
    PanelBase,
    QuizPanel,
    QuotePanel,
    Section,
    SignVideo,
    TimelinePanel,
    Track,
    VideoPanel,
    media_in,
)
from kiosk.languages import language
from kiosk.timescale import place
from kiosk.views import (
    BY_KIND,
    AnyPanelView,
    ChartView,
    EraView,
    EventView,
    FiguresView,
    FigureView,
    MapLayerView,
    MapView,
    MediaPanelView,
    MediaView,
    PanelView,
    QuizView,
    QuoteView,
    SectionView,
    SignView,
    SlideView,
    SourceEntryView,
    SourcesView,
    TickView,
    TimelineView,
    TrackView,
    VariantView,
)

if TYPE_CHECKING:
    from kiosk.content.webvtt import Cue

_SENTENCE_END = re.compile(r"\. ")
_FIRST_SENTENCE = re.compile(r"(?<=[.!?…])\s")

#: What every panel has; its view's first fields (kiosk.views.PanelView) are made from them.
#: How many sources a panel names under itself; the Sources sheet lists them all.
SOURCES_IN_LINE = 3

_BASE_FIELDS = frozenset(f.name for f in dataclasses.fields(PanelBase)) | {"kind"}


_FIELDS: dict[type, tuple[tuple[str, Any, bool], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, Any, bool], ...]:
    """A model class's fields as (name, bare type, takes markup), from its declaration."""
    if cls in _FIELDS:
        return _FIELDS[cls]
    out = []
    for name, hint in get_type_hints(cls, include_extras=True).items():
        markup = False
        if get_origin(hint) is Annotated:
            hint, *extra = get_args(hint)
            markup = any(isinstance(x, Doc) and x.markup for x in extra)
        if get_origin(hint) in (Union, types.UnionType):
            hint = next(a for a in get_args(hint) if a is not type(None))
        out.append((name, hint, markup))
    _FIELDS[cls] = tuple(out)
    return _FIELDS[cls]


def format_number(value: float, lang: str) -> str:
    """``10800`` → ``10,800`` (en), ``10 800`` (fr, narrow no-break space), ``10.800`` (vi)."""
    if float(value).is_integer():
        whole, frac = f"{int(value):,}", ""
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        whole, _, frac = text.partition(".")
    conventions = language(lang)
    whole = whole.replace(",", conventions.group)
    return whole + (conventions.decimal + frac if frac else "")


def format_range(value: float, to: float | None, lang: str) -> str:
    if to is None or to == value:
        return format_number(value, lang)
    return f"{format_number(value, lang)}–{format_number(to, lang)}"


class Presenter:
    """Shapes one exhibit for one language at a time."""

    def __init__(self, exhibit: Exhibit, built: Path | None = None) -> None:
        self.exhibit = exhibit
        self._root = exhibit.root.resolve()  # media URLs must be absolute, whatever path was given
        #: where ``kiosk assets build`` wrote derivatives and spoken narration
        self.built = (built or self._root / ".derivatives").resolve()
        self._cues: dict[Path, tuple[int, list[Cue]]] = {}
        #: The captions of every track shaped so far, by the URL the player plays.
        self._captions: dict[str, list[Cue]] = {}
        from kiosk.media.derivatives import Derivatives

        self.derivatives = Derivatives.load(self._root, self.built)
        self._variants: dict[str, list[VariantView]] = {}

    # -- small pieces ------------------------------------------------------------------------

    def text(self, value: LText | None, lang: str) -> str:
        if value is None:
            return ""
        return value.text(lang, self.exhibit.default_language)

    def styled(self, value: LText | None, lang: str) -> str:
        return to_styled(self.text(value, lang)) if value is not None else ""

    def url(self, relative: str) -> str:
        return (self._root / relative).as_uri()

    def variants(self, file: str) -> list[VariantView]:
        """The display-sized versions of an image (smallest first) that the build made; the
        screen picks one for the size it draws at. Empty: the screen shows the alt text."""
        if file not in self._variants:
            self._variants[file] = [
                VariantView(w=w, h=h, url=path.resolve().as_uri()) for w, h, path in self.derivatives.variants(file)
            ]
        return self._variants[file]

    def missing_images(self) -> list[str]:
        """Images of the exhibit with no built derivative (never built, or changed since)."""
        return self.derivatives.missing(m.file for m in media_in(self.exhibit))

    def media(self, media: Media | None, lang: str) -> MediaView:
        if media is None:
            return {"url": "", "variants": [], "alt": "", "credit": "", "licence": "", "caption": ""}
        variants = self.variants(media.file)
        return {
            "url": variants[-1]["url"] if variants else "",
            "variants": variants,
            "alt": self.text(media.alt, lang),
            "credit": self.text(media.credit, lang),
            "licence": media.licence,
            "caption": self.text(media.caption, lang),
        }

    def track(self, track: Track | None, lang: str, kind: str = "narration") -> TrackView:
        """A recording (its file and captions), or spoken narration (the files the build made
        from the transcript; none yet if the build has not run: the player then says it cannot
        play, and the transcript is there)."""
        if track is None:
            return {"url": "", "file": "", "cues": [], "transcript": "", "credit": "", "licence": ""}
        if track.file is not None:
            file = self.text(track.file, lang)
            audio: Path | None = self._root / file
            captions = self._root / self.text(track.captions, lang) if track.captions else None
        else:
            from kiosk.media.narration import spoken_files

            audio, captions = spoken_files(self.built, track, lang, kind)
            file = os.path.relpath(audio, self._root)
            if not captions.exists():  # the captions are written last: both files are there
                audio = captions = None
        url = audio.as_uri() if audio else ""
        cues = self._read_cues(captions) if captions else []
        if url:
            self._captions[url] = cues
        return {
            "url": url,
            "file": file,
            "cues": [{"start": c.start_ms, "end": c.end_ms, "text": c.text} for c in cues],
            "transcript": self.styled(track.transcript, lang),
            "credit": self.text(track.credit, lang),
            "licence": track.licence,
        }

    def sign(self, panel: Panel, lang: str) -> SignView:
        """The sign-language video over a panel in ``lang``: the panel's own, else its recording's;
        none where it has no file for ``lang`` (no other language's signer stands in)."""
        track = getattr(panel, "track", None)
        sign: SignVideo | None = panel.sign_language or (track.sign_language if isinstance(track, Track) else None)
        if sign is None or lang not in sign.file:
            return {"url": "", "credit": "", "licence": ""}
        return {"url": self.url(sign.file[lang]), "credit": self.text(sign.credit, lang), "licence": sign.licence}

    def caption(self, url: str, ms: int) -> tuple[str, int, int]:
        """The caption showing ``ms`` into the track playing from ``url`` ("" between cues), and
        the span ``[start, end)`` it stays the same for (kiosk.content.webvtt.span_at)."""
        from kiosk.content.webvtt import span_at

        return span_at(self._captions.get(url, ()), ms)

    def _read_cues(self, path: Path) -> list[Cue]:
        """Caption cues, read once per file version."""
        try:
            stamp = os.stat(path).st_mtime_ns
        except OSError:
            return []
        cached = self._cues.get(path)
        if cached and cached[0] == stamp:
            return cached[1]
        from kiosk.content.webvtt import read

        cues = list(read(path).cues)
        self._cues[path] = (stamp, cues)
        return cues

    def citation(self, source_id: str) -> str:
        entry = self.exhibit.bibliography.get(source_id)
        return entry.citation if entry else source_id

    def short_citation(self, source_id: str) -> str:
        """The citation up to the full stop that ends its first part (author and title), for a
        line under a figure; stops after initials and abbreviations ("B.", "vol.") do not count."""
        full = self.citation(source_id)
        for match in _SENTENCE_END.finditer(full):
            word = full[: match.start()].rsplit(" ", 1)[-1]
            if len(word) > 3:
                return full[: match.start()]
        return full

    def short_name(self, source_id: str, lang: str) -> str:
        """How a panel names a source in its one-line source list: the entry's ``short``, else
        its id read as author and year ("fall-1966" → "Fall 1966"), else the citation's first part."""
        entry = self.exhibit.bibliography.get(source_id)
        if entry is not None and entry.short:
            return self.text(entry.short, lang)
        author, _, year = source_id.rpartition("-")
        if author and year.isdigit() and len(year) == 4:
            return f"{author.replace('-', ' ').title()} {year}"
        return self.short_citation(source_id)

    def source_line(self, panel: Panel, lang: str) -> str:
        """The panel's first sources in one line a visitor can read ("Fall 1966 · Windrow 2004"),
        with how many more the Sources sheet lists ("… (+2)")."""
        shown = " · ".join(self.short_name(s, lang) for s in panel.sources[:SOURCES_IN_LINE])
        rest = len(panel.sources) - SOURCES_IN_LINE
        return f"{shown} (+{rest})" if rest > 0 else shown

    # -- exhibit and sections ----------------------------------------------------------------

    def section(self, section: Section, lang: str) -> SectionView:
        return {
            "sectionId": section.id,
            "title": self.text(section.title, lang),
            "summary": self.text(section.summary, lang),
            "cover": self.media(section.cover, lang),
            "panelCount": len(section.panels),
        }

    def theme(self) -> dict[str, str]:
        t = self.exhibit.theme
        return {"background": t.background, "surface": t.surface, "text": t.text, "muted": t.muted, "accent": t.accent}

    def attract(self, lang: str) -> list[SlideView]:
        return [
            {"image": self.media(s.image, lang), "text": self.text(s.text, lang), "seconds": s.seconds}
            for s in self.exhibit.attract
        ]

    def sources(self, panel: Panel, lang: str) -> SourcesView:
        """What the "Sources" sheet shows for a panel: its source note and full citations."""
        entries: list[SourceEntryView] = []
        for sid in panel.sources:
            entry = self.exhibit.bibliography.get(sid)
            entries.append(
                {
                    "citation": entry.citation if entry else sid,
                    "note": self.text(entry.note, lang) if entry and entry.note else "",
                }
            )
        return {"title": self.text(panel.title, lang), "note": self.styled(panel.note, lang), "entries": entries}

    # -- panels ------------------------------------------------------------------------------

    def panel(self, panel: Panel, lang: str) -> AnyPanelView:
        """Everything one panel shows, in ``lang`` (its kind's view, kiosk.views)."""
        base = PanelView(
            kind=panel.kind,
            panelId=panel.id,
            title=self.text(panel.title, lang),
            lead=self.text(panel.lead, lang),
            more=self.styled(panel.more, lang),
            sourceLine=self.source_line(panel, lang),
            hasNote=panel.note is not None,
            qml=BY_KIND[panel.kind][1],
            signLanguage=self.sign(panel, lang),
        )
        shape = getattr(self, f"_{panel.kind}", None)
        if shape is None:  # a kind whose view is its fields, each shaped by its type
            return cast("AnyPanelView", {**base, **self.fields(panel, lang, skip=_BASE_FIELDS)})
        view: AnyPanelView = shape(panel, lang, base)
        return view

    def fields(self, obj: object, lang: str, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
        """A model object's fields, shaped by their declared types: localised text (styled where
        the format takes markup), pictures and tracks as their views, dates and numbers as the
        visitor's language writes them, lists and nested objects likewise."""
        return {
            name: self._value(getattr(obj, name), hint, markup, lang)
            for name, hint, markup in _fields(type(obj))
            if name not in skip
        }

    def _value(self, value: Any, hint: Any, markup: bool, lang: str) -> Any:
        if hint is LText:
            return self.styled(value, lang) if markup else self.text(value, lang)
        if hint is Media:
            return self.media(value, lang)
        if hint is Track:
            return self.track(value, lang)
        if hint is DateSpec:
            return format_date(value, lang) if value is not None else ""
        if get_origin(hint) is tuple:
            return [self._value(x, get_args(hint)[0], markup, lang) for x in value]
        if dataclasses.is_dataclass(hint):
            return self.fields(value, lang) if value is not None else {}
        if hint is float:
            return format_number(value, lang) if value is not None else ""
        return value if value is not None else ""

    def _quote(self, p: QuotePanel, lang: str, base: PanelView) -> QuoteView:
        translated = lang != p.original.lang
        opening, closing = language(lang).quotes
        return {
            **base,
            "speaker": p.speaker,
            "role": self.text(p.role, lang),
            "date": format_date(p.date, lang) if p.date else "",
            "quote": opening + (self.text(p.translation, lang) if translated else p.original.text) + closing,
            "original": p.original.text if translated else "",
            "originalLanguage": language(lang).names.get(p.original.lang, p.original.lang),
            "context": self.styled(p.context, lang),
            "verification": self.styled(p.verification, lang),
        }

    def _figures(self, p: FiguresPanel, lang: str, base: PanelView) -> FiguresView:
        items: list[FigureView] = [
            {
                "value": format_range(f.value, f.to, lang),
                "unit": self.text(f.unit, lang),
                "label": self.text(f.label, lang),
                "source": self.short_name(f.source, lang),
            }
            for f in p.items
        ]
        chart: ChartView = {"unit": "", "widest": "", "longestWord": "", "bars": [], "sources": []}
        if p.chart:
            top = max(max(b.value, b.to or 0.0) for b in p.chart.bars) or 1.0
            values = [format_range(b.value, b.to, lang) for b in p.chart.bars]
            # Each distinct source once, as a numbered note under the chart; bars carry the number.
            sources = list(dict.fromkeys(b.source for b in p.chart.bars if b.source))
            labels = [self.text(b.label, lang) for b in p.chart.bars]
            chart = {
                "unit": self.text(p.chart.unit, lang),
                "widest": max(values, key=len),  # every bar leaves room for this label: one scale
                # A label whose longest word cannot fit its column goes above its bar instead.
                "longestWord": max((w for t in labels for w in t.split()), key=len, default=""),
                "bars": [
                    {
                        "label": label,
                        "value": value,
                        "start": b.value / top,
                        "end": (b.to if b.to is not None else b.value) / top,
                        "note": f"[{sources.index(b.source) + 1}]" if b.source else "",
                    }
                    for b, label, value in zip(p.chart.bars, labels, values, strict=True)
                ],
                "sources": [f"[{i + 1}] {self.short_name(s, lang)}" for i, s in enumerate(sources)],
            }
        return {**base, "items": items, "chart": chart}

    def _timeline(self, p: TimelinePanel, lang: str, base: PanelView) -> TimelineView:
        scale = place([_day(e.date.start) for e in p.events])
        events: list[EventView] = []
        for i, e in enumerate(p.events):
            body = plain(self.text(e.body, lang)) if e.body is not None else ""
            events.append(
                {
                    "date": format_date(e.date, lang),
                    "title": self.text(e.title, lang),
                    "body": self.styled(e.body, lang),
                    "more": self.styled(e.more, lang),
                    "image": self.media(e.image, lang),
                    "summary": _FIRST_SENTENCE.split(body.strip(), maxsplit=1)[0].replace("\n", " "),
                    "x": scale.at[i],
                    "lane": i % 2,
                    "gapBefore": scale.gap_before[i],
                }
            )
        eras: list[EraView] = []
        for era in p.eras:
            lo, hi = era.start.sort_key, (era.end.end or era.end.start)
            hi_key = (hi.year, hi.month or 12, hi.day or 31)
            inside = [i for i, e in enumerate(p.events) if lo <= e.date.sort_key <= hi_key]
            if inside:
                eras.append(
                    {
                        "title": self.text(era.title, lang),
                        "first": inside[0],
                        "count": inside[-1] - inside[0] + 1,
                        "start": scale.where(_day(era.start.start)),
                        "end": scale.where(_day(hi, end=True)),
                    }
                )
        first, last = p.events[0].date.start.year, p.events[-1].date.start.year
        ticks: list[TickView] = []
        for year in range(first + 1, last + 1):
            day = _day(DatePoint(year, 1, 1))
            x = scale.where(day)
            # none inside a break (it would mislead) nor on an event's point (its card has the date)
            if not scale.compressed(day) and all(abs(x - at) * scale.length >= 0.25 for at in scale.at):
                ticks.append({"label": str(year), "x": x})
        return {**base, "events": events, "eras": eras, "span": scale.length, "ticks": ticks}

    def _map(self, p: MapPanel, lang: str, base: PanelView) -> MapView:
        order = [h.id for h in p.hotspots]
        layers: list[MapLayerView] = []
        for i, layer in enumerate(p.layers):
            states = p.states_at(i)
            layers.append(
                {
                    "date": format_date(layer.date, lang),
                    "title": self.text(layer.title, lang),
                    "body": self.styled(layer.body, lang),
                    "states": [states[h] for h in order],
                }
            )
        initial = p.states_at(-1)
        return {
            **base,
            "image": self.media(p.image, lang),
            "hotspots": [
                {
                    "hotspotId": h.id,
                    "x": h.x,
                    "y": h.y,
                    "label": self.text(h.label or h.title, lang),
                    "title": self.text(h.title, lang),
                    "body": self.styled(h.body, lang),
                    "more": self.styled(h.more, lang),
                }
                for h in p.hotspots
            ],
            "initialStates": [initial[h] for h in order],
            "layers": layers,
        }

    def _quiz(self, p: QuizPanel, lang: str, base: PanelView) -> QuizView:
        return {
            **base,
            "questions": [
                {
                    "prompt": self.text(q.prompt, lang),
                    "answer": q.answer,
                    "choices": [
                        {
                            "text": self.text(c.text, lang),
                            "feedback": self.styled(c.feedback, lang),
                            "correct": c.correct,
                        }
                        for c in q.choices
                    ],
                }
                for q in p.questions
            ],
        }

    def _audio(self, p: AudioPanel, lang: str, base: PanelView) -> MediaPanelView:
        return {**base, "track": self.track(p.track, lang), "poster": self.media(None, lang)}

    def _video(self, p: VideoPanel, lang: str, base: PanelView) -> MediaPanelView:
        return {**base, "track": self.track(p.track, lang), "poster": self.media(p.poster, lang)}


def _day(point: DatePoint, end: bool = False) -> float:
    """A date's day number (its first day; with ``end``, the day after its last), for the
    timeline's scale. A month or year alone starts on its first day."""
    year, month, day = point.year, point.month, point.day
    if end:
        if not month:
            year, month, day = year + 1, 1, 1
        elif not day:
            year, month, day = (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)
        else:
            return float(_ordinal(year, month, day) + 1)
    return float(_ordinal(year, month or 1, day or 1))


def _ordinal(year: int, month: int, day: int) -> int:
    try:
        return datetime.date(year, month, day).toordinal()
    except ValueError:  # a date the loader let through that the calendar lacks: its month's last day
        return datetime.date(year, month, 28).toordinal() + min(day, 31) - 28
