"""The visitor's place, without Qt: every path through the screens and what each step changes."""

from __future__ import annotations

import pytest

from kiosk.navigation import TEXT_SCALES, Changed, Navigation


def visit(**kw: object) -> Navigation:
    return Navigation(layout=(3, 1, 5), languages=("vi", "en", "fr"), **kw)  # type: ignore[arg-type]


def test_a_visit_goes_attract_home_section_and_back_one_level_at_a_time() -> None:
    nav = visit()
    assert (nav.screen, nav.language) == ("attract", "vi")
    assert nav.open_section(0) is Changed.NOTHING  # nobody has touched the screen yet
    assert nav.start() is Changed.SCREEN and nav.screen == "home"
    assert nav.start() is Changed.NOTHING
    assert nav.open_section(2) == Changed.PLACE | Changed.SCREEN
    assert (nav.screen, nav.section, nav.panel, nav.panel_count) == ("section", 2, 0, 5)
    assert nav.open_sources() is Changed.DETAIL
    assert nav.back() is Changed.DETAIL and nav.screen == "section"
    assert nav.back() is Changed.SCREEN and nav.screen == "home"
    assert nav.back() is Changed.NOTHING


def test_panels_stay_within_their_section() -> None:
    nav = visit()
    nav.start()
    assert nav.next_panel() is Changed.NOTHING  # not in a section
    nav.open_section(0)
    assert nav.previous_panel() is Changed.NOTHING
    assert nav.next_panel() is Changed.PLACE and nav.panel == 1
    assert nav.go_to_panel(99) is Changed.PLACE and nav.panel == 2
    assert nav.next_panel() is Changed.NOTHING
    assert nav.go_to_panel(-4) is Changed.PLACE and nav.panel == 0
    assert nav.open_section(7) is Changed.NOTHING and nav.section == 0


def test_leaving_a_section_closes_its_sources_and_a_new_section_starts_at_its_first_panel() -> None:
    nav = visit()
    nav.start()
    nav.open_section(2)
    nav.go_to_panel(4)
    nav.open_sources()
    assert nav.go_home() == Changed.SCREEN | Changed.DETAIL and not nav.sources_open
    assert nav.open_sources() is Changed.NOTHING  # only a panel has sources
    nav.open_section(0)
    assert (nav.section, nav.panel) == (0, 0)


def test_language_and_text_size_belong_to_the_visit() -> None:
    nav = visit()
    assert nav.set_language("de") is Changed.NOTHING  # not one of the exhibit's
    assert nav.set_language("fr") is Changed.LANGUAGE
    assert nav.set_language("fr") is Changed.NOTHING
    assert [nav.cycle_text_size() and nav.text_scale for _ in range(4)] == [1.4, 1.7, 2.0, 1.0]


def test_the_reset_leaves_nothing_of_the_visit_and_says_what_it_changed() -> None:
    nav = visit(default_language="en")
    assert nav.language == "en"
    nav.start()
    nav.open_section(2)
    nav.next_panel()
    nav.open_sources()
    nav.set_language("fr")
    nav.cycle_text_size()
    changed = nav.reset()
    assert changed == Changed.SCREEN | Changed.PLACE | Changed.DETAIL | Changed.LANGUAGE | Changed.TEXT
    assert (nav.screen, nav.section, nav.panel, nav.sources_open, nav.language, nav.text_step) == (
        "attract",
        -1,
        0,
        False,
        "en",
        0,
    )
    assert nav.reset() is Changed.NOTHING


def test_new_content_keeps_the_visitors_language_if_it_can() -> None:
    nav = visit()
    nav.set_language("fr")
    assert nav.use((2,), ("en", "fr")) is Changed.NOTHING and nav.language == "fr"
    assert nav.use((2,), ("de", "en"), default_language="en") is Changed.LANGUAGE and nav.language == "en"
    assert nav.default_language == "en"
    nav.use((2,), ("de",), default_language="xx")  # a default it lacks: its first
    assert (nav.default_language, nav.language) == ("de", "de")
    with pytest.raises(ValueError):
        nav.use((1,), ())


def test_back_goes_up_one_level_from_an_opened_detail_to_the_panel_to_home() -> None:
    nav = visit()
    nav.start()
    nav.open_section(2)
    nav.go_to_panel(2)
    assert nav.open_detail("more") is Changed.DETAIL and nav.detail == "more"
    assert nav.open_detail("hotspot:ford") is Changed.DETAIL  # one detail at a time, in place
    assert nav.back() is Changed.DETAIL and (nav.screen, nav.panel, nav.detail) == ("section", 2, "")
    assert nav.back() is Changed.SCREEN and nav.screen == "home"
    assert nav.back() is Changed.NOTHING and nav.screen == "home"


def test_turning_the_page_closes_what_was_opened_on_the_last_one() -> None:
    nav = visit()
    nav.start()
    nav.open_section(2)
    nav.open_detail("event:3")
    assert nav.next_panel() == Changed.PLACE | Changed.DETAIL and nav.detail == ""
    assert nav.open_detail("") is Changed.NOTHING  # a detail has a name
    nav.go_home()
    assert nav.open_detail("more") is Changed.NOTHING  # only a panel has details


def test_text_goes_up_to_twice_its_size_and_a_step_can_be_chosen_directly() -> None:
    nav = visit()
    assert max(TEXT_SCALES) == 2.0 and TEXT_SCALES[0] == 1.0
    assert nav.set_text_step(3) is Changed.TEXT and nav.text_scale == 2.0
    assert nav.set_text_step(3) is Changed.NOTHING
    assert nav.set_text_step(len(TEXT_SCALES)) is Changed.NOTHING and nav.text_step == 3


def test_contrast_and_motion_are_the_visitors_choice_starting_from_the_operators() -> None:
    nav = visit(default_high_contrast=True)
    assert (nav.high_contrast, nav.reduce_motion) == (True, False)
    nav.start()
    assert nav.set_high_contrast(False) is Changed.DISPLAY and not nav.high_contrast
    assert nav.set_reduce_motion(True) is Changed.DISPLAY and nav.reduce_motion
    assert nav.set_reduce_motion(True) is Changed.NOTHING
    changed = nav.reset()
    assert Changed.DISPLAY in changed
    assert (nav.high_contrast, nav.reduce_motion) == (True, False)  # the operator's again
    assert nav.reset() is Changed.NOTHING


def test_the_display_sheet_opens_where_the_controls_are_and_back_or_home_closes_it() -> None:
    nav = visit()
    assert nav.open_display() is Changed.NOTHING  # not on the attract loop
    nav.start()
    assert nav.open_display() is Changed.DISPLAY and nav.display_open
    assert nav.back() is Changed.DISPLAY and not nav.display_open and nav.screen == "home"
    nav.open_section(1)
    nav.open_sources()
    nav.open_display()
    assert nav.back() is Changed.DISPLAY and nav.sources_open  # one level at a time
    nav.open_display()
    assert Changed.DISPLAY in nav.go_home() and not nav.display_open
    nav.open_display()
    nav.set_high_contrast(True)
    assert Changed.DISPLAY in nav.reset() and not nav.display_open and not nav.high_contrast
