"""The kiosk must not leak references to ``True``, ``False`` or ``None`` (issue 10).

On Python 3.11 these are ordinary objects with a reference count: a binding that returns one of
them without counting it (PySide6 6.12.0 does, for every signal emitted from Python and every
Qt read of a property that returns ``None``) lowers the count a little at a time, and the
interpreter aborts when it reaches zero. That was a crash after about 15 unattended visits.

These tests drive the real interface through many visits and assert that the counts come back to
where they were. From Python 3.12 the three objects are immortal: their counts are no longer
kept (a count read there moves with extensions built for older Pythons and means nothing), and
nothing can free them, so there is nothing to measure. CI runs on 3.11, the oldest supported
Python (tests/test_supported_python.py), where these tests bite.
"""

from __future__ import annotations

import gc
import sys

import pytest

from tests.ui.conftest import Visitor

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="True, False and None are immortal from Python 3.12: their reference counts are not kept",
)

#: How far a count may move between two rounds that end in the same state: a few objects that
#: hold True/False/None may still be alive or already gone. A leak of one reference a signal moves
#: the counts by hundreds a round.
SLACK = 40


def counts() -> dict[str, int]:
    gc.collect()
    return {"True": sys.getrefcount(True), "False": sys.getrefcount(False), "None": sys.getrefcount(None)}


def drift(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {name: after[name] - before[name] for name in before}


def one_visit(visitor: Visitor, n: int) -> None:
    """A visitor who reads a little, switches language and text size, then walks away."""
    visitor.tap("attractTouchArea")
    assert visitor.visit.screen == "home"
    visitor.tap(f"sectionCard_{n % 3}")
    visitor.tap("nextButton")
    for code in ("fr", "en", "vi"):
        visitor.tap(f"lang_{code}")
    visitor.tap("displayButton")
    for step in (1, 2, 3, 0):  # 100 % → 140 % → 170 % → 200 % → 100 %
        visitor.tap(f"textSize_{step}")
    visitor.tap("contrastHigh")
    visitor.tap("contrastStandard")
    visitor.tap("closeDisplay")
    visitor.tap("previousButton")
    visitor.tap("homeButton")
    visitor.tap(f"sectionCard_{(n + 1) % 3}")
    # Nobody touches the screen: the warning, then its countdown a second at a time, then the reset.
    visitor.idle_for(121)
    assert visitor.find("idleOverlay").isVisible()
    for _ in range(30):
        visitor.idle_for(1)
    assert visitor.visit.screen == "attract"


def test_many_visits_leave_the_counts_of_true_false_and_none_where_they_were(visitor: Visitor) -> None:
    for n in range(2):  # warm-up: every screen, language and text size built once
        one_visit(visitor, n)
    start = counts()
    # Six visits: a leak of one reference a signal loses hundreds a visit (SLACK is 40), so the
    # first visit already shows it; the rest show that the counts stay put, not that they drift
    # slowly (CI time: each visit is about 15 s on the software renderer).
    for n in range(6):
        one_visit(visitor, n)
        moved = drift(start, counts())
        # Checked every round, so that a leak fails the test long before a count reaches zero
        # (which would abort the whole test run instead).
        assert all(d > -SLACK for d in moved.values()), f"references lost after {n + 1} visits: {moved}"
    moved = drift(start, counts())
    # True and False come back to where they were. None may only gain: PySide6 6.11 keeps a few
    # extra references to None each time an event loop runs (harmless: an object with spare
    # references is never freed, and None never is), so only a loss of None is a fault.
    assert abs(moved["True"]) <= SLACK and abs(moved["False"]) <= SLACK, moved
    assert moved["None"] > -SLACK, moved


def test_a_visitor_pressing_text_size_hundreds_of_times_cannot_crash_the_kiosk(visitor: Visitor) -> None:
    visitor.tap("attractTouchArea")
    visitor.tap("sectionCard_0")
    visitor.tap("displayButton")
    for step in range(4):
        visitor.tap(f"textSize_{step}")
    start = counts()
    # 120 presses, checked every 30: one lost reference a press would be 120 past SLACK.
    for n in range(120):
        visitor.tap(f"textSize_{n % 4}")
        if n % 30 == 29:
            moved = drift(start, counts())
            assert all(d > -SLACK for d in moved.values()), f"references lost after {n + 1} presses: {moved}"
    assert visitor.visit.textScale == 2.0  # 120 presses: the last on the fourth size
