"""What a printed worksheet says (kiosk.worksheet), without Qt: the layout is tested in
tests/ui/test_worksheet_pdf.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import BUNDLED_CONTENT
from kiosk.content import load
from kiosk.content.model import Exhibit, QuizPanel
from kiosk.worksheet import LABELS, MAX_FACTS, build, labels

SAMPLE = Path(__file__).resolve().parent / "sample"


@pytest.fixture(scope="module")
def bundled() -> Exhibit:
    result = load(BUNDLED_CONTENT)
    assert result.exhibits, [p.format() for p in result.problems]
    return result.exhibits[0]


def test_every_label_is_written_in_each_interface_language() -> None:
    keys = set(LABELS["en"])
    for lang in ("vi", "en", "fr"):
        assert set(LABELS[lang]) == keys
        assert all(LABELS[lang][k].strip() for k in keys)
    # Not the English words copied: each language has its own.
    assert LABELS["vi"]["answer_key"] != LABELS["en"]["answer_key"] != LABELS["fr"]["answer_key"]
    assert "Đáp án" in LABELS["vi"]["answer_key"] and "Corrigé" in LABELS["fr"]["answer_key"]
    assert labels("de") == LABELS["en"]  # a language with no row prints the English labels


@pytest.mark.parametrize("lang", ["vi", "en", "fr"])
def test_the_bundled_exhibit_gives_every_section_a_few_facts_and_every_question(bundled: Exhibit, lang: str) -> None:
    sheet = build(bundled, lang)
    assert sheet.title == bundled.title[lang]
    assert [s.title for s in sheet.sections] == [s.title[lang] for s in bundled.sections]
    for section in sheet.sections:
        assert 1 <= len(section.facts) <= MAX_FACTS
        assert all(fact.text and fact.sources for fact in section.facts)
        # A title that ends in a question mark is not followed by a colon ("Huit ans ou neuf ? :").
        assert not any(mark in fact.text for fact in section.facts for mark in ("? :", "?:", "?\u202f:"))
    quiz = [q for s in bundled.sections for p in s.panels if isinstance(p, QuizPanel) for q in p.questions]
    assert [q.prompt for q in sheet.questions] == [q.prompt[lang] for q in quiz]
    assert [q.number for q in sheet.questions] == list(range(1, len(quiz) + 1))
    # One answer per question, the choice the content marks correct, with its letter.
    assert [a.number for a in sheet.answers] == [q.number for q in sheet.questions]
    for q, a, source in zip(sheet.questions, sheet.answers, quiz, strict=True):
        right = next(i for i, c in enumerate(source.choices) if c.correct)
        assert q.choices[right] == (a.letter, a.choice) == ("ABC"[right], source.choices[right].text[lang])
        assert a.why == source.choices[right].feedback[lang]


def test_every_source_a_fact_cites_is_listed_once_with_its_full_citation(bundled: Exhibit) -> None:
    sheet = build(bundled, "fr")
    assert len(set(sheet.sources)) == len(sheet.sources)
    cited = {n for s in sheet.sections for f in s.facts for n in f.sources}
    assert cited <= set(range(1, len(sheet.sources) + 1))
    assert min(cited) == 1  # numbered in the order the sheet first cites them
    citations = {b.citation for b in bundled.bibliography.values()}
    assert set(sheet.sources) <= citations


def test_figures_are_written_the_way_the_language_writes_numbers() -> None:
    result = load(SAMPLE)
    exhibit = result.exhibits[0]
    facts = {lang: [f.text for s in build(exhibit, lang).sections for f in s.facts] for lang in ("vi", "en", "fr")}
    # The sample's quiz: one question, the right answer is the first choice.
    sheet = build(exhibit, "en")
    assert [(a.letter, a.choice, a.why) for a in sheet.answers] == [("A", "57", "Right.")]
    assert sheet.questions[0].prompt == "How many days?"
    assert "10.800–16.000 người: Quân số" in facts["vi"]
    assert "10,800–16,000 men: Garrison" in facts["en"]
    assert "10\u202f800–16\u202f000 hommes\u202f: Garnison" in facts["fr"]
    assert "«\u00a0Rien ne passera.\u00a0» (Jean Dupont)" in facts["fr"]  # French quotation marks
    assert "The beginning: A short paragraph." in facts["en"]  # a story: its title and first sentence


def test_a_fact_cap_of_one_keeps_one_fact_per_section(bundled: Exhibit) -> None:
    assert all(len(s.facts) == 1 for s in build(bundled, "vi", max_facts=1).sections)
