"""``kiosk run``: settings to a kiosk on the screen. Also the content loading the proofs, tests
and benchmarks share (it never raises: a visitor never sees an error)."""

from __future__ import annotations

import functools
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from kiosk import __version__
from kiosk.ui import stopping

if TYPE_CHECKING:  # the content model is imported when the content is loaded, not before
    from kiosk.content.model import Exhibit, Problem
    from kiosk.present import Presenter
    from kiosk.reach import Reach
    from kiosk.settings import Settings
    from kiosk.ui.app import Kiosk
    from kiosk.ui.updates import ContentWatch
    from kiosk.update.releases import Release

log = logging.getLogger("kiosk")


def load_exhibit(content: Path) -> tuple[Exhibit | None, list[Problem]]:
    """The first exhibit of a content folder, and its errors (typed, for the log and the operator).

    Pictures are checked by their headers only: the screen shows the build's derivatives, and the
    build has read every source in full (``kiosk.content.load``)."""
    from kiosk.content import load
    from kiosk.content.model import Severity

    result = load(content, full_media=False)
    problems = [p for p in result.problems if p.severity is Severity.ERROR]
    from kiosk.content import yamlsrc

    if not yamlsrc.LIBYAML:
        log.warning("content: %s", yamlsrc.NO_LIBYAML)
    for problem in problems:
        log.error("content: %s", problem.format())
    if not result.exhibits:
        log.error("no exhibit could be loaded from %s", content)
        return None, problems
    return result.exhibits[0], problems


def load_content(
    content: Path, built: Path | None = None
) -> tuple[Exhibit | None, list[Problem | str], Presenter | None]:
    """Load and validate a content folder for the kiosk: its first exhibit, every problem as
    text, and the exhibit shaped for display. Never raises."""
    try:
        exhibit, problems = load_exhibit(content)
        if exhibit is None:
            return None, [*problems], None
        from kiosk.present import Presenter

        return exhibit, [*problems], Presenter(exhibit, built)
    except Exception as exc:  # a bug, not bad content (that is reported as problems): log it, stay calm
        log.exception("the content at %s could not be loaded", content)
        return None, [f"content: {content} could not be loaded ({exc.__class__.__name__}: {exc})"], None


def _setup_logging(log_file: str | None) -> str | None:
    """Log to stderr (the journal under systemd) and to ``log_file``; a log file that cannot be
    opened (a missing folder, a folder, no permission) never stops the kiosk: the note returned
    says why, for the log and the operator panel."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    note = None
    if log_file:
        try:
            handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
        except OSError as exc:
            note = (
                f"settings: cannot write the log file {log_file} ({exc.strerror or exc}); logging to the "
                "journal (stderr) only. Create its folder, or set log_file to a file the kiosk may write"
            )
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", handlers=handlers)
    return note


def _check_binding(kiosk: Kiosk) -> None:
    from kiosk.ui import binding

    binding.check(kiosk.operator.report)


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


#: How long after the first frame the event log opens (its start-up cost stays out of the first screen).
ANALYTICS_DELAY_MS = 3000


def _start_analytics(kiosk: Kiosk, settings: Settings, exhibit_id: str) -> None:
    """The event log (unless switched off) and the health file, after the first frame: sqlite3
    and the writer thread are not worth their start-up time before it (docs/analytics.md)."""
    from kiosk.analytics.health import FILE, Health
    from kiosk.analytics.log import open_log
    from kiosk.firstscreen import content_key
    from kiosk.media.derivatives import default_out

    events = None
    if settings.analytics:
        events = open_log(
            settings.state_dir,
            kiosk_id=settings.kiosk_id,
            retention_days=settings.retention_days,
            max_mb=settings.analytics_max_mb,
        )
    health = Health(settings.health_file or settings.state_dir / FILE, status=lambda: events.status if events else None)
    kiosk.analytics.start(events, health, kiosk.window)
    # The content release: the exhibit and a checksum of its files (changes whenever they do).
    crc = content_key(settings.content, default_out(settings.content)).split("-")[0]
    kiosk.analytics.set_release(f"{exhibit_id}-{crc}" if exhibit_id != "—" else f"none-{crc}")


def _watch(kiosk: Kiosk, source: Path, state_dir: Path, release: Release | None, into: list[ContentWatch]) -> None:
    from kiosk.ui.updates import ContentWatch

    watch = ContentWatch(kiosk, source, state_dir, release)
    watch.start()
    into.append(watch)


def run(settings: Settings, notes: list[str] | None = None, check: float | None = None) -> int:
    """The kiosk, full screen unless ``settings.windowed``; ``notes`` are the settings' warnings.
    With ``check`` (seconds), the health check of an update (:mod:`kiosk.ui.check`)."""
    log_note = _setup_logging(settings.log_file)
    # --- updates (kiosk.update): start on the release `current` names, if one is whole ------
    import dataclasses

    from kiosk.update.releases import Releases

    source = settings.content  # the folder the settings name: watched for changes
    release, release_note = Releases(settings.state_dir).start()
    if release_note:
        log.info("%s", release_note)
    if release is not None:
        settings = dataclasses.replace(settings, content=release.content)
    if check is not None:
        from kiosk.ui.check import Collect

        settings = dataclasses.replace(settings, analytics=False)
        collect = Collect()  # from before the content is loaded
    # ----------------------------------------------------------------------------------------
    told: list[str] = [f"settings: {note}" for note in notes or []]
    if log_note:
        told.append(log_note)
    for line in told:
        log.warning("%s", line)
    if not _has_display():
        print(
            "kiosk: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
            "to see the screens without one, run: kiosk proof --out proof/",
            file=sys.stderr,
        )
        return 2
    from kiosk.ui.app import Kiosk
    from kiosk.ui.fonts import load_fonts
    from kiosk.ui.glue import install_error_funnel

    install_error_funnel()
    # Qt Quick keeps compiled QML in the state directory too, not in ~/.cache (kiosk.state).
    os.environ.setdefault("QML_DISK_CACHE_PATH", str(settings.state_dir / "cache" / "qml"))
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    signals = stopping.on_signals(app)  # noqa: F841  # kept alive until the application ends
    if os.environ.get("KIOSK_HIDE_CURSOR") == "1":  # the locked session (deploy/session/kiosk.service)
        from PySide6.QtCore import Qt

        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    load_fonts()
    from kiosk import firstscreen
    from kiosk.media.derivatives import default_out

    # The build's snapshot of the first screen, if it matches the content as it is now: the attract
    # loop is drawn from it, and the content is loaded and validated behind it. Else the content
    # is loaded first, as it must be.
    built = default_out(settings.content, settings.state_dir)  # the content's own, or the state dir's
    snapshot = firstscreen.read(settings.content, built)
    if snapshot is None:
        exhibit, problems = load_exhibit(settings.content)
        exhibit_id = exhibit.id if exhibit else "—"
    else:
        exhibit, problems, exhibit_id = None, [], str(snapshot.get("exhibit", "—"))
    try:
        kiosk = Kiosk(
            exhibit,
            [*told, *problems],
            language=settings.language,
            idle_timeout=settings.idle_timeout,
            windowed=settings.windowed,
            operator_pin=settings.operator_pin,
            info={
                "content": str(settings.content),
                "exhibit": exhibit_id,
                "started": time.strftime("%Y-%m-%d %H:%M:%S"),
                "version": __version__,
            },
            built=built,
            first_screen=snapshot,
            analytics_later=settings.analytics,
            operator_pin_hash=settings.operator_pin_hash,
            reduce_motion=settings.reduce_motion,
            volume=(settings.volume_min, settings.volume, settings.volume_max),
            high_contrast=settings.high_contrast,
            reach=_reach(settings),
            keys=settings.keys,
            lockout_file=settings.state_dir / "operator-lockout.json",
        )
    except RuntimeError as exc:
        log.critical("%s", exc)
        return 1
    kiosk.content_dir = settings.content  # reloaded from here when the kiosk heals a fault
    hours = None
    if settings.opening_hours is not None:  # the closed screen and the display hook (kiosk.ui.hours)
        from kiosk.ui.hours import OpeningHours

        hours = OpeningHours(kiosk, settings.opening_hours)
    if snapshot is not None:
        kiosk.load_after_first_frame(settings.content)
    kiosk.after_first_frame(functools.partial(_check_binding, kiosk))  # ~3 ms, not before the first frame
    watches: list[ContentWatch] = []
    if check is not None:
        from kiosk.ui.check import Check

        checker = Check(kiosk, check, collect)  # noqa: F841  # kept alive until the application ends
    else:  # the content folder's watch (kiosk.ui.updates), after the first frame like its import
        kiosk.after_first_frame(functools.partial(_watch, kiosk, source, settings.state_dir, release, watches))
    # The event log opens a few seconds after the first frame, not at once: opening SQLite and
    # its writer in the GUI thread just after the first swap held back the attract loop's
    # pictures (start-up went from 1.54x to 1.77x the bare window). What happens meanwhile is kept.
    start = functools.partial(_start_analytics, kiosk, settings, exhibit_id)
    if check is None:  # a health check never writes the running kiosk's event log or health file
        kiosk.after_first_frame(lambda: QTimer.singleShot(ANALYTICS_DELAY_MS, start))
    code = app.exec()
    for watch in watches:
        watch.stop()
    if hours is not None:
        hours.stop()
    operator_exit = kiosk.exit_requested
    kiosk.close()
    del kiosk
    if operator_exit:
        from kiosk.watchdog import EXIT_OPERATOR

        return EXIT_OPERATOR  # "Exit kiosk": the unit's RestartPreventExitStatus= keeps it stopped
    return code


def _reach(settings: Settings) -> Reach | None:
    """The screen's mounting, if the operator gave it (a wall screen)."""
    from kiosk.reach import Reach

    if settings.mount_height_mm is None:
        return None
    return Reach(settings.mount_height_mm, settings.screen_height_mm)
