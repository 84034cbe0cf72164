"""Image derivatives: what comes out for each kind of picture, and a Problem for each broken one."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, JpegImagePlugin

from kiosk.content import load
from kiosk.media import images
from kiosk.media.build import BuildReport, build
from tests.media.conftest import IMAGES_LINE, adobe_rgb_profile, jpeg, photo, png, png_bomb

Content = Callable[[dict[str, bytes]], Path]
SAMPLE_PHOTO = Path(__file__).resolve().parent.parent / "sample" / "assets" / "sample" / "photo.png"


def run(root: Path, **kw: Any) -> tuple[BuildReport, dict[str, Any]]:
    """Build in this process; the report and the image manifest's records."""
    report = build(root, root / "out", workers=1, progress=False, **kw)
    manifest = json.loads((root / "out" / "images.json").read_text())
    return report, manifest["images"]


def derivative(root: Path, record: dict[str, Any], index: int = -1) -> Image.Image:
    """A derivative as written, loaded (the largest by default)."""
    with Image.open(root / "out" / record["derivatives"][index]["file"]) as im:
        im.load()
        return im


def close(a: tuple[int, ...], b: tuple[int, ...], tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


# --- what comes out ---------------------------------------------------------------------------


def test_widths_never_exceed_the_original() -> None:
    assert images.widths_for(8) == (8,)
    assert images.widths_for(1000) == (480, 1000)  # 960 is within 10 %: the original's width instead
    assert images.widths_for(2000) == (480, 960, 2000)
    assert images.widths_for(6000) == images.WIDTHS
    assert images.widths_for(3840) == images.WIDTHS
    assert images.widths_for(0, vector=True) == images.WIDTHS


def test_a_large_photo_gets_every_rung_with_its_aspect(content: Content) -> None:
    root = content({"big.jpg": jpeg(photo((4000, 3000)))})
    report, records = run(root)
    assert report.ok and report.made == 2  # the cover and the photo
    rec = records["assets/x/big.jpg"]
    assert (rec["width"], rec["height"], rec["format"]) == (4000, 3000, "jpg")
    assert [(d["width"], d["height"]) for d in rec["derivatives"]] == [
        (480, 360),
        (960, 720),
        (1920, 1440),
        (2880, 2160),
        (3840, 2880),
    ]
    for d in rec["derivatives"]:
        assert d["file"].startswith("img/") and d["file"].endswith(f"-{d['width']}.jpg")
        with Image.open(root / "out" / d["file"]) as im:
            assert (im.format, im.size) == ("JPEG", (d["width"], d["height"]))


def test_a_small_picture_is_not_upscaled(content: Content) -> None:
    root = content({"small.jpg": jpeg(photo((700, 300)))})
    _, records = run(root)
    assert [(d["width"], d["height"]) for d in records["assets/x/small.jpg"]["derivatives"]] == [(480, 206), (700, 300)]


def test_exif_orientation_is_applied_before_resizing(content: Content) -> None:
    # Stored 1200×600, red in the top-left quarter; orientation 6 means "rotate 90° clockwise to show".
    stored = Image.new("RGB", (1200, 600), (0, 0, 255))
    stored.paste((255, 0, 0), (0, 0, 600, 300))
    exif = Image.Exif()
    exif[0x0112] = 6
    root = content({"turned.jpg": jpeg(stored, exif=exif)})
    _, records = run(root)
    rec = records["assets/x/turned.jpg"]
    assert (rec["width"], rec["height"]) == (600, 1200)
    shown = derivative(root, rec)
    assert shown.size == (600, 1200)
    assert close(shown.getpixel((590, 10)), (255, 0, 0))  # the red corner is now top right
    assert close(shown.getpixel((10, 10)), (0, 0, 255))
    assert close(shown.getpixel((590, 1190)), (0, 0, 255))
    assert not shown.getexif()  # metadata stripped: no viewer rotates it a second time


def test_cmyk_jpeg_comes_out_rgb(content: Content) -> None:
    root = content({"print.jpg": jpeg(Image.new("CMYK", (600, 400), (0, 255, 255, 0)))})
    _, records = run(root)
    out = derivative(root, records["assets/x/print.jpg"])
    assert out.mode == "RGB"
    assert close(out.getpixel((300, 200)), (255, 0, 0))


def test_a_colour_profile_is_converted_to_srgb_and_dropped(content: Content) -> None:
    # Adobe RGB's green is wider than sRGB's: the same numbers are a more saturated green there.
    source = Image.new("RGB", (600, 400), (40, 180, 60))
    root = content({"adobe.jpg": jpeg(source, icc_profile=adobe_rgb_profile()), "plain.jpg": jpeg(source)})
    report, records = run(root)
    assert report.ok, [p.format() for p in report.problems]
    converted = derivative(root, records["assets/x/adobe.jpg"])
    untouched = derivative(root, records["assets/x/plain.jpg"])
    assert close(untouched.getpixel((300, 200)), (40, 180, 60), 3)
    r, g, b = converted.getpixel((300, 200))
    assert r < 15 and b < 50 and g >= 175  # pushed towards sRGB's pure green
    assert "icc_profile" not in converted.info


def test_an_unreadable_colour_profile_is_a_warning_not_an_error(content: Content) -> None:
    root = content({"odd.jpg": jpeg(photo((600, 400)), icc_profile=b"not a profile" * 20)})
    report, records = run(root)
    assert report.ok and "assets/x/odd.jpg" in records
    [warning] = report.problems
    assert warning.severity == "warning" and "colour profile" in warning.message


def test_transparency_keeps_png_and_opaque_png_becomes_jpeg(content: Content) -> None:
    clear = Image.new("RGBA", (800, 600), (200, 100, 50, 255))
    clear.paste((0, 0, 0, 0), (0, 0, 400, 300))
    opaque_alpha = Image.new("RGBA", (800, 600), (200, 100, 50, 255))
    palette = Image.new("P", (800, 600), 1)
    palette.putpalette([0, 0, 0, 255, 0, 0])
    root = content(
        {
            "clear.png": png(clear),
            "opaque.png": png(opaque_alpha),
            "rgb.png": png(photo((800, 600))),
            "palette.png": png(palette, transparency=0),
        }
    )
    report, records = run(root)
    assert report.ok
    formats = {k.removeprefix("assets/x/"): v["format"] for k, v in records.items()}
    assert formats == {
        "clear.png": "png",
        "opaque.png": "jpg",
        "rgb.png": "jpg",
        "palette.png": "jpg",
        "cover.png": "jpg",
    }
    kept = derivative(root, records["assets/x/clear.png"])
    assert (kept.format, kept.mode) == ("PNG", "RGBA")
    assert kept.getpixel((10, 10))[3] == 0 and kept.getpixel((790, 590))[3] == 255


def test_a_palette_picture_with_a_used_transparent_colour_stays_png(content: Content) -> None:
    palette = Image.new("P", (600, 400), 1)
    palette.putpalette([0, 0, 0, 255, 0, 0])
    palette.paste(0, (0, 0, 100, 100))
    root = content({"icon.png": png(palette, transparency=0)})
    _, records = run(root)
    out = derivative(root, records["assets/x/icon.png"])
    assert out.mode == "RGBA" and out.getpixel((5, 5))[3] == 0 and out.getpixel((500, 300)) == (255, 0, 0, 255)


def test_sixteen_bit_grey_is_scaled_not_clipped(content: Content) -> None:
    grey = Image.new("I;16", (600, 400), 32768)  # mid-grey in 16 bits
    root = content({"scan.png": png(grey)})
    _, records = run(root)
    out = derivative(root, records["assets/x/scan.png"])
    assert out.mode == "L" and abs(out.getpixel((300, 200)) - 128) <= 2


def test_large_jpegs_are_decoded_at_reduced_size(content: Content, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []
    original = JpegImagePlugin.JpegImageFile.draft

    def spy(self: JpegImagePlugin.JpegImageFile, mode: str | None, size: tuple[int, int] | None) -> Any:
        calls.append(size or (0, 0))
        return original(self, mode, size)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    root = content({"wide.jpg": jpeg(photo((8000, 1000))), "normal.jpg": jpeg(photo((4000, 500)))})
    _, records = run(root)
    assert calls == [(3840, 480)]  # only the one at least twice the largest derivative
    assert records["assets/x/wide.jpg"]["derivatives"][-1] == {
        "width": 3840,
        "height": 480,
        "file": records["assets/x/wide.jpg"]["derivatives"][-1]["file"],
        "bytes": records["assets/x/wide.jpg"]["derivatives"][-1]["bytes"],
    }
    assert derivative(root, records["assets/x/wide.jpg"]).size == (3840, 480)


def test_names_hash_the_content_the_recipe_the_width_and_the_format() -> None:
    a = images.derivative_name("ab" * 32, 960, "jpg")
    assert a.startswith("img/") and a.endswith("-960.jpg")
    assert a != images.derivative_name("cd" * 32, 960, "jpg")
    assert a != images.derivative_name("ab" * 32, 480, "jpg")
    assert images.derivative_name("ab" * 32, 960, "png").endswith("-960.png")
    assert images.NAME_PATTERN.match(a.removeprefix("img/"))


def test_collect_finds_every_media_in_the_sample_once() -> None:
    result = load(Path(__file__).resolve().parent.parent / "sample")
    found = images.collect(result)
    assert set(found) == {"assets/sample/photo.png", "assets/sample/portrait.jpg", "assets/sample/map.svg"}
    ref = found["assets/sample/photo.png"]
    assert (ref.file, ref.line) == ("exhibits/sample/exhibit.yaml", 9)  # the attract slide's file key
    assert ref.path == "attract[0].image.file"


# --- SVG drawings -----------------------------------------------------------------------------


def test_svg_gets_every_rung_from_qt(content: Content) -> None:
    drawing = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90" viewBox="0 0 160 90">'
        '<rect width="160" height="90" fill="#cdbf9f"/>'
        '<text x="10" y="60" font-family="Noto Sans" font-size="40" fill="#000">Hà Nội</text></svg>'
    ).encode()
    root = content({"map.svg": drawing})
    report, records = run(root)
    assert report.ok, [p.format() for p in report.problems]
    rec = records["assets/x/map.svg"]
    assert rec["format"] == "jpg"  # opaque
    assert [(d["width"], d["height"]) for d in rec["derivatives"]] == [
        (480, 270),
        (960, 540),
        (1920, 1080),
        (2880, 1620),
        (3840, 2160),
    ]
    big = derivative(root, rec)
    assert big.size == (3840, 2160)
    assert close(big.getpixel((3800, 20)), (0xCD, 0xBF, 0x9F))
    dark = sum(1 for px in big.resize((384, 216)).get_flattened_data() if sum(px) < 200)
    assert dark > 100  # the text was drawn


def test_svg_with_a_transparent_background_stays_png(content: Content) -> None:
    drawing = (
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        b'<circle cx="50" cy="50" r="25" fill="#c00"/></svg>'
    )
    root = content({"dot.svg": drawing})
    _, records = run(root)
    out = derivative(root, records["assets/x/dot.svg"], 0)
    assert (out.format, out.mode, out.size) == ("PNG", "RGBA", (480, 480))
    assert out.getpixel((5, 5))[3] == 0 and close(out.getpixel((240, 240)), (0xCC, 0, 0, 255))


# --- broken pictures: a Problem at the place that names them, never a crash -------------------

_JPEG = jpeg(photo((900, 600)))
_PNG = png(photo((300, 200)))


def _damaged_png() -> bytes:
    data = bytearray(_PNG)
    data[len(data) // 2] ^= 0xFF
    data[len(data) // 2 + 1] ^= 0x55
    return bytes(data)


BROKEN = {
    "truncated.jpg": (_JPEG[: len(_JPEG) // 2], "image-truncated", "is truncated (the file ends early)"),
    "header-only.jpg": (_JPEG[:300], "image-truncated", "is truncated"),
    "random.jpg": (os.urandom(4096), "image-unreadable", "is not a picture the kiosk can read"),
    "empty.png": (b"", "image-empty", "is empty (0 bytes)"),
    "bomb.png": (png_bomb(), "image-too-large", "is too large to decode safely (2500 megapixels)"),
    "damaged.png": (_damaged_png(), "image-damaged", "is damaged"),
    "broken.svg": (
        b'<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>',
        "svg-unreadable",
        "is not an SVG drawing the kiosk can read",
    ),
    "nosize.svg": (b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "svg-unreadable", "it has no size"),
    # never drawn: Qt would read the file from anywhere, or spend minutes on the copies
    "outside.svg": (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 9 9">'
        + f'<image xlink:href="{SAMPLE_PHOTO}" width="9" height="9"/></svg>'.encode(),
        "svg-outside-link",
        "links to '/",
    ),
    "usebomb.svg": (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 9 9">'
        b'<defs><rect id="l0" width="1" height="1"/>'
        + b"".join(
            f'<g id="l{i}">'.encode() + f'<use xlink:href="#l{i - 1}"/>'.encode() * 10 + b"</g>" for i in range(1, 8)
        )
        + b'</defs><use xlink:href="#l7"/></svg>',
        "svg-too-complex",
        "shapes through <use> copies",
    ),
}


_GOOD_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5"/></svg>'


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_picture_is_a_problem_at_its_yaml_line(content: Content, name: str) -> None:
    """The build's own defence: the file goes bad after validation saw a good one (validate
    refuses most of these by itself: test_validate_refuses_what_the_bytes_show)."""
    data, code, message = BROKEN[name]
    good = {".jpg": _JPEG, ".png": _PNG, ".svg": _GOOD_SVG}[Path(name).suffix]
    root = content({"good.jpg": _JPEG, name: good, "after.png": _PNG})
    result = load(root)
    assert result.ok
    (root / "assets" / "x" / name).write_bytes(data)
    report = build(root, root / "out", result=result, workers=1, progress=False)
    records = json.loads((root / "out" / "images.json").read_text())["images"]
    assert not report.ok and report.failed == 1 and report.made == 3
    [problem] = report.problems
    assert problem.code == code
    assert problem.message.startswith(f"assets/x/{name} ")
    assert message in problem.message
    assert problem.hint
    assert (problem.file, problem.line) == ("exhibits/x/s.yaml", IMAGES_LINE + 2)
    assert problem.path == "panels[0].images[1].file"
    assert set(records) == {"assets/x/cover.png", "assets/x/good.jpg", "assets/x/after.png"}
    assert not list((root / "out").rglob("*.tmp*"))


def test_a_picture_over_the_pixel_limit_is_refused(content: Content) -> None:
    # Pillow warns between the limit and twice the limit: that is refused too.
    root = content({"large.png": png(photo((2000, 1500)))})
    limit = Image.MAX_IMAGE_PIXELS
    report, records = run(root, max_pixels=2_000_000)
    [problem] = report.problems
    assert problem.code == "image-too-large" and "the limit is 2 megapixels" in problem.message
    assert "assets/x/large.png" not in records
    assert limit == Image.MAX_IMAGE_PIXELS  # the worker puts Pillow's global back


def test_a_missing_file_is_a_problem(content: Content) -> None:
    root = content({"gone.jpg": _JPEG})
    result = load(root)  # the loader saw the file…
    (root / "assets/x/gone.jpg").unlink()  # …and then it went
    report = build(root, root / "out", result=result, workers=1, progress=False)
    [problem] = report.problems
    assert problem.code == "image-unreadable" and "cannot read assets/x/gone.jpg" in problem.message


def test_the_worker_never_raises(tmp_path: Path) -> None:
    (tmp_path / "x.webp").write_bytes(b"RIFF\x00\x00\x00\x00WEBPVP8 " + os.urandom(64))
    task = images.ImageTask(str(tmp_path), "x.webp", str(tmp_path / "out"), images.Ref("s.yaml", 3, 5, "p"))
    result = images.make(task)
    assert result.record is None
    [problem] = result.problems
    assert (problem.file, problem.line, problem.column) == ("s.yaml", 3, 5)
    assert "assets" not in problem.message and problem.message.startswith("x.webp ")
