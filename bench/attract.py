"""CPU of the kiosk on its attract loop, against its idle home screen and a bare Qt Quick window.

Run by hand (not a test), on a quiet machine:

    .venv/bin/python bench/attract.py [--seconds 30] [--runs 1] [--before DIR] [--content DIR]

A kiosk shows its attract loop most of the day, so what the loop costs while nobody is there is
what the PC spends all day. Each program runs full screen on a virtual X server (Xvfb, 1920x1080,
no window manager) with Qt's default scene graph backend (OpenGL through Mesa's llvmpipe when
there is no GPU), as a museum PC with a bare X server would, and is left alone: after a warm-up
(content loaded, first slides drawn) its own CPU time (every thread: the GUI thread and the
render thread) is read over ``--seconds``, with the frames it swapped meanwhile.

``--before DIR`` also measures the attract loop of another checkout of the code (e.g. ``git archive
main | tar -x -C DIR``, with its translations compiled) on the same content, in the same run.
Prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# bench/kiosk.py's bare window and environment (imported by path: its name is the package's).
_spec = importlib.util.spec_from_file_location("bench_kiosk", Path(__file__).with_name("kiosk.py"))
assert _spec and _spec.loader
bench_kiosk = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_kiosk)
BARE_QML: bytes = bench_kiosk.BARE_QML
_env = bench_kiosk._env

# Shared by both children: after WARM seconds, the process's CPU time and frames over SECONDS.
MEASURE = r"""
import json, os, time
from PySide6.QtCore import QTimer
def measure(window, warm, seconds, extra):
    frames = [0]
    window.frameSwapped.connect(lambda: frames.__setitem__(0, frames[0] + 1))
    start = {}
    def begin():
        t = os.times()
        start.update(cpu=t.user + t.system, wall=time.monotonic(), frames=frames[0])
        QTimer.singleShot(int(seconds * 1000), end)
    def end():
        t = os.times()
        wall = time.monotonic() - start["wall"]
        out = {"cpu": (t.user + t.system - start["cpu"]) / wall, "fps": (frames[0] - start["frames"]) / wall,
               "size": [window.width(), window.height()]}
        out.update(extra())
        print(json.dumps(out), flush=True)
        os._exit(0)
    QTimer.singleShot(int(warm * 1000), begin)
"""

BARE_CHILD = (
    MEASURE
    + r"""
import sys
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
import PySide6.QtQuick
app = QGuiApplication(sys.argv[:1])
engine = QQmlApplicationEngine()
engine.loadData(QByteArray(open(sys.argv[1], "rb").read()))
measure(engine.rootObjects()[0], float(sys.argv[2]), float(sys.argv[3]), lambda: {"screen": "bare"})
app.exec()
"""
)

# The kiosk as `kiosk run` starts it (full screen), left on its attract loop or, for "home",
# touched once: the visit starts (when the content has arrived) and nobody touches it again.
KIOSK_CHILD = (
    MEASURE
    + r"""
import sys
import kiosk
from kiosk.ui import app as kapp
content_dir, state_dir, warm, seconds, mode = sys.argv[1:6]
original = kapp.Kiosk.__init__
def init(self, *args, **kwargs):
    original(self, *args, **kwargs)
    if mode == "home":
        self.visit.start()  # kept until the content has arrived if it is still loading
    measure(self.window, float(warm), float(seconds),
            lambda: {"screen": self.visit.screen, "code": os.path.dirname(kiosk.__file__)})
kapp.Kiosk.__init__ = init
from kiosk.cli import main
config = os.path.join(state_dir, "settings.yaml")
os.makedirs(state_dir, exist_ok=True)
with open(config, "w") as f:
    f.write("reduce_motion: true\n" if mode == "reduced" else "windowed: false\n")
main(["run", "--content", content_dir, "--state-dir", state_dir, "--config", config])
"""
)


def _xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A virtual X server on a display number it picks itself (other benchmarks may hold :93)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.terminate()
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


def _run(args: list[str], env: dict[str, str], timeout: float, cwd: str) -> dict[str, object]:
    # Run from elsewhere than the checkout: ``python -c`` puts the working directory first on the
    # path, which would shadow --before's code.
    out = subprocess.run(
        [sys.executable, "-c", *args], env=env, capture_output=True, text=True, timeout=timeout, cwd=cwd
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the child printed nothing: {out.stderr[-2000:]}")
    result: dict[str, object] = json.loads(lines[-1])
    if result["size"] != [1920, 1080]:  # a smaller window would be a false saving
        raise RuntimeError(f"the window was {result['size']}, not the full 1920x1080 screen")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="how long each is measured")
    parser.add_argument("--warm", type=float, default=8.0, help="seconds left to settle before measuring")
    parser.add_argument("--runs", type=int, default=1, help="runs of each (medians reported)")
    parser.add_argument("--content", default=str(ROOT))
    parser.add_argument("--before", metavar="DIR", help="another checkout whose attract loop to measure too")
    parser.add_argument("--only", metavar="NAMES", help="only these, e.g. attract,home (quicker while tuning)")
    args = parser.parse_args()
    if not shutil.which("Xvfb"):
        print("bench/attract.py needs Xvfb (apt-get install xvfb)", file=sys.stderr)
        return 2

    server, display = _xvfb()
    env = _env(display)
    timeout = args.warm + args.seconds + 60
    results: dict[str, list[dict[str, object]]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            bare = Path(tmp) / "bare.qml"
            bare.write_bytes(BARE_QML)
            timing = [str(args.warm), str(args.seconds)]
            cases: list[tuple[str, list[str], dict[str, str]]] = [("bare", [BARE_CHILD, str(bare), *timing], env)]
            for name, code in ([("before", args.before)] if args.before else []) + [("attract", None)]:
                case_env = dict(env, PYTHONPATH=str(Path(code).resolve())) if code else env
                state = Path(tmp) / name
                cases.append((name, [KIOSK_CHILD, args.content, str(state), *timing, "attract"], case_env))
            reduced = [KIOSK_CHILD, args.content, str(Path(tmp) / "reduced"), *timing, "reduced"]
            cases.append(("reduced", reduced, env))
            cases.append(("home", [KIOSK_CHILD, args.content, str(Path(tmp) / "home"), *timing, "home"], env))
            if args.only:
                cases = [c for c in cases if c[0] in args.only.split(",")]
            for _ in range(args.runs):  # alternate, so that none gets all the quiet moments
                for name, child, case_env in cases:
                    result = _run(child, case_env, timeout, tmp)
                    wanted = {"home": "home", "bare": "bare"}.get(name, "attract")
                    if result["screen"] != wanted:
                        raise RuntimeError(f"{name}: the kiosk was on {result['screen']}, not {wanted}")
                    results.setdefault(name, []).append(result)
                    print(f"{name}: {json.dumps(result)}", file=sys.stderr)
    finally:
        server.terminate()

    def cpu(name: str) -> str:
        return f"{statistics.median(float(r['cpu']) for r in results[name]) * 100:.1f} %"  # type: ignore[arg-type]

    def fps(name: str) -> str:
        return f"{statistics.median(float(r['fps']) for r in results[name]):.1f}"  # type: ignore[arg-type]

    print(
        f"Xvfb 1920x1080, no window manager, Qt's default scene graph backend; {os.cpu_count()} cores; "
        f"{args.seconds:.0f} s each after {args.warm:.0f} s to settle, {args.runs} run(s), medians.\n"
    )
    print("| screen, left alone | CPU (of one core) | frames a second | target |")
    print("| --- | --- | --- | --- |")
    rows = [
        ("bare", "bare Qt Quick window", "—"),
        ("home", "kiosk, home screen", "—"),
        ("before", "kiosk, attract loop before (--before)", "—"),
        ("attract", "kiosk, attract loop", "≤ 10 %"),
        ("reduced", "kiosk, attract loop with reduce_motion: true", "≤ 10 %"),
    ]
    for name, label, target in rows:
        if name in results:
            print(f"| {label} | {cpu(name)} | {fps(name)} | {target} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
