"""``Healer``: a fault in the GUI thread takes the visitor back to the attract loop.

A Python exception in a slot (``glue.on_uncaught``) or a screen whose QML failed to load is
logged, told to the operator, and healed on the next turn of the event loop: the voice stops,
the operator panel closes, the visit starts over and the content is loaded again, so the screen is
never left blank or frozen. A fault that keeps coming back is not healed by a reset: after
:data:`HEAL_LIMIT` faults within :data:`HEAL_WINDOW` seconds the process exits with
:data:`EXIT_FAULTS`, and systemd starts a fresh kiosk (docs/operations.md).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

log = logging.getLogger("kiosk")

HEAL_LIMIT, HEAL_WINDOW = 5, 600.0
EXIT_FAULTS = 1


class Healer:
    """Counts faults and runs ``reset`` (in the GUI thread, once per burst) to heal them."""

    def __init__(self, reset: Callable[[], None], report: Callable[[str], None]) -> None:
        self._reset = reset
        self._report = report
        self._faults: list[float] = []
        self._pending = False
        self.closed = False

    def watch_loaders(self, window: QObject, names: tuple[str, ...] = ("screenLoader", "controlBarLoader")) -> None:
        """Heal when one of the window's screen Loaders ends up with no item."""
        for name in names:
            loader = window.findChild(QObject, name)
            if loader is not None:
                loader.statusChanged.connect(  # type: ignore[attr-defined]  # a QQuickLoader
                    lambda loader=loader, name=name: self._loader_status(loader, name)
                )

    def _loader_status(self, loader: QObject, name: str) -> None:
        # Loader.status itself cannot be read from Python (PySide has no converter for the enum);
        # these Loaders load synchronously, so an active one with a source and no item failed.
        source = loader.property("source")
        if (
            loader.property("active")
            and source is not None
            and not source.isEmpty()
            and loader.property("item") is None
        ):
            self.heal(f"the screen {source.fileName()} could not be loaded ({name})")

    def heal(self, reason: str) -> None:
        """Log ``reason``, tell the operator, and reset on the next turn of the event loop; exit
        when faults come faster than a reset can heal them."""
        if self.closed:
            return
        now = time.monotonic()
        self._faults = [t for t in self._faults if now - t < HEAL_WINDOW] + [now]
        if len(self._faults) > HEAL_LIMIT:
            log.critical(
                "self-heal: %d faults within %d s; exiting so that a fresh kiosk starts", HEAL_LIMIT, HEAL_WINDOW
            )
            QGuiApplication.exit(EXIT_FAULTS)
            return
        line = f"self-heal: {reason}; back to the attract loop with the content reloaded"
        log.error("%s", line)
        self._report(line)
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._heal_now)

    def _heal_now(self) -> None:
        self._pending = False
        if not self.closed:
            self._reset()
