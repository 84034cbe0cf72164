"""``Content``: what the exhibit says, shaped for the screens, in the visitor's language and for
where they are. QML reads it; it never changes the visit.

Until the content is loaded the screens are drawn from the build's snapshot of the first screen;
with no exhibit at all they show the calm "being updated" screen (the three sources are
:mod:`kiosk.display`'s).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton

from kiosk.display import KNOWN_LANGUAGES, Nothing, Presented, Snapshot
from kiosk.languages import language
from kiosk.navigation import Changed
from kiosk.ui.models import ViewListModel, hand_over

# The content model and the presenter are imported when content arrives, not before the first
# frame: the attract loop can be drawn from the build's snapshot (kiosk.firstscreen) alone.
if TYPE_CHECKING:
    from pathlib import Path

    from kiosk.content.model import Exhibit
    from kiosk.present import Presenter
    from kiosk.views import SlideView, SourcesView, TrackView

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlSingleton
class Content(QObject):
    """The exhibit as the screens show it. :meth:`show` tells it the visitor's language and place."""

    #: The content arrived (after the first frame) or turned out not to load.
    contentChanged = Signal()
    languageChanged = Signal()
    placeChanged = Signal()

    def __init__(
        self,
        exhibit: Exhibit | None,
        *,
        built: Path | None = None,
        first_screen: dict[str, Any] | None = None,
        presenter: Presenter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._built = built
        self._lang, self._section, self._panel = "", -1, 0
        self._sections = ViewListModel(("sectionId", "title", "summary", "cover", "panelCount"), self)
        self._panels = ViewListModel(("kind", "panelId", "title", "qml"), self)
        self.presenter: Presenter | None = None
        if exhibit is None and first_screen is not None:
            self._source: Nothing = Snapshot(first_screen)
        else:
            self._use(exhibit, presenter)

    @staticmethod
    def create(engine: QJSEngine) -> Content:
        return hand_over(Content)

    def _use(self, exhibit: Exhibit | None, presenter: Presenter | None) -> None:
        if exhibit is not None and presenter is None:
            from kiosk.present import Presenter

            presenter = Presenter(exhibit, self._built)
        self.presenter = presenter if exhibit is not None else None
        self._source = Presented(exhibit, presenter) if exhibit is not None and presenter else Nothing()

    def attach(self, exhibit: Exhibit | None, presenter: Presenter | None = None) -> None:
        """The content arrived after the first screen was drawn from the snapshot (or did not
        load: ``exhibit`` is None and the calm "being updated" screen replaces the attract loop)."""
        self._use(exhibit, presenter)
        self._sections.reset(self._source.sections(self._lang))
        self.contentChanged.emit()
        self.languageChanged.emit()
        self.placeChanged.emit()

    def media_note(self) -> str | None:
        """Pictures the build has not made (or that changed since) show as their alt text; the
        operator is told which, and what to run."""
        missing = self.presenter.missing_images() if self.presenter else []
        if not missing or self.presenter is None:
            return None
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        line = (
            f"media: {len(missing)} picture(s) have no display-sized version, so visitors see their alt "
            f"text instead: {shown}. Run `kiosk assets build`."
        )
        reason = self.presenter.derivatives.reason
        return f"{line} ({reason})" if reason else line

    # -- for the visit -----------------------------------------------------------------------

    @property
    def source(self) -> Nothing:
        """What the screens are drawn from (kiosk.display)."""
        return self._source

    @property
    def language_codes(self) -> tuple[str, ...]:
        return self._source.languages

    @property
    def layout(self) -> tuple[int, ...]:
        """How many panels each section has."""
        return self._source.layout

    @property
    def idle(self) -> tuple[Any, Any]:
        """The exhibit's idle timeout and warning (None where it sets none)."""
        return self._source.idle

    def show(self, lang: str, section: int, panel: int, changed: Changed = ~Changed.NOTHING) -> None:
        """The visitor's language or place changed: reshape only what depends on it."""
        new_section = section != self._section
        self._lang, self._section, self._panel = lang, section, panel
        if Changed.LANGUAGE in changed:
            self._sections.refresh(self._source.sections(lang))
        if new_section:
            # The section's list has let go of the rows by now (Visit.leavingSection); the end of
            # a visit (section -1) empties them, so nothing of it is kept.
            self._panels.reset(self._source.panels(section, lang))
        elif Changed.LANGUAGE in changed and section >= 0:
            self._panels.refresh(self._source.panels(section, lang))
        if Changed.LANGUAGE in changed:
            self.languageChanged.emit()
        if changed & (Changed.LANGUAGE | Changed.PLACE):
            self.placeChanged.emit()

    # -- properties --------------------------------------------------------------------------

    @Property(bool, notify=contentChanged)
    def ready(self) -> bool:
        return self._source.ready

    @Property(bool, notify=contentChanged)
    def loading(self) -> bool:
        """Drawn from the snapshot; the content is still on its way."""
        return self._source.loading

    @Property("QVariantList", notify=contentChanged)  # type: ignore[arg-type]  # see kiosk.ui.models
    def languages(self) -> list[dict[str, str]]:
        return [{"code": c, "name": language(c).name} for c in self._source.languages]

    @Property("QVariantList", notify=contentChanged)  # type: ignore[arg-type]  # see kiosk.ui.models
    def touchToBegin(self) -> list[str]:
        # One line per language, in the exhibit's order; two languages that share the words share a line.
        return list(dict.fromkeys(language(c).touch_to_begin for c in self._source.languages))

    @Property("QVariantList", constant=True)  # type: ignore[arg-type]  # see kiosk.ui.models
    def unavailableText(self) -> list[str]:
        """The "being updated" screen shows every language at once, so its few words come from the
        language table, not through the single active Qt translator."""
        return [language(code).unavailable for code in KNOWN_LANGUAGES]

    @Property("QVariantMap", notify=contentChanged)  # type: ignore[arg-type]  # see kiosk.ui.models
    def theme(self) -> dict[str, str]:
        return self._source.theme()

    @Property(str, notify=languageChanged)
    def exhibitTitle(self) -> str:
        return self._source.title(self._lang)

    @Property(str, notify=languageChanged)
    def exhibitSubtitle(self) -> str:
        return self._source.subtitle(self._lang)

    @Property("QVariantList", notify=languageChanged)  # type: ignore[arg-type]  # see kiosk.ui.models
    def attractSlides(self) -> list[SlideView]:
        return self._source.attract(self._lang)

    @Property(QObject, constant=True)
    def sections(self) -> QObject:
        return self._sections

    @Property(QObject, constant=True)
    def panels(self) -> QObject:
        return self._panels

    @Property(str, notify=placeChanged)
    def sectionTitle(self) -> str:
        return str(self._sections.row(self._section).get("title", ""))

    @Property("QVariantMap", notify=placeChanged)  # type: ignore[arg-type]  # see kiosk.ui.models
    def currentPanel(self) -> Mapping[str, Any]:
        """The view of the panel on screen (the section screen's footer and More layer read it)."""
        return self._panels.row(self._panel) if self._section >= 0 else {}

    @Property(int, notify=placeChanged)
    def sectionCount(self) -> int:
        return len(self._source.layout)

    @Property(str, notify=placeChanged)
    def nextSectionTitle(self) -> str:
        """The title of the section after the visitor's ("" after the last): its last panel offers it."""
        return str(self._sections.row(self._section + 1).get("title", "")) if self._section >= 0 else ""

    @Property("QVariantMap", notify=placeChanged)  # type: ignore[arg-type]  # see kiosk.ui.models
    def currentSources(self) -> SourcesView:
        return self._source.sources(self._section, self._panel, self._lang)

    @Property("QVariantMap", notify=placeChanged)  # type: ignore[arg-type]  # see kiosk.ui.models
    def narration(self) -> TrackView:
        """The narration for what the visitor sees: the panel's own, else its section's."""
        return self._source.narration(self._section, self._panel, self._lang)

    @Property("QVariantMap", notify=placeChanged)  # type: ignore[arg-type]  # see kiosk.ui.models
    def description(self) -> TrackView:
        """The audio description of the screen the visitor is on (the home screen or the panel),
        as ``kiosk assets build`` spoke it (kiosk.content.description)."""
        return self._source.description(self._section, self._panel, self._lang)

    @Slot(int, result="QVariantMap")
    def cardDescription(self, section: int) -> TrackView:
        """The audio description of a section's card on the home screen, for when focus reaches it."""
        if section < 0:
            return Nothing().description(section, -1, self._lang)
        return self._source.description(section, -1, self._lang)

    def controlDescription(self, name: str) -> TrackView:
        """What audio description says as focus reaches a control called ``name`` (its accessible
        name): the build's recording of it in the visitor's language, else no url. A timeline
        event is named "date · title"; where the whole has no recording, its title is said."""
        found = self._source.control(name, self._lang)
        if not found["url"] and " · " in name:
            found = self._source.control(name.rsplit(" · ", 1)[1], self._lang)
        return found

    # -- a rule QML asks Python for, so it exists once --------------------------------------

    @Slot("QVariantMap", result="QVariantMap")
    def mapLayout(self, ask: dict[str, Any]) -> dict[str, Any]:
        """Where a map's points and names go (``kiosk.maplayout``). ``ask`` has ``box`` and
        ``picture`` ([w, h]), ``points`` ([[x, y], ...] normalised), ``zoom``, ``sizes`` (each
        name's [w, h] px), ``ring``, ``touch``, ``gap``, ``keep`` (the open point or -1).
        Returns ``scale``, ``left``, ``top`` (the picture at zoom 1), ``maxZoom`` and ``spots``
        (``shown``, ``hidden``, ``lx``, ``ly``, ``labelled`` per point, at the given zoom)."""
        from kiosk import maplayout

        def pair(v: Any) -> tuple[float, float]:
            try:
                return float(v[0]), float(v[1])
            except (TypeError, ValueError, IndexError, KeyError):
                return 0.0, 0.0

        box, picture = pair(ask.get("box")), pair(ask.get("picture"))
        norm = [pair(p) for p in ask.get("points") or []]
        touch, gap, ring = float(ask.get("touch", 80)), float(ask.get("gap", 16)), float(ask.get("ring", 20))
        zoom = max(1.0, float(ask.get("zoom", 1)))
        scale, left, top = maplayout.base_scale(box, picture, norm, touch / 2)
        w, h = picture[0] * scale * zoom, picture[1] * scale * zoom
        px = [(x * w, y * h) for x, y in norm]
        spots = maplayout.layout(
            px,
            [pair(s) for s in ask.get("sizes") or []],
            ring=ring,
            touch=touch,
            gap=gap,
            # at zoom 1 a picture that covers its box is cropped: names stay in the part in view
            bounds=(max(0.0, -left), max(0.0, -top), min(w, box[0]), min(h, box[1])) if zoom <= 1.001 else (w, h),
            keep=int(ask.get("keep", -1)),
        )
        at_one = [(x * picture[0] * scale, y * picture[1] * scale) for x, y in norm]
        return {
            "scale": scale,
            "left": left,
            "top": top,
            "maxZoom": max(4.0, min(16.0, 1.1 * maplayout.zoom_for_all(at_one, touch + gap))),
            "spots": [
                {
                    "shown": s.shown,
                    "hidden": s.hidden,
                    "labelled": s.label is not None,
                    "lx": s.label[0] if s.label else 0.0,
                    "ly": s.label[1] if s.label else 0.0,
                }
                for s in spots
            ],
        }

    @Slot(str, int, result="QVariantMap")
    def caption(self, url: str, ms: int) -> dict[str, Any]:
        """The caption showing ``ms`` into the track playing from ``url``, and the span it stays
        the same for: ``{"text", "start", "end"}``. A player asks again only when its position
        leaves the span (asked at every position change, it cost several MB in the benchmark)."""
        text, start, end = self.presenter.caption(url, ms) if self.presenter else ("", 0, 0)
        return {"text": text, "start": start, "end": end}
