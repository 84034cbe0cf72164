"""Look at a drawn screen the way a visitor would: is any text cut off, any target too small?

Used by ``kiosk proof`` and by the UI tests, so a clipped label fails a test as well as a sign-off.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRectF, QTimer
from PySide6.QtQuick import QQuickItem, QQuickWindow

_SCROLLERS = ("Flickable", "ListView", "GridView")


@dataclass(frozen=True)
class LayoutIssue:
    kind: str  # clipped, truncated, overflow, small-target, crowded-targets, covered, below-the-fold, out-of-reach
    what: str  # the text, or the target's name
    detail: str

    def format(self) -> str:
        return f"{self.kind}: {self.what!r}: {self.detail}"


def class_name(item: QObject) -> str:
    """``metaObject().className()``. A QML type's meta-object is freed with its engine, but PySide
    keeps its wrapper and hands it back for an item Qt later puts at that address: let it go."""
    meta = item.metaObject()
    name = meta.className()
    if "_QML" in name:  # KButton_QMLTYPE_12, QQuickText_QML_3: built at run time
        shiboken6.invalidate(meta)
    return name


_class = class_name


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


#: Texts that stand where a picture would, under whatever lies on the picture (a map's rings).
_UNDER_TARGETS = frozenset({"pictureAlt"})

#: Touch areas a visitor never sees (the operator's hidden corner), which may lie over anything.
_UNSEEN_TARGETS = frozenset({"operatorCorner"})


def _holds(outer: QRectF, inner: QRectF, slack: float = 1.5) -> bool:
    return outer.adjusted(-slack, -slack, slack, slack).contains(inner)


def _takes_taps(area: QQuickItem) -> bool:  # MouseArea.enabled is its own, not isEnabled()'s
    return area.isEnabled() and bool(area.property("enabled"))


def _target_name(area: QQuickItem, parent_name: str) -> str:
    return area.objectName() or parent_name or "touch area"


def layout_issues(window: QQuickWindow, touch_px: float) -> list[LayoutIssue]:
    """Every visible text that is cut off, and every touch target smaller than ``touch_px``
    (10 mm) or closer than a fifth of it (2 mm) to the next."""
    issues: list[LayoutIssue] = []
    targets: list[tuple[str, QRectF]] = []
    labels: list[tuple[str, QRectF, int]] = []  # text, where, how many targets lie under it
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
            if item.objectName() not in _UNDER_TARGETS:
                labels.append((label, scene.intersected(area), len(targets)))
            if item.property("truncated"):
                issues.append(LayoutIssue("truncated", label, "the text is elided or cut to fewer lines"))
            elif (wide := item.property("contentWidth")) > item.width() + tolerance and item.width() > 0:
                # wider than its own box (a figure that cannot shrink to its column): over its neighbour
                issues.append(LayoutIssue("overflow", label, f"{wide:.0f} px wide in a box of {item.width():.0f} px"))
            elif not scrolls and not area.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(scene):
                issues.append(
                    LayoutIssue(
                        "clipped",
                        label,
                        f"drawn at {scene.x():.0f},{scene.y():.0f} {scene.width():.0f}x{scene.height():.0f} "
                        f"but only {area.x():.0f},{area.y():.0f} {area.width():.0f}x{area.height():.0f} is visible",
                    )
                )
        elif cls == "QQuickMouseArea" and _takes_taps(item):
            scene = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
            if not scene.intersects(area):
                continue
            name = item.objectName() or "touch area"
            if name in _UNSEEN_TARGETS:
                continue
            if min(scene.width(), scene.height()) + tolerance < touch_px:
                issues.append(
                    LayoutIssue(
                        "small-target", name, f"{scene.width():.0f}x{scene.height():.0f} px < {touch_px:.0f} px (10 mm)"
                    )
                )
            targets.append((name, scene.intersected(area)))  # what a finger can reach of it
    # A label half under a touch target (a map's ring on its place name): a target either holds
    # its label whole (a button) or stays clear of it.
    # Only targets drawn after the label (on top of it) and of a button's size or so: a sheet's
    # scrim or a card lies under or around its labels by design.
    for label, rect, first_above in labels:
        above = targets[first_above:]
        if any(_holds(target, rect) for _, target in above):
            continue  # under a sheet (or its own button): not for this check
        if any(max(t.width(), t.height()) > 4 * touch_px and rect.intersects(t) for _, t in above):
            continue  # running under the edge of a sheet laid over the panel
        for name, target in above:
            if max(target.width(), target.height()) > 4 * touch_px:
                continue
            inter = rect.intersected(target)
            if inter.width() > 2 and inter.height() > 2 and not _holds(target, rect) and not _holds(rect, target):
                issues.append(LayoutIssue("covered", label, f"{name} covers part of it"))
                break
    # A target under a later sheet (a scrim or panel that holds it whole) cannot be touched.
    reachable = [
        (name, rect)
        for i, (name, rect) in enumerate(targets)
        if not any(max(t.width(), t.height()) > 4 * touch_px and _holds(t, rect) for _, t in targets[i + 1 :])
    ]
    gap_px = touch_px / 5
    for i, (name_a, a) in enumerate(reachable):
        for name_b, b in reachable[i + 1 :]:
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


#: Controls drawn by the kiosk without a MouseArea of their own (a map's points: one touch area
#: over the map finds the point under the finger).
_DRAWN_TARGETS = ("hotspot_",)
#: Controls reached another way when the button named beside them is within reach: a map's
#: points by its "next place", a timeline's events by "next event" (MapPanel, TimelinePanel).
_STEPPED = {"hotspot_": ("nextPlaceArea",), "eventCardArea": ("nextEventArea", "stepEventsArea")}
#: Touch areas that are not controls: a sheet's body keeps a tap from the scrim under it.
_NOT_CONTROLS = frozenset({"displayCardBody"})


def out_of_reach(window: QQuickWindow, top: float, height_mm: Callable[[float], float]) -> list[LayoutIssue]:
    """Every control a visitor needs (a button, a card, a map's point, a slider, a quiz answer)
    whose centre is above ``top`` pixels from the window's top: out of reach on a wall screen
    (kiosk.reach; ``height_mm`` says how high above the floor a row of pixels is). Sheets and
    areas that cover the screen (a scrim, the attract loop's "touch anywhere") are not controls;
    a map's points (a timeline's events) count as reached when its "next place" ("next event")
    button is."""
    if top <= 0:
        return []
    issues: list[LayoutIssue] = []
    seen: set[str] = set()
    screen_area = window.width() * window.height()
    shown = list(_shown_items(window))
    # A map's points and a timeline's events are reached another way when the buttons that step
    # through them are within reach.
    stepped = {
        name
        for name, steppers in _STEPPED.items()
        if any(
            item.objectName() in steppers
            and item.mapRectToScene(QRectF(0, 0, item.width(), item.height())).center().y() >= top
            for item, _, _ in shown
        )
    }
    for item, area, _ in shown:
        name = item.objectName()
        if _class(item) == "QQuickMouseArea":
            if not _takes_taps(item) or name in _UNSEEN_TARGETS:
                continue
        elif not name.startswith(_DRAWN_TARGETS):
            continue
        if any(name.startswith(prefix) for prefix in stepped):
            continue
        scene = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        if not scene.intersects(area) or scene.isEmpty() or name in _NOT_CONTROLS:
            continue
        if scene.width() * scene.height() > 0.4 * screen_area:
            continue  # a scrim, a sheet, a "touch anywhere": not one control
        centre = scene.intersected(area).center()
        if centre.y() >= top:
            continue
        label = name or "a control"
        if label in seen:
            continue
        seen.add(label)
        issues.append(
            LayoutIssue(
                "out-of-reach",
                label,
                f"its centre is {height_mm(centre.y()):.0f} mm above the floor, above the reach of "
                f"{height_mm(top):.0f} mm (y {centre.y():.0f} px < {top:.0f} px)",
            )
        )
    return issues


def below_the_fold(window: QQuickWindow, within: str = "panelList") -> list[LayoutIssue]:
    """Every panel on screen whose main content scrolls: at the default text size a visitor
    should see all of it without scrolling (the More layer and the Sources sheet may scroll)."""
    issues: list[LayoutIssue] = []
    for root in (i for i in _descendants(window.contentItem()) if i.objectName() == within):
        shown = root.mapRectToScene(QRectF(0, 0, root.width(), root.height()))
        for item in _descendants(root):
            if "Flickable" not in _class(item) or not item.isVisible() or not item.property("interactive"):
                continue
            hidden = float(item.property("contentHeight")) - item.height()
            scene = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
            if hidden > 1 and scene.intersects(shown) and scene.width() > 2 and _on_screen(item, shown):
                share = hidden / max(float(item.property("contentHeight")), 1.0)
                issues.append(
                    LayoutIssue(
                        "below-the-fold",
                        item.objectName() or "a scrolling area",
                        f"{hidden:.0f} px ({share:.0%}) of it is below the fold at the default text size",
                    )
                )
    return issues


def _on_screen(item: QQuickItem, shown: QRectF) -> bool:
    """Mostly within ``shown`` (the panel in view, not the ones either side built ahead)."""
    scene = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    inter = scene.intersected(shown)
    return inter.width() * inter.height() >= 0.5 * scene.width() * scene.height()


def _descendants(item: QQuickItem) -> Iterator[QQuickItem]:
    """Every visible item under ``item`` in the visual tree (a list's delegates are its
    content item's children there, not QObject children of the list)."""
    for child in item.childItems():
        if child.isVisible():
            yield child
            yield from _descendants(child)
