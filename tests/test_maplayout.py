"""Where a map's points and names go: every drawn point a full target, no name under a ring."""

from __future__ import annotations

import itertools
import math
import random

from kiosk.maplayout import _overlap, base_scale, choose_points, layout, zoom_for_all

TOUCH, GAP, RING = 80.0, 16.0, 20.0


def _rings_and_labels(points, sizes, spots):
    rings = {i: (x - RING, y - RING, 2 * RING, 2 * RING) for i, (x, y) in enumerate(points) if spots[i].shown}
    labels = {i: (*s.label, *sizes[i]) for i, s in enumerate(spots) if s.label is not None}
    return rings, labels


def test_points_too_close_for_a_finger_are_not_drawn_and_their_neighbour_counts_them() -> None:
    points = [(100.0, 100.0), (130.0, 100.0), (400.0, 100.0), (120.0, 120.0)]
    spots = layout(points, [(60, 30)] * 4, ring=RING, touch=TOUCH, gap=GAP, bounds=(600, 400))
    assert [s.shown for s in spots] == [True, False, True, False]
    assert [s.hidden for s in spots] == [2, 0, 0, 0]


def test_the_open_point_is_drawn_even_where_it_is_crowded() -> None:
    points = [(100.0, 100.0), (130.0, 100.0)]
    assert choose_points(points, TOUCH + GAP, keep=1) == [True, True]


def test_names_never_sit_on_a_ring_or_on_each_other_and_stay_inside_the_picture() -> None:
    rnd = random.Random(12)
    for _ in range(40):
        points = [(rnd.uniform(0, 900), rnd.uniform(0, 600)) for _ in range(24)]
        sizes = [(rnd.uniform(40, 220), 34.0) for _ in points]
        spots = layout(points, sizes, ring=RING, touch=TOUCH, gap=GAP, bounds=(900, 600))
        rings, labels = _rings_and_labels(points, sizes, spots)
        for i, box in labels.items():
            assert box[0] >= 0 and box[1] >= 0 and box[0] + box[2] <= 900 and box[1] + box[3] <= 600
            assert not any(_overlap(box, r) for r in rings.values()), (i, box)
        for a, b in itertools.combinations(labels.values(), 2):
            assert not _overlap(a, b)
        drawn = [p for p, s in zip(points, spots, strict=True) if s.shown]
        for a, b in itertools.combinations(drawn, 2):
            assert math.dist(a, b) >= TOUCH + GAP


def test_a_lone_point_gets_its_name_on_the_right_and_at_the_edge_on_the_left() -> None:
    spots = layout([(100.0, 100.0), (580.0, 100.0)], [(80, 30)] * 2, ring=RING, touch=TOUCH, gap=GAP, bounds=(600, 400))
    assert spots[0].label is not None and spots[0].label[0] > 100
    assert spots[1].label is not None and spots[1].label[0] + 80 < 580


def test_a_name_with_no_room_is_left_out_rather_than_covered() -> None:
    spots = layout([(50.0, 50.0)], [(500, 90)], ring=RING, touch=TOUCH, gap=GAP, bounds=(100, 100))
    assert spots[0].shown and spots[0].label is None


def test_the_zoom_that_gives_every_point_room() -> None:
    points = [(0.0, 0.0), (24.0, 0.0), (500.0, 0.0)]
    z = zoom_for_all(points, 96.0)
    assert z == 4.0
    assert all(choose_points([(x * z, y * z) for x, y in points], 96.0))
    assert zoom_for_all([(0.0, 0.0), (0.0, 0.0), (200.0, 0.0)], 96.0) == 1.0


def test_a_picture_covers_its_box_when_every_point_stays_in_view_else_fits() -> None:
    # a wide picture in a tall box: its middle covers the box if the points are in the middle
    scale, left, top = base_scale((1000, 1000), (2100, 1500), [(0.4, 0.2), (0.6, 0.9)], 40)
    assert math.isclose(scale, 1000 / 1500) and left < 0 and top == 0
    # a point near the edge would be cut: fit the whole picture instead
    scale, left, top = base_scale((1000, 1000), (2100, 1500), [(0.05, 0.5)], 40)
    assert math.isclose(scale, 1000 / 2100) and left == 0 and top > 0
    assert base_scale((0, 0), (10, 10), [], 0) == (1.0, 0.0, 0.0)
