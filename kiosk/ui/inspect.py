"""Look at a drawn screen the way a visitor would: is any text cut off, any target too small?

Used by ``kiosk proof`` and by the UI tests, so a clipped label fails a test as well as a sign-off.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEventLoop, QRectF, QTimer
from PySide6.QtQuick import QQuickItem, QQuickWindow

_SCROLLERS = ("Flickable", "ListView", "GridView")


@dataclass(frozen=True)
class LayoutIssue:
    kind: str  # "clipped", "truncated", "small-target", "crowded-targets"
    what: str  # the text, or the target's name
    detail: str

    def format(self) -> str:
        return f"{self.kind}: {self.what!r}: {self.detail}"


def _class(item: QQuickItem) -> str:
    return item.metaObject().className()


def _shown_items(window: QQuickWindow) -> Iterator[tuple[QQuickItem, QRectF, bool]]:
    """Visible items, top-down, each with the scene area its clipping ancestors leave it and
    whether it sits in a scrollable view.

    Walking down (never up with ``parentItem()``) also sidesteps a PySide refcount bug on the
    ``None`` returned at the root, which crashed the interpreter after a few thousand calls.
    """

    # A Python wrapper kept alive (in a reference cycle, a traceback) after QML deleted its
    # item can be handed back for a new item at the same address; collect such wrappers first.
    gc.collect()

    def visit(item: QQuickItem, area: QRectF, scrolls: bool) -> Iterator[tuple[QQuickItem, QRectF, bool]]:
        if not item.isVisible() or item.opacity() <= 0.01:
            return
        yield item, area, scrolls
        if item.clip():
            area = area.intersected(item.mapRectToScene(QRectF(0, 0, item.width(), item.height())))
        if any(s in _class(item) for s in _SCROLLERS):
            scrolls = bool(item.property("interactive"))
        for child in item.childItems():
            yield from visit(child, area, scrolls)

    yield from visit(window.contentItem(), QRectF(0, 0, window.width(), window.height()), False)


def _images_loading(window: QQuickWindow) -> bool:
    # `status` is an enum PySide cannot convert; an image with a source and progress short of
    # 1.0 is still loading.
    for item, _, _ in _shown_items(window):
        if "QQuickImage" in _class(item) and item.property("source").toString() and item.property("progress") < 1.0:
            return True
    return False


def settle(window: QQuickWindow, ms: int = 60, timeout: float = 5.0) -> None:
    """Let bindings, layout and asynchronous images finish before a screen is judged or grabbed."""
    deadline = time.monotonic() + timeout
    while True:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()
        if not _images_loading(window) or time.monotonic() > deadline:
            return


def _target_name(area: QQuickItem, parent_name: str) -> str:
    return area.objectName() or parent_name or "touch area"


def layout_issues(window: QQuickWindow, touch_px: float) -> list[LayoutIssue]:
    """Every visible text that is cut off, and every touch target smaller than ``touch_px``
    (10 mm) or closer than a fifth of it (2 mm) to the next."""
    issues: list[LayoutIssue] = []
    targets: list[tuple[str, QRectF]] = []
    tolerance = 1.5
    for item, area, scrolls in _shown_items(window):
        cls = _class(item)
        if cls.startswith("QQuickText") and "Input" not in cls and "Edit" not in cls:
            text = str(item.property("text") or "")
            if not text.strip():
                continue
            scene = item.mapRectToScene(item.boundingRect())
            if not scene.intersects(area):
                continue  # off screen (another panel, scrolled away): nobody sees it now
            label = text[:60]
            if item.property("truncated"):
                issues.append(LayoutIssue("truncated", label, "the text is elided or cut to fewer lines"))
            elif not scrolls and not area.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(scene):
                issues.append(
                    LayoutIssue(
                        "clipped",
                        label,
                        f"drawn at {scene.x():.0f},{scene.y():.0f} {scene.width():.0f}x{scene.height():.0f} "
                        f"but only {area.x():.0f},{area.y():.0f} {area.width():.0f}x{area.height():.0f} is visible",
                    )
                )
        elif cls == "QQuickMouseArea" and item.isEnabled():
            scene = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
            if not scene.intersects(area):
                continue
            name = item.objectName() or "touch area"
            if min(scene.width(), scene.height()) + tolerance < touch_px:
                issues.append(
                    LayoutIssue(
                        "small-target", name, f"{scene.width():.0f}x{scene.height():.0f} px < {touch_px:.0f} px (10 mm)"
                    )
                )
            targets.append((name, scene.intersected(area)))  # a finger reaches only what is not clipped away
    gap_px = touch_px / 5
    for i, (name_a, a) in enumerate(targets):
        for name_b, b in targets[i + 1 :]:
            if a.intersects(b):
                continue  # nested or stacked (a button on a scrim): one target at a time
            dx = max(b.left() - a.right(), a.left() - b.right(), 0.0)
            dy = max(b.top() - a.bottom(), a.top() - b.bottom(), 0.0)
            if max(dx, dy) + tolerance < gap_px:
                issues.append(
                    LayoutIssue(
                        "crowded-targets",
                        f"{name_a} / {name_b}",
                        f"{max(dx, dy):.0f} px apart < {gap_px:.0f} px (2 mm)",
                    )
                )
    return issues
