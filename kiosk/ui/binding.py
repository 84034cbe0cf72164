"""A start-up check that the installed PySide6 keeps count of ``True``, ``False`` and ``None``.

PySide6 6.12.0 loses a reference to ``True`` with every signal emitted from Python and one to
``None`` with every Qt read of a property that returns ``None``; on Python 3.11 the interpreter
aborts when a count reaches zero, which on a kiosk is minutes to hours of use
(docs/pyside6-refcount.md). ``pyproject.toml`` keeps that release out, but a kiosk can still meet
a leaking build (a distribution's package, a hand-installed wheel, a future release): this check
tells the operator at start, in the log and the operator panel, rather than leaving a crash to
be found on the floor. From Python 3.12 the three objects are immortal and nothing can be lost.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal

#: Calls per probe: far below the counts a process starts with (several hundred), far above noise.
CALLS = 32


class Probe(QObject):
    changed = Signal()

    def _nothing(self) -> None:
        return None

    # Qt takes a type name; PySide6's stubs know only Python types.
    nothing = Property("QVariant", _nothing, notify=changed)  # type: ignore[arg-type]


def exercise(probe: Probe) -> None:
    """What the kiosk does all day: emit change signals, and let Qt read properties that are None."""
    for _ in range(CALLS):
        probe.changed.emit()
        probe.property("nothing")


def _counts() -> tuple[int, int, int]:
    # No gc.collect(): it would cost milliseconds, and the loop below makes no garbage.
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def reference_leak() -> str | None:
    """A line for the operator if this PySide6 loses references on this Python, else ``None``."""
    if sys.version_info >= (3, 12):
        return None
    import PySide6

    before = _counts()
    exercise(Probe())
    lost = [max(0, b - a) for b, a in zip(before, _counts(), strict=True)]
    if max(lost) < CALLS // 2:
        return None
    _give_back(lost)
    return (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} lost {lost[0] + lost[1]} "
        f"references to True/False and {lost[2]} to None in {CALLS} signals and property reads: "
        "the kiosk will abort after some hours of use. Reinstall it (deploy/bootstrap.sh installs "
        "PySide6 < 6.12) or run it on Python 3.12 or newer; see docs/pyside6-refcount.md."
    )


def check(report: Callable[[str], object]) -> None:
    """Tell the operator (``report``: the operator panel's) and the log if this PySide6 loses
    references on this Python; the kiosk runs this once, after its first frame (~3 ms)."""
    line = reference_leak()
    if line is not None:
        logging.getLogger("kiosk").critical("%s", line)
        report(line)


def _give_back(lost: list[int]) -> None:
    """Return what the probe itself took, so that checking costs the process nothing."""
    import ctypes

    for obj, count in zip((True, False, None), lost, strict=True):
        for _ in range(count):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))
