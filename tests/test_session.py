"""The idle clock, driven by a fake clock: no sleeping, exact boundaries."""

import pytest

from kiosk.session import Change, Session, State


def test_a_touch_on_the_attract_loop_starts_a_visit() -> None:
    s = Session(timeout=120, warning=30)
    assert s.state is State.ATTRACT
    assert s.touch(0) is Change.STARTED
    assert s.state is State.ACTIVE


def test_warning_comes_exactly_at_the_timeout_and_reset_after_the_warning() -> None:
    s = Session(timeout=120, warning=30)
    s.touch(0)
    assert s.tick(119.9) is Change.NONE
    assert s.tick(120) is Change.WARNED
    assert s.state is State.WARNING
    assert s.remaining(120) == 30
    assert s.remaining(135.5) == 15
    assert s.tick(149.9) is Change.NONE
    assert s.tick(150) is Change.RESET
    assert s.state is State.ATTRACT
    assert s.remaining(150) == 0


def test_any_touch_restarts_the_idle_count() -> None:
    s = Session(timeout=120, warning=30)
    s.touch(0)
    s.touch(100)
    assert s.tick(219) is Change.NONE
    assert s.tick(220) is Change.WARNED


def test_continue_dismisses_the_warning_and_restarts_the_count() -> None:
    s = Session(timeout=10, warning=5)
    s.touch(0)
    s.tick(10)
    assert s.continue_visit(12) is Change.CONTINUED
    assert s.state is State.ACTIVE
    assert s.tick(21) is Change.NONE
    assert s.tick(22) is Change.WARNED


def test_continue_outside_the_warning_does_nothing() -> None:
    s = Session(timeout=10, warning=5)
    assert s.continue_visit(1) is Change.NONE
    s.touch(0)
    assert s.continue_visit(1) is Change.NONE


def test_start_over_resets_from_any_state() -> None:
    s = Session(timeout=10, warning=5)
    s.touch(0)
    assert s.start_over(3) is Change.RESET
    assert s.state is State.ATTRACT


def test_playing_narration_is_not_idle_time() -> None:
    s = Session(timeout=10, warning=5)
    s.touch(0)
    s.set_media_playing(True, 5)
    assert s.tick(500) is Change.NONE
    s.set_media_playing(False, 600)
    assert s.tick(609) is Change.NONE
    assert s.tick(610) is Change.WARNED


def test_reset_stops_media() -> None:
    s = Session(timeout=10, warning=5)
    s.touch(0)
    s.set_media_playing(True, 1)
    s.start_over(2)
    assert not s.media_playing


@pytest.mark.parametrize(("timeout", "warning"), [(0, 30), (120, 0), (-1, 5)])
def test_nonsense_settings_are_refused(timeout: float, warning: float) -> None:
    with pytest.raises(ValueError):
        Session(timeout=timeout, warning=warning)
