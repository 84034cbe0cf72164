"""``kiosk assets build``: run every media job of a content folder, in parallel, resumable.

:func:`build` loads the content, plans a job per image (:mod:`kiosk.media.images`) plus any jobs it
is given (narration: ``kiosk.media.narration.plan``), skips the jobs whose outputs exist
(:meth:`Job.done`), runs the rest in worker processes, one per core, and writes one manifest per
kind of job into the output folder (``<content>/.derivatives`` by default):

* ``images.json`` for jobs of kind ``"image"``: ``{"version": 1, "recipe": …, "images": {key:
  record}}`` (the format :mod:`kiosk.media.derivatives` reads);
* ``narration.json`` for jobs of kind ``"narration"``: ``{"version": 1, "narration": {key:
  record}}``, with each job's ``JobResult.record`` under its ``Job.key``; a skipped job keeps its
  ``Job.record``. The narration planner writes its audio files but no manifest of its own.
  (Any other kind ``k`` goes to ``k.json`` the same way.)

A manifest lists only the jobs of the current content that succeeded or were already done, so
removed images drop out. After a complete run, derivative files in ``img/`` that the image manifest
no longer lists are deleted.

Interrupting is safe: every output is written to ``<name>.tmp-<pid>`` and renamed into place, the
workers ignore Ctrl-C (the build finishes the jobs in progress, cancels the rest and writes the
manifests of what finished), and stray temporary files are removed at the start and the end of a
build. Because outputs are content-hashed, running again picks up where the last run stopped.

Workers are started with the ``spawn`` method, never ``fork``: the calling process may have Qt
loaded (the test suite does), and Qt does not survive a fork.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.content.model import Problem, Severity
from kiosk.media import images
from kiosk.media.derivatives import IMAGES_MANIFEST, MANIFEST_VERSION, default_out, read_manifest
from kiosk.media.jobs import TMP_MARK, Job, JobResult, disk_full, write_atomically

if TYPE_CHECKING:
    from kiosk.content.loader import LoadResult

__all__ = ["BuildReport", "build", "disk_full", "manifest_path", "output_problem"]


@dataclass
class BuildReport:
    """What a build did: counts, every problem (content and jobs), and whether it was cut short."""

    out: Path
    made: int = 0  # jobs run that succeeded
    made_by_kind: dict[str, int] = field(default_factory=dict)  # the same, per Job.kind
    skipped: int = 0  # jobs already done
    failed: int = 0  # jobs that reported an error
    pruned: int = 0  # derivative files no manifest lists any more, deleted
    interrupted: bool = False
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        return not self.interrupted and not self.errors

    def summary(self) -> str:
        """One line: ``12 made (9 image, 3 narration), 30 already up to date, 1 problem in 4.2 s``."""
        errors = len(self.errors)
        warnings = len(self.problems) - errors
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.made_by_kind.items()))
        parts = [
            f"{self.made} made" + (f" ({kinds})" if len(self.made_by_kind) > 1 else ""),
            f"{self.skipped} already up to date",
            f"{errors} problem{'' if errors == 1 else 's'}",
        ]
        if warnings:
            parts.append(f"{warnings} warning{'' if warnings == 1 else 's'}")
        if self.pruned:
            parts.append(f"{self.pruned} old file{'' if self.pruned == 1 else 's'} removed")
        text = ", ".join(parts) + f" in {self.seconds:.1f} s"
        return f"interrupted: {text}" if self.interrupted else text


def output_problem(out: Path, exc: OSError, what: str = "") -> Problem:
    """An error about the build's output folder (never the curator's files): a full disk or a
    folder the build may not read or write."""
    target = exc.filename or out
    if disk_full(exc):
        message = f"{what or 'the build'}: the disk holding {out} is full"
        hint = "free some space (or build to a larger disk with --out) and run `kiosk assets build` again"
        code = "disk-full"
    else:
        message = f"{what or 'the build'}: cannot write {target} ({exc.strerror or exc})"
        hint = f"check that the user running the build may read and write {out}"
        code = "output-unwritable"
    return Problem(str(out), 0, 0, message, hint, "", Severity.ERROR, code)


def manifest_path(out: Path, kind: str) -> Path:
    """Where the records of jobs of ``kind`` go: ``images.json``, ``narration.json``, ``<kind>.json``."""
    return out / (IMAGES_MANIFEST if kind == "image" else f"{kind}.json")


def _section(kind: str) -> str:
    return "images" if kind == "image" else kind


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON through a temporary file in the same folder and a rename: never half a file."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    write_atomically(path, lambda f: f.write(text.encode("utf-8")))


def _remove_temporaries(out: Path) -> None:
    """Delete ``*.tmp-<pid>`` files left by an interrupted or crashed build."""
    for tmp in out.rglob(f"*{TMP_MARK}*"):
        if tmp.is_file():
            tmp.unlink(missing_ok=True)


def _internal(job: Job, what: str) -> JobResult:
    return JobResult(
        (
            Problem(
                job.label,
                0,
                0,
                f"{job.label}: {what}",
                "this is a bug in the kiosk, not in your content: please report it",
                "",
                Severity.ERROR,
                "internal",
            ),
        )
    )


def _run(job: Job) -> JobResult:
    """Run one job; an exception becomes a Problem (runs in the worker, so it is top-level)."""
    try:
        result = job.run()
    except Exception as exc:
        return _internal(job, f"internal error ({type(exc).__name__}: {exc})")
    if not isinstance(result, JobResult):
        return _internal(job, f"the job returned {type(result).__name__}, not a JobResult")
    return result


#: The longest one job may take in a worker (a 90-megapixel photo takes seconds). Past it the
#: worker is ended and the file reported: a drawing that takes forever to rasterise must not
#: hold up the build, and with it the unit's start (TimeoutStartSec=), at every boot.
JOB_SECONDS = 120.0


def _run_limited(job: Job, marker: str, seconds: float) -> JobResult:
    """:func:`_run` in a worker, ended after ``seconds``: faulthandler's own thread writes the
    stack to ``marker`` and exits the process, even while a decoder runs in C. A marker that is
    not empty tells the parent that this job, not another, took too long."""
    import faulthandler

    with open(marker, "w", encoding="utf-8") as fh:
        faulthandler.dump_traceback_later(seconds, exit=True, file=fh)
        try:
            return _run(job)
        finally:
            faulthandler.cancel_dump_traceback_later()


def _timed_out(marker: str) -> bool:
    try:
        return os.path.getsize(marker) > 0
    except OSError:
        return False


def _too_slow(job: Job, seconds: float) -> JobResult:
    return JobResult(
        (
            Problem(
                job.label,
                0,
                0,
                f"{job.label}: making it took longer than {seconds:g} s, so it was stopped",
                "it is too complex to prepare: simplify it (for a drawing, fewer shapes and no huge "
                "blurs) or export it as a PNG",
                "",
                Severity.ERROR,
                "too-slow",
            ),
        )
    )


def _die_with_parent(parent: int) -> None:
    """End this worker when the build that started it is gone (killed with -9, say).

    On Linux the kernel sends SIGKILL at the parent's death (``PR_SET_PDEATHSIG``), even in the
    middle of a decoder; everywhere a daemon thread also checks once a second that the parent is
    still the same process. Without this the workers of a killed build ran on for 20 minutes.
    """
    import sys
    import threading

    if sys.platform == "linux":
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # it died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _init_worker(parent: int = 0) -> None:
    """Workers leave Ctrl-C to the parent, which lets the jobs in progress finish cleanly, and
    never outlive it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # SVG rasterising needs Qt, never a window
    if parent:
        _die_with_parent(parent)


def _crashed(job: Job) -> JobResult:
    return JobResult(
        (
            Problem(
                job.label,
                0,
                0,
                f"{job.label}: the worker process stopped while making it (it crashed)",
                "the file may be damaged in a way that crashes the "
                "decoder: export it again; if that does not help, please report it",
                "",
                Severity.ERROR,
                "crashed",
            ),
        )
    )


def _pool(workers: int) -> ProcessPoolExecutor:
    # A spawned worker starts as ``python -c …``, which puts the working folder first on sys.path
    # and imports stdlib modules (socket, pickle, threading…) from there before the parent's path
    # arrives: a socket.py in a content folder ran in every worker. PYTHONSAFEPATH (Python 3.11+)
    # keeps that folder off the path in the workers and the resource tracker.
    os.environ["PYTHONSAFEPATH"] = "1"
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker, initargs=(os.getpid(),)
    )


class _Interrupted(Exception):
    """Ctrl-C arrived: the jobs in progress were finished and reported, the rest cancelled."""


def _parallel(
    jobs: list[Job], workers: int, accept: Callable[[Job, JobResult], None], seconds: float = JOB_SECONDS
) -> None:
    """Run ``jobs`` in a pool of ``workers`` processes, passing each outcome to ``accept``.

    On Ctrl-C, the queued jobs are cancelled, the running ones finish and are accepted, and
    :class:`_Interrupted` is raised. If a worker crashes, the pool breaks for every job in it:
    those jobs run again one at a time, so that only the one that crashes is reported. A job
    that takes longer than ``seconds`` ends its worker the same way, and is reported as too slow
    at once (it is not run again).
    """
    import shutil
    import tempfile

    markers = tempfile.mkdtemp(prefix="kiosk-jobs-")
    marker = {id(job): os.path.join(markers, str(n)) for n, job in enumerate(jobs)}
    try:
        _parallel_in(jobs, workers, accept, seconds, marker)
    finally:
        shutil.rmtree(markers, ignore_errors=True)


def _parallel_in(
    jobs: list[Job],
    workers: int,
    accept: Callable[[Job, JobResult], None],
    seconds: float,
    marker: dict[int, str],
) -> None:
    broken: list[Job] = []

    def take(future: Future[JobResult], job: Job) -> None:
        try:
            outcome = future.result()
        except BrokenProcessPool:
            if _timed_out(marker[id(job)]):
                accept(job, _too_slow(job, seconds))
            else:
                broken.append(job)
        else:
            accept(job, outcome)

    pool = _pool(workers)
    pending: dict[Future[JobResult], Job] = {}
    try:
        pending = {pool.submit(_run_limited, job, marker[id(job)], seconds): job for job in jobs}
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                take(future, pending.pop(future))
    except KeyboardInterrupt:
        running = {f: j for f, j in pending.items() if not f.cancel()}
        while running:
            try:
                finished, _ = wait(running)
            except KeyboardInterrupt:  # again: the workers ignore it and finish anyway
                continue
            for future in finished:
                if not future.cancelled():
                    take(future, running.pop(future))
                else:
                    running.pop(future)
        raise _Interrupted from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    single: ProcessPoolExecutor | None = None
    try:
        for job in broken:
            single = single or _pool(1)
            try:
                accept(job, single.submit(_run_limited, job, marker[id(job)], seconds).result())
            except BrokenProcessPool:
                single.shutdown(wait=True)
                single = None
                accept(job, _too_slow(job, seconds) if _timed_out(marker[id(job)]) else _crashed(job))
    except KeyboardInterrupt:
        raise _Interrupted from None
    finally:
        if single is not None:
            single.shutdown(wait=True, cancel_futures=True)


def _inline(jobs: list[Job], accept: Callable[[Job, JobResult], None]) -> None:
    try:
        for job in jobs:
            accept(job, _run(job))
    except KeyboardInterrupt:
        raise _Interrupted from None


def _progress(total: int, enabled: bool) -> Any:
    from tqdm import tqdm

    # disable=None: a bar on a terminal, nothing in a log file or CI output.
    return tqdm(
        total=total, unit="file", desc="assets", disable=None if enabled else True, dynamic_ncols=True, leave=False
    )


def _listed(records: dict[str, dict[str, Any]]) -> set[Any]:
    return {
        d.get("file")
        for r in records.values()
        if isinstance(r.get("derivatives"), list)
        for d in r["derivatives"]
        if isinstance(d, dict)
    }


def _prune(out: Path, records: dict[str, dict[str, Any]], previous: dict[str, dict[str, Any]]) -> int:
    """Delete derivative files in ``img/`` that neither this build's records nor the last build's
    list; returns how many. A kiosk that is running read the last manifest and still shows its
    files: they go at the build after this one (a rebuild removed pictures on screen)."""
    keep = _listed(records) | _listed(previous)
    folder = out / images.IMG_DIR
    removed = 0
    if folder.is_dir():
        for path in folder.iterdir():
            if images.NAME_PATTERN.fullmatch(path.name) and f"{images.IMG_DIR}/{path.name}" not in keep:
                path.unlink(missing_ok=True)
                removed += 1
    return removed


def build(
    root: Path | str,
    out: Path | str | None = None,
    *,
    result: LoadResult | None = None,
    extra_jobs: Iterable[Job] = (),
    workers: int | None = None,
    force: bool = False,
    progress: bool = True,
    max_pixels: int = images.MAX_PIXELS,
    prune: bool = True,
    after: Sequence[Callable[[LoadResult, Path, Path], list[Problem]]] = (),
    job_seconds: float = JOB_SECONDS,
) -> BuildReport:
    """Make every derivative the content at ``root`` needs; never raises for bad content.

    ``out`` defaults to ``<root>/.derivatives``. ``result`` is the loaded content if the caller
    has it already. ``extra_jobs`` are run too (narration). ``workers`` defaults to the number of
    cores; with one worker, or one job, the jobs run in this process. ``force`` makes everything
    again. ``progress`` shows a progress bar when standard error is a terminal. ``prune`` deletes
    derivatives that no image uses any more (after a complete run only). ``after`` are steps that
    need the finished manifests, run after a complete run with ``(result, root, out)``: the media
    build knows nothing of how the kiosk presents it (``kiosk.assets`` adds the first screen).
    ``job_seconds`` is the time limit of one job in a worker; drawings are always made in one.
    """
    started = time.monotonic()
    root = Path(root)
    out = Path(out) if out is not None else default_out(root)
    report = BuildReport(out=out)
    if result is None:
        from kiosk.content import load

        result = load(root)
    report.problems.extend(result.problems)
    try:
        out.mkdir(parents=True, exist_ok=True)
        _remove_temporaries(out)
    except OSError as exc:
        report.problems.append(output_problem(out, exc))
        report.seconds = time.monotonic() - started
        return report

    meta, previous, _ = read_manifest(out / IMAGES_MANIFEST, "images")
    last = previous  # what a running kiosk may be showing
    if meta.get("recipe") != images.RECIPE_VERSION:
        previous = {}
    jobs: Sequence[Job] = [
        *images.plan(result, out, previous=previous, force=force, max_pixels=max_pixels),
        *extra_jobs,
    ]
    records: dict[str, dict[str, dict[str, Any]]] = {"image": {}}
    todo: list[Job] = []
    for job in jobs:
        records.setdefault(job.kind, {})
        if not force and job.done():
            report.skipped += 1
            if job.record is not None:
                records[job.kind][job.key] = job.record
        else:
            todo.append(job)

    workers = max(1, workers or os.cpu_count() or 1)
    bar = _progress(len(todo), progress)

    def accept(job: Job, outcome: JobResult) -> None:
        report.problems.extend(outcome.problems)
        if any(p.severity is Severity.ERROR for p in outcome.problems):
            report.failed += 1
        elif outcome.record is not None:
            report.made += 1
            report.made_by_kind[job.kind] = report.made_by_kind.get(job.kind, 0) + 1
            records[job.kind][job.key] = outcome.record
        # else: nothing made and nothing wrong enough to fail (no speech synthesiser): its
        # warning says so, and the summary does not count it as made.
        bar.update(1)

    try:
        drawing = any(job.label.lower().endswith(images.VECTOR_TYPES) for job in todo)
        if (workers == 1 or len(todo) <= 1) and not drawing:
            _inline(todo, accept)
        else:  # a drawing can take any time to rasterise: only a worker has a time limit
            _parallel(todo, max(1, min(workers, len(todo))), accept, job_seconds)
    except _Interrupted:
        report.interrupted = True
    finally:
        bar.close()

    try:
        for kind, recs in records.items():
            data: dict[str, Any] = {"version": MANIFEST_VERSION, _section(kind): recs}
            if kind == "image":
                data["recipe"] = images.RECIPE_VERSION
            write_json_atomic(manifest_path(out, kind), data)
        if not report.interrupted:
            for step in after:
                report.problems.extend(step(result, root, out))
        if prune and not report.interrupted:
            report.pruned = _prune(out, records["image"], last)
        _remove_temporaries(out)
    except OSError as exc:
        report.problems.append(output_problem(out, exc))
    report.seconds = time.monotonic() - started
    return report
