"""The kiosk's own content load (at start, on self-heal, after an update) reads pictures' headers
only: the screen shows the build's derivatives, and ``kiosk validate`` and the build read every
source in full."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from kiosk.cli import main
from tests.content.conftest import EXHIBIT, SECTION, write

pytestmark = pytest.mark.ui


def test_a_png_damaged_past_its_header_loads_in_the_kiosk_and_validate_reports_it(tmp_path: Path, capsys) -> None:
    from kiosk.ui.run import load_exhibit

    buf = io.BytesIO()
    Image.frombytes("RGB", (256, 256), os.urandom(256 * 256 * 3)).save(buf, "PNG")  # 64 KiB IDAT chunks
    data = bytearray(buf.getvalue())
    data[len(data) // 2] ^= 0x10  # inside an IDAT chunk, far past the header
    root = write(
        tmp_path / "content",
        {"exhibits/x/exhibit.yaml": EXHIBIT, "exhibits/x/s.yaml": SECTION, "assets/x/pic.png": bytes(data)},
    )
    exhibit, problems = load_exhibit(root)
    assert problems == [] and exhibit is not None and len(exhibit.sections) == 1
    assert main(["validate", str(root)]) == 1
    assert "assets/x/pic.png is damaged: its IDAT chunk at byte" in capsys.readouterr().out
