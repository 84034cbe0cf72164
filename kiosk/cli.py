"""The ``kiosk`` command line: run, proof, validate, lint, schema, assets, new.

Each command imports only what it needs, so ``kiosk validate`` never loads Qt and ``kiosk run``
reaches its first frame as early as possible.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import BUNDLED_CONTENT

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


def _content_dir(value: str | None) -> Path:
    return Path(value).resolve() if value else BUNDLED_CONTENT


def _state_dir(args: argparse.Namespace) -> Path | None:
    return Path(args.state_dir).expanduser().resolve() if getattr(args, "state_dir", None) else None


def _size(value: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a size: write WIDTHxHEIGHT, e.g. 1920x1080") from None
    if not (200 <= w <= 8192 and 200 <= h <= 8192):
        raise argparse.ArgumentTypeError(f"'{value}' is outside 200x200 … 8192x8192")
    return (w, h)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="open the kiosk (full screen unless --windowed)")
    run.add_argument("--windowed", action="store_true", help="a resizable window (labs, development)")
    run.add_argument("--content", metavar="DIR", help="content folder holding exhibits/ and assets/")
    run.add_argument("--lang", help="start in this language (a code the exhibit has: vi, en, fr…)")
    run.add_argument("--idle-timeout", type=float, metavar="SECONDS", help="seconds before the idle warning")
    run.add_argument("--config", metavar="FILE", help="settings file (YAML)")
    run.add_argument("--state-dir", metavar="DIR", help="where the kiosk writes (logs, built media, releases)")

    proof = sub.add_parser("proof", help="render every screen to PNG and report clipped text")
    proof.add_argument("content", nargs="?", metavar="CONTENT_DIR")
    proof.add_argument("--out", required=True, metavar="DIR", help="where to write the PNGs and index.html")
    proof.add_argument(
        "--size",
        type=_size,
        action="append",
        metavar="WxH",
        help="screen size (repeatable); default 1920x1080 and 1080x1920",
    )
    proof.add_argument("--lang", action="append", help="only these languages (codes the exhibit has)")
    proof.add_argument("--state-dir", metavar="DIR", help="the kiosk's state directory (where built media may be)")

    validate = sub.add_parser("validate", help="check content; exit 1 if anything is wrong")
    validate.add_argument("content", nargs="?", metavar="CONTENT_DIR")

    lint = sub.add_parser("lint", help="advice on content: long text, contrast, missing translations")
    lint.add_argument("content", nargs="?", metavar="CONTENT_DIR")
    lint.add_argument("--format", choices=("text", "json"), default="text")

    sub.add_parser("schema", help="print a JSON Schema of the exhibit format (for editors)")

    new = sub.add_parser("new", help="start a content folder of your own, with a small exhibit to change")
    new.add_argument("folder", metavar="DIR", help="the folder to make (it must not exist, or be empty)")

    assets = sub.add_parser("assets", help="build display-sized images (and narration) ahead of time")
    assets_sub = assets.add_subparsers(dest="assets_command", required=True, metavar="ACTION")
    abuild = assets_sub.add_parser("build", help="make what is missing or changed (incremental, resumable)")
    abuild.add_argument("content", nargs="?", metavar="CONTENT_DIR")
    abuild.add_argument(
        "--out",
        metavar="DIR",
        help="where to write (default: CONTENT_DIR/.derivatives, or the state directory's built/ for a "
        "read-only or installed exhibit)",
    )
    abuild.add_argument("--state-dir", metavar="DIR", help="the kiosk's state directory (as for kiosk run)")
    abuild.add_argument("--jobs", type=_jobs, metavar="N", help="worker processes (default: one per core)")
    abuild.add_argument("--force", action="store_true", help="make everything again, even what is up to date")
    return parser


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of workers: write 1 or more")
    return n


def _assets_build(args: argparse.Namespace) -> int:
    import importlib.util

    from kiosk.assets import build
    from kiosk.content import load
    from kiosk.media.derivatives import default_out

    root = _content_dir(args.content)
    if not (root / "exhibits").is_dir():
        print(f"kiosk: {root} is not a content folder: it has no exhibits/ folder", file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.out).resolve() if args.out else default_out(root, _state_dir(args))
    try:
        result = load(root)
        extra = []
        # --- narration hook: kiosk.media.narration (built separately) plans its jobs here ------
        if importlib.util.find_spec("kiosk.media.narration") is not None:
            from kiosk.media import narration

            extra = list(narration.plan(result, out))
        # ----------------------------------------------------------------------------------------
        report = build(root, out, result=result, extra_jobs=extra, workers=args.jobs, force=args.force)
    except KeyboardInterrupt:  # before the build started: nothing written yet
        print("kiosk assets build: interrupted before anything was built")
        return 130
    problems = sorted(report.problems, key=lambda p: (p.file, p.line, p.column, p.message))
    for problem in problems:
        print(problem.format())
    print(f"kiosk assets build: {report.summary()} → {out}")
    if report.interrupted:
        return 130  # the shell's code for Ctrl-C
    return EXIT_OK if report.ok else EXIT_CONTENT


def _new(folder: Path) -> int:
    from kiosk.scaffold import new_content

    try:
        made = new_content(folder)
    except FileExistsError as exc:
        print(f"kiosk new: {exc}; name a new folder, e.g. kiosk new my-museum", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"kiosk new: cannot make {folder} ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_USAGE
    shown = folder.resolve()
    for file in made:
        print(f"  {shown / file}")
    print(
        f"kiosk new: a content folder with a small exhibit in {shown}. Next:\n"
        f"  kiosk validate {folder}\n  kiosk assets build {folder}\n"
        f"  kiosk run --windowed --content {folder}\n  kiosk proof {folder} --out proof/"
    )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)

    if args.command == "run":
        from kiosk.settings import load_settings
        from kiosk.ui.run import run

        return run(*load_settings(args))
    if args.command == "proof":
        from kiosk.ui.proof import proof

        return proof(_content_dir(args.content), Path(args.out), args.size, args.lang, _state_dir(args))
    if args.command in ("validate", "lint"):
        from kiosk.content.report import lint_command, validate_command

        root = _content_dir(args.content)
        if not (root / "exhibits").is_dir():
            print(f"kiosk: {root} is not a content folder: it has no exhibits/ folder", file=sys.stderr)
            return EXIT_USAGE
        if args.command == "validate":
            return validate_command(root)
        return lint_command(root, args.format)
    if args.command == "schema":
        import json

        from kiosk.content.schema import json_schema

        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return EXIT_OK
    if args.command == "assets":
        return _assets_build(args)
    if args.command == "new":
        return _new(Path(args.folder))
    return EXIT_USAGE  # pragma: no cover - argparse enforces the choices


if __name__ == "__main__":
    raise SystemExit(main())
