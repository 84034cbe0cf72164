"""The views QML reads are declared once (kiosk.views): the presenter makes exactly them, and no
panel's QML reads a field its view does not have."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest

from kiosk import views
from kiosk.content import load
from kiosk.content.model import PANEL_KINDS
from kiosk.present import Presenter

ROOT = Path(__file__).resolve().parent.parent
QML = ROOT / "kiosk" / "ui" / "qml" / "Kiosk"
SAMPLE = Path(__file__).resolve().parent / "sample"

_READ = re.compile(r"\bview\.([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?")


def _is_typeddict(t: object) -> bool:
    return isinstance(t, type) and typing.is_typeddict(t)


def unknown_reads(qml: str, view: type) -> list[str]:
    """Every ``view.a`` or ``view.a.b`` in ``qml`` that ``view`` (a TypedDict) does not declare."""
    fields = typing.get_type_hints(view)
    bad = []
    for first, second in _READ.findall(qml):
        if first not in fields:
            bad.append(first)
        elif second and _is_typeddict(fields[first]) and second not in typing.get_type_hints(fields[first]):
            bad.append(f"{first}.{second}")
    return bad


def test_every_panel_kind_has_a_view_and_a_qml_file() -> None:
    assert set(views.BY_KIND) == set(PANEL_KINDS)
    for _, file in views.BY_KIND.values():
        assert (QML / file).is_file()


@pytest.mark.parametrize("kind", sorted(views.BY_KIND))
def test_a_panels_qml_reads_only_what_its_view_declares(kind: str) -> None:
    view, file = views.BY_KIND[kind]
    text = (QML / file).read_text(encoding="utf-8")
    assert _READ.search(text), f"{file} reads nothing from its view: the check would prove nothing"
    assert unknown_reads(text, view) == []


def test_the_check_catches_a_field_the_view_lacks() -> None:
    qml = "Text { text: storyPanel.view.title + view.subtitle + view.image.width + view.image.alt }"
    assert unknown_reads(qml, views.StoryView) == ["subtitle", "image.width"]


def test_the_presenter_makes_exactly_the_declared_views() -> None:
    result = load(SAMPLE)
    (exhibit,) = result.exhibits
    presenter = Presenter(exhibit)
    seen = set()
    for section in exhibit.sections:
        for panel in section.panels:
            for lang in exhibit.languages:
                shown = presenter.panel(panel, lang)
                declared = typing.get_type_hints(views.BY_KIND[panel.kind][0])
                assert set(shown) == set(declared), (panel.kind, set(shown) ^ set(declared))
                seen.add(panel.kind)
    assert seen == set(PANEL_KINDS), "the sample exhibit should have a panel of every kind"
