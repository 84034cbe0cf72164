"""The fault benchmark: kill the updater and the build at random moments, and prove after every
kill that the kiosk starts on a whole release. Run by hand (not a test):

    .venv/bin/python bench/faults.py [--rounds 40] [--seed 15] [--content DIR] [--start-every 5]

Each round changes a copy of the content (a title; every third round a picture too, so the build
has real work; one round in seven an error, so validation refuses it), then runs ``kiosk update``
in its own process group and sends SIGKILL at a random moment within the time a whole update
takes, to one of:

- the whole group (what systemd does to the unit's cgroup, and what a power cut does),
- the updater's main process only (its build workers and health check are orphaned),
- one of its child processes (a build worker, git, or the kiosk under health check),
- itself, at one of the ten steps ``kiosk.update.releases.fault`` names (``KIOSK_UPDATE_FAULT``),
  because the steps after the build take milliseconds and random moments seldom hit them.

After every kill: ``current`` (or, if it names no whole release, ``last-good``) must name a
release whose every file matches its seal's SHA-256, ``current`` itself must be whole (never
passed over), and no staging folder may look like a release. Every ``--start-every`` rounds, and
at the end, the kiosk itself is started on it offscreen (``kiosk run --check``: first frame drawn,
content loaded, no error). The next round's update must clean up after the killed one. Orphaned
processes still alive 3 s after the kill are counted (then ended, by pid). Prints a Markdown
table for the README; exits 1 if any release was not whole or any start failed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
here = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]  # bench/kiosk.py shadows the package
sys.path.insert(0, str(ROOT))

from kiosk.update.health import check_by_running  # noqa: E402
from kiosk.update.releases import CURRENT, Releases  # noqa: E402

#: The steps kiosk.update.releases.fault can stop an update at (an invalid round stops before most).
FAULT_STEPS = ["fetched", "validated", "built", "sealed", "renamed", "pointer-current", "switched", "checked"]
FAULT_STEPS += ["pointer-last-good", "kept"]
KIOSK = [sys.executable, "-c", "from kiosk.cli import main; raise SystemExit(main())"]
#: What the updater says as it goes, and the step each line starts.
STEPS = [
    ("fetching", "fetch"),
    ("validating", "validate"),
    ("building", "build"),
    ("made", "seal"),
    ("switching", "switch + health check"),
    ("is in use", "done"),
]


def _marked(marker: str) -> list[int]:
    """Processes (other than this one) started by this benchmark: they carry the marker."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if f"KIOSK_FAULT_BENCH={marker}".encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    kids = [int(x) for x in text.split()]
    return kids + [g for k in kids for g in _children(k)]


def _change(source: Path, n: int, rnd: random.Random) -> str:
    exhibit = next(source.glob("exhibits/*/exhibit.yaml"))
    text = exhibit.read_text(encoding="utf-8")
    text = re.sub(r"^(title:\s*\n\s+\w+: [^\n(]*?)(?: \(\d+\))?$", rf"\1 ({n})", text, count=1, flags=re.M)
    text = re.sub(r"^(title: \{\w+: [^,(]*?)(?: \(\d+\))?,", rf"\1 ({n}),", text, count=1, flags=re.M)
    kind = "title"
    if n % 3 == 0:
        pictures = sorted(source.glob("assets/**/*.svg")) or sorted(source.glob("assets/**/*.jpg"))
        if pictures:
            picture = rnd.choice(pictures)
            if picture.suffix == ".svg":
                picture.write_text(picture.read_text(encoding="utf-8") + f"<!-- {n} -->\n", encoding="utf-8")
            else:
                picture.write_bytes(picture.read_bytes() + bytes([n % 256]))
            kind = "title + picture"
    broken = rnd.random() < 1 / 7
    if broken:
        text = re.sub(r"^title:", "titel:", text, count=1, flags=re.M)
        kind += " (invalid)"
    else:
        text = re.sub(r"^titel:", "title:", text, count=1, flags=re.M)
    exhibit.write_text(text, encoding="utf-8")
    return kind


def _update(source: Path, state: Path, marker: str, log: Path, step: str | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KIOSK_FAULT_BENCH": marker, "PYTHONSAFEPATH": "1"}
    if step:
        env["KIOSK_UPDATE_FAULT"] = f"kill:{step}"  # kiosk.update.releases.fault: SIGKILL itself there
    with open(log, "wb") as out:
        return subprocess.Popen(
            [*KIOSK, "update", str(source), "--state-dir", str(state), "--check-seconds", "60"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            cwd=state,
        )


def _reached(log: Path) -> str:
    said = log.read_text(encoding="utf-8", errors="replace")
    step = "start"
    for word, name in STEPS:
        if word in said:
            step = name
    return step


def _verify(releases: Releases) -> str | None:
    release, note = releases.start()
    if release is None:
        return f"no whole release to start on ({note})"
    if releases.pointer(CURRENT) != release.id:
        return f"current is not whole ({note})"
    why = release.problem(deep=True)
    if why:
        return f"release {release.id}: {why}"
    for folder in releases.folder.iterdir():
        if not folder.name.startswith(".") and releases.get(folder.name) is None:
            return f"{folder} looks like a release but has no seal"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--content", default=str(ROOT), help="content folder to copy (default: the bundled exhibit)")
    parser.add_argument("--start-every", type=int, default=5, help="start the kiosk on the release every N rounds")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rnd = random.Random(args.seed)
    marker = uuid.uuid4().hex
    work = Path(tempfile.mkdtemp(prefix="kiosk-faults-"))
    source, state = work / "src", work / "state"
    for part in ("exhibits", "assets"):
        shutil.copytree(Path(args.content) / part, source / part)
    state.mkdir()
    releases = Releases(state)
    log = work / "update.log"

    began = time.monotonic()
    first = _update(source, state, marker, log)
    if first.wait() != 0:
        print(log.read_text(encoding="utf-8"))
        return 1
    full = time.monotonic() - began
    print(f"first update (nothing built yet): {full:.1f} s", flush=True)
    timing = []
    for n in range(2):  # what a whole update takes from here on
        _change(source, 1000 + n, random.Random(n))
        t0 = time.monotonic()
        _update(source, state, marker, log).wait()
        timing.append(time.monotonic() - t0)
    window = max(timing)
    print(f"a whole update: {window:.1f} s; kills fall within 0 … {window * 1.1:.1f} s", flush=True)

    rows = []
    bad: list[str] = []
    starts = [0, 0]
    orphans_total = 0
    orphaned: list[str] = []
    modes = {"group": 0, "main": 0, "child": 0, "at-step": 0}
    steps: dict[str, int] = {}
    t_all = time.monotonic()
    for n in range(args.rounds):
        kind = _change(source, n, rnd)
        mode = rnd.choice(("group", "group", "main", "child", "at-step"))
        at = rnd.choice(FAULT_STEPS) if mode == "at-step" else None
        child = _update(source, state, marker, log, at)
        delay = rnd.uniform(0.0, window * 1.1)
        if at:
            child.wait()
        else:
            time.sleep(delay)
        finished = child.poll() is not None and not at
        if not finished and not at:
            if mode == "group":
                os.killpg(child.pid, signal.SIGKILL)
            elif mode == "main":
                child.send_signal(signal.SIGKILL)
            else:
                kids = _children(child.pid)
                if kids:
                    os.kill(rnd.choice(kids), signal.SIGKILL)
                else:
                    mode = "main"
                    child.send_signal(signal.SIGKILL)
        code = child.wait()
        step = "finished" if finished else (f"{at} (by itself)" if at else _reached(log))
        if finished and code != 0:
            said = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            errors = [line for line in said if ": error:" in line]
            step = f"finished: {(errors or said or [str(code)])[0][:90]}"
        time.sleep(3 if mode != "group" and not finished else 0)
        left = _marked(marker)
        orphans_total += len(left)
        for pid in left:
            with contextlib.suppress(OSError):
                command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:120]
                orphaned.append(f"round {n} ({mode} at {step}): {command}")
        for pid in left:  # ours: started by this benchmark, carrying its marker
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        why = _verify(releases)
        if why:
            bad.append(f"round {n} ({mode} at {step}): {why}")
        if not finished:
            modes[mode] += 1
            steps[step] = steps.get(step, 0) + 1
        started = None
        if (n + 1) % args.start_every == 0 or n == args.rounds - 1:
            reason = check_by_running(state)
            started = reason is None
            starts[0 if started else 1] += 1
            if reason:
                bad.append(f"round {n}: the kiosk did not start on its release: {reason}")
        current = releases.pointer(CURRENT)
        rows.append(
            (n, kind, f"{delay:.2f}", "—" if finished else mode, step, code, len(left), why or "whole", started)
        )
        print(
            f"round {n:3d}: {kind:22s} kill {'—' if finished else mode:5s} at {delay:5.2f} s ({step}); "
            f"exit {code}; orphans {len(left)}; {why or 'whole'}; current {current}"
            + ("" if started is None else f"; started: {'yes' if started else 'NO'}"),
            flush=True,
        )
    elapsed = time.monotonic() - t_all
    print()
    print(
        "| rounds | killed (group / main only / one child / at a step) | kill landed in | whole after every kill "
        "| kiosk started on it | orphans left | time |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    landed = ", ".join(f"{k} {v}" for k, v in sorted(steps.items(), key=lambda kv: -kv[1]))
    print(
        f"| {args.rounds} | {modes['group']} / {modes['main']} / {modes['child']} / {modes['at-step']} | {landed} | "
        f"{args.rounds - len([b for b in bad if 'did not start' not in b])}/{args.rounds} | "
        f"{starts[0]}/{starts[0] + starts[1]} | {orphans_total} | {elapsed:.0f} s |"
    )
    for line in bad:
        print(f"- {line}")
    for line in orphaned:
        print(f"- orphan: {line}")
    shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
