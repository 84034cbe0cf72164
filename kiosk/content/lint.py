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
MAX_MORE_WORDS = 180  # the deeper layer, read by those who asked for it
MAX_SENTENCE_WORDS = 25
SOURCES_IN_LINE = 3  # as kiosk.present shows them under a panel

# What visitors should never read: a web address, a file name, a mirror, the project's papers.
_TRAIL = re.compile(
    r"https?://\S+|www\.\S+|\b[\w-]+\.(?:txt|md|ya?ml|json|csv|py|docx?)\b"
    r"|\b(?:mirror|miroir|kiwix|seed file|fact sheet|fiche de faits|project document|bảng dữ kiện)\b",
    re.IGNORECASE,
)
MIN_CONTRAST = 4.5
#: Unicode's bidirectional embeddings, overrides and isolates (not the marks U+200E/F): a U+202E
#: in a title shows the rest of it reversed (the review's content-spoofing finding).
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")

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
                self.panel(panel, ex)
        self.research_trail(ex)
        self.bidi(ex)

    def bidi(self, ex: m.Exhibit) -> None:
        """Invisible characters that reorder what visitors read."""
        for text in _find(ex, m.LText):
            for lang, value in text.items():
                found = _BIDI.search(value)
                if found:
                    self.warn(
                        text,
                        lang,
                        f"an invisible U+{ord(found.group()):04X} changes the direction of the text after it "
                        f"(character {found.start() + 1})",
                        "delete it: the kiosk lays out Vietnamese, English and French left to right by itself",
                        "bidi-control",
                    )

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

    def panel(self, panel: m.Panel, ex: m.Exhibit) -> None:
        what = f"{panel.kind} panel '{panel.id}'"
        langs = ex.languages
        names = [_short_name(ex, sid) for sid in panel.sources[:SOURCES_IN_LINE]]
        for label, limit, maybe in _screens(panel, names):
            texts = [t for t in maybe if t is not None]
            if not texts:
                continue
            anchor = max(
                (t for t in texts if isinstance(t, m.LText)), key=lambda t: sum(map(len, t.values())), default=None
            )
            for lang in langs:
                n = sum(words(t if isinstance(t, str) else t.get(lang, "")) for t in texts)
                if n > limit:
                    deeper = limit == MAX_MORE_WORDS
                    self.warn(
                        anchor if anchor is not None else panel,
                        lang if anchor is not None else "",
                        f"{label or what} shows {n} words of {lang} text"
                        + (" behind More" if deeper else " on its first view")
                        + f"; aim for {limit} at most",
                        "even the deeper layer is read standing up: cut it, or move some into another panel"
                        if deeper
                        else "visitors read standing up: cut, move detail into 'more:', or split into two panels",
                        "long-more" if deeper else "long-panel",
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

    def research_trail(self, ex: m.Exhibit) -> None:
        """Visitors read panels, notes and citations: none of them should show where the team
        worked (files, addresses, mirrors, the project's own documents)."""
        for text in _find(ex, m.LText, skip=(m.Track, m.Credit)):
            for lang, value in text.items():
                self._trail(text, lang, value)
        for entry in ex.bibliography.values():
            self._trail(entry, "citation", entry.citation)

    def _trail(self, obj: object, key: str, value: str) -> None:
        found = _TRAIL.search(value)
        if found:
            self.warn(
                obj,
                key,
                f"visitors would read '{found.group(0)}': a file, an address, a mirror or a project document",
                "name the work as a reader would cite it; keep where the team read it in a YAML comment (# …)",
                "research-trail",
            )


def _short_name(ex: m.Exhibit, source_id: str) -> m.LText | str:
    """How a panel names a source under itself (as kiosk.present does; the entry's ``short``,
    else its id read as author and year)."""
    entry = ex.bibliography.get(source_id)
    if entry is not None and entry.short:
        return entry.short
    return source_id.replace("-", " ")


def _screens(panel: Any, sources: list[m.LText | str]) -> Iterator[tuple[str, int, list[m.LText | str | None]]]:
    """What a visitor sees at once on a panel, with its limit: (label, limit, texts) for the
    panel's first view (everything it shows before a tap, its source line included), for each
    pop-up it opens (an event, a hotspot, a layer, a question), and for each More layer."""
    first: list[m.LText | str | None] = [panel.title, panel.lead, *sources]
    pops: list[tuple[str, list[m.LText | str | None]]] = []
    mores: list[tuple[str, m.LText | None]] = [("", panel.more)]
    if isinstance(panel, m.StoryPanel):
        first += [panel.body, panel.image.caption if panel.image else None]
    elif isinstance(panel, m.QuotePanel):
        first += [panel.translation, panel.original.text, panel.role, panel.context, panel.verification]
    elif isinstance(panel, m.FiguresPanel):
        for item in panel.items:
            first += [item.label, item.unit]
        if panel.chart is not None:
            first.append(panel.chart.unit)
            first += [bar.label for bar in panel.chart.bars]
    elif isinstance(panel, m.ComparePanel):
        first += [panel.left.heading, panel.left.body, panel.right.heading, panel.right.body]
    elif isinstance(panel, m.TimelinePanel):
        first += [event.title for event in panel.events]
        for event in panel.events:
            pops.append((f"event {event.date.raw} of timeline '{panel.id}'", [event.title, event.body]))
            mores.append((f"the More of event {event.date.raw} of timeline '{panel.id}'", event.more))
    elif isinstance(panel, m.MapPanel):
        first += [spot.title for spot in panel.hotspots]  # the kiosk draws them as the map's labels
        for spot in panel.hotspots:
            pops.append((f"hotspot '{spot.id}' of map '{panel.id}'", [spot.title, spot.body]))
            mores.append((f"the More of hotspot '{spot.id}' of map '{panel.id}'", spot.more))
        for layer in panel.layers:
            pops.append((f"layer {layer.date.raw} of map '{panel.id}'", [layer.title, layer.body]))
    elif isinstance(panel, m.QuizPanel):
        first = [panel.title, panel.lead]
        for i, q in enumerate(panel.questions, 1):
            pops.append((f"question {i} of quiz '{panel.id}'", [q.prompt, *(c.text for c in q.choices)]))
    elif isinstance(panel, m.GalleryPanel):
        for image in panel.images:
            pops.append((f"the caption of '{image.file}'", [panel.title, image.caption]))
    yield "", MAX_PANEL_WORDS, first
    for label, texts in pops:
        yield label, MAX_PANEL_WORDS, texts
    for label, more in mores:
        yield label or f"the More of {panel.kind} panel '{panel.id}'", MAX_MORE_WORDS, [more]


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
