"""Signals end the kiosk cleanly and say so (review F3.3): SIGINT used to be taken for an error in
a slot and swallowed (the kiosk ran on), SIGTERM and SIGHUP killed it without a log line. The
kiosk runs in a child process, on a still attract loop (where Python may not run for a while)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.ui.conftest import SAMPLE

pytestmark = [pytest.mark.ui, pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")]
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 0), (signal.SIGHUP, 0)])
def test_a_signal_stops_the_kiosk_with_a_log_line(tmp_path: Path, sig: signal.Signals, code: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software", "HOME": str(tmp_path)}
    env.pop("NOTIFY_SOCKET", None)
    command = [sys.executable, "-m", "kiosk.cli", "run", "--windowed", "--content", str(SAMPLE)]
    child = subprocess.Popen(
        [*command, "--state-dir", str(tmp_path)], stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    said: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stderr is not None
        for line in child.stderr:
            said.append(line)
            if "content ready" in line:
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert ready.wait(60), "".join(said)
        time.sleep(1.0)  # a still attract loop
        child.send_signal(sig)
        assert child.wait(timeout=15) == code, "".join(said)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    reader.join(5)
    assert child.stderr is not None
    child.stderr.close()
    assert any(f"kiosk: stopping on {sig.name}" in line for line in said), "".join(said)
    assert not any("Traceback" in line for line in said), "".join(said)


def test_a_signal_in_the_middle_of_a_log_line_still_stops_the_kiosk(monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGTERM came while the GUI thread was writing a log line; the handler's own line raised
    "reentrant call" before it had asked the loop to end, so the kiosk ran on (seen in CI)."""
    from kiosk.ui import stopping

    exits: list[int] = []

    class App:
        def exit(self, code: int) -> None:
            exits.append(code)

    def reentrant(*args: object) -> None:
        raise RuntimeError("reentrant call inside <_io.BufferedWriter name=3>")

    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    wakeup = signal.set_wakeup_fd(-1)
    try:
        stop = stopping.Stopping(App())  # type: ignore[arg-type]
        monkeypatch.setattr(stopping.log, "warning", reentrant)
        stop._stop(signal.SIGTERM, None)
        assert exits == [0]
        assert stop._grace.is_alive()  # and if the loop does not end, the process ends anyway
        stop.close()
    finally:
        signal.set_wakeup_fd(wakeup)
        for s, handler in previous.items():
            signal.signal(s, handler)
