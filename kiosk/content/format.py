"""The exhibit format, declared once (see ``docs/authoring.md``): these specs check the YAML, build
the model and describe the JSON Schema."""

from __future__ import annotations

from typing import Any

from kiosk.content import model as m
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
    SourceRef,
    Str,
    Tagged,
    Text,
    did_you_mean,
    join,
    report_missing,
)
from kiosk.content.yamlsrc import Node


def _text(doc: str) -> Text:
    return Text(doc)


def _markup(doc: str) -> Text:
    return Text(doc, markup=True)


def _media_fields() -> list[F]:
    return [
        F("file", MediaPath("image file, relative to the content folder (PNG, JPEG, WebP or SVG)", IMAGE_TYPES)),
        F("alt", _text("what the picture shows, for someone who cannot see it")),
        F("credit", Text("who made it (localised, or one text for all languages)", one_for_all=True)),
        F("licence", Str("the licence, e.g. CC BY-SA 4.0")),
    ]


MEDIA = Obj(
    "a media item",
    "An image with alt text, credit and licence",
    _media_fields(),
    lambda v: m.Media(**v),
    defname="media",
)
GALLERY_IMAGE = Obj(
    "a gallery image",
    "An image with alt text, credit, licence and a caption",
    [*_media_fields(), F("caption", _text("caption shown under the picture"), required=False)],
    lambda v: m.Media(**v),
    defname="galleryImage",
)


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


class _TrackObj(Obj):
    """A track; in the JSON Schema, ``captions`` needs ``file`` (the loader says why)."""

    def json(self, defs: dict[str, Any]) -> dict[str, Any]:
        ref = super().json(defs)
        if not self.fields["file"].required:
            defs[self.defname]["dependentRequired"] = {"captions": ["file"]}
        return ref


def _track(name: str, doc: str, spoken: bool, defname: str) -> Obj:
    what = "audio or video file" if spoken else "video file"
    file_doc = "recorded " + what + " per language, or one path for all languages"
    if spoken:
        file_doc += "; leave it out and the build speaks the transcript, with timed captions"
    return _TrackObj(
        name,
        doc,
        [
            F("file", Text(file_doc, one_for_all=True, item=MediaPath(what)), required=not spoken),
            F(
                "captions",
                Text("WebVTT captions per language, for the recording in 'file'", item=CaptionsPath("WebVTT file")),
                required=False,
            ),
            F("transcript", _markup("the full text of the track (markup); spoken aloud when there is no file")),
            F("credit", Text("who made it (localised, or one text for all languages)", one_for_all=True)),
            F("licence", Str("the licence, e.g. CC BY 4.0")),
        ],
        lambda v: m.Track(**{"file": None, "captions": None, **v}),
        _track_post,
        defname=defname,
    )


TRACK = _track(
    "a track",
    "An audio track or narration: a recording per language with WebVTT "
    "captions, or no file and a transcript the build speaks",
    True,
    "track",
)
VIDEO_TRACK = _track("a video track", "A video: a file per language, captions, a transcript", False, "videoTrack")

SOURCES = List(SourceRef("a bibliography id"), "bibliography ids this relies on", min_items=1, what="source", unique="")


def _panel(kind: str, doc: str, fields: list[F], build: Any, post: Any = None) -> Obj:
    common = [
        F("kind", Const(kind)),
        F("id", Id("panel id, unique within the section", "panel id")),
        F("title", _text("panel title")),
        F("sources", SOURCES),
        F("note", _text("source note: how the text relates to its sources"), required=False),
        F("narration", TRACK, required=False),
    ]
    return Obj(f"a {kind} panel", doc, common + fields, build, post, defname=f"{kind}Panel")


def _no_kind(build: Any) -> Any:
    return lambda v: build(**{k: x for k, x in v.items() if k != "kind"})


# --- quote ------------------------------------------------------------------------------------

ORIGINAL = Obj(
    "the original",
    "The words as spoken or written",
    [
        F("lang", Lang("language of the original words")),
        F("text", Str("the original words")),
    ],
    lambda v: m.QuoteOriginal(**v),
)


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


QUOTE = _panel(
    "quote",
    "Somebody's words, original and translated",
    [
        F("speaker", Str("who said or wrote it")),
        F("role", _text("who they were at the time")),
        F("date", Date("when (a date as text)"), required=False),
        F("original", ORIGINAL),
        F("translation", Text("one per exhibit language other than the original's", complete=False)),
        F("context", _text("when and to whom"), required=False),
        F("verification", _text("how far the words are verified"), required=False),
    ],
    _no_kind(m.QuotePanel),
    _quote_post,
)

# --- figures ----------------------------------------------------------------------------------


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


FIGURE = Obj(
    "a figure",
    "A big number with its label",
    [
        F("value", Num("the number (with 'to', the start of a range)")),
        F("to", Num("the end of a range"), required=False),
        F("unit", _text("unit, e.g. 'men'"), required=False),
        F("label", _text("what the number counts")),
        F("source", SourceRef("the bibliography id for this number")),
    ],
    lambda v: m.Figure(**v),
    _range_post,
    defname="figure",
)

BAR = Obj(
    "a bar",
    "One bar of a chart",
    [
        F("label", _text("bar label")),
        F("value", Num("bar value (with 'to', the start of a range)")),
        F("to", Num("the end of a range bar"), required=False),
        F("source", SourceRef("the bibliography id for this value"), required=False),
    ],
    lambda v: m.Bar(**v),
    _range_post,
    defname="bar",
)

CHART = Obj(
    "a chart",
    "Comparison bars drawn from the data",
    [
        F("unit", _text("unit of the bars"), required=False),
        F("bars", List(BAR, "the bars", min_items=1, what="bar")),
    ],
    lambda v: m.Chart(**v),
)

FIGURES = _panel(
    "figures",
    "Big numbers, with optional comparison bars",
    [
        F("items", List(FIGURE, "the numbers", min_items=1, what="item")),
        F("chart", CHART, required=False),
    ],
    _no_kind(m.FiguresPanel),
)

# --- timeline ---------------------------------------------------------------------------------


def _era_post(v: dict[str, Any], node: Node, ctx: Ctx, path: str) -> bool:
    if v["end"].sort_key < v["start"].sort_key:
        ctx.at(node.value["to"], join(path, "to"), "an era must end after it starts", "swap 'from' and 'to'", "range")
        return False
    return True


ERA = Obj(
    "an era",
    "A band of time behind the events",
    [
        F("from", Date("start date"), attr="start"),
        F("to", Date("end date"), attr="end"),
        F("title", _text("era name")),
    ],
    lambda v: m.Era(**v),
    _era_post,
    defname="era",
)

EVENT = Obj(
    "an event",
    "A dated event",
    [
        F("date", Date("when (a date as text)")),
        F("title", _text("event title")),
        F("body", _markup("event text (markup)"), required=False),
        F("image", MEDIA, required=False),
    ],
    lambda v: m.Event(**v),
    defname="event",
)


def _by_date(x: Any) -> tuple[int, int, int]:
    key: tuple[int, int, int] = x.date.sort_key
    return key


TIMELINE = _panel(
    "timeline",
    "Dated events, with optional eras",
    [
        F(
            "eras",
            List(ERA, "optional bands behind the events", what="era", sort=lambda e: e.start.sort_key),
            required=False,
        ),
        F("events", List(EVENT, "the events (shown in date order)", min_items=1, what="event", sort=_by_date)),
    ],
    _no_kind(m.TimelinePanel),
)

# --- map --------------------------------------------------------------------------------------

HOTSPOT = Obj(
    "a hotspot",
    "A tappable point on the picture",
    [
        F("id", Id("hotspot id, unique within the map", "hotspot id")),
        F("x", Num("0 = left edge, 1 = right edge", 0.0, 1.0)),
        F("y", Num("0 = top, 1 = bottom", 0.0, 1.0)),
        F("title", _text("hotspot title")),
        F("body", _markup("hotspot text (markup)"), required=False),
    ],
    lambda v: m.Hotspot(**v),
    defname="hotspot",
)

MARK = Obj(
    "a mark",
    "A hotspot's state from this layer's date on",
    [
        F("hotspot", Id("the hotspot's id", "hotspot id")),
        F("state", Enum(m.HOTSPOT_STATES, "the hotspot's new state", "hotspot state")),
    ],
    lambda v: m.Mark(**v),
)

LAYER = Obj(
    "a layer",
    "What changes on the map at a date",
    [
        F("date", Date("when (a date as text)")),
        F("title", _text("layer title")),
        F("body", _markup("layer text (markup)"), required=False),
        F("marks", List(MARK, "hotspot states set at this date", what="mark"), required=False),
    ],
    lambda v: m.Layer(**v),
    defname="layer",
)


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


MAP = _panel(
    "map",
    "A picture with tappable hotspots and optional dated layers",
    [
        F("image", MEDIA),
        F("hotspots", List(HOTSPOT, "tappable points", min_items=1, what="hotspot", unique="id")),
        F("layers", List(LAYER, "dated layers replayed by a date slider", what="layer", sort=_by_date), required=False),
    ],
    _no_kind(m.MapPanel),
    _map_post,
)

# --- the other panels -------------------------------------------------------------------------

STORY = _panel(
    "story",
    "Text, with an optional picture",
    [
        F("body", _markup("the text (markup)")),
        F("image", MEDIA, required=False),
    ],
    _no_kind(m.StoryPanel),
)

GALLERY = _panel(
    "gallery",
    "Pictures with captions",
    [
        F("images", List(GALLERY_IMAGE, "the pictures", min_items=1, what="image")),
    ],
    _no_kind(m.GalleryPanel),
)

COLUMN = Obj(
    "a column",
    "One side of a comparison",
    [
        F("heading", _text("column heading")),
        F("body", _markup("column text (markup)")),
    ],
    lambda v: m.Column(**v),
    defname="column",
)

COMPARE = _panel(
    "compare",
    "Two columns side by side",
    [
        F("left", COLUMN),
        F("right", COLUMN),
    ],
    _no_kind(m.ComparePanel),
)

CHOICE = Obj(
    "a choice",
    "One answer to pick",
    [
        F("text", _text("the answer")),
        F("feedback", _text("shown when this choice is picked")),
        F("correct", Bool("true for the one right answer"), required=False),
    ],
    lambda v: m.Choice(**v),
    defname="choice",
)


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


QUESTION = Obj(
    "a question",
    "A question with its choices",
    [
        F("prompt", _text("the question")),
        F("choices", List(CHOICE, "the answers to pick from", min_items=2, what="choice")),
    ],
    lambda v: m.Question(**v),
    _question_post,
    defname="question",
)

QUIZ = _panel(
    "quiz",
    "Questions with feedback",
    [
        F("questions", List(QUESTION, "the questions", min_items=1, what="question")),
    ],
    _no_kind(m.QuizPanel),
)

AUDIO = _panel(
    "audio",
    "An audio track with captions and transcript",
    [
        F("track", TRACK),
    ],
    _no_kind(m.AudioPanel),
)

VIDEO = _panel(
    "video",
    "A video with captions and transcript",
    [
        F("track", VIDEO_TRACK),
        F("poster", MEDIA, required=False),
    ],
    _no_kind(m.VideoPanel),
)

PANELS = {
    p.fields["kind"].spec.value: p  # type: ignore[attr-defined]  # the "kind" field's spec is a Const
    for p in (
        STORY,
        QUOTE,
        FIGURES,
        TIMELINE,
        MAP,
        GALLERY,
        COMPARE,
        QUIZ,
        AUDIO,
        VIDEO,
    )
}
assert tuple(PANELS) == m.PANEL_KINDS

PANEL = Tagged("kind", PANELS, "a panel; its kind decides its other fields", "panel")

SECTION = Obj(
    "a section",
    "A section of an exhibit: one file, named after its id",
    [
        F("id", Id("section id: the file name without .yaml", "section id")),
        F("title", _text("section title")),
        F("summary", _text("one or two sentences on the home card")),
        F("cover", MEDIA),
        F("narration", TRACK, required=False),
        F("panels", List(PANEL, "the panels, in the order shown", min_items=1, what="panel", unique="id")),
    ],
    None,
    defname="section",
)

# --- exhibit.yaml -----------------------------------------------------------------------------

SLIDE = Obj(
    "an attract slide",
    "One slide of the attract loop",
    [
        F("image", MEDIA),
        F("text", _text("one short line on the slide")),
        F("seconds", Num("how long it shows (3–60, default 8)", 3, 60), required=False),
    ],
    lambda v: m.AttractSlide(**v),
    defname="slide",
)

BIB_ENTRY = Obj(
    "a bibliography entry",
    "A source the exhibit relies on",
    [
        F("citation", Str("the full citation")),
        F("note", _text("how the exhibit uses this source"), required=False),
    ],
    lambda v: m.BibEntry(**v),
    defname="bibEntry",
)

CREDIT = Obj(
    "a credit",
    "Who made the exhibit",
    [
        F("role", _text("what they did")),
        F("name", Str("their name")),
    ],
    lambda v: m.Credit(**v),
)

THEME = Obj(
    "the theme",
    "Colours as #rrggbb",
    [
        F(name, Colour(f"{name} colour"), required=False)
        for name in ("background", "surface", "text", "muted", "accent")
    ],
    lambda v: m.Theme(**v),
)

IDLE = Obj(
    "the idle settings",
    "When the kiosk starts over",
    [
        F(
            "timeout",
            Num("seconds without a touch before the 'Are you still there?' overlay", 15, 3600),
            required=False,
        ),
        F("warning", Num("seconds the overlay counts down before the kiosk starts over", 10, 120), required=False),
    ],
    lambda v: m.IdleSettings(**{k: float(x) for k, x in v.items()}),
)

EXHIBIT = Obj(
    "the exhibit",
    "exhibit.yaml: an exhibit's title, languages, sections…",
    [
        F("id", Id("exhibit id: the folder name", "exhibit id")),
        F("title", _text("exhibit title")),
        F("subtitle", _text("subtitle"), required=False),
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
