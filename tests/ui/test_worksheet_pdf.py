"""``kiosk worksheet``: a printable PDF per language, read back with Qt PDF (text and pixels)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from kiosk import BUNDLED_CONTENT
from kiosk.cli import main
from kiosk.content import load
from kiosk.worksheet import LABELS, build


def _read(path: Path) -> tuple[QPdfDocument, list[str]]:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    assert doc.status() == QPdfDocument.Status.Ready
    return doc, [doc.getAllText(i).text().replace("\r\n", " ").replace("\n", " ") for i in range(doc.pageCount())]


def _ink(image: QImage) -> float:
    """The share of sampled pixels that are ink (QtPdf renders paper as transparent)."""
    dark = total = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            total += 1
            colour = image.pixelColor(x, y)
            dark += colour.alpha() > 128 and colour.lightness() < 160
    return dark / total


@pytest.mark.parametrize("lang", ["vi", "en", "fr"])
def test_a_worksheet_per_language_is_a_pdf_with_the_sheet_then_the_answer_key(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"{lang}.pdf"
    assert main(["worksheet", "--lang", lang, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert b"NotoSans" in data and b"NotoSerif" in data  # the bundled fonts, embedded

    doc, pages = _read(out)
    assert f"{doc.pageCount()} pages" in printed
    exhibit = load(BUNDLED_CONTENT).exhibits[0]
    sheet = build(exhibit, lang)
    labels = LABELS[lang]
    key = labels["answer_key"]
    # The bundled exhibit fills two and a bit pages for pupils; the key is a page of its own.
    assert doc.pageCount() == 4
    assert key in pages[-1] and not any(key in p for p in pages[:-1])
    assert all(labels["page"].format(page=i + 1, pages=len(pages)) in p for i, p in enumerate(pages))
    pupils = " ".join(pages[:-1])
    squash = "".join(pupils.split())  # line breaks may fall anywhere in a long line

    def on(text: str, where: str = squash) -> bool:
        return "".join(text.split()) in where

    assert on(f"{labels['worksheet']} · {sheet.title}")
    assert all(on(labels[k]) for k in ("name", "class", "date", "facts", "questions", "instructions", "sources"))
    assert all(on(s.title) for s in sheet.sections)
    assert all(on(q.prompt) for q in sheet.questions)
    assert on(sheet.sources[0]) and on(sheet.sources[-1])
    # The answers are for the teacher only: the pupils' pages do not give the feedback away.
    assert not any(on(a.why) for a in sheet.answers if len(a.why) > 30)
    # A question never leaves its choices on the next page.
    for q in sheet.questions:
        page = next(p for p in map(lambda p: "".join(p.split()), pages) if on(q.prompt, p))
        letter, last = q.choices[-1]
        assert on(letter + last, page[page.index("".join(q.prompt.split())) :]), q.prompt
    answer_page = "".join(pages[-1].split())
    assert all(on(f"{labels['question'].format(n=a.number)}: {a.letter}", answer_page) for a in sheet.answers)
    if lang == "vi":
        assert on("Đáp án — dành cho giáo viên", answer_page) and on("Nhìn từ phía bên kia")


def test_the_first_page_prints_ink_where_the_text_is(tmp_path: Path) -> None:
    out = tmp_path / "vi.pdf"
    assert main(["worksheet", "--lang", "vi", "--out", str(out)]) == 0
    doc, _pages = _read(out)
    first = doc.render(0, QSize(620, 877))
    first.save(str(tmp_path / "vi-1.png"))
    assert 0.02 < _ink(first) < 0.4  # text, not a blank page and not a black one
    assert _ink(first.copy(0, 0, 620, 40)) < 0.001  # the top margin stays paper


def test_a_language_the_exhibit_lacks_is_a_usage_error_with_the_choices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["worksheet", "--lang", "de", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "write one of vi, en, fr" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
