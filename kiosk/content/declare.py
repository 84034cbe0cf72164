"""How the content model declares the exhibit format, in one place.

Each field of a model dataclass (``kiosk.content.model``) carries a :class:`Doc` in its
annotation, ``body: Annotated[LText, Doc("the text (markup)", markup=True)]``: the field's type
and default are the dataclass's own, and the ``Doc`` says what the YAML checks, the JSON Schema
and the authors' reference need beyond them. ``kiosk.content.format`` reads the two together and
builds the checks; nothing else declares a field. Imports nothing, so the model stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

_C = TypeVar("_C", bound=type)


class Doc:
    """What a field means and how it is checked.

    ``text`` is the one-line description authors see. The rest is optional:

    - ``as_``: what a ``str`` field holds: ``"id"``, ``"source"`` (a bibliography id), ``"lang"``,
      ``"image"`` (a picture's path), ``"colour"`` (#rrggbb); plain text otherwise. ``values``
      makes it one of a fixed set.
    - ``key``: the YAML key, when it differs from the attribute (``from`` is a Python keyword).
    - text fields: ``markup`` (the documented inline markup is allowed), ``one_for_all`` (one text
      may stand for every language), ``complete=False`` (not every language is needed).
    - numbers: ``low`` and ``high``.
    - lists: ``item`` (a ``Doc`` for each item, when items are not objects), ``min_items``,
      ``what`` (the word for one item, in messages), ``unique`` (the attribute that must not
      repeat, or ``""`` for the items themselves), ``sort`` (the attribute holding the date the
      loader sorts by).
    - objects: ``variant``, the name of another declared form of the same class (a gallery image
      is a media item with a caption).
    - ``what``: for ids and fixed sets, the word used in messages ("panel id", "hotspot state").
    """

    __slots__ = (
        "as_",
        "complete",
        "high",
        "item",
        "key",
        "low",
        "markup",
        "min_items",
        "one_for_all",
        "sort",
        "text",
        "unique",
        "values",
        "variant",
        "what",
    )

    def __init__(
        self,
        text: str,
        *,
        as_: str = "",
        key: str = "",
        markup: bool = False,
        one_for_all: bool = False,
        complete: bool = True,
        low: float | None = None,
        high: float | None = None,
        item: Doc | None = None,
        min_items: int = 0,
        what: str = "",
        unique: str | None = None,
        sort: str = "",
        values: tuple[str, ...] = (),
        variant: str = "",
    ) -> None:
        self.text = text
        self.as_ = as_
        self.key = key
        self.markup = markup
        self.one_for_all = one_for_all
        self.complete = complete
        self.low = low
        self.high = high
        self.item = item
        self.min_items = min_items
        self.what = what
        self.unique = unique
        self.sort = sort
        self.values = values
        self.variant = variant

    def __repr__(self) -> str:
        return f"Doc({self.text!r})"


#: model class → (name in messages, description, JSON Schema definition name)
DESCRIBED: dict[type, tuple[str, str, str]] = {}


def described(name: str, doc: str = "", defname: str = "") -> Callable[[_C], _C]:
    """Name a model class for messages ("a media item") and describe it for the schema.

    A panel kind gives only its description: ``@described("Text, with an optional picture")``
    (its name, "a story panel", and schema name, "storyPanel", follow from its kind)."""

    def mark(cls: _C) -> _C:
        DESCRIBED[cls] = ("", name, "") if not doc else (name, doc, defname)
        return cls

    return mark
