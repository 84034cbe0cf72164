"""Nothing in content text loads anything (issue 15, item 2): titles, summaries, attract text,
panel titles and the operator panel's problem lines are drawn as plain text, so an
``<img src="http://…">`` in them is shown as written and no request is ever made."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from kiosk.ui.app import QML_DIR
from tests.ui.conftest import SAMPLE

pytestmark = pytest.mark.ui


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A web server on localhost that records every path asked of it."""
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, name="http-listener")
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", asked
    server.shutdown()
    server.server_close()
    thread.join()


def _hostile_copy(tmp_path: Path, url: str) -> Path:
    root = tmp_path / "content"
    shutil.copytree(SAMPLE, root)

    def img(name: str) -> str:
        return f'<img src=\\"{url}/{name}.png\\">'

    exhibit = root / "exhibits" / "sample" / "exhibit.yaml"
    text = exhibit.read_text(encoding="utf-8")
    text = text.replace("en: A sample exhibit", f'en: "{img("title")} A sample exhibit"')
    text = text.replace("en: Used by the tests", f'en: "{img("subtitle")} Used by the tests"')
    text = text.replace("en: Touch to begin", f'en: "{img("attract")} Touch to begin"')
    exhibit.write_text(text, encoding="utf-8")
    intro = root / "exhibits" / "sample" / "intro.yaml"
    text = intro.read_text(encoding="utf-8")
    text = text.replace("en: Introduction", f'en: "{img("section")} Introduction"')
    text = text.replace("en: Where the story begins.", f'en: "{img("summary")} Where the story begins."')
    text = text.replace("en: The beginning", f'en: "{img("panel")} The beginning"')
    intro.write_text(text, encoding="utf-8")
    return root


def test_markup_in_plain_text_fields_is_shown_as_written_and_never_fetched(
    make_visitor, tmp_path: Path, listener: tuple[str, list[str]]
) -> None:
    from kiosk.content import load

    url, asked = listener
    result = load(_hostile_copy(tmp_path, url))
    assert result.exhibits, [p.format() for p in result.problems]
    visitor = make_visitor(
        exhibit=result.exhibits[0],
        language="en",
        windowed=True,
        problems=[f'assets/<img src="{url}/problem.png">.svg: not found'],
    )
    visitor.settle()
    QTest.qWait(200)
    visitor.tap("attractScreen")  # home: the exhibit's title, subtitle, the section cards
    QTest.qWait(200)
    visitor.visit.openSection(0)  # the section: its title, summary, the panel titles
    visitor.settle()
    QTest.qWait(200)
    visitor.operator.request()  # and the operator panel's problem line
    visitor.settle()
    QTest.qWait(300)
    assert asked == []
    shown = visitor.find("operatorProblemText").property("text")
    assert "<img src=" in shown  # the text as written, not an image


def test_every_text_item_is_plain_text_except_the_escaped_body_text() -> None:
    """A static guard for the rule above: a new ``Text`` without ``textFormat: Text.PlainText``
    would draw content as HTML again. BodyText alone is StyledText, fed by markup.to_styled,
    which escapes everything but the documented markup."""
    missing = []
    for qml in sorted((QML_DIR / "Kiosk").glob("*.qml")):
        if qml.name == "BodyText.qml":
            continue
        lines = qml.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if re.fullmatch(r"\s*Text\s*\{\s*", line):
                block = "\n".join(lines[number + 1 : number + 4])
                if "textFormat: Text.PlainText" not in block:
                    missing.append(f"{qml.name}:{number + 1}")
    assert missing == []
    body = (QML_DIR / "Kiosk" / "BodyText.qml").read_text(encoding="utf-8")
    assert "textFormat: Text.StyledText" in body


def test_the_body_markup_escapes_tags_and_entities() -> None:
    from kiosk.content.markup import to_styled

    out = to_styled('*a* <img src="http://x/y.png"> &amp; **b**')
    assert "<img" not in out and "&lt;img" in out and "&amp;amp;" in out
    assert "<i>a</i>" in out and "<b>b</b>" in out
