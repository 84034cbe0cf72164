"""The visitor's volume stays in the operator's range and comes back at the idle reset."""

from kiosk.sound import Sound


def test_the_volume_moves_in_steps_within_the_operators_range() -> None:
    sound = Sound(low=25, high=85, start=70)
    assert sound.level == 70 and sound.can_louder and sound.can_quieter
    assert sound.louder() and sound.level == 80
    assert sound.louder() and sound.level == 85 and not sound.can_louder
    assert not sound.louder() and sound.level == 85
    for _ in range(10):
        sound.quieter()
    assert sound.level == 25 and not sound.can_quieter
    assert sound.louder() and sound.level == 30  # back onto the steps
    assert sound.set(200) and sound.level == 85


def test_the_reset_restores_the_start_level_and_turns_description_and_signing_off() -> None:
    sound = Sound(low=20, high=100, start=60)
    sound.quieter()
    sound.describing = sound.signing = True
    sound.reset()
    assert (sound.level, sound.describing, sound.signing) == (60, False, False)


def test_a_start_level_outside_the_range_is_moved_into_it() -> None:
    assert Sound(low=30, high=50, start=90).level == 50
