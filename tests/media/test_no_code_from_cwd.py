"""``kiosk assets build`` never runs Python found in the folder it starts in (issue 15, item 2):
the review's probe planted ``socket.py`` and friends in a content folder and its workers ran them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "sample"
PLANTED = ("socket", "pickle", "threading", "signal", "weakref", "selectors", "struct")


def test_the_build_imports_nothing_from_its_working_folder(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(SAMPLE, root)
    for name in PLANTED:
        (root / f"{name}.py").write_text(
            f"open({str(tmp_path / ('RAN-' + name))!r}, 'w').close()\nraise SystemExit('planted')\n", encoding="utf-8"
        )
    kiosk = Path(sys.executable).with_name("kiosk")  # the console script, as an operator runs it
    out = subprocess.run(
        [str(kiosk), "assets", "build", ".", "--jobs", "2", "--out", str(tmp_path / "out")],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    ran = sorted(p.name for p in tmp_path.glob("RAN-*"))
    assert ran == [], out.stdout + out.stderr
    assert "made" in out.stdout, out.stdout + out.stderr
