"""``Keypad``: the keypad profile (:mod:`kiosk.keypad`) applied to the window's key presses.

A key given an action that a key stands for (next → Right, select → Return, back → Escape...) is
delivered to the screens as that key, so QML handles only the arrows, Return and Escape, and a
keypad's own keys reach every control as they would. Home, help, volume and sound are done here:
Home through ``Visit``, help by ``helpOpen`` (the keys sheet), and volume and sound as signals
for the player to act on (``volumeRequested``, ``audioRequested``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton

from kiosk.keypad import AS_KEY, DEFAULT_KEYS, SHOWN
from kiosk.ui.models import hand_over

if TYPE_CHECKING:
    from kiosk.ui.operatorpanel import Operator
    from kiosk.ui.visit import Visit

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.ui")

_POINTER = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)


def qt_key(name: str) -> int:
    """The Qt key called ``name`` (``Right`` → ``Qt.Key_Right``)."""
    from PySide6.QtCore import Qt  # its hundred enums cost ~25 ms: not before the first frame

    return int(getattr(Qt.Key, "Key_" + name).value)


@QmlElement
@QmlSingleton
class Keypad(QObject):
    """The keypad profile: what each key does, and the keys sheet that says so."""

    helpChanged = Signal()
    activeChanged = Signal()
    #: +1 louder, -1 quieter: for the player to apply.
    volumeRequested = Signal(int)
    #: Audio description on or off: for the player to apply (Kiosk connects it).
    audioRequested = Signal()

    def __init__(
        self,
        keys: Mapping[str, str] | None,
        visit: Visit,
        operator: Operator,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._visit, self._operator = visit, operator
        self._profile: dict[str, str] = dict(keys if keys is not None else DEFAULT_KEYS)
        self._actions: dict[int, str] | None = None  # made at the first key (see qt_key)
        self._as_key: dict[str, int] = {}
        self._held = 0
        self._replaying = False
        self._help = False
        self._active = False

    @staticmethod
    def create(engine: QJSEngine) -> Keypad:
        return hand_over(Keypad)

    def _keys(self) -> dict[int, str]:
        if self._actions is None:
            from PySide6.QtCore import Qt

            self._actions = {}
            for name, action in self._profile.items():
                try:
                    self._actions[qt_key(name)] = action
                except AttributeError:  # a name kiosk.keypad knows but this Qt does not
                    log.warning("keys: this Qt has no key called %s; its line is ignored", name)
            self._as_key = {action: qt_key(name) for action, name in AS_KEY.items()}
            held = (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
            )
            self._held = int(held.value)
        return self._actions

    def action(self, key: int) -> str:
        """What the key does ("" for a key the profile does not name)."""
        return self._keys().get(key, "")

    @Slot(int, result=bool)
    def begins(self, key: int) -> bool:
        """Whether a key pressed on the attract loop begins the visit: any key but Tab, Shift+Tab
        (they reach the language buttons) and a modifier pressed on its own (Shift of Shift+Tab)."""
        from PySide6.QtCore import Qt

        keys = Qt.Key
        alone = (keys.Key_Tab, keys.Key_Backtab, keys.Key_Shift, keys.Key_Control, keys.Key_Alt, keys.Key_Meta)
        return key not in {int(k.value) for k in alone} and key != 0 and key != int(keys.Key_unknown.value)

    @Property("QVariantList", constant=True)  # type: ignore[arg-type]
    def profile(self) -> list[dict[str, str]]:
        """Each action with the keys that do it, for the keys sheet (in the order of kiosk.keypad)."""
        by_action: dict[str, list[str]] = {}
        for name, action in self._profile.items():
            shown = SHOWN.get(name, name)
            if action != "none" and shown not in by_action.get(action, []):
                by_action.setdefault(action, []).append(shown)
        return [{"action": a, "keys": " · ".join(k)} for a, k in by_action.items()]

    @Property(bool, notify=activeChanged)
    def active(self) -> bool:
        """The visitor is using keys: since a key was pressed, until a touch or a click (the
        focus ring shows only meanwhile, as a browser's :focus-visible)."""
        return self._active

    def _use_keys(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.activeChanged.emit()

    @Property(bool, notify=helpChanged)
    def helpOpen(self) -> bool:
        return self._help

    @Slot()
    def toggleHelp(self) -> None:
        self._help = not self._help
        self.helpChanged.emit()

    @Slot()
    def closeHelp(self) -> None:
        if self._help:
            self.toggleHelp()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _POINTER:
            self._use_keys(False)
            return False
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if kind == QEvent.Type.KeyPress:
            self._use_keys(True)
        assert isinstance(event, QKeyEvent)
        actions = self._keys()
        if int(event.modifiers().value) & self._held:  # Ctrl+Shift+O and the like: shortcuts, not keypad keys
            return False
        action = actions.get(event.key(), "")
        # On the attract loop any key begins. With the PIN pad or the operator panel open the keys
        # are the operator's: a digit is a digit, Backspace deletes one.
        if (
            not action
            or self._visit.navigation.screen == "attract"
            or self._operator.pinOpen
            or self._operator.panelOpen
        ):
            return False
        if action in self._as_key:
            key = self._as_key[action]
            if key == event.key():
                return False
            self._replaying = True
            try:
                QGuiApplication.sendEvent(
                    watched, QKeyEvent(kind, key, event.modifiers(), "", event.isAutoRepeat(), event.count())
                )
            finally:
                self._replaying = False
            return True
        if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
            self._do(action)
        return True

    def _do(self, action: str) -> None:
        if action == "home":
            self.closeHelp()
            self._visit.goHome()
        elif action == "help":
            self.toggleHelp()
        elif action == "volume_up":
            self.volumeRequested.emit(1)
        elif action == "volume_down":
            self.volumeRequested.emit(-1)
        elif action == "audio":
            self.audioRequested.emit()
