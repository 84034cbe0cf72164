"""The state QML binds to: one ``Backend`` singleton per engine, plus list models.

Python holds the state (screen, section, panel, language, text size, idle state); QML binds to it
and calls a few slots. The idle logic itself is :class:`kiosk.session.Session`; this module is only
its Qt adapter (a timer and a clock).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton

from kiosk.languages import LANGUAGES, language
from kiosk.operator import OperatorGate, Verdict, corner_taps
from kiosk.session import Change, Session, State

# The content model and the presenter are imported when content arrives, not before the first
# frame: the attract loop can be drawn from the build's snapshot (kiosk.firstscreen) alone.
if TYPE_CHECKING:
    from kiosk.content.model import Exhibit, Section
    from kiosk.present import Presenter

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.ui")

TEXT_SCALES = (1.0, 1.2, 1.4)

#: With no content at all, the kiosk speaks every language it knows (kiosk.languages).
#: The attract invitation and the "being updated" screen show every language at once, so their
#: few words come from that table, not through the single active Qt translator.
KNOWN_LANGUAGES = tuple(LANGUAGES)

_ModelIndex = QModelIndex | QPersistentModelIndex

# Qt.ItemDataRole values, written out: importing PySide6's ``Qt`` namespace builds all of its
# hundred enums (about 25 ms), which the first frame should not wait for.
_DISPLAY_ROLE = 0
_USER_ROLE = 0x0100

#: The theme when there is no exhibit (kiosk.content.model.Theme's defaults).
DEFAULT_THEME = {
    "background": "#14120f",
    "surface": "#221f1a",
    "text": "#f3ede2",
    "muted": "#b9ae9c",
    "accent": "#d9a441",
}


class ViewListModel(QAbstractListModel):
    """A list of ready-made view dicts: roles are the dict keys plus ``view`` (the whole dict)."""

    def __init__(self, roles: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._names = ("view", *roles)

    def roleNames(self) -> dict[int, QByteArray]:
        return {_USER_ROLE + i: QByteArray(n.encode()) for i, n in enumerate(self._names)}

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _ModelIndex, role: int = _DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name_index = role - _USER_ROLE
        if not 0 <= name_index < len(self._names):
            return None
        row = self._rows[index.row()]
        return row if name_index == 0 else row.get(self._names[name_index])

    def reset(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def refresh(self, rows: list[dict[str, Any]]) -> None:
        """The same rows in another language: update in place so delegates (and the visitor's
        place in a list) are kept."""
        if len(rows) != len(self._rows):
            self.reset(rows)
            return
        self._rows = rows
        if rows:
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))

    def row(self, i: int) -> dict[str, Any]:
        return self._rows[i] if 0 <= i < len(self._rows) else {}


_pending: list[Backend] = []


@QmlElement
@QmlSingleton
class Backend(QObject):
    """Everything the screens bind to. Made by :mod:`kiosk.ui.app` before QML loads."""

    screenChanged = Signal()
    languageChanged = Signal()
    placeChanged = Signal()
    textScaleChanged = Signal()
    idleChanged = Signal()
    touchTargetChanged = Signal()
    #: The content arrived (after the first frame) or turned out not to load.
    contentChanged = Signal()
    operatorChanged = Signal()
    sourcesOpenChanged = Signal()
    pinChanged = Signal()
    logChanged = Signal()
    #: Every player stops (language switch, end of visit).
    mediaStop = Signal()
    #: A player started: every other player pauses, so two voices never overlap.
    mediaStarted = Signal(str)

    def __init__(
        self,
        exhibit: Exhibit | None,
        problems: list[str] | None = None,
        *,
        language: str | None = None,
        idle_timeout: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        on_language: Callable[[str], None] | None = None,
        operator_pin: str | None = None,
        windowed: bool = True,
        on_exit: Callable[[], None] | None = None,
        log_lines: Callable[[], list[str]] | None = None,
        info: dict[str, str] | None = None,
        built: Path | None = None,
        first_screen: dict[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._exhibit: Exhibit | None = None
        self._presenter: Presenter | None = None
        self._built = built
        self._problems = list(problems or [])
        self._clock = clock
        self._on_language = on_language
        self._wanted_language = language
        self._idle_timeout = idle_timeout
        #: The build's snapshot of the first screen, used until the content itself arrives
        #: (never when the content is given at once).
        self._first = first_screen if exhibit is None else None
        self._start_pending = False
        self._screen = "attract"
        self._section = -1
        self._panel = 0
        self._text_scale = 0
        self._touch_target = 72.0
        self._sources_open = False
        self._playing: set[str] = set()
        self._narration: tuple[tuple[int, str] | None, dict[str, Any]] = (None, {})
        self._gate = OperatorGate(operator_pin, open_without_pin=windowed)
        self._corner: list[float] = []
        self._pin_open = False
        self._operator_open = False
        self._pin_message = ""
        self._on_exit = on_exit
        self._log_lines = log_lines or (lambda: [])
        self._info = dict(info or {})
        if not self._gate.enabled:
            log.info("operator panel: no operator_pin set, so it cannot be opened on this full-screen kiosk")
        self._sections = ViewListModel(("sectionId", "title", "summary", "cover", "panelCount"), self)
        self._panels = ViewListModel(("kind", "panelId", "title"), self)
        if self._first is not None:
            self._set_languages(first_screen["languages"])
            idle = first_screen["idle"]
            self._session = self._new_session(idle.get("timeout"), idle.get("warning"))
        else:
            self._use(exhibit)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def _set_languages(self, languages: list[str] | tuple[str, ...]) -> None:
        if self._wanted_language and self._wanted_language not in languages:
            log.warning("settings: the exhibit has no '%s'; starting in '%s'", self._wanted_language, languages[0])
        self._default_language = self._wanted_language if self._wanted_language in languages else languages[0]
        self._language = self._default_language
        self._languages = [{"code": c, "name": language(c).name} for c in languages]

    def _new_session(self, timeout: Any, warning: Any) -> Session:
        def seconds(value: Any, default: float) -> float:
            return float(value) if isinstance(value, int | float) and value > 0 else default

        return Session(timeout=self._idle_timeout or seconds(timeout, 120.0), warning=seconds(warning, 30.0))

    def _use(self, exhibit: Exhibit | None, presenter: Presenter | None = None) -> None:
        """Take the content: the exhibit and its presenter (made here if not given)."""
        if exhibit is not None and presenter is None:
            from kiosk.present import Presenter

            presenter = Presenter(exhibit, self._built)
        self._exhibit = exhibit
        self._presenter = presenter if exhibit is not None else None
        if self._presenter:
            self._check_built_media(self._presenter)
        self._set_languages(exhibit.languages if exhibit else KNOWN_LANGUAGES)
        idle = exhibit.idle if exhibit else None
        self._session = self._new_session(idle.timeout if idle else None, idle.warning if idle else None)
        self._sections.reset(self._section_rows())

    def attach(
        self, exhibit: Exhibit | None, problems: list[str] | None = None, presenter: Presenter | None = None
    ) -> None:
        """The content arrived after the first screen was drawn from the snapshot (or did not
        load: ``exhibit`` is None and the calm "being updated" screen replaces the attract loop).

        A touch that came before it is kept: the visit begins now.
        """
        if self._first is None:
            raise RuntimeError("attach() is for a backend started from a first-screen snapshot")
        self._first = None
        self._problems.extend(problems or [])
        language = self._language
        self._use(exhibit, presenter)
        if self._language != language and self._on_language:
            self._on_language(self._language)
        self.contentChanged.emit()
        self.languageChanged.emit()
        self.operatorChanged.emit()
        if self._start_pending:
            self._start_pending = False
            if self.ready:
                self.start()

    def _check_built_media(self, presenter: Presenter) -> None:
        """Pictures the build has not made (or that changed since) show as their alt text; the
        operator is told which, and what to run."""
        missing = presenter.missing_images()
        if not missing:
            return
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        line = (
            f"media: {len(missing)} picture(s) have no display-sized version, so visitors see their alt "
            f"text instead: {shown}. Run `kiosk assets build`."
        )
        if presenter.derivatives.reason:
            line += f" ({presenter.derivatives.reason})"
        log.warning("%s", line)
        self._problems.append(line)

    @staticmethod
    def create(engine: QJSEngine) -> Backend:
        """Called by the QML engine: hands over the backend prepared for this engine."""
        backend = _pending.pop()
        # Python keeps the backend; the engine must not delete it behind Python's back.
        QJSEngine.setObjectOwnership(backend, QJSEngine.ObjectOwnership.CppOwnership)
        return backend

    def prepare(self) -> None:
        """Make this the backend the next engine that loads the Kiosk module will get."""
        _pending.append(self)

    def stop(self) -> None:
        self._timer.stop()

    # -- plain Python helpers ----------------------------------------------------------------

    @property
    def session(self) -> Session:
        return self._session

    def _section_rows(self) -> list[dict[str, Any]]:
        if not self._presenter or not self._exhibit:
            return []
        return [self._presenter.section(s, self._language) for s in self._exhibit.sections]

    def _current_section(self) -> Section | None:
        if not self._exhibit or not 0 <= self._section < len(self._exhibit.sections):
            return None
        return self._exhibit.sections[self._section]

    def _panel_rows(self) -> list[dict[str, Any]]:
        section = self._current_section()
        if not section or not self._presenter:
            return []
        return [self._presenter.panel(p, self._language) for p in section.panels]

    def _set_screen(self, screen: str) -> None:
        if screen != self._screen:
            self._screen = screen
            self.closeSources()
            self.screenChanged.emit()

    # -- properties --------------------------------------------------------------------------

    @Property(bool, notify=contentChanged)
    def ready(self) -> bool:
        if self._first is not None:
            return True
        return self._exhibit is not None and bool(self._exhibit.sections)

    @Property(bool, notify=contentChanged)
    def loading(self) -> bool:
        """Drawn from the snapshot; the content is still on its way."""
        return self._first is not None

    @Property(str, notify=screenChanged)
    def screen(self) -> str:
        return self._screen

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._language

    @Property(list, notify=contentChanged)
    def languages(self) -> list[dict[str, str]]:
        return self._languages

    @Property(str, notify=languageChanged)
    def exhibitTitle(self) -> str:
        if self._first is not None:
            return str(self._first["title"].get(self._language, ""))
        return self._presenter.text(self._exhibit.title, self._language) if self._presenter and self._exhibit else ""

    @Property(str, notify=languageChanged)
    def exhibitSubtitle(self) -> str:
        if not self._presenter or not self._exhibit:
            return ""
        return self._presenter.text(self._exhibit.subtitle, self._language)

    @Property(list, notify=languageChanged)
    def attractSlides(self) -> list[dict[str, Any]]:
        if self._first is not None:
            return list(self._first["attract"].get(self._language, []))
        return self._presenter.attract(self._language) if self._presenter else []

    @Property(list, notify=contentChanged)
    def touchToBegin(self) -> list[str]:
        # One line per language, in the exhibit's order; two languages that share the words share a line.
        return list(dict.fromkeys(language(lang["code"]).touch_to_begin for lang in self._languages))

    @Property(list, constant=True)
    def unavailableText(self) -> list[str]:
        return [language(code).unavailable for code in KNOWN_LANGUAGES]

    @Property(QObject, constant=True)
    def sections(self) -> QObject:
        return self._sections

    @Property(QObject, constant=True)
    def panels(self) -> QObject:
        return self._panels

    @Property(int, notify=placeChanged)
    def sectionIndex(self) -> int:
        return self._section

    @Property(str, notify=placeChanged)
    def sectionTitle(self) -> str:
        return str(self._sections.row(self._section).get("title", ""))

    @Property(int, notify=placeChanged)
    def panelIndex(self) -> int:
        return self._panel

    @Property(int, notify=placeChanged)
    def panelCount(self) -> int:
        section = self._current_section()
        return len(section.panels) if section else 0

    @Property("QVariantMap", notify=placeChanged)
    def currentSources(self) -> dict[str, Any]:
        section = self._current_section()
        if not section or not self._presenter or not 0 <= self._panel < len(section.panels):
            return {"title": "", "note": "", "entries": []}
        return self._presenter.sources(section.panels[self._panel], self._language)

    @Property(bool, notify=sourcesOpenChanged)
    def sourcesOpen(self) -> bool:
        return self._sources_open

    @Property(float, notify=textScaleChanged)
    def textScale(self) -> float:
        return TEXT_SCALES[self._text_scale]

    @Property(int, notify=textScaleChanged)
    def textScaleStep(self) -> int:
        return self._text_scale

    @Property(str, notify=idleChanged)
    def idleState(self) -> str:
        return self._session.state.value

    @Property(int, notify=idleChanged)
    def idleRemaining(self) -> int:
        return self._session.remaining(self._clock())

    @Property(float, notify=touchTargetChanged)
    def touchTarget(self) -> float:
        return self._touch_target

    @touchTarget.setter  # type: ignore[no-redef]
    def touchTarget(self, value: float) -> None:
        if value != self._touch_target:
            self._touch_target = value
            self.touchTargetChanged.emit()

    @Property("QVariantMap", notify=contentChanged)
    def theme(self) -> dict[str, str]:
        if self._first is not None:
            return {**DEFAULT_THEME, **{k: v for k, v in self._first["theme"].items() if isinstance(v, str)}}
        return self._presenter.theme() if self._presenter else dict(DEFAULT_THEME)

    @Property(list, notify=operatorChanged)
    def problems(self) -> list[str]:
        return self._problems

    # -- the operator ----------------------------------------------------------------------------

    @Property(bool, notify=pinChanged)
    def pinOpen(self) -> bool:
        return self._pin_open

    @Property(str, notify=pinChanged)
    def pinMessage(self) -> str:
        return self._pin_message

    @Property(bool, notify=operatorChanged)
    def operatorOpen(self) -> bool:
        return self._operator_open

    @Property("QVariantMap", notify=operatorChanged)
    def operatorInfo(self) -> dict[str, str]:
        return self._info

    @Property(list, notify=logChanged)
    def logLines(self) -> list[str]:
        return self._log_lines()

    @Slot()
    def cornerTap(self) -> None:
        """The hidden way in: five taps on the top-left corner within three seconds."""
        if corner_taps(self._corner, self._clock()):
            self.requestOperator()

    @Slot()
    def requestOperator(self) -> None:
        if not self._gate.enabled or self._operator_open:
            return
        if self._gate.needs_pin:
            self._pin_message = ""
            self._pin_open = True
            self.pinChanged.emit()
        else:
            self._open_operator()

    @Slot(str)
    def submitPin(self, entered: str) -> None:
        verdict = self._gate.attempt(entered, self._clock())
        if verdict is Verdict.OPEN:
            self._pin_open = False
            self.pinChanged.emit()
            self._open_operator()
            return
        if verdict is Verdict.LOCKED:
            log.warning("operator panel: too many wrong PINs; locked for %d s", self._gate.locked_for(self._clock()))
            self._pin_message = "locked"
        else:
            self._pin_message = "wrong"
        self.pinChanged.emit()

    @Slot()
    def closePin(self) -> None:
        if self._pin_open:
            self._pin_open = False
            self.pinChanged.emit()

    def _open_operator(self) -> None:
        log.info("operator panel opened")
        # The idle clock runs for the operator too: a panel left open closes with the next reset.
        if self._session.touch(self._clock()) is Change.STARTED:
            self.idleChanged.emit()
        self._operator_open = True
        self.operatorChanged.emit()
        self.logChanged.emit()

    @Slot()
    def closeOperator(self) -> None:
        if self._operator_open:
            log.info("operator panel closed")
            self._operator_open = False
            self.operatorChanged.emit()

    @Slot()
    def exitKiosk(self) -> None:
        """The operator's way out (only from the operator panel)."""
        if self._operator_open and self._on_exit:
            log.info("operator asked the kiosk to exit")
            self._on_exit()

    @Property("QVariantMap", notify=placeChanged)
    def narration(self) -> dict[str, Any]:
        """The narration for what the visitor sees: the panel's own, else its section's."""
        section = self._current_section()
        if not section or not self._presenter or not 0 <= self._panel < len(section.panels):
            return {}
        panel = section.panels[self._panel]
        track = panel.narration or section.narration
        if track is None:
            return {}
        # QML reads this several times per change of panel; shape it once per track and language.
        key = (id(track), self._language)
        if self._narration[0] != key:
            self._narration = (key, self._presenter.track(track, self._language))
        return self._narration[1]

    # -- slots: navigation -------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """A touch on the attract loop: the visit begins at the home screen."""
        if self._first is not None:  # the content is a moment away: begin when it is here
            self._start_pending = True
            return
        if self._session.touch(self._clock()) is Change.STARTED or self._screen == "attract":
            self._set_screen("home")
            self.idleChanged.emit()

    @Slot(int)
    def openSection(self, index: int) -> None:
        if not self._exhibit or not 0 <= index < len(self._exhibit.sections):
            return
        self._section = index
        self._panel = 0
        self._panels.reset(self._panel_rows())
        self.placeChanged.emit()
        self._set_screen("section")

    @Slot()
    def goHome(self) -> None:
        if self._screen == "attract":
            return
        self._set_screen("home")

    @Slot()
    def back(self) -> None:
        if self._sources_open:
            self.closeSources()
        elif self._screen == "section":
            self._set_screen("home")

    @Slot(int)
    def goToPanel(self, index: int) -> None:
        if self._screen != "section":
            return
        index = max(0, min(index, self._panels.rowCount() - 1))
        if index != self._panel:
            self._panel = index
            self.placeChanged.emit()

    @Slot()
    def nextPanel(self) -> None:
        self.goToPanel(self._panel + 1)

    @Slot()
    def previousPanel(self) -> None:
        self.goToPanel(self._panel - 1)

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        """Switch every string, content and interface, keeping the visitor where they are."""
        if code == self._language or code not in {lang["code"] for lang in self._languages}:
            return
        self._language = code
        self.mediaStop.emit()
        if self._on_language:
            self._on_language(code)
        self._sections.refresh(self._section_rows())
        self._panels.refresh(self._panel_rows())
        self.languageChanged.emit()
        self.placeChanged.emit()

    @Slot()
    def openSources(self) -> None:
        """The "Sources" sheet of the current panel."""
        if self._screen == "section" and not self._sources_open:
            self._sources_open = True
            self.sourcesOpenChanged.emit()

    @Slot()
    def closeSources(self) -> None:
        if self._sources_open:
            self._sources_open = False
            self.sourcesOpenChanged.emit()

    @Slot()
    def cycleTextSize(self) -> None:
        self._text_scale = (self._text_scale + 1) % len(TEXT_SCALES)
        self.textScaleChanged.emit()

    # -- slots: idle -------------------------------------------------------------------------

    def activity(self) -> None:
        """Any press, touch or key during a visit (from the application's event filter)."""
        if self._session.state is State.ACTIVE:
            self._session.touch(self._clock())

    @Slot()
    def continueVisit(self) -> None:
        if self._session.continue_visit(self._clock()) is Change.CONTINUED:
            self.idleChanged.emit()

    @Slot()
    def startOver(self) -> None:
        self._session.start_over(self._clock())
        self._reset()

    @Slot(str, bool)
    def setMediaPlaying(self, owner: str, playing: bool) -> None:
        """A player started or stopped: idle is not counted while anything plays."""
        was = bool(self._playing)
        if playing:
            if owner not in self._playing:
                self._playing.add(owner)
                self.mediaStarted.emit(owner)
        else:
            self._playing.discard(owner)
        if was != bool(self._playing):
            self._session.set_media_playing(bool(self._playing), self._clock())

    @Slot(str, str)
    def reportMediaProblem(self, file: str, message: str) -> None:
        """A file that would not play: the visitor sees a short note, the operator the detail."""
        line = f"media: {file or 'a media file'} could not be played: {message or 'unknown error'}"
        log.warning("%s", line)
        self.report_problem(line)

    def report_problem(self, line: str) -> None:
        """Show ``line`` in the operator panel's list of problems (once)."""
        if line not in self._problems:
            self._problems.append(line)
            self.operatorChanged.emit()

    @Slot()
    def tick(self) -> None:
        now = self._clock()
        change = self._session.tick(now)
        if change is Change.RESET:
            self._reset()
        elif change is Change.WARNED or self._session.state is State.WARNING:
            self.idleChanged.emit()

    def _reset(self) -> None:
        """End the visit: default language and text size, attract loop, nothing remembered."""
        log.info("visit ended: back to the attract loop")
        self.mediaStop.emit()
        self._playing.clear()
        self.closePin()
        self.closeOperator()
        self.closeSources()
        self._section = -1
        self._panel = 0
        # The panel rows stay until the next section opens (openSection replaces them before its
        # screen is made). Emptying them here would reset the model under the section's list
        # view while it may still be building a neighbour, and Qt warns
        # "DelegateModel::cancel: index out range" (once per ~25,000 actions in bench/soak.py).
        if self._text_scale:
            self._text_scale = 0
            self.textScaleChanged.emit()
        if self._language != self._default_language:
            self._language = self._default_language
            if self._on_language:
                self._on_language(self._language)
            self._sections.refresh(self._section_rows())
            self.languageChanged.emit()
        self.placeChanged.emit()
        self._set_screen("attract")
        self.idleChanged.emit()
