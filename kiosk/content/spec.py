"""A small declarative vocabulary for the exhibit format: each spec both checks a located YAML node
(collecting every problem with its line and column) and builds the model, and the same
declarations produce the JSON Schema for ``kiosk schema``. One source of truth for all three.

Why not pydantic or msgspec? pydantic costs ~110 ms to import and define the models, which the
kiosk's start-up budget cannot afford, and its errors carry key paths but not lines, columns or
"did you mean" hints; msgspec is fast but stops at the first error. The format is small enough that
these few classes are simpler than bending either library to report every problem in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kiosk.content import dates, webvtt
from kiosk.content.model import LText, Problem, Severity
from kiosk.content.yamlsrc import Node, misread, quoted

INVALID: Any = type("Invalid", (), {"__repr__": lambda self: "INVALID", "__slots__": ()})()

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
LANG_PATTERN = r"^[a-z]{2,3}$"
COLOUR_PATTERN = r"^#[0-9a-fA-F]{6}$"
_ID = re.compile(ID_PATTERN)
_LANG = re.compile(LANG_PATTERN)
_COLOUR = re.compile(COLOUR_PATTERN)
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")

IMAGE_TYPES = (".png", ".jpg", ".jpeg", ".webp", ".svg")
CAPTION_TYPES = (".vtt",)


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to a misspelt ``word``, if one is close enough."""
    import difflib  # only when a hint is needed: it is not free to import

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A "did you mean …" hint, or a list of the choices when nothing is close."""
    options = list(choices)
    close = closest(word, options)
    if close:
        return f"did you mean '{close}'?"
    if len(options) <= 12:
        return "expected one of: " + ", ".join(options)
    return ""


def slug(text: str) -> str:
    """An id close to ``text`` (for hints)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "my-id"


class Loc:
    """Where a model object came from: 1-based line and column, key path, keys' positions."""

    __slots__ = ("col", "file", "keys", "line", "path")

    def __init__(self, file: str, node: Node, path: str) -> None:
        self.file = file
        self.line = node.line + 1
        self.col = node.col + 1
        self.path = path
        self.keys = node.keys

    def key(self, name: str) -> tuple[int, int]:
        """1-based (line, column) of key ``name`` in this object, or of the object itself."""
        if self.keys and name in self.keys:
            line, col = self.keys[name]
            return line + 1, col + 1
        return self.line, self.col


class MediaCheck:
    """Checks media paths against one content root, caching what the file system says.

    ``full`` reads each PNG to its end (its chunks' checksums); without it, only its header."""

    def __init__(self, root: Path, full: bool = True) -> None:
        self.root = root
        self.full = full
        self.real_root = root.resolve()
        self.cache: dict[tuple[str, tuple[str, ...]], tuple[str, str, str] | None] = {}
        self.parsed: dict[str, webvtt.Captions] = {}
        self.looked: dict[str, list[tuple[str, str, str, str]]] = {}

    def findings(self, rel: str) -> list[tuple[str, str, str, str]]:
        """What the bytes of the media file ``rel`` (a path that passed :meth:`problem`) say is
        wrong with it: ``(severity, code, message, hint)`` (kiosk.content.sniff). Once per file."""
        if rel not in self.looked:
            from kiosk.content import sniff

            self.looked[rel] = sniff.inspect(self.root / rel, rel, self.full)
        return self.looked[rel]

    def problem(self, rel: str, types: tuple[str, ...]) -> tuple[str, str, str] | None:
        """(code, message, hint) for what is wrong with the media path ``rel``, or None."""
        key = (rel, types)
        if key not in self.cache:
            self.cache[key] = self._problem(rel, types)
        return self.cache[key]

    def captions(self, rel: str) -> tuple[webvtt.Captions, bool]:
        """The parsed caption file ``rel`` (a path that passed :meth:`problem`), and whether this
        is the first time it was asked for: its problems are reported once, however many tracks
        use it."""
        first = rel not in self.parsed
        if first:
            self.parsed[rel] = webvtt.read(self.root / rel, rel)
        return self.parsed[rel], first

    def _problem(self, rel: str, types: tuple[str, ...]) -> tuple[str, str, str] | None:
        if not rel.strip():
            return ("media-path", "empty media path", "write a path such as assets/<exhibit>/x.png")
        if "\\" in rel:
            return (
                "media-path",
                f"media path '{rel}' contains a backslash",
                "use / between folders: " + rel.replace("\\", "/"),
            )
        if rel.startswith(("/", "~")) or _WINDOWS_DRIVE.match(rel):
            return (
                "media-outside",
                f"media path '{rel}' is absolute",
                "write it relative to the content folder, e.g. assets/<exhibit>/…",
            )
        parts = rel.split("/")
        if ".." in parts:
            return (
                "media-outside",
                f"media path '{rel}' leaves the content folder",
                "'..' is not allowed: copy the file under assets/ and point to it there",
            )
        if types and not rel.lower().endswith(types):
            return (
                "media-type",
                f"'{rel}' is not a supported file type",
                "use one of: " + ", ".join(t[1:] for t in types),
            )
        full = self.root / rel
        try:
            real = full.resolve()
        except (OSError, RuntimeError):
            return ("media-missing", f"media file '{rel}' cannot be read", "")
        if not real.is_relative_to(self.real_root):
            return (
                "media-outside",
                f"media path '{rel}' points outside the content folder",
                "it goes through a link to elsewhere: copy the file into assets/ instead",
            )
        if real.is_file():
            return None
        if real.exists():  # a pipe or a device would hang whoever reads it (issue 15)
            from kiosk.content.files import kind

            return ("media-not-file", f"media file '{rel}' is {kind(real.stat().st_mode)}", "put a regular file here")
        parent = full.parent
        hint = ""
        if parent.is_dir():
            try:
                names = sorted(p.name for p in parent.iterdir())
            except OSError:  # pragma: no cover - unreadable folder
                names = []
            hint = did_you_mean(full.name, names) if names else f"{parent.name}/ is empty"
            if hint.startswith("expected one of"):
                hint = "files there: " + hint[len("expected one of: ") :]
        else:
            hint = f"there is no folder '{parent.relative_to(self.root).as_posix()}'"
        return ("media-missing", f"media file '{rel}' not found", hint)


class Ctx:
    """What checking one file needs and produces."""

    def __init__(
        self,
        file: str,
        media: MediaCheck,
        languages: tuple[str, ...] | None = None,
        allow_fallback: bool = False,
        bib: set[str] | None = None,
        locs: dict[int, Loc] | None = None,
    ) -> None:
        self.file = file
        self.media = media
        self.languages = languages
        self.allow_fallback = allow_fallback
        self.bib = bib
        self.errors: list[Problem] = []
        self.notes: list[Problem] = []
        self.locs: dict[int, Loc] = {} if locs is None else locs

    def error(self, line: int, col: int, path: str, message: str, hint: str = "", code: str = "") -> None:
        """Record an error at 0-based ``line``/``col``."""
        self.errors.append(Problem(self.file, line + 1, col + 1, message, hint, path, Severity.ERROR, code))

    def note(self, line: int, col: int, path: str, message: str, hint: str = "", code: str = "") -> None:
        """Record a warning (shown by ``kiosk lint``)."""
        self.notes.append(Problem(self.file, line + 1, col + 1, message, hint, path, Severity.WARNING, code))

    def at(self, node: Node, path: str, message: str, hint: str = "", code: str = "") -> None:
        self.error(node.line, node.col, path, message, hint, code)

    def locate(self, obj: object, node: Node, path: str) -> None:
        self.locs[id(obj)] = Loc(self.file, node, path)


_KIND_NAMES = {
    "map": "a mapping",
    "seq": "a list",
    "str": "text",
    "int": "a number",
    "float": "a number",
    "bool": "true/false",
    "null": "nothing",
}


def join(path: str, key: str) -> str:
    """The key path of ``key`` inside ``path`` (``panels[2].title``)."""
    return f"{path}.{key}" if path else key


def _label(path: str) -> str:
    last = path.rsplit(".", 1)[-1]
    return f"'{last}'" if last else "the file"


def type_error(node: Node, ctx: Ctx, path: str, expected: str, hint: str = "") -> Any:
    got = _KIND_NAMES.get(node.kind, node.kind)
    if node.kind in ("str", "int", "float", "bool") and len(node.raw) <= 30:
        got += f" '{node.raw}'"
    ctx.at(node, path, f"{_label(path)} must be {expected}, not {got}", hint, "type")
    return INVALID


def as_written(node: Node, ctx: Ctx, path: str) -> None:
    """A lint warning for a text written without quotes that other YAML readers take for something
    else (a date, true/false, another number): the kiosk reads it as written, but an editor's
    schema check marks it and other tools rewrite it."""
    if not node.plain or node.kind not in ("str", "int", "float"):
        return
    what = misread(node.raw)
    if what is not None:
        ctx.note(
            node.line,
            node.col,
            path,
            f"{node.raw} is read as text here, but it is {what} (an editor's schema check marks it)",
            f"write {quoted(node.raw)} in quotes: every YAML reader then reads the text as written",
            "unquoted-text",
        )


class Spec:
    """Checks a node and builds a value; describes itself as JSON Schema."""

    doc = ""
    #: Whether an empty value (``key:`` with nothing after it) means "not given" when optional.
    null_ok = True

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError


class Str(Spec):
    """Text. Numbers are accepted as written (a ``licence: 4.0`` is the text "4.0")."""

    def __init__(self, doc: str = "", nonempty: bool = True) -> None:
        self.doc = doc
        self.nonempty = nonempty

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        if node.kind in ("str", "int", "float"):
            if self.nonempty and not node.raw.strip():
                ctx.at(node, path, f"{_label(path)} is empty", "", "empty")
                return INVALID
            as_written(node, ctx, path)
            return node.raw
        if node.kind == "bad":
            return INVALID
        return type_error(node, ctx, path, "text")

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        # a number is text as written (licence: 4.0); empty or blank text is refused
        return {"type": ["string", "number"], "pattern": r"\S"} if self.nonempty else {"type": ["string", "number"]}


class Id(Spec):
    def __init__(self, doc: str = "", what: str = "id") -> None:
        self.doc = doc
        self.what = what

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        if node.kind not in ("str", "int"):
            if node.kind == "bad":
                return INVALID
            return type_error(node, ctx, path, f"an {self.what}" if self.what[0] in "aeiou" else f"a {self.what}")
        value = node.raw
        if not _ID.fullmatch(value):
            ctx.at(
                node,
                path,
                f"'{value}' is not a valid {self.what}",
                f"use lower-case letters, digits and single hyphens, e.g. '{slug(value)}'",
                "bad-id",
            )
            return INVALID
        as_written(node, ctx, path)
        return value

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        # id: 1954 is read as the number 1954 by an editor, as the id "1954" by the loader
        return {"anyOf": [{"type": "string", "pattern": ID_PATTERN}, {"type": "integer", "minimum": 0}]}


class SourceRef(Id):
    """A bibliography id, checked against the exhibit's bibliography."""

    def __init__(self, doc: str = "") -> None:
        super().__init__(doc, "source id")

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        value = super().check(node, ctx, path)
        if value is not INVALID and ctx.bib is not None and value not in ctx.bib:
            ctx.at(
                node,
                path,
                f"unknown source '{value}': it is not in the bibliography",
                did_you_mean(value, sorted(ctx.bib)),
                "dangling-source",
            )
            return INVALID
        return value


class Lang(Spec):
    def __init__(self, doc: str = "") -> None:
        self.doc = doc

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        if node.kind != "str":
            if node.kind == "bad":
                return INVALID
            return type_error(node, ctx, path, "a language code such as 'en'")
        if not _LANG.fullmatch(node.raw):
            ctx.at(
                node,
                path,
                f"'{node.raw}' is not a language code",
                "use a two-letter code such as vi, en or fr",
                "bad-language",
            )
            return INVALID
        as_written(node, ctx, path)
        return node.raw

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": LANG_PATTERN}


class Num(Spec):
    def __init__(self, doc: str = "", low: float | None = None, high: float | None = None) -> None:
        self.doc = doc
        self.low = low
        self.high = high

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        if node.kind not in ("int", "float"):
            if node.kind == "bad":
                return INVALID
            hint = ""
            if node.kind == "str":
                from kiosk.content.yamlsrc import resolve_plain

                if resolve_plain(node.raw.strip())[0] in ("int", "float"):
                    hint = "remove the quotes around the number"
                elif "," in node.raw:
                    hint = "write the number without separators, e.g. 10800"
            return type_error(node, ctx, path, "a number", hint)
        value = node.value
        if value != value or value in (float("inf"), float("-inf")):
            ctx.at(node, path, f"{_label(path)} must be a finite number", "", "range")
            return INVALID
        if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
            ctx.at(
                node,
                path,
                f"{_label(path)} is {node.raw}; it must be between {self.low:g} and {self.high:g}",
                "",
                "range",
            )
            return INVALID
        return value

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "number"}
        if self.low is not None:
            out["minimum"] = self.low
        if self.high is not None:
            out["maximum"] = self.high
        return out


class Bool(Spec):
    def __init__(self, doc: str = "") -> None:
        self.doc = doc

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        if node.kind == "bool":
            return node.value
        if node.kind == "bad":
            return INVALID
        hint = "write true or false"
        if node.kind == "str" and node.raw.lower() in ("true", "false"):
            hint = "remove the quotes"
        return type_error(node, ctx, path, "true or false", hint)

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "boolean"}


class Enum(Spec):
    def __init__(self, values: tuple[str, ...], doc: str = "", what: str = "value") -> None:
        self.values = values
        self.doc = doc
        self.what = what

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        if node.kind != "str":
            if node.kind == "bad":
                return INVALID
            return type_error(node, ctx, path, "one of " + ", ".join(self.values))
        if node.raw not in self.values:
            ctx.at(node, path, f"unknown {self.what} '{node.raw}'", did_you_mean(node.raw, self.values), "bad-value")
            return INVALID
        as_written(node, ctx, path)
        return node.raw

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "enum": list(self.values)}


class Date(Spec):
    HINT = (
        "write a day as 1954-05-07, a month as 1954-05, a year as 1954, '~' in front for "
        "'about', and a range as 1954-03-30/1954-04-05"
    )

    def __init__(self, doc: str = "") -> None:
        self.doc = doc

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        if node.kind not in ("str", "int"):
            if node.kind == "bad":
                return INVALID
            return type_error(node, ctx, path, "a date such as 1954-05-07", self.HINT)
        spec = dates.parse_date(node.raw)
        if spec is None:
            ctx.at(node, path, f"'{node.raw}' is not a date", self.HINT, "bad-date")
            return INVALID
        as_written(node, ctx, path)
        return spec

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "string", "pattern": dates.DATE_PATTERN},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ]
        }


class Colour(Spec):
    null_ok = False  # `text: #f3ede2` is a comment in YAML: say so rather than ignore it

    def __init__(self, doc: str = "") -> None:
        self.doc = doc

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        if node.kind == "str" and _COLOUR.fullmatch(node.raw):
            return node.raw.lower()
        if node.kind == "bad":
            return INVALID
        if node.kind == "null":
            ctx.at(
                node,
                path,
                f"{_label(path)} has no colour",
                'put the colour in quotes, e.g. "#14120f": in YAML a # starts a comment',
                "bad-colour",
            )
        else:
            ctx.at(
                node, path, f"'{node.raw}' is not a colour", 'write a colour as "#rrggbb", e.g. "#14120f"', "bad-colour"
            )
        return INVALID

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": COLOUR_PATTERN}


class Const(Spec):
    def __init__(self, value: str) -> None:
        self.value = value

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        return self.value

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"const": self.value}


class MediaPath(Spec):
    """A path to a file under the content folder."""

    def __init__(self, doc: str = "", types: tuple[str, ...] = ()) -> None:
        self.doc = doc
        self.types = types

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        if node.kind != "str":
            if node.kind == "bad":
                return INVALID
            return type_error(node, ctx, path, "a file path")
        found = ctx.media.problem(node.raw, self.types)
        if found is not None:
            code, message, hint = found
            ctx.at(node, path, message, hint, code)
            return INVALID
        if self.types != CAPTION_TYPES:  # what the file holds: a truncated photo, an SVG bomb…
            bad = False
            for severity, code, message, hint in ctx.media.findings(node.raw):
                if severity == "error":
                    ctx.at(node, path, message, hint, code)
                    bad = True
                else:
                    ctx.note(node.line, node.col, path, message, hint, code)
            if bad:
                return INVALID
        as_written(node, ctx, path)
        return node.raw

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        # relative, no backslash, no '..' part, and (for pictures, captions) one of the types
        pattern = r"^(?![/~]|[A-Za-z]:)(?!(.*/)?\.\.(/|$))[^\\]+"
        if self.types:
            either = "|".join(
                "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in t[1:]) for t in self.types
            )
            pattern += rf"\.({either})"
        return {"type": "string", "pattern": pattern + "$"}


class CaptionsPath(MediaPath):
    """A path to a WebVTT file, which is read and checked: its own problems are reported with
    its own name, line and column (errors make the track invalid; warnings go to lint)."""

    def __init__(self, doc: str = "") -> None:
        super().__init__(doc, CAPTION_TYPES)

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        rel = super().check(node, ctx, path)
        if rel is INVALID:
            return INVALID
        captions, first = ctx.media.captions(rel)
        if first:
            for problem in captions.problems:
                (ctx.errors if problem.severity is Severity.ERROR else ctx.notes).append(problem)
        return rel if captions.ok else INVALID


class Text(Spec):
    """Localised text: a mapping language → text (or, with ``one_for_all``, one string)."""

    def __init__(
        self,
        doc: str = "",
        markup: bool = False,
        one_for_all: bool = False,
        complete: bool = True,
        item: Spec | None = None,
    ) -> None:
        self.doc = doc
        self.markup = markup
        self.one_for_all = one_for_all
        self.complete = complete
        self.item = item or Str(nonempty=False)

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        langs = ctx.languages
        if node.kind != "map":
            if node.kind == "bad":
                return INVALID
            if self.one_for_all and node.kind in ("str", "int", "float"):
                value = self.item.check(node, ctx, path)
                if value is INVALID:
                    return INVALID
                text = LText(dict.fromkeys(langs or ("",), value))
                ctx.locate(text, node, path)
                return text
            example = ", ".join(f"{lang}: …" for lang in (langs or ("en",)))
            return type_error(
                node,
                ctx,
                path,
                "text in each language",
                f"write it as {{{example}}}" + (", or as one text for all languages" if self.one_for_all else ""),
            )
        ok = True
        text = LText()
        keys = node.keys or {}
        for lang, child in node.value.items():
            if langs is not None and lang not in langs:
                line, col = keys[lang]
                hint = did_you_mean(lang, langs)
                if child.kind == "null" and (" " in lang or len(lang) > 3):
                    hint = "inside { }, a comma separates entries: put text holding a comma in quotes"
                ctx.error(
                    line,
                    col,
                    join(path, lang),
                    f"'{lang}' is not one of this exhibit's languages ({', '.join(langs)})",
                    hint,
                    "bad-language",
                )
                ok = False
                continue
            value = self.item.check(child, ctx, join(path, lang))
            if value is INVALID:
                ok = False
            else:
                text[lang] = value
        if not node.value:
            ctx.at(node, path, f"{_label(path)} has no text", "", "empty")
            return INVALID
        if self.complete and langs is not None:
            missing = [lang for lang in langs if lang not in node.value]
            if missing:
                report_missing(node, ctx, path, missing)
                if not ctx.allow_fallback:
                    ok = False
        if not ok:
            return INVALID
        ctx.locate(text, node, path)
        return text

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        name = "markup" if self.markup else "text"
        if name not in defs:
            defs[name] = {
                "type": "object",
                "description": "Text in each of the exhibit's languages (language code → text)"
                + (": *emphasis*, **strong**, a blank line for a new paragraph" if self.markup else ""),
                "propertyNames": {"pattern": LANG_PATTERN},
                "additionalProperties": {"type": ["string", "number"]},
                "minProperties": 1,
            }
        if not isinstance(self.item, Str):  # e.g. a media path per language
            per_lang = {
                "type": "object",
                "propertyNames": {"pattern": LANG_PATTERN},
                "additionalProperties": self.item.json(defs),
                "minProperties": 1,
            }
            return {"anyOf": [self.item.json(defs), per_lang]} if self.one_for_all else per_lang
        ref = {"$ref": f"#/$defs/{name}"}
        if self.one_for_all:
            return {"anyOf": [self.item.json(defs), ref]}
        return ref


def report_missing(node: Node, ctx: Ctx, path: str, missing: list[str]) -> None:
    """Missing languages: an error, or a lint warning when the exhibit allows fallbacks."""
    which = ", ".join(missing)
    if ctx.allow_fallback:
        ctx.note(
            node.line,
            node.col,
            path,
            f"{_label(path)} has no {which} text; "
            f"visitors see the {ctx.languages[0] if ctx.languages else 'first'} text instead",
            f"add {missing[0]}: …",
            "fallback",
        )
    else:
        ctx.at(
            node,
            path,
            f"{_label(path)} has no {which} text",
            f"add {missing[0]}: … (or set allow_fallback: true in exhibit.yaml)",
            "missing-language",
        )


class F:
    """One field of an object: its key, spec, whether it is required, and the model attribute."""

    __slots__ = ("attr", "key", "required", "spec")

    def __init__(self, key: str, spec: Spec, required: bool = True, attr: str = "") -> None:
        self.key = key
        self.spec = spec
        self.required = required
        self.attr = attr or key


Build = Callable[[dict[str, Any]], Any]
Post = Callable[[dict[str, Any], Node, Ctx, str], bool]


class Obj(Spec):
    """A mapping with declared fields; unknown keys and missing required keys are errors."""

    def __init__(
        self,
        name: str,
        doc: str,
        fields: list[F],
        build: Build | None = None,
        post: Post | None = None,
        defname: str = "",
    ) -> None:
        self.name = name
        self.doc = doc
        self.fields = {f.key: f for f in fields}
        self.build = build
        self.post = post
        self.defname = defname

    def check(self, node: Node, ctx: Ctx, path: str, extra: dict[str, Any] | None = None) -> Any:
        if node.kind != "map":
            if node.kind == "bad":
                return INVALID
            return type_error(node, ctx, path, f"{self.name} (a mapping of keys)")
        fields = self.fields
        keys = node.keys or {}
        ok = True
        meant: set[str] = set()  # a misspelt key is not reported as missing as well
        for key in node.value:
            if key not in fields:
                line, col = keys[key]
                guess = closest(key, [k for k in fields if k not in node.value])
                if guess is not None:
                    meant.add(guess)
                ctx.error(
                    line,
                    col,
                    join(path, key),
                    f"unknown key '{key}' in {self.name}",
                    f"did you mean '{guess}'?" if guess else did_you_mean(key, fields),
                    "unknown-key",
                )
                ok = False
        values: dict[str, Any] = dict(extra) if extra else {}
        for key, f in fields.items():
            child = node.value.get(key)
            if child is None or (child.kind == "null" and not f.required and f.spec.null_ok):
                if f.required and key not in meant:
                    ctx.at(
                        node,
                        join(path, key),
                        f"missing '{key}' in {self.name}",
                        f"add '{key}:' ({f.spec.doc})" if f.spec.doc else f"add '{key}:'",
                        "missing-key",
                    )
                    ok = False
                continue
            value = f.spec.check(child, ctx, join(path, key))
            if value is INVALID:
                ok = False
            else:
                values[f.attr] = value
        if not ok:
            return INVALID
        if self.post is not None and not self.post(values, node, ctx, path):
            return INVALID
        obj = self.build(values) if self.build is not None else values
        ctx.locate(obj, node, path)
        return obj

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        if self.defname and self.defname in defs:
            return {"$ref": f"#/$defs/{self.defname}"}
        if self.defname:
            defs[self.defname] = {}  # reserve the name (recursion-safe)
        props: dict[str, Any] = {}
        for key, f in self.fields.items():
            schema = dict(f.spec.json(defs))
            if not f.required and f.spec.null_ok:  # `subtitle:` left empty: as if it were not there
                schema = _nullable(schema)
            if f.spec.doc:
                schema["description"] = f.spec.doc
            props[key] = schema
        out = {
            "type": "object",
            "description": self.doc,
            "properties": props,
            "required": [k for k, f in self.fields.items() if f.required],
            "additionalProperties": False,
        }
        if self.defname:
            defs[self.defname] = out
            return {"$ref": f"#/$defs/{self.defname}"}
        return out


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` or null: "null" added to its type where it has one, else an anyOf."""
    kind = schema.get("type")
    if isinstance(kind, str):
        return {**schema, "type": [kind, "null"]}
    if isinstance(kind, list):
        return {**schema, "type": [*kind, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


class List(Spec):
    """A list of items; ``unique`` names a key (such as ``id``) that must differ between items."""

    def __init__(
        self,
        item: Spec,
        doc: str = "",
        min_items: int = 0,
        what: str = "item",
        unique: str = "",
        sort: Callable[[Any], Any] | None = None,
    ) -> None:
        self.item = item
        self.doc = doc
        self.min_items = min_items
        self.what = what
        self.unique = unique
        self.sort = sort

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        if node.kind != "seq":
            if node.kind == "bad":
                return INVALID
            return type_error(node, ctx, path, "a list (lines starting with '- ')")
        items = node.value
        ok = True
        if len(items) < self.min_items:
            ctx.at(
                node,
                path,
                f"{_label(path)} needs at least {self.min_items} {self.what}{'s' if self.min_items > 1 else ''}",
                "",
                "too-few",
            )
            ok = False
        out = []
        seen: dict[str, int] = {}
        for i, child in enumerate(items):
            if self.unique:
                ident = (
                    child.value.get(self.unique) if child.kind == "map" else (child if child.kind == "str" else None)
                )
                if ident is not None and ident.kind == "str":
                    if ident.raw in seen:
                        name = self.what if ident is child else f"{self.what} id"
                        ctx.at(
                            ident,
                            f"{path}[{i}]",
                            f"duplicate {name} '{ident.raw}'",
                            f"it is already used on line {seen[ident.raw] + 1}; ids must be unique",
                            "duplicate-id",
                        )
                        ok = False
                    else:
                        seen[ident.raw] = ident.line
            value = self.item.check(child, ctx, f"{path}[{i}]")
            if value is INVALID:
                ok = False
            else:
                out.append(value)
        if not ok:
            return INVALID
        if self.sort is not None:
            out.sort(key=self.sort)
        return tuple(out)

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "array", "items": self.item.json(defs)}
        if self.min_items:
            out["minItems"] = self.min_items
        if self.unique and isinstance(self.item, (Id, Lang)):
            out["uniqueItems"] = True
        return out


class Keyed(Spec):
    """A mapping id → object (the bibliography); the object's builder receives ``id``."""

    def __init__(self, item: Obj, doc: str = "", min_items: int = 0, what: str = "entry") -> None:
        self.item = item
        self.doc = doc
        self.min_items = min_items
        self.what = what

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        if node.kind != "map":
            if node.kind == "bad":
                return INVALID
            return type_error(node, ctx, path, f"a mapping of id → {self.what}")
        ok = True
        if len(node.value) < self.min_items:
            ctx.at(node, path, f"{_label(path)} needs at least {self.min_items} {self.what}", "", "too-few")
            ok = False
        out: dict[str, Any] = {}
        keys = node.keys or {}
        for key, child in node.value.items():
            if not _ID.fullmatch(key):
                line, col = keys[key]
                ctx.error(
                    line,
                    col,
                    join(path, key),
                    f"'{key}' is not a valid {self.what} id",
                    f"use lower-case letters, digits and single hyphens, e.g. '{slug(key)}'",
                    "bad-id",
                )
                ok = False
                continue
            value = self.item.check(child, ctx, join(path, key), extra={"id": key})
            if value is INVALID:
                ok = False
            else:
                out[key] = value
        return out if ok else INVALID

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": "object",
            "propertyNames": {"pattern": ID_PATTERN},
            "additionalProperties": self.item.json(defs),
        }
        if self.min_items:
            out["minProperties"] = self.min_items
        return out


class Tagged(Spec):
    """One of several object specs, chosen by the value of a key (``kind``)."""

    def __init__(self, key: str, variants: dict[str, Obj], doc: str = "", what: str = "") -> None:
        self.key = key
        self.variants = variants
        self.doc = doc
        self.what = what

    def check(self, node: Node, ctx: Ctx, path: str) -> Any:
        if node.kind != "map":
            if node.kind == "bad":
                return INVALID
            return type_error(node, ctx, path, f"a {self.what} (a mapping of keys)")
        tag = node.value.get(self.key)
        if tag is None:
            ctx.at(
                node, path, f"a {self.what} needs '{self.key}'", "one of: " + ", ".join(self.variants), "missing-key"
            )
            return INVALID
        if tag.kind != "str" or tag.raw not in self.variants:
            if tag.kind != "bad":
                ctx.at(
                    tag,
                    f"{path}.{self.key}",
                    f"unknown {self.what} {self.key} '{tag.raw}'",
                    did_you_mean(tag.raw, self.variants),
                    "bad-kind",
                )
            return INVALID
        return self.variants[tag.raw].check(node, ctx, path)

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [v.json(defs) for v in self.variants.values()]}
