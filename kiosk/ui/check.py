"""``kiosk run --check SECONDS``: the health check an update runs after its switch
(:mod:`kiosk.update.health`). The kiosk starts as usual; once its first frame is drawn and its
content is loaded it exits 0, or 1 as soon as anything went wrong: an error in the log (a content
error, an uncaught exception, a screen that failed), a warning from QML (a binding, a picture that
cannot be opened, console.warn: anything Qt locates in a QML file or logs as ``qml``/``js``), or
no content within SECONDS. Each reason is printed as ``check: …`` for the updater to quote.

Qt's other messages are about the machine, not the release: no sound device, a platform plugin
that cannot do something (``qt.qpa.*``), fonts, the renderer. The same release on the kiosk's own
hardware may not say them, and refusing it for them would roll back every update on a machine
without speakers. They are printed as ``check: note: …`` and do not fail the check."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from kiosk.ui.app import Kiosk

__all__ = ["Check", "Collect", "from_qml"]

#: A Qt message from QML: its category (``qml: …`` as kiosk.ui.qtlog logs it), or a line that
#: starts with a place in a QML file (``qrc:/…/X.qml:3:5: …``, ``file:///….qml:3: …``,
#: ``<Unknown File>:2: …`` for QML loaded from data).
_QML_CATEGORY = re.compile(r"(?:qml|js|qt\.qml(?:\.[\w.]+)?): ")
_QML_PLACE = re.compile(r"^(?:\S+\.qml|<Unknown File>|(?:qrc|file):\S*):\d+(?::\d+)?: ", re.M)


def from_qml(message: str) -> bool:
    """Whether a Qt message (as logged under ``kiosk.qt``) comes from QML, not from the machine."""
    return bool(_QML_CATEGORY.match(message) or _QML_PLACE.search(message))


class Collect(logging.Handler):
    """What went wrong, from the log: install it before the content is loaded. ``notes`` are
    Qt's messages about the machine (see the module's docstring), which do not fail a check."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.reasons: list[str] = []
        self.notes: list[str] = []
        logging.getLogger().addHandler(self)

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        line = message.splitlines()[0][:300] if message else ""
        if record.name == "kiosk.qt" and record.levelno < logging.CRITICAL:
            (self.reasons if from_qml(message) else self.notes).append(line)
        elif record.levelno >= logging.ERROR:
            self.reasons.append(line)


class Check:
    """Watches one kiosk start and ends the application with the verdict."""

    def __init__(self, kiosk: Kiosk, seconds: float, collect: Collect) -> None:
        self._kiosk = kiosk
        self._drawn = False
        self._collect = collect
        kiosk.after_first_frame(self._first_frame)
        self._timer = QTimer(interval=100)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._deadline = QTimer(singleShot=True, interval=int(seconds * 1000))
        self._deadline.timeout.connect(self._late)
        self._deadline.start()
        self.code: int | None = None

    def _first_frame(self) -> None:
        self._drawn = True

    def _tick(self) -> None:
        if self._collect.reasons:
            self._end(1, self._collect.reasons)
        elif self._drawn and self._kiosk.content.ready:
            # one more tick, so a warning from the first screens' bindings is seen too
            QTimer.singleShot(
                200, lambda: self._end(1, self._collect.reasons) if self._collect.reasons else self._end(0, [])
            )
            self._timer.stop()

    def _late(self) -> None:
        what = "content loaded" if self._drawn else "first frame drawn"
        self._end(1, [*self._collect.reasons, f"no {what} within {self._deadline.interval() / 1000:g} s"])

    def _end(self, code: int, reasons: list[str]) -> None:
        if self.code is not None:
            return
        self.code = code
        self._timer.stop()
        self._deadline.stop()
        logging.getLogger().removeHandler(self._collect)
        for note in dict.fromkeys(self._collect.notes):  # first, so the updater quotes the reasons
            print(f"check: note: {note}", flush=True)
        for reason in reasons:
            print(f"check: {reason}", flush=True)
        if code == 0:
            print("check: first frame drawn, content loaded, no errors", flush=True)
        QGuiApplication.exit(code)
