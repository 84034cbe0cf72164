"""Where an installed or a cloned kiosk finds its content and keeps what it builds (no build needed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kiosk
from kiosk.cli import main
from kiosk.content import load
from kiosk.media.derivatives import default_out
from kiosk.scaffold import new_content


def test_a_clone_uses_its_own_exhibits_and_assets() -> None:
    assert kiosk.PACKAGE_DIR.parent == kiosk.BUNDLED_CONTENT
    assert (kiosk.BUNDLED_CONTENT / "exhibits" / "dien-bien-phu" / "exhibit.yaml").is_file()
    assert not kiosk.inside_package(kiosk.BUNDLED_CONTENT)


def test_a_writable_content_folder_keeps_its_built_media_beside_it(tmp_path: Path) -> None:
    assert default_out(tmp_path, tmp_path / "state") == tmp_path.resolve() / ".derivatives"


def test_a_read_only_content_folder_builds_into_the_state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "museum"
    content.mkdir()
    # as the kiosk user sees a folder of root's (chmod would not do: the tests may run as root)
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != content)
    out = default_out(content, tmp_path / "state")
    assert out.parent == tmp_path / "state" / "built" and out.name.startswith("museum-")
    assert default_out(content, tmp_path / "state") == out  # the kiosk looks where the build wrote


def test_a_read_only_folder_that_was_built_by_its_owner_is_read_in_place(tmp_path: Path) -> None:
    """(e.g. built as root into /srv/kiosk, read by the kiosk user): an existing .derivatives wins."""
    (tmp_path / ".derivatives").mkdir()
    assert default_out(tmp_path, tmp_path / "state") == tmp_path.resolve() / ".derivatives"


def test_two_read_only_folders_of_the_same_name_do_not_share_built_media(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "access", lambda *_: False)
    a, b = tmp_path / "a" / "content", tmp_path / "b" / "content"
    a.mkdir(parents=True)
    b.mkdir(parents=True)
    assert default_out(a, tmp_path) != default_out(b, tmp_path)


def test_the_starter_is_a_valid_exhibit_with_three_languages_and_a_credited_picture(tmp_path: Path) -> None:
    made = new_content(tmp_path / "ours")
    assert Path("exhibits/first-exhibit/exhibit.yaml") in made
    result = load(tmp_path / "ours")
    assert [p.format() for p in result.problems] == []  # no error and no advice either
    (exhibit,) = result.exhibits
    assert list(exhibit.languages) == ["vi", "en", "fr"]
    assert len(exhibit.sections) == 1 and len(exhibit.sections[0].panels) >= 2
    text = (tmp_path / "ours/exhibits/first-exhibit/first-room.yaml").read_text(encoding="utf-8")
    for field in ("alt:", "credit:", "licence:"):
        assert field in text


def test_kiosk_new_refuses_a_folder_that_holds_anything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    assert main(["new", str(tmp_path)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_kiosk_new_fills_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path)]) == 0
    assert "kiosk validate" in capsys.readouterr().out
    assert main(["validate", str(tmp_path)]) == 0


def test_the_build_asks_for_the_pyside6_range_the_kiosk_depends_on() -> None:
    import tomllib

    from tools.build_backend import LRELEASE

    project = tomllib.loads((kiosk.PACKAGE_DIR.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert LRELEASE in project["project"]["dependencies"]
