"""Faults injected on purpose, to prove the watchdog and the self-healing work under systemd.

``KIOSK_FAULT=freeze-gui:SECONDS`` blocks the GUI thread inside a timer slot SECONDS after the
first frame, for good (as a hung binding or a deadlock would): the watchdog pings stop and
systemd restarts the kiosk. Unset (always, in production), this does nothing.

(A screen that fails to load is injected by the tests with a copy of the QML module instead: a
Python URL interceptor would run on Qt's type-loader thread and deadlock with the GUI thread.)
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

log = logging.getLogger("kiosk")


def install(kiosk: Any) -> None:
    fault = os.environ.get("KIOSK_FAULT", "")
    if not fault:
        return
    name, _, arg = fault.partition(":")
    if name == "freeze-gui":
        from PySide6.QtCore import QTimer

        delay = float(arg or 5)

        def freeze() -> None:
            log.warning("KIOSK_FAULT: blocking the GUI thread for good (a test of the watchdog)")
            while True:
                time.sleep(3600)

        kiosk.after_first_frame(lambda: QTimer.singleShot(int(delay * 1000), freeze))
    else:
        log.warning("KIOSK_FAULT=%s is not a fault this kiosk knows; ignored", fault)
