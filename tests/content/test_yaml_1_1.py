"""Text that YAML 1.1 readers (PyYAML, an editor set to YAML 1.1) take for a date, true/false or a
number: the kiosk reads it as written (YAML 1.2), ``kiosk lint`` advises quotes (issue 15)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from kiosk import BUNDLED_CONTENT
from kiosk.content import load
from kiosk.content.lint import lint
from kiosk.content.schema import json_schema
from kiosk.content.yamlsrc import misread
from tests.content.conftest import SECTION_HEAD

jsonschema = pytest.importorskip("jsonschema")

SEC = "exhibits/x/s.yaml"
MARKED = " (an editor's schema check marks it)"

#: A section as a curator might write it: a day, a quiz answer "Yes" and a map scale "1:20".
MANGLED = SECTION_HEAD + (
    "  - kind: timeline\n"
    "    id: t\n"
    "    title: {en: T, fr: T}\n"
    "    events:\n"
    "      - date: 1954-05-07\n"
    "        title: {en: Yes, fr: Oui}\n"
    "      - {date: 1954-05, title: {en: Scale 1:20, fr: 1:20}}\n"
    "    sources: [book]\n"
)


def _advice(root: Path) -> list[tuple[str, int, int, str, str, str]]:
    result = load(root)
    assert result.problems == [], [p.format() for p in result.problems]
    return [(p.file, p.line, p.column, p.path, p.message, p.hint) for p in lint(result) if p.code == "unquoted-text"]


def _schema_errors(data: object) -> list[str]:
    return [e.message for e in jsonschema.Draft202012Validator(json_schema()).iter_errors(data)]


def test_text_a_yaml_1_1_reader_mangles_gets_the_quoted_form_to_write(content: Callable[..., Path]) -> None:
    root = content({SEC: MANGLED})
    assert _advice(root) == [
        (
            SEC,
            10,
            15,
            "panels[0].events[0].date",
            "1954-05-07 is read as text here, but it is a date to YAML 1.1 readers" + MARKED,
            'write "1954-05-07" in quotes: every YAML reader then reads the text as written',
        ),
        (
            SEC,
            11,
            21,
            "panels[0].events[0].title.en",
            "Yes is read as text here, but it is true/false to YAML 1.1 readers" + MARKED,
            'write "Yes" in quotes: every YAML reader then reads the text as written',
        ),
        (
            SEC,
            12,
            53,
            "panels[0].events[1].title.fr",
            "1:20 is read as text here, but it is the number 80 to YAML 1.1 readers" + MARKED,
            'write "1:20" in quotes: every YAML reader then reads the text as written',
        ),
    ]


def test_writing_what_the_advice_says_satisfies_a_yaml_1_1_reader(content: Callable[..., Path]) -> None:
    root = content({SEC: MANGLED})
    path = root / SEC
    assert _schema_errors(yaml.safe_load(path.read_text(encoding="utf-8")))  # a date, a bool: marked
    before = load(root).exhibits[0].sections[0].panels[0]
    lines = path.read_text(encoding="utf-8").split("\n")
    for _, line, col, _, message, hint in reversed(_advice(root)):
        raw, fix = message.split(" ", 1)[0], hint.split(" ", 2)[1]
        text = lines[line - 1]
        assert text[col - 1 :].startswith(raw)
        lines[line - 1] = text[: col - 1] + fix + text[col - 1 + len(raw) :]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _advice(root) == []
    assert _schema_errors(yaml.safe_load(path.read_text(encoding="utf-8"))) == []
    assert load(root).exhibits[0].sections[0].panels[0] == before  # the kiosk reads the same text


def test_a_year_written_with_a_leading_zero_is_advised_for_yaml_1_2_readers(content: Callable[..., Path]) -> None:
    section = MANGLED.replace("date: 1954-05-07", 'date: "1954-05-07"').replace("{date: 1954-05,", "{date: 0999,")
    found = [(line, col, message) for _, line, col, _, message, _ in _advice(content({SEC: section}))]
    assert (12, 16, "0999 is read as text here, but it is the number 999 to YAML 1.2 readers" + MARKED) in found


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("1954-05-07", "a date to YAML 1.1 readers"),
        ("1954-5-7 10:00:00", "a date to YAML 1.1 readers"),
        ("yes", "true/false to YAML 1.1 readers"),
        ("No", "true/false to YAML 1.1 readers"),
        ("on", "true/false to YAML 1.1 readers"),
        ("OFF", "true/false to YAML 1.1 readers"),
        ("n", "true/false to YAML 1.1 readers"),
        ("1:20", "the number 80 to YAML 1.1 readers"),
        ("010", "the number 10 to other YAML readers"),
        ("1_000", "the number 1000 to YAML 1.1 readers"),
        ("0999", "the number 999 to YAML 1.2 readers"),
        ("1.50", "the number 1.5 to other YAML readers"),
        # every reader reads these as written (a number as a text is the text as written: licence 4.0)
        ("1954", None),
        ("1954-05", None),
        ("~1954-04-15", None),
        ("1954-03-30/1954-04-05", None),
        ("4.0", None),
        ("CC0", None),
        ("Oui", None),
    ],
)
def test_what_other_yaml_readers_make_of_a_plain_text(text: str, what: str | None) -> None:
    assert misread(text) == what


def test_the_bundled_content_gets_no_such_advice_and_passes_the_schema_read_as_yaml_1_1() -> None:
    root = Path(BUNDLED_CONTENT)
    assert _advice(root) == []
    files = sorted((root / "exhibits").glob("*/*.yaml"))
    assert len(files) >= 5
    for path in files:
        assert _schema_errors(yaml.safe_load(path.read_text(encoding="utf-8"))) == [], path.name
