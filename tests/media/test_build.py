"""The build: incremental, parallel (spawned workers), safe to interrupt, and the CLI around it."""

from __future__ import annotations

import json
import os
import re
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from kiosk.cli import main
from kiosk.content.model import Problem
from kiosk.media import images
from kiosk.media.build import build
from kiosk.media.derivatives import Derivatives
from kiosk.media.jobs import Job, JobResult
from tests.media.conftest import jpeg, photo, png

Content = Callable[[dict[str, bytes]], Path]


def pictures(n: int, size: tuple[int, int] = (1000, 700)) -> dict[str, bytes]:
    return {f"p{i}.jpg": jpeg(photo(size).rotate(i * 7)) for i in range(n)}


def records(out: Path, name: str = "images.json", section: str = "images") -> dict[str, Any]:
    return json.loads((out / name).read_text())[section]


def temporaries(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if ".tmp" in p.name]


# Jobs for the builder's own tests. They run in spawned workers, so they are top-level functions.


def say(path: str, text: str) -> JobResult:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text)
    return JobResult(record={"audio": Path(path).name, "text": text})


def interrupt(pid: int) -> JobResult:
    """Press Ctrl-C on the build, from inside a worker (the parent gets the signal)."""
    os.kill(pid, signal.SIGINT)
    return JobResult()


def crash() -> JobResult:
    os._exit(3)


def complain(label: str) -> JobResult:
    return JobResult((Problem(label, 0, 0, f"{label}: no voice", "install one"),))


def raising() -> JobResult:
    raise RuntimeError("a bug")


def job(
    kind: str,
    key: str,
    func: Callable[..., JobResult],
    *args: Any,
    outputs: tuple[Path, ...] = (),
    record: dict[str, Any] | None = None,
) -> Job:
    return Job(kind, key, key, outputs, func, args, record)


# --- incremental ------------------------------------------------------------------------------


def test_a_second_build_makes_nothing(content: Content) -> None:
    root = content(pictures(3))
    first = build(root, workers=1, progress=False)
    assert (first.made, first.skipped, first.failed) == (4, 0, 0) and first.ok
    out = root / ".derivatives"  # the default output folder
    files = sorted(p.name for p in (out / "img").iterdir())
    second = build(root, workers=1, progress=False)
    assert (second.made, second.skipped, second.failed) == (0, 4, 0)
    assert sorted(p.name for p in (out / "img").iterdir()) == files
    assert second.summary().startswith("0 made, 4 already up to date, 0 problems in ")


def test_the_build_leaves_a_snapshot_of_the_first_screen_that_points_at_what_it_made(content: Content) -> None:
    from kiosk import assets, firstscreen

    root = content(pictures(1))
    assert firstscreen.read(root, root / ".derivatives") is None
    assets.build(root, workers=1, progress=False)
    out = root / ".derivatives"
    snapshot = firstscreen.read(root, out)
    assert snapshot is not None and snapshot["title"] == {"en": "X"}
    (slide,) = snapshot["attract"]["en"]
    assert slide["text"] == "Hi" and slide["image"]["alt"] == "a cover"
    made = {(out / d["file"]).resolve().as_uri() for d in records(out)["assets/x/cover.png"]["derivatives"]}
    assert {v["url"] for v in slide["image"]["variants"]} == made and made

    # content that no longer loads: the old snapshot goes, so the kiosk cannot draw it
    (root / "exhibits" / "x" / "exhibit.yaml").write_text("id: x\n", encoding="utf-8")
    assets.build(root, workers=1, progress=False)
    assert not (out / firstscreen.FILE).exists()


def test_the_media_build_alone_knows_nothing_of_the_first_screen(content: Content) -> None:
    from kiosk import firstscreen

    root = content(pictures(1))
    report = build(root, workers=1, progress=False)
    assert report.made and not (root / ".derivatives" / firstscreen.FILE).exists()


def test_a_changed_source_gets_new_names_and_the_old_ones_go(content: Content) -> None:
    root = content(pictures(2))
    out = root / "out"
    build(root, out, workers=1, progress=False)
    before = records(out)["assets/x/p0.jpg"]
    lookup = Derivatives.load(root, out)
    old = lookup.pick("assets/x/p0.jpg", 1920, 1080)
    assert old is not None and old.is_file()

    (root / "assets/x/p0.jpg").write_bytes(jpeg(photo((1000, 700)).transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    assert lookup.pick("assets/x/p0.jpg", 1920, 1080) is None  # stale: the placeholder, not the old picture
    report = build(root, out, workers=1, progress=False)
    assert (report.made, report.skipped) == (1, 2)
    after = records(out)["assets/x/p0.jpg"]
    assert after["sha256"] != before["sha256"]
    assert not {d["file"] for d in after["derivatives"]} & {d["file"] for d in before["derivatives"]}
    new = Derivatives.load(root, out).pick("assets/x/p0.jpg", 1920, 1080)
    assert new is not None and new != old and new.is_file()
    # A kiosk still running on the last manifest shows the old files: they go one build later.
    assert old.is_file() and report.pruned == 0
    report = build(root, out, workers=1, progress=False)
    assert not old.exists() and report.pruned == len(before["derivatives"])


def test_a_touched_source_is_hashed_again_but_not_remade(content: Content) -> None:
    root = content(pictures(1))
    out = root / "out"
    build(root, out, workers=1, progress=False)
    before = records(out)["assets/x/p0.jpg"]
    made = {p: p.stat().st_mtime_ns for p in (out / "img").iterdir()}
    source = root / "assets/x/p0.jpg"
    st = source.stat()
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    report = build(root, out, workers=1, progress=False)
    after = records(out)["assets/x/p0.jpg"]
    assert report.made == 1 and after["derivatives"] == before["derivatives"]
    assert after["mtime_ns"] == st.st_mtime_ns + 5_000_000_000
    assert {p: p.stat().st_mtime_ns for p in (out / "img").iterdir()} == made  # nothing written
    assert Derivatives.load(root, out).pick("assets/x/p0.jpg", 100, 100) is not None


def test_force_makes_everything_again(content: Content) -> None:
    root = content(pictures(1))
    build(root, root / "out", workers=1, progress=False)
    report = build(root, root / "out", workers=1, progress=False, force=True)
    assert (report.made, report.skipped) == (2, 0)


def test_a_removed_image_leaves_the_manifest_and_its_files_go(content: Content) -> None:
    root = content(pictures(2))
    out = root / "out"
    build(root, out, workers=1, progress=False)
    gone = {d["file"] for d in records(out)["assets/x/p1.jpg"]["derivatives"]}
    section = root / "exhibits/x/s.yaml"
    section.write_text("".join(line for line in section.read_text().splitlines(keepends=True) if "p1.jpg" not in line))
    report = build(root, out, workers=1, progress=False)
    assert report.ok and set(records(out)) == {"assets/x/cover.png", "assets/x/p0.jpg"}
    assert report.pruned == 0 and all((out / f).exists() for f in gone)  # a running kiosk may show them
    report = build(root, out, workers=1, progress=False)
    assert report.pruned == len(gone) and not any((out / f).exists() for f in gone)


def test_a_recipe_change_makes_everything_again(content: Content, monkeypatch: pytest.MonkeyPatch) -> None:
    root = content(pictures(1))
    build(root, root / "out", workers=1, progress=False)
    monkeypatch.setattr(images, "RECIPE_VERSION", "test")
    report = build(root, root / "out", workers=1, progress=False)
    assert report.made == 2 and json.loads((root / "out/images.json").read_text())["recipe"] == "test"


def test_stray_temporary_files_are_removed(content: Content) -> None:
    root = content(pictures(1))
    out = root / "out"
    (out / "img").mkdir(parents=True)
    (out / "img" / "0123456789abcdef-960.jpg.tmp-4242").write_bytes(b"half a pict")
    (out / "images.json.tmp-4242").write_text("{")
    build(root, out, workers=1, progress=False)
    assert temporaries(out) == []


# --- in parallel ------------------------------------------------------------------------------


def test_spawned_workers_build_everything(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = build(sample, out, workers=2, progress=False)
    assert report.ok and report.made == 3, [p.format() for p in report.problems]
    lookup = Derivatives.load(sample, out)
    assert lookup.missing(["assets/sample/photo.png", "assets/sample/portrait.jpg", "assets/sample/map.svg"]) == []
    assert lookup.size("assets/sample/photo.png") == (8, 6)
    svg = lookup.pick("assets/sample/map.svg", 1920, 1080)
    assert svg is not None and svg.name.endswith("-1920.jpg")
    with Image.open(svg) as im:
        assert im.size == (1920, 1080)


def test_extra_jobs_run_and_their_records_go_to_their_own_manifest(content: Content, tmp_path: Path) -> None:
    root = content({})
    out = root / "out"
    audio = [out / "narration" / f"{k}.wav" for k in ("a", "b")]
    jobs = [
        job("narration", "s/a", say, str(audio[0]), "one", outputs=(audio[0],)),
        job("narration", "s/b", say, str(audio[1]), "two", outputs=(audio[1],)),
    ]
    report = build(root, out, extra_jobs=jobs, workers=2, progress=False)
    assert report.made == 3 and report.made_by_kind == {"image": 1, "narration": 2}
    assert "(1 image, 2 narration)" in report.summary()
    assert records(out, "narration.json", "narration") == {
        "s/a": {"audio": "a.wav", "text": "one"},
        "s/b": {"audio": "b.wav", "text": "two"},
    }
    # Next time the planner passes the record along with the job; a done job keeps it.
    jobs = [
        job(
            "narration", "s/a", say, str(audio[0]), "one", outputs=(audio[0],), record={"audio": "a.wav", "text": "one"}
        )
    ]
    report = build(root, out, extra_jobs=jobs, workers=2, progress=False)
    assert (report.made, report.skipped) == (0, 2)
    assert records(out, "narration.json", "narration") == {"s/a": {"audio": "a.wav", "text": "one"}}


def test_failing_jobs_are_problems_not_exceptions(content: Content) -> None:
    root = content(pictures(1))
    extra = [job("narration", "s/x", complain, "s/x"), job("narration", "s/y", raising)]
    report = build(root, root / "out", extra_jobs=extra, workers=2, progress=False)
    assert (report.made, report.failed) == (2, 2)
    messages = sorted(p.message for p in report.problems)
    assert messages[0].startswith("s/x: no voice")
    assert "internal error (RuntimeError: a bug)" in messages[1]
    assert records(root / "out", "narration.json", "narration") == {}


def test_a_crashing_worker_is_found_and_the_rest_still_builds(content: Content) -> None:
    root = content(pictures(3))
    report = build(root, root / "out", extra_jobs=[job("narration", "s/boom", crash)], workers=2, progress=False)
    assert (report.made, report.failed) == (4, 1)
    [problem] = report.problems
    assert problem.code == "crashed" and problem.file == "s/boom"
    assert set(records(root / "out")) == {"assets/x/cover.png", *(f"assets/x/p{i}.jpg" for i in range(3))}


# --- interrupted ------------------------------------------------------------------------------


def test_an_interrupted_build_leaves_no_half_file_and_the_next_run_finishes(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = content(pictures(4))
    out = root / "out"
    saves = 0
    real_save = Image.Image.save

    def save(self: Image.Image, fp: Any, *args: Any, **kwargs: Any) -> None:
        nonlocal saves
        saves += 1
        if saves == 7:  # in the middle of the third picture
            fp.write(b"\xff\xd8 half a JPEG")
            raise KeyboardInterrupt
        real_save(self, fp, *args, **kwargs)

    monkeypatch.setattr(Image.Image, "save", save)
    report = build(root, out, workers=1, progress=False)
    assert report.interrupted and not report.ok and report.summary().startswith("interrupted: ")
    assert temporaries(out) == []
    finished = records(out)
    assert 1 <= len(finished) < 5
    for record in finished.values():
        assert all((out / d["file"]).is_file() for d in record["derivatives"])

    monkeypatch.setattr(Image.Image, "save", real_save)
    again = build(root, out, workers=1, progress=False)
    assert again.ok and again.skipped == len(finished) and again.made == 5 - len(finished)
    assert len(records(out)) == 5 and temporaries(out) == []


def test_ctrl_c_during_a_parallel_build(content: Content) -> None:
    root = content(pictures(6, (2400, 1600)))
    out = root / "out"
    stop = job("narration", "s/stop", interrupt, os.getpid())
    report = build(root, out, extra_jobs=[stop], workers=2, progress=False)
    assert report.interrupted
    assert temporaries(out) == []
    finished = records(out)
    for record in finished.values():
        assert all((out / d["file"]).is_file() for d in record["derivatives"])
    again = build(root, out, workers=2, progress=False)
    assert again.ok and again.made + again.skipped == 7 and len(records(out)) == 7


# --- the command ------------------------------------------------------------------------------

# (pictures, and the panels read aloud for "Listen": kiosk.content.reading)
SUMMARY = re.compile(
    r"^kiosk assets build: (\d+) made(?: \((?:\d+ description, )?(\d+) image(?:, \d+ narration)?\))?, "
    r"(\d+) already up to date, "
    r"(\d+) problems? in [\d.]+ s → "
)


def test_cli_builds_and_summarises(content: Content, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = content(pictures(2))
    out = tmp_path / "derivatives"
    assert main(["assets", "build", str(root), "--out", str(out), "--jobs", "1"]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    m = SUMMARY.match(line)
    assert m and line.endswith(str(out)), line
    made, images, skipped, problems = m.groups()
    assert (images or made, skipped, problems) == ("3", "0", "0"), line
    assert main(["assets", "build", str(root), "--out", str(out)]) == 0
    again = SUMMARY.match(capsys.readouterr().out.strip())
    assert again and (again[1], again[3], again[4]) == ("0", made, "0")
    assert not (root / ".derivatives").exists()


def test_cli_reports_problems_and_exits_1(content: Content, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = content({"good.png": png(photo((300, 200))), "bad.jpg": b"\xff\xd8\xff\xe0 not really"})
    assert main(["assets", "build", str(root), "--out", str(tmp_path / "o"), "--jobs", "1"]) == 1
    lines = capsys.readouterr().out.splitlines()
    # validate already tells from its bytes (kiosk.content.sniff): the section is left out
    # (its APP0 segment says it is 8302 bytes long, in a file of 15: the file ends early)
    assert lines[0].startswith("exhibits/x/s.yaml:12:16: error: assets/x/bad.jpg is truncated")
    assert lines[1].startswith("    hint: ")
    summary = SUMMARY.match(lines[-1])
    assert summary and (summary[2] or summary[1], summary[3], summary[4]) == ("1", "0", "1"), lines[-1]


def test_cli_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assets", "build", str(tmp_path)]) == 2
    assert "is not a content folder" in capsys.readouterr().err
    assert main(["assets", "build", "--jobs", "0"]) == 2
    assert main(["assets"]) == 2


def linger(seconds: float) -> JobResult:
    time.sleep(seconds)  # as a drawing that takes minutes to rasterise would
    return JobResult(record={})


def test_a_job_past_the_time_limit_is_stopped_and_reported_and_the_rest_builds(content: Content) -> None:
    root = content(pictures(2))
    started = time.monotonic()
    report = build(
        root, root / "out", extra_jobs=[job("narration", "s/slow", linger, 600.0)], workers=2, progress=False,
        job_seconds=3,
    )  # fmt: skip
    assert time.monotonic() - started < 60
    [problem] = report.problems
    assert problem.code == "too-slow" and problem.file == "s/slow" and "longer than 3 s" in problem.message
    assert problem.hint
    assert (report.made, report.failed) == (3, 1)
    assert set(records(root / "out")) == {"assets/x/cover.png", "assets/x/p0.jpg", "assets/x/p1.jpg"}
