"""Small Qt objects the kiosk is assembled with: the error funnel, the interface translator, the
operator's view of the log, the activity filter, the first frame, and the content's arrival."""

from __future__ import annotations

import logging
import sys
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator, Signal, Slot
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.languages import FALLBACK
from kiosk.ui.qtlog import QtLog

log = logging.getLogger("kiosk")

I18N_DIR = Path(__file__).resolve().parent / "i18n"

_INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}
_TOUCH_EVENTS = {QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}

_QT_LOG = QtLog()  # Qt's messages, from any thread, to the log without Python on Qt's threads


#: Called with a one-line reason after an uncaught error in the GUI thread (Kiosk.heal).
_ON_UNCAUGHT: list[Callable[[str], None]] = []


def on_uncaught(listener: Callable[[str], None]) -> None:
    _ON_UNCAUGHT.append(listener)


def forget_uncaught(listener: Callable[[str], None]) -> None:
    if listener in _ON_UNCAUGHT:
        _ON_UNCAUGHT.remove(listener)


def report_uncaught(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: log the error; if it happened in the GUI thread (an exception in a slot),
    tell the kiosk, which takes the visitor back to the attract loop with the content reloaded."""
    log.error("uncaught error", exc_info=(kind, value, tb))
    if threading.current_thread() is threading.main_thread() and not issubclass(kind, KeyboardInterrupt):
        for listener in list(_ON_UNCAUGHT):
            listener(f"{kind.__name__}: {value}")


def install_error_funnel() -> None:
    """Every uncaught error goes to the log; the visitor never sees a traceback."""
    hook = report_uncaught

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error("uncaught error in thread %s", args.thread, exc_info=args.exc_value)

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
                if lang != FALLBACK:
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
        self.lines: deque[str] = deque(maxlen=keep)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a log line must never take the kiosk down
            self.handleError(record)

    def newest_first(self) -> list[str]:
        return list(reversed(self.lines))


class ActivityFilter(QObject):
    """Sees every press, touch and key press (without taking it) to keep the visit alive."""

    def __init__(
        self,
        on_activity: Callable[[], None],
        parent: QObject | None = None,
        on_touch: Callable[[QObject, Any], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_activity = on_activity
        #: Also sees every touch event (kiosk.ui.hold); True keeps it from the screen.
        self._on_touch = on_touch

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._on_activity()
        if self._on_touch is not None and kind in _TOUCH_EVENTS:
            return self._on_touch(watched, event)
        return False


class FirstFrame(QObject):
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


class Arrival(QObject):
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


class Loading:
    """``load(*args)`` in a worker thread, one at a time, its result handed to ``on_loaded`` in
    the GUI thread (through an :class:`Arrival`)."""

    def __init__(self, load: Callable[..., Any], on_loaded: Callable[[Any], None]) -> None:
        self._load, self._on_loaded = load, on_loaded
        self._thread: threading.Thread | None = None
        self._arrival: Arrival | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, *args: Any) -> None:
        arrival = self._arrival = Arrival(self._on_loaded)
        self._thread = threading.Thread(
            target=lambda: arrival.loaded.emit(self._load(*args)), name="kiosk-content", daemon=True
        )
        self._thread.start()

    def join(self, timeout: float) -> None:
        if self._thread is not None:
            self._thread.join(timeout=timeout)
