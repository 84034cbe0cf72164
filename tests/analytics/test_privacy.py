"""Nothing but the listed fields is ever written: no free text, in Python or in SQLite."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.analytics.events import COLUMNS, KINDS, Event, clean
from kiosk.analytics.log import EventLog, connect
from kiosk.analytics.recorder import Recorder

FREE_TEXT = ("Nguyễn Văn An", "anna@example.org", "+33 6 12 34 56 78", "hello, world", "x" * 81, "a'b", "a\nb")


def test_the_table_has_only_the_listed_columns(tmp_path: Path) -> None:
    db = connect(tmp_path / "a.sqlite")
    names = [row[1] for row in db.execute("PRAGMA table_info(events)")]
    assert names == ["seq", *COLUMNS]
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"events", "kiosk"}


@pytest.mark.parametrize("column", ["release", "section", "panel", "item", "lang", "reason", "kind"])
@pytest.mark.parametrize("text", FREE_TEXT)
def test_sqlite_refuses_free_text_in_every_text_column(tmp_path: Path, column: str, text: str) -> None:
    db = connect(tmp_path / "a.sqlite")
    values = {"ts": 1, "kind": "attract", column: text}
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            f"INSERT INTO events ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})", list(values.values())
        )


def test_sqlite_refuses_text_in_number_columns(tmp_path: Path) -> None:
    db = connect(tmp_path / "a.sqlite")
    for column in ("visit", "n", "ok", "ms", "total_ms"):
        with pytest.raises(sqlite3.Error):
            db.execute(f"INSERT INTO events (ts, kind, {column}) VALUES (1, 'attract', 'Nguyen')")


def test_the_kiosk_id_cannot_be_free_text(tmp_path: Path) -> None:
    db = connect(tmp_path / "a.sqlite")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO kiosk (key, value) VALUES ('kiosk_id', 'Anna''s kiosk')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO kiosk (key, value) VALUES ('owner', 'x')")


_ALLOWED = re.compile(r"[A-Za-z0-9._:/-]*")


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(min_size=0, max_size=100), min_size=1, max_size=6),
    number=st.integers(min_value=-(2**40), max_value=2**40),
)
def test_whatever_the_screens_hand_over_only_ids_and_numbers_are_written(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str], number: int
) -> None:
    path = tmp_path_factory.mktemp("log") / "a.sqlite"
    log = EventLog(path)
    rec = Recorder(log)
    rec.visit_started(texts[0])
    rec.language(texts[-1])
    rec.place("section", texts[0], texts[-1], number, True)
    rec.hotspot(texts[0])
    rec.timeline_event(number)
    rec.quiz(number, bool(number % 2))
    rec.feature(texts[0], number)
    rec.playing("a", texts[-1], playing=True, total_ms=number)
    rec.playing("a", texts[-1], playing=False, total_ms=number)
    rec.content(texts[0], number if number > 0 else 0)
    rec.visit_ended("idle")
    for text in texts:  # straight to the log, past the recorder: the checks still hold
        log.record(Event(1, None, "attract", section=text, lang=text))
        log.record(Event(1, None, text))  # type: ignore[arg-type]
    log.close()
    db = sqlite3.connect(path)
    for row in db.execute("SELECT * FROM events"):
        for value in row:
            assert value is None or isinstance(value, int) or _ALLOWED.fullmatch(value), row
    kinds = {k for (k,) in db.execute("SELECT kind FROM events")}
    assert kinds <= set(KINDS) and "visit_end" in kinds
    db.close()


def test_clean_refuses_what_the_table_refuses() -> None:
    assert clean(Event(1, 2, "panel", section="intro", panel="words", n=1, ms=3))
    assert not clean(Event(1, 2, "panel", section="Nguyễn"))
    assert not clean(Event(1, 2, "nickname"))
    assert not clean(Event(1, 2, "feature", item="favourite-colour", n=1))
    assert not clean(Event(1, 2, "visit_end", reason="bored"))
    assert not clean(Event(1, -2, "attract"))
    assert not clean(Event(1, 2, "quiz", ok=2))
