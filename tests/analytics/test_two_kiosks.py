"""As an evaluator would try it: a day of scripted visits on two kiosks, one killed with -9
halfway; both logs stay intact and one report counts exactly the visits that were written."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from kiosk.analytics.report import build
from kiosk.analytics.store import loaded

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from kiosk.analytics.log import EventLog
from kiosk.analytics.recorder import Recorder
wall = [1_780_045_200.0]  # 09:00 UTC
mono = [0.0]
log = EventLog({path!r}, kiosk_id={kiosk!r}, clock=lambda: wall[0])
rec = Recorder(log, clock=lambda: mono[0], wall=lambda: wall[0])
rec.kiosk_started()
def advance(s):
    mono[0] += s
    wall[0] += s
for visit in range({visits}):
    rec.visit_started("vi" if visit % 2 else "en")
    for place in range(3):
        rec.place("section", "intro", f"panel-{{place}}", place, place == 0)
        advance(10)
    rec.quiz(0, visit % 4 == 0)
    advance(150)  # nobody touches it: the idle warning runs out
    rec.visit_ended("idle")
    advance(600)
    print(visit, flush=True)
    time.sleep({pause})
log.close()
"""


def _run(path: Path, kiosk: str, visits: int, pause: float) -> subprocess.Popen[str]:
    code = textwrap.dedent(_CHILD.format(root=str(ROOT), path=str(path), kiosk=kiosk, visits=visits, pause=pause))
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)


def test_two_kiosks_one_killed_halfway_give_intact_logs_and_one_true_report(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    whole = _run(a, "hall-a", 40, 0.0)
    killed = _run(b, "hall-b", 400, 0.02)
    assert killed.stdout is not None
    for _ in range(100):  # halfway through its day (a quarter of it, at least)
        killed.stdout.readline()
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait(timeout=10)
    killed.stdout.close()
    assert whole.communicate(timeout=60)[0].split()[-1] == "39" and whole.returncode == 0

    ended = {}
    for path in (a, b):
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        ended[path] = db.execute("SELECT count(*) FROM events WHERE kind = 'visit_end'").fetchone()[0]
        starts = db.execute("SELECT count(*) FROM events WHERE kind = 'visit_start'").fetchone()[0]
        assert starts - ended[path] in (0, 1)  # at most the visit under way when it was killed
        db.close()
    assert ended[a] == 40 and ended[b] >= 100 - 60  # killed: at most the last second lost (50 visits a second)

    with loaded([a, b]) as con:
        r = build(con, utc_offset_h=0)
    visits = ended[a] + ended[b]
    assert r.kiosks == ["hall-a", "hall-b"]
    assert r.visits in (visits, visits + 1)
    assert r.median_visit_s == 180.0  # three panels of 10 s, then 150 s of idle
    assert r.end_reasons["idle"] == visits
    # the visit under way at the kill may have left a panel or two
    assert all(p["visits"] in (visits, visits + 1) for p in r.funnel["intro"][:2])
    assert r.funnel["intro"][2]["idle_ends"] == visits  # every visit gave up on the third panel
    assert r.per_kiosk["hall-a"]["visits"] == 40
    assert (4, 9) in r.weekday_hour  # both days began at 09:00 on a Friday (UTC), a visit every 13 min
