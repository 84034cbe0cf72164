"""Reading one YAML file into a tree of located nodes, safely.

The tree is built from the parser's *events* (libyaml's C parser when available), not from PyYAML's
constructor, so nothing in a file is ever instantiated: a ``!!python/object`` tag is only a string
we report. Building the tree ourselves also gives us, in one linear pass:

* the line and column of every key and value (1-based when reported);
* duplicate keys, which PyYAML would silently resolve to the last one;
* explicit tags (any tag is an error, even ``!!str``: the format has no use for them);
* nesting depth (at most :data:`MAX_DEPTH`) and alias expansion (at most :data:`MAX_EXPANSION`
  values copied through aliases, so a "billion laughs" file is refused after reading a few hundred
  bytes of it, without building the expansion);
* scalars resolved with the YAML 1.2 core schema, as editors do: ``yes``/``no`` and dates stay
  text, so ``date: 1954-05-07`` arrives as the string the curator wrote.

Before parsing, the raw bytes are checked for size, UTF-8 and tab indentation, because YAML's own
messages for those are cryptic.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

#: Whether PyYAML has libyaml, the C parser the format is tested with. Without it PyYAML's
#: pure-Python scanner disagrees on some valid files (``{a: ngày?, b: 1}`` is refused: it stops a
#: plain text at '?' inside braces), so ``kiosk validate`` and the kiosk's log say so (NO_LIBYAML).
LIBYAML = True
NO_LIBYAML = (
    "PyYAML on this computer has no libyaml (its C parser): some valid files may be refused "
    "(a '?' inside { }); install PyYAML built with libyaml (pip's wheels and Debian's python3-yaml are)"
)

try:  # libyaml is ~20x faster than the pure-Python scanner; marks count characters in both.
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    LIBYAML = False
    from yaml.parser import Parser as _Base
    from yaml.reader import Reader as _Reader
    from yaml.scanner import Scanner as _Scanner

    class _Parser(_Reader, _Scanner, _Base):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            _Reader.__init__(self, stream)
            _Scanner.__init__(self)
            _Base.__init__(self)


MAX_BYTES = 1024 * 1024
MAX_DEPTH = 40
MAX_EXPANSION = 10_000


class Node:
    """A located YAML value.

    ``kind`` is ``map``, ``seq``, ``str``, ``int``, ``float``, ``bool``, ``null`` or ``bad`` (a node
    already reported as an error, which checks skip silently). ``line``/``col`` are 0-based.
    For a ``map``, ``value`` is ``dict[str, Node]`` and ``keys`` maps each key to its (line, col);
    for a ``seq``, ``value`` is ``list[Node]``; for scalars ``value`` is the Python value and
    ``raw`` the text as written; ``plain`` says a scalar was written without quotes (or ``|``/``>``).
    """

    __slots__ = ("col", "keys", "kind", "line", "plain", "raw", "size", "value")

    def __init__(self, kind: str, value: Any, line: int, col: int, raw: str = "") -> None:
        self.kind = kind
        self.value = value
        self.line = line
        self.col = col
        self.raw = raw
        self.keys: dict[str, tuple[int, int]] | None = None
        self.size = 1
        self.plain = False

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Node({self.kind}, {self.value!r}, {self.line + 1}:{self.col + 1})"


class Issue:
    """A problem found while reading, before it is turned into a :class:`Problem` (0-based)."""

    __slots__ = ("code", "col", "hint", "line", "message")

    def __init__(self, line: int, col: int, message: str, hint: str = "", code: str = "") -> None:
        self.line, self.col, self.message, self.hint, self.code = line, col, message, hint, code


class _Abort(Exception):
    """Reading cannot sensibly go on (an alias bomb, absurd nesting)."""


_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+$")
_OCT = re.compile(r"0o[0-7]+$")
_HEX = re.compile(r"0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_INF = {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}
_NINF = {"-.inf", "-.Inf", "-.INF"}
_NAN = {".nan", ".NaN", ".NAN"}


def resolve_plain(text: str) -> tuple[str, Any]:
    """The YAML 1.2 core-schema type and value of a plain (unquoted) scalar."""
    if text in _NULL:
        return "null", None
    first = text[0]
    if first in "tTfF" and text in _BOOL:
        return "bool", _BOOL[text]
    if first in "0123456789+-.":
        if _INT.fullmatch(text):
            return "int", int(text)
        if _FLOAT.fullmatch(text):
            return "float", float(text)
        if _OCT.fullmatch(text):
            return "int", int(text[2:], 8)
        if _HEX.fullmatch(text):
            return "int", int(text[2:], 16)
        if text in _INF:
            return "float", float("inf")
        if text in _NINF:
            return "float", float("-inf")
        if text in _NAN:
            return "float", float("nan")
    return "str", text


_YAML11: Any = None
#: The YAML 1.1 booleans PyYAML leaves out but the 1.1 specification (and editors following it) has.
_YAML11_YN = {"y", "Y", "n", "N"}


def misread(text: str) -> str | None:
    """What other YAML readers take the plain scalar ``text`` for, when it is not the text written.

    The kiosk keeps what a curator wrote where the format wants text, but a YAML 1.1 reader (PyYAML,
    an editor set to YAML 1.1) reads ``1954-05-07`` as a date, ``yes``/``no``/``on``/``off`` as
    true/false and ``1:20`` as the number 80, and a YAML 1.2 reader reads ``0999`` as 999: their schema
    check then marks the value, and their tools rewrite it. Returns a description such as
    ``"a date to YAML 1.1 readers"``, or None when every reader agrees with the text as written.
    """
    global _YAML11
    if _YAML11 is None:
        from yaml.constructor import SafeConstructor
        from yaml.resolver import Resolver

        _YAML11 = (Resolver(), SafeConstructor())
    resolver, constructor = _YAML11
    tag = resolver.resolve(yaml.ScalarNode, text, (True, False)).rsplit(":", 1)[-1]
    if tag == "timestamp":
        return "a date to YAML 1.1 readers"
    if tag == "bool" or text in _YAML11_YN:
        return "true/false to YAML 1.1 readers"
    old = None
    if tag in ("int", "float"):
        try:
            value = constructor.construct_object(yaml.ScalarNode(f"tag:yaml.org,2002:{tag}", text))
        except (ValueError, yaml.YAMLError):  # pragma: no cover - what the resolver matched, it constructs
            value = None
        if value is not None and str(value) != text:
            old = value
    kind, new = resolve_plain(text)
    new = new if kind in ("int", "float") and str(new) != text else None
    if old is not None and new is not None:
        return f"the number {new} to other YAML readers"
    if old is not None:
        return f"the number {old} to YAML 1.1 readers"
    if new is not None:
        return f"the number {new} to YAML 1.2 readers"
    return None


def quoted(text: str) -> str:
    """``text`` as a quoted YAML scalar: in double quotes, or single ones if it holds ``"`` or ``\\``."""
    if '"' in text or "\\" in text:
        return "'" + text.replace("'", "''") + "'"
    return f'"{text}"'


def _check_bytes(data: bytes, issues: list[Issue], soft: list[Issue] | None = None) -> str | None:
    """Decode ``data`` as UTF-8 and look for tab indentation; None if the file cannot be parsed.

    A line that starts with a tab is refused at once. A tab after spaces may be text inside a ``|``
    block or a quoted scalar, which is valid YAML: those go to ``soft`` and are reported only if
    the file then fails to parse."""
    if len(data) > MAX_BYTES:
        issues.append(
            Issue(
                0,
                0,
                f"file is {len(data) / 1048576:.1f} MiB; the limit is 1 MiB",
                "split the section into several sections, or move long text out",
                "too-large",
            )
        )
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start)
        start = data.rfind(b"\n", 0, exc.start) + 1
        col = len(data[start : exc.start].decode("utf-8", "replace"))
        issues.append(
            Issue(
                line,
                col,
                f"invalid UTF-8: byte 0x{data[exc.start]:02x} is not text",
                "save the file as UTF-8 in your editor",
                "utf8",
            )
        )
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\t" in text:
        tabs = 0
        for number, line_text in enumerate(text.split("\n")):
            indent = len(line_text) - len(line_text.lstrip(" \t"))
            where = line_text.find("\t", 0, indent)
            if where > 0 and soft is not None:
                soft.append(
                    Issue(
                        number,
                        where,
                        "tab character used for indentation",
                        "YAML needs spaces to indent: replace the tab with spaces",
                        "tab",
                    )
                )
            elif where >= 0:
                tabs += 1
                if tabs <= 20:
                    issues.append(
                        Issue(
                            number,
                            where,
                            "tab character used for indentation",
                            "YAML needs spaces to indent: replace the tab with spaces",
                            "tab",
                        )
                    )
        if tabs > 20:
            issues.append(Issue(0, 0, f"{tabs - 20} more lines are indented with tabs", "", "tab"))
        if tabs:
            return None
    return text


_HINTS = (
    (
        "mapping values are not allowed",
        "a ':' followed by a space inside a value: put the whole value in quotes, or use a '|' block",
    ),
    (
        "could not find expected ':'",
        "check the indentation of this line and the one before, and that each key is followed by ': '",
    ),
    ("did not find expected key", "check the indentation: every key of a block must start in the same column"),
    ("did not find expected '-' indicator", "every item of a list must start with '- ' in the same column"),
    ("found undefined alias", "an alias (*name) must come after its anchor (&name)"),
    ("found character '@'", "a value cannot start with '@' or '`': put it in quotes"),
    ("found character '`'", "a value cannot start with '@' or '`': put it in quotes"),
    ("found unexpected end of stream", "a quoted text is not closed: check its closing quote"),
    ("special characters are not allowed", "the file holds an invisible control character; retype this line"),
    ("did not find expected ',' or '}'", "a list in { } needs ', ' between its entries and a closing '}'"),
    ("did not find expected ',' or ']'", "a list in [ ] needs ', ' between its items and a closing ']'"),
    ("did not find expected <document start>", "a line at the left edge is not a 'key: value': check its indentation"),
    ("did not find expected node content", "a value is missing here, or a '-', ',' or ':' is out of place"),
    ("found character that cannot start any token", "a value cannot start with this character: put it in quotes"),
    (
        "found unknown escape character",
        "in \"double quotes\" a backslash starts an escape: write \\\\ or use 'single quotes'",
    ),
    ("block sequence entries are not allowed", "a '- ' item cannot follow a value on the same line: start a new line"),
    ("found unexpected ':'", "put a value holding ':' in quotes"),
    ("directive", "exhibit files need no %YAML or %TAG line: remove it"),
    ("document indicator", "remove the '---' or '...' line: one file holds one exhibit or section"),
    ("incompatible YAML document", "exhibit files need no %YAML line: remove it"),
    ("expected comment or line break", "put a space before '#', or remove what follows on this line"),
    ("expected whitespace or line break", "put a space after this character, or quote the value"),
    (
        "expected alphabetic or numeric character",
        "an anchor (&name) or alias (*name) needs a name of letters and digits",
    ),
    ("indentation indicator equal to 0", "after '|' or '>' an indentation number is 1 to 9"),
)


def _syntax_issue(exc: yaml.YAMLError) -> Issue:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, col = (mark.line, mark.column) if mark is not None else (0, 0)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    message = f"YAML syntax: {problem}"
    if context:
        message += f" ({context})"
    hint = next((h for key, h in _HINTS if key in problem), "")
    return Issue(line, col, message, hint, "yaml-syntax")


#: A block scalar's header: the indicator, then indentation and chomping indicators in any order.
_BLOCK_HEADER = re.compile(r"[|>](?:[1-9][-+]?|[-+][1-9]?)?")
#: A ``%YAML`` directive as YAML 1.2 writes it: a version, then only blanks or a comment after a blank.
_YAML_DIRECTIVE = re.compile(r"%YAML[ \t]+[0-9]+\.[0-9]+")


class _Composer:
    def __init__(self, parser: Any, issues: list[Issue], lines: list[str] | None = None) -> None:
        self.parser = parser
        self.issues = issues
        self.lines = lines or []
        self.anchors: dict[str, Node] = {}
        self.open_anchors: set[str] = set()
        self.expanded = 0

    def event(self) -> Any:
        return self.parser.get_event()

    def node(self, event: Any, depth: int) -> Node:
        name = type(event).__name__
        mark = event.start_mark
        if depth > MAX_DEPTH:
            self.issues.append(
                Issue(
                    mark.line,
                    mark.column,
                    f"nesting deeper than {MAX_DEPTH} levels",
                    "the format never needs this much nesting; check indentation",
                    "depth",
                )
            )
            raise _Abort
        if name == "AliasEvent":
            return self.alias(event)
        tag = event.tag
        if name == "ScalarEvent":
            node = self.scalar(event)
        elif name == "SequenceStartEvent":
            node = self.sequence(event, depth)
        elif name == "MappingStartEvent":
            node = self.mapping(event, depth)
        else:  # pragma: no cover - the parser guarantees a node event here
            raise _Abort
        if tag is not None:
            shown = "!!" + tag[18:] if tag.startswith("tag:yaml.org,2002:") else tag
            self.issues.append(
                Issue(
                    mark.line,
                    mark.column,
                    f"tag '{shown}' is not allowed",
                    "tags are never used in exhibit files: remove it",
                    "tag",
                )
            )
            node.kind = "bad"
        if event.anchor is not None:
            self.anchors[event.anchor] = node
            self.open_anchors.discard(event.anchor)
        return node

    def alias(self, event: Any) -> Node:
        mark = event.start_mark
        name = event.anchor
        if name in self.open_anchors:
            self.issues.append(
                Issue(
                    mark.line,
                    mark.column,
                    f"alias *{name} is inside the value it refers to",
                    "a value cannot contain itself",
                    "alias",
                )
            )
            raise _Abort
        target = self.anchors.get(name)
        if target is None:  # pragma: no cover - the parser rejects undefined aliases itself
            self.issues.append(Issue(mark.line, mark.column, f"undefined alias *{name}"))
            return Node("bad", None, mark.line, mark.column)
        self.expanded += target.size
        if self.expanded > MAX_EXPANSION:
            self.issues.append(
                Issue(
                    mark.line,
                    mark.column,
                    f"aliases expand to more than {MAX_EXPANSION:,} values",
                    "this looks like an alias bomb; write the values out",
                    "alias-bomb",
                )
            )
            raise _Abort
        return target

    def scalar(self, event: Any) -> Node:
        mark = event.start_mark
        value = event.value
        if event.style in ("|", ">") and mark.line < len(self.lines):
            self.block_header(self.lines[mark.line], mark.line, mark.column)
        elif event.style in ("'", '"'):
            self.glued_comment(event.end_mark, f"the closing {event.style}")
        if event.style or not event.implicit[0]:  # quoted or block scalar: always text
            return Node("str", value, mark.line, mark.column, value)
        kind, resolved = resolve_plain(value)
        node = Node(kind, resolved, mark.line, mark.column, value)
        node.plain = True
        return node

    def block_header(self, line: str, number: int, col: int) -> None:
        """libyaml takes ``key: ># note`` as a block scalar with a comment; YAML says a comment
        needs a blank before its '#' (yaml-test-suite X4QW), so the file is refused."""
        header = _BLOCK_HEADER.match(line, col)
        if header is not None and line.startswith("#", header.end()):
            self.issues.append(
                Issue(
                    number,
                    header.end(),
                    f"a comment right after '{header.group()}' needs a space before '#'",
                    f"write '{header.group()} #…', or put the comment on a line of its own",
                    "yaml-syntax",
                )
            )

    def glued_comment(self, mark: Any, after: str) -> None:
        """A '#' right after a quoted text or a flow collection's end is not a comment in YAML
        (yaml-test-suite SU5Z, 9JBA), though libyaml takes it for one."""
        if mark.line < len(self.lines) and self.lines[mark.line].startswith("#", mark.column):
            self.issues.append(
                Issue(
                    mark.line,
                    mark.column,
                    f"a comment right after {after} needs a space before '#'",
                    "put a space before '#'",
                    "yaml-syntax",
                )
            )

    def sequence(self, event: Any, depth: int) -> Node:
        mark = event.start_mark
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        items: list[Node] = []
        size = 1
        while True:
            ev = self.event()
            if type(ev).__name__ == "SequenceEndEvent":
                if event.flow_style:
                    self.glued_comment(ev.end_mark, "']'")
                break
            child = self.node(ev, depth + 1)
            items.append(child)
            size += child.size
        node = Node("seq", items, mark.line, mark.column)
        node.size = size
        return node

    def mapping(self, event: Any, depth: int) -> Node:
        mark = event.start_mark
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        values: dict[str, Node] = {}
        keys: dict[str, tuple[int, int]] = {}
        merges: list[Node] = []
        size = 1
        while True:
            ev = self.event()
            if type(ev).__name__ == "MappingEndEvent":
                if event.flow_style:
                    self.glued_comment(ev.end_mark, "'}'")
                break
            key = self.node(ev, depth + 1)
            value = self.node(self.event(), depth + 1)
            size += value.size
            if key.kind in ("map", "seq") or key.kind == "bad":
                if key.kind != "bad":
                    self.issues.append(
                        Issue(
                            key.line,
                            key.col,
                            "a key must be a plain word",
                            "keys are names such as 'title' or 'en'",
                            "bad-key",
                        )
                    )
                continue
            if key.kind == "null":  # '~:', 'null:' or '? ' alone: a key with no name
                self.issues.append(
                    Issue(
                        key.line,
                        key.col,
                        f"this key is empty ({key.raw!r} means no value in YAML)" if key.raw else "this key is empty",
                        "write the key's name before ':' (in quotes if the word is meant, e.g. \"null\")",
                        "null-key",
                    )
                )
                continue
            name = key.raw
            if name == "<<" and key.kind == "str" and not key.raw.startswith(("'", '"')):
                merges.append(value)
                continue
            if name in values:
                first = keys[name]
                self.issues.append(
                    Issue(
                        key.line,
                        key.col,
                        f"duplicate key '{name}'",
                        f"'{name}' is already set on line {first[0] + 1}; remove one of them",
                        "duplicate-key",
                    )
                )
                continue
            values[name] = value
            keys[name] = (key.line, key.col)
        for merge in merges:
            sources = merge.value if merge.kind == "seq" else [merge]
            for source in sources:
                if source.kind != "map":
                    self.issues.append(
                        Issue(
                            source.line, source.col, "'<<' must merge a mapping (usually an alias *name)", "", "merge"
                        )
                    )
                    continue
                for name, value in source.value.items():
                    if name not in values:
                        values[name] = value
                        keys[name] = source.keys[name] if source.keys else (source.line, source.col)
        node = Node("map", values, mark.line, mark.column)
        node.keys = keys
        node.size = size
        return node

    def document(self) -> Node | None:
        self.event()  # StreamStart
        ev = self.event()
        if type(ev).__name__ == "StreamEndEvent":
            return None
        root = self.node(self.event(), 1)  # after DocumentStart
        self.event()  # DocumentEnd
        ev = self.event()
        if type(ev).__name__ != "StreamEndEvent":
            mark = ev.start_mark
            self.issues.append(
                Issue(
                    mark.line,
                    mark.column,
                    "more than one YAML document in this file",
                    "remove the '---' line: one file holds one exhibit or section",
                    "documents",
                )
            )
        return root


def parse(data: bytes) -> tuple[Node | None, list[Issue]]:
    """Parse the bytes of one file into a located node tree and the issues found.

    The tree is None when the file could not be read at all (the issues say why). Never raises for
    any input.
    """
    issues: list[Issue] = []
    soft: list[Issue] = []
    text = _check_bytes(data, issues, soft)
    if text is None:
        return None, issues
    if "\x00" in text:  # libyaml stops at a NUL; report it where it is
        line = text.count("\n", 0, text.index("\x00"))
        col = text.index("\x00") - (text.rfind("\n", 0, text.index("\x00")) + 1)
        issues.append(Issue(line, col, "the file holds a NUL character", "the file is probably not a text file", "nul"))
        return None, issues
    parser = _Parser(text)
    lines = text.split("\n")
    composer = _Composer(parser, issues, lines)
    try:
        root = composer.document()
    except yaml.YAMLError as exc:
        syntax = _syntax_issue(exc)
        near = [t for t in soft if t.line <= syntax.line]
        issues.extend(near[-20:] if near else [syntax])  # a tab after spaces that was indentation after all
        return None, issues
    except _Abort:
        return None, issues
    except RecursionError:  # pragma: no cover - MAX_DEPTH keeps us far from the limit
        issues.append(Issue(0, 0, "nesting too deep"))
        return None, issues
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    if any(i.code == "yaml-syntax" for i in issues):  # found by the checks libyaml leaves out
        return None, issues
    if _directives(lines, issues):
        return None, issues
    if root is None:
        issues.append(Issue(0, 0, "the file is empty", "", "empty"))
    return root, issues


def _directives(lines: list[str], issues: list[Issue]) -> bool:
    """The ``%YAML`` lines before the first ``---``, which libyaml reads too kindly: it takes
    ``%YAML 1.1#…`` for a directive and a comment (yaml-test-suite MUS6/00). True if one is wrong."""
    bad = False
    for number, line in enumerate(lines):
        if line.startswith("---") or not (line.startswith("%") or not line.strip() or line.startswith("#")):
            break
        if not line.startswith("%YAML"):
            continue
        match = _YAML_DIRECTIVE.match(line)
        rest = line[match.end() :] if match else ""
        if match is not None and (not rest.strip() or (rest[0] in " \t" and rest.strip().startswith("#"))):
            continue
        col = match.end() if match is not None else len("%YAML")
        if line.startswith("#", col):
            what = "a comment needs a space before '#'"
        elif match is None:
            what = "it needs a version such as 1.2"
        else:
            col += len(rest) - len(rest.lstrip(" \t"))
            what = "only a comment may follow the version"
        issues.append(
            Issue(
                number,
                col,
                f"the %YAML line is not valid: {what}",
                "exhibit files need no %YAML line: remove it (or write '%YAML 1.2')",
                "yaml-syntax",
            )
        )
        bad = True
    return bad


def to_plain(node: Node) -> Any:
    """The node tree as plain Python data (for the JSON-Schema check in tests and tools). A
    collection already reported (a tagged one, kind ``bad``) is converted all the same."""
    if node.kind == "map" or isinstance(node.value, dict):
        return {k: to_plain(v) for k, v in node.value.items()}
    if node.kind == "seq" or isinstance(node.value, list):
        return [to_plain(v) for v in node.value]
    return node.value
