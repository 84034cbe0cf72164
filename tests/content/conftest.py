"""Helpers that build small content folders in tmp_path for the loader's tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.content import LoadResult, load
from kiosk.content.model import Problem

#: A 1x1 white PNG (its IDAT chunk was once damaged, zlib stream and CRC both: validate checks CRCs now).
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\x0bIDATx\xdac\xf8\x0f\x04\x00\t\xfb\x03\xfdh\xfa\x1c\xcc\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)

EXHIBIT = """\
id: x
title: {en: X, fr: X}
languages: [en, fr]
attract:
  - image: {file: assets/x/pic.png, alt: {en: a, fr: a}, credit: me, licence: CC0}
    text: {en: Hi, fr: Salut}
sections: [s]
bibliography:
  book:
    citation: A book.
"""

#: A section whose ``panels:`` key is on line 5: a panel appended to it starts on line 6.
SECTION_HEAD = """\
id: s
title: {en: S, fr: S}
summary: {en: S, fr: S}
cover: {file: assets/x/pic.png, alt: {en: a, fr: a}, credit: me, licence: CC0}
panels:
"""

STORY = """\
  - kind: story
    id: p
    title: {en: T, fr: T}
    body: {en: B, fr: B}
    sources: [book]
"""

SECTION = SECTION_HEAD + STORY

Files = dict[str, str | bytes]


def write(root: Path, files: Files) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture
def content(tmp_path: Path) -> Callable[..., Path]:
    """``content({path: text})``: a valid one-exhibit folder, with these files replaced or added.

    ``exhibit`` and ``section`` are shortcuts for exhibits/x/exhibit.yaml and exhibits/x/s.yaml.
    """

    def build(files: Files | None = None, *, exhibit: str = EXHIBIT, section: str | None = SECTION) -> Path:
        root = tmp_path / "content"
        base: Files = {"exhibits/x/exhibit.yaml": exhibit, "assets/x/pic.png": PNG}
        if section is not None:
            base["exhibits/x/s.yaml"] = section
        return write(root, {**base, **(files or {})})

    return build


def errors(result: LoadResult) -> list[tuple[str, int, int, str]]:
    return [(p.file, p.line, p.column, p.message) for p in result.problems]


def only(root: Path) -> Problem:
    """The one problem loading ``root`` finds."""
    result = load(root)
    assert len(result.problems) == 1, [p.format() for p in result.problems]
    return result.problems[0]
