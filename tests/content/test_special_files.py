"""Only regular files are read under exhibits/ and assets/ (issue 15, item 2): a named pipe, a
device or a huge stray file never hangs validate, the build or the kiosk's first-screen check.
Each step runs in a subprocess with a time limit, so a regression fails instead of hanging."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.content.files import FileTooLarge, NotRegularFile, read_regular

SAMPLE = Path(__file__).resolve().parent.parent / "sample"

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(SAMPLE, root)
    sample = root / "exhibits" / "sample"
    os.mkfifo(sample / "notes.txt")  # a stray pipe beside the YAML
    os.symlink("/dev/zero", sample / "README")  # and a link to an endless device
    os.mkfifo(sample / "extra.yaml")  # a "section" that is a pipe
    (sample / "exhibit.yaml").write_text(
        (sample / "exhibit.yaml").read_text(encoding="utf-8").replace("sections: [intro,", "sections: [extra, intro,"),
        encoding="utf-8",
    )
    vtt = root / "assets" / "sample" / "voice.en.vtt"
    vtt.unlink()
    os.mkfifo(vtt)  # a caption file that is a pipe
    return root


def _kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_validate_reports_pipes_and_never_hangs(hostile: Path) -> None:
    out = _kiosk("validate", str(hostile))
    assert out.returncode == 1, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert any(line.startswith("exhibits/sample/extra.yaml:1:1: error") and "named pipe" in line for line in lines), (
        lines
    )
    media = [line for line in lines if "voice.en.vtt" in line and "named pipe" in line]
    assert media and media[0].startswith("exhibits/sample/media.yaml:") and media[0].split(":")[1].isdigit()


def test_the_first_screen_check_reads_no_pipe_or_device(hostile: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from kiosk.firstscreen import content_key;"
        f"print(content_key(Path({str(hostile)!r}), Path({str(tmp_path / 'out')!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True)
    assert out.stdout.strip()


def test_read_regular_refuses_pipes_devices_and_oversized_files(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(NotRegularFile, match="named pipe"):
        read_regular(tmp_path / "pipe", 100)
    with pytest.raises(NotRegularFile, match="device"):
        read_regular("/dev/zero", 100)
    (tmp_path / "big").write_bytes(b"x" * 101)
    with pytest.raises(FileTooLarge):
        read_regular(tmp_path / "big", 100)
    assert read_regular(tmp_path / "big", 101) == b"x" * 101
