"""The operator's way in: PIN, lock-out and the hidden corner gesture, on a fake clock."""

from __future__ import annotations

import argparse

from kiosk.operator import OperatorGate, Verdict, corner_taps
from kiosk.settings import load_settings


def test_right_pin_opens_and_wrong_pin_does_not() -> None:
    gate = OperatorGate("4071")
    assert gate.attempt("1234", 0.0) is Verdict.WRONG
    assert gate.attempt("", 0.0) is Verdict.WRONG
    assert gate.attempt("40710", 0.0) is Verdict.WRONG
    assert gate.attempt("4071", 0.0) is Verdict.OPEN


def test_five_wrong_pins_lock_the_gate_for_a_minute_even_against_the_right_pin() -> None:
    gate = OperatorGate("4071", max_tries=5, lockout=60.0)
    verdicts = [gate.attempt("0000", 10.0 + i) for i in range(5)]
    assert verdicts == [Verdict.WRONG] * 4 + [Verdict.LOCKED]
    assert gate.attempt("4071", 20.0) is Verdict.LOCKED
    assert gate.locked_for(20.0) == 54
    assert gate.attempt("4071", 74.0) is Verdict.OPEN
    assert gate.locked_for(74.0) == 0


def test_a_right_pin_resets_the_count_of_wrong_ones() -> None:
    gate = OperatorGate("4071", max_tries=3)
    gate.attempt("1", 0)
    gate.attempt("2", 0)
    assert gate.attempt("4071", 0) is Verdict.OPEN
    assert gate.attempt("3", 0) is Verdict.WRONG  # one wrong, not three


def test_no_pin_means_no_way_in_on_a_full_screen_kiosk_but_open_in_a_window() -> None:
    assert OperatorGate(None).attempt("", 0) is Verdict.DISABLED
    assert not OperatorGate(None).enabled
    lab = OperatorGate(None, open_without_pin=True)
    assert lab.enabled and not lab.needs_pin
    assert lab.attempt("", 0) is Verdict.OPEN


def test_corner_gesture_needs_five_taps_within_three_seconds() -> None:
    taps: list[float] = []
    # Five taps spread over four seconds: the first ones expire before the fifth comes.
    assert not any(corner_taps(taps, t) for t in (0.0, 1.0, 2.0, 3.5, 3.8))
    assert taps == [1.0, 2.0, 3.5, 3.8]
    assert corner_taps(taps, 3.9)  # 1.0 … 3.9: five taps within three seconds
    assert taps == []  # and the gesture starts afresh


def test_corner_gesture_is_not_completed_by_four_quick_taps() -> None:
    taps: list[float] = []
    assert [corner_taps(taps, t) for t in (0.0, 0.2, 0.4, 0.6)] == [False] * 4
    assert corner_taps(taps, 0.8)


def test_pin_setting_accepts_digits_and_never_logs_a_bad_one(tmp_path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text('operator_pin: "0071"\n', encoding="utf-8")
    settings, notes = load_settings(argparse.Namespace(config=str(good)))
    assert settings.operator_pin == "0071" and notes == []

    bad = tmp_path / "bad.yaml"
    bad.write_text("operator_pin: secret99\n", encoding="utf-8")
    settings, notes = load_settings(argparse.Namespace(config=str(bad)))
    assert settings.operator_pin is None
    assert len(notes) == 1 and "secret99" not in notes[0] and "4 to 8 digits" in notes[0]
