"""SIGINT, SIGTERM and SIGHUP end the kiosk cleanly, with a log line.

Without this, SIGINT was taken for an error in a slot and swallowed, and the others killed the
kiosk without a word. Python runs a handler only when it next runs, which on a still attract loop
may be never: a wakeup socket that Qt watches makes it run at once. SIGINT exits 130, as a shell
expects; the others 0 (a stop asked for; the unit's Restart=always starts it again unless
systemctl stopped it).

A stop asked for is a stop: if the kiosk has not ended ``GRACE_S`` after the signal (a GUI thread
hung in Python runs the handler but never gets back to the event loop; a close that waits on
something), the process ends at once. Nothing is lost by it: the event log commits each write
(kiosk.analytics) and every other file is replaced whole. A thread hung inside Qt never runs the
handler: systemd's stop timeout kills it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QSocketNotifier

log = logging.getLogger("kiosk")

#: How long a stop asked for by a signal may take, the clean close included.
GRACE_S = 6.0


class Stopping:
    """The handlers, the wakeup socket and the grace timer; keep it until the application ends."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._read, self._write, self._sockets = _wakeup_pair()
        signal.set_wakeup_fd(self._write, warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._read, QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._drain)
        self._grace = threading.Timer(GRACE_S, self._hung)
        self._grace.daemon = True
        for name in ("SIGINT", "SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), self._stop)

    def close(self) -> None:
        """No more waking (the grace timer called off, the descriptors closed); the handlers stay."""
        self._grace.cancel()
        self._notifier.setEnabled(False)
        with contextlib.suppress(OSError):
            if self._sockets:
                for end in self._sockets:
                    end.close()
            else:
                os.close(self._read)
                os.close(self._write)

    def _drain(self) -> None:  # running Python here is the point: the handler runs next
        with contextlib.suppress(OSError):
            if self._sockets:
                self._sockets[0].recv(64)
            else:
                os.read(self._read, 64)

    def _stop(self, signum: int, frame: object) -> None:
        code = 130 if signum == signal.SIGINT else 0
        if self._grace.ident is None:
            self._grace.args = (code,)
            self._grace.start()
        self._app.exit(code)  # first: the log line below must not be able to lose the stop
        line = f"kiosk: stopping on {signal.Signals(signum).name}"
        try:
            log.warning("%s", line)
        except RuntimeError:  # the signal came in the middle of a log line: "reentrant call" (seen in CI)
            with contextlib.suppress(OSError, ValueError):
                os.write(sys.stderr.fileno(), f"\n{line}\n".encode())

    @staticmethod
    def _hung(code: int) -> None:
        # No logging: the hung thread may hold its lock; and fd 2 may be Qt's pipe (kiosk.ui.qtlog),
        # whose reader would not get the line out before the process ends.
        line = f"kiosk: not stopped within {GRACE_S:g} s of the signal; ending at once\n"
        with contextlib.suppress(OSError, ValueError):
            os.write(sys.stderr.fileno(), line.encode())
        os._exit(code)


def _wakeup_pair() -> tuple[int, int, tuple[Any, ...]]:
    """The file descriptors the signal's byte goes through, both non-blocking: a pipe (a socket
    pair costs ~5 ms of imports before the first frame), a socket pair on Windows, where
    ``set_wakeup_fd`` takes only a socket."""
    if os.name == "posix":
        read, write = os.pipe()
        os.set_blocking(read, False)
        os.set_blocking(write, False)
        return read, write, ()
    import socket

    pair = socket.socketpair()
    for end in pair:
        end.setblocking(False)
    return pair[0].fileno(), pair[1].fileno(), pair  # the sockets: kept open as long as the fds are used


def on_signals(app: QCoreApplication) -> Stopping:
    return Stopping(app)
