"""``Operator``: the hidden way in (five taps on a corner, or Ctrl+Shift+O), the PIN pad, and the
panel with the kiosk's problems, its log and the way out. The rules are
:mod:`kiosk.operator`'s; this is their Qt adapter."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton

from kiosk.operator import LockoutStore, OperatorGate, Verdict, corner_taps
from kiosk.ui.models import hand_over

if TYPE_CHECKING:  # neither is imported before the first frame
    from kiosk.content.model import Problem
    from kiosk.views import ProblemView

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.ui")


@QmlElement
@QmlSingleton
class Operator(QObject):
    pinChanged = Signal()
    panelChanged = Signal()
    problemsChanged = Signal()
    logChanged = Signal()
    #: The panel opened (the idle clock then runs for the operator too).
    opened = Signal()
    #: The PIN pad opened: the idle clock runs, so a pad left open closes at the idle reset.
    pinRequested = Signal()
    #: The operator asked the kiosk to exit.
    exitRequested = Signal()
    #: The operator asked for an update from a USB stick (kiosk.ui.updates answers it).
    usbUpdateRequested = Signal()
    updateStateChanged = Signal()

    def __init__(
        self,
        pin: str | None = None,
        *,
        windowed: bool = True,
        clock: Callable[[], float] = time.monotonic,
        log_lines: Callable[[], list[str]] | None = None,
        info: dict[str, str] | None = None,
        figures: Callable[[], dict[str, str]] | None = None,
        pin_hash: str | None = None,
        lockout_file: Path | None = None,
        wall_clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The lock-out is kept in wall-clock time, so it holds across a restart (``lockout_file``).
        store = LockoutStore(lockout_file) if lockout_file is not None else None
        self._gate = OperatorGate(pin, open_without_pin=windowed, pin_hash=pin_hash, store=store)
        self._wall = wall_clock
        self._clock = clock
        self._corner: list[float] = []
        self._pin_open = False
        self._panel_open = False
        self._pin_message = ""
        self._problems: list[ProblemView] = []
        self._log_lines = log_lines or (lambda: [])
        self._info = dict(info or {})
        self._figures = figures or (lambda: {})
        self._update_state = ""
        if not self._gate.enabled:
            log.info("operator panel: no operator_pin set, so it cannot be opened on this full-screen kiosk")

    @staticmethod
    def create(engine: QJSEngine) -> Operator:
        return hand_over(Operator)

    def report(self, problem: Problem | str) -> None:
        """Show ``problem`` in the operator panel's list (once): a content problem with its file,
        line, column, code and hint; a problem of the kiosk itself as its line."""
        view: ProblemView
        if isinstance(problem, str):
            view = {"where": "", "severity": "warning", "code": "", "message": problem, "hint": "", "text": problem}
        else:
            view = {
                "where": f"{problem.file}:{problem.line}:{problem.column}" if problem.line else problem.file,
                "severity": problem.severity.value,
                "code": problem.code,
                "message": problem.message,
                "hint": problem.hint,
                "text": problem.format(),
            }
        if all(p["text"] != view["text"] for p in self._problems):
            self._problems.append(view)
            self.problemsChanged.emit()

    @Property("QVariantList", notify=problemsChanged)  # type: ignore[arg-type]  # see kiosk.ui.models
    def problems(self) -> list[ProblemView]:
        return self._problems

    @Property(bool, notify=pinChanged)
    def pinOpen(self) -> bool:
        return self._pin_open

    @Property(str, notify=pinChanged)
    def pinMessage(self) -> str:
        return self._pin_message

    @Property(bool, notify=panelChanged)
    def panelOpen(self) -> bool:
        return self._panel_open

    @Property("QVariantMap", constant=True)  # type: ignore[arg-type]  # see kiosk.ui.models
    def info(self) -> dict[str, str]:
        return self._info

    @Property("QVariantMap", notify=logChanged)  # type: ignore[arg-type]  # see kiosk.ui.models
    def figures(self) -> dict[str, str]:
        """Today's visits, the median visit, the content release and whether the event log is
        paused (kiosk.ui.recorder.Analytics.figures), read afresh each time the panel opens."""
        return self._figures()

    @Property("QVariantList", notify=logChanged)  # type: ignore[arg-type]  # see kiosk.ui.models
    def logLines(self) -> list[str]:
        return self._log_lines()

    @Slot()
    def cornerTap(self) -> None:
        """The hidden way in: five taps on the top-left corner within three seconds."""
        if corner_taps(self._corner, self._clock()):
            self.request()

    @Slot()
    def request(self) -> None:
        if not self._gate.enabled or self._panel_open:
            return
        if self._gate.needs_pin:
            self._pin_message = "locked" if self._gate.locked_for(self._wall()) else ""
            self._pin_open = True
            self.pinChanged.emit()
            self.pinRequested.emit()
        else:
            self._open()

    @Slot(str)
    def submitPin(self, entered: str) -> None:
        if not self._pin_open:
            return
        now = self._wall()
        was_locked = self._gate.locked_for(now) > 0
        verdict = self._gate.attempt(entered, now)
        if verdict is Verdict.OPEN:
            self._pin_open = False
            self.pinChanged.emit()
            self._open()
            return
        # Every wrong try is logged (never its digits), so the operator sees someone guessing.
        if verdict is Verdict.LOCKED and was_locked:
            log.warning("operator panel: a PIN was entered during the lock-out (%d s left)", self._gate.locked_for(now))
            self._pin_message = "locked"
        elif verdict is Verdict.LOCKED:
            log.warning("operator panel: wrong PIN; too many wrong PINs: locked for %d s", self._gate.locked_for(now))
            self._pin_message = "locked"
        else:
            log.warning(
                "operator panel: wrong PIN (%d of %d before a lock-out)", self._gate.failures, self._gate.max_tries
            )
            self._pin_message = "wrong"
        self.pinChanged.emit()

    @Slot()
    def closePin(self) -> None:
        if self._pin_open:
            self._pin_open = False
            self.pinChanged.emit()

    def _open(self) -> None:
        log.info("operator panel opened")
        self.opened.emit()
        self._panel_open = True
        self.panelChanged.emit()
        self.logChanged.emit()

    @Slot()
    def closePanel(self) -> None:
        if self._panel_open:
            log.info("operator panel closed")
            self._panel_open = False
            self.panelChanged.emit()

    def close(self) -> None:
        """The visit ended: PIN pad and panel close (a panel left open closes with the reset)."""
        self.closePin()
        self.closePanel()

    @Property(str, notify=updateStateChanged)
    def updateState(self) -> str:
        """The USB update, for the panel: "" (none asked), looking, none, making, ready, same, failed."""
        return self._update_state

    def set_update_state(self, state: str) -> None:
        if state != self._update_state:
            self._update_state = state
            self.updateStateChanged.emit()

    @Slot()
    def updateFromUsb(self) -> None:
        """Look for an update on a USB stick (only from the operator panel)."""
        if self._panel_open:
            log.info("operator asked for an update from a USB stick")
            self.usbUpdateRequested.emit()

    @Slot()
    def exitKiosk(self) -> None:
        """The operator's way out (only from the operator panel)."""
        if self._panel_open:
            log.info("operator asked the kiosk to exit")
            self.exitRequested.emit()
