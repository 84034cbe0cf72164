"""Operator settings: a bad value falls back to the default with a note, never a crash."""

import argparse
from pathlib import Path

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
