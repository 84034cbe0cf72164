"""With audio description on, the kiosk says the name of each control as keyboard or keypad focus
reaches it, so a visitor who cannot see the screen knows what Enter would press.

The names are recordings the build made (:func:`kiosk.content.description.controls`: the
interface's words, the language buttons, a map's points, a timeline's events, a quiz's answers);
a section's card says its own description (its title and summary). Nothing is synthesised here.
A focus move that comes with a new screen says nothing: the screen's description is being said,
and a name would cut it off.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickWindow

if TYPE_CHECKING:
    from kiosk.ui.content import Content
    from kiosk.ui.keys import Keypad
    from kiosk.ui.player import Player

#: Seconds after a new screen during which focus moves are the screen's own, not the visitor's.
SETTLING = 0.5


class FocusSpeech(QObject):
    """Says the focused control's name (see the module)."""

    def __init__(
        self,
        window: QQuickWindow,
        content: Content,
        player: Player,
        keypad: Keypad,
        clock: Callable[[], float],
    ) -> None:
        super().__init__(window)
        self._window, self._content, self._player, self._keypad, self._clock = window, content, player, keypad, clock
        self._screen_at = -SETTLING
        self._pending = False
        content.placeChanged.connect(self._new_screen)
        window.activeFocusItemChanged.connect(self._moved)

    def _new_screen(self) -> None:
        self._screen_at = self._clock()

    def _moved(self) -> None:
        # Said on the next turn of the event loop: a key that opens a screen moves the focus
        # before the screen has changed.
        if self._player.describing and self._keypad.active and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._say)

    def _say(self) -> None:
        self._pending = False
        if not (self._player.describing and self._keypad.active) or self._clock() - self._screen_at < SETTLING:
            return
        item = self._window.activeFocusItem()
        if item is None:
            return
        name = item.objectName()
        if name.startswith("sectionCard_") and name[12:].isdigit():
            url = self._content.cardDescription(int(name[12:]))["url"]
        else:
            found = QAccessible.queryAccessibleInterface(item)
            text = found.text(QAccessible.Text.Name) if found is not None else ""
            url = self._content.controlDescription(text)["url"] if text else ""
        if url:
            self._player.describe(url)
