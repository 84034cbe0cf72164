"""Opening hours as a visitor meets them (kiosk.ui.hours): at closing the media stops and a black
screen covers everything, a touch wakes it without being a tap, and at opening the attract loop."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.schedule import HookRunner, Schedule
from kiosk.settings import read_file
from kiosk.ui.hours import OpeningHours
from tests.ui.conftest import Visitor


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _schedule(tmp_path: Path, marker: Path) -> Schedule:
    f = tmp_path / "settings.yaml"
    hook = [sys.executable, "-c", f"open({str(marker)!r}, 'a').write('{{}}\\n')"]
    f.write_text(
        "opening_hours:\n"
        "  timezone: UTC\n"
        '  week: {tue: "09:00-18:00"}\n'
        "  wake_on_touch: 60\n"
        f"  display_off: {[*hook[:2], hook[2].format('off')]}\n"
        f"  display_on: {[*hook[:2], hook[2].format('on')]}\n"
    )
    values, notes = read_file(f)
    assert notes == []
    return values["opening_hours"]


def test_closing_blanks_a_touch_wakes_without_a_tap_and_opening_brings_the_attract_loop(
    make_visitor: Callable[..., Visitor], tmp_path: Path
) -> None:
    visitor = make_visitor()
    marker = tmp_path / "display.log"
    clock = Clock(datetime(2026, 12, 1, 17, 0, tzinfo=UTC))  # a Tuesday, open
    hours = OpeningHours(visitor.kiosk, _schedule(tmp_path, marker), clock)
    try:
        assert not hours.screen.isVisible()
        visitor.tap("attractTouchArea")
        assert visitor.visit.screen == "home"

        clock.now = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)
        hours.check()
        visitor.settle()
        assert visitor.visit.screen == "attract" and hours.screen.isVisible()
        assert visitor.find_all("closedScreen")
        grab = visitor.window.grabWindow()
        assert grab.pixelColor(grab.width() // 2, grab.height() // 2).name() == "#000000"

        clock.now += timedelta(hours=3)
        visitor.tap(visitor.find("closedTouchArea"))
        assert not hours.screen.isVisible()
        assert visitor.visit.screen == "attract"  # the waking touch was not a tap on the attract loop
        visitor.tap("attractTouchArea")
        assert visitor.visit.screen == "home"  # the next one is

        clock.now += timedelta(seconds=61)
        hours.check()
        visitor.settle()
        assert hours.screen.isVisible() and visitor.visit.screen == "attract"

        clock.now = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
        hours.check()
        visitor.settle()
        assert not hours.screen.isVisible() and visitor.visit.screen == "attract"
        hours.hooks.wait(10)
        assert marker.read_text().split() == ["off", "on", "off", "on"]
    finally:
        hours.stop()


def test_a_hung_display_hook_does_not_freeze_the_screen(make_visitor: Callable[..., Visitor], tmp_path: Path) -> None:
    visitor = make_visitor()
    schedule = Schedule(
        week=((), (), (), (), (), (), ()), display_off=(sys.executable, "-c", "import time; time.sleep(60)")
    )
    clock = Clock(datetime(2026, 12, 1, 12, 0, tzinfo=UTC))
    hours = OpeningHours(visitor.kiosk, schedule, clock, HookRunner(timeout=1.0))
    try:
        assert hours.screen.isVisible()  # closed at once; the hook hangs in its thread
        visitor.tap(visitor.find("closedTouchArea"))
        assert not hours.screen.isVisible()  # the GUI thread answered while the hook hung
    finally:
        hours.stop()
    assert hours.hooks.results[0][1] == "killed after 1 s"
