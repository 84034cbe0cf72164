"""What goes on a printable worksheet for pupils (``kiosk worksheet``): plain data, no Qt.

A worksheet is the exhibit in one language, made for a class visit or a school lab with no
network: each section with its summary and a few key facts (each fact numbered to its source),
the exhibit's quiz questions with lettered choices, the sources cited, and an answer key for the
teacher on a page of its own. ``kiosk.ui.worksheetpdf`` lays it out with Qt's PDF writer; this
module decides what the sheet says, so it is tested without Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.content.dates import format_date
from kiosk.content.markup import plain
from kiosk.content.model import (
    Exhibit,
    FiguresPanel,
    LText,
    Panel,
    QuizPanel,
    QuotePanel,
    StoryPanel,
    TimelinePanel,
)
from kiosk.languages import language
from kiosk.present import format_range

__all__ = ["LABELS", "MAX_FACTS", "Answer", "Fact", "QuizItem", "SheetSection", "Worksheet", "build", "labels"]

#: Key facts per section: a sheet a pupil reads in a few minutes, not the whole exhibit.
MAX_FACTS = 4
#: Letters for the choices of a question.
LETTERS = "ABCDEFGHIJ"

#: Every word the sheet itself prints, in each interface language. A language not here is printed
#: with the English labels (the content is still in its own language).
LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "worksheet": "Phiếu học tập",
        "name": "Họ và tên",
        "class": "Lớp",
        "date": "Ngày",
        "facts": "Những điều cần nhớ",
        "questions": "Câu hỏi",
        "instructions": "Khoanh tròn chữ cái trước câu trả lời đúng.",
        "question": "Câu {n}",
        "answer_key": "Đáp án — dành cho giáo viên",
        "sources": "Nguồn tham khảo",
        "page": "Trang {page}/{pages}",
        "no_quiz": "Triển lãm này không có câu hỏi.",
        "sep": ": ",
    },
    "en": {
        "worksheet": "Worksheet",
        "name": "Name",
        "class": "Class",
        "date": "Date",
        "facts": "Key facts",
        "questions": "Questions",
        "instructions": "Circle the letter of the right answer.",
        "question": "Question {n}",
        "answer_key": "Answer key — for the teacher",
        "sources": "Sources",
        "page": "Page {page} of {pages}",
        "no_quiz": "This exhibit has no quiz.",
        "sep": ": ",
    },
    "fr": {
        "worksheet": "Fiche de travail",
        "name": "Nom",
        "class": "Classe",
        "date": "Date",
        "facts": "À retenir",
        "questions": "Questions",
        "instructions": "Entoure la lettre de la bonne réponse.",
        "question": "Question {n}",
        "answer_key": "Corrigé — pour l’enseignant",
        "sources": "Sources",
        "page": "Page {page} sur {pages}",
        "no_quiz": "Cette exposition n’a pas de quiz.",
        "sep": "\u202f: ",  # French sets a (narrow) space before a colon
    },
}


def labels(lang: str) -> dict[str, str]:
    """The sheet's own words in ``lang`` (English for a language the table lacks)."""
    return LABELS.get(lang, LABELS["en"])


@dataclass(frozen=True)
class Fact:
    text: str
    #: 1-based numbers into :attr:`Worksheet.sources`.
    sources: tuple[int, ...]


@dataclass(frozen=True)
class SheetSection:
    title: str
    summary: str
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class QuizItem:
    number: int
    prompt: str
    #: ``("A", "text"), ("B", "text"), …``
    choices: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Answer:
    number: int
    letter: str
    choice: str
    #: Why it is right, as the kiosk tells a visitor who picks it.
    why: str


@dataclass(frozen=True)
class Worksheet:
    lang: str
    title: str
    subtitle: str
    labels: dict[str, str]
    sections: tuple[SheetSection, ...]
    questions: tuple[QuizItem, ...]
    answers: tuple[Answer, ...]
    #: Full citations, numbered from 1 in the order the sheet first cites them.
    sources: tuple[str, ...] = field(default=())


_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


def _first_sentence(text: str) -> str:
    first = plain(text).split("\n\n", 1)[0].strip()
    return _SENTENCE.split(first, 1)[0]


def _facts(panel: Panel, t: _Text) -> list[str]:
    """The facts a panel gives a pupil, most telling first."""
    sep = labels(t.lang)["sep"]
    if isinstance(panel, FiguresPanel):
        out = []
        for f in panel.items:
            unit = t(f.unit)
            out.append(f"{format_range(f.value, f.to, t.lang)}{' ' + unit if unit else ''}{sep}{t(f.label)}")
        return out
    if isinstance(panel, TimelinePanel):
        return [f"{format_date(e.date, t.lang)}{sep}{t(e.title)}" for e in panel.events]
    if isinstance(panel, StoryPanel):
        title, sentence = t(panel.title), _first_sentence(t(panel.body))
        if sentence.startswith(title):
            return [sentence]
        return [f"{title}{' ' if title.endswith(('?', '!', ':', '…')) else sep}{sentence}"]
    if isinstance(panel, QuotePanel):
        words = panel.original.text if panel.original.lang == t.lang else t(panel.translation)
        left, right = language(t.lang).quotes
        return [f"{left}{words}{right} ({panel.speaker})"]
    return []


class _Text:
    def __init__(self, exhibit: Exhibit, lang: str) -> None:
        self.lang, self._fallback = lang, exhibit.default_language

    def __call__(self, value: LText | None) -> str:
        return "" if value is None else value.text(self.lang, self._fallback)


def build(exhibit: Exhibit, lang: str, max_facts: int = MAX_FACTS) -> Worksheet:
    """The worksheet for ``exhibit`` in ``lang``: sections with up to ``max_facts`` key facts
    each, every quiz question in the exhibit's order, the answer key and the sources cited."""
    t = _Text(exhibit, lang)
    cited: dict[str, int] = {}

    def cite(ids: tuple[str, ...]) -> tuple[int, ...]:
        return tuple(cited.setdefault(i, len(cited) + 1) for i in ids)

    sections: list[SheetSection] = []
    questions: list[QuizItem] = []
    answers: list[Answer] = []
    for section in exhibit.sections:
        facts: list[Fact] = []
        for panel in section.panels:
            if isinstance(panel, QuizPanel):
                cite(panel.sources)
                for q in panel.questions:
                    number = len(questions) + 1
                    choices = tuple((LETTERS[i], t(c.text)) for i, c in enumerate(q.choices[: len(LETTERS)]))
                    questions.append(QuizItem(number, t(q.prompt), choices))
                    for (letter, text), c in zip(choices, q.choices, strict=False):
                        if c.correct:
                            answers.append(Answer(number, letter, text, t(c.feedback)))
                continue
            for text in _facts(panel, t)[: max_facts - len(facts)]:
                facts.append(Fact(text, cite(panel.sources)))
        sections.append(SheetSection(t(section.title), t(section.summary), tuple(facts)))
    bib = exhibit.bibliography
    sources = tuple(bib[i].citation if i in bib else i for i in cited)
    return Worksheet(
        lang=lang,
        title=t(exhibit.title),
        subtitle=t(exhibit.subtitle),
        labels=labels(lang),
        sections=tuple(sections),
        questions=tuple(questions),
        answers=tuple(answers),
        sources=sources,
    )
