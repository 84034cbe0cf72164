"""``Player``: one voice at a time. Every player on screen tells it when it plays; it tells them
all to stop (a language switch, the end of a visit) and the others to pause when one starts.

It also holds what the visitor chose about sound (:class:`kiosk.sound.Sound`): the volume every
player plays at, within the operator's range, and whether audio description is on. A keypad or
keyboard reaches them through the slots ``volumeUp()``, ``volumeDown()``, ``toggleDescription()``,
``toggleSignLanguage()`` and ``stop()``; the idle reset (:meth:`Player.reset`) puts them back."""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton

from kiosk.sound import Sound
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

    #: The volume or its range changed.
    volumeChanged = Signal()
    #: Audio description was turned on or off.
    describingChanged = Signal()
    #: The signer's video was turned on or off.
    signLanguageChanged = Signal()
    #: Say this pre-built description now (a URL; kiosk.content.description), e.g. as focus moves.
    describeRequested = Signal(str)

    def __init__(self, volume: tuple[int, int, int] = (20, 70, 100), parent: QObject | None = None) -> None:
        """``volume``: the operator's lowest level, each visit's level and the highest (percent)."""
        super().__init__(parent)
        self._playing: set[str] = set()
        self.sound = Sound(low=volume[0], start=volume[1], high=volume[2])

    @staticmethod
    def create(engine: QJSEngine) -> Player:
        return hand_over(Player)

    @Slot()
    def stop(self) -> None:
        """Every sound stops (a keypad's "stop", a language switch, the end of a visit)."""
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

    def reset(self) -> None:
        """The end of a visit: every sound stops, the volume goes back to the operator's level and
        audio description turns off."""
        self.stop()
        level, describing, signing = self.sound.level, self.sound.describing, self.sound.signing
        self.sound.reset()
        if level != self.sound.level:
            self.volumeChanged.emit()
        if describing:
            self.describingChanged.emit()
        if signing:
            self.signLanguageChanged.emit()

    # -- the volume ------------------------------------------------------------------------------

    @Property(float, notify=volumeChanged)
    def volume(self) -> float:
        """For ``AudioOutput.volume`` (linear, 0 to 1)."""
        return self.sound.level / 100

    @Property(int, notify=volumeChanged)
    def volumeLevel(self) -> int:
        """The volume in percent of full, as the visitor sees it."""
        return self.sound.level

    @Property(bool, notify=volumeChanged)
    def canLouder(self) -> bool:
        return self.sound.can_louder

    @Property(bool, notify=volumeChanged)
    def canQuieter(self) -> bool:
        return self.sound.can_quieter

    @Slot()
    def volumeUp(self) -> None:
        if self.sound.louder():
            self.volumeChanged.emit()

    @Slot()
    def volumeDown(self) -> None:
        if self.sound.quieter():
            self.volumeChanged.emit()

    def step_volume(self, step: int) -> None:
        """A keypad's volume key: +1 louder, -1 quieter."""
        if step > 0:
            self.volumeUp()
        else:
            self.volumeDown()

    # -- audio description -----------------------------------------------------------------------

    @Property(bool, notify=describingChanged)
    def describing(self) -> bool:
        """The kiosk speaks each screen as it opens (the build made every description)."""
        return self.sound.describing

    @Slot(bool)
    def setDescribing(self, on: bool) -> None:
        if on != self.sound.describing:
            self.sound.describing = on  # off: the describer goes, and its voice with it
            self.describingChanged.emit()

    @Slot()
    def toggleDescription(self) -> None:
        self.setDescribing(not self.sound.describing)

    @Slot(str)
    def describe(self, url: str) -> None:
        """With audio description on, say the description at ``url`` in place of the screen's
        (focus reached a card: ``Player.describe(Content.cardDescription(index).url)``)."""
        if self.sound.describing and url:
            self.describeRequested.emit(url)

    # -- sign language ---------------------------------------------------------------------------

    @Property(bool, notify=signLanguageChanged)
    def signLanguage(self) -> bool:
        """A signer's video shows over each panel that has one in the visitor's language."""
        return self.sound.signing

    @Slot(bool)
    def setSignLanguage(self, on: bool) -> None:
        if on != self.sound.signing:
            self.sound.signing = on
            self.signLanguageChanged.emit()

    @Slot()
    def toggleSignLanguage(self) -> None:
        self.setSignLanguage(not self.sound.signing)
