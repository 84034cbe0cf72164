"""The body-text markup and the date forms."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content.dates import format_date, parse_date
from kiosk.content.markup import plain, to_styled
from kiosk.content.model import DatePoint, DateSpec


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("Hello", "<p>Hello</p>"),
        ("one\ntwo", "<p>one<br/>two</p>"),
        ("one\n\ntwo\n", "<p>one</p><br/><p>two</p>"),
        ("one\n  \n\n two", "<p>one</p><br/><p>two</p>"),
        ("*em* and **strong**", "<p><i>em</i> and <b>strong</b></p>"),
        ("***both***", "<p><b><i>both</i></b></p>"),
        ("*a **b** c*", "<p><i>a <b>b</b> c</i></p>"),
        ("2 * 3 * 4", "<p>2 * 3 * 4</p>"),
        ("**not closed", "<p>**not closed</p>"),
        ("<img src=x.png>", "<p>&lt;img src=x.png&gt;</p>"),
        ('<a href="http://x">y</a>', "<p>&lt;a href=&quot;http://x&quot;&gt;y&lt;/a&gt;</p>"),
        ("Tom & Jerry &amp;", "<p>Tom &amp; Jerry &amp;amp;</p>"),
        ("*<b>*", "<p><i>&lt;b&gt;</i></p>"),
        ("", ""),
    ],
)
def test_to_styled(text, html):
    assert to_styled(text) == html


def test_plain():
    assert plain("*a* **b**\nc\n\nd & <e>") == "a b\nc\n\nd & <e>"


_TAG = r"</?(p|br/|i|b)>"


@given(st.text(alphabet="ab *\n<>&\"'", max_size=60))
def test_styled_output_is_well_formed_and_escaped(text):
    import re

    html = to_styled(text)
    stack: list[str] = []
    for match in re.finditer(r"<(/?)(p|br/|i|b)>", html):
        closing, name = match.groups()
        if name == "br/":
            continue
        if closing:
            assert stack and stack.pop() == name
        else:
            stack.append(name)
    assert stack == []
    rest = re.sub(_TAG, "", html)
    assert "<" not in rest and ">" not in rest
    assert "&" not in re.sub(r"&(amp|lt|gt|quot|#39);", "", rest)


@pytest.mark.parametrize(
    ("raw", "start", "end", "approx"),
    [
        ("1954-05-07", (1954, 5, 7), None, False),
        ("1954-05", (1954, 5, 0), None, False),
        ("1954", (1954, 0, 0), None, False),
        ("~1954-04-15", (1954, 4, 15), None, True),
        ("~1954", (1954, 0, 0), None, True),
        ("1954-03-30/1954-04-05", (1954, 3, 30), (1954, 4, 5), False),
        ("1953-05/1954", (1953, 5, 0), (1954, 0, 0), False),
    ],
)
def test_parse_date(raw, start, end, approx):
    spec = parse_date(raw)
    assert spec is not None
    assert spec.start == DatePoint(*start)
    assert spec.end == (DatePoint(*end) if end else None)
    assert spec.approximate is approx
    assert spec.raw == raw


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "1954-13",
        "1954-02-29",
        "1954-00-01",
        "954",
        "1954-5-7",
        "1954-04-05/1954-03-30",
        "1954/1954",
        "~1954/1955",
        "x",
        None,
    ],
)
def test_parse_date_refuses(raw):
    assert parse_date(raw) is None


def test_parse_date_accepts_yaml_values():
    assert parse_date(datetime.date(1954, 5, 7)) == DateSpec(DatePoint(1954, 5, 7), raw="1954-05-07")
    assert parse_date(1954).start == DatePoint(1954)


@pytest.mark.parametrize(
    ("raw", "en", "fr", "vi"),
    [
        ("1954-05-07", "7 May 1954", "7 mai 1954", "7/5/1954"),
        ("1954-05-01", "1 May 1954", "1er mai 1954", "1/5/1954"),
        ("1954-05", "May 1954", "mai 1954", "tháng 5/1954"),
        ("1954", "1954", "1954", "1954"),
        ("~1954-04-15", "c. 15 April 1954", "vers le 15 avril 1954", "khoảng 15/4/1954"),
        ("~1954-04", "c. April 1954", "vers avril 1954", "khoảng tháng 4/1954"),
        ("1954-03-30/1954-04-05", "30 March – 5 April 1954", "30 mars – 5 avril 1954", "30/3 – 5/4/1954"),
        (
            "1953-12-20/1954-01-05",
            "20 December 1953 – 5 January 1954",
            "20 décembre 1953 – 5 janvier 1954",
            "20/12/1953 – 5/1/1954",
        ),
        ("1953/1954", "1953 – 1954", "1953 – 1954", "1953 – 1954"),
    ],
)
def test_format_date(raw, en, fr, vi):
    spec = parse_date(raw)
    assert (format_date(spec, "en"), format_date(spec, "fr"), format_date(spec, "vi")) == (en, fr, vi)


def test_format_date_other_language_falls_back_to_english():
    assert format_date(parse_date("1954-05-07"), "de") == "7 May 1954"
