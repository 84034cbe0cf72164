"""``Analytics``: what visitors do, handed to the anonymous event log (kiosk.analytics), for QML
and the other singletons' signals. Nothing here touches the database: every call ends in
:meth:`kiosk.analytics.log.EventLog.record`, which puts a small tuple on a queue.

Most events come from the singletons' public signals (connected in :meth:`Analytics.attach`):
the visit's start and end, language, section, panel and text size (``Visit``), why it ended
(``Idle``), the operator taking over (``Operator``). What only a panel knows, QML tells through
the slots: a hotspot or timeline event opened, a quiz answer, a player playing, captions on or off.

It also keeps the health file's two live figures (kiosk.analytics.health): the last touch, and the
last frame drawn, probed every ``probe_s`` seconds by asking the window for one frame.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton

from kiosk.analytics.recorder import Recorder
from kiosk.navigation import Changed
from kiosk.ui.models import hand_over

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickWindow

    from kiosk.analytics.health import Health
    from kiosk.analytics.log import EventLog
    from kiosk.ui.content import Content
    from kiosk.ui.idle import Idle
    from kiosk.ui.operatorpanel import Operator
    from kiosk.ui.visit import Visit

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlSingleton
class Analytics(QObject):
    """The screens' side of the event log (with no log, every slot does nothing)."""

    def __init__(
        self,
        log: EventLog | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        waiting: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.recorder = Recorder(log, clock, waiting=waiting)
        self.health: Health | None = None
        self._visit: Visit | None = None
        self._content: Content | None = None
        self._in_section = -1  # the section on screen (-1: none)
        self._display = (False, False)  # contrast and motion as last seen (a change is a choice)
        self._probe: QTimer | None = None
        self._window: QQuickWindow | None = None
        self._waiting_frame = False
        self._errors = 0

    @staticmethod
    def create(engine: QJSEngine) -> Analytics:
        return hand_over(Analytics)

    @property
    def log(self) -> EventLog | None:
        return self.recorder.log

    def attach(self, content: Content, visit: Visit, idle: Idle, operator: Operator) -> None:
        """Listen to the singletons. Call before the kiosk connects ``idle.ended`` to the reset, so
        the visit ends (with its reason) before the reset changes the screens."""
        self._content, self._visit = content, visit
        visit.started.connect(lambda: self.recorder.visit_started(visit.navigation.language))
        visit.changed.connect(self._visit_changed)
        idle.ended.connect(lambda: self.recorder.visit_ended(idle.end_reason))
        operator.opened.connect(lambda: self.recorder.visit_ended("operator"))
        self.recorder.kiosk_started()
        self.recorder.attract()

    def content_arrived(self, release: str | None, errors: int) -> None:
        self.recorder.content(release, errors)
        self._errors = errors
        if self.health is not None:
            self.health.update(content_errors=errors, release=release or "")

    def set_release(self, release: str) -> None:
        """The content release id, once it is known (computed after the first frame)."""
        self.recorder.content(release, 0)
        if self.health is not None:
            self.health.update(release=release)

    def _visit_changed(self, value: int) -> None:
        changed, nav = Changed(value), self._visit.navigation if self._visit else None
        if nav is None or self._content is None:
            return
        display = (nav.high_contrast, nav.reduce_motion)
        was, self._display = self._display, display
        if nav.screen == "attract":  # the end of a visit (or the kiosk's start): nothing of it is a choice
            self._in_section = -1
            if Changed.SCREEN in changed:
                self.recorder.attract()
            return
        if Changed.LANGUAGE in changed:
            self.recorder.language(nav.language)
        if Changed.TEXT in changed:
            self.recorder.feature("text_size", nav.text_step)
        if Changed.DISPLAY in changed and display[0] != was[0]:
            self.recorder.feature("high_contrast", int(display[0]))
        if Changed.DISPLAY in changed and display[1] != was[1]:
            self.recorder.feature("reduced_motion", int(display[1]))
        if changed & (Changed.SCREEN | Changed.PLACE):
            section = nav.section if nav.screen == "section" else -1
            new_section = section >= 0 and section != self._in_section
            self._in_section = section
            section_id, panel_id = self._content.source.ids(nav.section, nav.panel)
            self.recorder.place(nav.screen, section_id, panel_id, nav.panel, new_section)
        if Changed.DETAIL in changed and nav.sources_open:
            self.recorder.sources()

    # -- what QML tells ----------------------------------------------------------------------

    @Slot(str, str, int)
    def opened(self, what: str, item: str, index: int) -> None:
        """A panel opened one of its parts: ``"hotspot"`` (its id) or ``"event"`` (its place)."""
        if what == "hotspot":
            self.recorder.hotspot(item)
        elif what == "event":
            self.recorder.timeline_event(index)

    @Slot(int, bool)
    def answered(self, question: int, correct: bool) -> None:
        """A quiz question of the panel in view was answered."""
        self.recorder.quiz(question, correct)

    @Slot(str, str, bool, bool, int)
    def playing(self, owner: str, file: str, video: bool, playing: bool, duration_ms: int) -> None:
        """A player (``owner``: its token) started or stopped playing ``file``."""
        narration = False
        if playing and self._content is not None and self._visit is not None:
            nav = self._visit.navigation
            track = self._content.source.narration(nav.section, nav.panel, nav.language)
            narration = bool(file) and track.get("file") == file
        self.recorder.playing(owner, file, playing=playing, total_ms=duration_ms, video=video, narration=narration)

    @Slot(str, int)
    def feature(self, name: str, level: int) -> None:
        """An accessibility feature turned on (``level`` > 0) or off (0): captions, high contrast,
        reduced motion, audio description."""
        self.recorder.feature(name, level)

    def figures(self) -> dict[str, str]:
        """For the operator panel: ``state`` ("off", "starting", "on", "full" or "paused"), ``visits``,
        ``median`` (seconds, "" if no visit ended today), ``release`` and ``dropped``. Read from
        the log's last snapshot, never from the database."""
        log = self.recorder.log
        if log is None:
            state = "starting" if self.recorder.enabled else "off"
            return {"state": state, "visits": "", "median": "", "release": self.recorder.release, "dropped": "0"}
        status = log.status
        median = "" if status.median_visit_s is None else f"{status.median_visit_s:.0f}"
        return {
            "state": ("full" if "full" in status.paused else "paused") if status.paused else "on",
            "visits": str(status.visits_today),
            "median": median,
            "release": status.release or self.recorder.release,
            "dropped": str(status.dropped),
        }

    # -- health ------------------------------------------------------------------------------

    def touched(self) -> None:
        """Any press, touch or key (from the window's event filter): one float stored."""
        if self.health is not None:
            self.health.last_touch = time.time()

    def start(self, log: EventLog | None, health: Health | None, window: QQuickWindow, probe_s: float = 15.0) -> None:
        """The log and the health file are open (either may be None): what was kept goes to the
        log, and every ``probe_s`` the window is asked for one frame, to know it still draws (a
        connection for that one frame, not a Python call at every frame)."""
        if log is not self.recorder.log:
            self.recorder.use(log)
        self.health = health
        if health is None:
            return
        health.update(release=self.recorder.release, content_errors=self._errors)
        self._window = window
        self._probe = QTimer(self)
        self._probe.setInterval(int(probe_s * 1000))
        self._probe.timeout.connect(self._ask_for_frame)
        self._probe.start()
        self._ask_for_frame()

    def _ask_for_frame(self) -> None:
        if self._window is None:
            return
        if not self._waiting_frame:
            self._waiting_frame = True
            self._window.frameSwapped.connect(self._frame_swapped)
        self._window.update()

    @Slot()
    def _frame_swapped(self) -> None:  # emitted on the render thread; queued to this one
        if self.health is not None:
            self.health.last_frame = time.time()
        if self._window is not None and self._waiting_frame:
            self._waiting_frame = False
            self._window.frameSwapped.disconnect(self._frame_swapped)

    def close(self) -> None:
        """The kiosk is closing: a visit in progress ends ("exit"); the log writes what it has."""
        self.recorder.visit_ended("exit")
        if self._probe is not None:
            self._probe.stop()
        if self._window is not None and self._waiting_frame:
            self._waiting_frame = False
            self._window.frameSwapped.disconnect(self._frame_swapped)
        self._window = None
        if self.health is not None:
            self.health.close()
        if self.recorder.log is not None:
            self.recorder.log.close()
