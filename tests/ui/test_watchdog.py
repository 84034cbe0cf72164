"""The systemd watchdog, against a fake NOTIFY_SOCKET the test reads (issue 15, item 1): READY=1
after the first frame, WATCHDOG=1 while frames are drawn, silence while the GUI thread is blocked
or the window draws nothing."""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

pytestmark = pytest.mark.ui


@dataclass
class FakeSystemd:
    """A Unix datagram socket where the kiosk's notifications arrive, stamped on arrival."""

    path: Path
    got: list[tuple[float, str]] = field(default_factory=list)

    def pings(self, start: float, end: float) -> int:
        return sum(1 for t, m in self.got if start <= t <= end and "WATCHDOG=1" in m)


@pytest.fixture
def systemd(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSystemd]:
    folder = Path(tempfile.mkdtemp(prefix="kn", dir="/tmp"))  # a socket path must be short
    fake = FakeSystemd(folder / "notify")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(fake.path))
    sock.settimeout(0.05)
    running = True

    def read() -> None:
        while running:
            try:
                data = sock.recv(4096)
            except TimeoutError:
                continue
            fake.got.append((time.monotonic(), data.decode()))

    reader = threading.Thread(target=read, name="fake-systemd")
    reader.start()
    monkeypatch.setenv("NOTIFY_SOCKET", str(fake.path))
    monkeypatch.setenv("WATCHDOG_USEC", "600000")  # a ping every 0.2 s
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    yield fake
    running = False
    reader.join()
    sock.close()
    shutil.rmtree(folder)


def test_ready_after_the_first_frame_then_pings_while_drawing(make_visitor, systemd: FakeSystemd) -> None:
    visitor = make_visitor()
    QTest.qWait(1200)
    messages = [m for _, m in systemd.got]
    assert messages and messages[0].startswith("READY=1")
    assert sum("WATCHDOG=1" in m for m in messages) >= 3  # even on a still screen: a frame is asked for
    visitor.tap("attractScreen")  # and during a visit
    start = time.monotonic()
    QTest.qWait(800)
    assert systemd.pings(start, time.monotonic()) >= 2


def test_a_blocked_gui_thread_stops_the_pings_until_it_runs_again(make_visitor, systemd: FakeSystemd) -> None:
    make_visitor()
    QTest.qWait(600)
    assert systemd.pings(0, time.monotonic()) >= 1
    blocked: list[float] = []

    def hang() -> None:  # a slot that does not return for 1.5 s, as a hung binding would
        blocked.append(time.monotonic())
        time.sleep(1.5)
        blocked.append(time.monotonic())

    QTimer.singleShot(0, hang)
    QTest.qWait(100)
    start, end = blocked
    assert systemd.pings(start + 0.05, end) == 0
    QTest.qWait(800)
    assert systemd.pings(end, time.monotonic()) >= 2  # alive again: pinging again


def test_a_window_that_draws_nothing_gets_no_pings(make_visitor, systemd: FakeSystemd) -> None:
    visitor = make_visitor()
    QTest.qWait(400)
    visitor.window.hide()  # nothing is rendered: as if the scene graph had stopped
    QTest.qWait(300)
    start = time.monotonic()
    QTest.qWait(1000)
    assert systemd.pings(start, time.monotonic()) == 0
    visitor.window.show()
    start = time.monotonic()
    QTest.qWait(800)
    assert systemd.pings(start, time.monotonic()) >= 2


def test_closed_hours_keep_the_watchdog_fed_by_the_gui_thread_while_no_frame_is_drawn(
    make_visitor, systemd: FakeSystemd
) -> None:
    """With the display hook the compositor's output is off while closed, so no frame is swapped:
    the pings must come from the GUI thread's timer then (and stop when that thread blocks), and
    frames are required again once the kiosk opens."""
    from datetime import UTC, datetime

    from kiosk.schedule import Schedule
    from kiosk.ui.hours import OpeningHours

    class Clock:
        now = datetime(2026, 12, 1, 19, 0, tzinfo=UTC)  # a Tuesday, after closing

        def __call__(self) -> datetime:
            return self.now

    clock = Clock()
    visitor = make_visitor()
    QTest.qWait(400)
    hours = OpeningHours(visitor.kiosk, Schedule(week=((), ((540, 1080),), (), (), (), (), ()), tz=UTC), clock)
    try:
        assert hours.screen.isVisible()
        visitor.window.hide()  # the output is off: nothing is drawn
        QTest.qWait(300)
        start = time.monotonic()
        QTest.qWait(1000)
        assert systemd.pings(start, time.monotonic()) >= 3  # closed and dark, yet alive

        blocked: list[float] = []

        def hang() -> None:
            blocked.append(time.monotonic())
            time.sleep(1.0)
            blocked.append(time.monotonic())

        QTimer.singleShot(0, hang)
        QTest.qWait(100)
        assert systemd.pings(blocked[0] + 0.05, blocked[1]) == 0  # a blocked GUI thread still stops them

        clock.now = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)  # the next Tuesday's opening
        hours.check()
        assert not hours.screen.isVisible()
        QTest.qWait(300)
        start = time.monotonic()
        QTest.qWait(1000)
        assert systemd.pings(start, time.monotonic()) == 0  # open: frames are required again
        visitor.window.show()
        start = time.monotonic()
        QTest.qWait(800)
        assert systemd.pings(start, time.monotonic()) >= 2
    finally:
        hours.stop()


def test_each_tick_gives_a_still_window_something_to_draw(make_visitor, systemd: FakeSystemd) -> None:
    """On a real boot (cage, Qt Quick's software renderer on Wayland) ``update()`` of a still scene
    swapped no frame, and systemd killed a healthy kiosk every 10 s: each tick moves the clear
    colour by one step of blue and back, so the renderer has something to draw."""
    visitor = make_visitor()
    QTest.qWait(400)
    seen = set()
    for _ in range(6):
        seen.add(visitor.window.color().name())
        QTest.qWait(100)
    assert len(seen) == 2
    a, b = (int(c[1:], 16) for c in seen)
    assert a ^ b == 1  # the blue channel's lowest bit: invisible, and under the content anyway
