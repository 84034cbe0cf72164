"""Lint warnings, the validate/lint/schema commands, and the JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content import load
from kiosk.content.lint import contrast, lint, sentences, words
from kiosk.content.model import Severity
from kiosk.content.schema import json_schema
from kiosk.content.yamlsrc import parse, to_plain
from tests.content.conftest import EXHIBIT, SECTION, SECTION_HEAD, STORY

SAMPLE = Path(__file__).resolve().parent.parent / "sample"
SEC = "exhibits/x/s.yaml"
EXH = "exhibits/x/exhibit.yaml"


def warnings(root: Path) -> list[tuple[str, int, int, str]]:
    result = load(root)
    assert result.problems == []
    found = lint(result)
    assert all(p.severity is Severity.WARNING for p in found)
    return [(p.file, p.line, p.column, p.code) for p in found]


def test_sample_has_no_warnings():
    assert warnings(SAMPLE) == []


def test_long_panel(content):
    long = " ".join(["Short sentence here."] * 24)
    section = SECTION_HEAD + STORY.replace("body: {en: B, fr: B}", f"body: {{en: B, fr: {long}}}")
    assert warnings(content({SEC: section})) == [(SEC, 9, 19, "long-panel")]
    message = lint(load(content({SEC: section})))[0].message
    assert message == "story panel 'p' shows 74 words of fr text on its first view; aim for 70 at most"


def test_long_sentence(content):
    sentence = " ".join(["word"] * 26) + ". Short one."
    section = SECTION_HEAD + STORY.replace("body: {en: B, fr: B}", f"body: {{en: '{sentence}', fr: B}}")
    assert warnings(content({SEC: section})) == [(SEC, 9, 12, "long-sentence")]


def test_sentences_and_words():
    assert sentences("One two. Three *four*!\n\nFive") == ["One two.", "Three four!", "Five"]
    assert words("**a** b\n\nc") == 3


def test_missing_translation_with_fallback(content):
    exhibit = EXHIBIT.replace("languages: [en, fr]\n", "languages: [en, fr]\nallow_fallback: true\n")
    section = SECTION_HEAD + STORY.replace("title: {en: T, fr: T}", "title: {en: T}")
    assert warnings(content({SEC: section}, exhibit=exhibit)) == [(SEC, 8, 12, "fallback")]


def test_empty_alt_text(content):
    section = SECTION.replace("alt: {en: a, fr: a}", "alt: {en: a, fr: ''}")
    assert warnings(content({SEC: section})) == [(SEC, 4, 46, "alt-empty")]


def test_low_contrast(content):
    exhibit = EXHIBIT + 'theme:\n  background: "#777777"\n  text: "#888888"\n'
    found = warnings(content(exhibit=exhibit))
    assert next(f for f in found if f[3] == "contrast") == (EXH, 13, 3, "contrast")


def test_contrast_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


# --- commands -----------------------------------------------------------------------------------


def test_validate_ok(capsys):
    assert main(["validate", str(SAMPLE)]) == 0
    assert capsys.readouterr().out == "ok: 1 exhibit, 3 sections, 10 panels\n"


def test_validate_errors(content, capsys):
    section = SECTION_HEAD + STORY.replace("    title:", "    tittle:").replace("[book]", "[nope]")
    root = content({SEC: section}, exhibit=EXHIBIT.replace("title: {en: X, fr: X}", "title: {en: X}"))
    assert main(["validate", str(root)]) == 1
    assert capsys.readouterr().out == (
        f"{EXH}:2:8: error: 'title' has no fr text\n"
        "    hint: add fr: … (or set allow_fallback: true in exhibit.yaml)\n"
        "\n"
        f"{SEC}:8:5: error: unknown key 'tittle' in a story panel\n"
        "    hint: did you mean 'title'?\n"
        f"{SEC}:10:15: error: unknown source 'nope': it is not in the bibliography\n"
        "    hint: expected one of: book\n"
        "3 errors in 2 files\n"
    )


def test_validate_usage_error(tmp_path, capsys):
    assert main(["validate", str(tmp_path)]) == 2
    assert "has no exhibits/ folder" in capsys.readouterr().err


def test_lint_text(content, capsys):
    exhibit = EXHIBIT + 'theme:\n  text: "#333333"\n'
    assert main(["lint", str(content(exhibit=exhibit))]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{EXH}:12:3: warning: theme text on background has a contrast of")
    assert out.endswith("0 errors, 2 warnings in 1 file\n")


def test_lint_json_includes_errors(content, capsys):
    section = SECTION.replace("alt: {en: a, fr: a}", "alt: {en: a, fr: ''}")
    root = content({SEC: section}, exhibit=EXHIBIT.replace("[en, fr]", "[en, fr, fr]"))
    assert main(["lint", str(root), "--format", "json"]) == 1
    items = json.loads(capsys.readouterr().out)
    assert items == [
        {
            "file": EXH,
            "line": 3,
            "column": 21,
            "severity": "error",
            "message": "duplicate language 'fr'",
            "hint": "it is already used on line 3; ids must be unique",
            "code": "duplicate-id",
            "path": "languages[2]",
        }
    ]


def test_lint_json_warnings_exit_zero(content, capsys):
    section = SECTION.replace("alt: {en: a, fr: a}", "alt: {en: a, fr: ''}")
    assert main(["lint", str(content({SEC: section})), "--format", "json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert {k: item[k] for k in ("file", "line", "column", "severity", "code")} == {
        "file": SEC,
        "line": 4,
        "column": 46,
        "severity": "warning",
        "code": "alt-empty",
    }
    assert set(item) == {"file", "line", "column", "severity", "message", "hint", "code", "path"}


def test_schema_command(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


# --- JSON Schema --------------------------------------------------------------------------------


def test_schema_shape():
    schema = json_schema()
    defs = schema["$defs"]
    assert defs["storyPanel"]["additionalProperties"] is False
    assert defs["storyPanel"]["properties"]["body"]["description"] == "the text (markup)"
    assert defs["hotspot"]["properties"]["x"] == {
        "type": "number",
        "minimum": 0.0,
        "maximum": 1.0,
        "description": "0 = left edge, 1 = right edge",
    }
    mark = defs["layer"]["properties"]["marks"]["items"]
    assert mark["properties"]["state"]["enum"] == ["info", "held", "attacked", "fallen", "abandoned"]
    assert defs["exhibit"]["properties"]["theme"]["properties"]["text"]["pattern"] == "^#[0-9a-fA-F]{6}$"
    json.dumps(schema)  # serialisable


def _sample_documents() -> list[tuple[str, object]]:
    docs = []
    for path in sorted((SAMPLE / "exhibits" / "sample").glob("*.yaml")):
        node, issues = parse(path.read_bytes())
        assert node is not None and not issues
        docs.append((path.name, to_plain(node)))
    return docs


def test_sample_validates_against_schema():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json_schema())
    validator.check_schema(json_schema())
    for name, doc in _sample_documents():
        errors = [e.message for e in validator.iter_errors(doc)]
        assert errors == [], name


def test_schema_rejects_a_misspelt_key():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json_schema())
    _, doc = next(d for d in _sample_documents() if d[0] == "intro.yaml")
    doc["panels"][0]["tittle"] = doc["panels"][0].pop("title")
    assert not validator.is_valid(doc)


def test_a_bidirectional_override_in_visitor_text_is_a_warning(content):
    section = SECTION.replace("title: {en: T, fr: T}", 'title: {en: "Gift \u202eelbaT", fr: T}')
    found = [p for p in lint(load(content({SEC: section}))) if p.code == "bidi-control"]
    assert [(p.file, p.line, p.path) for p in found] == [(SEC, 8, "panels[0].title.en")], found
    assert "U+202E" in found[0].message and found[0].hint


_ACCEPTED = {  # validate takes these: an editor's schema must not underline them
    "an optional field left empty": ("exhibits/x/exhibit.yaml", "sections: [s]\n", "subtitle:\nsections: [s]\n"),
    "a number in a text field": ("exhibits/x/s.yaml", "licence: CC0", "licence: 4.0"),
    "a number as one text for all languages": ("exhibits/x/s.yaml", "credit: me", "credit: 1954"),
    "a numeric id": ("exhibits/x/s.yaml", "    id: p\n", "    id: 1954\n"),
}
_REFUSED = {  # validate refuses these: the schema must too
    "'..' in a media path": ("exhibits/x/s.yaml", "file: assets/x/pic.png", "file: assets/x/../x/pic.png"),
    "a media path of another type": ("exhibits/x/s.yaml", "file: assets/x/pic.png", "file: assets/x/pic.gif"),
    "an empty text field": ("exhibits/x/s.yaml", "licence: CC0", 'licence: " "'),
    "an absolute media path": ("exhibits/x/s.yaml", "file: assets/x/pic.png", "file: /etc/pic.png"),
}


@pytest.mark.parametrize(("case", "accepted"), [(c, True) for c in _ACCEPTED] + [(c, False) for c in _REFUSED])
def test_the_schema_agrees_with_validate(content, case: str, accepted: bool) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    file, old, new = (_ACCEPTED if accepted else _REFUSED)[case]
    root = content()
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert load(root).ok is accepted, [p.format() for p in load(root).problems]
    node, _ = parse(path.read_bytes())
    assert node is not None
    assert jsonschema.Draft202012Validator(json_schema()).is_valid(to_plain(node)) is accepted


@pytest.mark.parametrize(
    "text",
    ["1954", "1954-05", "1954-05-07", "~1954", "~1954-05", "1954-03-30/1954-04-05", "1954/1955", "0999",
     "1954-13", "1954-00", "1954-05-32", "1954-05-00", "~1954/1955", "1954-5", "19540", "١٩٥٤"],
)  # fmt: skip
def test_the_schema_date_pattern_agrees_with_the_loader(text: str) -> None:
    import re

    from kiosk.content.dates import DATE_PATTERN, parse_date

    assert bool(re.fullmatch(DATE_PATTERN, text)) is (parse_date(text) is not None)
