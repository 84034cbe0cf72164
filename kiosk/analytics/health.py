"""The kiosk's health, for Prometheus: a file for node_exporter's (or windows_exporter's)
textfile collector, rewritten every ``interval`` seconds by a thread of its own.

Health is not analytics: it says whether the screen is alive, not what visitors do, and it is
written even with analytics switched off (the visit figures are then left out). Point the
collector at the state directory (``--collector.textfile.directory``) or set ``health_file``.

Written as a temporary file, synced, then renamed over the old one, so the collector never reads
half a file, not even after a power cut.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.analytics.log import Status

log = logging.getLogger("kiosk.analytics")

#: The file's default name, under the state directory.
FILE = "kiosk.prom"


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def render(
    *,
    started: float,
    last_frame: float,
    last_touch: float,
    release: str,
    content_errors: int,
    disk_free: int | None,
    status: Status | None,
) -> str:
    """The metrics in Prometheus' text format (0.0.4)."""
    lines: list[str] = []

    def metric(name: str, kind: str, help_: str, value: float, labels: str = "") -> None:
        lines.append(f"# HELP {name} {help_}")
        lines.append(f"# TYPE {name} {kind}")
        lines.append(f"{name}{labels} {value:.17g}")

    metric("kiosk_up", "gauge", "1 while the kiosk program runs (check the file's age too).", 1)
    metric("kiosk_start_time_seconds", "gauge", "When the kiosk program started (Unix time).", started)
    metric("kiosk_last_frame_timestamp_seconds", "gauge", "When the screen last drew a frame.", last_frame)
    metric("kiosk_last_touch_timestamp_seconds", "gauge", "When the screen was last touched (0: not yet).", last_touch)
    metric("kiosk_content_release_info", "gauge", "The content release shown.", 1, f'{{release="{_label(release)}"}}')
    metric("kiosk_content_errors", "gauge", "Problems found in the content when it loaded.", content_errors)
    if disk_free is not None:
        metric("kiosk_disk_free_bytes", "gauge", "Free space where the kiosk writes.", disk_free)
    if status is not None and status.enabled:
        metric("kiosk_visits_today", "gauge", "Visits ended today (local time).", status.visits_today)
        metric("kiosk_starts_today", "gauge", "Times the kiosk program started today (restarts).", status.starts_today)
        paused = int(bool(status.paused))
        metric("kiosk_analytics_paused", "gauge", "1 when the event log is paused (disk full).", paused)
        metric("kiosk_analytics_dropped_total", "counter", "Events that could not be logged.", status.dropped)
    return "\n".join(lines) + "\n"


def write_atomically(path: Path, text: str) -> None:
    """``text`` to ``path``: a temporary file beside it, synced, renamed over it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


class Health:
    """Writes :func:`render`'s file every ``interval`` seconds until :meth:`close`.

    The GUI thread sets :attr:`last_frame` and :attr:`last_touch` (one float each, no lock needed)
    and calls :meth:`update` for the rest; the file is written by this object's thread."""

    def __init__(
        self,
        path: Path,
        *,
        interval: float = 15.0,
        status: Callable[[], Status | None] = lambda: None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.interval = interval
        self._status = status
        self.started = clock()
        self.last_frame = 0.0
        self.last_touch = 0.0
        self._release = ""
        self._errors = 0
        self._stop = threading.Event()
        self._failed = False
        self._thread = threading.Thread(target=self._run, name="kiosk-health", daemon=True)
        self._thread.start()

    def update(self, *, release: str | None = None, content_errors: int | None = None) -> None:
        if release:
            self._release = release
        if content_errors is not None:
            self._errors = content_errors

    def text(self) -> str:
        try:
            free: int | None = shutil.disk_usage(self.path.parent).free
        except OSError:
            free = None
        return render(
            started=self.started,
            last_frame=self.last_frame,
            last_touch=self.last_touch,
            release=self._release,
            content_errors=self._errors,
            disk_free=free,
            status=self._status(),
        )

    def write(self) -> None:
        """Write the file now (a failure is logged once, and tried again next time)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, self.text())
            self._failed = False
        except OSError as exc:
            if not self._failed:
                log.warning("health: cannot write %s (%s); trying again every %g s", self.path, exc, self.interval)
            self._failed = True

    def _run(self) -> None:
        while True:
            self.write()
            if self._stop.wait(self.interval):
                return

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        with contextlib.suppress(OSError):  # a stopped kiosk is not "up": the file goes with it
            self.path.unlink()
