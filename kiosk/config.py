"""``kiosk config check FILE`` and ``kiosk set-pin``: the operator's view of a settings file.

``check`` prints every effective setting (the PIN only as "set (N digits)") and every problem as
``file:line:col: what is wrong; what to write``; ``set_pin`` replaces any PIN in the file by a
salted hash (:func:`kiosk.operator.hash_pin`), written atomically, so the PIN itself is stored
nowhere.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import fields
from pathlib import Path
from typing import Any

from kiosk.operator import hash_pin
from kiosk.settings import DECLARED, Settings, read_file, settle_volume


def _shown(name: str, value: Any) -> str:
    if value is None:
        return "not set"
    if name == "operator_pin":
        return f"set ({len(value)} digits)"
    if name == "operator_pin_hash":
        return "set (salted scrypt hash)"
    if hasattr(value, "describe"):
        return str(value.describe())
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return ", ".join(f"{k} → {v}" for k, v in value.items())
    return str(value)


def check(path: Path) -> tuple[list[str], list[str], list[str]]:
    """(effective settings, problems, advice) for the settings file at ``path``."""
    from dataclasses import replace

    if not path.is_file():
        return [], [f"{path}: no such settings file; write one like deploy/settings.example.yaml"], []
    values, problems = read_file(path)
    settings, volume_notes = settle_volume(replace(Settings(), **values))
    problems += [note.replace("settings:", f"{path}:", 1) for note in volume_notes]
    keys = {name: key for key, (name, _) in DECLARED.items()}
    shown = [f"{keys.get(f.name, f.name)}: {_shown(f.name, getattr(settings, f.name))}" for f in fields(Settings)]
    advice: list[str] = []
    if settings.log_file:
        folder = Path(settings.log_file).expanduser().parent
        if Path(settings.log_file).is_dir():
            problems.append(f"{path}: log_file {settings.log_file} is a folder; write the path of a file in it")
        elif not folder.is_dir():
            problems.append(
                f"{path}: log_file {settings.log_file}: the folder {folder} does not exist; create it, or "
                "choose a file in a folder that exists (the kiosk would log to the journal only)"
            )
    if not (settings.content / "exhibits").is_dir():
        problems.append(
            f"{path}: content {settings.content} has no exhibits/ folder; write the folder that holds exhibits/ "
            "and assets/"
        )
    hours = settings.opening_hours
    if hours is not None:
        import shutil

        for key, command in (("display_off", hours.display_off), ("display_on", hours.display_on)):
            if command and shutil.which(command[0]) is None:
                problems.append(f"{path}: opening_hours: {key}: '{command[0]}' is not installed or not on the PATH")
        if not hours.display_off:
            advice.append(f"{path}: opening_hours has no display_off: the screen shows black but stays on at night")
    if settings.operator_pin is not None and settings.operator_pin_hash is None:
        advice.append(
            f"{path}: the operator PIN is written in plain text; run `kiosk set-pin --config {path}` to store a "
            "salted hash instead"
        )
    if settings.operator_pin is not None and settings.operator_pin_hash is not None:
        advice.append(f"{path}: both operator_pin and operator_pin_hash are set; the hash is used: remove operator_pin")
    if settings.operator_pin is None and settings.operator_pin_hash is None and not settings.windowed:
        advice.append(f"{path}: no operator PIN: the operator panel cannot be opened by touch on this kiosk")
    return shown, problems, advice


def check_command(path: Path) -> int:
    shown, problems, advice = check(path)
    for line in shown:
        print(line)
    for line in problems:
        print(line.replace(": ", ": error: ", 1))
    for line in advice:
        print(line.replace(": ", ": advice: ", 1))
    print(f"kiosk config check: {len(problems)} problem(s), {len(advice)} advice")
    return 1 if problems else 0


_TOP_KEY = re.compile(r"(operator_pin|operator_pin_hash)\s*:")


def with_pin_hash(text: str, stored: str) -> str:
    """``text`` (a settings file) with every top-level ``operator_pin``/``operator_pin_hash``
    entry (and its indented continuation lines) removed and ``operator_pin_hash: "stored"`` added
    where the first of them was, or at the end."""
    out: list[str] = []
    placed, skipping = False, False
    entry = f'operator_pin_hash: "{stored}"  # written by kiosk set-pin; the PIN itself is kept nowhere'
    for line in text.splitlines():
        if _TOP_KEY.match(line):
            skipping = True
            if not placed:
                out.append(entry)
                placed = True
            continue
        if skipping and line[:1] in (" ", "\t"):
            continue
        skipping = False
        out.append(line)
    if not placed:
        out.append(entry)
    return "\n".join(out) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a power cut leaves the old file or the new one, never half."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    old = path.stat() if path.exists() else None
    mode = old.st_mode & 0o777 if old else 0o600
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        if old is not None and hasattr(os, "fchown"):
            # `sudo kiosk set-pin` on the package's /etc/kiosk/settings.yaml (root:kiosk 0640):
            # the new file keeps the group, or the kiosk user could no longer read its settings
            with contextlib.suppress(OSError):  # not root: the file is this user's own, as before
                os.fchown(fd, old.st_uid, old.st_gid)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def pin_problem(pin: str) -> str | None:
    if not pin.isascii() or not pin.isdigit() or not 4 <= len(pin) <= 8:
        return "a PIN is 4 to 8 digits (0-9)"
    return None


def set_pin(path: Path, pin: str) -> None:
    """Store ``pin`` in the settings file at ``path`` as a salted hash (creating the file)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    write_atomic(path, with_pin_hash(text, hash_pin(pin)))
