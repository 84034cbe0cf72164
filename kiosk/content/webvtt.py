"""WebVTT captions: the subset curators write, read strictly but forgivingly.

``parse(data)`` turns the bytes of a ``.vtt`` file into cues ``(start_ms, end_ms, text)`` with the
text as a visitor sees it (``<b>``, ``<i>``, ``<v Name>`` and other tags removed, entities such as
``&amp;`` decoded, lines joined with ``\\n``), and the problems found, each with its line and
column. It never raises, whatever the bytes.

What is read: the ``WEBVTT`` header (a UTF-8 byte order mark before it is fine), optional cue ids,
timings as ``hh:mm:ss.ttt`` or ``mm:ss.ttt`` (cue settings after the end time are ignored),
``NOTE``, ``STYLE`` and ``REGION`` blocks (skipped), CRLF or CR line ends.

Errors (the file would not play as written): no header, bytes that are not UTF-8, a file none of
whose cues can be shown. A bad cue is a warning with its line and is left out, the rest kept, as
browsers do (W3C web-platform-tests ``webvtt/parsing``): a bad timestamp, a cue that ends before it
starts, a block that is not a cue. Warnings too (advice for ``kiosk lint``): cues that overlap or are
out of order, a caption line over :data:`MAX_LINE` characters or more than :data:`MAX_LINES` lines,
a missing blank line between cues (also after a ``NOTE``), a file with no cues. One-digit hours
(``0:00:01.000``) and a setting glued to the end time (``00:01.000align:start``) are read as
browsers read them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from kiosk.content.model import Problem, Severity

__all__ = [
    "MAX_BYTES",
    "MAX_LINE",
    "MAX_LINES",
    "Captions",
    "Cue",
    "cue_at",
    "format_time",
    "parse",
    "read",
    "span_at",
    "write",
]

MAX_LINE = 42  # characters a caption line should not exceed (about 40 is the guidance)
MAX_LINES = 2
MAX_BYTES = 4 * 1024 * 1024  # a few hours of captions; anything larger is not a caption file
MAX_PROBLEMS = 20  # per file: past this, one line says how many more there were

READABLE = "captions are easier to read at most 2 lines of about 40 characters"
_TIME_HINT = "write times as mm:ss.ttt or hh:mm:ss.ttt, e.g. 00:01.500 or 01:02:03.250"

# Hours may have one digit (0:00:01.000), as the WebVTT parsing rules and browsers allow.
_TIMESTAMP = re.compile(r"(?:([0-9]+):)?([0-9]{2}):([0-9]{2})\.([0-9]{3})")
_TIME_CHARS = re.compile(r"[0-9:.,]+")
_ARROW = "-->"
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")
_CUE_CODES = ("vtt-timestamp", "vtt-range", "vtt-block")  # a cue left out


class Cue(NamedTuple):
    """One caption: shown from ``start_ms`` (inclusive) to ``end_ms`` (exclusive)."""

    start_ms: int
    end_ms: int
    text: str  # as displayed: tags removed, entities decoded, at most a few lines joined by "\n"


@dataclass(frozen=True, slots=True)
class Captions:
    """A parsed caption file: its cues in time order, and what is wrong with it."""

    cues: tuple[Cue, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when nothing stops the captions from showing as written (warnings allowed)."""
        return not any(p.severity is Severity.ERROR for p in self.problems)

    @property
    def duration_ms(self) -> int:
        return max((c.end_ms for c in self.cues), default=0)


def format_time(ms: int) -> str:
    """``hh:mm:ss.ttt`` for a time in milliseconds (negative times are clamped to zero)."""
    ms = max(0, int(ms))
    seconds, ms = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{ms:03d}"


def write(cues: Iterable[Cue | tuple[int, int, str]]) -> str:
    """A WebVTT document for ``cues``; ``&``, ``<`` and ``>`` in the text are escaped."""
    parts = ["WEBVTT", ""]
    for start, end, text in cues:
        body = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        parts += [f"{format_time(start)} --> {format_time(end)}", body, ""]
    return "\n".join(parts)


def cue_at(cues: Sequence[Cue], ms: int) -> Cue | None:
    """The cue showing at ``ms`` (the last one to start, among those not yet ended), if any."""
    lo, hi = 0, len(cues)
    while lo < hi:  # first cue starting after ms
        mid = (lo + hi) // 2
        if cues[mid].start_ms <= ms:
            lo = mid + 1
        else:
            hi = mid
    for cue in reversed(cues[max(0, lo - 4) : lo]):  # overlaps are rare and short
        if cue.start_ms <= ms < cue.end_ms:
            return cue
    return None


def read(path: Path | str, file: str = "") -> Captions:
    """Parse the caption file at ``path``; problems name it ``file`` (default: the path). Never
    raises: a file that cannot be read is one error."""
    name = file or str(path)
    try:
        from kiosk.content.files import FileTooLarge, read_regular

        try:
            data = read_regular(path, MAX_BYTES)  # never a pipe or a device (they would hang the kiosk)
        except FileTooLarge:
            with open(path, "rb") as f:  # a regular file: the caller reports "over 4 MiB"
                data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        return Captions(
            (),
            (
                Problem(
                    name,
                    0,
                    0,
                    f"cannot read the captions file: {exc.strerror or exc}",
                    "",
                    "",
                    Severity.ERROR,
                    "vtt-unreadable",
                ),
            ),
        )
    return parse(data, name)


# --- parsing -----------------------------------------------------------------------------------


def _visible(raw: str) -> tuple[str, list[int]]:
    """The displayed text of one cue line, and for each of its characters the 0-based column in
    ``raw`` it came from (tags removed, entities decoded)."""
    out: list[str] = []
    cols: list[int] = []
    i = 0
    n = len(raw)
    no_tag_from = n  # past the last '>', a '<' cannot open a tag: this keeps the scan linear
    while i < n:
        c = raw[i]
        if c == "<" and i < no_tag_from:
            end = raw.find(">", i)
            if end != -1:
                i = end + 1
                continue
            no_tag_from = i
        elif c == "&":
            m = _ENTITY.match(raw, i)
            if m:
                import html  # only for files that use entities

                decoded = html.unescape(m.group())
                if decoded == m.group():  # not an entity after all: keep it as written
                    out.append(c)
                    cols.append(i)
                    i += 1
                    continue
                for ch in decoded:
                    out.append(ch)
                    cols.append(i)
                i = m.end()
                continue
        out.append(c)
        cols.append(i)
        i += 1
    return "".join(out), cols


def _length(text: str) -> int:
    """Characters as a reader counts them: a letter with its marks is one, composed or not."""
    return sum(1 for c in text if not unicodedata.combining(c))


def _nth(text: str, n: int, start: int = 0) -> int:
    """The index in ``text`` of the ``n``-th character (counted as :func:`_length` does) from
    ``start``, or the last index."""
    for i in range(start, len(text)):
        if not unicodedata.combining(text[i]):
            n -= 1
            if n == 0:
                return i
    return len(text) - 1


class _Parser:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.errors = 0
        self.dropped = 0
        self.dropped_cues = 0  # of the problems not kept, those about a cue left out
        self.bad_cues = 0  # cues left out (bad timing, not a cue): warnings while others remain
        self.cues: list[tuple[Cue, int]] = []  # with the line of the timing

    def add(self, line: int, col: int, message: str, hint: str, code: str, severity: Severity = Severity.ERROR) -> None:
        if severity is Severity.ERROR:
            self.errors += 1
        if len(self.problems) >= MAX_PROBLEMS:
            self.dropped += 1
            self.dropped_cues += code in _CUE_CODES
            return
        self.problems.append(Problem(self.file, line, col, message, hint, "", severity, code))

    def warn(self, line: int, col: int, message: str, hint: str, code: str) -> None:
        self.add(line, col, message, hint, code, Severity.WARNING)

    # -- decoding --------------------------------------------------------------------------

    def decode(self, data: bytes) -> str:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            head = data[: exc.start]
            line = head.count(b"\n") + 1
            line_start = head.rfind(b"\n") + 1
            col = len(head[line_start:].decode("utf-8", "replace")) + 1
            hint = "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)"
            if data.startswith((b"\xff\xfe", b"\xfe\xff")):
                line, col = 1, 1
                hint = "this file is UTF-16: save it as UTF-8 instead"
            self.add(line, col, "the captions file is not UTF-8 text", hint, "vtt-encoding")
            return data.decode("utf-8", "replace")

    # -- timings ---------------------------------------------------------------------------

    def timestamp(self, text: str, line: int, col: int) -> int | None:
        m = _TIMESTAMP.fullmatch(text)
        if m:
            hours, minutes, seconds, millis = m.groups()
            if int(minutes) < 60 and int(seconds) < 60:
                return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis)
        hint = _TIME_HINT
        if re.fullmatch(r"(?:\d+:)?\d+:\d+,\d+", text):
            hint = "use a full stop before the milliseconds, not a comma (that is the SRT format): " + text.replace(
                ",", "."
            )
        elif m or re.fullmatch(r"(?:\d+:)?\d+:\d+\.\d+", text):
            hint = (
                "minutes and seconds go up to 59, with exactly two digits each and three "
                "after the full stop, e.g. 01:05.250"
            )
        shown = text if len(text) <= 30 else text[:27] + "…"
        self.warn(line, col, f"'{shown}' is not a WebVTT time; this cue is left out", hint, "vtt-timestamp")
        return None

    def timing(self, raw: str, line: int) -> tuple[int, int] | None:
        """(start, end) from a timing line, or None after reporting what is wrong with it."""
        arrow = raw.find(_ARROW)
        left = raw[:arrow]
        start_text = left.strip()
        start_col = len(left) - len(left.lstrip()) + 1
        rest = raw[arrow + len(_ARROW) :]
        end_col = arrow + len(_ARROW) + len(rest) - len(rest.lstrip()) + 1
        end_text = rest.split(None, 1)[0] if rest.strip() else ""
        glued = _TIME_CHARS.match(end_text)
        if glued and _TIMESTAMP.fullmatch(glued.group(0)) and len(glued.group(0)) < len(end_text):
            end_text = glued.group(0)  # "00:01.000align:start": a setting glued to the time, as browsers read it
        if not start_text or not end_text:
            self.warn(
                line,
                start_col if not start_text else end_col,
                "a cue timing needs a start and an end time",
                "write it as 00:01.000 --> 00:04.000",
                "vtt-timestamp",
            )
            return None
        start = self.timestamp(start_text, line, start_col)
        end = self.timestamp(end_text, line, end_col)
        if start is None or end is None:
            return None
        if end <= start:
            what = "ends before it starts" if end < start else "ends the moment it starts"
            self.warn(
                line,
                end_col,
                f"this cue {what} ({end_text} is not after {start_text}); it is never shown",
                "the second time is when the caption disappears: make it later than the first",
                "vtt-range",
            )
            return None
        return start, end

    # -- blocks ----------------------------------------------------------------------------

    def cue(self, lines: list[str], first: int, at: int, stop: int) -> None:
        """A cue whose timing line is ``lines[at]`` (file line ``first + at``); its text runs up
        to ``lines[stop]`` (excluded)."""
        line_no = first + at
        times = self.timing(lines[at], line_no)
        payload = lines[at + 1 : stop]
        shown: list[str] = []
        for k, raw in enumerate(payload):
            visible, cols = _visible(raw)
            text = visible.strip()
            shown.append(text)
            n = _length(text)
            if n > MAX_LINE:
                over = _nth(visible, MAX_LINE + 1, len(visible) - len(visible.lstrip()))
                self.warn(
                    line_no + 1 + k,
                    cols[over] + 1,
                    f"caption line has {n} characters; aim for {MAX_LINE} at most",
                    READABLE,
                    "vtt-long-line",
                )
        if len(payload) > MAX_LINES:
            self.warn(
                line_no + 1 + MAX_LINES,
                1,
                f"this caption has {len(payload)} lines; aim for {MAX_LINES} at most",
                READABLE,
                "vtt-lines",
            )
        if times is not None:
            self.cues.append((Cue(times[0], times[1], "\n".join(shown)), line_no))
        else:
            self.bad_cues += 1

    def block(self, lines: list[str], first: int) -> None:
        """One block of non-blank lines starting at file line ``first`` (1-based)."""
        head = lines[0]
        word = head.split(None, 1)[0] if head.strip() else ""
        arrows = [i for i, s in enumerate(lines) if _ARROW in s]
        if word in _SKIPPED_BLOCKS and _ARROW not in head:
            # A timing line ends a NOTE (the blank line after it is missing): browsers show that
            # cue, so it is read, with the NOTE line as its id when the timing line is second.
            if not arrows:
                return
            self.warn(
                first + arrows[0],
                1,
                "a blank line is missing before this cue",
                f"end the {word} block with an empty line",
                "vtt-blank",
            )
            if arrows[0] > 1:
                self.block(lines[arrows[0] :], first + arrows[0])
                return
        if not arrows:
            self.bad_cues += 1
            self.warn(
                first,
                1,
                "this block is not a cue: it has no timing line",
                "a cue is an optional id line, then 'start --> end', then its text; start comments with NOTE",
                "vtt-block",
            )
            return
        if arrows[0] > 1:
            self.bad_cues += 1
            self.warn(
                first,
                1,
                "this block is not a cue: its timing line must come first, or second after a cue id",
                "put a blank line between cues, and 'start --> end' "
                "on the first line of each (or on the second, after an id)",
                "vtt-block",
            )
            return
        # A timing line inside a cue's text means the blank line between two cues is missing:
        # each timing line starts a cue of its own, as other players would read it.
        for k, at in enumerate(arrows):
            stop = arrows[k + 1] if k + 1 < len(arrows) else len(lines)
            if k:
                self.warn(
                    first + at,
                    1,
                    "a blank line is missing before this cue",
                    "separate cues with an empty line",
                    "vtt-blank",
                )
            self.cue(lines, first, at, stop)

    def run(self, text: str) -> Captions:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")
        lines = text.split("\n")
        i = 0
        first = lines[0] if lines else ""
        if first.startswith("WEBVTT") and (len(first) == 6 or first[6] in " \t"):
            i = 1
            while i < len(lines) and lines[i].strip():  # header metadata, up to a blank line
                if _ARROW in lines[i]:
                    self.warn(
                        i + 1,
                        1,
                        "a blank line is missing after the WEBVTT line",
                        "leave one empty line between the header and the first cue",
                        "vtt-blank",
                    )
                    break
                i += 1
        else:
            hint = "the first line of a WebVTT file must be WEBVTT"
            if first.lstrip().isdigit():
                hint += " (a numbered SubRip .srt file can be converted by any subtitle editor)"
            self.add(1, 1, "the captions file does not start with WEBVTT", hint, "vtt-header")
        while i < len(lines):
            if not lines[i].strip():
                i += 1
                continue
            start = i
            while i < len(lines) and lines[i].strip():
                i += 1
            self.block(lines[start:i], start + 1)
        if not self.cues and self.bad_cues:
            # Nothing left to show: the cues left out are the errors that stop the file.
            for k, p in enumerate(self.problems):
                if p.code in _CUE_CODES and p.severity is Severity.WARNING:
                    self.problems[k] = replace(p, severity=Severity.ERROR)
                    self.errors += 1
            self.errors += self.dropped_cues
        elif not self.cues and not self.errors:
            self.warn(
                1,
                1,
                "the captions file has no cues",
                "add cues: 'start --> end' on one line, then the text",
                "vtt-empty",
            )
        self.order()
        if self.dropped:
            shown = sum(1 for p in self.problems if p.severity is Severity.ERROR)
            severity = Severity.ERROR if self.errors > shown else Severity.WARNING
            self.problems.append(
                Problem(
                    self.file, 0, 0, f"… and {self.dropped} more problems in this file", "", "", severity, "vtt-more"
                )
            )
        cues = sorted((c for c, _ in self.cues), key=lambda c: (c.start_ms, c.end_ms))
        return Captions(tuple(cues), tuple(self.problems))

    def order(self) -> None:
        prev: tuple[Cue, int] | None = None
        for cue, line in self.cues:
            if prev is not None:
                before, before_line = prev
                if cue.start_ms < before.start_ms:
                    self.warn(
                        line,
                        1,
                        f"this cue starts before the cue on line {before_line} "
                        f"({format_time(cue.start_ms)} < {format_time(before.start_ms)})",
                        "write cues in time order",
                        "vtt-order",
                    )
                elif cue.start_ms < before.end_ms:
                    self.warn(
                        line,
                        1,
                        f"this cue starts before the cue on line {before_line} ends ({format_time(before.end_ms)})",
                        "two captions would show at once: end the first one earlier",
                        "vtt-overlap",
                    )
            prev = (cue, line)


def parse(data: bytes | str, file: str = "") -> Captions:
    """Parse WebVTT ``data``; problems are located in ``file`` (1-based lines and columns).

    Never raises. Cues come back sorted by start time; a cue with a bad timing is left out.
    """
    parser = _Parser(file)
    if isinstance(data, str):
        text = data[1:] if data.startswith("\ufeff") else data
    else:
        if len(data) > MAX_BYTES:
            size = len(data) / 1048576
            parser.add(
                0,
                0,
                f"the captions file is over {MAX_BYTES // 1048576} MiB ({size:.1f} MiB read)",
                "is this really a WebVTT file?",
                "vtt-too-large",
            )
            return Captions((), tuple(parser.problems))
        text = parser.decode(bytes(data))
    return parser.run(text)


#: The end of the last span: no recording is this long.
FOREVER_MS = 2**31 - 1


def span_at(cues: Sequence[Cue], ms: int) -> tuple[str, int, int]:
    """The caption showing at ``ms`` ("" between cues) and the time span ``[start, end)`` it
    stays the same for, so a player asks again only when its position leaves the span."""
    cue = cue_at(cues, ms)
    later = [c.start_ms for c in cues if c.start_ms > ms]
    next_start = min(later) if later else FOREVER_MS
    if cue is not None:
        return cue.text, cue.start_ms, min(cue.end_ms, next_start)
    ended = [c.end_ms for c in cues if c.end_ms <= ms]
    return "", max(ended) if ended else 0, next_start
