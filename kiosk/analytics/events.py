"""The event log's fixed schema: the only fields there are, and what each may hold.

Nothing a visitor types or says, no time finer than the millisecond of an action, no free text:
an event is a kind from :data:`KINDS`, identifiers taken from the content (section, panel,
hotspot, media file), language codes, numbers, and a reason from :data:`REASONS`. The rules are
written twice on purpose: :func:`clean` (Python) drops anything that breaks them before it is
queued, and the table's ``CHECK`` constraints (SQLite, ``STRICT``) refuse it even from a program
that writes to the file directly (tests/analytics/test_privacy.py tries both).
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: Bumped when the table changes; a log of another version is read by what it has in common.
SCHEMA_VERSION = 1

#: Every kind of event, and what it carries (docs/analytics.md lists them for the public).
KINDS: dict[str, str] = {
    "kiosk_start": "the kiosk program started (restarts are counted from these)",
    "content_release": "the content release now shown (item: its id)",
    "content_errors": "the content loaded with problems (n: how many; never their text)",
    "attract": "the attract loop was shown",
    "visit_start": "a visitor touched the attract loop (lang: the language it started in)",
    "visit_end": "the visit ended (reason; ms: how long it lasted)",
    "language": "the visitor switched language (lang)",
    "section": "a section was opened (section)",
    "panel": "a panel was viewed (section, panel, n: its place in the section, ms: for how long)",
    "sources": "the sources sheet ('More') of a panel was opened (section, panel)",
    "hotspot": "a map hotspot was opened (section, panel, item: its id)",
    "event": "a timeline event was opened (section, panel, n: its place on the timeline)",
    "media": "a recording or film was played (item: its file, ms heard, total_ms its length, n: 1 video)",
    "narration": "a panel's narration was played (item: its file, ms heard, total_ms its length)",
    "quiz": "a quiz question was answered (section, panel, n: the question, ok: 1 right, 0 wrong)",
    "feature": "an accessibility feature was used (item: which, n: its level; 0 off)",
}

#: Why a visit ended.
REASONS = (
    "idle",  # nobody touched the screen: the idle warning ran out
    "start_over",  # the visitor tapped "Start over"
    "operator",  # the operator panel was opened during the visit
    "exit",  # the kiosk was closed during the visit
)

#: The accessibility features counted (``feature`` events).
FEATURES = ("text_size", "captions", "high_contrast", "reduced_motion", "audio_description")

#: The columns of ``events``, in order (seq is SQLite's row id).
COLUMNS = ("ts", "visit", "kind", "release", "section", "panel", "item", "lang", "reason", "n", "ok", "ms", "total_ms")

_ID_CHARS = "A-Za-z0-9._/-"
_ID = rf"[{_ID_CHARS}]{{1,80}}"
_RELEASE = r"[A-Za-z0-9._:-]{1,64}"
_LANG = r"[a-z]{2,3}"
_MAX_INT = 2**62


def _id_check(column: str, chars: str = _ID_CHARS, longest: int = 80) -> str:
    return (
        f"{column} IS NULL OR (length({column}) BETWEEN 1 AND {longest} AND {column} NOT GLOB '*[^{chars}]*')"
        f" AND {column} NOT GLOB '*..*'"
    )


def _quoted(values: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


SCHEMA = f"""
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY,
    ts INTEGER NOT NULL CHECK (ts > 0),
    visit INTEGER CHECK (visit IS NULL OR visit >= 0),
    kind TEXT NOT NULL CHECK (kind IN ({_quoted(list(KINDS))})),
    release TEXT CHECK ({_id_check("release", "A-Za-z0-9._:-", 64)}),
    section TEXT CHECK ({_id_check("section")}),
    panel TEXT CHECK ({_id_check("panel")}),
    item TEXT CHECK ({_id_check("item")}),
    lang TEXT CHECK (lang IS NULL OR (length(lang) BETWEEN 2 AND 3 AND lang NOT GLOB '*[^a-z]*')),
    reason TEXT CHECK (reason IS NULL OR reason IN ({_quoted(REASONS)})),
    n INTEGER CHECK (n IS NULL OR n BETWEEN 0 AND 1000000),
    ok INTEGER CHECK (ok IS NULL OR ok IN (0, 1)),
    ms INTEGER CHECK (ms IS NULL OR ms BETWEEN 0 AND 604800000),
    total_ms INTEGER CHECK (total_ms IS NULL OR total_ms BETWEEN 0 AND 604800000)
) STRICT;
CREATE INDEX IF NOT EXISTS events_ts ON events (ts);
CREATE TABLE IF NOT EXISTS kiosk (
    key TEXT PRIMARY KEY CHECK (key IN ('kiosk_id', 'schema')),
    value TEXT NOT NULL CHECK ({_id_check("value")})
) STRICT;
"""


class Event(NamedTuple):
    """One row, as the screens hand it over (the log adds ``release``)."""

    ts: int  # milliseconds since 1970, UTC
    visit: int | None
    kind: str
    section: str | None = None
    panel: str | None = None
    item: str | None = None
    lang: str | None = None
    reason: str | None = None
    n: int | None = None
    ok: int | None = None
    ms: int | None = None
    total_ms: int | None = None


def _ident(value: object, pattern: str = _ID) -> bool:
    # re caches compiled patterns; compiling none at import keeps the kiosk's start-up short
    return value is None or (isinstance(value, str) and bool(re.fullmatch(pattern, value)) and ".." not in value)


def _count(value: object, top: int = _MAX_INT) -> bool:
    return value is None or (type(value) is int and 0 <= value <= top)


def clean(event: Event) -> bool:
    """Whether ``event`` keeps to the schema (the same rules as the table's checks)."""
    if event.kind not in KINDS or not _count(event.ts) or not event.ts or not _count(event.visit):
        return False
    if not all(_ident(v) for v in (event.section, event.panel, event.item)):
        return False
    if event.kind == "feature" and event.item not in FEATURES:
        return False
    if event.lang is not None and not (isinstance(event.lang, str) and re.fullmatch(_LANG, event.lang)):
        return False
    if event.reason is not None and event.reason not in REASONS:
        return False
    if not (_count(event.n, 1_000_000) and (event.ok is None or event.ok in (0, 1))):
        return False
    week = 604_800_000
    return _count(event.ms, week) and _count(event.total_ms, week)


def release_ok(value: object) -> bool:
    """Whether ``value`` can be written as a content release id."""
    return isinstance(value, str) and _ident(value, _RELEASE)


def ident(value: object) -> str | None:
    """``value`` if it can be written as an identifier, else None (an id the schema would refuse
    is dropped rather than the event)."""
    return value if isinstance(value, str) and _ident(value) else None
