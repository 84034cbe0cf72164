"""The timeline's spacing by date (kiosk.timescale) and its view (kiosk.present), without Qt."""

from __future__ import annotations

import dataclasses
import datetime
import itertools
from pathlib import Path

import pytest

from kiosk.content import load
from kiosk.present import Presenter
from kiosk.timescale import GAP_STEP, MEAN_STEP, MIN_STEP, place

ROOT = Path(__file__).resolve().parent.parent


def day(text: str) -> float:
    return float(datetime.date.fromisoformat(text).toordinal())


def steps(days: list[float]) -> list[float]:
    scale = place(days)
    cards = [a * scale.length for a in scale.at]
    return [b - a for a, b in itertools.pairwise(cards)]


def test_room_between_events_follows_the_time_between_them() -> None:
    # 30, 30, 30 and 60 days apart: twice the time, twice the room
    got = steps([day("1954-01-01"), day("1954-01-31"), day("1954-03-02"), day("1954-04-01"), day("1954-05-31")])
    assert got[0] == pytest.approx(got[1]) == pytest.approx(got[2])
    assert got[3] == pytest.approx(2 * got[0])


def test_the_line_is_as_long_as_one_card_per_event() -> None:
    days = [day("1953-05-08"), day("1953-07-01"), day("1954-03-13"), day("1954-05-07"), day("1962-07-05")]
    scale = place(days)
    assert scale.length == pytest.approx(MEAN_STEP * (len(days) - 1) + 1)  # the last card included
    assert scale.at[0] == 0
    assert scale.at[-1] * scale.length == pytest.approx(scale.length - 1)


def test_a_long_gap_is_compressed_and_marked_and_no_other() -> None:
    # weekly events, then seven years of nothing, then weekly again
    days = [day("1954-03-01") + 7 * i for i in range(5)] + [day("1961-03-01") + 7 * i for i in range(5)]
    scale = place(days)
    assert scale.gap_before == tuple(i == 5 for i in range(10))
    got = steps(days)
    assert got[4] == pytest.approx(GAP_STEP)
    assert all(s == pytest.approx(got[0]) for i, s in enumerate(got) if i != 4)
    # compressed: seven years take less room than the two months of weeks around them
    assert got[4] < sum(got[:4])


def test_events_days_apart_still_leave_room_for_their_cards() -> None:
    days = [day("1954-01-01"), day("1954-03-28"), day("1954-03-29"), day("1954-03-29"), day("1954-06-01")]
    got = steps(days)
    assert min(got) == pytest.approx(MIN_STEP)
    # cards alternate above and below the line: the next one on the same side is a card away
    assert all(a + b >= 1 - 1e-9 for a, b in itertools.pairwise(got))


def test_evenly_spread_events_are_evenly_spaced_and_nothing_is_marked() -> None:
    days = [day(f"{1950 + i}-01-01") for i in range(6)]
    scale = place(days)
    assert not any(scale.gap_before)
    assert steps(days) == pytest.approx([1.0] * 5, rel=1e-2)  # a leap year is a day longer


@pytest.mark.parametrize("days", [[], [5.0], [3.0, 3.0, 3.0], [10.0, 5.0, 1.0]])
def test_few_same_or_disordered_dates_give_a_usable_line(days: list[float]) -> None:
    scale = place(days)
    assert scale.length >= 1
    assert all(0 <= a <= 1 for a in scale.at)
    assert list(scale.at) == sorted(scale.at)


def test_any_day_has_its_place_on_the_line() -> None:
    days = [day("1954-01-01"), day("1954-01-11"), day("1954-01-31")]
    scale = place(days)
    assert scale.where(day("1953-12-01")) == 0
    assert scale.where(day("1954-01-06")) == pytest.approx((scale.at[0] + scale.at[1]) / 2)
    assert scale.where(day("1954-01-31")) == scale.at[2]
    assert scale.where(day("1954-02-01")) == 1.0


#: The bundled exhibit's three close-up timelines (its chronology, 1945-1962, is the overview).
THREE_LINES = ("timeline-before", "timeline", "timeline-after")


def test_the_bundled_timeline_view_is_spaced_by_date_with_its_breaks_and_eras() -> None:
    result = load(ROOT)
    exhibit = result.exhibits[0]
    # the bundled exhibit tells 1953-1962 in three timelines; as one line, it has long gaps
    lines = [p for s in exhibit.sections for p in s.panels if p.id in THREE_LINES]
    assert len(lines) == 3
    panel = dataclasses.replace(
        lines[0],
        events=tuple(e for line in lines for e in line.events),
        eras=tuple(a for line in lines for a in line.eras),
    )
    view = Presenter(exhibit).panel(panel, "en")
    events = view["events"]  # type: ignore[typeddict-item]
    xs = [e["x"] for e in events]
    assert xs == sorted(xs) and xs[0] == 0
    # 1954-11-01 → 1956-03-02 is years against the weeks of the siege: a break before 1956
    gaps = [e["date"] for e in events if e["gapBefore"]]
    assert "2 March 1956" in gaps
    assert "13 March 1954" not in gaps
    # the siege's weeks (13 March – 8 May 1954) get more room than the break of sixteen months
    siege = [e["x"] for e in events if "March 1954" in e["date"] or "May 1954" in e["date"]]
    break_at = next(i for i, e in enumerate(events) if e["date"] == "2 March 1956")
    assert (siege[-1] - siege[0]) > (xs[break_at] - xs[break_at - 1])
    # lanes alternate; each era is a band on the line, in order, from the start to the end
    assert [e["lane"] for e in events] == [i % 2 for i in range(len(events))]
    eras = view["eras"]  # type: ignore[typeddict-item]
    assert eras[0]["start"] == 0 and eras[-1]["end"] == 1
    assert all(a["end"] <= b["start"] + 1e-9 for a, b in itertools.pairwise(eras))
    assert all(e["start"] < e["end"] for e in eras)
    # each card has a one-line summary from its body: its first sentence, plain
    first = events[0]
    assert first["summary"] and "<" not in first["summary"]
    # years on the line: none inside a break
    assert "1955" not in [t["label"] for t in view["ticks"]]  # type: ignore[typeddict-item]


def test_a_day_inside_a_break_is_known_as_such_and_placed_within_the_break() -> None:
    days = [day("1954-03-01") + 7 * i for i in range(4)] + [day("1960-03-01"), day("1960-03-08")]
    scale = place(days)
    inside = day("1957-01-01")
    assert scale.compressed(inside)
    assert not scale.compressed(day("1954-03-10")) and not scale.compressed(days[4])
    assert scale.at[3] < scale.where(inside) < scale.at[4]


def test_an_era_written_as_a_month_ends_after_that_months_last_day() -> None:
    from kiosk.content.model import DatePoint
    from kiosk.present import _day

    assert _day(DatePoint(1954, 3), end=True) == day("1954-04-01")
    assert _day(DatePoint(1954, 12), end=True) == day("1955-01-01")
    assert _day(DatePoint(1954), end=True) == day("1955-01-01")
    assert _day(DatePoint(1954, 5, 7), end=True) == day("1954-05-08")
    assert _day(DatePoint(1954, 5)) == day("1954-05-01")
