"""Sign language (issue 13 item 9): a panel, or its recording, may carry a signer's video per
language; with sign language on, it plays in a corner over the panel, a tap pauses it, and the
idle reset turns it off."""

from __future__ import annotations

import pytest
from PySide6.QtMultimedia import QMediaPlayer

from tests.ui.conftest import SAMPLE, Visitor

pytestmark = pytest.mark.ui

CLIP = (SAMPLE / "assets" / "sample" / "clip.webm").resolve().as_uri()


def _sign_player(visitor: Visitor) -> QMediaPlayer:
    return visitor.find("signOverlay").findChild(QMediaPlayer)


def test_a_panels_signer_plays_in_a_corner_and_a_tap_pauses_it(visitor: Visitor, qtbot) -> None:
    visitor.tap("attractLanguage_fr")
    visitor.tap("sectionCard_0")  # its first panel has a signer for vi and fr
    assert not visitor.find_all("signOverlay")
    visitor.tap("signButton")
    assert visitor.find("signButton").property("selected")
    overlay = visitor.find("signOverlay")
    assert _sign_player(visitor).source().toString() == CLIP
    qtbot.waitUntil(lambda: overlay.property("playing"))
    screen = visitor.find("panelList")
    corner = overlay.mapToScene(overlay.boundingRect().bottomRight())
    assert (
        corner.x() <= visitor.window.width() and corner.y() <= screen.mapToScene(screen.boundingRect().bottomLeft()).y()
    )

    visitor.tap("signArea")  # pause
    assert not overlay.property("playing") and visitor.find("signPaused")
    visitor.tap("signArea")
    qtbot.waitUntil(lambda: overlay.property("playing"))


def test_a_language_without_a_signer_has_none_and_the_choice_follows_the_visitor(visitor: Visitor, qtbot) -> None:
    visitor.tap("attractLanguage_fr")
    visitor.tap("sectionCard_0")
    visitor.tap("signButton")
    assert visitor.find("signOverlay")
    visitor.tap("lang_en")  # this panel has no English signer: no other language's stands in
    assert not visitor.find_all("signOverlay") and not visitor.find_all("signButton")
    assert visitor.kiosk.player.signLanguage  # still on, for the panels that have one
    visitor.tap("nextButton")
    assert not visitor.find_all("signOverlay")
    visitor.open_panel_of_kind("video")  # the film's recording has a signer for every language
    assert _sign_player(visitor).source().toString() == CLIP
    visitor.idle.startOver()
    visitor.settle()
    assert not visitor.kiosk.player.signLanguage
