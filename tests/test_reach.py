"""Reach on a wall screen, without Qt: where the 1,220 mm line falls on a mounted screen."""

from __future__ import annotations

import pytest

from kiosk.reach import REACH_MM, Reach


def test_a_55_inch_wall_screen_800_mm_up_is_out_of_reach_in_its_top_part() -> None:
    wall = Reach(bottom_mm=800, height_mm=685)
    # the review's figure: everything above y ≈ 418 px of 1080 is out of reach
    assert wall.top(1080) == pytest.approx(1080 * (800 + 685 - REACH_MM) / 685)
    assert round(wall.top(1080)) == 418
    assert wall.height_at(1080, 1080) == 800 and wall.height_at(0, 1080) == 1485
    assert wall.height_at(wall.top(1080), 1080) == pytest.approx(REACH_MM)


def test_a_low_screen_is_all_in_reach_and_an_unknown_height_says_nothing() -> None:
    assert Reach(bottom_mm=300, height_mm=685).top(1080) == 0
    assert Reach(bottom_mm=800).top(1080) == 0  # no height given nor reported
    assert Reach(bottom_mm=800).top(1080, reported_mm=685) == Reach(800, 685).top(1080)
    assert Reach(bottom_mm=1300, height_mm=500).top(1000) == 1000  # all of it out of reach
