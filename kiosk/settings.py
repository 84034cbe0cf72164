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
from kiosk.languages import LANGUAGES
from kiosk.state import default_state_dir

_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")  # what the content format takes (kiosk.content.spec)
_KIOSK_ID = re.compile(r"[A-Za-z0-9._-]{1,40}")  # what the event log's schema takes (kiosk.analytics.events)


@dataclass(frozen=True)
class Settings:
    content: Path = BUNDLED_CONTENT
    language: str | None = None  # None: the exhibit's first language
    idle_timeout: float | None = None  # None: the exhibit's own idle setting
    windowed: bool = False
    log_file: str | None = None
    operator_pin: str | None = None  # None: no operator panel on a full-screen kiosk
    # everything the kiosk writes lives under here (kiosk.state)
    state_dir: Path = field(default_factory=default_state_dir)
    # --- analytics and health (kiosk.analytics; docs/analytics.md) ---
    analytics: bool = True  # false: no event is recorded at all
    kiosk_id: str | None = None  # names this kiosk in a building's report; None: a random id kept in the log
    retention_days: int = 90  # events older than this are deleted
    analytics_max_mb: float = 512.0  # the log pauses (like on a full disk) at this size
    health_file: Path | None = None  # None: <state_dir>/kiosk.prom


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
    # YAML reads 1234 as a number; 0012 as text. Either is fine, as long as it is 4 to 8 digits.
    text = str(v) if isinstance(v, int) and not isinstance(v, bool) else v
    if not isinstance(text, str) or not text.isascii() or not text.isdigit() or not 4 <= len(text) <= 8:
        raise ValueError('write 4 to 8 digits in quotes, e.g. operator_pin: "40719"')
    return text


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
    "log_file": ("log_file", _text),
    "operator_pin": ("operator_pin", _pin),
    "state_dir": ("state_dir", _folder),
    "analytics": ("analytics", _bool),
    "kiosk_id": ("kiosk_id", _kiosk_id),
    "retention_days": ("retention_days", _days),
    "analytics_max_mb": ("analytics_max_mb", _megabytes),
    "health_file": ("health_file", _file),
}


def read_file(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Settings from a YAML file; unknown keys and bad values become notes, never exceptions."""
    import yaml

    notes: list[str] = []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return {}, [f"{path}: cannot read settings ({exc.__class__.__name__}: {exc}); using defaults"]
    if not isinstance(data, dict):
        return {}, [f"{path}: settings must be a mapping of key: value; using defaults"]
    values: dict[str, Any] = {}
    for key, raw in data.items():
        if key not in DECLARED:
            notes.append(f"{path}: unknown setting '{key}' ignored; known: {', '.join(DECLARED)}")
            continue
        name, convert = DECLARED[key]
        try:
            values[name] = convert(raw)
        except ValueError as exc:
            shown = "(not shown)" if key == "operator_pin" else repr(raw)  # never log a PIN
            notes.append(f"{path}: bad value for '{key}': {shown}; {exc}. Using the default.")
    return values, notes


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
    return replace(settings, **overrides), notes
