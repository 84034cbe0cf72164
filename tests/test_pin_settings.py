"""A safe operator PIN and settings read with the content's YAML 1.2 reader (issue 15, item 7)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.config import check, set_pin, with_pin_hash
from kiosk.operator import MAX_LOCKOUT, LockoutStore, OperatorGate, Verdict, hash_pin, verify_pin
from kiosk.settings import Settings, load_settings, read_file


def _settings(tmp_path: Path, text: str) -> tuple[Settings, list[str], Path]:
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text(text, encoding="utf-8")
    settings, notes = load_settings(argparse.Namespace(config=str(cfg)))
    return settings, notes, cfg


@pytest.mark.parametrize("written", ["01234567", "0012", "1234", '"01234567"', "'0071'"])
def test_a_pin_is_the_digits_as_written_never_a_number(tmp_path: Path, written: str) -> None:
    settings, notes, _ = _settings(tmp_path, f"operator_pin: {written}\n")
    assert settings.operator_pin == written.strip("'\"")
    assert notes == []


@pytest.mark.parametrize("written", ["0x1234", "12_34", "0o777", "1e5", "12.5", "true", "[1, 2]"])
def test_a_pin_that_is_not_plain_digits_is_a_located_error_that_never_shows_it(tmp_path: Path, written: str) -> None:
    settings, notes, cfg = _settings(tmp_path, f"language: fr\noperator_pin: {written}\n")
    assert settings.operator_pin is None and settings.language == "fr"
    assert len(notes) == 1
    assert notes[0].startswith(f"{cfg}:2:1: bad value for 'operator_pin'")
    assert written not in notes[0] and "4 to 8 digits" in notes[0]


def test_settings_follow_yaml_1_2_so_yes_is_not_true(tmp_path: Path) -> None:
    settings, notes, cfg = _settings(tmp_path, "windowed: yes\n")
    assert settings.windowed is False
    assert notes and notes[0].startswith(f"{cfg}:1:1:") and "true or false" in notes[0]


def test_a_syntax_error_costs_only_its_own_setting_and_never_prints_the_pin(tmp_path: Path) -> None:
    content = tmp_path / "museum"
    (content / "exhibits").mkdir(parents=True)
    text = f'content: {content}\nlanguage: fr\noperator_pin: "40719\nidle_timeout: 90\n'
    settings, notes, cfg = _settings(tmp_path, text)
    # the lines after the broken one are read, and those before it
    assert settings.content == content and settings.language == "fr" and settings.idle_timeout == 90.0
    assert settings.operator_pin is None
    assert notes and all("40719" not in n for n in notes)
    assert any(n.startswith(f"{cfg}:3:") and "PIN setting" in n for n in notes)


def test_a_syntax_error_elsewhere_keeps_the_pin_and_is_located_with_a_hint(tmp_path: Path) -> None:
    settings, notes, cfg = _settings(tmp_path, 'operator_pin: "40719"\nlanguage: [fr\nidle_timeout: 90\n')
    assert settings.operator_pin == "40719" and settings.idle_timeout == 90.0
    assert len(notes) == 1 and notes[0].startswith(f"{cfg}:") and "YAML syntax" in notes[0]


def test_a_duplicate_setting_is_reported_with_both_lines(tmp_path: Path) -> None:
    settings, notes, cfg = _settings(tmp_path, "language: fr\nlanguage: en\n")
    assert settings.language == "fr"
    assert notes == [notes[0]] and notes[0].startswith(f"{cfg}:2:1:") and "line 1" in notes[0]


def test_a_huge_bad_value_is_shown_short(tmp_path: Path) -> None:
    _, notes, _ = _settings(tmp_path, "language: " + "x" * 5000 + "\n")
    assert len(notes) == 1 and len(notes[0]) < 400


def test_the_pin_hash_verifies_the_pin_only_and_is_salted() -> None:
    stored = hash_pin("01234567")
    assert "01234567" not in stored
    assert verify_pin(stored, "01234567")
    assert not verify_pin(stored, "1234567") and not verify_pin(stored, "")
    assert hash_pin("01234567") != stored  # a new salt each time
    assert not verify_pin("scrypt$3$8$1$00$00", "1")  # a damaged hash opens nothing


def test_set_pin_replaces_a_plain_pin_by_its_hash_and_the_kiosk_reads_it(tmp_path: Path) -> None:
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text('language: vi\noperator_pin: "40719"   # the PIN\nidle_timeout: 120\n', encoding="utf-8")
    set_pin(cfg, "0071")
    text = cfg.read_text(encoding="utf-8")
    assert "40719" not in text and "0071" not in text.replace(hash_pin("x")[:0], "").split("scrypt")[0]
    values, notes = read_file(cfg)
    assert notes == [] and values["language"] == "vi" and values["idle_timeout"] == 120.0
    assert "operator_pin" not in values
    gate = OperatorGate(None, pin_hash=values["operator_pin_hash"])
    assert gate.needs_pin and gate.attempt("40719", 0) is Verdict.WRONG and gate.attempt("0071", 0) is Verdict.OPEN
    set_pin(cfg, "5555")  # again: one hash line, not two
    assert cfg.read_text(encoding="utf-8").count("operator_pin_hash") == 1


def test_with_pin_hash_drops_continuation_lines_of_a_block_pin() -> None:
    out = with_pin_hash("operator_pin: >-\n  40719\nlanguage: fr\n", "scrypt$1$1$1$00$00")
    assert "40719" not in out and out.endswith("language: fr\n")


def test_set_pin_command_from_stdin_and_a_bad_pin_changes_nothing(tmp_path: Path) -> None:
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text('operator_pin: "40719"\n', encoding="utf-8")
    run = [sys.executable, "-m", "kiosk.cli", "set-pin", "--config", str(cfg), "--stdin"]
    bad = subprocess.run(run, input="12a4\n", capture_output=True, text=True)
    assert bad.returncode == 1 and cfg.read_text(encoding="utf-8") == 'operator_pin: "40719"\n'
    good = subprocess.run(run, input="987654\n", capture_output=True, text=True)
    assert good.returncode == 0, good.stderr
    assert "987654" not in good.stdout + good.stderr + cfg.read_text(encoding="utf-8")
    assert verify_pin(read_file(cfg)[0]["operator_pin_hash"], "987654")


def test_config_check_shows_every_setting_the_pin_as_a_count_and_problems_located(tmp_path: Path) -> None:
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text(
        f'operator_pin: "40719"\nlanguage: klingon\nlog_file: {tmp_path}/no/such/kiosk.log\n', encoding="utf-8"
    )
    out = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "config", "check", str(cfg)], capture_output=True, text=True
    )
    assert out.returncode == 1
    assert "40719" not in out.stdout + out.stderr
    lines = out.stdout.splitlines()
    for key in ("content", "language", "idle_timeout", "windowed", "log_file", "operator_pin_hash", "state_dir"):
        assert any(line.startswith(f"{key}: ") for line in lines), key
    assert "operator_pin: set (5 digits)" in lines
    assert any(line.startswith(f"{cfg}:2:1: error: bad value for 'language'") for line in lines)
    assert any("does not exist" in line and "log_file" in line for line in lines)
    assert any("advice" in line and "kiosk set-pin" in line for line in lines)  # the hash is advised


def test_config_check_of_a_good_file_exits_0(tmp_path: Path) -> None:
    (tmp_path / "exhibits").mkdir()
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text(f'content: {tmp_path}\nlanguage: fr\noperator_pin_hash: "{hash_pin("1234")}"\n', "utf-8")
    shown, problems, advice = check(cfg)
    assert problems == [] and advice == []
    assert "operator_pin_hash: set (salted scrypt hash)" in shown and "operator_pin: not set" in shown


def test_the_lock_out_survives_a_restart_and_grows_with_each_one(tmp_path: Path) -> None:
    store = tmp_path / "state" / "operator-lockout.json"

    def gate() -> OperatorGate:  # a new process each time: only the file is shared
        return OperatorGate("4071", lockout=60.0, store=LockoutStore(store))

    g = gate()
    assert [g.attempt("0000", 1000.0) for _ in range(4)] == [Verdict.WRONG] * 4
    g = gate()  # a restart does not give fresh tries
    assert g.failures == 4
    assert g.attempt("0000", 1001.0) is Verdict.LOCKED
    g = gate()
    assert g.attempt("4071", 1030.0) is Verdict.LOCKED and g.locked_for(1030.0) == 31
    # the second lock-out in a row lasts twice as long
    assert [g.attempt("0000", 1061.0 + i) for i in range(5)] == [Verdict.WRONG] * 4 + [Verdict.LOCKED]
    assert gate().locked_for(1065.0) == 120
    assert not any(p.name.startswith(".") for p in store.parent.iterdir())  # no temp file left
    assert json.loads(store.read_text())["lockouts"] == 2
    g = gate()
    assert g.attempt("4071", 1185.0) is Verdict.OPEN
    assert gate().failures == 0 and gate().attempt("0000", 1186.0) is Verdict.WRONG


def test_the_lock_out_has_a_ceiling_even_when_the_clock_goes_back(tmp_path: Path) -> None:
    g = OperatorGate("4071", lockout=60.0, max_tries=1)
    for n in range(12):
        g.attempt("0", 10_000.0 * n)
    assert g.locked_for(110_000.0) == MAX_LOCKOUT
    assert g.locked_for(0.0) <= MAX_LOCKOUT  # clock set back by a day


def test_a_damaged_or_unwritable_lock_out_file_never_stops_the_gate(tmp_path: Path) -> None:
    bad = tmp_path / "lock.json"
    bad.write_text("{not json", encoding="utf-8")
    assert OperatorGate("4071", store=LockoutStore(bad)).attempt("4071", 0) is Verdict.OPEN
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    g = OperatorGate("4071", store=LockoutStore(blocked / "lock.json"))  # its folder is a file
    assert g.attempt("0", 0) is Verdict.WRONG


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown")
def test_set_pin_as_root_keeps_the_owner_and_group_of_the_settings(tmp_path: Path) -> None:
    """Found on a real boot: the package makes /etc/kiosk/settings.yaml root:kiosk 0640, and
    `sudo kiosk set-pin` wrote a root:root file the kiosk user could not read."""
    cfg = tmp_path / "settings.yaml"
    cfg.write_text("language: en\n", encoding="utf-8")
    os.chown(cfg, 0, 65534)
    cfg.chmod(0o640)
    set_pin(cfg, "4071")
    st = cfg.stat()
    assert (st.st_uid, st.st_gid, st.st_mode & 0o777) == (0, 65534, 0o640)
    assert "operator_pin_hash" in cfg.read_text(encoding="utf-8")
