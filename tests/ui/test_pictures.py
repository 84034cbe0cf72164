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


def test_the_screens_pick_the_picture_size_by_the_builds_rule(visitor: Visitor) -> None:
    """Theme.pick (JavaScript, so no Python call waits for the interpreter while content loads)
    and kiosk.media.derivatives.preference are one rule written twice: they must agree."""
    import random

    from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt

    from kiosk.media.derivatives import preference

    theme = visitor.kiosk.engine.singletonInstance("Kiosk", "Theme")
    rnd = random.Random(7)
    checked = 0
    for _ in range(300):
        widths = sorted(rnd.sample([480, 960, 1920, 2880, 3840], rnd.randint(1, 5)))
        ratio = rnd.choice((0.5625, 0.75, 1.0, 1.5))
        variants = [{"w": w, "h": max(1, round(w * ratio)), "url": f"file:///{w}.jpg"} for w in widths]
        edge = rnd.choice(variants)  # half the boxes sit on a version's edge, where slack matters
        box = rnd.choice(
            (
                (rnd.choice((0, rnd.randrange(1, 5000))), rnd.choice((0, rnd.randrange(1, 5000)))),
                (edge["w"] + rnd.choice((0, 1, 2)), rnd.choice((0, edge["h"] + rnd.choice((0, 1, 2))))),
            )
        )
        fit = rnd.random() < 0.5
        picked = QMetaObject.invokeMethod(
            theme,
            "pick",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("QVariant"),
            Q_ARG("QVariant", {"variants": variants}),
            Q_ARG("QVariant", float(box[0])),
            Q_ARG("QVariant", float(box[1])),
            Q_ARG("QVariant", fit),
        )
        best = preference([(v["w"], v["h"]) for v in variants], *box, fit=fit)[0]
        assert picked == variants[best]["url"], (variants, box, fit)
        checked += 1
    assert checked == 300
