"""The bundled artwork is drawn once for every language, so it may draw numbers, units and the
names of machines, never words or a number whose form depends on the language ("4.1 t" is
"4,1 t" in French and Vietnamese; "102°E" is "102°Đ" in Vietnamese). The kiosk draws every
other label, in the visitor's language (issue 14, item 8)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk import BUNDLED_CONTENT

ART = sorted((Path(BUNDLED_CONTENT) / "assets").rglob("*.svg"))
SVG_TEXT = "{http://www.w3.org/2000/svg}text"
# Units and the type names of aircraft and tanks, the same in vi, en and fr.
NEUTRAL_WORDS = {"km", "kg", "Bristol", "C", "M"}


def drawn_text(svg: Path) -> list[str]:
    return ["".join(t.itertext()).strip() for t in ET.parse(svg).getroot().iter(SVG_TEXT)]


def language_bound(text: str) -> list[str]:
    found = re.findall(r"\d[.,]\d", text)  # a decimal point or a thousands separator
    found += [w for w in re.findall(r"[^\W\d_]+", text) if w not in NEUTRAL_WORDS]
    return found


def test_the_check_sees_what_it_must() -> None:
    assert language_bound("< 4.1 t") == ["4.1", "t"]
    assert language_bound("102°E") == ["E"]
    assert language_bound("Mường Thanh") == ["Mường", "Thanh"]
    assert language_bound("< 4100 kg") == language_bound("6 + 3 + 1 = 10") == language_bound("C-47") == []


def test_there_is_artwork_to_check() -> None:
    assert len(ART) >= 5 and any(drawn_text(svg) for svg in ART)


@pytest.mark.parametrize("svg", ART, ids=lambda p: p.name)
def test_the_artwork_draws_nothing_in_one_language(svg: Path) -> None:
    bound = {t: language_bound(t) for t in drawn_text(svg)}
    assert {t: b for t, b in bound.items() if b} == {}
