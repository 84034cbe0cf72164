"""Languages are data: an exhibit in a fourth language works end to end, says what it lacks, and a
row in the language table is all the kiosk needs to write in it properly."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from kiosk.content import load
from kiosk.content.lint import lint
from kiosk.content.model import Exhibit
from kiosk.content.yamlsrc import parse, to_plain
from kiosk.languages import LANGUAGES, Language
from tests.ui.conftest import SAMPLE, Visitor

pytestmark = pytest.mark.ui


def _add_german(node: Any) -> Any:
    """Every text given in vi, en and fr gains a German one: the English, marked (a file: the same)."""
    if isinstance(node, dict):
        node = {k: _add_german(v) for k, v in node.items()}
        # A text in every language (or every one but a quote's original): its keys are language codes.
        if "en" in node and len(node) >= 2 and node.keys() <= {"vi", "en", "fr"} and isinstance(node["en"], str):
            file = "/" in node["en"] and "." in node["en"].rsplit("/", 1)[1]
            node["de"] = node["en"] if file else f"DE {node['en']}"
        if node.get("languages") == ["vi", "en", "fr"]:
            node["languages"] = ["vi", "en", "fr", "de"]
        return node
    if isinstance(node, list):
        return [_add_german(v) for v in node]
    return node


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("german")
    shutil.copytree(SAMPLE, root, dirs_exist_ok=True)
    for file in (root / "exhibits").rglob("*.yaml"):
        node, issues = parse(file.read_bytes())  # the kiosk's own reader: the sample is YAML 1.2
        assert node is not None and not issues
        data = to_plain(node)
        file.write_text(yaml.safe_dump(_add_german(data), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root


def _exhibit(root: Path) -> Exhibit:
    result = load(root)
    assert not [p for p in result.problems if p.severity.name == "ERROR"], [p.format() for p in result.problems]
    return result.exhibits[0]


def test_an_exhibit_in_four_languages_loads_and_lint_says_what_the_kiosk_lacks(german: Path) -> None:
    assert _exhibit(german).languages == ("vi", "en", "fr", "de")
    found = {p.code: p for p in lint(load(german)) if "'de'" in p.message}
    assert set(found) == {"language-unknown", "interface-untranslated"}
    for problem in found.values():
        assert problem.file == "exhibits/sample/exhibit.yaml" and problem.line > 1  # at `languages:`
    assert "kiosk/languages.py" in found["language-unknown"].hint


def test_a_visitor_reads_the_fourth_language_with_the_interface_in_english(
    make_visitor: Callable[..., Visitor], german: Path
) -> None:
    visitor = make_visitor(exhibit=_exhibit(german))
    visitor.tap("attractTouchArea")
    visitor.tap("lang_de")
    assert visitor.visit.language == "de"
    assert visitor.find("lang_de").property("text") == "de"  # no row: the code stands in for a name
    visitor.tap("sectionCard_0")
    assert visitor.find("sectionTitle").property("text").startswith("DE ")
    assert visitor.find("homeButton").property("text") == "Home"  # no German translation of the interface
    visitor.tap("lang_fr")
    assert visitor.find("homeButton").property("text") == "Accueil"


def test_a_row_in_the_language_table_is_all_the_kiosk_needs(
    make_visitor: Callable[..., Visitor], german: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    months = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember")  # fmt: skip
    row = Language(code="de", name="Deutsch", quotes=("„", "“"), decimal=",", group=".", months=months,
                   about_day="um den {}", about_month="um {}", touch_to_begin="Zum Starten berühren",
                   voice="de")  # fmt: skip
    monkeypatch.setitem(LANGUAGES, "de", row)
    assert not [p for p in lint(load(german)) if p.code == "language-unknown"]
    visitor = make_visitor(exhibit=_exhibit(german))
    assert "Zum Starten berühren" in visitor.content.touchToBegin
    visitor.tap("attractTouchArea")
    assert visitor.find("lang_de").property("text") == "Deutsch"
