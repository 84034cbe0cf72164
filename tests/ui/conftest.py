"""Drive the kiosk offscreen as a visitor would. Any QML warning fails a test (pyproject:
qt_log_level_fail), and a test that leaves a window, a thread or a running timer behind fails too."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.content import load
from kiosk.content.model import Exhibit
from kiosk.ui.app import Kiosk  # registers the QML types before any engine loads
from kiosk.ui.content import Content
from kiosk.ui.fonts import load_fonts
from kiosk.ui.idle import Idle
from kiosk.ui.inspect import settle
from kiosk.ui.operatorpanel import Operator
from kiosk.ui.visit import Visit

SAMPLE = Path(__file__).resolve().parent.parent / "sample"


@pytest.fixture(scope="session")
def qapp_cls() -> type[QGuiApplication]:
    return QGuiApplication


@pytest.fixture(scope="session")
def sample_exhibit() -> Exhibit:
    result = load(SAMPLE)
    assert not result.problems, [p.format() for p in result.problems]
    return result.exhibits[0]


@pytest.fixture(scope="session")
def built_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What ``kiosk assets build`` makes for the sample (pictures and spoken narration), once."""
    from kiosk.assets import build
    from kiosk.media.narration import plan

    out = tmp_path_factory.mktemp("built")
    result = load(SAMPLE)
    report = build(SAMPLE, out, result=result, extra_jobs=plan(result, out), workers=2, progress=False)
    assert report.ok, [p.format() for p in report.problems]
    return out


@pytest.fixture(scope="session")
def built_bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What ``kiosk assets build`` makes for the bundled exhibit, once: a clean clone (CI) has
    no derivatives, and without them a section has no narration to listen to."""
    from kiosk import BUNDLED_CONTENT
    from kiosk.assets import build
    from kiosk.media.narration import plan

    out = tmp_path_factory.mktemp("built-bundled")
    result = load(BUNDLED_CONTENT)
    report = build(BUNDLED_CONTENT, out, result=result, extra_jobs=plan(result, out), workers=2, progress=False)
    assert report.ok, [p.format() for p in report.problems]
    return out


@pytest.fixture(scope="session", autouse=True)
def fonts(qapp: QGuiApplication) -> list[str]:
    families = load_fonts()
    assert "Noto Sans" in families
    return families


@dataclass
class FakeClock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Visitor:
    """A kiosk plus the hands of someone using it."""

    kiosk: Kiosk
    clock: FakeClock
    touch_device: object = field(default=None)
    #: The content the kiosk was given: what the visitor can expect to find on its screens.
    exhibit: Exhibit | None = None

    @property
    def visit(self) -> Visit:
        return self.kiosk.visit

    @property
    def content(self) -> Content:
        return self.kiosk.content

    @property
    def idle(self) -> Idle:
        return self.kiosk.idle

    @property
    def operator(self) -> Operator:
        return self.kiosk.operator

    @property
    def window(self):  # type: ignore[no-untyped-def]
        return self.kiosk.window

    def settle(self) -> None:
        settle(self.window, ms=20)

    def find(self, name: str) -> QQuickItem:
        """The visible item called ``name`` that is on screen (top-down walk of the visual tree)."""
        found = self.find_all(name)
        assert found, f"no visible item named {name!r} on screen"
        return found[0]

    def find_all(self, name: str, on_screen: bool = True) -> list[QQuickItem]:
        """Visible items called ``name``; only those on screen unless ``on_screen`` is False (a
        list keeps its neighbouring delegates alive just off screen, where no finger reaches)."""
        out: list[QQuickItem] = []
        gc.collect()  # drop wrappers of deleted QML items before walking (see kiosk.ui.inspect)
        screen = QRectF(0, 0, self.window.width(), self.window.height())

        def visit(item: QQuickItem) -> None:
            if not item.isVisible():
                return
            if item.objectName() == name:
                rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
                if not on_screen or rect.intersects(screen) or (rect.isEmpty() and screen.contains(rect.topLeft())):
                    out.append(item)
            for child in item.childItems():
                visit(child)

        visit(self.window.contentItem())
        return out

    def centre(self, item: QQuickItem) -> QPoint:
        return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()

    def tap(self, target: QQuickItem | str) -> None:
        """A finger tap: touch press and release on the middle of the item."""
        item = self.find(target) if isinstance(target, str) else target
        point = self.centre(item)
        QTest.touchEvent(self.window, self.touch_device).press(0, point).commit()
        QTest.touchEvent(self.window, self.touch_device).release(0, point).commit()
        self.settle()

    def tap_at(self, item: QQuickItem, fx: float, fy: float = 0.5) -> None:
        """A finger tap at a fraction of the item's width and height."""
        point = item.mapToScene(QPointF(item.width() * fx, item.height() * fy)).toPoint()
        QTest.touchEvent(self.window, self.touch_device).press(0, point).commit()
        QTest.touchEvent(self.window, self.touch_device).release(0, point).commit()
        self.settle()

    def click(self, target: QQuickItem | str) -> None:
        item = self.find(target) if isinstance(target, str) else target
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, self.centre(item))
        self.settle()

    def swipe(self, start: QPoint, end: QPoint, steps: int = 16, ms: int = 16) -> None:
        """A quick one-finger swipe (with flick velocity)."""
        QTest.touchEvent(self.window, self.touch_device).press(0, start).commit()
        for i in range(1, steps + 1):
            QTest.qWait(ms)
            p = start + (end - start) * (i / steps)
            QTest.touchEvent(self.window, self.touch_device).move(0, p).commit()
        QTest.touchEvent(self.window, self.touch_device).release(0, end).commit()
        settle(self.window, ms=200)

    def pinch(self, centre: QPoint, start_gap: int, end_gap: int, steps: int = 10) -> None:
        """Two fingers moving apart (zoom in) or together (zoom out) around ``centre``."""

        def points(gap: float) -> tuple[QPoint, QPoint]:
            half = int(gap / 2)
            return centre - QPoint(half, 0), centre + QPoint(half, 0)

        a, b = points(start_gap)
        QTest.touchEvent(self.window, self.touch_device).press(0, a).press(1, b).commit()
        for i in range(1, steps + 1):
            QTest.qWait(10)
            a, b = points(start_gap + (end_gap - start_gap) * i / steps)
            QTest.touchEvent(self.window, self.touch_device).move(0, a).move(1, b).commit()
        QTest.touchEvent(self.window, self.touch_device).release(0, a).release(1, b).commit()
        self.settle()

    def idle_for(self, seconds: float) -> None:
        """Nobody touches the screen for ``seconds`` (on the fake clock), then the timer ticks."""
        self.clock.advance(seconds)
        self.idle.tick()
        self.settle()

    def key(self, key: Qt.Key) -> None:
        QTest.keyClick(self.window, key)
        self.settle()

    def open_panel_of_kind(self, kind: str) -> int:
        """Go to the first panel of ``kind`` in the exhibit; returns its index."""
        return self._open(lambda panel: panel.kind == kind, f"{kind} panel")

    def open_panel(self, panel_id: str) -> int:
        """Go to the panel called ``panel_id``; returns its index."""
        return self._open(lambda panel: panel.id == panel_id, f"panel {panel_id!r}")

    def _open(self, wanted: Callable[[Any], bool], what: str) -> int:
        for s, section in enumerate(self.exhibit.sections):
            for p, panel in enumerate(section.panels):
                if wanted(panel):
                    if self.visit.screen == "attract":
                        self.visit.start()
                    self.visit.openSection(s)
                    self.visit.goToPanel(p)
                    self.settle()
                    return p
        raise AssertionError(f"the exhibit has no {what}")


@pytest.fixture
def make_visitor(
    qapp: QGuiApplication, sample_exhibit: Exhibit, built_sample: Path
) -> Iterator[Callable[..., Visitor]]:
    made: list[Kiosk] = []
    device = QTest.createTouchDevice()
    threads_before = set(threading.enumerate())

    def make(
        size: tuple[int, int] = (1920, 1080), exhibit: Exhibit | None = sample_exhibit, **kwargs: object
    ) -> Visitor:
        clock = FakeClock()
        kwargs.setdefault("built", built_sample)
        kiosk = Kiosk(exhibit, size=size, clock=clock, **kwargs)  # type: ignore[arg-type]
        kiosk.engine.singletonInstance("Kiosk", "Theme").setProperty("motion", False)
        made.append(kiosk)
        visitor = Visitor(kiosk, clock, device, exhibit)
        visitor.settle()
        return visitor

    yield make
    for kiosk in made:
        kiosk.close()
    QTest.qWait(10)
    # Titles, not repr(): a window's QML type may already be gone with its engine.
    left = [w.title() or w.objectName() or "untitled" for w in QGuiApplication.topLevelWindows() if w.isVisible()]
    assert not left, f"the test left windows open: {left}"
    # Nothing else outlives the kiosks: no thread (a content loader has a few seconds to finish)...
    for thread in set(threading.enumerate()) - threads_before:
        thread.join(timeout=5)
    threads = [t.name for t in set(threading.enumerate()) - threads_before]
    assert not threads, f"the test left threads running: {threads}"
    # ...and no running timer (a wrapper whose Qt object is gone is harmless).
    gc.collect()
    timers = [o for o in gc.get_objects() if isinstance(o, QTimer) and shiboken6.isValid(o) and o.isActive()]
    assert not timers, f"the test left timers running, every {[t.interval() for t in timers]} ms"


@pytest.fixture
def visitor(make_visitor: Callable[..., Visitor]) -> Visitor:
    return make_visitor()
