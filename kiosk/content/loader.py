"""Loading a content folder: every exhibit, its sections, and every problem found, at once.

``load(root)`` never raises for any content. A section with errors is left out of its exhibit (the
rest still loads); an exhibit whose ``exhibit.yaml`` has errors is left out. Each problem carries
the file (relative to the root), 1-based line and column, a message and, where one helps, a hint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.content import model as m
from kiosk.content.format import EXHIBIT, SECTION
from kiosk.content.spec import INVALID, Ctx, Lang, List, Loc, MediaCheck, did_you_mean
from kiosk.content.yamlsrc import MAX_BYTES, Node, parse

__all__ = ["LoadResult", "load"]


@dataclass
class LoadResult:
    """What :func:`load` found.

    ``problems`` holds the errors (content left out because of them); ``notes`` holds warnings
    noticed while loading (missing translations where a fallback is allowed, files not listed
    anywhere), which ``kiosk lint`` reports. ``locations`` maps ``id()`` of model objects (and of
    each :class:`LText`) to where they were written: use :meth:`where`.
    """

    root: Path
    exhibits: list[m.Exhibit] = field(default_factory=list)
    problems: list[m.Problem] = field(default_factory=list)
    notes: list[m.Problem] = field(default_factory=list)
    locations: dict[int, Loc] = field(default_factory=dict, repr=False)
    files: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def where(self, obj: object) -> Loc | None:
        """Where a model object (or localised text) was written, if it came from a file."""
        return self.locations.get(id(obj))


def _problem(file: str, line: int, col: int, message: str, hint: str = "", code: str = "") -> m.Problem:
    return m.Problem(file, line, col, message, hint, "", m.Severity.ERROR, code)


def _check_id(node: Node, ctx: Ctx, what: str, expected: str, name: str, hint: str) -> None:
    """An exhibit's or section's ``id`` must be ``expected``, taken from its folder's or file's ``name``."""
    idnode = node.value.get("id") if node.kind == "map" else None
    if idnode is not None and idnode.kind == "str" and idnode.raw != expected:
        ctx.at(idnode, "id", f"{what} id '{idnode.raw}' does not match its {name}", hint, "id-mismatch")


def _read(path: Path, rel: str, real_root: Path) -> tuple[Node | None, list[m.Problem]]:
    """Parse one YAML file; file-wide problems are reported at 1:1."""
    try:
        real = path.resolve()
        if not real.is_relative_to(real_root):
            return None, [
                _problem(
                    rel,
                    1,
                    1,
                    "this file is a link to outside the content folder",
                    "copy the file into the folder instead",
                    "outside",
                )
            ]
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [
                _problem(
                    rel,
                    1,
                    1,
                    f"file is {size / 1048576:.1f} MiB; the limit is 1 MiB",
                    "split it into several sections",
                    "too-large",
                )
            ]
        from kiosk.content.files import read_regular

        data = read_regular(path, MAX_BYTES + 1)  # never a pipe or a device (they would hang the kiosk)
    except OSError as exc:
        return None, [_problem(rel, 1, 1, f"cannot read the file: {exc.strerror or exc}", "", "unreadable")]
    node, issues = parse(data)
    return node, [_problem(rel, i.line + 1, i.col + 1, i.message, i.hint, i.code) for i in issues]


def _internal(rel: str, exc: BaseException) -> m.Problem:
    return _problem(
        rel,
        1,
        1,
        f"internal error while reading this file ({type(exc).__name__}: {exc})",
        "this is a bug in the kiosk, not in your file: please report it with the file attached",
        "internal",
    )


def _peek(node: Node, media: MediaCheck) -> tuple[tuple[str, ...] | None, bool, set[str] | None]:
    """Languages, allow_fallback and bibliography ids, read ahead so that every text can be checked.

    Problems found here are discarded: the full check reports them in place.
    """
    if node.kind != "map":
        return None, False, None
    scratch = Ctx("", media)
    langs = None
    lnode = node.value.get("languages")
    if lnode is not None:
        value = List(Lang(), min_items=1, unique="lang").check(lnode, scratch, "languages")
        if value is not INVALID:
            langs = value
    fnode = node.value.get("allow_fallback")
    fallback = fnode is not None and fnode.kind == "bool" and fnode.value is True
    bnode = node.value.get("bibliography")
    bib = set(bnode.value) if bnode is not None and bnode.kind == "map" else None
    return langs, fallback, bib


class _Loader:
    def __init__(self, root: Path, full_media: bool = True) -> None:
        self.root = root
        self.real_root = root.resolve()
        self.media = MediaCheck(root, full_media)
        self.result = LoadResult(root=root)

    def run(self) -> LoadResult:
        res = self.result
        exhibits = self.root / "exhibits"
        if not exhibits.is_dir():
            res.problems.append(
                _problem(
                    "exhibits",
                    0,
                    0,
                    "the content folder has no exhibits/ folder",
                    "a content folder holds exhibits/ and assets/",
                    "no-exhibits",
                )
            )
            return res
        try:
            entries = sorted(exhibits.iterdir())
        except OSError as exc:
            res.problems.append(_problem("exhibits", 0, 0, f"cannot list exhibits/: {exc}"))
            return res
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = f"exhibits/{entry.name}"
            if not entry.is_dir():
                if entry.suffix in (".yaml", ".yml"):
                    res.notes.append(
                        m.Problem(
                            rel,
                            0,
                            0,
                            "this file is not in an exhibit folder, so it is not shown",
                            "an exhibit lives in exhibits/<id>/exhibit.yaml",
                            "",
                            m.Severity.WARNING,
                            "stray-file",
                        )
                    )
                continue
            try:
                self.exhibit(entry)
            except Exception as exc:  # a bug must not reach the curator as a traceback
                res.problems.append(_internal(f"{rel}/exhibit.yaml", exc))
        return res

    def exhibit(self, folder: Path) -> None:
        res = self.result
        ex_id = folder.name
        rel = f"exhibits/{ex_id}/exhibit.yaml"
        path = folder / "exhibit.yaml"
        yaml_files = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.name != "exhibit.yaml")
        if not path.exists():  # a pipe or a folder is read and reported as such
            res.problems.append(
                _problem(
                    rel,
                    0,
                    0,
                    f"the exhibit folder '{ex_id}' has no exhibit.yaml",
                    "every exhibit needs one: see docs/authoring.md",
                    "missing-file",
                )
            )
            return
        res.files += 1
        node, problems = _read(path, rel, self.real_root)
        res.problems.extend(problems)
        if node is None:
            # The exhibit is unreadable; still check its section files, so that every problem
            # in the folder is reported at once.
            for p in yaml_files:
                if p.suffix == ".yaml":
                    self.section(p, p.stem, Ctx("", self.media, locs=res.locations))
            return
        langs, fallback, bib = _peek(node, self.media)
        ctx = Ctx(rel, self.media, langs, fallback, bib, res.locations)
        values: Any = EXHIBIT.check(node, ctx, "")
        _check_id(node, ctx, "exhibit", ex_id, f"folder name '{ex_id}'", "rename the folder or change the id")
        res.problems.extend(ctx.errors)
        res.notes.extend(ctx.notes)
        exhibit_ok = not problems and not ctx.errors and values is not INVALID

        listed: list[tuple[str, Node]] = []
        snode = node.value.get("sections") if node.kind == "map" else None
        if snode is not None and snode.kind == "seq":
            listed = [(n.raw, n) for n in snode.value if n.kind == "str"]
        stems = [p.stem for p in yaml_files if p.suffix == ".yaml"]
        sections: list[m.Section] = []
        seen: set[str] = set()
        for sid, where in listed:
            if sid in seen or "/" in sid or sid.startswith("."):
                continue
            seen.add(sid)
            spath = folder / f"{sid}.yaml"
            if not spath.exists():  # a pipe or a folder is read and reported as such
                hint = did_you_mean(sid, stems) if stems else f"create {sid}.yaml next to it"
                if hint.startswith("expected"):
                    hint = f"create exhibits/{ex_id}/{sid}.yaml"
                res.problems.append(
                    _problem(
                        rel,
                        where.line + 1,
                        where.col + 1,
                        f"section '{sid}' has no file exhibits/{ex_id}/{sid}.yaml",
                        hint,
                        "dangling-section",
                    )
                )
                continue
            section = self.section(spath, sid, Ctx("", self.media, langs, fallback, bib, res.locations))
            if section is not None:
                sections.append(section)
        for p in yaml_files:
            if p.stem not in seen:
                frel = f"exhibits/{ex_id}/{p.name}"
                hint = (
                    f"add '{p.stem}' to sections in exhibit.yaml"
                    if p.suffix == ".yaml"
                    else "section files end in .yaml"
                )
                res.notes.append(
                    m.Problem(
                        frel,
                        0,
                        0,
                        "this file is not listed in the exhibit's sections, so it is not shown",
                        hint,
                        "",
                        m.Severity.WARNING,
                        "stray-file",
                    )
                )
        if exhibit_ok:
            exhibit = m.Exhibit(
                sections=tuple(sections), root=self.root, **{k: v for k, v in values.items() if k != "sections"}
            )
            res.locations[id(exhibit)] = res.locations.pop(id(values))
            res.exhibits.append(exhibit)

    def section(self, path: Path, sid: str, ctx: Ctx) -> m.Section | None:
        res = self.result
        rel = path.relative_to(self.root).as_posix()
        ctx.file = rel
        res.files += 1
        try:
            node, problems = _read(path, rel, self.real_root)
            res.problems.extend(problems)
            if node is None:
                return None
            values: Any = SECTION.check(node, ctx, "")
            _check_id(node, ctx, "section", sid, f"file name '{path.name}'", "rename the file or change the id")
            res.problems.extend(ctx.errors)
            res.notes.extend(ctx.notes)
            if problems or ctx.errors or values is INVALID:
                return None
            section = m.Section(file=rel, **values)
            loc = ctx.locs.pop(id(values), None)
            if loc is not None:
                res.locations[id(section)] = loc
            return section
        except Exception as exc:  # a bug must not reach the curator as a traceback
            res.problems.append(_internal(rel, exc))
            return None


def load(root: Path | str, full_media: bool = True) -> LoadResult:
    """Load and validate every exhibit under ``root/exhibits``; never raises for any content.

    ``full_media`` reads every PNG to its end to check its chunks' checksums (``kiosk validate``,
    the build, an update). The running kiosk loads without it: it shows only built derivatives,
    so a source damaged past its header is the build's to refuse, and reading a large source in
    full would only slow the start (about 65 ms per 144 MB).
    """
    root = Path(root)
    try:
        return _Loader(root, full_media).run()
    except Exception as exc:  # pragma: no cover - last line of defence
        result = LoadResult(root=root)
        result.problems.append(_internal("exhibits", exc))
        return result
