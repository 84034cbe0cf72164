"""Qt's messages reach the kiosk's log without Python ever running on one of Qt's threads.

A Python message handler (``qInstallMessageHandler``) needs the interpreter lock on whichever
thread logs. Qt Multimedia's player threads log ("No audio device detected", "Immediate exit
requested") exactly while the GUI thread, holding that lock, waits for them to finish with a
player it is closing: the screen froze for good (found by ``bench/soak.py``). So Qt writes its
messages to standard error as it does by default, in a pattern that marks them, into a pipe; a
reader thread turns each marked line into a log record (the log file, the operator panel) and
passes every other line (FFmpeg's own output) on to the real standard error unchanged. Writing
to a pipe needs no lock, so no Qt thread ever waits for Python.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
import threading
from collections.abc import Callable

_MARK = "\x1e"  # starts a line Qt wrote (ASCII record separator); fields are split by \x1f
PATTERN = _MARK + "%{type}\x1f%{category}\x1f%{message}"

LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "critical": logging.ERROR,
    "fatal": logging.CRITICAL,
}

#: What to do with one Qt message: level, category, text. Called on the reader thread.
OnMessage = Callable[[int, str, str], None]


#: Qt logging rules, applied before any player exists. Qt Multimedia probes for optional hardware
#: decoders and says so at warning level; FFmpeg's threads warn of what the player reports anyway
#: (a file that cannot be played reaches errorOccurred, the log and the operator panel) and of
#: nothing at all ("Immediate exit requested" each time a visitor closes "Listen" while the file
#: opens). A missing sound device is still logged.
QT_LOG_RULES = "\n".join(
    (
        "qt.multimedia.symbolsresolver=false",
        "qt.multimedia.ffmpeg*.info=false",
        "qt.multimedia.ffmpeg*.warning=false",
        "qt.multimedia.ffmpeg*.debug=false",
    )
)


def _to_log(level: int, category: str, message: str) -> None:
    logging.getLogger("kiosk.qt").log(level, "%s", message if category == "default" else f"{category}: {message}")


class QtLog:
    """Redirects this process's standard error through a pipe read by a daemon thread."""

    def __init__(self, on_message: OnMessage = _to_log) -> None:
        self._on_message = on_message
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Call before the first Qt object: Qt reads the pattern when it first logs."""
        if self._thread is not None:
            return
        os.environ["QT_MESSAGE_PATTERN"] = PATTERN
        os.environ["QT_FORCE_STDERR_LOGGING"] = "1"  # never journald or syslog directly: this pipe
        sys.stderr.flush()
        real = os.dup(2)
        read, write = os.pipe()
        os.dup2(write, 2)
        os.close(write)
        # Python's own writes to stderr (tracebacks, log handlers) go straight to the real one, and
        # so does the traceback of a fatal error: the pipe's last lines die with the process.
        piped = sys.stderr
        sys.stderr = open(real, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.StreamHandler) and handler.stream is piped:
                handler.setStream(sys.stderr)
        faulthandler.enable(sys.stderr)
        self._thread = threading.Thread(target=self._read, args=(read, real), name="kiosk-qt-log", daemon=True)
        self._thread.start()

    def _read(self, read: int, real: int) -> None:
        with open(read, "rb") as pipe:
            for raw in pipe:
                line = raw.decode("utf-8", "replace").rstrip("\n")
                if line.startswith(_MARK) and line.count("\x1f") >= 2:
                    kind, category, message = line[1:].split("\x1f", 2)
                    try:
                        self._on_message(LEVELS.get(kind, logging.WARNING), category, message)
                    except Exception:  # a log line must never end the reader
                        logging.getLogger("kiosk").exception("could not log a Qt message")
                else:
                    # The reader must never stop: Qt's threads would block once the pipe is full.
                    with contextlib.suppress(OSError):  # no real stderr any more: drop the line, run on
                        os.write(real, raw)
