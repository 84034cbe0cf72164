"""Every language the kiosk knows how to write, in one table: plain data, no Qt.

Content can be in any language (the format takes any code); this table says how the kiosk itself
writes in one: its name on the language button, the names of other languages, quotation marks,
numbers, dates, the few words the kiosk shows before any content (the attract invitation, the
"being updated" screen), and the voice that reads narration aloud. A museum adds a language by
adding a row here (and, for the interface's own words, a Qt translation in ``kiosk/ui/i18n``). A
language with no row is written with English conventions under its own code, and
``kiosk lint`` says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "FALLBACK",
    "LANGUAGES",
    "Language",
    "interface_languages",
    "interface_words",
    "language",
    "no_lone_last_word",
]


@dataclass(frozen=True)
class Language:
    """How the kiosk writes in one language."""

    code: str
    #: The language's name in itself, for its button: the buttons never use flags.
    name: str
    #: Other languages' names as written in this one (for "original in French").
    names: dict[str, str] = field(default_factory=dict)
    quotes: tuple[str, str] = ("“", "”")
    decimal: str = "."
    #: Between groups of three digits.
    group: str = ","
    #: Month names for dates written in words ("7 May 1954"); empty for numeric dates ("7/5/1954").
    months: tuple[str, ...] = ()
    #: Numeric dates only: how a month and year are written, e.g. "tháng {month}/{year}".
    month_year: str = "{month}/{year}"
    #: Before an approximate date with a day, and one without: "c. {}", "vers le {}", "khoảng {}".
    about_day: str = "c. {}"
    about_month: str = "c. {}"
    #: How the first day of a month is written ("1er" in French).
    first_day: str = "1"
    touch_to_begin: str = "Touch to begin"
    unavailable: str = "This exhibit is being updated."
    #: The espeak-ng voice and speed (words a minute) for spoken narration.
    voice: str = ""
    words_per_minute: int = 150


_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")  # fmt: skip

LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language(
            code="vi",
            name="Tiếng Việt",
            names={"vi": "tiếng Việt", "en": "tiếng Anh", "fr": "tiếng Pháp", "de": "tiếng Đức"},
            decimal=",",
            group=".",
            month_year="tháng {month}/{year}",
            about_day="khoảng {}",
            about_month="khoảng {}",
            touch_to_begin="Chạm để bắt đầu",
            unavailable="Nội dung trưng bày đang được cập nhật.",
            voice="vi",
            words_per_minute=140,  # each syllable is a word, and tones need time
        ),
        Language(
            code="en",
            name="English",
            names={"vi": "Vietnamese", "en": "English", "fr": "French", "de": "German"},
            months=_ENGLISH_MONTHS,
            voice="en-gb",
            words_per_minute=155,
        ),
        Language(
            code="fr",
            name="Français",
            names={"vi": "vietnamien", "en": "anglais", "fr": "français", "de": "allemand"},
            quotes=("«\u00a0", "\u00a0»"),
            decimal=",",
            group="\u202f",  # a narrow no-break space
            months=(
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ),
            about_day="vers le {}",
            about_month="vers {}",
            first_day="1er",
            touch_to_begin="Touchez pour commencer",
            unavailable="Cette exposition est en cours de mise à jour.",
            voice="fr-fr",
        ),
    )
}

#: The language whose conventions stand in for a language the table does not know.
FALLBACK = "en"


def language(code: str) -> Language:
    """The row for ``code``; for an unknown code, English conventions under that code's name."""
    known = LANGUAGES.get(code)
    if known is not None:
        return known
    english = LANGUAGES[FALLBACK]
    return Language(code=code, name=code, names=english.names, months=english.months, voice=code)


def interface_languages() -> frozenset[str]:
    """The languages the interface's own words (Home, Back, Next…) are in: English, which they
    are written in, and each translation kept in ``kiosk/ui/i18n/kiosk_<code>.ts``."""
    folder = Path(__file__).resolve().parent / "ui" / "i18n"
    return frozenset({"en", *(p.stem.removeprefix("kiosk_") for p in folder.glob("kiosk_*.ts"))})


def interface_words(code: str) -> dict[tuple[str, str], str]:
    """The interface's own words in language ``code``: ``{(context, English source): translation}``
    from ``kiosk/ui/i18n/kiosk_<code>.ts`` (the context is the QML file a word is used in). A
    language with no translation has the English words, as the interface then shows them. Read
    as XML: no Qt."""
    import xml.etree.ElementTree as ET

    folder = Path(__file__).resolve().parent / "ui" / "i18n"
    path = folder / f"kiosk_{code}.ts"
    own = path.exists()
    if not own:
        path = folder / "kiosk_en.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    words: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
            text = (translation.text or "") if own and done and translation is not None else source
            if source and text:
                words[name, source] = text
    return words


NO_BREAK_SPACE = "\u00a0"


def no_lone_last_word(text: str, longest: int = 24) -> str:
    """``text`` with its last two words bound by a no-break space, so that wrapped over several
    lines it never ends on one word alone (a widow). A dash or other mark between them counts for
    no word ("A — B" binds "A — B" whole). Left as it is when it has fewer than three words, or when
    the bound words would be longer than ``longest`` characters (too wide to stay together on a
    narrow screen). Any script that separates words with spaces; applying it twice changes nothing.
    """
    words = text.split(" ")
    if sum(1 for w in words if any(c.isalnum() for c in w)) < 3:
        return text
    tail = [words.pop()]
    while words and sum(1 for w in tail for piece in w.split(NO_BREAK_SPACE) if _is_word(piece)) < 2:
        tail.insert(0, words.pop())
    bound = NO_BREAK_SPACE.join(tail)
    if not words or len(bound) > longest or any(not w for w in tail):
        return text
    return " ".join(words) + " " + bound


def _is_word(piece: str) -> bool:
    return any(c.isalnum() for c in piece)
