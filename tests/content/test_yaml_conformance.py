"""The project's YAML reader on the yaml-test-suite's cases that libyaml gets wrong (review §4):
each is refused with the place and a hint, never read as a value. MUS6/00 and X4QW are invalid
documents libyaml accepts; a null key was read as the key ``""``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.content.yamlsrc import parse, to_plain
from tests.content.conftest import EXHIBIT, only


def _refused(data: bytes) -> list[tuple[int, int, str]]:
    root, issues = parse(data)
    assert root is None, to_plain(root) if root else None
    assert all(i.hint for i in issues)
    return [(i.line + 1, i.col + 1, i.message) for i in issues]


def test_mus6_00_a_comment_glued_to_the_yaml_directive() -> None:
    assert _refused(b"%YAML 1.1#...\n---\n") == [
        (1, 10, "the %YAML line is not valid: a comment needs a space before '#'")
    ]


@pytest.mark.parametrize(
    "data", [b"%YAML  1.1\n---\n", b"%YAML\t1.1\n---\n", b"%YAML \t 1.1\n---\n", b"%YAML\t1.1\t#\tcomment\n---\n"]
)
def test_the_valid_mus6_variants_still_read(data: bytes) -> None:  # MUS6/01-04: a document holding null
    root, issues = parse(data + b"a: 1\n")
    assert issues == [] and root is not None and to_plain(root) == {"a": 1}


def test_x4qw_a_comment_glued_to_a_block_scalar_indicator() -> None:
    assert _refused(b"block: ># comment\n  scalar\n") == [(1, 9, "a comment right after '>' needs a space before '#'")]
    assert _refused(b"a: 1\nb: |-2# c\n   x\n") == [(2, 7, "a comment right after '|-2' needs a space before '#'")]


def test_block_scalar_headers_with_a_spaced_comment_still_read() -> None:
    root, issues = parse(b"a: > # comment\n  folded\nb: |-2 #c\n   x\nc: |+\n  y\nd: '>#not a header'\n")
    assert issues == [] and root is not None
    assert to_plain(root) == {"a": "folded\n", "b": " x", "c": "y\n", "d": ">#not a header"}


@pytest.mark.parametrize(("data", "col"), [(b"~: value\n", 1), (b"null: value\n", 1), (b"a: 1\n? \n: value\n", 2)])
def test_a_null_key_is_an_error_not_an_empty_name(data: bytes, col: int) -> None:
    root, issues = parse(data)
    assert [(i.code, i.col + 1) for i in issues] == [("null-key", col)]
    assert root is not None and "" not in root.value
    root, issues = parse(b"'null': value\n")  # quoted, it is the word
    assert issues == [] and root is not None and to_plain(root) == {"null": "value"}


def test_a_tagged_collection_comes_back_as_plain_data() -> None:
    root, issues = parse(b"a: !!map {b: 1}\nc: !!seq [2]\n")
    assert [i.code for i in issues] == ["tag", "tag"] and root is not None
    assert to_plain(root) == {"a": {"b": 1}, "c": [2]}


def test_validate_places_each_of_them_in_the_file(content: Callable[..., Path]) -> None:
    for text, (line, col) in (
        ("%YAML 1.2#\n---\n" + EXHIBIT, (1, 10)),
        (EXHIBIT + "notes: ># a note\n  x\n", (11, 9)),
        (EXHIBIT + "~: stray\n", (11, 1)),
    ):
        problem = only(content(exhibit=text))
        assert (problem.file, problem.line, problem.column) == ("exhibits/x/exhibit.yaml", line, col), problem.format()
        assert problem.hint


@pytest.mark.parametrize(
    ("data", "place"),
    [
        (b'key: "value"# invalid comment\n', (1, 13)),  # SU5Z
        (b"---\n[ a, b, c, ]#invalid\n", (2, 13)),  # 9JBA
        (b"a: {b: 1}#x\n", (1, 10)),
        (b"a: 'b'#x\n", (1, 7)),
    ],
)
def test_a_comment_glued_to_a_quote_or_a_bracket_is_refused(data: bytes, place: tuple[int, int]) -> None:
    (line, col, message), *_ = _refused(data)
    assert (line, col) == place and "needs a space before '#'" in message


@pytest.mark.parametrize(
    "data",
    [
        b"a: {b: 1 c: 2}\n",
        b"a: [1 2\n",
        b'a: "\\q"\n',
        b"%FOO bar\n---\na: 1\n%YAML 1.2\n",
        b"a: 1\n--- \nb: 2\n...\nc\n",
        b"a: - b\n",
        b"a: &\n",
        b"- a\nb: 1\n",
        b"a: @x\n",
        b"a: |0\n  x\n",
    ],
)
def test_every_syntax_error_comes_with_a_hint(data: bytes) -> None:
    _, issues = parse(data)
    assert issues and all(i.hint for i in issues), [(i.message, i.hint) for i in issues]


def test_without_libyaml_validate_says_so(tmp_path: Path) -> None:
    """PyYAML's pure-Python scanner refuses valid files libyaml reads (the sample's '?' in { }):
    the format needs libyaml, and a computer without it is told, not left guessing."""
    import subprocess
    import sys

    sample = Path(__file__).resolve().parent.parent / "sample"
    code = "import sys; sys.modules['yaml._yaml'] = None\nfrom kiosk.cli import main\nsys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, "validate", str(sample)], capture_output=True, text=True, timeout=120
    )
    assert "note: PyYAML on this computer has no libyaml" in done.stderr, done.stderr
