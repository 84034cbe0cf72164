"""The kiosk's lookup of built derivatives: the right size, nothing stale, never an exception."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from kiosk.media.derivatives import Derivatives, read_manifest

LADDER = [(480, 270), (960, 540), (1920, 1080), (2880, 1620), (3840, 2160)]


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A content folder with one 16:9 picture and a hand-written manifest of its five derivatives."""
    root = tmp_path / "content"
    source = root / "assets" / "x" / "pic.jpg"
    source.parent.mkdir(parents=True)
    source.write_bytes(b"pretend this is a JPEG")
    out = root / ".derivatives"
    (out / "img").mkdir(parents=True)
    derivatives = []
    for w, h in LADDER:
        name = f"img/{w:016x}-{w}.jpg"
        (out / name).write_bytes(b"x")
        derivatives.append({"width": w, "height": h, "file": name})
    st = source.stat()
    manifest = {
        "version": 1,
        "recipe": "1",
        "images": {
            "assets/x/pic.jpg": {
                "size": st.st_size,
                "mtime_ns": st.st_mtime_ns,
                "sha256": "0" * 64,
                "width": 4000,
                "height": 2250,
                "format": "jpg",
                "derivatives": derivatives,
            }
        },
    }
    (out / "images.json").write_text(json.dumps(manifest))
    return root


def width(path: Path | None) -> int | None:
    return None if path is None else int(path.stem.rsplit("-", 1)[1])


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        ((1920, 1080), 1920),  # a full HD screen
        ((3840, 2160), 3840),  # a 4K screen
        ((1080, 1920), 3840),  # filling a portrait screen's height crops a landscape picture: 3413 wide
        ((400, 200), 480),
        ((961, 100), 960),  # one pixel of slack: heights are rounded
        ((962, 100), 1920),
        ((959, 539), 960),
        ((5000, 3000), 3840),  # nothing covers it: the largest
        ((0, 0), 480),  # no constraint: the smallest
        ((0, 1000), 1920),  # height only
    ],
)
def test_pick_chooses_the_smallest_that_covers_the_box(built: Path, box: tuple[int, int], expected: int) -> None:
    assert width(Derivatives.load(built).pick("assets/x/pic.jpg", *box)) == expected


def test_pick_with_fit_covers_the_picture_shown_whole(built: Path) -> None:
    lookup = Derivatives.load(built)
    assert width(lookup.pick("assets/x/pic.jpg", 1080, 1920, fit=True)) == 1920  # shown 1080×608
    assert width(lookup.pick("assets/x/pic.jpg", 2000, 500, fit=True)) == 960  # shown 889×500
    assert width(lookup.pick("assets/x/pic.jpg", 1920, 1080, fit=True)) == 1920


def test_pick_returns_paths_inside_the_output_folder(built: Path) -> None:
    path = Derivatives.load(built).pick("assets/x/pic.jpg", 100, 100)
    assert path == built / ".derivatives" / "img" / f"{480:016x}-480.jpg" and path.is_file()


def test_unknown_image_has_no_derivative(built: Path) -> None:
    lookup = Derivatives.load(built)
    assert lookup.pick("assets/x/other.jpg", 100, 100) is None
    assert lookup.size("assets/x/other.jpg") is None
    assert lookup.missing(["assets/x/pic.jpg", "assets/x/other.jpg", "assets/x/other.jpg"]) == ["assets/x/other.jpg"]


def test_a_changed_source_is_stale(built: Path) -> None:
    source = built / "assets" / "x" / "pic.jpg"
    lookup = Derivatives.load(built)
    assert lookup.size("assets/x/pic.jpg") == (4000, 2250)
    st = source.stat()
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # touched
    assert lookup.pick("assets/x/pic.jpg", 100, 100) is None
    assert lookup.size("assets/x/pic.jpg") is None
    assert lookup.missing(["assets/x/pic.jpg"]) == ["assets/x/pic.jpg"]
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns))
    source.write_bytes(b"pretend this is a JPEG!")  # same time, other size
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert lookup.pick("assets/x/pic.jpg", 100, 100) is None
    source.unlink()
    assert lookup.pick("assets/x/pic.jpg", 100, 100) is None


def test_a_deleted_derivative_falls_back_to_another(built: Path) -> None:
    out = built / ".derivatives" / "img"
    (out / f"{1920:016x}-1920.jpg").unlink()
    lookup = Derivatives.load(built)
    assert width(lookup.pick("assets/x/pic.jpg", 1920, 1080)) == 2880
    for file in out.iterdir():
        file.unlink()
    assert lookup.pick("assets/x/pic.jpg", 1920, 1080) is None


def _corrupt(out: Path, text: str) -> None:
    (out / "images.json").write_text(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{not json", "is damaged (not JSON"),
        ("", "is damaged (not JSON"),
        ("[1, 2]", "has version None"),
        ('{"version": 99, "images": {}}', "has version 99"),
        ('{"version": 1}', "has no 'images' table"),
        ('{"version": 1, "images": []}', "has no 'images' table"),
    ],
)
def test_a_corrupt_manifest_gives_an_empty_lookup_and_a_reason(built: Path, text: str, reason: str) -> None:
    _corrupt(built / ".derivatives", text)
    lookup = Derivatives.load(built)
    assert len(lookup) == 0 and reason in lookup.reason and "kiosk assets build" in lookup.reason
    assert lookup.pick("assets/x/pic.jpg", 100, 100) is None


def test_bad_records_are_ignored_not_fatal(built: Path) -> None:
    out = built / ".derivatives"
    manifest: dict[str, Any] = json.loads((out / "images.json").read_text())
    record = manifest["images"]["assets/x/pic.jpg"]
    record["derivatives"] = [None, {"width": "wide"}, *record["derivatives"][:1], 7]
    manifest["images"]["assets/x/broken.jpg"] = "not a record"
    manifest["images"]["assets/x/odd.jpg"] = {"derivatives": "none", "width": -1}
    (out / "images.json").write_text(json.dumps(manifest))
    lookup = Derivatives.load(built)
    assert lookup.reason == ""
    assert width(lookup.pick("assets/x/pic.jpg", 5000, 5000)) == 480
    assert lookup.pick("assets/x/broken.jpg", 1, 1) is None
    assert lookup.pick("assets/x/odd.jpg", 1, 1) is None and lookup.size("assets/x/odd.jpg") is None


def test_no_manifest_yet(tmp_path: Path) -> None:
    lookup = Derivatives.load(tmp_path)
    assert len(lookup) == 0 and "does not exist yet" in lookup.reason
    assert lookup.missing(["a.png"]) == ["a.png"]


def test_an_unreadable_manifest(tmp_path: Path) -> None:
    (tmp_path / "images.json").mkdir()  # a folder where the file should be
    meta, records, reason = read_manifest(tmp_path / "images.json", "images")
    assert (meta, records) == ({}, {}) and "cannot read" in reason


def test_other_output_folder(built: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    (built / ".derivatives").rename(other)
    assert len(Derivatives.load(built)) == 0
    lookup = Derivatives.load(built, other)
    assert lookup.pick("assets/x/pic.jpg", 10, 10) == other / "img" / f"{480:016x}-480.jpg"


def test_variants_lists_what_is_on_disk_and_nothing_when_stale(built: Path) -> None:
    out = built / ".derivatives"
    (out / "img" / f"{960:016x}-960.jpg").unlink()
    lookup = Derivatives.load(built)
    assert [(w, h) for w, h, _ in lookup.variants("assets/x/pic.jpg")] == [
        (480, 270),
        (1920, 1080),
        (2880, 1620),
        (3840, 2160),
    ]
    assert all(path.parent == out / "img" for _, _, path in lookup.variants("assets/x/pic.jpg"))
    assert lookup.variants("assets/x/other.jpg") == []
    (built / "assets" / "x" / "pic.jpg").write_bytes(b"changed")
    assert lookup.variants("assets/x/pic.jpg") == []


def test_one_rule_for_which_size_to_show_the_screens_ask_it_too() -> None:
    from kiosk.media.derivatives import preference

    sizes = [(480, 320), (960, 640), (1920, 1280)]
    assert preference(sizes, 900, 600) == [1, 2, 0]  # the smallest that covers, then the rest, largest first
    assert preference(sizes, 4000, 100) == [2, 1, 0]  # none covers: the largest
    assert preference(sizes, 0, 0) == [0, 1, 2]
    assert preference(sizes, 960, 2000, fit=True)[0] == 1  # a tall box: the width decides
    assert preference(sizes, 961, 640)[0] == 1  # a pixel of slack for rounded heights
    assert preference([], 100, 100) == []
