"""The first-screen snapshot: written from the content, read back only while it still matches it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk import firstscreen
from kiosk.content import load
from kiosk.display import Presented
from kiosk.present import Presenter

SAMPLE = Path(__file__).resolve().parent / "sample"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(SAMPLE, root)
    return root


def _write(root: Path) -> Path:
    result = load(root)
    assert result.exhibits
    out = root / ".derivatives"
    firstscreen.write(result.exhibits[0], root, out)
    return out


def test_the_snapshot_holds_what_the_attract_loop_shows_in_every_language(content: Path) -> None:
    out = _write(content)
    snapshot = firstscreen.read(content, out)
    assert snapshot is not None
    exhibit = load(content).exhibits[0]
    presenter = Presenter(exhibit, out)
    assert snapshot["exhibit"] == exhibit.id
    assert snapshot["languages"] == list(exhibit.languages)
    for lang in exhibit.languages:
        # the title as the loaded content shapes it (kiosk.display: no lone last word)
        assert snapshot["title"][lang] == Presented(exhibit, presenter).title(lang) != ""
        # exactly what kiosk.ui.content would serve once the content is loaded
        assert snapshot["attract"][lang] == json.loads(json.dumps(presenter.attract(lang)))
    assert snapshot["theme"] == presenter.theme()
    assert snapshot["idle"] == {"timeout": exhibit.idle.timeout, "warning": exhibit.idle.warning}


def _replace(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            lambda root: _replace(root / "exhibits/sample/exhibit.yaml", "A sample", "A sampel"),
            id="a word of the title changed",
        ),
        pytest.param(
            lambda root: (root / "exhibits/sample/intro.yaml").write_bytes(
                (root / "exhibits/sample/intro.yaml").read_bytes() + b"\n"
            ),
            id="a section file changed",
        ),
        pytest.param(
            lambda root: (root / "exhibits/sample/new.yaml").write_text("id: new\n", encoding="utf-8"),
            id="a file was added",
        ),
        pytest.param(lambda root: (root / "exhibits/sample/places.yaml").unlink(), id="a file was removed"),
        pytest.param(
            lambda root: (root / ".derivatives/images.json").write_text("{}", encoding="utf-8"),
            id="the pictures were built again",
        ),
    ],
)
def test_a_snapshot_of_other_content_is_never_used(content: Path, change) -> None:  # type: ignore[no-untyped-def]
    out = _write(content)
    assert firstscreen.read(content, out) is not None
    change(content)
    assert firstscreen.read(content, out) is None


def test_the_same_content_in_another_folder_does_not_use_it(content: Path, tmp_path: Path) -> None:
    out = _write(content)
    moved = tmp_path / "moved"
    shutil.copytree(content, moved)  # the picture URLs in the snapshot point into the old folder
    assert firstscreen.read(moved, moved / ".derivatives") is None
    assert firstscreen.read(content, out) is not None


@pytest.mark.parametrize(
    "damage",
    [
        "",
        "not json",
        "[]",
        '{"format": 999}',
        '{"format": 1, "languages": [], "title": {}, "attract": {}, "theme": {}, "idle": {}}',
        '{"format": 1, "languages": ["en"], "title": {}, "attract": {"en": "x"}, "theme": {}, "idle": {}}',
        '{"format": 1, "languages": ["en"], "title": [], "attract": {"en": []}, "theme": {}, "idle": {}}',
    ],
)
def test_a_damaged_snapshot_is_ignored_not_fatal(content: Path, damage: str) -> None:
    out = _write(content)
    path = out / firstscreen.FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(damage, encoding="utf-8")
    assert firstscreen.read(content, out) is None
    # with the right key but the wrong shape, too
    if damage.startswith("{"):
        broken = json.loads(damage) | {"key": data["key"]}
        path.write_text(json.dumps(broken), encoding="utf-8")
        assert firstscreen.read(content, out) is None


def test_no_snapshot_means_none(content: Path) -> None:
    assert firstscreen.read(content, content / ".derivatives") is None


def test_remove_leaves_no_snapshot(content: Path) -> None:
    out = _write(content)
    firstscreen.remove(out)
    assert not (out / firstscreen.FILE).exists()
    firstscreen.remove(out)  # and twice is fine
