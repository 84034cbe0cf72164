"""The operator's way in and out, driven by touch: corner taps, the PIN pad, the panel."""

from __future__ import annotations

from unittest import mock

import pytest

from tests.ui.conftest import Visitor

pytestmark = pytest.mark.ui


def _type_pin(visitor: Visitor, digits: str) -> None:
    for d in digits:
        visitor.tap(f"pinKey_{d}")
    visitor.tap("pinKey_OK")


def _tap_corner(visitor: Visitor, times: int) -> None:
    for _ in range(times):
        visitor.clock.advance(0.3)
        visitor.tap("operatorCorner")


def test_five_corner_taps_and_the_pin_open_the_operator_panel_with_its_problems(make_visitor) -> None:
    from kiosk.content.model import Problem

    problem = Problem("exhibits/x.yaml", 3, 1, "unknown field 'titel'", "write 'title'", code="field-unknown")
    visitor = make_visitor(operator_pin="4071", windowed=False, problems=[problem])
    visitor.tap("attractScreen")
    _tap_corner(visitor, 4)
    assert not visitor.find_all("pinPad")  # four taps are not enough
    _tap_corner(visitor, 1)
    assert visitor.find("pinPad")

    _type_pin(visitor, "1234")
    assert visitor.find_all("pinPad") and not visitor.find_all("operatorPanel")
    _type_pin(visitor, "4071")
    assert not visitor.find_all("pinPad")
    panel = visitor.find("operatorPanel")
    assert panel
    assert visitor.find("operatorProblemsTitle").property("text").endswith("1")
    # typed from the loader to the panel: where it is, its code, what is wrong and what to write
    assert visitor.find("operatorProblemText").property("text") == (
        "exhibits/x.yaml:3:1: error [field-unknown]: unknown field 'titel'"
    )
    assert visitor.find("operatorProblemHint").property("text") == "→ write 'title'"

    visitor.tap("closeOperatorButton")
    assert not visitor.find_all("operatorPanel")


def test_wrong_pins_lock_the_pad_and_cancel_goes_back_to_the_visit(make_visitor) -> None:
    visitor = make_visitor(operator_pin="4071", windowed=False)
    visitor.operator.request()
    visitor.settle()
    for _ in range(5):
        _type_pin(visitor, "9999")
    assert visitor.operator.pinMessage == "locked"
    _type_pin(visitor, "4071")  # the right PIN is refused while locked
    assert not visitor.find_all("operatorPanel")
    visitor.tap("pinCancel")
    assert not visitor.find_all("pinPad")


def test_a_full_screen_kiosk_with_no_pin_has_no_way_in(make_visitor) -> None:
    visitor = make_visitor(windowed=False)
    _tap_corner(visitor, 5)
    assert not visitor.find_all("pinPad") and not visitor.find_all("operatorPanel")


def test_exit_needs_two_taps_and_the_idle_reset_closes_the_panel(make_visitor) -> None:
    visitor = make_visitor()  # a lab window: no PIN needed
    visitor.operator.request()
    visitor.settle()
    assert visitor.find("operatorPanel")
    with mock.patch("kiosk.ui.app.QGuiApplication.quit") as quit_app:
        visitor.tap("exitKioskButton")
        assert not visitor.kiosk.exit_requested  # one tap only asks "tap again to exit"
        visitor.tap("exitKioskButton")
        assert visitor.kiosk.exit_requested
        quit_app.assert_called_once()
    visitor.tap("closeOperatorButton")
    visitor.operator.request()
    visitor.settle()

    visitor.idle_for(121)
    visitor.idle_for(31)
    assert not visitor.find_all("operatorPanel")
