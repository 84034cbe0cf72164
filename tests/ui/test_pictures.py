"""Pictures come from the build: a version to fit the box, a larger one when zoomed, and the alt
text in a calm placeholder when the build has not made one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import SAMPLE, Visitor

pytestmark = pytest.mark.ui


def _width_in_url(url: str) -> int:
    return int(url.rsplit("-", 1)[1].split(".")[0])  # img/<hash>-<width>.jpg


def test_a_picture_is_decoded_at_its_box_size_from_the_smallest_built_version_that_covers_it(
    visitor: Visitor, built_sample: Path
) -> None:
    visitor.open_panel_of_kind("map")  # a drawing: the build made every width
    picture = visitor.find("picture")
    url = picture.property("source").toString()
    assert url.startswith("file://") and str(built_sample) in url
    chosen = _width_in_url(url)
    painted = picture.property("paintedWidth")
    made = [v["w"] for v in visitor.content.panels.row(visitor.visit.panelIndex)["image"]["variants"]]
    assert chosen + 1 >= painted  # sharp: at least one picture pixel per screen pixel
    assert all(w + 1 < painted for w in made if w < chosen)  # and no larger than it needs to be
    size = picture.property("sourceSize")
    assert 0 < size.width() <= picture.width() + 1  # decoded at the size it is shown
    assert picture.property("progress") == 1.0 and not visitor.find_all("picturePlaceholder")


def test_a_small_original_is_never_blown_up(visitor: Visitor, built_sample: Path) -> None:
    from kiosk.media.derivatives import Derivatives

    visitor.open_panel_of_kind("story")
    story = next(p for s in visitor.exhibit.sections for p in s.panels if p.kind == "story" and p.image)
    original = Derivatives.load(SAMPLE, built_sample).size(story.image.file)  # what the build measured
    assert original is not None
    assert _width_in_url(visitor.find("picture").property("source").toString()) <= original[0]


def test_zooming_a_map_swaps_in_a_larger_version(visitor: Visitor, qtbot) -> None:
    visitor.open_panel_of_kind("map")
    zoom = visitor.find("mapZoom")
    before = _width_in_url(visitor.find("picture").property("source").toString())
    for _ in range(6):
        visitor.tap("zoomIn")
    assert zoom.property("zoom") > 2
    qtbot.waitUntil(lambda: _width_in_url(visitor.find("picture").property("source").toString()) > before)


def test_without_built_pictures_visitors_see_the_alt_text_and_the_operator_is_told(
    make_visitor, tmp_path: Path
) -> None:
    visitor = make_visitor(built=tmp_path / "never-built")
    visitor.open_panel_of_kind("story")
    visitor.tap("lang_en")
    placeholder = visitor.find("picturePlaceholder")
    story = next(p for s in visitor.exhibit.sections for p in s.panels if p.kind == "story" and p.image)
    texts = [c.property("text") for c in placeholder.childItems()]
    assert story.image.alt["en"] in texts
    assert any("kiosk assets build" in p["message"] for p in visitor.operator.problems)
