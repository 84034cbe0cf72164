"""The names of the kiosk's languages (plain data: the first screen needs them before anything else)."""

from __future__ import annotations

__all__ = ["LANGUAGE_NAMES", "LANGUAGE_NAMES_IN"]

#: Each language's name, written in that language: the language buttons never use flags.
LANGUAGE_NAMES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English", "fr": "Français"}

#: The name of language ``code`` as written in language ``lang`` (for "original in French").
LANGUAGE_NAMES_IN: dict[str, dict[str, str]] = {
    "vi": {"vi": "tiếng Việt", "en": "tiếng Anh", "fr": "tiếng Pháp"},
    "en": {"vi": "Vietnamese", "en": "English", "fr": "French"},
    "fr": {"vi": "vietnamien", "en": "anglais", "fr": "français"},
}
