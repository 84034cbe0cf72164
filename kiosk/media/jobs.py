"""One unit of build work, as the parallel builder runs it.

A job is picklable (it crosses into a worker process), knows the files it makes so a second run
can skip it, and reports problems instead of raising.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kiosk.content.model import Problem

#: Marks a file being written: ``<name>.tmp-<pid>``; the builder removes strays left by a crash.
TMP_MARK = ".tmp-"


def disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """True for the error of a full disk or an exhausted quota, or, given ``folder``, when the
    disk holding it has less than 1 MiB free (a tool that failed to write says only "failed")."""
    import errno

    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if folder is not None:
        import shutil

        try:
            return shutil.disk_usage(folder).free < 1 << 20
        except OSError:
            return False
    return False


def write_atomically(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """``write(f)`` into ``<path>.tmp-<pid>`` next to ``path``, flushed to disk, then renamed into
    place: whoever reads ``path`` sees the old file or the whole new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}{TMP_MARK}{os.getpid()}")
    try:
        with open(tmp, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


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
