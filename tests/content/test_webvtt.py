"""WebVTT captions: the parser on good files and on every kind of bad one, and how the loader and
lint report caption files and the track rules (spoken tracks, captions without a file)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content import load
from kiosk.content.lint import lint
from kiosk.content.model import AudioPanel, Severity
from kiosk.content.webvtt import Captions, Cue, cue_at, format_time, parse, read, write
from tests.content.conftest import SECTION_HEAD

SEC = "exhibits/x/s.yaml"


def problems(captions: Captions) -> list[tuple[int, int, str, str]]:
    return [(p.line, p.column, p.severity.value, p.code) for p in captions.problems]


# --- good files ---------------------------------------------------------------------------------


def test_a_plain_file() -> None:
    captions = parse(b"WEBVTT\n\n00:00.000 --> 00:01.500\nHello.\n\n00:01.500 --> 00:03.000\nTwo\nlines.\n", "a.vtt")
    assert captions.cues == (Cue(0, 1500, "Hello."), Cue(1500, 3000, "Two\nlines."))
    assert captions.problems == ()
    assert captions.ok and captions.duration_ms == 3000


def test_everything_curators_write() -> None:
    data = (
        "\ufeffWEBVTT - Điện Biên Phủ\r\nKind: captions\r\n\r\n"
        "NOTE written by hand\r\nover two lines\r\n\r\n"
        "STYLE\r\n::cue { color: yellow }\r\n\r\n"
        "intro-1\r\n01:00:00.250 --> 01:00:02.000 align:start line:90%\r\n"
        "<v Giáp>Xin <b>chào</b> &amp; <i>tạm biệt</i></v>\r\n\r\n"
        "\r\n\r\n"
        "2\r\n01:00:02.000 --> 01:00:04.000\r\n&lt;tag&gt; &nbsp;kept\r\n"
    ).encode()
    captions = parse(data)
    assert captions.problems == ()
    assert captions.cues == (Cue(3600250, 3602000, "Xin chào & tạm biệt"), Cue(3602000, 3604000, "<tag> \u00a0kept"))


def test_cues_come_back_in_time_order_and_cue_at_finds_them() -> None:
    captions = parse("WEBVTT\n\n00:05.000 --> 00:06.000\nB\n\n00:01.000 --> 00:02.000\nA\n")
    assert [c.text for c in captions.cues] == ["A", "B"]
    assert problems(captions) == [(6, 1, "warning", "vtt-order")]
    assert cue_at(captions.cues, 999) is None
    assert cue_at(captions.cues, 1000).text == "A"
    assert cue_at(captions.cues, 2000) is None  # the end is exclusive
    assert cue_at(captions.cues, 5999).text == "B"


def test_write_then_parse_gives_the_cues_back() -> None:
    cues = [Cue(0, 1234, "a < b & c"), Cue(1234, 3723004, "two\nlines")]
    text = write(cues)
    assert text.startswith("WEBVTT\n\n00:00:00.000 --> 00:00:01.234\na &lt; b &amp; c\n")
    assert parse(text).cues == tuple(cues)
    assert format_time(3723004) == "01:02:03.004"
    assert format_time(-5) == "00:00:00.000"


# --- bad files: each problem where it is ---------------------------------------------------------


def test_missing_header() -> None:
    captions = parse(b"00:00.000 --> 00:01.000\nHello\n", "a.vtt")
    assert problems(captions) == [(1, 1, "error", "vtt-header")]
    assert captions.problems[0].file == "a.vtt"
    assert captions.cues == (Cue(0, 1000, "Hello"),)  # still read, for the error to be the only one
    assert not captions.ok


def test_a_subrip_file_is_named() -> None:
    captions = parse(b"1\n00:00:00,000 --> 00:00:01,000\nHello\n")
    assert problems(captions) == [
        (1, 1, "error", "vtt-header"),
        (2, 1, "error", "vtt-timestamp"),  # errors: no cue is left to show
        (2, 18, "error", "vtt-timestamp"),
    ]
    assert "SubRip" in captions.problems[0].hint
    assert "not a comma" in captions.problems[1].hint


@pytest.mark.parametrize(
    ("timing", "col"),
    [
        ("00:01.5 --> 00:02.000", 1),
        ("00:01.500 --> 00:2.000", 15),
        ("00:61.000 --> 00:62.000", 1),
        ("  00:01.000 --> ", 17),  # where the end time should be
        ("00:01.000 -->x", 14),
    ],
)
def test_bad_timestamp(timing: str, col: int) -> None:
    captions = parse(f"WEBVTT\n\nNOTE a comment\n\n{timing}\nText\n")
    assert problems(captions)[0] == (5, col, "error", "vtt-timestamp")  # an error: nothing left to show
    assert captions.cues == ()


def test_end_before_start() -> None:
    captions = parse("WEBVTT\n\n00:02.000 --> 00:01.000\nText\n\n00:03.000 --> 00:03.000\nX\n")
    assert problems(captions) == [(3, 15, "error", "vtt-range"), (6, 15, "error", "vtt-range")]
    assert "ends before it starts" in captions.problems[0].message
    assert "ends the moment it starts" in captions.problems[1].message


def test_overlapping_cues_are_a_warning() -> None:
    captions = parse("WEBVTT\n\n00:00.000 --> 00:02.000\nA\n\n00:01.000 --> 00:03.000\nB\n")
    assert problems(captions) == [(6, 1, "warning", "vtt-overlap")]
    assert captions.ok and len(captions.cues) == 2


def test_long_lines_and_too_many_lines_are_warnings() -> None:
    long = "x" * 30 + " " + "<b>" + "y" * 20 + "</b>"  # 51 visible characters
    text = f"WEBVTT\n\n00:00.000 --> 00:02.000\n{long}\n" + "a\nb\nc\n"
    captions = parse(text)
    assert problems(captions) == [
        (4, 46, "warning", "vtt-long-line"),  # the 43rd visible one
        (6, 1, "warning", "vtt-lines"),
    ]
    assert captions.problems[0].hint == ("captions are easier to read at most 2 lines of about 40 characters")
    assert captions.ok


def test_a_line_of_42_characters_with_vietnamese_marks_is_fine() -> None:
    line = " ".join(["Điện Biên Phủ"] * 3) + "!"  # 42 characters once composed
    decomposed = unicodedata.normalize("NFD", line)
    assert len(decomposed) > 50
    captions = parse(f"WEBVTT\n\n00:00.000 --> 00:01.000\n{decomposed}\n")
    assert captions.problems == ()
    captions = parse(f"WEBVTT\n\n00:00.000 --> 00:01.000\n{decomposed}!\n")
    assert problems(captions) == [(4, len(decomposed) + 1, "warning", "vtt-long-line")]


def test_not_utf8() -> None:
    captions = parse(b"WEBVTT\n\n00:00.000 --> 00:01.000\nCaf\xe9 cr\xe8me\n", "a.vtt")
    assert problems(captions) == [(4, 4, "error", "vtt-encoding")]
    assert captions.cues[0].text == "Caf\ufffd cr\ufffdme"


def test_utf16_is_named() -> None:
    captions = parse("WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n".encode("utf-16"))
    assert problems(captions)[0] == (1, 1, "error", "vtt-encoding")
    assert "UTF-16" in captions.problems[0].hint


def test_a_block_that_is_not_a_cue() -> None:
    captions = parse("WEBVTT\n\nJust some text\nwithout a timing\n\nid\nmore\n00:01.000 --> 00:02.000\nText\n")
    assert problems(captions) == [(3, 1, "error", "vtt-block"), (6, 1, "error", "vtt-block")]
    assert captions.cues == ()  # the second block's timing line is not first: not a cue either


def test_missing_blank_lines_are_forgiven_with_a_warning() -> None:
    captions = parse("WEBVTT\n00:00.000 --> 00:01.000\nA\n00:01.000 --> 00:02.000\nB\n")
    assert problems(captions) == [(2, 1, "warning", "vtt-blank"), (4, 1, "warning", "vtt-blank")]
    assert [c.text for c in captions.cues] == ["A", "B"]


def test_empty_files() -> None:
    assert problems(parse(b"")) == [(1, 1, "error", "vtt-header")]
    assert problems(parse(b"WEBVTT\n")) == [(1, 1, "warning", "vtt-empty")]


def test_a_flood_of_problems_is_summarised() -> None:
    text = "WEBVTT\n\n" + "nonsense\n\n" * 50
    captions = parse(text)
    assert len(captions.problems) == 21
    assert captions.problems[-1].message == "… and 30 more problems in this file"
    assert captions.problems[-1].severity is Severity.ERROR


def test_too_large_and_unreadable(tmp_path: Path) -> None:
    assert problems(parse(b"x" * (4 * 1024 * 1024 + 1))) == [(0, 0, "error", "vtt-too-large")]
    missing = read(tmp_path / "nope.vtt", "assets/nope.vtt")
    assert [(p.file, p.code) for p in missing.problems] == [("assets/nope.vtt", "vtt-unreadable")]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_never_raises_on_any_bytes(data: bytes) -> None:
    captions = parse(data, "f.vtt")
    assert isinstance(captions, Captions)
    assert all(c.start_ms < c.end_ms for c in captions.cues)


_PIECES = st.sampled_from(
    [
        "WEBVTT",
        "\n",
        "\r\n",
        "-->",
        " --> ",
        "00:01.000",
        "00:00:02.500",
        "99:59.999",
        "NOTE",
        "STYLE",
        "<b>",
        "</i>",
        "<v A>",
        "&amp;",
        "&#0;",
        "&#x110000;",
        "&bogus;",
        "\ufeff",
        "\0",
        "é",
        "Điện",
        " ",
        "x" * 45,
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_never_raises_on_near_misses(parts: list[str]) -> None:
    text = "".join(parts)
    for data in (text, text.encode("utf-8", "surrogatepass")):
        captions = parse(data)
        assert all(p.line >= 0 and p.column >= 0 for p in captions.problems)


# --- the loader and lint ---------------------------------------------------------------------------

AUDIO = """\
  - kind: audio
    id: a
    title: {en: T, fr: T}
    track:
      file: assets/x/a.wav
      captions: {en: assets/x/a.en.vtt, fr: assets/x/a.fr.vtt}
      transcript: {en: T, fr: T}
      credit: me
      licence: CC0
    sources: [book]
"""
GOOD = "WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n"


def _content(content, vtt_en: str | bytes = GOOD, audio: str = AUDIO, twice: bool = False):
    panels = audio + (audio.replace("id: a", "id: b") if twice else "")
    return content(
        {
            SEC: SECTION_HEAD + panels,
            "assets/x/a.wav": b"RIFF\x24\x00\x00\x00WAVEfmt ",
            "assets/x/a.en.vtt": vtt_en,
            "assets/x/a.fr.vtt": GOOD,
        }
    )


def test_good_captions_load(content) -> None:
    result = load(_content(content))
    assert result.problems == [] and result.notes == []
    panel = result.exhibits[0].sections[0].panels[0]
    assert isinstance(panel, AudioPanel) and not panel.track.spoken
    assert dict(panel.track.captions) == {"en": "assets/x/a.en.vtt", "fr": "assets/x/a.fr.vtt"}


def test_caption_errors_are_reported_in_the_caption_file_and_block_the_section(content) -> None:
    result = load(_content(content, "WEBVTT\n\n00:00.000 --> 00:01,000\nHello\n", twice=True))
    assert [(p.file, p.line, p.column, p.code) for p in result.problems] == [
        ("assets/x/a.en.vtt", 3, 15, "vtt-timestamp")
    ]  # once, though two panels use the file; an error because it was the only cue
    assert result.exhibits[0].sections == ()


def test_caption_warnings_go_to_lint(content) -> None:
    result = load(_content(content, GOOD.replace("Hello", "A caption line that is far too long to read in one glance")))
    assert result.problems == []
    assert [(p.file, p.line, p.code) for p in lint(result)] == [("assets/x/a.en.vtt", 4, "vtt-long-line")]


def test_validate_prints_the_caption_file_position(content, capsys) -> None:
    from kiosk.cli import main

    root = _content(content, b"WEBVTT\n\n00:02.000 --> 00:01.000\nHello\n")
    assert main(["validate", str(root)]) == 1
    out = capsys.readouterr().out
    assert "assets/x/a.en.vtt:3:15: error: this cue ends before it starts" in out


def test_captions_without_a_file(content) -> None:
    audio = AUDIO.replace("      file: assets/x/a.wav\n", "")
    result = load(_content(content, audio=audio))
    assert [(p.file, p.line, p.column, p.code) for p in result.problems] == [(SEC, 10, 7, "captions-without-file")]
    assert "remove captions:" in result.problems[0].hint


def test_a_track_without_file_or_captions_is_spoken(content) -> None:
    audio = AUDIO.replace("      file: assets/x/a.wav\n", "").replace(
        "      captions: {en: assets/x/a.en.vtt, fr: assets/x/a.fr.vtt}\n", ""
    )
    result = load(_content(content, audio=audio))
    assert result.problems == []
    track = result.exhibits[0].sections[0].panels[0].track
    assert track.spoken and track.file is None and track.captions is None
    assert lint(result) == []


def test_a_video_needs_its_file(content) -> None:
    video = AUDIO.replace("kind: audio", "kind: video").replace("      file: assets/x/a.wav\n", "")
    video = video.replace("      captions: {en: assets/x/a.en.vtt, fr: assets/x/a.fr.vtt}\n", "")
    result = load(_content(content, audio=video))
    assert [(p.line, p.column, p.message) for p in result.problems] == [(10, 7, "missing 'file' in a video track")]


def test_a_recording_without_captions_gets_advice(content) -> None:
    audio = AUDIO.replace("      captions: {en: assets/x/a.en.vtt, fr: assets/x/a.fr.vtt}\n", "")
    result = load(_content(content, audio=audio))
    assert [(p.file, p.line, p.column, p.code) for p in lint(result)] == [(SEC, 10, 7, "no-captions")]


def test_span_at_says_how_long_the_caption_stays_so_a_player_asks_once_per_cue() -> None:
    from kiosk.content.webvtt import FOREVER_MS, span_at

    cues = [Cue(1000, 3000, "one"), Cue(2500, 4000, "two"), Cue(6000, 7000, "three")]
    assert span_at(cues, 0) == ("", 0, 1000)  # before the first: nothing until it starts
    assert span_at(cues, 1500) == ("one", 1000, 2500)  # until the overlapping cue takes over
    assert span_at(cues, 2600) == ("two", 2500, 4000)
    assert span_at(cues, 4500) == ("", 4000, 6000)  # a gap
    assert span_at(cues, 7000) == ("", 7000, FOREVER_MS)  # after the last
    assert span_at([], 500) == ("", 0, FOREVER_MS)
    for ms in range(0, 8000, 250):  # the span agrees with cue_at everywhere inside it
        text, start, end = span_at(cues, ms)
        assert start <= ms < end
        for inside in (start, end - 1) if end < FOREVER_MS else (start,):
            found = cue_at(cues, inside)
            assert (found.text if found else "") == text


# --- as browsers read it (W3C web-platform-tests, webvtt/parsing/file-parsing; review §4) -------


def test_a_bad_cue_is_a_warning_and_the_others_are_kept() -> None:
    captions = parse(
        "WEBVTT\n\n00:01.000 --> 00:02.000\nA\n\n00:0x.000 --> 00:04.000\nB\n\n00:05.000 --> 00:06.000\nC\n"
    )
    assert problems(captions) == [(6, 1, "warning", "vtt-timestamp")]
    assert captions.ok and [c.text for c in captions.cues] == ["A", "C"]


def test_one_digit_hours_are_read() -> None:
    captions = parse("WEBVTT\n\n0:00:01.000 --> 0:00:02.500\nA\n")
    assert captions.problems == () and captions.cues == (Cue(1000, 2500, "A"),)


def test_a_setting_glued_to_the_end_time_is_read() -> None:
    captions = parse("WEBVTT\n\n00:00:01.000 --> 00:00:02.000align:start\nA\n")
    assert captions.ok and captions.cues == (Cue(1000, 2000, "A"),)


def test_a_cue_right_after_a_note_is_shown() -> None:
    # A browser shows this cue; it was dropped with the NOTE block.
    captions = parse(
        "WEBVTT\n\nNOTE a comment\n00:00.000 --> 00:01.000\nA\n\nNOTE\nsome words\n00:02.000 --> 00:03.000\nB\n"
    )
    assert [c.text for c in captions.cues] == ["A", "B"]
    assert [p[3] for p in problems(captions)] == ["vtt-blank", "vtt-blank"] and captions.ok


def test_a_cue_that_ends_before_it_starts_leaves_the_rest() -> None:
    captions = parse("WEBVTT\n\n00:02.000 --> 00:01.000\nX\n\n00:03.000 --> 00:04.000\nY\n")
    assert problems(captions) == [(3, 15, "warning", "vtt-range")]
    assert [c.text for c in captions.cues] == ["Y"]
