"""The exhibit format's checks, derived from its one declaration: the content model.

Each model class in ``kiosk.content.model`` declares its fields (type, default, and a
``kiosk.content.declare.Doc`` for what YAML needs beyond them); :func:`form` turns a class into the
spec that checks a YAML mapping, builds the class and describes it in the JSON Schema. This module
adds only what one field cannot say: checks across fields (``POST``), the second form of a class
(a gallery image, a video track) and the two documents, the exhibit and the section file.
"""

from __future__ import annotations

import dataclasses
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

from kiosk.content import model as m
from kiosk.content.declare import DESCRIBED, Doc
from kiosk.content.spec import (
    IMAGE_TYPES,
    Bool,
    CaptionsPath,
    Colour,
    Const,
    Ctx,
    Date,
    Enum,
    F,
    Id,
    Keyed,
    Lang,
    List,
    MediaPath,
    Num,
    Obj,
    Post,
    SourceRef,
    Spec,
    Str,
    Tagged,
    Text,
    did_you_mean,
    join,
    report_missing,
)
from kiosk.content.yamlsrc import Node

# --- checks across fields -------------------------------------------------------------------


def _track_post(v: dict[str, Any], node: Node, ctx: Ctx, path: str) -> bool:
    if "file" not in v and "captions" in v:
        line, col = node.keys["captions"] if node.keys else (node.line, node.col)
        ctx.error(
            line,
            col,
            join(path, "captions"),
            "captions without a file: there is no recording for them to go with",
            "add file: (the recording these captions belong to), or remove captions: to have "
            "the build speak the transcript and time its own captions",
            "captions-without-file",
        )
        return False
    return True


def _quote_post(v: dict[str, Any], node: Node, ctx: Ctx, path: str) -> bool:
    original: m.QuoteOriginal = v["original"]
    translation: m.LText = v["translation"]
    langs = ctx.languages
    if langs is None:
        return True
    tnode = node.value["translation"]
    ok = True
    if original.lang in translation:
        line, col = tnode.keys[original.lang] if tnode.keys else (tnode.line, tnode.col)
        ctx.error(
            line,
            col,
            join(path, f"translation.{original.lang}"),
            f"a translation into '{original.lang}' is not needed: the original is in '{original.lang}'",
            "remove it: visitors see the original text",
            "unknown-key",
        )
        ok = False
    missing = [lang for lang in langs if lang != original.lang and lang not in translation]
    if missing:
        report_missing(tnode, ctx, join(path, "translation"), missing)
        ok = ok and ctx.allow_fallback
    if ok:
        full = m.LText()
        for lang in langs:
            if lang == original.lang:
                full[lang] = original.text
            elif lang in translation:
                full[lang] = translation[lang]
        ctx.locs[id(full)] = ctx.locs.pop(id(translation))
        v["translation"] = full
    return ok


def _range_post(v: dict[str, Any], node: Node, ctx: Ctx, path: str) -> bool:
    if v.get("to") is not None and v["to"] <= v["value"]:
        ctx.at(
            node.value["to"],
            join(path, "to"),
            f"'to' ({v['to']:g}) must be greater than 'value' ({v['value']:g})",
            "a range goes from the smaller number to the larger",
            "range",
        )
        return False
    return True


def _era_post(v: dict[str, Any], node: Node, ctx: Ctx, path: str) -> bool:
    if v["end"].sort_key < v["start"].sort_key:
        ctx.at(node.value["to"], join(path, "to"), "an era must end after it starts", "swap 'from' and 'to'", "range")
        return False
    return True


def _map_post(v: dict[str, Any], node: Node, ctx: Ctx, path: str) -> bool:
    ids = [h.id for h in v["hotspots"]]
    ok = True
    layers = node.value.get("layers")
    if layers is None or layers.kind != "seq":
        return True
    for i, layer in enumerate(layers.value):
        marks = layer.value.get("marks") if layer.kind == "map" else None
        if marks is None or marks.kind != "seq":
            continue
        for j, mark in enumerate(marks.value):
            ref = mark.value.get("hotspot") if mark.kind == "map" else None
            if ref is not None and ref.kind == "str" and ref.raw not in ids:
                ctx.at(
                    ref,
                    f"{path}.layers[{i}].marks[{j}].hotspot",
                    f"unknown hotspot '{ref.raw}' in this map",
                    did_you_mean(ref.raw, ids),
                    "dangling-hotspot",
                )
                ok = False
    return ok


def _question_post(v: dict[str, Any], node: Node, ctx: Ctx, path: str) -> bool:
    right = sum(1 for c in v["choices"] if c.correct)
    if right != 1:
        where = node.value["choices"]
        ctx.at(
            where,
            join(path, "choices"),
            f"a question needs exactly one choice with 'correct: true', not {right}",
            "mark the right answer with correct: true",
            "quiz-correct",
        )
        return False
    return True


class _TrackObj(Obj):
    """A track; in the JSON Schema, ``captions`` needs ``file`` (the loader says why)."""

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        ref = super().json(defs)
        if not self.fields["file"].required:
            defs[self.defname]["dependentRequired"] = {"captions": ["file"]}
        return ref


#: Checks that need more than one field, by model class.
POST: dict[type, Post] = {
    m.Track: _track_post,
    m.QuotePanel: _quote_post,
    m.Figure: _range_post,
    m.Bar: _range_post,
    m.Era: _era_post,
    m.MapPanel: _map_post,
    m.Question: _question_post,
}


# --- from the model to the checks ------------------------------------------------------------

_FORMS: dict[tuple[type, str], Obj] = {}


def _text_field(doc: Doc) -> Spec:
    """The spec of a ``str`` field (or of the items of a list or text of them)."""
    if doc.values:
        return Enum(doc.values, doc.text, doc.what or "value")
    kinds: dict[str, Any] = {
        "id": lambda: Id(doc.text, doc.what or "id"),
        "source": lambda: SourceRef(doc.text),
        "lang": lambda: Lang(doc.text),
        "colour": lambda: Colour(doc.text),
        "image": lambda: MediaPath(doc.text, IMAGE_TYPES),
        "media": lambda: MediaPath(doc.text),
        "captions": lambda: CaptionsPath(doc.text),
        "": lambda: Str(doc.text),
    }
    return kinds[doc.as_]()  # type: ignore[no-any-return]


def _spec(hint: Any, doc: Doc | None, where: str) -> Spec:
    """The spec of one field, from its type and its ``Doc``."""
    if get_origin(hint) is Annotated:
        hint, *extra = get_args(hint)
        doc = next((x for x in extra if isinstance(x, Doc)), doc)
    if get_origin(hint) in (Union, types.UnionType):
        (hint,) = (a for a in get_args(hint) if a is not type(None))
    if get_origin(hint) is Literal:
        return Const(get_args(hint)[0])
    if hint is m.DateSpec and doc is not None:
        return Date(doc.text)
    if dataclasses.is_dataclass(hint):
        return form(hint, doc.variant if doc else "")  # type: ignore[arg-type]
    if doc is None:
        raise TypeError(f"{where} needs a Doc: Annotated[..., Doc('what it is')]")
    if get_origin(hint) is tuple:
        item_doc = doc.item or (Doc("", variant=doc.variant) if doc.variant else None)
        sort = (lambda attr: lambda x: getattr(x, attr).sort_key)(doc.sort) if doc.sort else None
        return List(
            _spec(get_args(hint)[0], item_doc, where),
            doc.text,
            doc.min_items,
            doc.what or "item",
            doc.unique or "",
            sort,
        )
    if hint is m.LText:
        each = _text_field(doc.item) if doc.item else None
        return Text(doc.text, doc.markup, doc.one_for_all, doc.complete, each)
    if hint is str:
        return _text_field(doc)
    if hint in (float, int):
        return Num(doc.text, doc.low, doc.high)
    if hint is bool:
        return Bool(doc.text)
    raise TypeError(f"{where}: no YAML form for {hint!r}")


def form(
    cls: type,
    variant: str = "",
    *,
    name: str = "",
    doc: str = "",
    exclude: tuple[str, ...] = (),
    docs: dict[str, Doc] | None = None,
    required: tuple[str, ...] = (),
    obj: type[Obj] = Obj,
    build: Any = None,
) -> Obj:
    """The spec of a model class (made once; ``variant`` names a second form of it).

    Fields become YAML keys in the class's order (a panel's ``kind`` first); a field without a
    default is required, and so is any named in ``required``; ``docs`` replaces fields' ``Doc``s.
    """
    key = (cls, variant)
    if key in _FORMS:
        return _FORMS[key]
    if variant and not name:
        raise KeyError(f"no form '{variant}' of {cls.__name__} is declared in kiosk.content.format")
    described_name, described_doc, defname = DESCRIBED.get(cls, ("", "", ""))
    hints = get_type_hints(cls, include_extras=True)
    fields = [f for f in dataclasses.fields(cls) if f.name not in exclude]
    kind = next((f.default for f in fields if f.name == "kind"), None)
    if isinstance(kind, str):  # a panel kind
        described_name, defname = f"a {kind} panel", f"{kind}Panel"
        fields.sort(key=lambda f: f.name != "kind")
    specs = []
    for f in fields:
        where = f"{cls.__name__}.{f.name}"
        hint = hints[f.name]
        fdoc = (
            next((x for x in get_args(hint)[1:] if isinstance(x, Doc)), None) if get_origin(hint) is Annotated else None
        )
        override = (docs or {}).get(f.name)
        # another form's Doc replaces the field's own, on the field's bare type
        bare = get_args(hint)[0] if fdoc else hint
        spec = _spec(bare, override, where) if override else _spec(hint, None, where)
        has_default = f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        specs.append(
            F(fdoc.key if fdoc and fdoc.key else f.name, spec, not has_default or f.name in (*required, "kind"), f.name)
        )
    made = obj(
        name or described_name,
        doc or described_doc,
        specs,
        build or (lambda v: cls(**v)),
        POST.get(cls),
        defname=variant or defname,
    )
    _FORMS[key] = made
    return made


# The second forms of two classes. A media item's caption is only for gallery pictures; a video
# must have its file (a spoken video is not a thing).
MEDIA = form(m.Media, exclude=("caption",))
GALLERY_IMAGE = form(
    m.Media, "galleryImage", name="a gallery image", doc="An image with alt text, credit, licence and a caption"
)
TRACK = form(m.Track, obj=_TrackObj)
VIDEO_TRACK = form(
    m.Track,
    "videoTrack",
    name="a video track",
    doc="A video: a file per language, captions, a transcript",
    docs={
        "file": Doc(
            "recorded video file per language, or one path for all languages",
            one_for_all=True,
            item=Doc("video file", as_="media"),
        )
    },
    required=("file",),
    obj=_TrackObj,
)

#: Every panel kind, from the model's ``Panel`` union.
PANELS = {kind: form(cls) for kind, cls in zip(m.PANEL_KINDS, get_args(m.Panel), strict=True)}
PANEL = Tagged("kind", PANELS, "a panel; its kind decides its other fields", "panel")

# --- the two documents ------------------------------------------------------------------------
# Their model classes hold what the loader adds (a section's file, an exhibit's root, its
# bibliography as a table, the sections themselves), so they are declared here, from the forms above.

SECTION = Obj(
    "a section",
    "A section of an exhibit: one file, named after its id",
    [
        F("id", Id("section id: the file name without .yaml", "section id")),
        F("title", Text("section title")),
        F("summary", Text("one or two sentences on the home card")),
        F("cover", MEDIA),
        F("narration", TRACK, required=False),
        F("panels", List(PANEL, "the panels, in the order shown", min_items=1, what="panel", unique="id")),
    ],
    None,
    defname="section",
)

# --- exhibit.yaml -----------------------------------------------------------------------------

SLIDE = form(m.AttractSlide)
BIB_ENTRY = form(m.BibEntry, exclude=("id",))  # its id is its key in the bibliography
CREDIT = form(m.Credit)
THEME = form(m.Theme)
IDLE = form(m.IdleSettings, build=lambda v: m.IdleSettings(**{k: float(x) for k, x in v.items()}))

EXHIBIT = Obj(
    "the exhibit",
    "exhibit.yaml: an exhibit's title, languages, sections…",
    [
        F("id", Id("exhibit id: the folder name", "exhibit id")),
        F("title", Text("exhibit title")),
        F("subtitle", Text("subtitle"), required=False),
        F(
            "languages",
            List(
                Lang("a language code"),
                "in the order of the language buttons; the first is the default",
                min_items=1,
                what="language",
                unique="lang",
            ),
        ),
        F("allow_fallback", Bool("let missing translations fall back to the first language"), required=False),
        F("attract", List(SLIDE, "the attract loop", min_items=1, what="slide")),
        F(
            "sections",
            List(
                Id("a section id", "section id"),
                "order of the home cards; each has <id>.yaml",
                min_items=1,
                what="section",
                unique="section",
            ),
        ),
        F("bibliography", Keyed(BIB_ENTRY, "id → citation", min_items=1, what="bibliography entry")),
        F("credits", List(CREDIT, "who made the exhibit", what="credit"), required=False),
        F("theme", THEME, required=False),
        F("idle", IDLE, required=False),
    ],
    None,
    defname="exhibit",
)
