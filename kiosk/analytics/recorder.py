"""Visitor actions to events: the visit id, how long each panel was looked at, how much of each
recording was heard. Plain Python with the clock passed in; the Qt adapter (kiosk.ui.recorder)
calls it from the singletons' signals and from the few slots QML calls.

Only a visit's events carry its id, and only between its start and its end: the operator's own
taps (after opening the operator panel during a visit, which ends it) belong to no visit and are
not recorded.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.analytics.events import FEATURES, Event, ident, release_ok

if TYPE_CHECKING:  # sqlite3 and the writer are imported by whoever opens the log
    from kiosk.analytics.log import EventLog


def new_visit_id() -> int:
    """A random visit id: 62 random bits from the OS, nothing derived from the visitor or the time."""
    return int.from_bytes(os.urandom(8), "big") >> 2


class _Place:  # plain classes: a dataclass costs a few ms at import, before the first frame
    __slots__ = ("panel", "position", "section", "since")

    def __init__(self, section: str | None, panel: str | None, position: int, since: float) -> None:
        self.section, self.panel, self.position, self.since = section, panel, position, since


class _Playing:
    __slots__ = ("item", "kind", "panel", "section", "since", "total_ms", "video")

    def __init__(
        self,
        kind: str,
        item: str | None,
        section: str | None,
        panel: str | None,
        since: float,
        total_ms: int | None,
        video: bool,
    ) -> None:
        self.kind, self.item, self.section, self.panel = kind, item, section, panel
        self.since, self.total_ms, self.video = since, total_ms, video


class Recorder:
    """Turns what the visitor does into :class:`Event`s for ``log``.

    With no log and ``waiting``, events are kept (up to :data:`PENDING`) until :meth:`use` hands
    the log over (``kiosk run`` opens it after the first frame); with neither, analytics is off
    and every call does nothing."""

    PENDING = 2000

    def __init__(
        self,
        log: EventLog | None,
        clock: Callable[[], float] = time.monotonic,
        *,
        wall: Callable[[], float] = time.time,
        waiting: bool = False,
    ) -> None:
        self.log = log
        self._clock = clock
        self._wall = wall
        self._pending: list[Event] | None = [] if waiting and log is None else None
        self.visit: int | None = None
        self._release: str | None = None
        self._visit_since = 0.0
        self._place: _Place | None = None
        self._playing: dict[str, _Playing] = {}

    @property
    def enabled(self) -> bool:
        return self.log is not None or self._pending is not None

    @property
    def release(self) -> str:
        """The content release last recorded ("" before one is known)."""
        return self._release or ""

    def use(self, log: EventLog | None) -> None:
        """The log is open (None: it could not be, or analytics is off): what was kept goes to it."""
        pending, self._pending, self.log = self._pending or [], None, log
        if log is not None:
            for event in pending:
                log.record(event)

    def _put(self, kind: str, *, visit: bool = True, **fields: str | int | None) -> None:
        self._event(kind, visit, fields)

    def _event(self, kind: str, visit: bool, fields: dict[str, str | int | None]) -> None:
        if visit and self.visit is None:
            return
        event = Event(int(self._wall() * 1000), self.visit if visit else None, kind, **fields)  # type: ignore[arg-type]
        if self.log is not None:
            self.log.record(event)
        elif self._pending is not None and len(self._pending) < self.PENDING:
            self._pending.append(event)

    def _ms(self, since: float) -> int:
        return max(0, round((self._clock() - since) * 1000))

    # -- the kiosk ---------------------------------------------------------------------------

    def kiosk_started(self) -> None:
        self._put("kiosk_start", visit=False)

    def content(self, release: str | None, errors: int) -> None:
        """The content arrived: its release id, and how many problems it has (never their text)."""
        if release and release != self._release and release_ok(release):
            self._release = release
            self._put("content_release", visit=False, item=release)
        if errors:
            self._put("content_errors", visit=False, n=min(errors, 1_000_000))

    def attract(self) -> None:
        self._put("attract", visit=False)

    # -- the visit ---------------------------------------------------------------------------

    def visit_started(self, lang: str) -> None:
        if self.visit is not None:
            self.visit_ended("idle")  # a start without an end (never expected): close the old one
        self.visit = new_visit_id()
        self._visit_since = self._clock()
        self._put("visit_start", lang=_lang(lang))

    def visit_ended(self, reason: str) -> None:
        if self.visit is None:
            return
        self._leave_panel()
        for owner in list(self._playing):
            self.playing(owner, "", playing=False)
        self._put("visit_end", reason=reason, ms=self._ms(self._visit_since))
        self.visit = None

    def language(self, lang: str) -> None:
        self._put("language", lang=_lang(lang))

    def place(self, screen: str, section: str | None, panel: str | None, position: int, new_section: bool) -> None:
        """The visitor is now at ``screen`` (in ``section``, at ``panel``, its ``position``)."""
        if self.visit is None:
            return
        here = (section, panel) if screen == "section" else None
        if self._place is not None and (self._place.section, self._place.panel) == here:
            return
        self._leave_panel()
        if here is None:
            return
        if new_section:
            self._put("section", section=ident(section))
        self._place = _Place(ident(section), ident(panel), max(0, position), self._clock())

    def _leave_panel(self) -> None:
        place, self._place = self._place, None
        if place is not None:
            self._put("panel", section=place.section, panel=place.panel, n=place.position, ms=self._ms(place.since))

    def _here(self, kind: str, **fields: str | int | None) -> None:
        """An event of the panel in view."""
        place = self._place
        self._event(
            kind, True, {"section": place.section if place else None, "panel": place.panel if place else None, **fields}
        )

    def sources(self) -> None:
        """The sources sheet ("More") of the panel in view opened."""
        self._here("sources")

    def hotspot(self, hotspot_id: str) -> None:
        self._here("hotspot", item=ident(hotspot_id))

    def timeline_event(self, index: int) -> None:
        if index >= 0:
            self._here("event", n=index)

    def quiz(self, question: int, correct: bool) -> None:
        if question >= 0:
            self._here("quiz", n=question, ok=int(bool(correct)))

    def feature(self, name: str, level: int) -> None:
        if name in FEATURES and level >= 0:
            self._put("feature", item=name, n=int(level))

    def playing(
        self, owner: str, file: str, *, playing: bool, total_ms: int = 0, video: bool = False, narration: bool = False
    ) -> None:
        """A player started or stopped (``owner``: the player's token). Each stretch of playing is
        one event: how long it played, and the recording's length (the report adds them up)."""
        if playing:
            if self.visit is not None and owner not in self._playing:
                self._playing[owner] = _Playing(
                    "narration" if narration else "media",
                    ident(file),
                    self._place.section if self._place else None,
                    self._place.panel if self._place else None,
                    self._clock(),
                    total_ms if total_ms > 0 else None,
                    video,
                )
            return
        was = self._playing.pop(owner, None)
        if was is None:
            return
        total = total_ms if total_ms > 0 else was.total_ms
        self._put(
            was.kind,
            section=was.section,
            panel=was.panel,
            item=was.item,
            ms=self._ms(was.since),
            total_ms=total,
            n=int(was.video),
        )


def _lang(code: str) -> str | None:
    ok = isinstance(code, str) and code.isascii() and code.isalpha() and code.islower() and 2 <= len(code) <= 3
    return code if ok else None
