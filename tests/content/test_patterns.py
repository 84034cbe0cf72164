"""Patterns match the whole value: ``re.match(...$)`` let a trailing newline through (review §4), and
``\\d`` took other scripts' digits."""

from __future__ import annotations

import json

from kiosk.content import load
from kiosk.content.dates import DATE_PATTERN, parse_date
from kiosk.content.yamlsrc import resolve_plain
from kiosk.media import images
from tests.content.conftest import EXHIBIT, SECTION, errors


def test_a_colour_with_a_trailing_newline_is_refused(content):
    # "#f3ede2\n" passed validate and Qt then drew the text black.
    result = load(content(exhibit=EXHIBIT + 'theme:\n  text: "#f3ede2\\n"\n'))
    assert [e[3] for e in errors(result)] == ["'#f3ede2\n' is not a colour"]
    assert errors(load(content(exhibit=EXHIBIT + 'theme:\n  text: "#f3ede2"\n'))) == []


def test_an_id_with_a_trailing_newline_is_refused(content):
    result = load(content({"exhibits/x/s.yaml": SECTION.replace("id: s\n", 'id: "s\\n"\n')}))
    assert any("is not a valid" in e[3] for e in errors(result))


def test_dates_take_ascii_digits_only():
    assert parse_date("1954") is not None
    assert parse_date("١٩٥٤") is None  # Arabic-Indic digits: int() would read them
    assert "\\d" not in DATE_PATTERN
    assert "\\d" not in json.dumps(DATE_PATTERN)


def test_yaml_scalars_and_derivative_names_match_whole():
    assert resolve_plain("12") == ("int", 12)
    assert resolve_plain("12\n")[0] == "str"
    assert images.NAME_PATTERN.fullmatch("0123456789abcdef-480.jpg")
    assert not images.NAME_PATTERN.fullmatch("0123456789abcdef-480.jpg\n")
    assert not images.NAME_PATTERN.fullmatch("0123456789abcdef-٤٨٠.jpg")
