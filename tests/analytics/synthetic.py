"""Scripted visits written straight into event logs, for the report's tests and the benchmark.

Each :class:`Script` is one visit whose every figure is known in advance; :func:`write_log` puts
them in a log through the same schema (and the same checks) as the kiosk's writer."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.analytics.events import COLUMNS, Event, clean
from kiosk.analytics.log import connect


@dataclass
class Script:
    start_ms: int
    lang: str = "vi"
    panels: list[tuple[str, str, int, int]] = field(default_factory=list)  # (section, panel, place, seconds)
    reason: str = "idle"
    media: list[tuple[str, int, int]] = field(default_factory=list)  # (file, heard s, length s)
    quiz: list[tuple[int, bool]] = field(default_factory=list)  # (question, right)
    features: list[str] = field(default_factory=list)
    switch_to: str | None = None


def events_of(visit: int, s: Script) -> list[Event]:
    t = s.start_ms
    out = [Event(t, visit, "visit_start", lang=s.lang)]
    if s.switch_to:
        out.append(Event(t + 1, visit, "language", lang=s.switch_to))
    last_section = None
    for section, panel, place, seconds in s.panels:
        if section != last_section:
            out.append(Event(t + 2, visit, "section", section=section))
            last_section = section
        t += seconds * 1000
        out.append(Event(t, visit, "panel", section=section, panel=panel, n=place, ms=seconds * 1000))
    for file, heard, length in s.media:
        out.append(Event(t, visit, "media", item=file, ms=heard * 1000, total_ms=length * 1000, n=0))
    for question, right in s.quiz:
        out.append(Event(t, visit, "quiz", section="quiz", panel="q", n=question, ok=int(right)))
    for feature in s.features:
        out.append(Event(t, visit, "feature", item=feature, n=1))
    end = t + 30_000 if s.reason == "idle" else t
    out.append(Event(end, visit, "visit_end", reason=s.reason, ms=end - s.start_ms))
    return out


def write_log(path: Path, kiosk_id: str, scripts: list[Script], release: str = "demo-1", seed: int = 1) -> int:
    """Write ``scripts`` as one kiosk's log; returns the number of events."""
    rng = random.Random(seed)
    db = connect(path)
    db.execute("INSERT OR REPLACE INTO kiosk (key, value) VALUES ('kiosk_id', ?)", (kiosk_id,))
    first = min((s.start_ms for s in scripts), default=1_700_000_000_000)
    rows = [Event(first - 1000, None, "kiosk_start"), Event(first - 999, None, "content_release", item=release)]
    for s in scripts:
        rows.extend(events_of(rng.getrandbits(62), s))
    assert all(clean(e) for e in rows)
    db.execute("BEGIN")
    db.executemany(
        f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
        [(e.ts, e.visit, e.kind, release, *e[3:]) for e in rows],
    )
    db.execute("COMMIT")
    db.close()
    return len(rows)


def random_day(rng: random.Random, day_start_ms: int, visits: int, sections: int = 4, panels: int = 8) -> list[Script]:
    """``visits`` plausible visits spread over opening hours (9:00 to 18:00 UTC) of one day."""
    out = []
    for _ in range(visits):
        start = day_start_ms + rng.randrange(9 * 3600, 18 * 3600) * 1000
        seen = []
        for s in rng.sample(range(sections), rng.randint(1, sections)):
            for p in range(rng.randint(1, panels)):
                seen.append((f"section-{s}", f"panel-{s}-{p}", p, rng.randint(3, 60)))
        out.append(
            Script(
                start,
                lang=rng.choice(("vi", "vi", "en", "fr")),
                panels=seen,
                reason=rng.choice(("idle", "idle", "start_over")),
                media=[(f"media/clip-{rng.randint(0, 5)}.mp3", rng.randint(1, 90), 90)] if rng.random() < 0.4 else [],
                quiz=[(q, rng.random() < 0.6) for q in range(3)] if rng.random() < 0.3 else [],
                features=["text_size"] if rng.random() < 0.1 else [],
            )
        )
    return out
