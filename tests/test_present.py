"""Shaping content for display: numbers, ranges, map states, quotes — plain Python, no Qt."""

from pathlib import Path

import pytest

from kiosk.content import load
from kiosk.content.model import MapPanel, QuotePanel
from kiosk.present import Presenter, format_number, format_range

SAMPLE = Path(__file__).resolve().parent / "sample"


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (10800, "en", "10,800"),
        (10800, "fr", "10\u202f800"),
        (10800, "vi", "10.800"),
        (2.5, "fr", "2,5"),
        (73, "vi", "73"),
    ],
)
def test_numbers_are_written_as_each_language_writes_them(value: float, lang: str, text: str) -> None:
    assert format_number(value, lang) == text


def test_ranges_use_an_en_dash() -> None:
    assert format_range(1571, 2293, "en") == "1,571–2,293"
    assert format_range(5, 5, "en") == "5"
    assert format_range(5, None, "en") == "5"


@pytest.fixture(scope="module")
def presenter() -> Presenter:
    result = load(SAMPLE)
    assert not result.problems
    return Presenter(result.exhibits[0])


def test_every_panel_of_the_sample_shapes_in_every_language(presenter: Presenter) -> None:
    for section in presenter.exhibit.sections:
        for panel in section.panels:
            for lang in presenter.exhibit.languages:
                view = presenter.panel(panel, lang)
                assert view["kind"] == panel.kind
                assert view["title"] == panel.title[lang]


def test_map_layers_carry_each_hotspots_state_in_order(presenter: Presenter) -> None:
    panel = next(p for s in presenter.exhibit.sections for p in s.panels if isinstance(p, MapPanel))
    view = presenter.panel(panel, "en")
    assert view["initialStates"] == ["info"] * len(panel.hotspots)
    for i, layer in enumerate(view["layers"]):
        states = panel.states_at(i)
        assert layer["states"] == [states[h.id] for h in panel.hotspots]


def test_a_quote_shows_the_original_only_beside_a_translation(presenter: Presenter) -> None:
    panel = next(p for s in presenter.exhibit.sections for p in s.panels if isinstance(p, QuotePanel))
    in_original = presenter.panel(panel, panel.original.lang)
    assert panel.original.text in in_original["quote"] and in_original["original"] == ""
    other = next(lang for lang in presenter.exhibit.languages if lang != panel.original.lang)
    translated = presenter.panel(panel, other)
    assert panel.translation[other] in translated["quote"]
    assert translated["original"] == panel.original.text


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kiosk.assets import build
    from kiosk.media.narration import plan

    out = tmp_path_factory.mktemp("built")
    result = load(SAMPLE)
    assert build(SAMPLE, out, result=result, extra_jobs=plan(result, out), workers=2, progress=False).ok
    return out


def test_pictures_come_from_the_build_as_absolute_urls_smallest_first(
    monkeypatch: pytest.MonkeyPatch, built: Path
) -> None:
    monkeypatch.chdir(SAMPLE.parent)
    result = load(Path(SAMPLE.name))  # a relative content folder
    presenter = Presenter(result.exhibits[0], built)
    cover = presenter.section(result.exhibits[0].sections[0], "en")["cover"]
    widths = [v["w"] for v in cover["variants"]]
    assert widths and widths == sorted(widths)
    assert all(v["url"].startswith("file:///") and str(built) in v["url"] for v in cover["variants"])
    assert cover["url"] == cover["variants"][-1]["url"]
    assert presenter.missing_images() == []


def test_without_a_build_pictures_have_no_url_but_keep_their_alt_text(tmp_path: Path) -> None:
    exhibit = load(SAMPLE).exhibits[0]
    presenter = Presenter(exhibit, tmp_path / "never-built")
    cover = presenter.section(exhibit.sections[0], "en")["cover"]
    assert cover["url"] == "" and cover["variants"] == []
    assert cover["alt"] == exhibit.sections[0].cover.alt["en"]
    assert exhibit.sections[0].cover.file in presenter.missing_images()


def test_spoken_narration_plays_what_the_build_made_with_its_cues(built: Path, tmp_path: Path) -> None:
    exhibit = load(SAMPLE).exhibits[0]
    section = next(s for s in exhibit.sections if s.narration is not None and s.narration.file is None)
    before = Presenter(exhibit, tmp_path / "never-built").track(section.narration, "fr")
    assert before["url"] == "" and before["cues"] == []
    assert "Bonjour" in before["transcript"]
    after = Presenter(exhibit, built).track(section.narration, "fr")
    assert after["url"].startswith("file:///") and after["url"].endswith(".wav")
    assert after["cues"] and after["cues"][0]["start"] == 0
    assert "Bonjour" in after["cues"][0]["text"]


@pytest.mark.parametrize(
    ("citation", "short"),
    [
        (
            "Bernard B. Fall, Hell in a Very Small Place. Philadelphia: Lippincott, 1966.",
            "Bernard B. Fall, Hell in a Very Small Place",
        ),
        (
            "Foreign Relations of the United States, 1952–1954, vol. XIII: Indochina. Washington: GPO.",
            "Foreign Relations of the United States, 1952–1954, vol. XIII: Indochina",
        ),
        ("A title with no full stop", "A title with no full stop"),
    ],
)
def test_short_citations_stop_after_the_title_not_at_an_initial(
    presenter: Presenter, citation: str, short: str
) -> None:
    from dataclasses import replace

    from kiosk.content.model import BibEntry

    exhibit = replace(presenter.exhibit, bibliography={"x": BibEntry("x", citation)})
    assert Presenter(exhibit).short_citation("x") == short


def test_quotes_use_each_languages_quotation_marks(presenter: Presenter) -> None:
    panel = next(p for s in presenter.exhibit.sections for p in s.panels if isinstance(p, QuotePanel))
    assert presenter.panel(panel, "fr")["quote"].startswith("«\u00a0")
    assert presenter.panel(panel, "en")["quote"].startswith("“")
    assert presenter.panel(panel, "vi")["quote"].startswith("“")


def test_chart_sources_are_listed_once_and_bars_point_to_them(presenter: Presenter) -> None:
    from dataclasses import replace

    from kiosk.content.model import Bar, BibEntry, Chart, FiguresPanel, LText

    label = LText({"vi": "x", "en": "x", "fr": "x"})
    chart = Chart(bars=(Bar(label, 1, None, "a"), Bar(label, 2, None, "b"), Bar(label, 3, None, "a"), Bar(label, 4)))
    panel = FiguresPanel(id="f", title=label, sources=("a",), items=(), chart=chart)
    bibliography = {"a": BibEntry("a", "Source Alpha. Place"), "b": BibEntry("b", "B")}
    exhibit = replace(presenter.exhibit, bibliography=bibliography)
    view = Presenter(exhibit).panel(panel, "en")["chart"]
    assert view["sources"] == ["[1] Source Alpha", "[2] B"]
    assert [bar["note"] for bar in view["bars"]] == ["[1]", "[2]", "[1]", ""]


def test_a_panel_names_its_first_sources_in_one_short_line_and_counts_the_rest() -> None:
    from kiosk import BUNDLED_CONTENT
    from kiosk.present import SOURCES_IN_LINE

    result = load(BUNDLED_CONTENT)
    assert not [p for p in result.problems if p.severity == "error"]
    (exhibit,) = result.exhibits
    presenter = Presenter(exhibit)
    for section in exhibit.sections:
        for panel in section.panels:
            for lang in exhibit.languages:
                line = presenter.panel(panel, lang)["sourceLine"]
                names = line.split(" · ")
                assert len(names) == min(len(panel.sources), SOURCES_IN_LINE), line
                if len(panel.sources) > SOURCES_IN_LINE:
                    assert line.endswith(f"(+{len(panel.sources) - SOURCES_IN_LINE})"), line
                # a name, not a citation: no file, address or research trail under a panel
                assert len(line) < 110 and "http" not in line and ".txt" not in line and "mirror" not in line, line
    fall = Presenter(exhibit).short_name("fall-1966", "fr")
    assert fall == "Fall 1966"
