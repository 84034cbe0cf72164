"""Benchmark of the anonymous event log (README, "Benchmark: visitor statistics").

1. The tap path: what logging costs the GUI thread per visitor action (the recorder's bookkeeping
   and one tuple on the queue), with the writer thread running and committing every second.
2. The report: ``kiosk report`` over 1,000,000 events from 50 kiosks' logs (target: under 10 s).

    .venv/bin/python bench/analytics.py [--events 1000000] [--kiosks 50]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.analytics.log import EventLog
from kiosk.analytics.recorder import Recorder
from tests.analytics.synthetic import events_of, random_day, write_log


def tap_path(folder: Path, taps: int = 20000) -> dict[str, float]:
    log = EventLog(folder / "tap.sqlite", kiosk_id="bench")
    rec = Recorder(log)
    rec.visit_started("vi")
    costs = []
    for i in range(taps):
        start = time.perf_counter()
        rec.place("section", f"section-{i % 4}", f"panel-{i % 9}", i % 9, i % 9 == 0)  # a panel change
        costs.append(time.perf_counter() - start)
    rec.visit_ended("idle")
    log.close()
    costs.sort()
    us = [c * 1e6 for c in costs]
    return {"median_us": statistics.median(us), "p99_us": us[int(len(us) * 0.99)], "max_us": us[-1]}


def make_logs(folder: Path, events: int, kiosks: int) -> list[Path]:
    rng = random.Random(54)
    per = events // kiosks
    day0 = 1_780_000_000_000 - 1_780_000_000_000 % 86_400_000
    paths = []
    for k in range(kiosks):
        scripts, count, day = [], 0, 0
        while count < per - 2:
            for s in random_day(rng, day0 + (day % 60) * 86_400_000, 20):
                n = len(events_of(0, s))
                if count + n > per - 2:
                    break
                scripts.append(s)
                count += n
            else:
                day += 1
                continue
            break
        path = folder / f"kiosk-{k:02d}.sqlite"
        write_log(path, f"hall-{k:02d}", scripts, release="demo-1" if k % 2 else "demo-2", seed=k)
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--kiosks", type=int, default=50)
    args = parser.parse_args()
    from kiosk.analytics.report import write

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tap = tap_path(folder)
        print(
            f"tap path: median {tap['median_us']:.1f} µs, 99th percentile {tap['p99_us']:.1f} µs, "
            f"worst {tap['max_us']:.0f} µs a panel change (target: under 1000 µs)"
        )
        start = time.perf_counter()
        logs = make_logs(folder, args.events, args.kiosks)
        print(f"made {len(logs)} logs in {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        report, page = write(logs, folder / "report")
        took = time.perf_counter() - start
        print(
            f"report: {report.events:,} events, {report.visits:,} visits, {len(report.kiosks)} kiosks in "
            f"{took:.1f} s (target: under 10 s); page {page.stat().st_size / 1024:.0f} KB"
        )
    return 0 if took < 10 and tap["p99_us"] < 1000 else 1


if __name__ == "__main__":
    raise SystemExit(main())
