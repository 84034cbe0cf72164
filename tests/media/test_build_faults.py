"""The build under faults (review §2): killed, rebuilt under a running kiosk, damaged output, a full
disk, an output folder it may not write. Each test failed before its fix."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.media import images
from kiosk.media.build import build
from kiosk.media.derivatives import Derivatives
from kiosk.media.jobs import JobResult
from tests.media.conftest import jpeg, photo

Content = Callable[[dict[str, bytes]], Path]
REPO = Path(__file__).resolve().parents[2]


def note_pid_and_wait(folder: str) -> JobResult:
    """A worker's job for the kill test: say who it is, then work for a long time."""
    (Path(folder) / str(os.getpid())).write_text("")
    time.sleep(120)
    return JobResult()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in state


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to see the workers")
def test_workers_die_with_a_build_killed_with_sigkill(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from kiosk.media.build import _parallel\n"
        "from kiosk.media.jobs import Job\n"
        "from tests.media.test_build_faults import note_pid_and_wait\n"
        "jobs = [Job('t', f'k{i}', f'k{i}', (), note_pid_and_wait, (sys.argv[1],)) for i in range(2)]\n"
        "_parallel(jobs, 2, lambda job, result: None)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    parent = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], env=env, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 60
        while len(list(tmp_path.iterdir())) < 2:
            assert time.monotonic() < deadline, "the workers never started"
            assert parent.poll() is None, "the build stopped by itself"
            time.sleep(0.1)
        workers = [int(p.name) for p in tmp_path.iterdir()]
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [w for w in workers if _alive(w)]
    finally:
        for w in [int(p.name) for p in tmp_path.iterdir()]:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
    assert left == [], "workers outlived the killed build"


def _records(out: Path) -> dict:
    return json.loads((out / "images.json").read_text())["images"]


def test_a_truncated_derivative_is_made_again_by_a_rebuild(content: Content) -> None:
    root = content({"p0.jpg": jpeg(photo((1000, 700)))})
    out = root / "out"
    build(root, out, workers=1, progress=False)
    item = _records(out)["assets/x/p0.jpg"]["derivatives"][0]
    damaged = out / item["file"]
    whole = damaged.read_bytes()
    damaged.write_bytes(whole[: len(whole) // 2])
    report = build(root, out, workers=1, progress=False)
    assert report.ok and report.made == 1, report.summary()  # it was "already up to date"
    assert damaged.read_bytes() == whole
    assert _records(out)["assets/x/p0.jpg"]["derivatives"][0]["bytes"] == len(whole)


def test_a_rebuild_keeps_what_a_running_kiosk_shows(content: Content) -> None:
    root = content({"p0.jpg": jpeg(photo((1000, 700)))})
    out = root / "out"
    build(root, out, workers=1, progress=False)
    running = Derivatives.load(root, out)  # the kiosk read the manifest at start
    shown = running.pick("assets/x/p0.jpg", 480, 300)
    assert shown is not None
    (root / "assets/x/p0.jpg").write_bytes(jpeg(photo((1000, 700)).rotate(90)))
    assert build(root, out, workers=1, progress=False).ok
    assert shown.is_file()  # "QML Image: Cannot open …-480.jpg" before


def test_a_full_disk_is_an_error_not_a_success(content: Content, monkeypatch: pytest.MonkeyPatch) -> None:
    root = content({"p0.jpg": jpeg(photo((1000, 700)))})

    def full(path: Path, write: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(images, "write_atomically", full)
    report = build(root, root / "out", workers=1, progress=False)
    codes = {p.code for p in report.errors}
    assert codes == {"disk-full"} and not report.ok
    message = next(p.message for p in report.errors)
    assert "is full" in message and "damaged" not in message  # it blamed the artwork


def test_a_manifest_that_cannot_be_written_is_reported(content: Content, monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.media.build as b

    root = content({"p0.jpg": jpeg(photo((1000, 700)))})

    def full(path: Path, data: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(b, "write_json_atomic", full)
    report = build(root, root / "out", workers=1, progress=False)  # a traceback before
    assert [p.code for p in report.errors] == ["disk-full"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_output_folder_is_a_problem_line(content: Content, capsys: pytest.CaptureFixture[str]) -> None:
    root = content({"p0.jpg": jpeg(photo((1000, 700)))})
    out = root / "out"
    build(root, out, workers=1, progress=False)
    (out / "img").chmod(0)
    try:
        code = main(["assets", "build", str(root), "--out", str(out), "--jobs", "1"])
    finally:
        (out / "img").chmod(0o755)
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "may read and write" in err
