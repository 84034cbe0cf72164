"""A long random soak: many random visitor actions on the kiosk, offscreen, as a public kiosk gets.

Run by hand (not a test), after `kiosk assets build`; 100,000 actions take about 45 minutes with
two soaks side by side on the 2-core machine (one for each Python):

    .venv/bin/python bench/soak.py [--actions 100000] [--seed 1] [--python OTHER_PYTHON] [--json F]
                                   [--updates N] [--closed SECONDS] [--settings FILE | --open-all-day]

The kiosk runs in a child process (so a crash or a freeze is seen, not suffered) with the bundled
exhibit and its built media, full screen at 1920x1080, motion on. The mix: random taps (38 %),
taps on a named control on screen (32 %), swipes (12 %), keys (8 %, some with modifiers),
pinches (3 %), bursts of ten fast taps (3 %), long presses (0.5 %), and walking away (3.5 %: the
idle clock jumps into the warning, half the time on to the reset). A bare Qt Quick window gets
the same mix in the same run, for what Qt itself costs. Reported: crashes, freezes (no sample for
three minutes), Qt/QML warnings as the kiosk's log hears them, Python warnings in the log,
memory (RSS, and PSS) per 10,000 actions and its growth after the warm-up, and the drift of the
counts of True, False and None (on Python 3.11, where they can be lost: docs/pyside6-refcount.md).

The kiosk's watchdog heartbeat (kiosk.ui.heartbeat) always runs, pinging a counter instead of
systemd: the longest gap between two pings is reported, and one longer than the unit's
``WatchdogSec=`` (8 s) is a failure, as systemd would have killed the kiosk there. With
``--closed SECONDS`` the opening hours (kiosk.ui.hours, with real display hooks) close the kiosk
half way through: the window is hidden for that long (the hook turned the output off, nothing is
drawn, nobody touches it), then the next opening brings the attract loop back and the visitors
return. ``--settings FILE`` runs the kiosk with the opening hours of a settings file, read as
``kiosk run --config FILE`` reads them, on the real clock and their own timer, as on a kiosk
(closed hours close it: the soak's visitors keep touching the closed screen); ``--open-all-day``
writes one that is open 00:00-24:00 every day with a closed exception 30 days ahead and ``true``
as the display hooks, so the schedule's timer runs all through the soak without closing it.
``--updates N`` runs the kiosk on a release whose content changes every N actions.
Prints a Markdown table for the README; exits 1 if anything went wrong.
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import json
import math
import os
import queue
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_EVERY = 1000
WARM_UP = 10_000
HANG_SECONDS = 180  # a sample is due every 1,000 actions (under a minute)
WATCHDOG_SEC = 8.0  # deploy/kiosk.service's WatchdogSec=

BARE_QML = """
import QtQuick
Window {
    width: 1920; height: 1080
    flags: Qt.Window | Qt.FramelessWindowHint
    visible: true
    color: "#14120f"
    Text { anchors.centerIn: parent; text: "Touch to begin"; color: "white"; font.pixelSize: 48 }
}
"""


# -- the child: one kiosk (or bare window) and a random visitor ---------------------------------


def _memory_mb() -> tuple[float, float, float]:
    """RSS, PSS and private dirty pages. Growth is judged on RSS: PSS and clean private pages move
    whenever another program maps the same libraries (a test run, a second soak), RSS does not."""
    found = {"Rss:": 0, "Pss:": 0, "Private_Dirty:": 0}
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            key = line.split(maxsplit=1)[0]
            if key in found:
                found[key] = int(line.split()[1])
    return found["Rss:"] / 1024, found["Pss:"] / 1024, found["Private_Dirty:"] / 1024


class SoakClock:
    """The kiosk's clock: real time, plus the minutes a visitor 'walks away' for."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset


class Updates:
    """``--updates N``: the kiosk runs on a release (kiosk.update) and watches a copy of the
    content, whose title changes every N actions; the release is made in a child process and
    shown at the next attract loop (kiosk.ui.updates), as on a kiosk whose curator keeps editing."""

    def __init__(self, content: Path) -> None:
        from kiosk.update.releases import Releases

        self.work = Path(tempfile.mkdtemp(prefix="kiosk-soak-"))
        self.source = self.work / "src"
        for part in ("exhibits", "assets"):
            shutil.copytree(content / part, self.source / part)
        self.releases = Releases(self.work / "state")
        kiosk = [sys.executable, "-c", "from kiosk.cli import main; raise SystemExit(main())"]
        made = subprocess.run(
            [*kiosk, "update", str(self.source), "--state-dir", str(self.releases.state_dir), "--no-check"],
            capture_output=True,
            text=True,
        )
        release = self.releases.current()
        if release is None:
            raise SystemExit(f"soak: the first release could not be made: {made.stdout[-500:]}")
        self.release = release
        self.changes = 0

    def watch_for(self, kiosk: object) -> None:
        from kiosk.ui.updates import ContentWatch

        self.watch = ContentWatch(kiosk, self.source, self.releases.state_dir, self.release, period=3600)  # type: ignore[arg-type]
        self.shown = {self.release.id}

    def step(self, done: int, every: int) -> None:
        if done % every == 0:
            self.changes += 1
            exhibit = next(self.source.glob("exhibits/*/exhibit.yaml"))
            text = exhibit.read_text(encoding="utf-8")
            text = re.sub(
                r"^(title:\s*\n\s+\w+: [^\n]*?)(?: \(\d+\))?$", rf"\1 ({self.changes})", text, count=1, flags=re.M
            )
            exhibit.write_text(text, encoding="utf-8")
        if done % 50 == 0:  # the watch's 5 s timer, in actions
            self.watch.tick()
            if self.watch.shown:
                self.shown.add(self.watch.shown)

    def counts(self) -> dict[str, int]:
        return {"changes": self.changes, "shown": len(self.shown) - 1, "releases": len(self.releases.all())}

    def stop(self) -> None:
        self.watch.stop()
        shutil.rmtree(self.work, ignore_errors=True)


class Hours:
    """``--closed SECONDS``: the kiosk's opening hours (09:00-18:00 every day, UTC) on a clock the
    soak sets: open, then closed at 18:00 for SECONDS of real time with the output off (the window
    hidden: no frames), then open at 09:00 the next day."""

    def __init__(self, kiosk: object, window: object, seconds: float) -> None:
        from datetime import UTC, datetime

        from kiosk.schedule import Schedule
        from kiosk.ui.hours import OpeningHours

        self.now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)  # a Tuesday, open
        self.window, self.seconds = window, seconds
        true = shutil.which("true") or "true"
        schedule = Schedule(week=(((540, 1080),),) * 7, tz=UTC, display_off=(true,), display_on=(true,))
        self.hours = OpeningHours(kiosk, schedule, lambda: self.now)
        self.closings = self.openings = 0
        self.closed_pings = 0

    def close_and_open(self, pings: list[float], wait: Callable[[int], None]) -> None:
        from datetime import UTC, datetime

        self.now = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)
        self.hours.check()
        self.closings += self.hours.screen.isVisible()
        self.window.hide()  # type: ignore[attr-defined]  # the display hook turned the output off
        start = time.monotonic()
        while time.monotonic() - start < self.seconds:
            wait(100)
        self.closed_pings = sum(1 for t in pings if t >= start)
        self.now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
        self.hours.check()
        self.window.show()  # type: ignore[attr-defined]
        self.openings += not self.hours.screen.isVisible()

    def counts(self) -> dict[str, object]:
        self.hours.hooks.wait(5)
        return {
            "closings": self.closings,
            "openings": self.openings,
            "closed_seconds": self.seconds,
            "pings_while_closed": self.closed_pings,
            "hooks": [f"{c[0].rsplit('/', 1)[-1]}: {r}" for c, r in self.hours.hooks.results],
        }

    def stop(self) -> None:
        self.hours.stop()


class SettingsHours:
    """``--settings FILE``: the opening hours of a settings file, as ``kiosk run`` starts them
    (kiosk.ui.hours on the real clock, its own timer); counts the schedule's checks."""

    def __init__(self, kiosk: object, file: str) -> None:
        from kiosk.settings import read_file
        from kiosk.ui.hours import OpeningHours

        values, self.notes = read_file(Path(file))
        schedule = values.get("opening_hours")
        if schedule is None:
            raise SystemExit(f"soak: {file} has no usable opening_hours: {self.notes}")
        self.described = schedule.describe()
        self.hours = OpeningHours(kiosk, schedule)
        self.checks = 1  # the one it made as it started
        update = self.hours.closing.update

        def counted(now: object) -> str | None:
            self.checks += 1
            return update(now)  # type: ignore[arg-type]

        self.hours.closing.update = counted  # type: ignore[method-assign]

    def counts(self) -> dict[str, object]:
        self.hours.hooks.wait(5)
        return {
            "schedule": self.described,
            "checks": self.checks,
            "closed_now": self.hours.closing.closed,
            "timer_active": self.hours._timer.isActive(),
            "hooks": [f"{c[0].rsplit('/', 1)[-1]}: {r}" for c, r in self.hours.hooks.results],
            "settings_notes": self.notes,
        }

    def stop(self) -> None:
        self.hours.stop()


def open_all_day(folder: Path, today: datetime.date) -> Path:
    """A settings file whose opening hours are 00:00-24:00 every day, with one closed day 30 days
    from ``today`` (an exception that is read and scheduled, never reached), display hooks ``true``."""
    true = shutil.which("true") or "true"
    week = "".join(f'    {day}: "00:00-24:00"\n' for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
    path = folder / "soak-settings.yaml"
    path.write_text(
        "opening_hours:\n"
        "  timezone: UTC\n"
        f"  week:\n{week}"
        "  exceptions:\n"
        f"    {today + datetime.timedelta(days=30)}: closed\n"
        f"  display_off: [{true}]\n"
        f"  display_on: [{true}]\n",
        encoding="utf-8",
    )
    return path


def child(args: argparse.Namespace) -> int:
    # This script's folder holds bench/kiosk.py, which would shadow the kiosk package.
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    import logging

    from PySide6.QtCore import QByteArray, QPoint, QPointF, QRectF, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickItem, QQuickWindow
    from PySide6.QtTest import QTest

    from kiosk.ui.qtlog import QtLog  # as the kiosk hears Qt: no Python on Qt's threads

    ignore = [re.compile(p) for p in args.ignore]
    qt_warnings: list[str] = []
    ignored = [0]

    def on_qt_message(level: int, category: str, message: str) -> None:  # on the log reader's thread
        if level < logging.WARNING:
            return
        if any(p.search(message) for p in ignore):
            ignored[0] += 1
        else:
            qt_warnings.append(f"{category}: {message}")

    class Collect(logging.Handler):
        def __init__(self) -> None:
            super().__init__(logging.WARNING)
            self.lines: list[str] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.lines.append(f"{record.name}: {record.getMessage()}")

    log_warnings = Collect()
    logging.getLogger().addHandler(log_warnings)
    QtLog(on_qt_message).start()
    app = QGuiApplication(sys.argv[:1])
    clock = SoakClock()
    kiosk = None
    if args.bare:
        engine = QQmlApplicationEngine()
        engine.loadData(QByteArray(BARE_QML.encode()))
        window: QQuickWindow = engine.rootObjects()[0]  # type: ignore[assignment]
    else:
        from kiosk.media.derivatives import default_out
        from kiosk.ui.app import Kiosk
        from kiosk.ui.fonts import load_fonts
        from kiosk.ui.run import load_exhibit

        load_fonts()
        content = Path(args.content)
        built = default_out(content)
        if args.updates:  # the kiosk runs on a release, and its content folder keeps changing
            updates = Updates(content)
            content, built = updates.release.content, updates.release.content / ".derivatives"
        exhibit, problems = load_exhibit(content)
        if exhibit is None:
            print(json.dumps({"error": f"no exhibit in {content}: {problems[:3]}"}), flush=True)
            return 2
        kiosk = Kiosk(exhibit, problems, size=(1920, 1080), windowed=False, clock=clock, built=built)
        window = kiosk.window
        if args.updates:
            updates.watch_for(kiosk)
    pings: list[float] = []
    heartbeat = None
    hours: Hours | SettingsHours | None = None
    if kiosk is not None:  # the watchdog, pinging a list instead of systemd
        from kiosk.ui.heartbeat import Heartbeat

        def ping(message: str) -> bool:
            pings.append(time.monotonic())
            return True

        heartbeat = Heartbeat(window, WATCHDOG_SEC / 3, ping, frames_expected=lambda: kiosk.frames_expected)
        if args.closed:
            hours = Hours(kiosk, window, args.closed)
        elif args.settings:
            hours = SettingsHours(kiosk, args.settings)
    device = QTest.createTouchDevice()
    rnd = random.Random(args.seed)
    width, height = window.width(), window.height()
    screen = QRectF(0, 0, width, height)

    def controls() -> list[QQuickItem]:
        """Named, visible, enabled items on screen: what a visitor would aim a finger at."""
        found: list[QQuickItem] = []

        def visit(item: QQuickItem) -> None:
            if not item.isVisible() or not item.isEnabled() or item.opacity() <= 0.01:
                return
            if item.objectName():
                rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
                if rect.intersects(screen) and rect.width() > 4 and rect.height() > 4:
                    found.append(item)
            for c in item.childItems():
                visit(c)

        visit(window.contentItem())
        return found

    def point() -> QPoint:
        return QPoint(rnd.randrange(width), rnd.randrange(height))

    def tap(p: QPoint) -> None:
        QTest.touchEvent(window, device).press(0, p).commit()
        QTest.touchEvent(window, device).release(0, p).commit()

    def swipe() -> None:
        a = point()
        horizontal = rnd.random() < 0.75
        d = rnd.choice((-1, 1)) * rnd.randrange(200, 900)
        b = QPoint(a.x() + d, a.y()) if horizontal else QPoint(a.x(), a.y() + d // 2)
        QTest.touchEvent(window, device).press(0, a).commit()
        for i in range(1, 7):
            QTest.qWait(5)
            QTest.touchEvent(window, device).move(0, a + (b - a) * (i / 6)).commit()
        QTest.touchEvent(window, device).release(0, b).commit()

    def pinch() -> None:
        c, gap, end = point(), rnd.randrange(60, 300), rnd.randrange(60, 600)
        pa, pb = c - QPoint(gap // 2, 0), c + QPoint(gap // 2, 0)
        QTest.touchEvent(window, device).press(0, pa).press(1, pb).commit()
        for i in range(1, 7):
            QTest.qWait(5)
            g = gap + (end - gap) * i / 6
            pa, pb = c - QPoint(int(g / 2), 0), c + QPoint(int(g / 2), 0)
            QTest.touchEvent(window, device).move(0, pa).move(1, pb).commit()
        QTest.touchEvent(window, device).release(0, pa).release(1, pb).commit()

    keys = [
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Return,
        Qt.Key.Key_Escape,
        Qt.Key.Key_Tab,
        Qt.Key.Key_Space,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_F4,
    ]
    modifiers = [Qt.KeyboardModifier.NoModifier] * 6 + [
        Qt.KeyboardModifier.AltModifier,
        Qt.KeyboardModifier.ControlModifier,
        Qt.KeyboardModifier.ShiftModifier,
    ]

    def walk_away() -> None:
        # The kiosk's idle timer ticks every 250 ms; tick at once instead of waiting for it.
        clock.offset += rnd.choice((121.0, 125.0))  # into the idle warning
        if kiosk is not None:
            kiosk.idle.tick()
        QTest.qWait(10)
        if rnd.random() < 0.5:
            clock.offset += 31.0  # nobody came back: the reset
            if kiosk is not None:
                kiosk.idle.tick()
            QTest.qWait(10)

    done, kinds = 0, {"tap": 0, "control": 0, "swipe": 0, "key": 0, "pinch": 0, "burst": 0, "long": 0, "away": 0}
    started = time.monotonic()

    def sample(final: bool = False) -> None:
        memory = _memory_mb()
        line = {
            "actions": done,
            "seconds": round(time.monotonic() - started, 1),
            "rss_mb": round(memory[0], 2),
            "pss_mb": round(memory[1], 2),
            "dirty_mb": round(memory[2], 2),
            "qt_warnings": len(qt_warnings),
            "ignored": ignored[0],
            "log_warnings": len(log_warnings.lines),
            "true": sys.getrefcount(True),
            "false": sys.getrefcount(False),
            "none": sys.getrefcount(None),
            "screen": kiosk.visit.screen if kiosk else "bare",
        }
        if args.updates:
            line["updates"] = updates.counts()
        if heartbeat is not None:
            times = [started, *pings, time.monotonic()]
            line["pings"] = len(pings)
            line["ping_gap"] = round(max(b - a for a, b in itertools.pairwise(times)), 2)
        if final and hours is not None:
            line["hours"] = hours.counts()
        if final:
            line.update(
                final=True,
                kinds=kinds,
                first_qt_warnings=sorted(set(qt_warnings))[:10],
                first_log_warnings=sorted(set(log_warnings.lines))[:10],
            )
        print(json.dumps(line), flush=True)

    QTest.qWait(200)
    sample()
    while done < args.actions:
        r = rnd.random()
        if r < 0.38:
            kinds["tap"] += 1
            tap(point())
        elif r < 0.70:
            kinds["control"] += 1
            found = controls()
            if found:
                item = rnd.choice(found)
                tap(item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint())
            else:
                tap(point())
        elif r < 0.82:
            kinds["swipe"] += 1
            swipe()
        elif r < 0.90:
            kinds["key"] += 1
            QTest.keyClick(window, rnd.choice(keys), rnd.choice(modifiers))
        elif r < 0.93:
            kinds["pinch"] += 1
            pinch()
        elif r < 0.96:
            kinds["burst"] += 1
            p = point()
            for _ in range(10):
                tap(p)
        elif r < 0.965:
            kinds["long"] += 1
            p = point()
            QTest.touchEvent(window, device).press(0, p).commit()
            QTest.qWait(600)
            QTest.touchEvent(window, device).release(0, p).commit()
        else:
            kinds["away"] += 1
            walk_away()
        QTest.qWait(rnd.choice((0, 2, 5, 10)))
        done += 1
        if args.updates:
            updates.step(done, args.updates)
        if isinstance(hours, Hours) and done == args.actions // 2:
            hours.close_and_open(pings, QTest.qWait)
        if kiosk is not None and kiosk.exit_requested:
            print(json.dumps({"error": f"the kiosk was asked to exit after {done} actions"}), flush=True)
            return 3
        if done % SAMPLE_EVERY == 0:
            sample()
    sample(final=True)
    if hours is not None:
        hours.stop()
    if heartbeat is not None:
        heartbeat.stop()
    if args.updates:
        updates.stop()
    if kiosk is not None:
        kiosk.close()
    del app
    return 0


# -- the parent: runs the children, reads what they report --------------------------------------


def run_child(
    python: str,
    actions: int,
    seed: int,
    bare: bool,
    content: str,
    updates: int = 0,
    closed: float = 0,
    settings: str | None = None,
) -> dict[str, object]:
    ignore = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]["qt_log_ignore"]
    cmd = [
        python,
        str(Path(__file__).resolve()),
        "--child",
        "--actions",
        str(actions),
        "--seed",
        str(seed),
        "--content",
        content,
        *[arg for p in ignore for arg in ("--ignore", p)],
    ]
    if bare:
        cmd.append("--bare")
    else:
        cmd += ["--updates", str(updates), "--closed", str(closed)]
        if settings:
            cmd += ["--settings", settings]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    samples: list[dict[str, object]] = []
    hung: list[str] = []
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True, env=env, cwd=ROOT)
        assert proc.stdout is not None
        lines: queue.Queue[str | None] = queue.Queue()
        reader = threading.Thread(target=lambda: [*map(lines.put, proc.stdout), lines.put(None)], daemon=True)  # type: ignore[union-attr]
        reader.start()
        while True:
            try:
                line = lines.get(timeout=HANG_SECONDS)
            except queue.Empty:  # a frozen screen: no sample for minutes
                done = samples[-1].get("actions", 0) if samples else 0
                hung.append(f"no progress for {HANG_SECONDS} s after {done} actions: the kiosk froze")
                proc.kill()
                break
            if line is None:
                break
            try:
                samples.append(json.loads(line))
            except json.JSONDecodeError:
                continue
            s = samples[-1]
            if "actions" in s and not bare and int(s["actions"]) % 10_000 == 0:  # type: ignore[call-overload]
                print(
                    f"  {s['actions']:>7} actions, {s['seconds']} s, RSS {s['rss_mb']} MB, "
                    f"PSS {s['pss_mb']} MB, private dirty {s['dirty_mb']} MB",
                    file=sys.stderr,
                )
        code = proc.wait()
        err.seek(0)
        lines = err.read().splitlines()
        # A crash: faulthandler's whole report (every thread's stack), so it can be acted on.
        fatal = next((i for i, ln in enumerate(lines) if ln.startswith("Fatal Python error")), None)
        tail = lines[fatal : fatal + 60] if fatal is not None else [ln for ln in lines if "Error" in ln][-5:]
    return {
        "code": code,
        "samples": [s for s in samples if "actions" in s],
        "errors": tail,
        "notes": [s["error"] for s in samples if "error" in s] + hung,
    }


def slope_mb_per_10k(points: list[tuple[float, float]]) -> float:
    if len(points) < 3:
        return float("nan")
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx * 10_000 if sxx else float("nan")


def summarise(name: str, result: dict[str, object], warm_up: int) -> dict[str, object]:
    samples: list[dict[str, object]] = result["samples"]  # type: ignore[assignment]
    code = int(result["code"])  # type: ignore[call-overload]
    last = samples[-1] if samples else {}
    after = [(float(s["actions"]), float(s["rss_mb"])) for s in samples if int(s["actions"]) >= warm_up]  # type: ignore[call-overload]
    blocks = {}
    for s in samples:
        blocks.setdefault(int(s["actions"]) // 10_000, []).append(float(s["rss_mb"]))  # type: ignore[call-overload]
    first = next((s for s in samples if int(s["actions"]) >= warm_up), samples[0] if samples else {})  # type: ignore[call-overload]
    crash = "none" if code == 0 else (f"signal {-code}" if code < 0 else f"exit {code}")
    return {
        "name": name,
        "crash": crash,
        "actions": last.get("actions", 0),
        "seconds": last.get("seconds", 0),
        "qt_warnings": last.get("qt_warnings", "?"),
        "ignored": last.get("ignored", "?"),
        "log_warnings": last.get("log_warnings", "?"),
        "pss_start": samples[0]["pss_mb"] if samples else "?",
        "pss_end": last.get("pss_mb", "?"),
        "rss_start": samples[0]["rss_mb"] if samples else "?",
        "rss_end": last.get("rss_mb", "?"),
        "growth": slope_mb_per_10k(after),
        "blocks": [round(statistics.median(v)) for _, v in sorted(blocks.items())],
        "drift": {k: int(last[k]) - int(first[k]) for k in ("true", "false", "none")} if last and first else {},  # type: ignore[call-overload]
        "kinds": last.get("kinds", {}),
        "updates": last.get("updates"),
        "hours": last.get("hours"),
        "pings": last.get("pings"),
        "ping_gap": last.get("ping_gap"),
        "first_qt_warnings": last.get("first_qt_warnings", []),
        "first_log_warnings": last.get("first_log_warnings", []),
        "errors": result["errors"],
        "notes": result["notes"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=100_000)
    parser.add_argument("--bare-actions", type=int, default=None, help="for the bare window (default: --actions)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--python", default=sys.executable, help="the interpreter to soak (with the kiosk installed)")
    parser.add_argument("--content", default=str(ROOT))
    parser.add_argument("--json", help="also write the summaries to this file")
    parser.add_argument(
        "--updates", type=int, default=0, metavar="N", help="run on a release and change its content every N actions"
    )
    parser.add_argument(
        "--closed",
        type=float,
        default=0,
        metavar="SECONDS",
        help="close the kiosk half way through for this long (opening hours, output off), then open it",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--settings", metavar="FILE", help="run with the opening hours of this settings file")
    which.add_argument(
        "--open-all-day",
        action="store_true",
        help="run with opening hours 00:00-24:00 every day and a closed day 30 days ahead",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ignore", action="append", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args)
    if (args.settings or args.open_all_day) and args.closed:
        parser.error("--closed sets opening hours of its own: use it without --settings or --open-all-day")
    work = Path(tempfile.mkdtemp(prefix="kiosk-soak-settings-"))
    if args.open_all_day:
        args.settings = str(open_all_day(work, datetime.datetime.now(datetime.UTC).date()))

    ask = "import sys, PySide6; print(sys.version.split()[0], PySide6.__version__)"
    version = subprocess.run([args.python, "-c", ask], capture_output=True, text=True, check=True).stdout.split()
    label = f"Python {version[0]}, PySide6 {version[1]}"
    warm_up = min(WARM_UP, args.actions // 5)
    print(f"soak: {label}, {args.actions} actions, seed {args.seed}", file=sys.stderr)
    bare = summarise(
        "bare Qt Quick window",
        run_child(args.python, args.bare_actions or args.actions, args.seed, True, args.content),
        warm_up,
    )
    kiosk = summarise(
        "kiosk",
        run_child(args.python, args.actions, args.seed, False, args.content, args.updates, args.closed, args.settings),
        warm_up,
    )
    shutil.rmtree(work, ignore_errors=True)
    rows = [bare, kiosk]

    def growth(r: dict[str, object]) -> str:
        g = float(r["growth"])  # type: ignore[arg-type]
        return "too short to tell" if math.isnan(g) else f"{g:+.2f} MB / 10,000"

    print(f"\n{label}, seed {args.seed}, {args.actions:,} random actions after a warm-up of {warm_up:,}:\n")
    print(
        "| | actions | time | crash | Qt/QML warnings | RSS start → end (PSS) "
        "| growth after warm-up | True / False / None drift |"
    )
    print("| --- | ---: | ---: | --- | ---: | --- | ---: | --- |")
    for r in rows:
        drift = r["drift"]
        print(
            f"| {r['name']} | {r['actions']:,} | {r['seconds']} s | {r['crash']} | {r['qt_warnings']} "
            f"| {r['rss_start']} → {r['rss_end']} MB ({r['pss_start']} → {r['pss_end']}) "
            f"| {growth(r)} "
            f"| {drift.get('true', '?')} / {drift.get('false', '?')} / {drift.get('none', '?')} |"
        )
    print(f"\nKiosk RSS, median of each 10,000 actions (MB): {' → '.join(map(str, kiosk['blocks']))}")
    print(f"Kiosk actions by kind: {kiosk['kinds']}")
    if kiosk.get("updates"):
        print(f"Content updates while soaking (--updates {args.updates}): {kiosk['updates']}")
    if kiosk.get("hours"):
        how = f"--closed {args.closed:g}" if args.closed else "--open-all-day" if args.open_all_day else "--settings"
        print(f"Opening hours while soaking ({how}): {kiosk['hours']}")
    print(f"Watchdog: {kiosk['pings']} pings, longest gap {kiosk['ping_gap']} s (WatchdogSec={WATCHDOG_SEC:g})")
    print(
        f"Ignored Qt messages (no sound device, pyproject's qt_log_ignore): {kiosk['ignored']}; "
        f"warnings in the kiosk's log: {kiosk['log_warnings']}"
    )
    for r in rows:
        for key in ("first_qt_warnings", "first_log_warnings", "errors", "notes"):
            for line in r[key]:  # type: ignore[attr-defined]
                print(f"  {r['name']} {key}: {line}")
    if args.json:
        Path(args.json).write_text(json.dumps({"label": label, "seed": args.seed, "rows": rows}, indent=1))
    ok = all(r["crash"] == "none" and r["qt_warnings"] == 0 and not r["notes"] for r in rows)
    gap = kiosk["ping_gap"]
    ok = ok and isinstance(gap, int | float) and gap <= WATCHDOG_SEC  # else systemd would have killed it
    if args.closed:
        h = kiosk.get("hours") or {}
        ok = ok and h.get("closings") == 1 and h.get("openings") == 1
    if args.open_all_day:  # open all through: the timer kept checking, nothing closed, no note
        h = kiosk.get("hours") or {}
        ok = ok and not h.get("closed_now") and h.get("timer_active") and not h.get("settings_notes")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
