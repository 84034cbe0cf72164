"""Qt's messages reach the kiosk's log from any thread, and no Qt thread ever waits for Python.

Both run the kiosk's own logging (``install_error_funnel``) in a child process: it redirects the
process's standard error, which must not happen to the test runner.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.ui.conftest import SAMPLE

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, timeout: float) -> subprocess.CompletedProcess[str]:
    env = {"QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software", "PATH": "/usr/bin:/bin"}
    try:
        return subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code)],
            capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"the kiosk froze: no answer in {timeout:.0f} s")


def test_qt_messages_from_any_thread_go_to_the_log_and_other_output_passes_through(tmp_path: Path) -> None:
    log_file = tmp_path / "kiosk.log"
    out = _run(
        f"""
        import logging, os, threading, time
        fmt = "%(levelname)s %(name)s: %(message)s"
        logging.basicConfig(filename={str(log_file)!r}, level=logging.INFO, format=fmt)
        from kiosk.ui.glue import install_error_funnel
        install_error_funnel()
        from PySide6.QtCore import QCoreApplication, qWarning
        app = QCoreApplication([])
        qWarning("said on the GUI thread")
        t = threading.Thread(target=qWarning, args=("said on another thread",)); t.start(); t.join()
        os.write(2, b"Input #0, ogg, from 'x.ogg':\\n")  # what FFmpeg writes by itself
        time.sleep(0.5)  # the reader thread
        """,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    logged = log_file.read_text(encoding="utf-8")
    assert "WARNING kiosk.qt: said on the GUI thread" in logged
    assert "WARNING kiosk.qt: said on another thread" in logged
    assert "Input #0" not in logged and "Input #0, ogg" in out.stderr


def test_a_fatal_error_still_reaches_the_real_standard_error() -> None:
    # What systemd's journal keeps of a crash must not die in the pipe with the process.
    out = _run(
        """
        from kiosk.ui.glue import install_error_funnel
        install_error_funnel()
        import ctypes
        ctypes.string_at(0)  # a crash in C code, as a binding's bug would be
        """,
        timeout=60,
    )
    assert out.returncode < 0
    assert "Fatal Python error: Segmentation fault" in out.stderr, out.stderr
    assert "line 5" in out.stderr  # the traceback, down to the line that crashed


def test_closing_listen_while_it_opens_never_freezes_the_screen(built_sample: Path) -> None:
    # The player's thread logs while the GUI thread, holding Python's lock, waits for it to let
    # go of a player being closed. With a Python message handler this froze the kiosk within a
    # few dozen quick Listen-Close pairs (bench/soak.py found it); the time-out is the failure.
    out = _run(
        f"""
        from pathlib import Path
        from kiosk.ui.glue import install_error_funnel
        install_error_funnel()
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtTest import QTest
        app = QGuiApplication([])
        from kiosk.ui.app import Kiosk
        from kiosk.ui.fonts import load_fonts
        from kiosk.ui.run import load_exhibit
        load_fonts()
        exhibit, problems = load_exhibit(Path({str(SAMPLE)!r}))
        kiosk = Kiosk(exhibit, problems, size=(1280, 720), built=Path({str(built_sample)!r}))
        device = QTest.createTouchDevice()

        def tap(name):
            def find(item):
                if item.objectName() == name and item.isVisible():
                    return item
                for child in item.childItems():
                    found = find(child)
                    if found is not None:
                        return found
            item = find(kiosk.window.contentItem())
            assert item is not None, name
            p = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
            QTest.touchEvent(kiosk.window, device).press(0, p).commit()
            QTest.touchEvent(kiosk.window, device).release(0, p).commit()

        QTest.qWait(100); tap("attractTouchArea"); QTest.qWait(50); tap("sectionCard_2"); QTest.qWait(300)
        for i in range(120):
            tap("listenButton")
            QTest.qWait((0, 10)[i % 2])
            tap("closeNarrationButton")
            QTest.qWait(5)
        kiosk.close()
        print("closed", flush=True)
        """,
        timeout=150,
    )
    assert out.returncode == 0 and "closed" in out.stdout, out.stderr[-2000:]
