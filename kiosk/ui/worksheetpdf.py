"""``kiosk worksheet``: a :class:`kiosk.worksheet.Worksheet` laid out as an A4 PDF with Qt's PDF
writer, in the bundled fonts (so Vietnamese diacritics print on any machine), with no network.

The pupils' pages come first; the answer key starts a page of its own, so a teacher can keep it
back. Every page has a footer with the exhibit's title and "page n of N" in the sheet's language.
"""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

from kiosk.worksheet import Worksheet

#: Points; the type is set for reading on paper at arm's length.
BODY_PT, FOOTER_PT = 11, 8
MARGIN_MM = 18


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def sheet_html(sheet: Worksheet) -> str:
    """The sheet as the rich text Qt's QTextDocument lays out (a subset of HTML 4 and CSS 2)."""
    lb = sheet.labels
    out = [
        f"<h1>{_e(lb['worksheet'])} · {_e(sheet.title)}</h1>",
        f"<p class='sub'>{_e(sheet.subtitle)}</p>" if sheet.subtitle else "",
        "<table class='who' width='100%' cellpadding='4'><tr>",
        *(f"<td>{_e(lb[k])}: ______________________</td>" for k in ("name", "class", "date")),
        "</tr></table>",
    ]
    for section in sheet.sections:
        out.append(f"<h2>{_e(section.title)}</h2><p class='summary'>{_e(section.summary)}</p>")
        if section.facts:
            out.append(f"<p class='label'>{_e(lb['facts'])}</p><ul>")
            for fact in section.facts:
                refs = "".join(f"[{n}]" for n in fact.sources)
                out.append(f"<li>{_e(fact.text)} <span class='ref'>{refs}</span></li>")
            out.append("</ul>")
    out.append(f"<h2>{_e(lb['questions'])}</h2>")
    if sheet.questions:
        out.append(f"<p class='summary'>{_e(lb['instructions'])}</p>")
    else:
        out.append(f"<p>{_e(lb['no_quiz'])}</p>")
    for q in sheet.questions:
        out.append(f"<p class='q'><b>{_e(lb['question'].format(n=q.number))}.</b> {_e(q.prompt)}</p>")
        out.append(
            "".join(
                f"<p class='choice' style='margin-left: 24px'><b>{letter}</b>&nbsp;&nbsp;{_e(text)}</p>"
                for letter, text in q.choices
            )
        )
    if sheet.sources:
        out.append(f"<h3>{_e(lb['sources'])}</h3>")
        out.append("".join(f"<p class='source'>[{i}] {_e(s)}</p>" for i, s in enumerate(sheet.sources, 1)))
    out.append(f"<h1 style='page-break-before: always'>{_e(lb['answer_key'])}</h1>")
    out.append(f"<p class='sub'>{_e(lb['worksheet'])} · {_e(sheet.title)}</p>")
    for a in sheet.answers:
        out.append(
            f"<p class='q'><b>{_e(lb['question'].format(n=a.number))}: {a.letter}</b> — {_e(a.choice)}</p>"
            f"<p class='choice' style='margin-left: 24px'>{_e(a.why)}</p>"
        )
    return "".join(out)


_CSS = """
h1 { font-family: 'Noto Serif'; font-size: 19pt; margin-bottom: 4pt; }
h2 { font-family: 'Noto Serif'; font-size: 14pt; margin-top: 14pt; margin-bottom: 2pt; }
h3 { font-size: 11pt; margin-top: 14pt; }
p.sub { font-style: italic; color: #444444; margin-bottom: 8pt; }
p.summary { font-style: italic; }
p.label { font-weight: bold; margin-top: 4pt; margin-bottom: 0; }
span.ref { color: #555555; font-size: 8pt; }
p.q { margin-top: 9pt; margin-bottom: 2pt; }
p.choice { margin-left: 18pt; margin-top: 1pt; margin-bottom: 1pt; }
p.source { font-size: 8pt; margin-top: 0; margin-bottom: 1pt; }
table.who { margin-top: 6pt; margin-bottom: 6pt; }
"""


def write_pdf(sheet: Worksheet, out: Path) -> int:
    """Write ``sheet`` to ``out`` as an A4 PDF; returns its number of pages. Needs a
    QGuiApplication (``worksheet_command`` makes one, offscreen)."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    out.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"{sheet.labels['worksheet']} · {sheet.title}")
    writer.setCreator("kiosk worksheet")

    footer_font = QFont("Noto Sans")
    footer_font.setPointSizeF(FOOTER_PT)
    width, height = writer.width(), writer.height()  # the printable area, in device pixels
    footer_h = int(FOOTER_PT / 72 * writer.resolution() * 2.2)

    def laid_out(points: float) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)  # lay out in the printer's points, not the screen's
        font = QFont("Noto Sans")
        font.setPointSizeF(points)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(_CSS)
        doc.setHtml(sheet_html(sheet))
        doc.setPageSize(QSizeF(width, height - footer_h))
        _keep_questions_together(doc, sheet, height - footer_h)
        return doc

    # Half a point smaller where that saves a sheet of paper (the last lines of a list of sources
    # alone on a page, in French): a class prints thirty of them.
    doc = laid_out(BODY_PT)
    smaller = laid_out(BODY_PT - 0.5)
    if smaller.pageCount() < doc.pageCount():
        doc = smaller
    pages = doc.pageCount()

    painter = QPainter(writer)
    try:
        page_h = height - footer_h
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_h)
            doc.drawContents(painter, QRectF(0, page * page_h, width, page_h))
            painter.restore()
            painter.setFont(footer_font)
            painter.drawLine(0, page_h + footer_h // 4, width, page_h + footer_h // 4)
            box = QRectF(0, page_h + footer_h // 3, width, footer_h)
            painter.drawText(box, 0x0001 | 0x0020, sheet.title)  # Qt.AlignLeft | Qt.AlignTop
            number = sheet.labels["page"].format(page=page + 1, pages=pages)
            painter.drawText(box, 0x0002 | 0x0020, number)  # Qt.AlignRight | Qt.AlignTop
    finally:
        painter.end()
    return pages


def _keep_questions_together(doc: object, sheet: Worksheet, page_h: float) -> None:
    """Start a question (or an answer) on the next page when its choices (or its explanation)
    would fall on another page than its prompt; Qt's rich text has no page-break-inside."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

    assert isinstance(doc, QTextDocument)
    lb = sheet.labels
    starts = {lb["question"].format(n=q.number) + sep: len(q.choices) for q in sheet.questions for sep in (".",)}
    starts |= {lb["question"].format(n=a.number) + ":": 1 for a in sheet.answers}
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        following = next((n for head, n in starts.items() if block.text().startswith(head + " ")), None)
        if following is None:
            block = block.next()
            continue
        last = block
        for _ in range(following):
            last = last.next() if last.next().isValid() else last
        top = layout.blockBoundingRect(block).top()
        bottom = layout.blockBoundingRect(last).bottom()
        if int(top // page_h) != int((bottom - 1) // page_h):
            fmt = QTextBlockFormat()
            fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).mergeBlockFormat(fmt)
            doc.markContentsDirty(block.position(), doc.characterCount() - block.position())
        block = last.next()


def worksheet_command(content: Path, lang: str | None, out: Path, exhibit_id: str | None = None) -> int:
    """``kiosk worksheet``: 0 when written, 1 when no exhibit could be loaded, 2 on a bad choice."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # prints with no display (a lab server, CI)
    from PySide6.QtGui import QGuiApplication

    from kiosk.content import load
    from kiosk.content.model import Severity
    from kiosk.ui.fonts import load_fonts
    from kiosk.worksheet import build

    result = load(content)
    for problem in result.problems:
        if problem.severity is Severity.ERROR:
            print(problem.format(), file=sys.stderr)
    exhibits = {e.id: e for e in result.exhibits}
    if not exhibits:
        print("kiosk worksheet: no exhibit could be loaded; run `kiosk validate` for details", file=sys.stderr)
        return 1
    exhibit = exhibits.get(exhibit_id or "") if exhibit_id else result.exhibits[0]
    if exhibit is None:
        print(f"kiosk worksheet: no exhibit '{exhibit_id}'; the content has: {', '.join(exhibits)}", file=sys.stderr)
        return 2
    lang = lang or exhibit.default_language
    if lang not in exhibit.languages:
        print(
            f"kiosk worksheet: the exhibit has no '{lang}'; write one of {', '.join(exhibit.languages)}",
            file=sys.stderr,
        )
        return 2
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    load_fonts()
    pages = write_pdf(build(exhibit, lang), out)
    del app
    print(f"{out}: {pages} pages ({lang})")
    return 0
