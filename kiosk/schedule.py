"""Opening hours: a weekly schedule with exceptions, read from the settings file (no Qt).

In the settings file (``opening_hours:``)::

    opening_hours:
      timezone: Europe/Paris            # optional; default: the computer's local time
      week:                             # a day not listed is closed
        mon: closed
        tue: "09:00-18:00"
        wed: ["09:00-12:30", "13:30-18:00"]
      exceptions:                       # a date's own hours win over its weekday
        2026-12-25: closed
        2026-12-24: "09:00-14:00"
      wake_on_touch: 120                # seconds a touch while closed keeps the kiosk awake
      display_off: [cec-ctl, --to, "0", --standby]   # the display hook, run at closing
      display_on: [cec-ctl, --to, "0", --image-view-on]
      hook_timeout: 10                  # seconds before a hook is killed

Times are wall-clock times in the timezone, so opening at 09:00 stays 09:00 across a daylight
saving change; ``24:00`` ends a day. :meth:`Schedule.is_open` and :meth:`Schedule.next_change`
take the time as an argument: tests move a fake clock.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import pairwise
from typing import Any

__all__ = ["DAYS", "Closing", "HookRunner", "Schedule", "from_node"]

log = logging.getLogger("kiosk.schedule")

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE = re.compile(r"([0-9]{2}):([0-9]{2})-([0-9]{2}):([0-9]{2})")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_KEYS = ("timezone", "week", "exceptions", "wake_on_touch", "display_off", "display_on", "hook_timeout")
#: How far :meth:`Schedule.next_change` looks ahead (exceptions may close a kiosk for months).
HORIZON_DAYS = 400

Hours = tuple[tuple[int, int], ...]  # (start, end) in minutes from midnight, sorted, not overlapping


@dataclass(frozen=True)
class Schedule:
    """When the kiosk is open. ``tz`` None means the computer's local time."""

    week: tuple[Hours, ...] = ((),) * 7  # Monday first
    exceptions: dict[date, Hours] = field(default_factory=dict)
    tz: tzinfo | None = None
    wake_on_touch: float = 120.0
    display_off: tuple[str, ...] = ()
    display_on: tuple[str, ...] = ()
    hook_timeout: float = 10.0

    def describe(self) -> str:
        """One line for ``kiosk config check``: ``mon closed; tue 09:00-18:00; …; 2 exceptions``."""

        def span(hours: Hours) -> str:
            return ", ".join(f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}" for a, b in hours) or "closed"

        days = "; ".join(f"{d} {span(h)}" for d, h in zip(DAYS, self.week, strict=True))
        tz = getattr(self.tz, "key", None) or "local time"
        hook = "display hook set" if self.display_off or self.display_on else "no display hook"
        return f"{days} ({tz}); {len(self.exceptions)} exception(s); wake on touch {self.wake_on_touch:g} s; {hook}"

    def hours(self, day: date) -> Hours:
        """The opening hours of ``day``: its exception if it has one, else its weekday's."""
        return self.exceptions.get(day, self.week[day.weekday()])

    def _local(self, t: datetime) -> datetime:
        return t.astimezone(self.tz) if self.tz is not None else t.astimezone()

    def _instant(self, day: date, minute: int) -> datetime:
        """The instant of a wall-clock minute of ``day`` (24:00 is the next midnight). A time that a
        spring-forward change skips is the instant the clocks jump to."""
        wall = datetime.combine(day, time()) + timedelta(minutes=minute)
        if self.tz is not None:
            return wall.replace(tzinfo=self.tz).astimezone(self.tz)
        return wall.astimezone()

    def is_open(self, t: datetime) -> bool:
        """True if the kiosk is open at the aware time ``t``."""
        local = self._local(t)
        minute = local.hour * 60 + local.minute
        return any(start <= minute < end for start, end in self.hours(local.date()))

    def next_change(self, t: datetime) -> datetime | None:
        """The first instant after ``t`` at which :meth:`is_open` changes (in UTC), or None within the
        horizon. A wall time the autumn change repeats is its first occurrence."""
        now = self.is_open(t)
        today = self._local(t).date()
        candidates = []
        for k in range(-1, HORIZON_DAYS):
            day = today + timedelta(days=k)
            for start, end in self.hours(day):
                candidates += [self._instant(day, start), self._instant(day, end)]
        for c in sorted(c for c in candidates if c > t):
            if self.is_open(c) != now:
                # In UTC: aware times of a zone compare unequal across zones when ambiguous (PEP 495).
                return c.astimezone(UTC)
        return None


def _minutes(hh: str, mm: str) -> int | None:
    h, m = int(hh), int(mm)
    if h == 24 and m == 0:
        return 24 * 60
    if h > 23 or m > 59:
        return None
    return h * 60 + m


class _Reader:
    """Turns the ``opening_hours`` node into a :class:`Schedule`, collecting ``file:line:col`` notes."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.notes: list[str] = []

    def note(self, node: Any, message: str) -> None:
        self.notes.append(f"{self.where}:{node.line + 1}:{node.col + 1}: opening_hours: {message}")

    def hours(self, node: Any, what: str) -> Hours | None:
        items = node.value if node.kind == "seq" else [node]
        spans: list[tuple[int, int]] = []
        for item in items:
            text = item.raw if item.kind == "str" else None
            if text == "closed" and node.kind != "seq":
                return ()
            m = _RANGE.fullmatch(text or "")
            start = _minutes(m[1], m[2]) if m else None
            end = _minutes(m[3], m[4]) if m else None
            if start is None or end is None:
                self.note(
                    item,
                    f"{what}: '{item.raw or item.value}' is not opening hours; write closed, "
                    '"09:00-18:00", or a list such as ["09:00-12:30", "13:30-18:00"]',
                )
                return None
            if end <= start:
                self.note(
                    item,
                    f"{what}: '{text}' ends before it starts; hours past midnight are not supported: "
                    'end the day at "24:00" and open the next at "00:00"',
                )
                return None
            spans.append((start, end))
        spans.sort()
        for (_, end), (start, _) in pairwise(spans):
            if start < end:
                self.note(node, f"{what}: the hours overlap; write each time once")
                return None
        return tuple(spans)

    def command(self, node: Any, key: str) -> tuple[str, ...]:
        if node.kind == "str" and node.raw:
            import shlex

            try:
                return tuple(shlex.split(node.raw))
            except ValueError as exc:
                self.note(node, f"{key}: {exc}; write the command as a list, e.g. [cec-ctl, --standby]")
                return ()
        if node.kind == "seq" and node.value and all(i.kind in ("str", "int", "float", "bool") for i in node.value):
            return tuple(i.raw for i in node.value)
        self.note(node, f"{key}: write the command as a list of words, e.g. [vcgencmd, display_power, '0']")
        return ()

    def seconds(self, node: Any, key: str, low: float, high: float, default: float) -> float:
        if node.kind in ("int", "float") and low <= node.value <= high:
            return float(node.value)
        self.note(node, f"{key}: write a number of seconds from {low:g} to {high:g}; using {default:g}")
        return default

    def read(self, node: Any) -> Schedule | None:
        if node.kind != "map":
            self.note(node, "write the keys week: and, if you need them, exceptions:, timezone: … under it")
            return None
        values = node.value
        for key in values:
            if key not in _KEYS:
                line, col = node.keys[key]
                self.notes.append(
                    f"{self.where}:{line + 1}:{col + 1}: opening_hours: unknown key '{key}' ignored; "
                    f"known: {', '.join(_KEYS)}"
                )
        ok = True
        tz: tzinfo | None = None
        if "timezone" in values:
            tz_node = values["timezone"]
            try:
                from zoneinfo import ZoneInfo

                tz = ZoneInfo(str(tz_node.raw))
            except (ValueError, KeyError, OSError, ImportError):
                self.note(
                    tz_node,
                    f"timezone: '{tz_node.raw}' is not a timezone this computer knows; write one such as "
                    "Europe/Paris or Asia/Ho_Chi_Minh (on Windows: pip install tzdata)",
                )
                ok = False
        week: list[Hours] = [()] * 7
        week_node = values.get("week")
        if week_node is None:
            self.note(node, "week: is missing, so the kiosk would never open; write the hours of each day")
            ok = False
        elif week_node.kind != "map":
            self.note(week_node, 'week: write one line per day, e.g. mon: "09:00-18:00"')
            ok = False
        else:
            for day, day_node in week_node.value.items():
                if day not in DAYS:
                    line, col = week_node.keys[day]
                    self.notes.append(
                        f"{self.where}:{line + 1}:{col + 1}: opening_hours: week: '{day}' is not a day; "
                        f"write one of {', '.join(DAYS)}"
                    )
                    ok = False
                    continue
                hours = self.hours(day_node, f"week: {day}")
                if hours is None:
                    ok = False
                else:
                    week[DAYS.index(day)] = hours
        exceptions: dict[date, Hours] = {}
        exc_node = values.get("exceptions")
        if exc_node is not None and exc_node.kind == "map":
            for key, day_node in exc_node.value.items():
                line, col = exc_node.keys[key]
                try:
                    day = date.fromisoformat(key) if _DATE.fullmatch(key) else None
                except ValueError:
                    day = None
                if day is None:
                    self.notes.append(
                        f"{self.where}:{line + 1}:{col + 1}: opening_hours: exceptions: '{key}' is not a date; "
                        "write it as YYYY-MM-DD, e.g. 2026-12-25"
                    )
                    ok = False
                    continue
                hours = self.hours(day_node, f"exceptions: {key}")
                if hours is None:
                    ok = False
                else:
                    exceptions[day] = hours
        elif exc_node is not None and exc_node.kind != "null":
            self.note(exc_node, "exceptions: write one line per date, e.g. 2026-12-25: closed")
            ok = False
        if not ok:
            return None
        schedule = Schedule(tuple(week), exceptions, tz)
        extra: dict[str, Any] = {}
        if "wake_on_touch" in values:
            extra["wake_on_touch"] = self.seconds(values["wake_on_touch"], "wake_on_touch", 10, 3600, 120)
        if "hook_timeout" in values:
            extra["hook_timeout"] = self.seconds(values["hook_timeout"], "hook_timeout", 1, 120, 10)
        for key in ("display_off", "display_on"):
            if key in values:
                extra[key] = self.command(values[key], key)
        if not any(week) and not any(exceptions.values()):
            self.note(week_node, "every day is closed, so the kiosk never opens; check the week:")
        from dataclasses import replace

        return replace(schedule, **extra)


def from_node(node: Any, where: str) -> tuple[Schedule | None, list[str]]:
    """The schedule in a settings-file node (``where`` is the file's path), and notes for the
    operator. None when it cannot be used: then the kiosk stays open, as without a schedule."""
    reader = _Reader(where)
    schedule = reader.read(node)
    if schedule is None:
        reader.notes.append(f"{where}: opening_hours not used because of the problems above: the kiosk stays open")
    return schedule, reader.notes


class Closing:
    """Whether the closed screen shows, over time: the schedule, plus a touch while closed that
    wakes the kiosk for ``wake_on_touch`` seconds after the last activity. The Qt side
    (kiosk.ui.hours) calls :meth:`update` from a timer, :meth:`touched` for a touch on the closed
    screen (that touch is swallowed, never a tap) and :meth:`activity` for visitors' input; each
    returns ``"close"``, ``"open"`` or None, what to do now. ``now`` is an aware datetime."""

    def __init__(self, schedule: Schedule) -> None:
        self.schedule = schedule
        self.closed = False  # the closed screen is showing
        self.awake_until: datetime | None = None  # woken by a touch while closed, until then

    def update(self, now: datetime) -> str | None:
        if self.schedule.is_open(now) or (self.awake_until is not None and now >= self.awake_until):
            self.awake_until = None
        want = not self.schedule.is_open(now) and self.awake_until is None
        if want != self.closed:
            self.closed = want
            return "close" if want else "open"
        return None

    def touched(self, now: datetime) -> str | None:
        if not self.closed:
            return None
        self.awake_until = now + timedelta(seconds=self.schedule.wake_on_touch)
        return self.update(now)

    def activity(self, now: datetime) -> None:
        if self.awake_until is not None:
            self.awake_until = max(self.awake_until, now + timedelta(seconds=self.schedule.wake_on_touch))

    def next_check(self, now: datetime) -> float:
        """Seconds until :meth:`update` should run again (at most a minute: a clock set by NTP may jump)."""
        times = [t for t in (self.schedule.next_change(now), self.awake_until) if t is not None]
        wait = min((t - now).total_seconds() for t in times) if times else 60.0
        return min(60.0, max(0.5, wait + 0.05))


class HookRunner:
    """Runs the display hook in a thread of its own, one at a time, killed after a timeout: a hung
    ``cec-ctl`` never blocks the screen. When a run is asked for while one is going, only the
    latest request runs next (closing then opening quickly ends with the display on)."""

    def __init__(self, timeout: float, run: Callable[..., Any] | None = None) -> None:
        self.timeout = timeout
        self._run = run  # subprocess.run unless a test gives another
        self._lock = threading.Lock()
        self._next: Sequence[str] | None = None
        self._busy = False
        self._thread: threading.Thread | None = None
        self.results: list[tuple[tuple[str, ...], str]] = []  # (command, outcome), for the operator and tests

    def request(self, command: Sequence[str]) -> None:
        if not command:
            return
        with self._lock:
            self._next = tuple(command)
            if self._busy:
                return
            self._busy = True
        self._thread = threading.Thread(target=self._loop, name="display-hook", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the runs asked for so far (tests, shutdown)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _loop(self) -> None:
        while True:
            with self._lock:
                command, self._next = self._next, None
                if command is None:
                    self._busy = False
                    return
            self.results.append((tuple(command), self._once(tuple(command))))

    def _once(self, command: tuple[str, ...]) -> str:
        import subprocess  # here, not before the kiosk's first frame (~5 ms of imports)

        try:
            done = (self._run or subprocess.run)(
                list(command), timeout=self.timeout, capture_output=True, check=False, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired:
            outcome = f"killed after {self.timeout:g} s"
        except OSError as exc:
            outcome = f"could not start ({exc.strerror or exc})"
        else:
            outcome = "ok" if done.returncode == 0 else f"exit {done.returncode}"
        level = logging.INFO if outcome == "ok" else logging.WARNING
        log.log(level, "schedule: display hook %s: %s", command[0], outcome)
        return outcome
