"""``kiosk update FROM``: the command line of :mod:`kiosk.update.pipeline`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # kiosk run builds this parser too: nothing more is imported before it is used
    from kiosk.update.pipeline import Outcome

__all__ = ["add_arguments", "update_command"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source",
        metavar="FROM",
        help="a content folder (exhibits/ and assets/), a git remote or repository (with --branch), "
        "or a git bundle file, e.g. on a USB stick",
    )
    parser.add_argument("--branch", metavar="NAME", help="the git branch to take (default: the remote's HEAD)")
    parser.add_argument("--config", metavar="FILE", help="settings file (its state_dir; the health check uses it)")
    parser.add_argument("--state-dir", metavar="DIR", help="the kiosk's state directory (as for kiosk run)")
    parser.add_argument("--jobs", type=int, metavar="N", help="build worker processes (default: one per core)")
    parser.add_argument(
        "--prepare-only",
        action="store_true",
        help="make the release and switch nothing (a running kiosk applies it at its next attract loop)",
    )
    parser.add_argument("--no-check", action="store_true", help="switch without starting the kiosk to check it")
    parser.add_argument("--check-seconds", type=float, default=60.0, metavar="S", help="time the health check may take")
    parser.add_argument("--json", action="store_true", help="end with one JSON line saying what happened")


def update_command(args: argparse.Namespace) -> int:
    from kiosk.settings import load_settings
    from kiosk.update.health import check_by_running
    from kiosk.update.pipeline import prepare, update
    from kiosk.update.releases import Releases

    settings, _notes = load_settings(argparse.Namespace(config=args.config, state_dir=args.state_dir))
    releases = Releases(settings.state_dir)
    config = Path(args.config).resolve() if args.config else None
    if args.jobs is not None and args.jobs < 1:
        print("kiosk update: --jobs takes 1 or more", file=sys.stderr)
        return EXIT_USAGE

    def say(line: str) -> None:
        print(line, flush=True)

    def check() -> str | None:
        return check_by_running(settings.state_dir, config, args.check_seconds)

    if args.prepare_only:
        outcome = prepare(args.source, releases, branch=args.branch, jobs=args.jobs, say=say)
    else:
        outcome = update(
            args.source,
            releases,
            branch=args.branch,
            jobs=args.jobs,
            check=None if args.no_check else check,
            say=say,
        )
    _tell(outcome, args.json)
    return EXIT_OK if outcome.ok else EXIT_FAILED


def _tell(outcome: Outcome, as_json: bool) -> None:
    for problem in outcome.problems:
        print(problem)
    for line in outcome.lines:
        print(line)
    if as_json:
        record = {
            "ok": outcome.ok,
            "release": outcome.release.id if outcome.release else None,
            "unchanged": outcome.unchanged,
            "lines": outcome.lines,
            "problems": outcome.problems,
        }
        print(json.dumps(record, ensure_ascii=False))
