"""The curator's safe body-text markup, turned into Qt StyledText or plain text.

A blank line starts a paragraph, a single line break is a line break, ``*words*`` is emphasis and
``**words**`` is strong. Nothing else is interpreted: every other character (``<``, ``&``, quotes…)
is escaped, so text can never load an image, a file or a web address, and the HTML produced is
always well formed (tags only ever come from matched delimiters, innermost first).
"""

from __future__ import annotations

import re

_PARAGRAPHS = re.compile(r"\n[ \t]*\n\s*")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


def _escape(text: str) -> str:
    return text.translate(_ESCAPES)


def _paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return []
    return [p.strip(" \t\n") for p in _PARAGRAPHS.split(text)]


class _Inline:
    """Matches ``**strong**`` and ``*em*`` in one paragraph; linear in practice.

    A delimiter opens only before a non-space and closes only after one, so ``2 * 3 * 4`` stays as
    written. Once no closing delimiter of a kind exists after some point, none is looked for again.
    """

    def __init__(self, text: str, strong: tuple[str, str], em: tuple[str, str], esc: bool) -> None:
        self.text = text
        self.strong = strong
        self.em = em
        self.esc = esc
        self.none_after: dict[tuple[str, int], int] = {}

    def closing(self, start: int, end: int, delim: str) -> int:
        """Index of the delimiter closing a span whose content starts at ``start``, or -1."""
        s = self.text
        if start >= end or s[start].isspace() or self.none_after.get((delim, end), end) <= start:
            return -1
        k = start + 1
        while True:
            k = s.find(delim, k, end)
            if k == -1:
                self.none_after[(delim, end)] = min(self.none_after.get((delim, end), end), start)
                return -1
            if delim == "*" and k + 1 < end and s[k + 1] == "*":
                run = k
                while run < end and s[run] == "*":
                    run += 1
                if run - k == 2:  # a '**' belongs to strong text: skip it
                    k = run
                    continue
                k = run - 1  # a run like '***' closes emphasis with its last star
            elif delim == "**":
                while k + 2 < end and s[k + 2] == "*":
                    k += 1
            if not s[k - 1].isspace():
                return k
            k += len(delim)

    def render(self, start: int, end: int) -> str:
        s = self.text
        out: list[str] = []
        plain_from = i = start
        while i < end:
            if s[i] != "*":
                i += 1
                continue
            double = s.startswith("**", i) and i + 1 < end
            delim = "**" if double else "*"
            j = self.closing(i + len(delim), end, delim)
            if j == -1 and double:
                delim, j = "*", self.closing(i + 1, end, "*")
            if j == -1:
                i += len(delim)
                continue
            out.append(self._plain(plain_from, i))
            tags = self.strong if delim == "**" else self.em
            out.append(tags[0] + self.render(i + len(delim), j) + tags[1])
            i = plain_from = j + len(delim)
        out.append(self._plain(plain_from, end))
        return "".join(out)

    def _plain(self, start: int, end: int) -> str:
        chunk = self.text[start:end]
        return _escape(chunk) if self.esc else chunk


def to_styled(text: str) -> str:
    """Qt StyledText HTML for body text: ``<p>``, ``<br/>``, ``<i>``, ``<b>`` and escaped text."""
    out = []
    for para in _paragraphs(text):
        body = _Inline(para, ("<b>", "</b>"), ("<i>", "</i>"), True).render(0, len(para))
        out.append("<p>" + body.replace("\n", "<br/>") + "</p>")
    # StyledText gives a paragraph no space of its own: a blank line between paragraphs shows
    # where one ends (a visitor reads a label in short blocks, not one wall).
    return "<br/>".join(out)


def plain(text: str) -> str:
    """The text a visitor reads, markup removed: paragraphs separated by a blank line."""
    return "\n\n".join(_Inline(p, ("", ""), ("", ""), False).render(0, len(p)) for p in _paragraphs(text))
