"""``kiosk run`` as systemd starts it, in a subprocess with a fake NOTIFY_SOCKET: a bad setting
never stops it starting, and the watchdog's test hook really silences the pings."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.ui


@pytest.fixture
def notify_socket() -> Iterator[tuple[socket.socket, str]]:
    folder = tempfile.mkdtemp(prefix="kn", dir="/tmp")
    path = os.path.join(folder, "notify")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(0.2)
    yield sock, path
    sock.close()
    shutil.rmtree(folder)


def _kiosk(args: list[str], path: str, tmp_path: Path, **env: str) -> subprocess.Popen[bytes]:
    environ = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_QUICK_BACKEND": "software",
        "NOTIFY_SOCKET": path,
        "WATCHDOG_USEC": "1500000",
        **env,
    }
    environ.pop("WATCHDOG_PID", None)
    with open(tmp_path / "stderr.txt", "wb") as log:  # the child keeps its own copy of the descriptor
        return subprocess.Popen([sys.executable, "-m", "kiosk.cli", "run", *args], env=environ, stderr=log)


def _messages(sock: socket.socket, seconds: float, until: str | None = None) -> list[tuple[float, str]]:
    """What arrives within ``seconds`` (or until a message starting with ``until``)."""
    got: list[tuple[float, str]] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end and not (until and any(m.startswith(until) for _, m in got)):
        with contextlib.suppress(TimeoutError):
            got.append((time.monotonic(), sock.recv(4096).decode()))
    return got


def _stop(proc: subprocess.Popen[bytes]) -> bool:
    """SIGTERM, as systemd stops it; True if it ended within 10 s (else it is killed: how it
    stops is test_signals.py's and the freeze test's subject, not these tests')."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
        return True
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
        return False


def test_a_log_file_in_a_missing_folder_does_not_stop_the_kiosk(tmp_path: Path, notify_socket) -> None:
    sock, path = notify_socket
    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text(f"log_file: {tmp_path}/no/such/folder/kiosk.log\nstate_dir: {tmp_path}/state\n", "utf-8")
    proc = _kiosk(["--windowed", "--config", str(cfg)], path, tmp_path)
    try:
        got = _messages(sock, 30, until="READY=1")
        alive = proc.poll() is None
    finally:
        _stop(proc)
    stderr = (tmp_path / "stderr.txt").read_text(encoding="utf-8")
    assert alive, stderr
    assert any(m.startswith("READY=1") for _, m in got), stderr  # it reached its first frame
    assert "cannot write the log file" in stderr and "Traceback" not in stderr


def test_the_freeze_hook_blocks_the_gui_thread_and_the_pings_stop(tmp_path: Path, notify_socket) -> None:
    sock, path = notify_socket
    proc = _kiosk(["--windowed", "--state-dir", str(tmp_path / "state")], path, tmp_path, KIOSK_FAULT="freeze-gui:1")
    try:
        got = _messages(sock, 12)
        ended = time.monotonic()
        alive = proc.poll() is None
    finally:
        stopped = _stop(proc)  # a hung GUI thread still ends when asked to: a few seconds later, at once
    assert stopped
    stderr = (tmp_path / "stderr.txt").read_text(encoding="utf-8")
    assert "stopping on SIGTERM" in stderr and "not stopped within" in stderr, stderr
    ready = [t for t, m in got if m.startswith("READY=1")]
    pings = [t for t, m in got if "WATCHDOG=1" in m]
    assert alive and ready and pings, stderr
    assert "blocking the GUI thread" in stderr
    assert pings[-1] < ready[0] + 3  # pings until the freeze (1 s after the first frame), then none
    assert ended - pings[-1] > 5  # and none for the rest of the run
