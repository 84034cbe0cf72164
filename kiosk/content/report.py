"""``kiosk validate`` and ``kiosk lint``: problems for curators (and CI), grouped by file."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from kiosk.content.loader import LoadResult, load
from kiosk.content.model import Problem, Severity

EXIT_OK, EXIT_CONTENT = 0, 1


def _sorted(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.file, p.line, p.column, p.severity.value, p.message))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _summary(result: LoadResult) -> str:
    sections = sum(len(e.sections) for e in result.exhibits)
    panels = sum(len(s.panels) for e in result.exhibits for s in e.sections)
    return f"{_plural(len(result.exhibits), 'exhibit')}, {_plural(sections, 'section')}, {_plural(panels, 'panel')}"


def _print_grouped(problems: list[Problem]) -> None:
    current = None
    for problem in problems:
        if current is not None and problem.file != current:
            print()
        current = problem.file
        print(problem.format())


def validate_command(root: Path) -> int:
    """Print every error as ``file:line:col: error: message``; 0 when valid, 1 otherwise."""
    from kiosk.content import yamlsrc

    if not yamlsrc.LIBYAML:
        print(f"note: {yamlsrc.NO_LIBYAML}", file=sys.stderr)
    result = load(root)
    errors = _sorted(result.problems)
    _print_grouped(errors)
    if errors:
        files = len({p.file for p in errors})
        print(f"{_plural(len(errors), 'error')} in {_plural(files, 'file')}")
        return EXIT_CONTENT
    print(f"ok: {_summary(result)}")
    return EXIT_OK


def lint_command(root: Path, fmt: str = "text") -> int:
    """Print validation errors and lint warnings (text or JSON); 1 if there are errors, else 0."""
    from kiosk.content.lint import lint

    result = load(root)
    problems = _sorted([*result.problems, *lint(result)])
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    if fmt == "json":
        print(
            json.dumps(
                [
                    {
                        "file": p.file,
                        "line": p.line,
                        "column": p.column,
                        "severity": p.severity.value,
                        "message": p.message,
                        "hint": p.hint,
                        "code": p.code,
                        "path": p.path,
                    }
                    for p in problems
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        _print_grouped(problems)
        warnings = len(problems) - errors
        if problems:
            print(
                f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')} in "
                f"{_plural(len({p.file for p in problems}), 'file')}"
            )
        else:
            print(f"ok: no advice for {_summary(result)}")
    return EXIT_CONTENT if errors else EXIT_OK
