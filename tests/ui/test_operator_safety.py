"""The PIN pad, driven by touch: wrong tries logged without digits, a lock-out that survives a
restart, a pad left open on the attract loop that closes at the idle reset (issue 15, item 7)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk.operator import hash_pin
from tests.ui.conftest import Visitor

pytestmark = pytest.mark.ui


def _type_pin(visitor: Visitor, digits: str) -> None:
    for d in digits:
        visitor.tap(f"pinKey_{d}")
    visitor.tap("pinKey_OK")


def _open_pad(visitor: Visitor) -> None:
    for _ in range(5):
        visitor.clock.advance(0.3)
        visitor.tap("operatorCorner")
    assert visitor.find("pinPad")


def test_a_pin_pad_opened_on_the_attract_loop_closes_at_the_idle_reset(make_visitor) -> None:
    visitor = make_visitor(operator_pin="4071", windowed=False, idle_timeout=60)
    assert visitor.visit.screen == "attract"
    _open_pad(visitor)
    visitor.idle_for(61)  # the warning
    visitor.idle_for(31)  # and the reset
    assert not visitor.find_all("pinPad")
    assert visitor.visit.screen == "attract"


def test_every_wrong_pin_is_logged_without_its_digits(make_visitor, caplog: pytest.LogCaptureFixture) -> None:
    visitor = make_visitor(operator_pin_hash=hash_pin("4071"), windowed=False)
    _open_pad(visitor)
    with caplog.at_level(logging.INFO):
        _type_pin(visitor, "9876")
        _type_pin(visitor, "5432")
    wrong = [r.getMessage() for r in caplog.records if "wrong PIN" in r.getMessage()]
    assert len(wrong) == 2 and "1 of 5" in wrong[0] and "2 of 5" in wrong[1]
    assert not any(d in caplog.text for d in ("9876", "5432", "4071"))
    _type_pin(visitor, "4071")  # the hashed PIN opens the panel
    assert visitor.find("operatorPanel")


def test_the_lock_out_holds_in_the_next_kiosk(make_visitor, tmp_path: Path) -> None:
    lock = tmp_path / "state" / "operator-lockout.json"
    first = make_visitor(operator_pin="4071", windowed=False, lockout_file=lock)
    _open_pad(first)
    for _ in range(5):
        _type_pin(first, "9999")
    assert first.operator.pinMessage == "locked"
    # a crash or a restart: a new kiosk shares only the file with this one

    second = make_visitor(operator_pin="4071", windowed=False, lockout_file=lock)
    _open_pad(second)
    assert second.operator.pinMessage == "locked"  # the pad says so at once
    _type_pin(second, "4071")
    assert not second.find_all("operatorPanel")
