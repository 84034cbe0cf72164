"""``Visit``: where the visitor is and how they see it, for QML. The state machine itself is
:class:`kiosk.navigation.Navigation`; this is its Qt adapter (properties, slots, signals)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton

from kiosk.navigation import TEXT_SCALES, Changed, Navigation
from kiosk.ui.models import hand_over

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.ui")


@QmlElement
@QmlSingleton
class Visit(QObject):
    """The visitor's screen, section, panel, language, text size, contrast and motion."""

    #: Before any property signal: what changed (a :class:`Changed` value), so the content is
    #: reshaped and the translator swapped before a screen reads them.
    changed = Signal(int)
    #: The attract loop was touched: a visit began.
    started = Signal()
    #: The section screen is about to go (home, the end of the visit) or to show another section
    #: (its last panel's "Next: ..."): before anything else
    #: changes, its list lets go of its panels, so no panel is still being built when the screen
    #: is destroyed (which crashed) and the rows can then go without Qt's "DelegateModel::cancel:
    #: index out range" (which it warned when they went first).
    leavingSection = Signal()
    screenChanged = Signal()
    placeChanged = Signal()
    languageChanged = Signal()
    textScaleChanged = Signal()
    detailChanged = Signal()
    displayChanged = Signal()

    def __init__(
        self,
        languages: Sequence[str],
        wanted_language: str | None = None,
        parent: QObject | None = None,
        *,
        reduce_motion: bool = False,
        high_contrast: bool = False,
    ):
        super().__init__(parent)
        self._wanted = wanted_language or ""
        self._nav = Navigation(
            languages=tuple(languages),
            default_language=self._wanted,
            default_high_contrast=high_contrast,
            default_reduce_motion=reduce_motion,
        )
        self._shown = (self._nav.screen, self._nav.section)  # the screen and section QML was last told of
        self._waiting = False  # drawn from the snapshot: the content is a moment away
        self._ready = True  # False on the "being updated" screen: no exhibit, so no visit
        self._start_pending = False

    @staticmethod
    def create(engine: QJSEngine) -> Visit:
        return hand_over(Visit)

    @property
    def navigation(self) -> Navigation:
        """The state itself, for Python (read it; change it through the slots)."""
        return self._nav

    def _warn_language(self, languages: Sequence[str]) -> None:
        if self._wanted and self._wanted not in languages:
            log.warning("settings: the exhibit has no '%s'; starting in '%s'", self._wanted, languages[0])

    def use(
        self, layout: Sequence[int], languages: Sequence[str], *, ready: bool = True, waiting: bool = False
    ) -> None:
        """The content arrived: its sections and languages (the visitor's language kept if it can
        be). With ``waiting`` only its snapshot is here: a touch is kept until the content is."""
        self._warn_language(languages)
        self._apply(self._nav.use(layout, languages, self._wanted))
        self._waiting = waiting
        self._ready = ready or waiting
        if self._start_pending and not waiting:
            self._start_pending = False
            if ready:
                self.start()

    def _apply(self, changed: Changed) -> None:
        if not changed:
            return
        shown = (self._nav.screen, self._nav.section)
        if self._shown[0] == "section" and shown != self._shown:  # to another screen or section
            self.leavingSection.emit()
        self._shown = shown
        self.changed.emit(changed.value)
        if Changed.LANGUAGE in changed:
            self.languageChanged.emit()
        if Changed.TEXT in changed:
            self.textScaleChanged.emit()
        if Changed.DETAIL in changed:
            self.detailChanged.emit()
        if Changed.DISPLAY in changed:
            self.displayChanged.emit()
        if changed & (Changed.PLACE | Changed.LANGUAGE):
            self.placeChanged.emit()
        if Changed.SCREEN in changed:
            self.screenChanged.emit()

    def reset(self) -> None:
        """The visit ended: attract loop, default language and text size, nothing remembered."""
        log.info("visit ended: back to the attract loop")
        self._apply(self._nav.reset())

    # -- properties --------------------------------------------------------------------------

    @Property(str, notify=screenChanged)
    def screen(self) -> str:
        return self._nav.screen

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._nav.language

    @Property(int, notify=placeChanged)
    def sectionIndex(self) -> int:
        return self._nav.section

    @Property(int, notify=placeChanged)
    def panelIndex(self) -> int:
        return self._nav.panel

    @Property(int, notify=placeChanged)
    def panelCount(self) -> int:
        return self._nav.panel_count

    @Property(bool, notify=detailChanged)
    def sourcesOpen(self) -> bool:
        return self._nav.sources_open

    @Property(str, notify=detailChanged)
    def detail(self) -> str:
        """What is opened on the panel: "more", "sources", "hotspot:<id>", "event:<n>", or ""."""
        return self._nav.detail

    @Property(bool, notify=displayChanged)
    def reduceMotion(self) -> bool:
        """Nothing moves on its own, slides cut: the visitor's choice, from the operator's
        ``reduce_motion`` at the start of every visit."""
        return self._nav.reduce_motion

    @Property(bool, notify=displayChanged)
    def highContrast(self) -> bool:
        """The high-contrast palette (Theme.qml): the visitor's choice, from the operator's
        ``high_contrast`` at the start of every visit."""
        return self._nav.high_contrast

    @Property(bool, notify=displayChanged)
    def displayOpen(self) -> bool:
        """The visitor's Display sheet (text size, contrast, motion) is open."""
        return self._nav.display_open

    @Property(int, constant=True)
    def textScaleCount(self) -> int:
        return len(TEXT_SCALES)

    @Property(float, notify=textScaleChanged)
    def textScale(self) -> float:
        return self._nav.text_scale

    @Property(int, notify=textScaleChanged)
    def textScaleStep(self) -> int:
        return self._nav.text_step

    # -- slots -------------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """A touch on the attract loop: the visit begins at the home screen."""
        if self._waiting:
            self._start_pending = True
            return
        if not self._ready:  # Enter on the "being updated" screen: nothing to visit
            return
        self.started.emit()
        self._apply(self._nav.start())

    @Slot(str)
    def startIn(self, code: str) -> None:
        """A language chosen on the attract loop: the visit begins at the home screen, in it."""
        if self._nav.screen != "attract":
            return
        self._apply(self._nav.set_language(code))
        self.start()

    @Slot(int)
    def openSection(self, index: int) -> None:
        self._apply(self._nav.open_section(index))

    @Slot()
    def goHome(self) -> None:
        self._apply(self._nav.go_home())

    @Slot()
    def back(self) -> None:
        self._apply(self._nav.back())

    @Slot(int)
    def goToPanel(self, index: int) -> None:
        self._apply(self._nav.go_to_panel(index))

    @Slot()
    def nextPanel(self) -> None:
        self._apply(self._nav.next_panel())

    @Slot()
    def previousPanel(self) -> None:
        self._apply(self._nav.previous_panel())

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        """Switch every string, content and interface, keeping the visitor where they are."""
        self._apply(self._nav.set_language(code))

    @Slot()
    def openSources(self) -> None:
        """The "Sources" sheet of the current panel."""
        self._apply(self._nav.open_sources())

    @Slot()
    def closeSources(self) -> None:
        self._apply(self._nav.close_detail())

    @Slot(str)
    def openDetail(self, name: str) -> None:
        """Open a detail on the panel (its More layer, a hotspot, an event); Back closes it."""
        self._apply(self._nav.open_detail(name))

    @Slot()
    def closeDetail(self) -> None:
        self._apply(self._nav.close_detail())

    @Slot()
    def cycleTextSize(self) -> None:
        self._apply(self._nav.cycle_text_size())

    @Slot(int)
    def setTextScaleStep(self, step: int) -> None:
        self._apply(self._nav.set_text_step(step))

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        self._apply(self._nav.set_high_contrast(on))

    @Slot(bool)
    def setReduceMotion(self, on: bool) -> None:
        self._apply(self._nav.set_reduce_motion(on))

    @Slot()
    def openDisplay(self) -> None:
        self._apply(self._nav.open_display())

    @Slot()
    def closeDisplay(self) -> None:
        self._apply(self._nav.close_display())
