"""The start-up check of the Qt binding (kiosk.ui.binding): a PySide6 that loses references to
True, False or None on this Python is named to the operator, not left to crash on the floor."""

from __future__ import annotations

import ctypes
import sys

import pytest

from kiosk.ui import binding
from kiosk.ui.inspect import class_name
from tests.ui.conftest import Visitor

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="True, False and None are immortal from Python 3.12: nothing can be lost"
)


def test_the_installed_pyside6_keeps_count_of_true_false_and_none() -> None:
    # This is what keeps a leaking release out: CI installs what pyproject.toml allows.
    assert binding.reference_leak() is None


def leaking(probe: binding.Probe) -> None:
    """A binding with 6.12.0's fault: every emit hands back a True it did not count."""
    for _ in range(binding.CALLS):
        probe.changed.emit()
        ctypes.pythonapi.Py_DecRef(ctypes.py_object(True))


def test_a_leaking_binding_is_named_and_the_check_itself_costs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(binding, "exercise", leaking)
    before = sys.getrefcount(True)
    line = binding.reference_leak()
    assert line is not None
    assert "PySide6" in line and f"Python {sys.version.split()[0]}" in line and "docs/pyside6-refcount.md" in line
    assert abs(sys.getrefcount(True) - before) <= 2  # what the probe took was given back


def test_the_operator_panel_lists_a_leaking_binding(make_visitor, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(binding, "exercise", leaking)
    visitor: Visitor = make_visitor(operator_pin="4071", windowed=False)
    binding.check(visitor.kiosk.operator.report)
    visitor.tap("attractScreen")
    for _ in range(5):
        visitor.clock.advance(0.3)
        visitor.tap("operatorCorner")
    for digit in "4071":
        visitor.tap(f"pinKey_{digit}")
    visitor.tap("pinKey_OK")
    assert visitor.find("operatorProblemsTitle").property("text").endswith("1")
    shown: list[str] = []

    def walk(item) -> None:  # type: ignore[no-untyped-def]
        if item.isVisible() and "Text" in class_name(item):
            shown.append(str(item.property("text") or ""))
        for child in item.childItems():
            walk(child)

    walk(visitor.find("operatorPanel"))
    assert any("PySide6" in text and "docs/pyside6-refcount.md" in text for text in shown), shown
