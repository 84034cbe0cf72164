"""Does this PySide6 lose references to True, False or None? A reproduction outside the kiosk.

    python tools/pyside_refcount.py          # exit 0: no loss; exit 1: a loss (prints which)

On Python 3.11 and older, ``True``, ``False`` and ``None`` are ordinary reference-counted objects;
a binding that hands one back without counting it lowers the count, and the interpreter aborts
("Fatal Python error: bool_dealloc" / "none_dealloc") when it reaches zero. From Python 3.12
they are immortal, so the loss is harmless and cannot be seen: run this on 3.11.

Each case is repeated a number of times well below the starting counts, so that a leaking
binding is reported rather than crashing this script. See docs/pyside6-refcount.md.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

import PySide6
from PySide6.QtCore import Property, QCoreApplication, QObject, Signal


class Emitter(QObject):
    changed = Signal()
    changedWithInt = Signal(int)

    def _none(self) -> None:
        return None

    def _true(self) -> bool:
        return True

    nothing = Property("QVariant", _none, notify=changed)
    truth = Property(bool, _true, notify=changed)


def counts() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def _give_back(before: tuple[int, int, int], after: tuple[int, int, int]) -> None:
    """Return what a case took, so that this script exits normally instead of aborting."""
    import ctypes

    for obj, was, now in zip((True, False, None), before, after, strict=True):
        for _ in range(max(0, was - now)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def main() -> int:
    app = QCoreApplication.instance() or QCoreApplication([])
    emitter = Emitter()
    meta = emitter.metaObject()
    nothing = meta.property(meta.indexOfProperty("nothing"))
    start = counts()
    repeats = max(10, min(100, min(start) // (2 * 6)))  # all six cases together stay far from zero
    cases: dict[str, Callable[[], object]] = {
        "Signal().emit(), nothing connected": lambda: emitter.changed.emit(),
        "Signal(int).emit(1), nothing connected": lambda: emitter.changedWithInt.emit(1),
        "QObject.property() of a Python property returning None": lambda: emitter.property("nothing"),
        "QMetaProperty.read() of a Python property returning None": lambda: nothing.read(emitter),
        "QObject.property() of a Python property returning True": lambda: emitter.property("truth"),
    }
    emitter.changed.connect(lambda: None)
    cases["Signal().emit(), connected to a Python callable"] = lambda: emitter.changed.emit()

    immortal = sys.version_info >= (3, 12)
    print(
        f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}; counts at start: "
        f"True {start[0]}, False {start[1]}, None {start[2]}; {repeats} calls a case"
    )
    if immortal:
        print("(True, False and None are immortal on this Python: a loss cannot be seen or do harm)")
    lost = False
    for name, call in cases.items():
        before = counts()
        for _ in range(repeats):
            call()
        after = counts()
        bools = (after[0] + after[1] - before[0] - before[1]) / repeats
        nones = (after[2] - before[2]) / repeats
        verdict = "LOSES REFERENCES" if min(bools, nones) <= -0.5 else "ok"
        lost = lost or verdict != "ok"
        _give_back(before, after)
        print(f"  {name:58s} True+False {bools:+.2f}  None {nones:+.2f} per call  {verdict}")
    del app
    return 1 if lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
