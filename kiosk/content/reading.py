"""A panel read aloud: what "Listen" speaks on a panel that has no narration of its own.

The build speaks it like any other spoken track (``kiosk.media.narration``), with timed captions,
so a visitor who cannot read the screen well hears the panel in front of them, and the panel after
it when they turn the page. Plain Python; the text is the panel's own, in each of its languages.
"""

from __future__ import annotations

from collections.abc import Iterator

from kiosk.content import model as m

#: Who speaks it, in the languages the kiosk knows (others read the English line).
_CREDIT = {
    "vi": "Máy đọc của phòng trưng bày (espeak-ng)",
    "en": "Read aloud by the kiosk (espeak-ng)",
    "fr": "Lu à voix haute par la borne (espeak-ng)",
}


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _parts(panel: m.Panel) -> Iterator[m.LText | str | None]:
    """The panel's words in the order a visitor reads them on its first view."""
    yield panel.title
    yield panel.lead
    if isinstance(panel, m.StoryPanel):
        yield panel.body
    elif isinstance(panel, m.QuotePanel):
        yield panel.translation
        yield panel.speaker
        yield panel.role
        yield panel.context
    elif isinstance(panel, m.FiguresPanel):
        for item in panel.items:
            number = _number(item.value) + (f"–{_number(item.to)}" if item.to is not None else "")
            yield m.LText(
                {
                    lang: f"{number} {item.unit.text(lang) if item.unit else ''} {text}"
                    for lang, text in item.label.items()
                }
            )
    elif isinstance(panel, m.ComparePanel):
        for side in (panel.left, panel.right):
            yield side.heading
            yield side.body
    elif isinstance(panel, m.TimelinePanel):
        for event in panel.events:
            yield m.LText({lang: f"{event.date.raw}: {text}" for lang, text in event.title.items()})
    elif isinstance(panel, m.MapPanel):
        for spot in panel.hotspots:
            yield spot.title
    elif isinstance(panel, m.GalleryPanel):
        for image in panel.images:
            yield image.caption


def reading(panel: m.Panel, languages: tuple[str, ...]) -> m.Track | None:
    """The panel's text as a spoken track in ``languages`` (None for a panel that plays a
    recording of its own: audio and video)."""
    if isinstance(panel, (m.AudioPanel, m.VideoPanel)):
        return None
    parts = [p for p in _parts(panel) if p]
    transcript = m.LText()
    for lang in languages:
        said = [p if isinstance(p, str) else p.text(lang, languages[0]) for p in parts]
        transcript[lang] = "\n\n".join(s.strip() for s in said if s.strip())
    credit = m.LText({lang: _CREDIT.get(lang, _CREDIT["en"]) for lang in languages})
    return m.Track(transcript=transcript, credit=credit, licence="as the exhibit's text")
