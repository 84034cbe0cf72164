"""Advice on content that loads: long panels and sentences, empty alt text, missing translations
(where a fallback is allowed) and weak theme contrast. Warnings only: lint never blocks content."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from kiosk.content import model as m
from kiosk.content.loader import LoadResult
from kiosk.content.markup import plain
from kiosk.languages import LANGUAGES, interface_languages

MAX_PANEL_WORDS = 70
MAX_SENTENCE_WORDS = 25
MIN_CONTRAST = 4.5

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+|\n\s*\n")


def words(text: str) -> int:
    """Words a visitor reads in body text (markup removed)."""
    return len(plain(text).split())


def sentences(text: str) -> list[str]:
    """The sentences of body text: split after . ! ? … and at paragraph breaks."""
    return [s for s in (p.strip() for p in _SENTENCE_END.split(plain(text))) if s]


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""

    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = channel(colour[1:3]), channel(colour[3:5]), channel(colour[5:7])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two ``#rrggbb`` colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


class _Linter:
    def __init__(self, result: LoadResult) -> None:
        self.result = result
        self.out: list[m.Problem] = []

    def warn(
        self, obj: object, key: str, message: str, hint: str, code: str, fallback: tuple[str, int, int] = ("", 0, 0)
    ) -> None:
        loc = self.result.where(obj)
        if loc is not None:
            line, col = loc.key(key) if key else (loc.line, loc.col)
            file, path = loc.file, loc.path + (f".{key}" if key and loc.path else key)
        else:
            file, line, col = fallback
            path = key
        self.out.append(m.Problem(file, line, col, message, hint, path, m.Severity.WARNING, code))

    def exhibit(self, ex: m.Exhibit) -> None:
        exhibit_file = f"exhibits/{ex.id}/exhibit.yaml"
        self.theme(ex, exhibit_file)
        self.languages(ex, exhibit_file)
        for media in _find(ex, m.Media):
            for lang in ex.languages:
                if lang in media.alt and not media.alt[lang].strip():
                    self.warn(
                        media.alt,
                        lang,
                        f"the alt text of '{media.file}' is empty in {lang}",
                        "describe what the picture shows, for someone who cannot see it",
                        "alt-empty",
                    )
        for track in _find(ex, m.Track):
            if not track.spoken and track.captions is None:
                self.warn(
                    track,
                    "file",
                    "this recording has no captions: visitors who cannot hear it only get the transcript",
                    "add captions: (WebVTT, one file per "
                    "language), or remove file: to have the build speak the transcript "
                    "with timed captions",
                    "no-captions",
                )
        for section in ex.sections:
            for panel in section.panels:
                self.panel(panel, ex.languages)

    def languages(self, ex: m.Exhibit, exhibit_file: str) -> None:
        """A language the kiosk itself cannot write in still works, with English stand-ins: say which."""
        translated = interface_languages()
        for lang in ex.languages:
            if lang not in LANGUAGES:
                self.warn(
                    ex,
                    "languages",
                    f"the kiosk's language table has no row for '{lang}': its button will read '{lang}', and its "
                    f"dates, numbers, quotation marks, attract invitation and narration voice will be English ones",
                    f"add a row for '{lang}' to kiosk/languages.py (its name, months, marks and a few words)",
                    "language-unknown",
                    (exhibit_file, 1, 1),
                )
            if lang not in translated:
                self.warn(
                    ex,
                    "languages",
                    f"the interface's own words (Home, Back, Next, Text size…) have no '{lang}' translation, "
                    f"so visitors reading '{lang}' will see them in English",
                    f"add kiosk/ui/i18n/kiosk_{lang}.ts (pyside6-lupdate makes it from the others) and translate it",
                    "interface-untranslated",
                    (exhibit_file, 1, 1),
                )

    def theme(self, ex: m.Exhibit, exhibit_file: str) -> None:
        theme = ex.theme
        for fg, bg in (("text", "background"), ("text", "surface"), ("muted", "background")):
            ratio = contrast(getattr(theme, fg), getattr(theme, bg))
            if ratio < MIN_CONTRAST:
                self.warn(
                    theme,
                    fg,
                    f"theme {fg} on {bg} has a contrast of {ratio:.1f}:1; aim for at least {MIN_CONTRAST}:1",
                    f"make '{fg}' lighter or '{bg}' darker (or the other way round)",
                    "contrast",
                    (exhibit_file, 1, 1),
                )

    def panel(self, panel: m.Panel, langs: tuple[str, ...]) -> None:
        what = f"{panel.kind} panel '{panel.id}'"
        for label, maybe in _screens(panel):
            texts = [t for t in maybe if t is not None]
            if not texts:
                continue
            anchor = max(texts, key=lambda t: sum(len(v) for v in t.values()))
            for lang in langs:
                n = sum(words(t.get(lang, "")) for t in texts)
                if n > MAX_PANEL_WORDS:
                    self.warn(
                        anchor,
                        lang,
                        f"{label or what} shows {n} words of {lang} text; aim for {MAX_PANEL_WORDS} at most",
                        "visitors read standing up: cut, or split into two panels",
                        "long-panel",
                    )
        for text in _find(panel, m.LText, skip=(m.Track,)):
            for lang, value in text.items():
                longest = max(sentences(value), key=lambda s: len(s.split()), default="")
                n = len(longest.split())
                if n > MAX_SENTENCE_WORDS:
                    start = " ".join(longest.split()[:5])
                    self.warn(
                        text,
                        lang,
                        f"a sentence in {what} has {n} words of {lang} "
                        f'("{start} …"); aim for {MAX_SENTENCE_WORDS} at most',
                        "split it into shorter sentences",
                        "long-sentence",
                    )


def _screens(panel: Any) -> Iterator[tuple[str, list[m.LText | None]]]:
    """What a visitor sees at once on a panel: (label, texts) per screen or pop-up."""
    if isinstance(panel, m.StoryPanel):
        yield "", [panel.title, panel.body]
    elif isinstance(panel, m.QuotePanel):
        yield "", [panel.title, panel.translation, panel.role, panel.context]
    elif isinstance(panel, m.FiguresPanel):
        texts: list[m.LText | None] = [panel.title]
        for item in panel.items:
            texts += [item.label, item.unit]
        yield "", texts
    elif isinstance(panel, m.ComparePanel):
        yield "", [panel.title, panel.left.heading, panel.left.body, panel.right.heading, panel.right.body]
    elif isinstance(panel, m.TimelinePanel):
        for event in panel.events:
            yield f"event {event.date.raw} of timeline '{panel.id}'", [event.title, event.body]
    elif isinstance(panel, m.MapPanel):
        for spot in panel.hotspots:
            yield f"hotspot '{spot.id}' of map '{panel.id}'", [spot.title, spot.body]
        for layer in panel.layers:
            yield f"layer {layer.date.raw} of map '{panel.id}'", [layer.title, layer.body]
    elif isinstance(panel, m.QuizPanel):
        for i, q in enumerate(panel.questions, 1):
            yield f"question {i} of quiz '{panel.id}'", [q.prompt, *(c.text for c in q.choices)]
    elif isinstance(panel, m.GalleryPanel):
        for image in panel.images:
            yield f"the caption of '{image.file}'", [image.caption]


def _find(obj: Any, kind: type, skip: tuple[type, ...] = ()) -> Iterator[Any]:
    """Every instance of ``kind`` inside a model object (depth first, in field order)."""
    if isinstance(obj, kind):
        yield obj
        return
    if skip and isinstance(obj, skip):
        return
    if isinstance(obj, (tuple, list)):
        for item in obj:
            yield from _find(item, kind, skip)
    elif isinstance(obj, dict):
        for item in obj.values():
            yield from _find(item, kind, skip)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            if f.name != "root":
                yield from _find(getattr(obj, f.name), kind, skip)


def lint(result: LoadResult) -> list[m.Problem]:
    """Warnings for the exhibits that loaded, plus those the loader noted (missing translations
    where a fallback is allowed, files that are not shown)."""
    linter = _Linter(result)
    linter.out.extend(result.notes)
    for ex in result.exhibits:
        linter.exhibit(ex)
    return linter.out
