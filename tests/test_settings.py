"""Operator settings: a bad value falls back to the default with a note, never a crash."""

import argparse
from pathlib import Path

import pytest

from kiosk import BUNDLED_CONTENT
from kiosk.settings import Settings, load_settings


def args(**kw: object) -> argparse.Namespace:
    base = {"config": None, "content": None, "lang": None, "idle_timeout": None, "windowed": False}
    base.update(kw)
    return argparse.Namespace(**base)


def test_defaults() -> None:
    settings, notes = load_settings(args())
    assert settings == Settings()
    assert settings.content == BUNDLED_CONTENT
    assert notes == []


def test_a_file_is_read_and_the_command_line_wins(tmp_path: Path) -> None:
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text("language: fr\nidle_timeout: 90\nwindowed: true\n", encoding="utf-8")
    settings, notes = load_settings(args(config=str(cfg), lang="en"))
    assert (settings.language, settings.idle_timeout, settings.windowed) == ("en", 90.0, True)
    assert notes == []


def test_bad_values_fall_back_with_a_note_naming_file_and_key(tmp_path: Path) -> None:
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text("language: German\nidle_timeout: soon\nwindowd: true\n", encoding="utf-8")
    settings, notes = load_settings(args(config=str(cfg)))
    assert settings == Settings()
    assert len(notes) == 3
    assert all(str(cfg) in n for n in notes)
    assert any("'language'" in n and "vi, en, fr" in n for n in notes)
    assert any("'windowd'" in n for n in notes)


def test_an_unreadable_file_is_a_note_not_a_crash(tmp_path: Path) -> None:
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_bytes(b"language: [unclosed\n\xff")
    settings, notes = load_settings(args(config=str(cfg)))
    assert settings == Settings()
    assert notes and "using defaults" in notes[0]
    missing, notes = load_settings(args(config=str(tmp_path / "nope.yaml")))
    assert missing == Settings() and notes


def test_an_absurd_idle_timeout_on_the_command_line_is_refused_calmly() -> None:
    settings, notes = load_settings(args(idle_timeout=0.5))
    assert settings.idle_timeout is None
    assert notes


def test_the_example_settings_file_in_deploy_reads_without_a_note() -> None:
    import argparse

    from kiosk import BUNDLED_CONTENT
    from kiosk.settings import load_settings

    example = BUNDLED_CONTENT / "deploy" / "settings.example.yaml"
    settings, notes = load_settings(argparse.Namespace(config=str(example)))
    assert notes == []
    assert settings.operator_pin == "40719" and settings.idle_timeout == 120.0 and settings.language == "vi"


def test_the_state_directory_follows_the_platform_and_systemd() -> None:
    from kiosk.state import default_state_dir

    home = {"HOME": "/home/k"}
    assert default_state_dir(home, "linux") == Path("/home/k/.local/state/kiosk")
    assert default_state_dir({**home, "XDG_STATE_HOME": "/srv/state"}, "linux") == Path("/srv/state/kiosk")
    # a relative XDG path is invalid by the spec and ignored
    assert default_state_dir({**home, "XDG_STATE_HOME": "rel"}, "linux") == Path("/home/k/.local/state/kiosk")
    assert default_state_dir({**home, "STATE_DIRECTORY": "/var/lib/kiosk:/x"}, "linux") == Path("/var/lib/kiosk")
    win = {"USERPROFILE": "C:/Users/k", "LOCALAPPDATA": "C:/Users/k/AppData/Local"}
    assert default_state_dir(win, "win32") == Path("C:/Users/k/AppData/Local/kiosk")
    assert default_state_dir(home, "darwin") == Path("/home/k/Library/Application Support/kiosk")


def test_the_state_directory_comes_from_the_file_or_the_command_line(tmp_path: Path) -> None:
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'a'}\n", encoding="utf-8")
    settings, notes = load_settings(args(config=str(cfg)))
    assert settings.state_dir == tmp_path / "a" and notes == []
    settings, _ = load_settings(args(config=str(cfg), state_dir=str(tmp_path / "b")))
    assert settings.state_dir == tmp_path / "b"
    cfg.write_text("state_dir: 7\n", encoding="utf-8")
    settings, notes = load_settings(args(config=str(cfg)))
    assert settings.state_dir == Settings().state_dir and "'state_dir'" in notes[0]


def test_the_analytics_settings_are_read_and_bad_ones_fall_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kiosk.settings import read_file

    good = tmp_path / "good.yaml"
    good.write_text("analytics: false\nkiosk_id: hall-2\nretention_days: 30\nanalytics_max_mb: 64\n", encoding="utf-8")
    values, notes = read_file(good)
    assert notes == []
    assert values == {"analytics": False, "kiosk_id": "hall-2", "retention_days": 30, "analytics_max_mb": 64.0}
    bad = tmp_path / "bad.yaml"
    bad.write_text("kiosk_id: Anna's kiosk\nretention_days: 0\nanalytics: maybe\n", encoding="utf-8")
    values, notes = read_file(bad)
    assert values == {} and len(notes) == 3
    assert all("Using the default" in n for n in notes)


def test_reduce_motion_is_off_unless_set_and_a_bad_value_falls_back(tmp_path: Path) -> None:
    assert Settings().reduce_motion is False
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text("reduce_motion: true\n", encoding="utf-8")
    assert load_settings(args(config=str(cfg))) == (Settings(reduce_motion=True), [])
    cfg.write_text("reduce_motion: please\n", encoding="utf-8")
    settings, notes = load_settings(args(config=str(cfg)))
    assert settings.reduce_motion is False
    assert len(notes) == 1 and f"{cfg}:1:" in notes[0] and "'reduce_motion'" in notes[0] and "true or false" in notes[0]


def test_the_volume_range_is_read_checked_and_made_to_agree(tmp_path: Path) -> None:
    assert (Settings().volume_min, Settings().volume, Settings().volume_max) == (20, 70, 100)
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text("volume_min: 30\nvolume_max: 80\nvolume: 50\n", encoding="utf-8")
    assert load_settings(args(config=str(cfg))) == (Settings(volume_min=30, volume_max=80, volume=50), [])
    cfg.write_text("volume_min: 30\nvolume_max: 60\nvolume: 90\n", encoding="utf-8")
    settings, notes = load_settings(args(config=str(cfg)))
    assert settings.volume == 60 and len(notes) == 1 and "each visit starts at 60" in notes[0]
    cfg.write_text("volume_min: 90\nvolume_max: 40\n", encoding="utf-8")
    settings, notes = load_settings(args(config=str(cfg)))
    assert (settings.volume_min, settings.volume_max) == (20, 100) and "below volume_max" in notes[0]
    cfg.write_text("volume: loud\nvolume_max: 120\n", encoding="utf-8")
    settings, notes = load_settings(args(config=str(cfg)))
    assert settings == Settings() and len(notes) == 2 and all("0 to 100" in n for n in notes)


def test_contrast_motion_and_mounting_from_the_file_and_the_command_line(tmp_path: Path) -> None:
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text("high_contrast: true\nmount_height_mm: 800\nscreen_height_mm: tall\n", encoding="utf-8")
    settings, notes = load_settings(args(config=str(cfg)))
    assert settings.high_contrast and settings.mount_height_mm == 800.0 and settings.screen_height_mm is None
    assert len(notes) == 1 and "'screen_height_mm'" in notes[0] and "millimetres" in notes[0]
    from kiosk.cli import build_parser

    parsed = build_parser().parse_args(["run", "--high-contrast", "--reduced-motion", "--mount-height", "900"])
    settings, notes = load_settings(parsed)
    assert (settings.high_contrast, settings.reduce_motion, settings.mount_height_mm, notes) == (True, True, 900.0, [])


def test_the_keypad_profile_is_the_default_with_the_files_keys_over_it(tmp_path: Path) -> None:
    from kiosk.keypad import DEFAULT_KEYS

    assert Settings().keys == dict(DEFAULT_KEYS)
    assert Settings().keys["Escape"] == "back" and Settings().keys["Return"] == "select"
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text("keys:\n  5: select\n  F2: help\n  Backspace: none\n  Home: ~\n", encoding="utf-8")
    settings, notes = load_settings(args(config=str(cfg)))
    assert notes == []
    assert settings.keys == {**DEFAULT_KEYS, "5": "select", "F2": "help", "Backspace": "none", "Home": "none"}


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        ("keys:\n  Rigth: next\n", "Rigth is not a key name"),
        ("keys:\n  Tab: next\n", "Tab is kept for moving the focus"),
        ("keys:\n  F3: jump\n", "'jump' is not an action; write one of next, previous"),
        ("keys: arrows\n", "write one key a line under it"),
    ],
)
def test_a_bad_keypad_line_keeps_the_default_profile_with_a_note(tmp_path: Path, lines: str, said: str) -> None:
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text("language: en\n" + lines, encoding="utf-8")
    settings, notes = load_settings(args(config=str(cfg)))
    assert settings.keys == Settings().keys and settings.language == "en"
    assert len(notes) == 1 and f"{cfg}:2:" in notes[0] and "'keys'" in notes[0] and said in notes[0], notes


def test_every_key_name_the_settings_take_is_a_qt_key() -> None:
    from PySide6.QtCore import Qt

    from kiosk.keypad import AS_KEY, DEFAULT_KEYS, KEY_NAMES

    assert set(DEFAULT_KEYS) <= KEY_NAMES and set(AS_KEY.values()) <= KEY_NAMES
    missing = [name for name in KEY_NAMES if not hasattr(Qt.Key, "Key_" + name)]
    assert not missing
