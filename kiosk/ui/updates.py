"""The running kiosk watches its content folder and takes a new release at the next attract loop.

Every :data:`WATCH_SECONDS` the folder's files are looked at (names, sizes, times: a few
milliseconds; a recursive watch would need one OS watch per folder and misses network shares). A
change that holds still for two looks starts ``kiosk update FOLDER --prepare-only`` in a child
process (validate, build, seal: :mod:`kiosk.update`), so a slow build or a crash in it never
touches the screen. Then:

- **valid**: the release waits until the visitor's visit has ended (the attract loop is on
  screen), then ``current`` is switched to it and the content is loaded again from it
  (``Kiosk.reload``). Once it is shown with no error it becomes ``last-good``; if it cannot be
  shown, ``current`` goes back to ``last-good`` and the kiosk shows that again.
- **invalid**: nothing changes on screen; the log and the operator panel list every problem,
  ``file:line:col``.

A ``current`` switched from outside (``kiosk update`` in a shell) is taken the same way, at the
next attract loop, and so is an update from a USB stick asked for on the operator panel
(``Operator.updateFromUsb``; :mod:`kiosk.update.usb` finds it). The first look also runs the
update once, for edits made while the kiosk was off, unless ``current`` came from elsewhere.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from kiosk.update.releases import CURRENT, LAST_GOOD, Release, Releases

if TYPE_CHECKING:
    from kiosk.ui.app import Kiosk

__all__ = ["WATCH_SECONDS", "ContentWatch", "fingerprint"]

log = logging.getLogger("kiosk")

WATCH_SECONDS = 5.0
#: How long a new release may take to load before it is given up.
APPLY_SECONDS = 60.0


def fingerprint(folder: Path) -> tuple[Any, ...]:
    """What changes when a curator changes anything under ``exhibits/`` or ``assets/``. Never raises."""
    seen: list[tuple[str, int, int]] = []
    for part in ("exhibits", "assets"):
        for dirpath, dirnames, filenames in os.walk(folder / part, onerror=lambda exc: seen.append((str(exc), 0, 0))):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                try:
                    st = os.lstat(os.path.join(dirpath, name))
                except OSError:
                    continue
                seen.append((os.path.join(dirpath, name), st.st_size, st.st_mtime_ns))
    return tuple(seen)


class ContentWatch(QObject):
    """Watches ``source`` for one kiosk; ``shown`` is the release it started on (None: the
    folder itself). ``start`` after the first frame, ``stop`` before the kiosk closes."""

    def __init__(
        self,
        kiosk: Kiosk,
        source: Path,
        state_dir: Path,
        shown: Release | None,
        period: float = WATCH_SECONDS,
        jobs: int = 1,
        usb: list[Path] | None = None,
    ) -> None:
        super().__init__()
        self._kiosk = kiosk
        self.source = Path(source)
        self.releases = Releases(state_dir)
        self.shown = shown.id if shown else None
        self._jobs = jobs
        self._usb = usb  # where sticks are mounted (None: kiosk.update.usb.mounted())
        self._for_usb = False
        self._queued: Path | None = None
        self._again = False
        self._seen: tuple[Any, ...] | None = None  # None: not looked yet (the first look updates)
        self._moving: tuple[Any, ...] | None = None
        self._child: subprocess.Popen[str] | None = None
        self._out: Path = self.releases.state_dir / "update-watch.log"
        self.waiting: Release | None = None  # made, to be shown at the next attract loop
        self._applying: tuple[Release, Release | None, object, float] | None = None
        self._timer = QTimer(self, interval=int(period * 1000))
        self._timer.timeout.connect(self.tick)
        kiosk.visit.screenChanged.connect(self._apply)
        kiosk.operator.usbUpdateRequested.connect(self.from_usb)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._child is not None:
            self._child.kill()
            self._child.wait()
            self._child = None

    @property
    def making(self) -> bool:
        """A release is being made (the child process runs)."""
        return self._child is not None

    @property
    def busy(self) -> bool:
        """An update is being made, or waits to be shown, or is being loaded."""
        return self._child is not None or self.waiting is not None or self._applying is not None

    # -- looking -------------------------------------------------------------------------------

    def tick(self) -> None:
        self._child_done()
        self._loaded()
        now = fingerprint(self.source)
        if self._seen is None:
            self._seen = now
            current = self.releases.current()
            # edits made while the kiosk was off; not when the release came from elsewhere (a USB
            # stick, a shell): the newest change wins, and the folder has not changed since
            if current is None or current.source == str(self.source.resolve()):
                self._prepare()
        elif now != self._seen:
            if now == self._moving:  # held still for one period: a copy in progress has ended
                self._seen, self._moving = now, None
                self._prepare()
            else:
                self._moving = now
        if not self.busy and self.releases.pointer(CURRENT) not in (None, self.shown):
            release = self.releases.current()
            if release is not None and release.problem() is None:
                self.waiting = release  # switched from outside (kiosk update in a shell)
        self._apply()

    def from_usb(self) -> None:
        """The operator panel's "Update from USB stick": the first update found on a mounted stick."""
        from kiosk.update.usb import find_update

        self._kiosk.operator.set_update_state("looking")
        found = find_update(self._usb)
        if found is None:
            self._kiosk.operator.set_update_state("none")
            log.info("updates: no update found on a USB stick")
            return
        log.info("updates: updating from %s (USB stick)", found)
        self._kiosk.operator.set_update_state("making")
        if self._child is not None:
            self._queued = found  # after the update already being made
        else:
            self._prepare(found, usb=True)

    def _prepare(self, source: Path | None = None, usb: bool = False) -> None:
        source = source or self.source
        if self._child is not None and not usb:
            self._again = True  # the folder changed while a release of it was being made
            return
        if self._child is not None or not (usb or (source / "exhibits").is_dir()):
            return
        self._for_usb = usb
        command = [sys.executable, "-c", "from kiosk.cli import main; raise SystemExit(main())", "update"]
        command += [str(source), "--prepare-only", "--json", "--jobs", str(self._jobs)]
        command += ["--state-dir", str(self.releases.state_dir)]
        env = {k: v for k, v in os.environ.items() if k not in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID")}
        try:
            self.releases.state_dir.mkdir(parents=True, exist_ok=True)
            with open(self._out, "w", encoding="utf-8") as out:
                self._child = subprocess.Popen(
                    command, stdout=out, stderr=subprocess.STDOUT, text=True, env={**env, "PYTHONSAFEPATH": "1"}
                )
        except OSError as exc:
            self._tell(f"updates: cannot start the update of {source} ({exc})")
            if usb:
                self._kiosk.operator.set_update_state("failed")
            return
        log.info("updates: making a release of %s", source)

    def _child_done(self) -> None:
        if self._child is None or self._child.poll() is None:
            return
        self._child = None
        usb, self._for_usb = self._for_usb, False
        state = self._outcome()
        if usb:
            self._kiosk.operator.set_update_state(state)
        if self._queued is not None:
            queued, self._queued = self._queued, None
            self._prepare(queued, usb=True)
        elif self._again:
            self._again = False
            self._prepare()

    def _outcome(self) -> str:
        try:
            said = self._out.read_text(encoding="utf-8").splitlines()
            outcome = json.loads(said[-1]) if said else {}
        except (OSError, ValueError):
            outcome = {}
        if not isinstance(outcome, dict) or "ok" not in outcome:
            self._tell(f"updates: the update stopped without an answer; see {self._out}")
            return "failed"
        if not outcome["ok"]:
            for problem in outcome.get("problems", []):
                self._tell(f"updates: not applied: {problem}".replace("\n    hint: ", " — "))
            for line in outcome.get("lines", []):
                self._tell(f"{line} (the kiosk keeps showing what it shows)")
            return "failed"
        release = self.releases.get(outcome.get("release"))
        if release is None or release.id == self.shown:
            return "same"
        log.info("updates: release %s is ready; it is shown at the next attract loop", release.id)
        self.waiting = release
        return "ready"

    # -- showing -------------------------------------------------------------------------------

    def _apply(self) -> None:
        release = self.waiting
        if release is None or self._applying is not None or self._kiosk.visit.navigation.screen != "attract":
            return
        self.waiting = None
        good = self.releases.last_good()
        try:
            self.releases.point(CURRENT, release)
        except OSError as exc:
            self._tell(f"updates: cannot switch to release {release.id} ({exc}); the kiosk keeps showing what it shows")
            return
        self._applying = (release, good, self._kiosk.content.presenter, time.monotonic())
        log.info("updates: showing release %s (the attract loop is on screen)", release.id)
        self._kiosk.content_dir = release.content  # what self-healing reloads from now on
        self._kiosk.reload(release.content, release.content / ".derivatives")

    def _loaded(self) -> None:
        if self._applying is None:
            return
        release, good, before, since = self._applying
        content = self._kiosk.content
        if content.presenter is before and time.monotonic() - since < APPLY_SECONDS:
            return  # still loading
        self._applying = None
        try:
            if content.presenter is not before and content.presenter is not None and content.ready:
                self.shown = release.id
                self.releases.point(LAST_GOOD, release)
                self.releases.prune(keep={release.id})
                log.info("updates: release %s is on screen; it is the last good one now", release.id)
                return
            self.releases.point(CURRENT, good)
        except OSError as exc:
            self._tell(f"updates: cannot write the release pointers in {self.releases.state_dir} ({exc})")
            return
        self._tell(f"updates: release {release.id} could not be shown; back on {good.id if good else 'nothing'}")
        if good is not None:
            self.shown = good.id
            self._kiosk.content_dir = good.content
            self._kiosk.reload(good.content, good.content / ".derivatives")

    def _tell(self, line: str) -> None:
        log.error("%s", line)
        self._kiosk.operator.report(line)
