"""One test per kind of problem, each asserting the exact file, line and column, and the message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.content import load
from kiosk.content.model import MapPanel, QuotePanel, Severity, TimelinePanel
from tests.content.conftest import EXHIBIT, SECTION, SECTION_HEAD, STORY, errors, only

SEC = "exhibits/x/s.yaml"
EXH = "exhibits/x/exhibit.yaml"


def panel(text: str) -> str:
    """A section whose only panel is ``text`` (its first line is line 6 of the file)."""
    return SECTION_HEAD + text


def test_minimal_content_loads(content):
    result = load(content())
    assert errors(result) == []
    (exhibit,) = result.exhibits
    assert [s.id for s in exhibit.sections] == ["s"]
    assert exhibit.sections[0].file == SEC


# --- YAML-level problems ------------------------------------------------------------------------


def test_python_tag_is_an_error_and_never_constructed(content, tmp_path):
    marker = tmp_path / "pwned"
    root = content({SEC: panel(STORY) + f'extra: !!python/object/apply:os.system ["touch {marker}"]\n'})
    result = load(root)
    tag = next(p for p in result.problems if p.code == "tag")
    assert (tag.file, tag.line, tag.column) == (SEC, 11, 8)
    assert tag.message == "tag '!!python/object/apply:os.system' is not allowed"
    assert not marker.exists()
    assert result.exhibits[0].sections == ()


def test_any_explicit_tag_is_an_error(content):
    p = only(content({SEC: SECTION.replace("id: s\n", "id: !!str s\n")}))
    assert (p.file, p.line, p.column, p.code) == (SEC, 1, 5, "tag")


def test_duplicate_key(content):
    p = only(content({SEC: SECTION.replace("summary:", "title: {en: Again, fr: Encore}\nsummary:")}))
    assert (p.file, p.line, p.column) == (SEC, 3, 1)
    assert p.message == "duplicate key 'title'"
    assert p.hint == "'title' is already set on line 2; remove one of them"


def test_unknown_key_with_did_you_mean(content):
    p = only(content({SEC: panel(STORY.replace("    title:", "    tittle:"))}))
    assert (p.file, p.line, p.column) == (SEC, 8, 5)
    assert p.message == "unknown key 'tittle' in a story panel"
    assert p.hint == "did you mean 'title'?"
    assert p.format() == (f"{SEC}:8:5: error: unknown key 'tittle' in a story panel\n    hint: did you mean 'title'?")


def test_unknown_key_alone(content):
    p = only(content({SEC: panel(STORY + "    colour: red\n")}))
    assert (p.line, p.column, p.message) == (11, 5, "unknown key 'colour' in a story panel")


def test_missing_required_key(content):
    p = only(content({SEC: panel(STORY.replace("    body: {en: B, fr: B}\n", ""))}))
    assert (p.file, p.line, p.column) == (SEC, 6, 5)
    assert p.message == "missing 'body' in a story panel"
    assert p.hint.startswith("add 'body:'")


def test_wrong_type(content):
    exhibit = EXHIBIT.replace("    text: {en: Hi, fr: Salut}\n", "    text: {en: Hi, fr: Salut}\n    seconds: eight\n")
    p = only(content(exhibit=exhibit))
    assert (p.file, p.line, p.column) == (EXH, 7, 14)
    assert p.message == "'seconds' must be a number, not text 'eight'"


def test_quoted_number_hint(content):
    p = only(
        content(
            {
                SEC: panel("""\
  - kind: figures
    id: f
    title: {en: T, fr: T}
    items:
      - {value: "12", label: {en: L, fr: L}, source: book}
    sources: [book]
""")
            }
        )
    )
    assert (p.line, p.column) == (10, 17)
    assert p.hint == "remove the quotes around the number"


def test_missing_language(content):
    p = only(content({SEC: panel(STORY.replace("body: {en: B, fr: B}", "body: {en: B}"))}))
    assert (p.file, p.line, p.column) == (SEC, 9, 11)
    assert p.message == "'body' has no fr text"
    assert "allow_fallback" in p.hint


def test_missing_language_with_fallback_is_a_warning(content):
    exhibit = EXHIBIT.replace("languages: [en, fr]\n", "languages: [en, fr]\nallow_fallback: true\n")
    result = load(content({SEC: panel(STORY.replace("body: {en: B, fr: B}", "body: {en: B}"))}, exhibit=exhibit))
    assert errors(result) == []
    (note,) = result.notes
    assert (note.file, note.line, note.column, note.severity) == (SEC, 9, 11, Severity.WARNING)
    assert result.exhibits[0].sections[0].panels[0].body.text("fr", "en") == "B"


def test_unknown_language(content):
    p = only(content({SEC: panel(STORY.replace("body: {en: B, fr: B}", "body: {en: B, fr: B, de: C}"))}))
    assert (p.line, p.column) == (9, 26)
    assert p.message == "'de' is not one of this exhibit's languages (en, fr)"


def test_comma_in_flow_text_hint(content):
    p = only(content({SEC: panel(STORY.replace("body: {en: B, fr: B}", "body: {en: B, fr: Oui, bien sûr}"))}))
    assert (p.line, p.column) == (9, 28)
    assert "comma" in p.hint


def test_yaml_syntax_error(content):
    p = only(content({SEC: SECTION.replace("title: {en: S, fr: S}", "title: a: b")}))
    assert (p.file, p.line, p.column) == (SEC, 2, 9)
    assert p.message.startswith("YAML syntax: mapping values are not allowed")
    assert "quotes" in p.hint


def test_alias_bomb(content):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for name, prev in zip("bcdef", "abcde", strict=True):
        bomb += f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]\n"
    p = only(content({SEC: bomb}))
    assert (p.file, p.line, p.column) == (SEC, 4, 36)
    assert p.message == "aliases expand to more than 10,000 values"


def test_aliases_within_limit_are_fine(content):
    section = SECTION.replace("cover: {file", "cover: &cover {file") + "extra: *cover\n"
    p = only(content({SEC: section}))
    assert p.message == "unknown key 'extra' in a section"  # the alias itself was fine


def test_recursive_alias(content):
    p = only(content({SEC: "a: &a [*a]\n"}))
    assert (p.line, p.column, p.code) == (1, 8, "alias")


def test_file_over_one_mib(content):
    big = SECTION + "# " + "x" * (1024 * 1024) + "\n"
    p = only(content({SEC: big}))
    assert (p.file, p.line, p.column) == (SEC, 1, 1)
    assert p.message == "file is 1.0 MiB; the limit is 1 MiB"


def test_invalid_utf8(content):
    data = SECTION.encode().replace(b"summary: {en: S", b"summary: {en: S\xe9t\xe9")
    p = only(content({SEC: data}))
    assert (p.file, p.line, p.column) == (SEC, 3, 16)
    assert p.message == "invalid UTF-8: byte 0xe9 is not text"


def test_invalid_utf8_column_counts_characters(content):
    data = "id: s\ntitle: {en: é, fr: \xff}\n".encode().replace(b"\xc3\xbf", b"\xff")
    p = only(content({SEC: data}))
    assert (p.line, p.column) == (2, 20)


def test_tab_indentation(content):
    p = only(content({SEC: SECTION.replace("    id: p", "\tid: p")}))
    assert (p.file, p.line, p.column) == (SEC, 7, 1)
    assert p.message == "tab character used for indentation"
    assert "spaces" in p.hint


def test_nesting_too_deep(content):
    p = only(content({SEC: "id: " + "[" * 45 + "]" * 45 + "\n"}))
    assert (p.file, p.line, p.column) == (SEC, 1, 44)
    assert p.message == "nesting deeper than 40 levels"


def test_empty_file(content):
    p = only(content({SEC: "# nothing yet\n"}))
    assert (p.file, p.line, p.column, p.message) == (SEC, 1, 1, "the file is empty")


def test_two_documents(content):
    p = only(content({SEC: SECTION + "---\nid: t\n"}))
    assert (p.line, p.column, p.code) == (11, 1, "documents")


def test_yes_and_dates_stay_text(content):
    # YAML 1.1 would turn 'no' into false and 1954-05-07 into a date object.
    quote = """\
  - kind: quote
    id: q
    title: {en: T, fr: T}
    speaker: no
    role: {en: R, fr: R}
    date: 1954-05-07
    original: {lang: fr, text: Non}
    translation: {en: No}
    sources: [book]
"""
    result = load(content({SEC: panel(quote)}))
    assert errors(result) == []
    q = result.exhibits[0].sections[0].panels[0]
    assert q.speaker == "no"
    assert q.date.raw == "1954-05-07"


# --- ids and references -------------------------------------------------------------------------


def test_bad_id(content):
    p = only(content({SEC: panel(STORY.replace("id: p", "id: Five_Hills"))}))
    assert (p.line, p.column) == (7, 9)
    assert p.message == "'Five_Hills' is not a valid panel id"
    assert p.hint == "use lower-case letters, digits and single hyphens, e.g. 'five-hills'"


def test_section_id_must_match_file_name(content):
    p = only(content({SEC: SECTION.replace("id: s\n", "id: other\n")}))
    assert (p.file, p.line, p.column) == (SEC, 1, 5)
    assert p.message == "section id 'other' does not match its file name 's.yaml'"


def test_exhibit_id_must_match_folder(content):
    result = load(content(exhibit=EXHIBIT.replace("id: x", "id: y")))
    assert errors(result) == [(EXH, 1, 5, "exhibit id 'y' does not match its folder name 'x'")]
    assert result.exhibits == []


def test_dangling_source(content):
    p = only(content({SEC: panel(STORY.replace("[book]", "[book, boook-2]"))}))
    assert (p.line, p.column) == (10, 21)
    assert p.message == "unknown source 'boook-2': it is not in the bibliography"
    assert p.hint == "did you mean 'book'?"


def test_dangling_section(content):
    result = load(content(exhibit=EXHIBIT.replace("sections: [s]", "sections: [s, missing]")))
    assert errors(result) == [(EXH, 7, 15, "section 'missing' has no file exhibits/x/missing.yaml")]
    # The exhibit still loads with the sections it has.
    assert [s.id for s in result.exhibits[0].sections] == ["s"]


def test_duplicate_panel_ids(content):
    p = only(content({SEC: panel(STORY + STORY)}))
    assert (p.line, p.column) == (12, 9)
    assert p.message == "duplicate panel id 'p'"
    assert p.hint.startswith("it is already used on line 7")


MAP = """\
  - kind: map
    id: m
    title: {en: T, fr: T}
    image: {file: assets/x/pic.png, alt: {en: a, fr: a}, credit: me, licence: CC0}
    hotspots:
      - {id: a, x: 0.5, y: 0.5, title: {en: A, fr: A}}
      - {id: b, x: 0.2, y: 0.9, title: {en: B, fr: B}}
    layers:
      - date: 1954-03-14
        title: {en: L2, fr: L2}
        marks: [{hotspot: b, state: fallen}]
      - date: 1954-03-13
        title: {en: L1, fr: L1}
        marks: [{hotspot: a, state: attacked}]
    sources: [book]
"""


def test_map_loads_with_layers_sorted(content):
    result = load(content({SEC: panel(MAP)}))
    assert errors(result) == []
    m = result.exhibits[0].sections[0].panels[0]
    assert isinstance(m, MapPanel)
    assert [layer.date.raw for layer in m.layers] == ["1954-03-13", "1954-03-14"]
    assert m.states_at(1) == {"a": "attacked", "b": "fallen"}


def test_dangling_hotspot_in_marks(content):
    p = only(content({SEC: panel(MAP.replace("hotspot: b,", "hotspot: c,"))}))
    assert (p.line, p.column) == (16, 27)
    assert p.message == "unknown hotspot 'c' in this map"


def test_duplicate_hotspot_ids(content):
    p = only(content({SEC: panel(MAP.replace("{id: b,", "{id: a,"))}))
    assert (p.line, p.column, p.message) == (12, 14, "duplicate hotspot id 'a'")


def test_hotspot_outside_picture(content):
    p = only(content({SEC: panel(MAP.replace("x: 0.2", "x: 1.2"))}))
    assert (p.line, p.column) == (12, 20)
    assert p.message == "'x' is 1.2; it must be between 0 and 1"


def test_unknown_hotspot_state(content):
    p = only(content({SEC: panel(MAP.replace("state: fallen", "state: falen"))}))
    assert (p.line, p.column, p.message) == (16, 37, "unknown hotspot state 'falen'")
    assert p.hint == "did you mean 'fallen'?"


# --- media --------------------------------------------------------------------------------------


def _cover(path: str) -> str:
    return SECTION.replace("cover: {file: assets/x/pic.png", f"cover: {{file: {path}")


def test_missing_media_file(content):
    p = only(content({SEC: _cover("assets/x/pic2.png")}))
    assert (p.file, p.line, p.column) == (SEC, 4, 15)
    assert p.message == "media file 'assets/x/pic2.png' not found"
    assert p.hint == "did you mean 'pic.png'?"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("assets/../../etc/passwd.png", "media path 'assets/../../etc/passwd.png' leaves the content folder"),
        ("/etc/passwd.png", "media path '/etc/passwd.png' is absolute"),
        ("C:/x.png", "media path 'C:/x.png' is absolute"),
        ("'assets\\x\\pic.png'", "media path 'assets\\x\\pic.png' contains a backslash"),
        ("assets/x/notes.txt", "'assets/x/notes.txt' is not a supported file type"),
    ],
)
def test_media_paths_that_are_refused(content, path, message):
    p = only(content({SEC: _cover(path)}))
    assert (p.line, p.column, p.message) == (4, 15, message)


def test_media_symlink_pointing_outside(content, tmp_path):
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"x")
    root = content()
    os.symlink(outside, root / "assets/x/link.png")
    p = only(content({SEC: _cover("assets/x/link.png")}))
    assert (p.line, p.column) == (4, 15)
    assert p.message == "media path 'assets/x/link.png' points outside the content folder"


def test_media_symlink_inside_is_fine(content):
    root = content()
    os.symlink(root / "assets/x/pic.png", root / "assets/x/alias.png")
    assert load(content({SEC: _cover("assets/x/alias.png")})).problems == []


# --- panel rules --------------------------------------------------------------------------------

QUIZ = """\
  - kind: quiz
    id: q
    title: {en: T, fr: T}
    questions:
      - prompt: {en: P, fr: P}
        choices:
          - {text: {en: A, fr: A}, feedback: {en: F, fr: F}, correct: true}
          - {text: {en: B, fr: B}, feedback: {en: F, fr: F}}
    sources: [book]
"""


def test_quiz_loads(content):
    result = load(content({SEC: panel(QUIZ)}))
    assert result.problems == []
    assert result.exhibits[0].sections[0].panels[0].questions[0].answer == 0


@pytest.mark.parametrize(
    ("old", "new", "count"),
    [
        ("correct: true}", "}", 0),
        ("fr: F}}\n", "fr: F}, correct: true}\n", 2),
    ],
)
def test_quiz_needs_exactly_one_correct_choice(content, old, new, count):
    p = only(content({SEC: panel(QUIZ.replace(old, new))}))
    assert (p.line, p.column) == (12, 11)
    assert p.message == f"a question needs exactly one choice with 'correct: true', not {count}"


def test_unknown_panel_kind(content):
    p = only(content({SEC: panel(STORY.replace("kind: story", "kind: stroy"))}))
    assert (p.line, p.column, p.message) == (6, 11, "unknown panel kind 'stroy'")
    assert p.hint == "did you mean 'story'?"


QUOTE = """\
  - kind: quote
    id: q
    title: {en: T, fr: T}
    speaker: Piroth
    role: {en: R, fr: R}
    original: {lang: fr, text: Rien}
    translation: {en: Nothing}
    sources: [book]
"""


def test_quote_translation_holds_every_language(content):
    result = load(content({SEC: panel(QUOTE)}))
    assert result.problems == []
    q = result.exhibits[0].sections[0].panels[0]
    assert isinstance(q, QuotePanel)
    assert dict(q.translation) == {"en": "Nothing", "fr": "Rien"}


def test_quote_translation_missing(content):
    p = only(content({SEC: panel(QUOTE.replace("original: {lang: fr", "original: {lang: de"))}))
    assert (p.line, p.column, p.message) == (12, 18, "'translation' has no fr text")


def test_quote_translation_into_the_original_language(content):
    p = only(content({SEC: panel(QUOTE.replace("{en: Nothing}", "{en: Nothing, fr: Rien}"))}))
    assert (p.line, p.column) == (12, 32)
    assert p.message.startswith("a translation into 'fr' is not needed")


TIMELINE = """\
  - kind: timeline
    id: t
    title: {en: T, fr: T}
    eras:
      - {from: 1953-05, to: 1954-03-12, title: {en: E, fr: E}}
    events:
      - {date: 1954-05-07, title: {en: C, fr: C}}
      - {date: ~1954-04, title: {en: B, fr: B}}
      - {date: 1954-03-30/1954-04-05, title: {en: A, fr: A}}
    sources: [book]
"""


def test_timeline_events_are_sorted(content):
    result = load(content({SEC: panel(TIMELINE)}))
    assert result.problems == []
    t = result.exhibits[0].sections[0].panels[0]
    assert isinstance(t, TimelinePanel)
    assert [e.title["en"] for e in t.events] == ["A", "B", "C"]
    assert t.events[1].date.approximate


@pytest.mark.parametrize("bad", ["1954-13-01", "1954-02-30", "54-03-01", "1954-04/1954-03", "~1954/1955", "May 1954"])
def test_bad_date(content, bad):
    p = only(content({SEC: panel(TIMELINE.replace("1954-05-07", f"'{bad}'"))}))
    assert (p.line, p.column) == (12, 16)
    assert p.message == f"'{bad}' is not a date"


def test_era_backwards(content):
    p = only(content({SEC: panel(TIMELINE.replace("to: 1954-03-12", "to: 1952"))}))
    assert (p.line, p.column, p.message) == (10, 29, "an era must end after it starts")


def test_track_file_as_one_string(content):
    audio = """\
  - kind: audio
    id: a
    title: {en: T, fr: T}
    track:
      file: assets/x/pic.png
      transcript: {en: T, fr: T}
      credit: me
      licence: CC0
    sources: [book]
"""
    result = load(content({SEC: panel(audio)}))
    assert result.problems == []
    track = result.exhibits[0].sections[0].panels[0].track
    assert dict(track.file) == {"en": "assets/x/pic.png", "fr": "assets/x/pic.png"}
    assert dict(track.credit) == {"en": "me", "fr": "me"}


def test_figure_range_backwards(content):
    p = only(
        content(
            {
                SEC: panel("""\
  - kind: figures
    id: f
    title: {en: T, fr: T}
    items:
      - {value: 12, to: 10, label: {en: L, fr: L}, source: book}
    sources: [book]
""")
            }
        )
    )
    assert (p.line, p.column, p.message) == (10, 25, "'to' (10) must be greater than 'value' (12)")


# --- exhibit.yaml rules -------------------------------------------------------------------------


def test_theme_colour_unquoted(content):
    p = only(content(exhibit=EXHIBIT + "theme:\n  text: #f3ede2\n"))
    assert (p.file, p.line, p.column) == (EXH, 12, 8)
    assert p.message == "'text' has no colour"
    assert "quotes" in p.hint


def test_theme_colour_invalid(content):
    p = only(content(exhibit=EXHIBIT + "theme:\n  text: red\n"))
    assert (p.line, p.column, p.message) == (12, 9, "'red' is not a colour")


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("timeout", 5, "'timeout' is 5; it must be between 15 and 3600"),
        ("warning", 300, "'warning' is 300; it must be between 10 and 120"),
    ],
)
def test_idle_ranges(content, key, value, message):
    p = only(content(exhibit=EXHIBIT + f"idle:\n  {key}: {value}\n"))
    assert (p.line, p.column, p.message) == (12, 5 + len(key), message)


def test_exhibit_with_errors_is_left_out(content):
    result = load(content(exhibit=EXHIBIT.replace("title: {en: X, fr: X}", "title: {en: X}")))
    assert errors(result) == [(EXH, 2, 8, "'title' has no fr text")]
    assert result.exhibits == []


def test_section_with_errors_is_left_out_and_others_load(content):
    exhibit = EXHIBIT.replace("sections: [s]", "sections: [s, t]")
    root = content(
        {"exhibits/x/t.yaml": SECTION.replace("id: s", "id: t").replace("[book]", "[nope]")}, exhibit=exhibit
    )
    result = load(root)
    assert [(p.file, p.line) for p in result.problems] == [("exhibits/x/t.yaml", 10)]
    assert [s.id for s in result.exhibits[0].sections] == ["s"]


def test_every_problem_is_reported_at_once(content):
    section = panel(
        STORY.replace("kind: story", "kind: story\n    colour: red")
        .replace("[book]", "[nope]")
        .replace("body: {en: B, fr: B}", "body: {en: B}")
    )
    result = load(content({SEC: section}, exhibit=EXHIBIT.replace("citation: A book.", "citatoin: x")))
    assert sorted((p.file, p.line, p.column) for p in result.problems) == [
        (EXH, 10, 5),  # unknown 'citatoin' (did you mean 'citation'?)
        (SEC, 7, 5),
        (SEC, 10, 11),
        (SEC, 11, 15),
    ]


def test_missing_exhibit_yaml(content):
    result = load(content({"exhibits/empty/.keep": ""}))
    assert errors(result) == [("exhibits/empty/exhibit.yaml", 0, 0, "the exhibit folder 'empty' has no exhibit.yaml")]


def test_unlisted_section_file_is_noted(content):
    result = load(content({"exhibits/x/draft.yaml": "id: draft\n"}))
    assert result.problems == []
    assert [(n.file, n.code) for n in result.notes] == [("exhibits/x/draft.yaml", "stray-file")]


def test_no_exhibits_folder(tmp_path):
    result = load(tmp_path)
    assert errors(result) == [("exhibits", 0, 0, "the content folder has no exhibits/ folder")]


def test_unexpected_exception_becomes_a_problem(content, monkeypatch):
    from kiosk.content import format as fmt

    def boom(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(fmt.SECTION, "check", boom)
    result = load(content())
    p = result.problems[0]
    assert (p.file, p.line, p.column, p.code) == (SEC, 1, 1, "internal")
    assert p.message.startswith("internal error while reading this file (ValueError: boom)")


def test_locations_point_at_the_source(content):
    result = load(content())
    body = result.exhibits[0].sections[0].panels[0].body
    loc = result.where(body)
    assert (loc.file, loc.line, loc.col, loc.path) == (SEC, 9, 11, "panels[0].body")
    assert loc.key("fr") == (9, 19)


def test_unreadable_root_is_not_an_exception(tmp_path: Path):
    assert load(tmp_path / "does-not-exist").problems[0].code == "no-exhibits"
