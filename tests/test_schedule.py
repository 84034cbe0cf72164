"""Opening hours (kiosk.schedule) on a fake clock: weekdays, exceptions, daylight saving changes, the
settings file's notes with file:line:col, and the display hook's runner."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.config import check
from kiosk.schedule import HookRunner, Schedule
from kiosk.settings import read_file

PARIS = ZoneInfo("Europe/Paris")
SETTINGS = """\
opening_hours:
  timezone: Europe/Paris
  week:
    mon: closed
    tue: 09:00-18:00
    wed: ["09:00-12:30", "13:30-18:00"]
    thu: "09:00-18:00"
    fri: "09:00-18:00"
    sat: "10:00-24:00"
    sun: "00:00-02:00"
  exceptions:
    2026-12-25: closed
    2026-12-24: "09:00-14:00"
    2026-12-28: "10:00-16:00"
  wake_on_touch: 60
  display_off: [true, --off]
  display_on: "true --on"
"""


def schedule(tmp_path: Path, text: str = SETTINGS) -> tuple[Schedule | None, list[str]]:
    f = tmp_path / "settings.yaml"
    f.write_text(text)
    values, notes = read_file(f)
    return values.get("opening_hours"), notes


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)  # type: ignore[misc]


def test_the_week_and_its_hours(tmp_path: Path) -> None:
    s, notes = schedule(tmp_path)
    assert notes == [] and s is not None
    assert s.wake_on_touch == 60 and s.display_off == ("true", "--off") and s.display_on == ("true", "--on")
    tuesday = date(2026, 12, 1)
    assert tuesday.weekday() == 1
    assert not s.is_open(paris(2026, 12, 1, 8, 59))
    assert s.is_open(paris(2026, 12, 1, 9, 0))
    assert s.is_open(paris(2026, 12, 1, 17, 59))
    assert not s.is_open(paris(2026, 12, 1, 18, 0))
    assert not s.is_open(paris(2026, 11, 30, 12, 0))  # Monday: closed
    assert not s.is_open(paris(2026, 12, 2, 13, 0))  # Wednesday's lunch break
    assert s.next_change(paris(2026, 12, 2, 12, 0)) == paris(2026, 12, 2, 12, 30)
    assert s.next_change(paris(2026, 12, 2, 12, 30)) == paris(2026, 12, 2, 13, 30)
    # Saturday runs to midnight and Sunday opens at midnight: one stretch, one change at 02:00.
    assert s.is_open(paris(2026, 12, 5, 23, 59)) and s.is_open(paris(2026, 12, 6, 0, 0))
    assert s.next_change(paris(2026, 12, 5, 20, 0)) == paris(2026, 12, 6, 2, 0)
    # From Sunday night over the closed Monday to Tuesday morning.
    assert s.next_change(paris(2026, 12, 6, 2, 0)) == paris(2026, 12, 8, 9, 0)


def test_exceptions_win_over_the_weekday(tmp_path: Path) -> None:
    s, _ = schedule(tmp_path)
    assert s is not None
    assert not s.is_open(paris(2026, 12, 25, 12, 0))  # Christmas: a Friday, closed
    assert s.is_open(paris(2026, 12, 24, 13, 59)) and not s.is_open(paris(2026, 12, 24, 14, 0))
    assert s.next_change(paris(2026, 12, 24, 10, 0)) == paris(2026, 12, 24, 14, 0)
    assert s.next_change(paris(2026, 12, 24, 14, 0)) == paris(2026, 12, 26, 10, 0)  # skips the 25th
    assert s.is_open(paris(2026, 12, 28, 12, 0))  # a Monday opened specially
    assert s.next_change(paris(2026, 12, 28, 8, 0)) == paris(2026, 12, 28, 10, 0)


def test_opening_stays_at_nine_across_daylight_saving_changes(tmp_path: Path) -> None:
    s, _ = schedule(tmp_path)
    assert s is not None
    # Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026 in Paris.
    before = s.next_change(paris(2026, 3, 23, 20, 0))  # Monday evening → Tuesday 09:00 CET
    after = s.next_change(paris(2026, 3, 30, 20, 0))  # Monday evening → Tuesday 09:00 CEST
    assert before is not None and after is not None
    assert before.astimezone(UTC).hour == 8 and after.astimezone(UTC).hour == 7
    assert after.astimezone(UTC) - before.astimezone(UTC) == timedelta(days=7, hours=-1)
    autumn = s.next_change(paris(2026, 10, 26, 20, 0))
    assert autumn is not None and autumn.astimezone(UTC) == datetime(2026, 10, 27, 8, 0, tzinfo=UTC)
    # Sunday 00:00-02:00 on the night the clocks go back (03:00 CEST -> 02:00 CET): 02:00 comes
    # twice and the kiosk closes at the first, two hours of real time after midnight.
    start = paris(2026, 10, 25, 0, 0)
    end = s.next_change(start)
    assert end == datetime(2026, 10, 24, 22, 0, tzinfo=UTC) + timedelta(hours=2)
    assert not s.is_open(end + timedelta(minutes=30)) and not s.is_open(end + timedelta(minutes=90))
    # On the spring night 02:00 does not exist: Sunday closes at the jump (03:00 CEST).
    spring = s.next_change(paris(2026, 3, 29, 1, 0))
    assert spring is not None and spring.astimezone(UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


def test_a_fake_clock_walks_a_week_in_minutes_and_next_change_agrees(tmp_path: Path) -> None:
    s, _ = schedule(tmp_path)
    assert s is not None
    t = paris(2026, 10, 19, 0, 0).astimezone(UTC)
    state, change = s.is_open(t), s.next_change(t)
    while t < datetime(2026, 11, 2, tzinfo=UTC):  # two weeks with the autumn change in them
        t += timedelta(minutes=1)
        if s.is_open(t) != state:
            assert change == t
            state, change = s.is_open(t), s.next_change(t)
        else:
            assert change is None or change > t


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("  week:\n    tue: 9-18\n", "settings.yaml:3:10: opening_hours: week: tue: '9-18' is not opening hours"),
        ("  week:\n    tue: 18:00-09:00\n", "settings.yaml:3:10: opening_hours: week: tue: '18:00-09:00' ends before"),
        ("  week:\n    tue: 09:00-25:00\n", "settings.yaml:3:10: opening_hours: week: tue: '09:00-25:00' is not"),
        ("  week:\n    tues: closed\n", "settings.yaml:3:5: opening_hours: week: 'tues' is not a day"),
        (
            '  week:\n    tue: ["09:00-13:00", "12:00-18:00"]\n',
            "settings.yaml:3:10: opening_hours: week: tue: the hours overlap",
        ),
        (
            "  week: {tue: closed}\n  exceptions:\n    2026-02-30: closed\n",
            "settings.yaml:4:5: opening_hours: exceptions: '2026-02-30' is not a date",
        ),
        ("  timezone: Mars/Olympus\n  week: {}\n", "settings.yaml:2:13: opening_hours: timezone: 'Mars/Olympus'"),
        ("  weeks: {}\n", "settings.yaml:2:3: opening_hours: unknown key 'weeks'"),
    ],
)
def test_mistakes_are_notes_with_their_place_and_the_kiosk_stays_open(tmp_path: Path, text: str, note: str) -> None:
    s, notes = schedule(tmp_path, "opening_hours:\n" + text)
    assert s is None or "unknown key" in note
    assert any(n.startswith(str(tmp_path / note.split(":", 1)[0]) + ":" + note.split(":", 1)[1]) for n in notes), notes


def test_config_check_shows_the_schedule_and_a_missing_hook_command(tmp_path: Path) -> None:
    f = tmp_path / "settings.yaml"
    f.write_text(
        f"content: {tmp_path}\nopening_hours:\n  week: {{tue: 09:00-18:00}}\n  display_off: [no-such-hook-xyz]\n"
    )
    (tmp_path / "exhibits").mkdir()
    shown, problems, _ = check(f)
    line = next(s for s in shown if s.startswith("opening_hours:"))
    assert "tue 09:00-18:00" in line and "mon closed" in line
    assert any("'no-such-hook-xyz' is not installed" in p for p in problems)


def test_the_hook_never_blocks_and_is_killed_after_its_timeout() -> None:
    runner = HookRunner(timeout=0.5)
    started = time.monotonic()
    runner.request([sys.executable, "-c", "import time; time.sleep(30)"])
    assert time.monotonic() - started < 0.2  # the caller (the GUI thread) goes on at once
    runner.wait(10)
    assert runner.results == [((sys.executable, "-c", "import time; time.sleep(30)"), "killed after 0.5 s")]


def test_the_latest_request_wins_and_failures_are_reported() -> None:
    calls: list[list[str]] = []

    def run(command: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
        calls.append(command)
        time.sleep(0.2)
        return subprocess.CompletedProcess(command, 0 if command[0] == "on" else 3)

    runner = HookRunner(timeout=5, run=run)
    runner.request(["off"])
    runner.request(["on"])  # while "off" runs: queued
    runner.request(["off"])  # replaces it
    runner.request(["on"])  # replaces that: the display ends on
    runner.wait(5)
    assert calls == [["off"], ["on"]]
    assert [r[1] for r in runner.results] == ["exit 3", "ok"]
    missing = HookRunner(timeout=1)
    missing.request(["/nonexistent/hook"])
    missing.wait(5)
    assert missing.results[0][1].startswith("could not start")


def test_closing_waking_by_touch_and_opening_on_a_fake_clock(tmp_path: Path) -> None:
    from kiosk.schedule import Closing

    s, _ = schedule(tmp_path)
    assert s is not None
    c = Closing(s)
    t = paris(2026, 12, 1, 17, 0).astimezone(UTC)  # Tuesday, open
    assert c.update(t) is None and not c.closed
    assert c.touched(t) is None  # open: a touch is an ordinary tap
    t = paris(2026, 12, 1, 18, 0).astimezone(UTC)
    assert c.update(t) == "close" and c.closed
    assert c.update(t + timedelta(minutes=5)) is None
    t += timedelta(hours=2)
    assert c.touched(t) == "open" and not c.closed  # woken for wake_on_touch (60 s)
    c.activity(t + timedelta(seconds=50))  # a visitor is using it: stays awake
    assert c.update(t + timedelta(seconds=100)) is None
    assert c.update(t + timedelta(seconds=111)) == "close"
    assert 0.5 <= c.next_check(t + timedelta(seconds=111)) <= 60
    morning = paris(2026, 12, 2, 9, 0).astimezone(UTC)
    assert c.update(morning - timedelta(seconds=1)) is None
    assert c.update(morning) == "open" and c.awake_until is None
