"""What the QML singletons share: a list model of ready-made rows, and the hand-over of a
singleton made in Python to the engine that asks for it.

Properties QML reads as a JavaScript object or array are declared ``Property("QVariantMap")`` and
``Property("QVariantList")``: Qt's type names, as strings, so that ``pyside6-metaobjectdump``
(which reads the source, for qmllint's type information, tools/qmllint.py) writes types qmllint
knows. PySide's stubs expect a Python type there, hence the ``type: ignore[arg-type]`` on each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtQml import QJSEngine

_ModelIndex = QModelIndex | QPersistentModelIndex

# Qt.ItemDataRole values, written out: importing PySide6's ``Qt`` namespace builds all of its
# hundred enums (about 25 ms), which the first frame should not wait for.
_DISPLAY_ROLE = 0
_USER_ROLE = 0x0100

_T = TypeVar("_T", bound=QObject)

#: Singletons made for the next engine, by class (kiosk.ui.app makes them before QML loads).
_pending: dict[type[QObject], list[QObject]] = {}


def prepare(*singletons: QObject) -> None:
    """Make these the singletons the next engine that loads the Kiosk module will get."""
    for obj in singletons:
        _pending.setdefault(type(obj), []).append(obj)


def hand_over(cls: type[_T]) -> _T:
    """For a singleton's ``create(engine)``: the object prepared for this engine. Python keeps
    it; the engine must not delete it behind Python's back."""
    waiting = _pending.get(cls)
    if not waiting:
        raise RuntimeError(f"no {cls.__name__} was prepared for this QML engine (kiosk.ui.models.prepare)")
    obj = waiting.pop()
    QJSEngine.setObjectOwnership(obj, QJSEngine.ObjectOwnership.CppOwnership)
    return obj  # type: ignore[return-value]


class ViewListModel(QAbstractListModel):
    """A list of ready-made view dicts: roles are the dict keys plus ``view`` (the whole dict)."""

    def __init__(self, roles: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Mapping[str, Any]] = []
        self._names = ("view", *roles)

    def roleNames(self) -> dict[int, QByteArray]:
        return {_USER_ROLE + i: QByteArray(n.encode()) for i, n in enumerate(self._names)}

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _ModelIndex, role: int = _DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name_index = role - _USER_ROLE
        if not 0 <= name_index < len(self._names):
            return None
        row = self._rows[index.row()]
        return row if name_index == 0 else row.get(self._names[name_index])

    def reset(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def refresh(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """The same rows in another language: update in place so delegates (and the visitor's
        place in a list) are kept."""
        if len(rows) != len(self._rows):
            self.reset(rows)
            return
        self._rows = rows
        if rows:
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))

    def row(self, i: int) -> Mapping[str, Any]:
        return self._rows[i] if 0 <= i < len(self._rows) else {}
