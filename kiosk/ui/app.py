"""One kiosk: its QML singletons, the engine and the window, and the signals between them.

``Kiosk`` is shared by ``kiosk run``, ``kiosk proof``, the UI tests and the benchmarks, so all of
them see the same screens. Each singleton has one job and knows none of the others; this module
connects them (docs/architecture.md draws the picture):

- ``Content`` (kiosk.ui.content): the exhibit, shaped for the visitor's language and place;
- ``Visit`` (kiosk.ui.visit): the visitor's screen, section, panel, language and text size;
- ``Idle`` (kiosk.ui.idle): the idle warning and the end of a visit;
- ``Operator`` (kiosk.ui.operatorpanel): the PIN pad, the panel, the problems and the way out;
- ``Player`` (kiosk.ui.player): one voice at a time;
- ``Analytics`` (kiosk.ui.recorder): what visitors do, to the anonymous event log (if one is given);
- ``Keypad`` (kiosk.ui.keys): what each key does (the ``keys`` setting), and whether keys are in use.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLoggingCategory, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.navigation import Changed
from kiosk.ui import models
from kiosk.ui import window as windows
from kiosk.ui.content import Content
from kiosk.ui.focusspeech import FocusSpeech
from kiosk.ui.glue import ActivityFilter, FirstFrame, Loading, RecentLog, Translations, forget_uncaught, on_uncaught
from kiosk.ui.heal import Healer
from kiosk.ui.hold import FingerHold
from kiosk.ui.idle import Idle
from kiosk.ui.keys import Keypad
from kiosk.ui.memory import release, small_atlas, tune_malloc
from kiosk.ui.operatorpanel import Operator
from kiosk.ui.player import Player
from kiosk.ui.qtlog import QT_LOG_RULES
from kiosk.ui.recorder import Analytics
from kiosk.ui.run import load_content
from kiosk.ui.visit import Visit

if TYPE_CHECKING:  # the content model is imported when the content is loaded, not before
    from kiosk.analytics.health import Health
    from kiosk.analytics.log import EventLog
    from kiosk.content.model import Exhibit, Problem
    from kiosk.present import Presenter
    from kiosk.reach import Reach

log = logging.getLogger("kiosk")

QML_DIR = Path(__file__).resolve().parent / "qml"


class Kiosk:
    """One kiosk for an exhibit (or none: a calm closed screen).

    With ``first_screen`` (the build's snapshot, :mod:`kiosk.firstscreen`) and no exhibit, the
    attract loop is drawn from the snapshot and :meth:`load_after_first_frame` brings the content.
    """

    def __init__(
        self,
        exhibit: Exhibit | None,
        problems: Sequence[Problem | str] | None = None,
        *,
        language: str | None = None,
        idle_timeout: float | None = None,
        size: tuple[int, int] | None = None,
        windowed: bool = True,
        clock: Callable[[], float] = time.monotonic,
        operator_pin: str | None = None,
        info: dict[str, str] | None = None,
        built: Path | None = None,
        first_screen: dict[str, Any] | None = None,
        analytics: EventLog | None = None,
        health: Health | None = None,
        analytics_later: bool = False,
        operator_pin_hash: str | None = None,
        lockout_file: Path | None = None,
        wall_clock: Callable[[], float] = time.time,
        reduce_motion: bool = False,
        volume: tuple[int, int, int] = (20, 70, 100),
        high_contrast: bool = False,
        reach: Reach | None = None,
        keys: Mapping[str, str] | None = None,
    ) -> None:
        app = QGuiApplication.instance()
        if app is None:
            raise RuntimeError("create a QGuiApplication before a Kiosk")
        QLoggingCategory.setFilterRules(QT_LOG_RULES)  # before any player exists
        self.exit_requested, self.recent = False, RecentLog()
        logging.getLogger().addHandler(self.recent)
        self.translations = Translations(app)
        self._built = built
        self._loading = Loading(load_content, self._delivered)

        self.content = Content(exhibit, built=built, first_screen=first_screen)
        self.visit = Visit(
            self.content.language_codes, language, reduce_motion=reduce_motion, high_contrast=high_contrast
        )
        self.idle = Idle(idle_timeout, clock=clock)
        # The event log, or with ``analytics_later`` one handed over after the first frame (Analytics.start).
        self.analytics = Analytics(analytics, clock=clock, waiting=analytics_later)
        self.operator = Operator(
            operator_pin,
            windowed=windowed,
            clock=clock,
            log_lines=self.recent.newest_first,
            info=info,
            figures=self.analytics.figures,
            pin_hash=operator_pin_hash,
            lockout_file=lockout_file,
            wall_clock=wall_clock,
        )
        self.player = Player(volume)  # the settings' volume_min, volume and volume_max
        self.keypad = Keypad(keys, self.visit, self.operator)  # what each key does (the `keys` setting)
        self._connect()
        self._arrived(problems or [], first_screen is not None and exhibit is None)

        small_atlas()
        self.engine = QQmlApplicationEngine()
        self.translations.engine = self.engine
        self.engine.addImportPath(str(QML_DIR))
        models.prepare(self.content, self.visit, self.idle, self.operator, self.player, self.analytics, self.keypad)
        made = windows.initial(size, windowed, reach)  # on the primary screen, where the window goes
        self.engine.setInitialProperties(made)
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("the kiosk's QML did not load (see the log for QML errors)")
        self.window: QQuickWindow = roots[0]
        # On the window, not the application: Python sees presses, touches and keys, not every
        # timer and item update (each made PySide wrap an object of yet another Qt class). The
        # keypad's first, so the activity filter (installed after it, called before it) sees every key.
        self.window.installEventFilter(self.keypad)
        self.hold = FingerHold(self._three_fingers)  # audio description on or off, anywhere
        self.filter = ActivityFilter(self._activity, on_touch=self.hold.touch)
        self.window.installEventFilter(self.filter)
        self.focus_speech = FocusSpeech(self.window, self.content, self.player, self.keypad, clock)
        if analytics is not None or health is not None:
            self.analytics.start(analytics, health, self.window)
        self._first_frame = FirstFrame(self.window)
        self._first_frame.then(tune_malloc)  # ctypes is not worth its import before the first frame
        windows.show(self.window, size, windowed)
        #: The smallest touch target; how the screen is mounted (kiosk.reach); the highest point in reach.
        self.touch_target, self.reach, self.reach_top = made["touchTarget"], reach, made["reachTop"]
        # -- systemd: READY=1 after the first frame, then WATCHDOG=1 while frames are drawn ------
        self._heartbeat: Any = None
        #: False while the closed screen is up (kiosk.ui.hours): the display may be off, so the
        #: heartbeat pings on the GUI thread's timer alone, not on frames.
        self.frames_expected = True
        if os.environ.get("NOTIFY_SOCKET"):
            self._first_frame.then(self._tell_systemd)
        # -- self-heal: a fault in the GUI thread takes the visitor back to the attract loop -------
        #: The content folder, reloaded when the kiosk heals (set by load_after_first_frame or run).
        self.content_dir: Path | None = None
        self.healer = Healer(self._heal_now, self.operator.report)
        self.heal = self.healer.heal
        on_uncaught(self.heal)
        self.healer.watch_loaders(self.window)
        from kiosk.ui import faults  # test hooks for the watchdog and self-heal (KIOSK_FAULT)

        faults.install(self)

    def _heal_now(self) -> None:
        """What healing does: the voice stops, the operator panel closes, the visit starts over
        and the content is loaded again (kiosk.ui.heal)."""
        self.player.reset()
        self.operator.close()
        self.visit.reset()
        if self.content_dir is not None:
            self.reload(self.content_dir)

    def reload(self, content: Path, built: Path | None = None) -> None:
        """Load and validate ``content`` again in a worker thread and hand it over in the GUI
        thread (one load at a time); ``built``: its built media, from now on (a new release)."""
        if not self._loading.busy:
            self._built = built or self._built
            self._loading.start(content, self._built)

    def _delivered(self, payload: tuple[Exhibit | None, list[Problem | str], Presenter | None]) -> None:
        exhibit, problems, presenter = payload
        if getattr(self, "engine", None) is None:  # closed while loading
            return
        self.content.attach(exhibit, presenter)
        self._arrived(problems, waiting=False)
        log.info("content ready: %s", exhibit.id if exhibit else "no exhibit could be loaded")

    def _tell_systemd(self) -> None:
        from kiosk.ui.heartbeat import start

        self._heartbeat = start(self.window, lambda: self.frames_expected) if hasattr(self, "window") else None

    # -- the signals between the singletons ----------------------------------------------------

    def _connect(self) -> None:
        # First, so a visit's end is logged (with its reason) before the reset changes the screens.
        self.analytics.attach(self.content, self.visit, self.idle, self.operator)
        self.visit.changed.connect(self._visit_changed)
        self.visit.started.connect(self.idle.begin)
        self.idle.ended.connect(self._visit_ended)
        self.operator.opened.connect(self.idle.begin)  # the idle clock runs for the operator too
        self.operator.pinRequested.connect(self.idle.begin)  # a PIN pad left open closes at the reset
        self.operator.exitRequested.connect(self._exit)
        self.player.playingChanged.connect(self.idle.set_media_playing)
        self.player.problem.connect(self.operator.report)
        self.keypad.volumeRequested.connect(self.player.step_volume)
        self.keypad.audioRequested.connect(self.player.toggleDescription)

    def _visit_changed(self, value: int) -> None:
        changed, nav = Changed(value), self.visit.navigation
        if Changed.LANGUAGE in changed:
            self.player.stop()
            self.translations.use(nav.language)
        self.content.show(nav.language, nav.section, nav.panel, changed)
        # Back on the attract loop or the home cards, what the last screens held is released.
        if Changed.SCREEN in changed and nav.screen in ("attract", "home"):
            QTimer.singleShot(0, self._release_now)

    def _activity(self) -> None:
        self.idle.activity()
        self.analytics.touched()

    def _three_fingers(self) -> None:
        """Three fingers held: audio description on (on the attract loop the visit begins) or off."""
        if self.visit.navigation.screen == "attract" and not self.player.sound.describing:
            self.visit.start()
        self.player.toggleDescription()

    def _visit_ended(self) -> None:
        self.player.reset()
        self.operator.close()
        self.visit.reset()

    def _arrived(self, problems: Sequence[Problem | str], waiting: bool) -> None:
        """The content is here (or, with ``waiting``, its snapshot): tell the visit and the idle clock."""
        for problem in problems:
            self.operator.report(problem)
        if not waiting:
            self.analytics.content_arrived(None, len(problems))
        note = self.content.media_note()
        if note:
            log.warning("%s", note)
            self.operator.report(note)
        self.idle.use(*self.content.idle)
        content, nav = self.content, self.visit.navigation
        self.visit.use(content.layout, content.language_codes, ready=content.source.ready, waiting=waiting)
        self.translations.use(nav.language)
        content.show(nav.language, nav.section, nav.panel)

    # -- start-up ------------------------------------------------------------------------------

    def load_after_first_frame(self, content: Path) -> None:
        """Once the first screen (drawn from the snapshot) is on the glass, load and validate
        ``content`` in a worker thread, so the attract loop keeps moving, then hand it over in the
        GUI thread. A touch in the meantime is kept until it arrives."""
        self.content_dir = content
        self._first_frame.then(lambda: self.reload(content))

    def after_first_frame(self, work: Callable[[], None]) -> None:
        """Run ``work`` in the GUI thread once the first screen is on the glass."""
        self._first_frame.then(work)

    def _release_now(self) -> None:
        if getattr(self, "engine", None) is not None:
            release(self.engine)

    def _exit(self) -> None:
        self.exit_requested = True
        QGuiApplication.quit()

    def close(self) -> None:
        """Tear down in the order Qt needs: window, then engine, then the singletons, all before
        the app. Everything is released synchronously (no ``deleteLater``), so nothing of this
        kiosk is still queued for deletion when the next one is built or the application goes."""
        self.idle.stop()
        self.analytics.close()
        forget_uncaught(self.heal)
        self.healer.closed = True
        if self._heartbeat is not None:
            self._heartbeat.stop()
            self._heartbeat = None
        self._loading.join(timeout=30)  # a load in progress finishes before the app goes
        logging.getLogger().removeHandler(self.recent)
        for handler in (self.filter, self.keypad):
            self.window.removeEventFilter(handler)
        self.hold.stop()
        self.translations.close()
        self.window.close()
        del self.window
        del self.engine  # the engine owns the QML objects; Python owns the engine
        del self.content, self.visit, self.idle, self.operator, self.player, self.analytics
