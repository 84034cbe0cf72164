"""``Player``: one voice at a time. Every player on screen tells it when it plays; it tells them
all to stop (a language switch, the end of a visit) and the others to pause when one starts."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton

from kiosk.ui.models import hand_over

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.ui")


@QmlElement
@QmlSingleton
class Player(QObject):
    #: Every player stops.
    stopAll = Signal()
    #: A player started: every other player pauses, so two voices never overlap.
    started = Signal(str)
    #: Something plays, or nothing does any more (idle time is not counted while it plays).
    playingChanged = Signal(bool)
    #: A file would not play: a line for the operator.
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._playing: set[str] = set()

    @staticmethod
    def create(engine: QJSEngine) -> Player:
        return hand_over(Player)

    def stop(self) -> None:
        self.stopAll.emit()
        if self._playing:
            self._playing.clear()
            self.playingChanged.emit(False)

    @Slot(str, bool)
    def setPlaying(self, owner: str, playing: bool) -> None:
        was = bool(self._playing)
        if playing:
            if owner not in self._playing:
                self._playing.add(owner)
                self.started.emit(owner)
        else:
            self._playing.discard(owner)
        if was != bool(self._playing):
            self.playingChanged.emit(bool(self._playing))

    @Slot(str, str)
    def reportProblem(self, file: str, message: str) -> None:
        """A file that would not play: the visitor sees a short note, the operator the detail."""
        line = f"media: {file or 'a media file'} could not be played: {message or 'unknown error'}"
        log.warning("%s", line)
        self.problem.emit(line)
