"""The health check after a switch: the kiosk itself, started as the unit would start it (on
``current``, with the same settings), offscreen, until its first frame is drawn and its content is
loaded with no error (``kiosk run --check SECONDS``, :mod:`kiosk.ui.check`).

A child process, not a look at files: it proves what matters (this Python, this PySide6, these
QML files and this release together draw the attract loop), it cannot disturb a kiosk running on
the same machine, and a crash or a hang in it is only a failed check (it has a timeout).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

__all__ = ["CHECK_SECONDS", "check_by_running"]

#: How long the kiosk under check has to draw its first frame and load its content.
CHECK_SECONDS = 60.0
#: Variables the child must not inherit: it is not the unit's main process, and no test fault.
_NOT_INHERITED = ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "KIOSK_FAULT", "KIOSK_UPDATE_FAULT")


def _die_with_parent() -> None:
    """In the child, before exec (Linux): SIGKILL when the updater dies, so a killed update
    leaves no kiosk under check behind."""
    import ctypes
    import signal

    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def check_by_running(state_dir: Path, config: Path | None = None, seconds: float = CHECK_SECONDS) -> str | None:
    """Start the kiosk on ``current`` offscreen; None when it drew its first frame and loaded its
    content with no error, else why not (the child's own words)."""
    env = {k: v for k, v in os.environ.items() if k not in _NOT_INHERITED}
    env.update(QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software", PYTHONSAFEPATH="1")
    command = [sys.executable, "-c", "from kiosk.cli import main; raise SystemExit(main())", "run", "--windowed"]
    command += ["--check", f"{seconds:g}", "--state-dir", str(state_dir)]
    if config is not None:
        command += ["--config", str(config)]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=seconds + 30,
            env=env,
            cwd=state_dir,
            check=False,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
    except subprocess.TimeoutExpired:
        return f"the kiosk did not finish its check within {seconds + 30:.0f} s"
    except OSError as exc:
        return f"the kiosk could not be started ({exc})"
    if done.returncode == 0:
        return None
    said = [line.strip() for line in (done.stdout + done.stderr).splitlines() if line.startswith("check: ")]
    return "; ".join(s.removeprefix("check: ") for s in said[-3:]) or f"the kiosk exited with status {done.returncode}"
