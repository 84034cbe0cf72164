"""The ``kiosk`` command line: run, proof, validate, lint, schema, assets, new, report, analytics,
config, set-pin, escalate, update, worksheet, windows-lockdown.

Each command imports only what it needs, so ``kiosk validate`` never loads Qt and ``kiosk run``
reaches its first frame as early as possible.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import BUNDLED_CONTENT
from kiosk.navigation import TEXT_SCALES

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


def _display_arguments(parser: argparse.ArgumentParser) -> None:
    """How every visit starts (a visitor may change contrast and motion) and the screen's mounting."""
    parser.add_argument("--high-contrast", action="store_true", help="start every visit in the high-contrast palette")
    parser.add_argument("--reduced-motion", action="store_true", help="start every visit with nothing moving by itself")
    parser.add_argument(
        "--mount-height", type=float, metavar="MM", help="the screen's bottom edge above the floor (a wall screen)"
    )
    parser.add_argument(
        "--screen-height", type=float, metavar="MM", help="the height of the screen's picture (default: as reported)"
    )


def build_parser(only_run: bool = False) -> argparse.ArgumentParser:
    """Every command's arguments; with ``only_run``, just ``kiosk run``'s (the rest, and the
    update command's imports, cost ~9 ms before the kiosk's first frame)."""
    parser = argparse.ArgumentParser(prog="kiosk", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="open the kiosk (full screen unless --windowed)")
    run.add_argument("--windowed", action="store_true", help="a resizable window (labs, development)")
    run.add_argument("--content", metavar="DIR", help="content folder holding exhibits/ and assets/")
    run.add_argument("--lang", help="start in this language (a code the exhibit has: vi, en, fr…)")
    run.add_argument("--idle-timeout", type=float, metavar="SECONDS", help="seconds before the idle warning")
    run.add_argument("--config", metavar="FILE", help="settings file (YAML)")
    run.add_argument("--state-dir", metavar="DIR", help="where the kiosk writes (logs, built media, releases)")
    _display_arguments(run)
    run.add_argument(
        "--check",
        type=float,
        metavar="SECONDS",
        help="health check (kiosk update runs it): exit 0 once the first frame is drawn and the content loaded "
        "with no error, 1 on an error or after SECONDS",
    )
    if only_run:
        return parser

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
    proof.add_argument(
        "--text-size",
        action="append",
        type=int,
        choices=range(1, len(TEXT_SCALES) + 1),
        help="only these text sizes (1 = 100 %%, 2 = 140 %%, 3 = 170 %%, 4 = 200 %%; default: all)",
    )
    _display_arguments(proof)
    proof.add_argument("--state-dir", metavar="DIR", help="the kiosk's state directory (where built media may be)")

    validate = sub.add_parser("validate", help="check content; exit 1 if anything is wrong")
    validate.add_argument("content", nargs="?", metavar="CONTENT_DIR")

    lint = sub.add_parser("lint", help="advice on content: long text, contrast, missing translations")
    lint.add_argument("content", nargs="?", metavar="CONTENT_DIR")
    lint.add_argument("--format", choices=("text", "json"), default="text")

    sub.add_parser("schema", help="print a JSON Schema of the exhibit format (for editors)")

    sheet = sub.add_parser("worksheet", help="a printable worksheet for pupils (PDF), with an answer key")
    sheet.add_argument("content", nargs="?", metavar="CONTENT_DIR")
    sheet.add_argument("--lang", help="the sheet's language (a code the exhibit has; default its first)")
    sheet.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    sheet.add_argument("--exhibit", metavar="ID", help="which exhibit (default: the first)")

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
    abuild.add_argument("--config", metavar="FILE", help="build the content folder this settings file names")
    # --- operations: settings and the operator PIN (kiosk.config) ------------------------------
    config = sub.add_parser("config", help="check a settings file")
    config_sub = config.add_subparsers(dest="config_command", required=True, metavar="ACTION")
    ccheck = config_sub.add_parser("check", help="print every effective setting and every problem; exit 1 on one")
    ccheck.add_argument("file", metavar="FILE")
    setpin = sub.add_parser("set-pin", help="store the operator PIN as a salted hash in the settings file")
    setpin.add_argument("--config", required=True, metavar="FILE", help="settings file to write (created if missing)")
    setpin.add_argument("--stdin", action="store_true", help="read the PIN from standard input (for scripts)")
    escalate = sub.add_parser("escalate", help="what to do once systemd gave up restarting the kiosk (OnFailure=)")
    escalate.add_argument("--config", metavar="FILE", help="settings file (its on_repeated_failure)")
    escalate.add_argument("--dry-run", action="store_true", help="print the plan, do nothing")
    # --- updates and rollback (kiosk.update; docs/operations.md) --------------------------------
    from kiosk.update.command import add_arguments as update_arguments

    update_arguments(sub.add_parser("update", help="new content as a release: fetch, validate, build, switch, check"))

    lockdown = sub.add_parser(
        "windows-lockdown", help="Assigned Access and Shell Launcher v2 files for a Windows kiosk"
    )
    lockdown.add_argument("--config", required=True, metavar="FILE", help="the kiosk's settings file")
    lockdown.add_argument("--out", required=True, metavar="DIR", help="where to write the XML and PowerShell files")
    lockdown.add_argument("--exe", metavar="PATH", help=r"kiosk.exe on the kiosk PC (C:\kiosk\.venv\Scripts\kiosk.exe)")
    lockdown.add_argument("--settings-path", metavar="PATH", help="the settings file as the kiosk PC sees it")
    lockdown.add_argument("--account", default="Kiosk", help="display name of the auto-logon account")
    # ---------------------------------------------------------------------------------------------

    # --- analytics (kiosk.analytics; docs/analytics.md) ---------------------------------------
    report = sub.add_parser("report", help="the visitor statistics report (HTML) from one or many kiosks' logs")
    report.add_argument("logs", nargs="*", metavar="DB", help="event logs (default: this kiosk's, in --state-dir)")
    report.add_argument("--out", required=True, metavar="DIR", help="where to write index.html")
    report.add_argument("--state-dir", metavar="DIR", help="the kiosk's state directory (for its own log)")
    report.add_argument("--utc-offset", type=float, metavar="HOURS", help="local time of the museum (default: here)")
    analytics = sub.add_parser("analytics", help="the anonymous event log: export it for other tools")
    analytics_sub = analytics.add_subparsers(dest="analytics_command", required=True, metavar="ACTION")
    aexport = analytics_sub.add_parser("export", help="every event of the logs as one CSV or Parquet file")
    aexport.add_argument("logs", nargs="*", metavar="DB", help="event logs (default: this kiosk's, in --state-dir)")
    aexport.add_argument("--format", choices=("csv", "parquet"), default="csv")
    aexport.add_argument("--out", required=True, metavar="FILE")
    aexport.add_argument("--state-dir", metavar="DIR", help="the kiosk's state directory (for its own log)")
    return parser


def _set_pin(args: argparse.Namespace) -> int:
    from kiosk.config import pin_problem, set_pin

    if args.stdin:
        pin = sys.stdin.readline().strip()
    else:
        import getpass

        pin = getpass.getpass("New operator PIN (4 to 8 digits): ")
        if getpass.getpass("The same PIN again: ") != pin:
            print("kiosk set-pin: the two PINs differ; nothing was changed", file=sys.stderr)
            return EXIT_CONTENT
    problem = pin_problem(pin)
    if problem:
        print(f"kiosk set-pin: {problem}; nothing was changed", file=sys.stderr)
        return EXIT_CONTENT
    path = Path(args.config)
    try:
        set_pin(path, pin)
    except OSError as exc:
        print(f"kiosk set-pin: cannot write {path} ({exc.strerror or exc}); nothing was changed", file=sys.stderr)
        return EXIT_CONTENT
    print(f"kiosk set-pin: {path} now holds a salted hash of the PIN (operator_pin_hash); restart the kiosk")
    return EXIT_OK


def _escalate(args: argparse.Namespace) -> int:
    import subprocess
    import time

    from kiosk.settings import load_settings
    from kiosk.watchdog import escalation_plan

    settings, notes = load_settings(args)
    for note in notes:
        print(f"kiosk escalate: settings: {note}", file=sys.stderr)
    wait, commands = escalation_plan(settings.on_repeated_failure)
    print(
        f"kiosk escalate: the kiosk failed repeatedly; on_repeated_failure is {settings.on_repeated_failure}: "
        + (f"waiting {wait:.0f} s, then: " if wait else "")
        + ("; ".join(" ".join(c) for c in commands) or "leaving it stopped")
    )
    if args.dry_run:
        return EXIT_OK
    time.sleep(wait)
    for command in commands:
        if subprocess.run(command, check=False).returncode != 0:
            print(f"kiosk escalate: {' '.join(command)} failed", file=sys.stderr)
            return EXIT_CONTENT
    return EXIT_OK


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
    if getattr(args, "config", None) and not args.content:  # the folder the kiosk will show (the unit)
        from kiosk.settings import load_settings

        root = load_settings(argparse.Namespace(config=args.config))[0].content
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


def _logs(args: argparse.Namespace) -> list[Path] | None:
    from kiosk.analytics.log import FILE
    from kiosk.state import default_state_dir

    logs = [Path(p) for p in args.logs] or [Path(args.state_dir or default_state_dir()) / FILE]
    missing = [str(p) for p in logs if not p.is_file()]
    if missing:
        print(f"kiosk: no event log at {', '.join(missing)} (give the .sqlite files to read)", file=sys.stderr)
        return None
    return logs


def _analytics(args: argparse.Namespace) -> int:
    from kiosk.analytics.store import LogError

    logs = _logs(args)
    if logs is None:
        return EXIT_USAGE
    try:
        if args.command == "report":
            from kiosk.analytics.report import write

            report, page = write(logs, Path(args.out), args.utc_offset)
            print(
                f"kiosk report: {report.visits} visits, {len(report.kiosks)} kiosk(s), {report.events} events → {page}"
            )
        else:
            from kiosk.analytics.store import export

            rows = export(logs, Path(args.out), args.format)
            print(f"kiosk analytics export: {rows} events → {args.out}")
    except LogError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_CONTENT
    return EXIT_OK


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
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(only_run=words[:1] == ["run"])
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)

    if args.command == "run":
        from kiosk.settings import load_settings
        from kiosk.ui.run import run

        return run(*load_settings(args), check=args.check)
    if args.command == "proof":
        from kiosk.reach import Reach
        from kiosk.ui.proof import proof

        steps = tuple(n - 1 for n in args.text_size) if args.text_size else tuple(range(len(TEXT_SCALES)))
        reach = Reach(args.mount_height, args.screen_height) if args.mount_height is not None else None
        return proof(
            _content_dir(args.content),
            Path(args.out),
            args.size,
            args.lang,
            _state_dir(args),
            steps,
            high_contrast=args.high_contrast,
            reduce_motion=args.reduced_motion,
            reach=reach,
        )
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
    if args.command in ("report", "analytics"):
        return _analytics(args)
    if args.command == "config":
        from kiosk.config import check_command

        return check_command(Path(args.file))
    if args.command == "set-pin":
        return _set_pin(args)
    if args.command == "escalate":
        return _escalate(args)
    if args.command == "worksheet":
        from kiosk.ui.worksheetpdf import worksheet_command

        return worksheet_command(_content_dir(args.content), args.lang, Path(args.out), args.exhibit)

    if args.command == "windows-lockdown":
        from kiosk.lockdown import command

        return command(args.config, args.out, args.exe, args.account, args.settings_path)
    if args.command == "new":
        return _new(Path(args.folder))
    if args.command == "update":
        from kiosk.update.command import update_command

        return update_command(args)
    return EXIT_USAGE  # pragma: no cover - argparse enforces the choices


if __name__ == "__main__":
    raise SystemExit(main())
