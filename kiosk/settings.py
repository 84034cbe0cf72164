"""Operator settings: declared with defaults, read from an optional YAML file and the command line.

A bad value never stops the kiosk: it falls back to the default and the operator gets a note in
the log, naming the file, the key and what to write instead.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kiosk import BUNDLED_CONTENT
from kiosk.keypad import DEFAULT_KEYS, key_map
from kiosk.languages import LANGUAGES
from kiosk.schedule import Schedule
from kiosk.schedule import from_node as _schedule_from_node
from kiosk.state import default_state_dir

_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")  # what the content format takes (kiosk.content.spec)
_KIOSK_ID = re.compile(r"[A-Za-z0-9._-]{1,40}")  # what the event log's schema takes (kiosk.analytics.events)


@dataclass(frozen=True)
class Settings:
    content: Path = BUNDLED_CONTENT
    language: str | None = None  # None: the exhibit's first language
    idle_timeout: float | None = None  # None: the exhibit's own idle setting
    windowed: bool = False
    reduce_motion: bool = False  # true: nothing on screen moves by itself (slides cut, no drift)
    high_contrast: bool = False  # true: every visit starts in the high-contrast palette
    # the screen's mounting, for reach (kiosk.reach): its bottom edge above the floor and the
    # height of its picture (None: the size the screen reports); None: not a wall screen
    mount_height_mm: float | None = None
    screen_height_mm: float | None = None
    # key name → action (kiosk.keypad): the default keypad profile with the file's lines over it
    keys: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_KEYS))
    log_file: str | None = None
    operator_pin: str | None = None  # None: no operator panel on a full-screen kiosk
    operator_pin_hash: str | None = None  # what `kiosk set-pin` writes; wins over operator_pin
    # what `kiosk escalate` does once systemd gave up restarting the kiosk (kiosk.watchdog)
    on_repeated_failure: str = "retry"
    # everything the kiosk writes lives under here (kiosk.state)
    state_dir: Path = field(default_factory=default_state_dir)
    # --- analytics and health (kiosk.analytics; docs/analytics.md) ---
    analytics: bool = True  # false: no event is recorded at all
    kiosk_id: str | None = None  # names this kiosk in a building's report; None: a random id kept in the log
    retention_days: int = 90  # events older than this are deleted
    analytics_max_mb: float = 512.0  # the log pauses (like on a full disk) at this size
    health_file: Path | None = None  # None: <state_dir>/kiosk.prom
    # opening hours and the display hook (kiosk.schedule); None: always open, the display never sleeps
    opening_hours: Schedule | None = None
    # --- sound (percent of full volume): the visitor's volume control stays within the range,
    # and every visit starts at ``volume`` (the idle reset goes back to it) ---
    volume_min: int = 20
    volume_max: int = 100
    volume: int = 70


def _language(v: Any) -> str:
    # Any language the content may have; one the exhibit lacks falls back to its first (logged).
    if not isinstance(v, str) or not _LANGUAGE_CODE.fullmatch(v):
        raise ValueError(f"write a language code of two or three small letters, such as {', '.join(LANGUAGES)}")
    return v


def _timeout(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not 5 <= v <= 3600:
        raise ValueError("write a number of seconds from 5 to 3600")
    return float(v)


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError("write true or false")
    return v


def _millimetres(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not 0 <= v <= 5000:
        raise ValueError("write a number of millimetres from 0 to 5000, e.g. mount_height_mm: 800")
    return float(v)


def _path(v: Any) -> Path:
    if not isinstance(v, str) or not v:
        raise ValueError("write the path of a folder holding exhibits/ and assets/")
    return Path(v).expanduser().resolve()


def _folder(v: Any) -> Path:
    if not isinstance(v, str) or not v:
        raise ValueError("write the path of a folder the kiosk may write to, e.g. /var/lib/kiosk")
    return Path(v).expanduser().resolve()


def _kiosk_id(v: Any) -> str:
    text = str(v) if isinstance(v, int) and not isinstance(v, bool) else v
    if not isinstance(text, str) or not _KIOSK_ID.fullmatch(text):
        raise ValueError("write 1 to 40 letters, digits, dots, dashes or underscores, e.g. kiosk_id: hall-2-left")
    return text


def _days(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 3660:
        raise ValueError("write a whole number of days from 1 to 3660, e.g. retention_days: 90")
    return v


def _megabytes(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not 1 <= v <= 1_000_000:
        raise ValueError("write a number of megabytes from 1 to 1000000, e.g. analytics_max_mb: 512")
    return float(v)


def _file(v: Any) -> Path:
    if not isinstance(v, str) or not v:
        raise ValueError("write the path of a file, e.g. /var/lib/node_exporter/textfile/kiosk.prom")
    return Path(v).expanduser().resolve()


def _pin(v: Any) -> str:
    # ``v`` is the text as written (read_file passes the raw scalar), so an unquoted 01234567 is
    # the PIN 01234567, never a number: 4 to 8 ASCII digits, nothing else (0x1234, 12_34: errors).
    if not isinstance(v, str) or not v.isascii() or not v.isdigit() or not 4 <= len(v) <= 8:
        raise ValueError('write 4 to 8 digits in quotes, e.g. operator_pin: "40719"')
    return v


# the shape kiosk.operator.hash_pin writes (kiosk.operator checks the numbers when it verifies)
_PIN_HASH = re.compile(r"scrypt\$[0-9]{1,8}\$[0-9]{1,3}\$[0-9]{1,3}\$[0-9a-f]{16,128}\$[0-9a-f]{16,128}")


def _pin_hash(v: Any) -> str:
    if not isinstance(v, str) or not _PIN_HASH.fullmatch(v):
        raise ValueError("this is not a hash made by `kiosk set-pin`: run it again to set the PIN")
    return v


def _escalation(v: Any) -> str:
    from kiosk.watchdog import ESCALATIONS

    if v not in ESCALATIONS:
        raise ValueError(f"write one of {', '.join(ESCALATIONS)}")
    return str(v)


def _percent(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 100:
        raise ValueError("write a whole number of percent from 0 to 100, e.g. volume: 70")
    return v


def settle_volume(settings: Settings) -> tuple[Settings, list[str]]:
    """The three volume settings agree, or the note says which gave way: a minimum above the
    maximum drops both to their defaults, a start level outside the range is moved into it."""
    notes: list[str] = []
    if settings.volume_min > settings.volume_max:
        notes.append(
            f"settings: volume_min {settings.volume_min} is above volume_max {settings.volume_max}; "
            f"using {Settings.volume_min} and {Settings.volume_max}: write volume_min below volume_max"
        )
        settings = replace(settings, volume_min=Settings.volume_min, volume_max=Settings.volume_max)
    level = min(max(settings.volume, settings.volume_min), settings.volume_max)
    if level != settings.volume:
        notes.append(
            f"settings: volume {settings.volume} is outside volume_min..volume_max "
            f"({settings.volume_min}..{settings.volume_max}); each visit starts at {level}"
        )
        settings = replace(settings, volume=level)
    return settings, notes


def _text(v: Any) -> str:
    if not isinstance(v, str) or not v:
        raise ValueError("write a file path")
    return v


#: key in the settings file → (Settings field, converter)
DECLARED: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "content": ("content", _path),
    "language": ("language", _language),
    "idle_timeout": ("idle_timeout", _timeout),
    "windowed": ("windowed", _bool),
    "reduce_motion": ("reduce_motion", _bool),
    "high_contrast": ("high_contrast", _bool),
    "mount_height_mm": ("mount_height_mm", _millimetres),
    "screen_height_mm": ("screen_height_mm", _millimetres),
    "keys": ("keys", key_map),
    "log_file": ("log_file", _text),
    "operator_pin": ("operator_pin", _pin),
    "operator_pin_hash": ("operator_pin_hash", _pin_hash),
    "state_dir": ("state_dir", _folder),
    "analytics": ("analytics", _bool),
    "kiosk_id": ("kiosk_id", _kiosk_id),
    "retention_days": ("retention_days", _days),
    "analytics_max_mb": ("analytics_max_mb", _megabytes),
    "health_file": ("health_file", _file),
    "on_repeated_failure": ("on_repeated_failure", _escalation),
    "volume_min": ("volume_min", _percent),
    "volume_max": ("volume_max", _percent),
    "volume": ("volume", _percent),
}


#: settings read from their YAML node, for file:line:col notes inside them: key → (field, reader)
NODE_DECLARED: dict[str, tuple[str, Callable[[Any, str], tuple[Any, list[str]]]]] = {
    "opening_hours": ("opening_hours", _schedule_from_node),
}

_SECRET_KEYS = ("operator_pin", "operator_pin_hash")  # their values and lines never reach a log


def _shown(key: str, raw: Any) -> str:
    if key in _SECRET_KEYS:
        return "(not shown)"
    text = repr(raw)
    return text if len(text) <= 80 else text[:77] + "…"  # an alias-expanded value can be megabytes


def _top_level_chunks(text: str) -> list[tuple[int, str]]:
    """The file cut at each top-level key: (first line, text padded so marks keep their line)."""
    starts = [n for n, line in enumerate(text.split("\n")) if line[:1] not in ("", " ", "\t", "#")]
    lines = text.split("\n")
    chunks = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(lines)
        chunks.append((start, "\n" * start + "\n".join(lines[start:end]) + "\n"))
    return chunks


def _issue_note(path: Path, issue: Any, secret: bool, lines: tuple[int, int] | None = None) -> str:
    line, col = issue.line, issue.col
    if lines is not None and not lines[0] <= line < lines[1]:  # "end of stream": the setting's last line
        line, col = lines[1] - 1, 0
    where = f"{path}:{line + 1}:{col + 1}"
    if secret:  # the parser's words may quote a character of the PIN
        return (
            f"{path}:{lines[0] + 1 if lines else line + 1}: the PIN setting is not valid YAML; write the digits "
            'in quotes on one line (operator_pin: "NNNN"), or run kiosk set-pin'
        )
    hint = f"; {issue.hint}" if issue.hint else ""
    return f"{where}: {issue.message}{hint}"


def _read_nodes(path: Path) -> tuple[list[tuple[str, Any, tuple[int, int]]], list[str]]:
    """The top-level (key, node, (line, col)) of a settings file with the YAML 1.2 reader the
    content uses. A syntax error costs only the setting it is in: the file is then read again one
    top-level key at a time, so the other settings (the content folder, the PIN) still apply."""
    from kiosk.content.yamlsrc import parse

    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], [f"{path}: cannot read settings ({exc.strerror or exc}); using defaults"]
    root, issues = parse(data)
    notes = [_issue_note(path, i, False) for i in issues if root is not None]
    pieces: list[tuple[Any, list[Any], bool, tuple[int, int] | None]] = []
    if root is not None:
        pieces = [(root, [], False, None)]
    elif any(i.code == "utf8" or i.code == "too-large" for i in issues):
        return [], [_issue_note(path, i, False) + "; using defaults" for i in issues]
    elif any(i.code == "empty" for i in issues):
        return [], []
    else:
        text = data.decode("utf-8").lstrip("\ufeff")
        for start, chunk in _top_level_chunks(text):
            secret = chunk.lstrip("\n").startswith(_SECRET_KEYS)
            node, chunk_issues = parse(chunk.encode("utf-8"))
            pieces.append((node, chunk_issues, secret, (start, chunk.count("\n"))))
        if not pieces:
            notes += [_issue_note(path, i, False) for i in issues]
    found: list[tuple[str, Any, tuple[int, int]]] = []
    seen: dict[str, int] = {}
    for node, chunk_issues, secret, lines in pieces:
        notes += [_issue_note(path, i, secret, lines) for i in chunk_issues]
        if node is None:
            continue
        if node.kind != "map":
            notes.append(f"{path}:{node.line + 1}:{node.col + 1}: settings must be lines of key: value; ignored")
            continue
        for key, value in node.value.items():
            line, col = node.keys[key] if node.keys else (node.line, node.col)
            if key in seen:
                notes.append(
                    f"{path}:{line + 1}:{col + 1}: duplicate setting '{key}' (already set on line {seen[key] + 1}); "
                    "the first is used: remove one of them"
                )
                continue
            seen[key] = line
            found.append((key, value, (line, col)))
    return found, notes


def read_file(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Settings from a YAML file; unknown keys and bad values become notes (``file:line:col:
    what is wrong; what to write``), never exceptions. A PIN is never shown."""
    values: dict[str, Any] = {}
    found, notes = _read_nodes(path)
    for key, node, (line, col) in found:
        where = f"{path}:{line + 1}:{col + 1}"
        if key in NODE_DECLARED:
            value, more = NODE_DECLARED[key][1](node, str(path))
            notes += more
            if value is not None:
                values[NODE_DECLARED[key][0]] = value
            continue
        if key not in DECLARED:
            known = ", ".join([*DECLARED, *NODE_DECLARED])
            notes.append(f"{where}: unknown setting '{key}' ignored; known: {known}")
            continue
        name, convert = DECLARED[key]
        if node.kind in ("map", "seq", "bad"):
            raw: Any = {"map": {}, "seq": [], "bad": None}[node.kind] if key in _SECRET_KEYS else _plain(node)
        elif key in _SECRET_KEYS and node.kind != "null":
            raw = node.raw  # digits exactly as written: 01234567 is that PIN, not a number
        else:
            raw = node.value
        try:
            values[name] = convert(raw)
        except ValueError as exc:
            notes.append(f"{where}: bad value for '{key}': {_shown(key, raw)}; {exc}. Using the default.")
    return values, notes


def _plain(node: Any) -> Any:
    from kiosk.content.yamlsrc import to_plain

    return to_plain(node)


def load_settings(args: argparse.Namespace) -> tuple[Settings, list[str]]:
    """Defaults, then the ``--config`` file, then command-line options (which win)."""
    settings, notes = Settings(), list[str]()
    if getattr(args, "config", None):
        values, notes = read_file(Path(args.config))
        settings = replace(settings, **values)
    overrides: dict[str, Any] = {}
    if getattr(args, "content", None):
        overrides["content"] = Path(args.content).resolve()
    if getattr(args, "lang", None):
        overrides["language"] = args.lang
    if getattr(args, "idle_timeout", None) is not None:
        try:
            overrides["idle_timeout"] = _timeout(args.idle_timeout)
        except ValueError as exc:
            notes.append(f"--idle-timeout {args.idle_timeout}: {exc}. Using the default.")
    if getattr(args, "state_dir", None):
        overrides["state_dir"] = Path(args.state_dir).expanduser().resolve()
    if getattr(args, "windowed", False):
        overrides["windowed"] = True
    if getattr(args, "high_contrast", False):
        overrides["high_contrast"] = True
    if getattr(args, "reduced_motion", False):
        overrides["reduce_motion"] = True
    for option, key in (("mount_height", "mount_height_mm"), ("screen_height", "screen_height_mm")):
        value = getattr(args, option, None)
        if value is not None:
            try:
                overrides[key] = _millimetres(value)
            except ValueError as exc:
                notes.append(f"--{option.replace('_', '-')} {value}: {exc}. Using the default.")
    settings, volume_notes = settle_volume(replace(settings, **overrides))
    return settings, notes + volume_notes
