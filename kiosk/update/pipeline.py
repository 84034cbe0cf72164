"""``kiosk update FROM``: fetch → validate → build → seal → switch → health check → keep, or roll
back to ``last-good`` and say why.

Every step before the switch works in a staging folder the kiosk never reads; the switch and the
roll-back are one atomic pointer write each (:mod:`kiosk.update.releases`). One update runs at a
time (a lock file under the state directory, released by the system when the process dies).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.update.releases import CURRENT, LAST_GOOD, Release, Releases, fault

__all__ = ["Outcome", "UpdateError", "content_key", "fetch", "prepare", "switch", "update"]

#: What a release takes from a content folder: the exhibits and their media, nothing else.
CONTENT_PARTS = ("exhibits", "assets")
GIT_TIMEOUT = 600.0


@dataclass
class Outcome:
    """What an update did: ``ok`` and the release now in use (or made), what to say, and the
    content's problems (``file:line:col: …``, relative to the content folder)."""

    ok: bool
    release: Release | None = None
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unchanged: bool = False


class UpdateError(Exception):
    """A step failed for a reason an operator can act on (the message says which)."""


@contextlib.contextmanager
def _lock(releases: Releases) -> Iterator[None]:
    releases.state_dir.mkdir(parents=True, exist_ok=True)
    with open(releases.state_dir / "update.lock", "a+b") as f:
        try:
            import fcntl
        except ImportError:  # Windows: one update at a time is up to the operator
            yield
            return
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise UpdateError("another update is running (it holds update.lock); wait for it to finish") from None
        yield


# -- fetch -------------------------------------------------------------------------------------


def _is_bundle(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16).startswith((b"# v2 git bundle", b"# v3 git bundle"))
    except OSError:
        return False


def _is_remote(source: str) -> bool:
    return "://" in source or source.startswith("git@") or source.endswith(".git")


def _copy_content(src: Path, dest: Path) -> list[str]:
    """Copy the exhibits and assets of ``src`` into ``dest``: regular files only (a symbolic link
    could point outside the folder, a named pipe would hang the copy); says what it left out."""
    notes: list[str] = []
    for part in CONTENT_PARTS:
        top = src / part
        if not top.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (Path(dirpath) / d).is_symlink())
            out = dest / Path(dirpath).relative_to(src)
            out.mkdir(parents=True, exist_ok=True)
            for name in sorted(filenames):
                path = Path(dirpath) / name
                mode = path.lstat().st_mode
                if name.startswith("."):
                    continue
                if not stat.S_ISREG(mode):
                    notes.append(f"{path.relative_to(src)}: left out (not a regular file)")
                    continue
                shutil.copy2(path, out / name)
    return notes


def _git(*args: str) -> None:
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0"}
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, timeout=GIT_TIMEOUT, env=env)
    except FileNotFoundError:
        raise UpdateError("git is not installed: install it (apt-get install git), or update from a folder") from None
    except subprocess.TimeoutExpired:
        raise UpdateError(f"git {args[0]} took longer than {GIT_TIMEOUT:.0f} s") from None
    if done.returncode != 0:
        raise UpdateError(f"git {args[0]} failed: {(done.stderr or done.stdout).strip().splitlines()[-1:]}")


def _bundle_branch(bundle: Path) -> str | None:
    """The branch to take from a bundle made without HEAD (``git bundle create x.bundle main``):
    main, else master, else its only branch; None lets git take the bundle's HEAD."""
    try:
        done = subprocess.run(["git", "bundle", "list-heads", str(bundle)], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    refs = [line.split()[-1] for line in done.stdout.splitlines() if line.strip()]
    if "HEAD" in refs:
        return None
    heads = [r.removeprefix("refs/heads/") for r in refs if r.startswith("refs/heads/")]
    for name in ("main", "master"):
        if name in heads:
            return name
    return heads[0] if len(heads) == 1 else None


def fetch(source: str, branch: str | None, staging: Path) -> tuple[str, list[str]]:
    """Bring ``source`` (a content folder, a git remote or repository with ``branch``, or a git
    bundle file) into ``staging/content``; returns how to name the source, and notes."""
    path = Path(source).expanduser()
    content = staging / "content"
    if branch or _is_remote(source) or _is_bundle(path) or (path.is_dir() and not (path / "exhibits").is_dir()):
        if path.exists():
            source = str(path.resolve())
        clone = staging / "git"
        local = path.exists()
        if branch is None and _is_bundle(path):
            branch = _bundle_branch(path)
        _git(
            "clone",
            "--quiet",
            "--no-tags",
            *(() if local else ("--depth", "1")),
            *(("--branch", branch) if branch else ()),
            "--",
            source,
            str(clone),
        )
        if not (clone / "exhibits").is_dir():
            raise UpdateError(f"{source}{'@' + branch if branch else ''} has no exhibits/ folder at its top")
        notes = _copy_content(clone, content)
        shutil.rmtree(clone, ignore_errors=True)
        return f"{source}{'@' + branch if branch else ''}", notes
    if not path.is_dir():
        raise UpdateError(f"{source} is not a content folder, a git repository or a git bundle")
    return str(path.resolve()), _copy_content(path.resolve(), content)


def _seed(previous: Release | None, out: Path) -> int:
    """Start the build from the built media of ``previous``: hard links (a copy where links are
    not possible), only of files that still match its seal, so a damaged file is made again. Safe
    because a release's files are never written: the build replaces a file by renaming a new one
    over it, which leaves the old release's link alone."""
    from kiosk.update.releases import _sha256

    if previous is None:
        return 0
    files = previous.seal.get("files", {})
    n = 0
    for rel, record in files.items() if isinstance(files, dict) else ():
        if not rel.startswith("content/.derivatives/"):
            continue
        src = previous.folder / rel
        dest = out / rel.removeprefix("content/.derivatives/")
        try:
            if src.stat().st_size != record[0] or _sha256(src) != record[1]:
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(src, dest)
            except OSError:
                shutil.copy2(src, dest)
                dest.chmod(0o644)
        except OSError:
            continue
        n += 1
    return n


def content_key(content: Path) -> str:
    """A hash of every file of a content folder (names and bytes): equal keys, equal content."""
    from kiosk.update.releases import _files, _sha256

    digest = hashlib.sha256()
    for path in _files(content):
        digest.update(f"{path.relative_to(content).as_posix()}\0{_sha256(path)}\n".encode())
    return "sha256:" + digest.hexdigest()


# -- the steps ---------------------------------------------------------------------------------


def prepare(
    source: str,
    releases: Releases,
    *,
    branch: str | None = None,
    jobs: int | None = None,
    say: Callable[[str], None] = print,
) -> Outcome:
    """Fetch, validate, build and seal a release of ``source`` (no pointer changes). ``ok`` is
    False with the reasons when any step fails; ``unchanged`` when ``current`` has this content."""
    try:
        with _lock(releases):
            return _prepare(source, releases, branch, jobs, say)
    except UpdateError as exc:
        return Outcome(False, lines=[f"update: {exc}"])
    except OSError as exc:  # the state directory cannot be written (full, read-only, no permission)
        return Outcome(False, lines=[f"update: {exc.filename or releases.state_dir}: {exc.strerror or exc}"])


def _prepare(
    source: str, releases: Releases, branch: str | None, jobs: int | None, say: Callable[[str], None]
) -> Outcome:
    staging = releases.staging()
    try:
        say(f"update: fetching {source}")
        name, notes = fetch(source, branch, staging)
        for note in notes:
            say(f"update: {note}")
        fault("fetched")
        content = staging / "content"
        key = content_key(content)
        current = releases.current()
        if current is not None and current.source_key == key:
            shutil.rmtree(staging, ignore_errors=True)
            return Outcome(True, current, [f"update: {name} is what release {current.id} already has"], unchanged=True)
        say("update: validating")
        from kiosk.content import load
        from kiosk.content.model import Severity

        result = load(content)
        errors = [p for p in result.problems if p.severity is Severity.ERROR]
        if errors or not result.exhibits:
            problems = [p.format() for p in errors] or ["exhibits/: no exhibit could be loaded"]
            return Outcome(
                False,
                lines=[f"update: {name} has {len(problems)} error(s); nothing was changed"],
                problems=problems,
            )
        fault("validated")
        say("update: building pictures and narration")
        from kiosk.assets import build
        from kiosk.media import narration

        out = content / ".derivatives"
        base = current or releases.last_good()
        seeded = _seed(base, out)
        if seeded and base is not None:
            say(f"update: {seeded} built file(s) taken from release {base.id}")
        report = build(
            content, out, result=result, extra_jobs=narration.plan(result, out), workers=jobs, progress=False
        )
        if not report.ok or report.interrupted:
            problems = [p.format() for p in report.problems]
            return Outcome(False, lines=[f"update: the build of {name} failed; nothing was changed"], problems=problems)
        fault("built")
        release = releases.seal(staging, name, key, result.exhibits[0].id)
        say(f"update: release {release.id} made")
        releases.prune(keep={release.id})  # releases made and never shown do not pile up
        return Outcome(True, release)
    except UpdateError:
        raise
    except OSError as exc:
        return Outcome(False, lines=[f"update: {exc.filename or ''} {exc.strerror or exc}; nothing was changed"])
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def switch(releases: Releases, release: Release, check: Callable[[], str | None] | None) -> Outcome:
    """Point ``current`` at ``release``, run the health check, then keep it (``last-good`` too)
    or point ``current`` back at ``last-good`` (none: the kiosk shows its configured content)."""
    good = releases.last_good()
    releases.point(CURRENT, release)
    fault("switched")
    why = check() if check is not None else None
    fault("checked")
    if why is None:
        releases.point(LAST_GOOD, release)
        fault("kept")
        gone = releases.prune()
        lines = [f"update: release {release.id} is in use (current and last-good)"]
        if gone:
            lines.append(f"update: {len(gone)} old release(s) removed")
        return Outcome(True, release, lines)
    back = good if good is not None and good.id != release.id else None
    releases.point(CURRENT, back)
    fault("rolled-back")
    where = (
        f"back on release {back.id} (last-good)"
        if back
        else "no release is left in use: the kiosk shows its content folder"
    )
    return Outcome(False, back, [f"update: release {release.id} failed its health check ({why}); {where}"])


def update(
    source: str,
    releases: Releases,
    *,
    branch: str | None = None,
    jobs: int | None = None,
    check: Callable[[], str | None] | None = None,
    say: Callable[[str], None] = print,
) -> Outcome:
    """The whole update; the outcome says what happened and why."""
    try:
        with _lock(releases):
            made = _prepare(source, releases, branch, jobs, say)
            if not made.ok or made.unchanged or made.release is None:
                return made
            say("update: switching, then checking that the kiosk starts on it")
            return switch(releases, made.release, check)
    except UpdateError as exc:
        return Outcome(False, lines=[f"update: {exc}"])
    except OSError as exc:
        return Outcome(False, lines=[f"update: {exc.filename or releases.state_dir}: {exc.strerror or exc}"])
