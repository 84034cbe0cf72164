"""What the screens show from: the loaded exhibit (through its presenter), the build's snapshot
of the first screen while the content loads, or nothing at all (the calm "being updated" screen).
Three small sources behind one interface, so ``kiosk.ui.content`` never asks which it has.

Plain Python. The content model and the presenter are imported only for type checking: the
attract loop can be drawn from the snapshot (kiosk.firstscreen) before either is loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from kiosk.languages import LANGUAGES, no_lone_last_word

if TYPE_CHECKING:
    from kiosk.content.model import Exhibit, Panel, Track
    from kiosk.present import Presenter
    from kiosk.views import AnyPanelView, SectionView, SlideView, SourcesView, TrackView

#: With no content at all, the kiosk speaks every language it knows (kiosk.languages).
KNOWN_LANGUAGES = tuple(LANGUAGES)

#: The theme when there is no exhibit (kiosk.content.model.Theme's defaults).
DEFAULT_THEME = {
    "background": "#14120f",
    "surface": "#221f1a",
    "text": "#f3ede2",
    "muted": "#b9ae9c",
    "accent": "#d9a441",
}

_Item = TypeVar("_Item")
_View = TypeVar("_View")


class Shaped(Sequence[_View], Generic[_Item, _View]):
    """Items shaped for the screen only when a screen asks for one, and then once.

    A section's list asks only for the panels it draws (the one shown and its neighbours), so
    entering a section, or switching its language, shapes two or three panels, not all of them.
    """

    def __init__(self, items: Sequence[_Item], shape: Callable[[_Item], _View]) -> None:
        self._items, self._shape = items, shape
        self._made: dict[int, _View] = {}

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, i: int) -> _View: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[_View]: ...
    def __getitem__(self, i: int | slice) -> _View | Sequence[_View]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if i not in self._made:
            self._made[i] = self._shape(self._items[i])  # IndexError when out of range
        return self._made[i]

    @property
    def made(self) -> int:
        """How many items have been shaped so far."""
        return len(self._made)


_NO_SOURCES: SourcesView = {"title": "", "note": "", "entries": []}
_NO_TRACK: TrackView = {"url": "", "file": "", "cues": [], "transcript": "", "credit": "", "licence": ""}


class Nothing:
    """No exhibit could be loaded: the calm closed screen, in every language the kiosk knows."""

    ready = False
    loading = False
    languages: tuple[str, ...] = KNOWN_LANGUAGES
    idle: tuple[Any, Any] = (None, None)
    layout: tuple[int, ...] = ()

    def title(self, lang: str) -> str:
        return ""

    def subtitle(self, lang: str) -> str:
        return ""

    def attract(self, lang: str) -> list[SlideView]:
        return []

    def theme(self) -> dict[str, str]:
        return dict(DEFAULT_THEME)

    def sections(self, lang: str) -> list[SectionView]:
        return []

    def panels(self, section: int, lang: str) -> Sequence[AnyPanelView]:
        return []

    def sources(self, section: int, panel: int, lang: str) -> SourcesView:
        return _NO_SOURCES

    def narration(self, section: int, panel: int, lang: str) -> TrackView:
        return _NO_TRACK

    def description(self, section: int, panel: int, lang: str) -> TrackView:
        """The audio description of a panel (section -1: of the home screen; panel -1: of the
        section's card on the home screen), as the build spoke it."""
        return _NO_TRACK

    def control(self, name: str, lang: str) -> TrackView:
        """What audio description says as focus reaches a control called ``name``
        (kiosk.content.description.controls), as the build spoke it."""
        return _NO_TRACK

    def ids(self, section: int, panel: int) -> tuple[str | None, str | None]:
        """The content's ids of a section and a panel (None where there is none), for analytics."""
        return None, None


class Snapshot(Nothing):
    """The build's snapshot: enough for the attract loop while the content loads behind it."""

    ready = True
    loading = True

    def __init__(self, first: dict[str, Any]) -> None:
        self._first = first
        self.languages = tuple(first["languages"])
        idle = first["idle"]
        self.idle = (idle.get("timeout"), idle.get("warning"))

    def title(self, lang: str) -> str:
        return str(self._first["title"].get(lang, ""))

    def attract(self, lang: str) -> list[SlideView]:
        slides: list[SlideView] = self._first["attract"].get(lang, [])  # written by the build from SlideViews
        return list(slides)

    def theme(self) -> dict[str, str]:
        return {**DEFAULT_THEME, **{k: v for k, v in self._first["theme"].items() if isinstance(v, str)}}


class Presented(Nothing):
    """The loaded exhibit, through its presenter."""

    loading = False

    def __init__(self, exhibit: Exhibit, presenter: Presenter) -> None:
        self._exhibit, self._presenter = exhibit, presenter
        self.ready = bool(exhibit.sections)
        self.languages = tuple(exhibit.languages)
        self.idle = (exhibit.idle.timeout, exhibit.idle.warning) if exhibit.idle else (None, None)
        self.layout = tuple(len(s.panels) for s in exhibit.sections)
        self._narration: tuple[tuple[int, str] | None, TrackView] = (None, _NO_TRACK)
        self._readings: dict[int, Track | None] = {}  # each panel's words read aloud, made once
        self._descriptions: dict[tuple[int, int, str], TrackView] = {}

    def title(self, lang: str) -> str:
        return no_lone_last_word(self._presenter.text(self._exhibit.title, lang))

    def subtitle(self, lang: str) -> str:
        return self._presenter.text(self._exhibit.subtitle, lang)

    def attract(self, lang: str) -> list[SlideView]:
        return self._presenter.attract(lang)

    def theme(self) -> dict[str, str]:
        return self._presenter.theme()

    def sections(self, lang: str) -> list[SectionView]:
        return [self._presenter.section(s, lang) for s in self._exhibit.sections]

    def panels(self, section: int, lang: str) -> Sequence[AnyPanelView]:
        if not 0 <= section < len(self._exhibit.sections):
            return []
        return Shaped(self._exhibit.sections[section].panels, lambda p: self._presenter.panel(p, lang))

    def _panel(self, section: int, panel: int) -> Panel | None:
        sections = self._exhibit.sections
        if not 0 <= section < len(sections) or not 0 <= panel < len(sections[section].panels):
            return None
        return sections[section].panels[panel]

    def ids(self, section: int, panel: int) -> tuple[str | None, str | None]:
        sections = self._exhibit.sections
        if not 0 <= section < len(sections):
            return None, None
        found = self._panel(section, panel)
        return sections[section].id, found.id if found else None

    def sources(self, section: int, panel: int, lang: str) -> SourcesView:
        found = self._panel(section, panel)
        return self._presenter.sources(found, lang) if found else _NO_SOURCES

    def narration(self, section: int, panel: int, lang: str) -> TrackView:
        found = self._panel(section, panel)
        if found is None:
            return _NO_TRACK
        # The panel's own narration; on a section's first panel, the section's; else the panel's
        # own words read aloud (kiosk.content.reading), so "Listen" always speaks what is on screen.
        track = found.narration or (self._exhibit.sections[section].narration if panel == 0 else None)
        if track is None:
            track = self._readings.get(id(found))
            if track is None and id(found) not in self._readings:
                from kiosk.content.reading import reading

                track = self._readings[id(found)] = reading(found, self._exhibit.languages)
        if not track:
            return _NO_TRACK
        # QML reads this several times per change of panel; shape it once per track and language.
        key = (id(track), lang)
        if self._narration[0] != key:
            self._narration = (key, self._presenter.track(track, lang))
        return self._narration[1]

    def description(self, section: int, panel: int, lang: str) -> TrackView:
        key = (section, panel, lang)
        if key not in self._descriptions:
            from kiosk.content import description as d

            sections = self._exhibit.sections
            if section < 0:
                track: Track | None = d.describe_home(self._exhibit) if sections else None
            elif section >= len(sections):
                track = None
            elif panel < 0:
                track = d.describe_card(self._exhibit, section)
            else:
                track = d.describe_panel(self._exhibit, section, panel) if self._panel(section, panel) else None
            self._descriptions[key] = self._presenter.track(track, lang, "description") if track else _NO_TRACK
        return self._descriptions[key]

    def control(self, name: str, lang: str) -> TrackView:
        from kiosk.content.description import control_track

        return self._presenter.track(control_track(name, lang), lang, "description")
