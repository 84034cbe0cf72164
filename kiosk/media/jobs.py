"""One unit of build work, as the parallel builder runs it.

A job is picklable (it crosses into a worker process), knows the files it makes so a second run
can skip it, and reports problems instead of raising.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.content.model import Problem


@dataclass(frozen=True)
class JobResult:
    """What a finished job reports: problems for the curator, and a record for the manifest."""

    problems: tuple[Problem, ...] = ()
    record: dict[str, Any] | None = None


@dataclass(frozen=True)
class Job:
    """``func(*args)`` makes ``outputs``; it must be a top-level function and return a JobResult."""

    kind: str  # "image" or "narration": which manifest the record goes to
    key: str  # the manifest key, e.g. the source path relative to the content root
    label: str  # short text for the log, e.g. "assets/x/map.svg"
    outputs: tuple[Path, ...]
    func: Callable[..., JobResult]
    args: tuple[Any, ...] = field(default_factory=tuple)
    record: dict[str, Any] | None = None  # the manifest record to keep when the job is skipped

    def done(self) -> bool:
        """True when every output exists already: content-hashed names make this enough."""
        return bool(self.outputs) and all(p.exists() for p in self.outputs)

    def run(self) -> JobResult:
        return self.func(*self.args)
