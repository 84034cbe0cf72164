"""Audio description: what the kiosk says, in the visitor's language, when a screen opens with the
description on: where the visitor is, the words on the screen, and what its pictures and maps
show (their alt text).

Each description is a spoken :class:`~kiosk.content.model.Track` with a transcript per language.
The build speaks every one ahead of time (``kiosk.media.narration``, kind ``"description"``), so
the kiosk never synthesises speech while a visitor waits. Plain Python.
"""

from __future__ import annotations

from collections.abc import Iterator

from kiosk.content import model as m
from kiosk.content.reading import reading

_N = "\u202f"  # French puts a narrow no-break space before a colon

#: The few words around the content's own, per language (others say the English ones).
WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "home": "Trang chủ. {title}. Triển lãm có {n} phần.",
        "card": "Phần {s}: {title}. {summary}",
        "section": "Phần {s} trong số {n}: {title}.",
        "panel": "Trang {p} trong số {m}.",
        "picture": "Hình ảnh: {alt}",
        "map": "Bản đồ: {alt}",
        "recording": "Trang này có một bản ghi; bấm Phát để nghe. Lời thoại có trên màn hình.",
        "credit": "Mô tả bằng âm thanh, máy đọc của cuộc trưng bày (espeak-ng)",
    },
    "en": {
        "home": "Home. {title}. The exhibition has {n} sections.",
        "card": "Section {s}: {title}. {summary}",
        "section": "Section {s} of {n}: {title}.",
        "panel": "Panel {p} of {m}.",
        "picture": "Picture: {alt}",
        "map": "Map: {alt}",
        "recording": "This panel has a recording; press Play to hear it. Its transcript is on the screen.",
        "credit": "Audio description, read by the kiosk (espeak-ng)",
    },
    "fr": {
        "home": "Accueil. {title}. L’exposition compte {n} sections.",
        "card": f"Section {{s}}{_N}: {{title}}. {{summary}}",
        "section": f"Section {{s}} sur {{n}}{_N}: {{title}}.",
        "panel": "Panneau {p} sur {m}.",
        "picture": f"Image{_N}: {{alt}}",
        "map": f"Carte{_N}: {{alt}}",
        "recording": (
            f"Ce panneau a un enregistrement{_N}; touchez Lecture pour l’écouter. Sa transcription est à l’écran."
        ),
        "credit": "Audiodescription, lue par la borne (espeak-ng)",
    },
}


def _words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def _pictures(panel: m.Panel, lang: str, fallback: str) -> Iterator[str]:
    """What each picture of the panel shows, in the order the content has them."""
    words = _words(lang)
    seen: set[str] = set()
    for media in m.media_in(panel):
        alt = media.alt.text(lang, fallback).strip()
        if not alt or alt in seen:
            continue
        seen.add(alt)
        kind = "map" if isinstance(panel, m.MapPanel) and media is panel.image else "picture"
        yield words[kind].format(alt=alt)


def _track(transcript: dict[str, str], languages: tuple[str, ...]) -> m.Track:
    credit = m.LText({lang: _words(lang)["credit"] for lang in languages})
    return m.Track(transcript=m.LText(transcript), credit=credit, licence="as the exhibit's text")


def _text(value: m.LText | None, lang: str, fallback: str) -> str:
    return value.text(lang, fallback).strip() if value else ""


def describe_panel(exhibit: m.Exhibit, section: int, panel: int) -> m.Track:
    """The description of panel ``panel`` of section ``section`` (indices), in every language of
    the exhibit: "Section 2 of 4: The siege. Panel 3 of 8.", the panel's words as "Listen" reads
    them (:func:`kiosk.content.reading.reading`), then what its pictures show."""
    languages, first = exhibit.languages, exhibit.languages[0]
    the_section = exhibit.sections[section]
    the_panel = the_section.panels[panel]
    read = reading(the_panel, languages)
    transcript: dict[str, str] = {}
    for lang in languages:
        words = _words(lang)
        parts = [
            words["section"].format(
                s=section + 1, n=len(exhibit.sections), title=_text(the_section.title, lang, first)
            ),
            words["panel"].format(p=panel + 1, m=len(the_section.panels)),
        ]
        if read is not None:
            parts.append(read.transcript.text(lang, first))
        else:  # audio and video: the title and lead, and what the recording is for
            parts += [_text(the_panel.title, lang, first), _text(the_panel.lead, lang, first), words["recording"]]
        parts += _pictures(the_panel, lang, first)
        transcript[lang] = "\n\n".join(p for p in parts if p)
    return _track(transcript, languages)


def describe_home(exhibit: m.Exhibit) -> m.Track:
    """The description of the home screen: the exhibit and each section's card in turn."""
    languages, first = exhibit.languages, exhibit.languages[0]
    transcript: dict[str, str] = {}
    for lang in languages:
        words = _words(lang)
        title = ". ".join(t for t in (_text(exhibit.title, lang, first), _text(exhibit.subtitle, lang, first)) if t)
        parts = [words["home"].format(title=title, n=len(exhibit.sections))]
        parts += [_card(exhibit, s, lang) for s in range(len(exhibit.sections))]
        transcript[lang] = "\n\n".join(p for p in parts if p)
    return _track(transcript, languages)


def _card(exhibit: m.Exhibit, section: int, lang: str) -> str:
    first = exhibit.languages[0]
    the_section = exhibit.sections[section]
    return (
        _words(lang)["card"]
        .format(
            s=section + 1, title=_text(the_section.title, lang, first), summary=_text(the_section.summary, lang, first)
        )
        .strip()
    )


def describe_card(exhibit: m.Exhibit, section: int) -> m.Track:
    """The description of one section's card on the home screen (said when focus reaches it)."""
    return _track({lang: _card(exhibit, section, lang) for lang in exhibit.languages}, exhibit.languages)


def descriptions(exhibit: m.Exhibit) -> Iterator[tuple[str, m.Track, object]]:
    """(key, track, what it describes) for every description of ``exhibit``: the home screen, each
    section's card, each panel (the last, for where a problem with it points to), then the name of
    every control focus can reach (:func:`controls`)."""
    yield f"{exhibit.id}/home/description", describe_home(exhibit), exhibit
    for s, section in enumerate(exhibit.sections):
        yield f"{exhibit.id}/{section.id}/card/description", describe_card(exhibit, s), section
        for p, panel in enumerate(section.panels):
            yield f"{exhibit.id}/{section.id}/{panel.id}/description", describe_panel(exhibit, s, p), panel
    for n, (track, origin) in enumerate(controls(exhibit)):
        yield f"{exhibit.id}/controls/{n}", track, origin


#: The interface's words that are never said as a control's name: the operator's panel and PIN pad
#: (nothing of the operator's is spoken on the gallery floor) and the keys sheet's sentences.
_UNSPOKEN = frozenset({"OperatorPanel", "PinPad", "KeysSheet"})


def speakable(name: str) -> str:
    """A control's name as the build speaks it and the kiosk looks it up: without the arrows a
    button draws ("Next ›"), with plain spaces (the no-break spaces of typesetting are not heard)."""
    for mark in ("‹", "›", "\u00a0", "\u202f"):
        name = name.replace(mark, " ")
    return " ".join(name.split())


def control_track(name: str, lang: str) -> m.Track:
    """What the kiosk says when focus reaches a control called ``name`` in ``lang``: its name,
    in the voice of ``lang`` (the build speaks every one :func:`controls` lists)."""
    return _track({lang: speakable(name)}, (lang,))


def controls(exhibit: m.Exhibit) -> Iterator[tuple[m.Track, object]]:
    """(track, where it comes from) for the name of every control a keyboard or keypad can reach,
    one track per name and language (:func:`control_track`): the interface's own words (Next,
    Close, Audio description...; from its translations), the language buttons, and the content's
    own controls (a map's points, a timeline's events, a quiz's answers). With audio description
    on, the kiosk says the name as focus reaches it, so a visitor who cannot see the screen knows
    what Enter would press."""
    from kiosk.languages import interface_words, language

    languages, first = exhibit.languages, exhibit.languages[0]
    names: dict[str, list[str]] = {lang: [] for lang in languages}
    for lang in languages:
        words = interface_words(lang)
        names[lang] += [
            text for (context, source), text in words.items() if context not in _UNSPOKEN and "%" not in source
        ]
        names[lang] += [language(code).name for code in languages]
    content: list[tuple[m.LText, object]] = []
    for section in exhibit.sections:
        for panel in section.panels:
            if isinstance(panel, m.MapPanel):
                content += [(h.title, h) for h in panel.hotspots]
            elif isinstance(panel, m.TimelinePanel):
                content += [(e.title, e) for e in panel.events]
            elif isinstance(panel, m.QuizPanel):
                content += [(c.text, c) for q in panel.questions for c in q.choices]
    said: set[tuple[str, str]] = set()
    for lang in languages:
        for name in names[lang]:
            if (lang, speakable(name)) not in said:
                said.add((lang, speakable(name)))
                yield control_track(name, lang), exhibit
        for text, origin in content:
            name = _text(text, lang, first)
            if name and (lang, speakable(name)) not in said:
                said.add((lang, speakable(name)))
                yield control_track(name, lang), origin
