"""The Qt application: fonts, translations, the error funnel, the engine and the window.

``Kiosk`` assembles one kiosk (backend + engine + window) and is shared by ``kiosk run``,
``kiosk proof``, the UI tests and the benchmarks, so all of them see the same screen.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLoggingCategory,
    QObject,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.ui import backend as _backend  # registers the QML types (an import side effect)
from kiosk.ui.fonts import load_fonts
from kiosk.ui.qtlog import QtLog

if TYPE_CHECKING:  # the content model is imported when the content is loaded, not before
    from kiosk.content.model import Exhibit
    from kiosk.present import Presenter

log = logging.getLogger("kiosk")

_HERE = Path(__file__).resolve().parent
QML_DIR = _HERE / "qml"
I18N_DIR = _HERE / "i18n"

_QT_WINDOW, _QT_FRAMELESS_WINDOW_HINT = 0x0001, 0x0800  # Qt::WindowType values
_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter

#: Physical size of the smallest touch target, and the gap between targets.
TOUCH_TARGET_MM = 10.0

_INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


_QT_LOG = QtLog()  # Qt's messages, from any thread, to the log without Python on Qt's threads

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


def install_error_funnel() -> None:
    """Every uncaught error goes to the log; the visitor never sees a traceback."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught error", exc_info=(kind, value, tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        info = (args.exc_type, args.exc_value, args.exc_traceback)
        log.error("uncaught error in thread %s", args.thread, exc_info=info)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    _QT_LOG.start()


class Translations:
    """Swaps the interface's Qt translator when the visitor picks another language."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._loaded: dict[str, QTranslator | None] = {}  # one translator per language, kept
        self._current: QTranslator | None = None
        self.engine: QQmlApplicationEngine | None = None

    def _translator(self, lang: str) -> QTranslator | None:
        if lang not in self._loaded:
            qm = I18N_DIR / f"kiosk_{lang}.qm"
            translator = QTranslator()
            if translator.load(str(qm)):
                self._loaded[lang] = translator
            else:
                self._loaded[lang] = None
                if lang != "en":
                    log.warning("no interface translation for %s (%s); run deploy/bootstrap.sh to build it", lang, qm)
        return self._loaded[lang]

    def use(self, lang: str) -> None:
        if self._current is not None:
            self._app.removeTranslator(self._current)
        self._current = self._translator(lang)
        if self._current is not None:
            self._app.installTranslator(self._current)
        if self.engine is not None:
            self.engine.retranslate()

    def close(self) -> None:
        if self._current is not None:
            self._app.removeTranslator(self._current)
            self._current = None
        self.engine = None


class RecentLog(logging.Handler):
    """The last lines of the log, for the operator panel (the full log stays in its file)."""

    def __init__(self, keep: int = 200) -> None:
        super().__init__(logging.INFO)
        from collections import deque

        self.lines: deque[str] = deque(maxlen=keep)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a log line must never take the kiosk down
            self.handleError(record)

    def newest_first(self) -> list[str]:
        return list(reversed(self.lines))


def _libc() -> Any:
    """glibc, for the two memory calls below (``None`` elsewhere: musl, macOS, Windows). Found in
    the process itself (``CDLL(None)``), not with ``ctypes.util.find_library``, which runs ldconfig."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        libc.malloc_trim  # noqa: B018 - present only in glibc
        libc.mallopt  # noqa: B018
    except (OSError, AttributeError):
        return None
    return libc


def _malloc_trim() -> Callable[[], None]:
    """glibc keeps freed memory for reuse; ``malloc_trim`` hands it back to the system."""
    libc = _libc()
    if libc is None:
        return lambda: None
    return lambda: libc.malloc_trim(0) and None


def _tune_malloc() -> None:
    """Big one-off blocks (decoded pictures, textures) get their own mappings, returned to the
    system when freed. glibc's threshold otherwise slides up after the first big free, and later
    pictures land in the heap arenas, where they fragment and stay."""
    libc = _libc()
    if libc is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, 128 * 1024)  # a fixed threshold also stops the sliding


class ActivityFilter(QObject):
    """Sees every press, touch and key press (without taking it) to keep the visit alive."""

    def __init__(self, on_activity: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._on_activity()
        return False


class _FirstFrame(QObject):
    """Runs work once the window's first frame is on the screen, in the GUI thread (the frame is
    swapped on the render thread; this object lives in the GUI thread, so the call is queued)."""

    def __init__(self, window: QQuickWindow) -> None:
        super().__init__()
        self._window = window
        self._waiting: list[Callable[[], None]] | None = []
        window.frameSwapped.connect(self.swapped)

    def then(self, work: Callable[[], None]) -> None:
        if self._waiting is None:
            work()
        else:
            self._waiting.append(work)
            self._window.update()  # a kiosk already drawn draws once more, so the work runs

    @Slot()
    def swapped(self) -> None:
        if self._waiting is None:
            return
        waiting, self._waiting = self._waiting, None
        self._window.frameSwapped.disconnect(self.swapped)
        for work in waiting:
            work()


class _Arrival(QObject):
    """Brings the content, loaded in a worker thread, back to the GUI thread: a signal emitted in
    the worker reaches :meth:`deliver` through the GUI thread's event loop (a queued connection,
    because this object lives in the GUI thread)."""

    loaded = Signal(object)

    def __init__(self, on_loaded: Callable[[Any], None]) -> None:
        super().__init__()
        self._on_loaded = on_loaded
        self.loaded.connect(self.deliver)

    @Slot(object)
    def deliver(self, payload: Any) -> None:
        self._on_loaded(payload)


def load_content(content: Path, built: Path | None = None) -> tuple[Exhibit | None, list[str], Presenter | None]:
    """Load and validate a content folder for the kiosk: its first exhibit, every problem as
    text, and the exhibit shaped for display. Never raises."""
    try:
        exhibit, problems = load_exhibit(content)
        if exhibit is None:
            return None, problems, None
        from kiosk.present import Presenter

        return exhibit, problems, Presenter(exhibit, built)
    except Exception as exc:  # a bug, not bad content (that is reported as problems): log it, stay calm
        log.exception("the content at %s could not be loaded", content)
        return None, [f"content: {content} could not be loaded ({exc.__class__.__name__}: {exc})"], None


class Kiosk:
    """One kiosk: backend, engine and window, for an exhibit (or none: a calm closed screen).

    With ``first_screen`` (the build's snapshot, :mod:`kiosk.firstscreen`) and no exhibit, the
    attract loop is drawn from the snapshot and :meth:`load_after_first_frame` brings the content.
    """

    def __init__(
        self,
        exhibit: Exhibit | None,
        problems: list[str] | None = None,
        *,
        language: str | None = None,
        idle_timeout: float | None = None,
        size: tuple[int, int] | None = None,
        windowed: bool = True,
        clock: Callable[[], float] = time.monotonic,
        operator_pin: str | None = None,
        info: dict[str, str] | None = None,
        built: Path | None = None,
        first_screen: dict[str, Any] | None = None,
    ) -> None:
        app = QGuiApplication.instance()
        if app is None:
            raise RuntimeError("create a QGuiApplication before a Kiosk")
        QLoggingCategory.setFilterRules(QT_LOG_RULES)
        self.exit_requested = False
        self.recent = RecentLog()
        logging.getLogger().addHandler(self.recent)
        self.translations = Translations(app)
        self.backend = _backend.Backend(
            exhibit,
            problems,
            language=language,
            idle_timeout=idle_timeout,
            clock=clock,
            on_language=self.translations.use,
            operator_pin=operator_pin,
            windowed=windowed,
            on_exit=self._exit,
            log_lines=self.recent.newest_first,
            info=info,
            built=built,
            first_screen=first_screen,
        )
        self._built = built
        self._loader: threading.Thread | None = None
        self._arrival: _Arrival | None = None
        self.translations.use(self.backend.language)

        # Photos get textures of their own; only small images share an atlas, which at Qt's
        # default of 2048 x 2048 (16 MB) held pictures up to 1 024 px long after they left the screen.
        os.environ.setdefault("QSG_ATLAS_WIDTH", "512")
        os.environ.setdefault("QSG_ATLAS_HEIGHT", "512")
        self.engine = QQmlApplicationEngine()
        self.translations.engine = self.engine
        self.engine.addImportPath(str(QML_DIR))
        self.backend.prepare()
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("the kiosk's QML did not load (see the log for QML errors)")
        self.window: QQuickWindow = roots[0]
        # On the window, not the application: every press, touch and key reaches the window, and
        # Python is not called for each of the application's other events (timers, every item's
        # updates), each of which made PySide wrap an object of yet another Qt class.
        self.filter = ActivityFilter(self.backend.activity)
        self.window.installEventFilter(self.filter)
        self._first_frame = _FirstFrame(self.window)
        self._first_frame.then(_tune_malloc)  # ctypes is not worth its import before the first frame
        self._place_window(size, windowed)
        # Back on the attract loop or the home cards, what the last screens held is released, so
        # a kiosk that runs for months keeps the memory of one visit, not of every visit.
        self._trim: Callable[[], None] | None = None  # found when first needed (ctypes costs ~10 ms)
        self.backend.screenChanged.connect(self._release_memory)

    def load_after_first_frame(self, content: Path) -> None:
        """Once the first screen (drawn from the snapshot) is on the glass, load and validate
        ``content`` in a worker thread, so the attract loop keeps moving, then give it to the
        backend in the GUI thread. A touch in the meantime is kept until it arrives."""

        def first_frame() -> None:
            self._loader = threading.Thread(
                target=lambda: arrival.loaded.emit(load_content(content, self._built)),
                name="kiosk-content",
                daemon=True,
            )
            self._loader.start()

        def loaded(payload: tuple[Exhibit | None, list[str], Presenter | None]) -> None:
            exhibit, problems, presenter = payload
            if getattr(self, "backend", None) is None:  # closed while loading
                return
            self.backend.attach(exhibit, problems, presenter)
            log.info("content ready: %s", exhibit.id if exhibit else "no exhibit could be loaded")

        arrival = self._arrival = _Arrival(loaded)
        self._first_frame.then(first_frame)

    def after_first_frame(self, work: Callable[[], None]) -> None:
        """Run ``work`` in the GUI thread once the first screen is on the glass."""
        self._first_frame.then(work)

    def check_binding(self) -> None:
        """Tell the operator if this PySide6 loses references on this Python (kiosk.ui.binding)."""
        from kiosk.ui.binding import reference_leak

        line = reference_leak()
        if line is not None:
            log.critical("%s", line)
            self.backend.report_problem(line)

    def _release_memory(self) -> None:
        if self.backend.screen in ("attract", "home"):
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._release_now)

    def _release_now(self) -> None:
        import gc
        import linecache

        if getattr(self, "engine", None) is None:
            return
        self.engine.collectGarbage()
        gc.collect()
        # PySide's import hook reads the source of every module imported after it into linecache
        # (several MB of text that only a traceback would need; a traceback reads it again).
        linecache.clearcache()
        if self._trim is None:
            self._trim = _malloc_trim()
        self._trim()

    def _exit(self) -> None:
        self.exit_requested = True
        QGuiApplication.quit()

    def _place_window(self, size: tuple[int, int] | None, windowed: bool) -> None:
        window = self.window
        screen = window.screen()
        if size:
            window.resize(*size)
        elif windowed:
            avail = screen.availableGeometry()
            window.resize(min(1280, avail.width()), min(800, avail.height()))
        dpi = screen.physicalDotsPerInch() if screen else 96.0
        mm = max(TOUCH_TARGET_MM * (dpi / 25.4), 1.0)
        self.backend.touchTarget = mm
        if windowed or size:
            window.show()
        else:
            # Frameless and covering the whole primary screen, with or without a window manager.
            # (Qt.Window | Qt.FramelessWindowHint as numbers: importing PySide6's Qt namespace
            # costs ~25 ms before the first frame.)
            window.setProperty("flags", _QT_WINDOW | _QT_FRAMELESS_WINDOW_HINT)
            window.setGeometry(screen.geometry())
            window.showFullScreen()

    def close(self) -> None:
        """Tear down in the order Qt needs: window, then engine, then backend, all before the app.

        Everything is released synchronously (no ``deleteLater``), so nothing of this kiosk is
        still queued for deletion when the next one is built or the application goes.
        """
        self.backend.stop()
        if self._loader is not None:
            self._loader.join(timeout=30)  # a load in progress finishes before the app goes
        logging.getLogger().removeHandler(self.recent)
        self.window.removeEventFilter(self.filter)
        self.translations.close()
        self.window.close()
        del self.window
        del self.engine  # the engine owns the QML objects; Python owns the engine
        del self.backend


def _setup_logging(log_file: str | None) -> None:
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if log_file:
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", handlers=handlers)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kiosk")
    except PackageNotFoundError:
        return "unknown"


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def load_exhibit(content: Path) -> tuple[Exhibit | None, list[str]]:
    """The first exhibit of a content folder, and every problem as text for the operator."""
    from kiosk.content import load
    from kiosk.content.model import Severity

    result = load(content)
    problems = [p.format() for p in result.problems if p.severity is Severity.ERROR]
    for line in problems:
        log.error("content: %s", line)
    if not result.exhibits:
        log.error("no exhibit could be loaded from %s", content)
        return None, problems
    return result.exhibits[0], problems


def run(args: argparse.Namespace) -> int:
    """``kiosk run``: the kiosk, full screen unless ``--windowed``."""
    from kiosk.settings import load_settings

    settings, notes = load_settings(args)
    _setup_logging(settings.log_file)
    for note in notes:
        log.warning("settings: %s", note)
    if not _has_display():
        print(
            "kiosk: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
            "to see the screens without one, run: kiosk proof --out proof/",
            file=sys.stderr,
        )
        return 2
    install_error_funnel()
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    load_fonts()
    from kiosk import firstscreen
    from kiosk.media.derivatives import default_out

    # The build's snapshot of the first screen, if it matches the content as it is now: the attract
    # loop is drawn from it, and the content is loaded and validated behind it. Else the content
    # is loaded first, as it must be.
    snapshot = firstscreen.read(settings.content, default_out(settings.content))
    if snapshot is None:
        exhibit, problems = load_exhibit(settings.content)
        exhibit_id = exhibit.id if exhibit else "—"
    else:
        exhibit, problems, exhibit_id = None, [], str(snapshot.get("exhibit", "—"))
    try:
        kiosk = Kiosk(
            exhibit,
            problems,
            language=settings.language,
            idle_timeout=settings.idle_timeout,
            windowed=settings.windowed,
            operator_pin=settings.operator_pin,
            info={
                "content": str(settings.content),
                "exhibit": exhibit_id,
                "started": time.strftime("%Y-%m-%d %H:%M:%S"),
                "version": _version(),
            },
            first_screen=snapshot,
        )
    except RuntimeError as exc:
        log.critical("%s", exc)
        return 1
    if snapshot is not None:
        kiosk.load_after_first_frame(settings.content)
    kiosk.after_first_frame(kiosk.check_binding)  # ~3 ms, not before the first frame
    code = app.exec()
    kiosk.close()
    del kiosk
    return code
