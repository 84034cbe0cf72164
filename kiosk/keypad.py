"""The keys a visitor may press and what each does: a keyboard in a lab, or a universal keypad
(a tactile pad of arrows, a select button, back, help and volume, as CMHR's Universal Keypad) on
the kiosk. Plain Python: the settings declare a mapping, :mod:`kiosk.ui.keys` applies it.

Keys are named as Qt names them without ``Key_`` (``Right``, ``Return``, ``F1``, ``VolumeUp``).
Tab and Shift+Tab always move the focus and cannot be given another action.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Every action, with what it does (docs/accessibility.md has the same table for operators).
ACTIONS: Mapping[str, str] = MappingProxyType(
    {
        "next": "the next panel; on a slider, a later step",
        "previous": "the previous panel; on a slider, an earlier step",
        "down": "scroll down where text scrolls, else the focus moves to the next control",
        "up": "scroll up where text scrolls, else the focus moves to the previous control",
        "select": "press the control that has the focus",
        "back": "close what is open on top (a sheet, a place, an event), else go back",
        "home": "the home screen with the sections",
        "help": "show or hide the keys and what they do",
        "volume_up": "louder",
        "volume_down": "quieter",
        "audio": "audio description on or off",
        "none": "nothing: the key is ignored",
    }
)

#: The actions Qt Quick's screens handle as the key that stands for them: a key given one of these
#: is delivered as that key, so a keypad's own keys reach every control as the arrows would.
AS_KEY: Mapping[str, str] = MappingProxyType(
    {
        "next": "Right",
        "previous": "Left",
        "down": "Down",
        "up": "Up",
        "select": "Return",
        "back": "Escape",
    }
)

#: The keypad profile every kiosk has unless the settings change it: the arrows, Enter and
#: Space, Escape and Backspace, and what keypads and media keyboards send for help and sound.
DEFAULT_KEYS: Mapping[str, str] = MappingProxyType(
    {
        "Right": "next",
        "Left": "previous",
        "Down": "down",
        "Up": "up",
        "Return": "select",
        "Enter": "select",
        "Space": "select",
        "Select": "select",
        "Escape": "back",
        "Backspace": "back",
        "Back": "back",
        "Home": "home",
        "HomePage": "home",
        "F1": "help",
        "Help": "help",
        "Question": "help",
        "Plus": "volume_up",
        "Equal": "volume_up",
        "VolumeUp": "volume_up",
        "Minus": "volume_down",
        "VolumeDown": "volume_down",
        "VolumeMute": "audio",
        "MediaTogglePlayPause": "audio",
    }
)

_NAMED = [
    "Left",
    "Right",
    "Up",
    "Down",
    "Return",
    "Enter",
    "Space",
    "Escape",
    "Backspace",
    "Home",
    "End",
    "PageUp",
    "PageDown",
    "Insert",
    "Delete",
    "Plus",
    "Minus",
    "Equal",
    "Asterisk",
    "Slash",
    "Period",
    "Comma",
    "Question",
    "NumberSign",
    "Select",
    "Back",
    "Forward",
    "Menu",
    "Help",
    "HomePage",
    "VolumeUp",
    "VolumeDown",
    "VolumeMute",
    "MediaPlay",
    "MediaPause",
    "MediaTogglePlayPause",
    "MediaStop",
    "MediaNext",
    "MediaPrevious",
]

#: Every key name the settings accept: the named keys above, letters, digits and F1 to F24.
KEY_NAMES: frozenset[str] = frozenset(
    [*_NAMED, *(chr(c) for c in range(ord("A"), ord("Z") + 1)), *"0123456789", *(f"F{n}" for n in range(1, 25))]
)

#: How the keys sheet writes a key (others as they are named): the sign on the key.
SHOWN: Mapping[str, str] = MappingProxyType(
    {
        "Right": "→",
        "Left": "←",
        "Down": "↓",
        "Up": "↑",
        "Return": "Enter",
        "Escape": "Esc",
        "Backspace": "⌫",
        "Plus": "+",
        "Minus": "−",
        "Equal": "=",
        "Question": "?",
        "Asterisk": "*",
        "Slash": "/",
        "Period": ".",
        "Comma": ",",
        "NumberSign": "#",
    }
)

#: Keys kept for Qt's own focus chain.
RESERVED = frozenset({"Tab", "Backtab"})


def key_map(value: object) -> dict[str, str]:
    """The keypad profile written in the settings (``key: action`` lines) over the default one.

    Raises ``ValueError`` with what to write instead for anything that is not a known key or
    action; the settings then keep the default profile whole."""
    if not isinstance(value, Mapping):
        raise ValueError("write one key a line under it, e.g. keys: {Right: next, Escape: back, F1: help}")
    merged = dict(DEFAULT_KEYS)
    for raw_key, raw_action in value.items():
        key = str(raw_key) if isinstance(raw_key, int) and not isinstance(raw_key, bool) else raw_key
        if not isinstance(key, str) or key in RESERVED or key not in KEY_NAMES:
            shown = key if isinstance(key, str) else repr(raw_key)
            why = "is kept for moving the focus" if key in RESERVED else "is not a key name"
            raise ValueError(f"{shown} {why}; name keys as Left, Return, F1, VolumeUp, A or 5")
        if raw_action is None:
            raw_action = "none"
        if not isinstance(raw_action, str) or raw_action not in ACTIONS:
            raise ValueError(f"{key}: {raw_action!r} is not an action; write one of {', '.join(ACTIONS)}")
        merged[key] = raw_action
    return merged
