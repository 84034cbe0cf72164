"""The report's numbers on a known, scripted log from two kiosks; suppression; export."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from kiosk.analytics.report import build, render
from kiosk.analytics.store import LogError, loaded
from kiosk.cli import main
from tests.analytics.synthetic import Script, write_log

DAY = 1_780_012_800_000  # a Friday, 00:00 UTC
HOUR = 3_600_000


@pytest.fixture
def logs(tmp_path: Path) -> list[Path]:
    a = [
        Script(
            DAY + 10 * HOUR + i * 60_000,
            lang="vi",
            panels=[("intro", "a", 0, 10), ("intro", "b", 1, 20)],
            reason="idle",
            media=[("media/voices.mp3", 45, 90)],
            quiz=[(0, i < 3)],
            features=["text_size"] if i < 5 else [],
        )
        for i in range(6)
    ]
    b = [
        Script(DAY + 14 * HOUR + i * 60_000, lang="en", panels=[("places", "c", 0, 30)], reason="start_over")
        for i in range(4)
    ]
    write_log(tmp_path / "a.sqlite", "hall-a", a, release="demo-1")
    write_log(tmp_path / "b.sqlite", "hall-b", b, release="demo-2")
    return [tmp_path / "a.sqlite", tmp_path / "b.sqlite"]


def test_the_report_counts_the_scripted_visits(logs: list[Path]) -> None:
    with loaded(logs) as con:
        r = build(con, utc_offset_h=0)
    assert r.kiosks == ["hall-a", "hall-b"]
    assert r.visits == 10 and r.days == 1
    assert r.median_visit_s == 60.0  # six of 60 s (30 s seen, 30 s of idle warning), four of 30 s
    assert r.mean_visit_s == pytest.approx(48.0)
    assert r.end_reasons == {"idle": 6, "start_over": 4}
    assert r.diligent_share == pytest.approx(0.6)  # kiosk A's visits saw 2 of the 3 panels
    intro, places = r.sections
    assert intro == {"section": "intro", "visits": 6, "attraction": 0.6, "holding_s": 30.0}
    assert places["section"] == "places" and places["visits"] is None and places["attraction"] is None
    assert [(p["n"], p["visits"], p["holding_s"], p["idle_ends"]) for p in r.funnel["intro"]] == [
        (0, 6, 10.0, 0),
        (1, 6, 20.0, 6),
    ]
    assert r.media == [
        {
            "kind": "media",
            "item": "media/voices.mp3",
            "section": None,
            "panel": None,
            "visits": 6,
            "holding_power": 0.5,
            "heard_s": 45.0,
        }
    ]
    assert r.quiz == [{"section": "quiz", "panel": "q", "question": 1, "visits": 6, "correct": 0.5}]
    assert r.languages == {"vi": 0.6, "en": None}
    assert r.features["text_size"] == 5 and r.features["captions"] == 0
    assert r.weekday_hour == {(4, 10): 6, (4, 14): None}
    assert r.dwell[2] == ("30–60 s", None) and r.dwell[3] == ("1–2 min", 6)
    assert ("(start)", "intro", 6) in r.paths and ("(start)", "places", None) in r.paths
    assert r.per_kiosk["hall-a"]["visits"] == 6 and r.per_kiosk["hall-b"]["visits"] is None
    assert [rel for _, rel in r.releases] == ["demo-1", "demo-2"]


def test_the_page_is_self_contained_and_suppresses_small_cells(logs: list[Path]) -> None:
    with loaded(logs) as con:
        page = render(build(con, utc_offset_h=0))
    assert "<script" not in page and "<link" not in page and "<img" not in page
    assert set(re.findall(r"https?://[^\"' ]+", page)) == {"http://www.w3.org/2000/svg"}  # the SVG namespace only
    assert "&lt;5" in page and "hall-b" in page and page.count("<svg") >= 8
    assert "Summary (for a funder" in page


def test_kiosk_report_and_export_from_the_command_line(logs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "report"
    assert main(["report", *map(str, logs), "--out", str(out), "--utc-offset", "0"]) == 0
    assert (out / "index.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["analytics", "export", *map(str, logs), "--format", "csv", "--out", str(tmp_path / "e.csv")]) == 0
    with open(tmp_path / "e.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["kiosk"] for r in rows} == {"hall-a", "hall-b"}
    assert sum(r["kind"] == "visit_start" for r in rows) == 10
    assert (
        main(["analytics", "export", *map(str, logs), "--format", "parquet", "--out", str(tmp_path / "e.parquet")]) == 0
    )
    import duckdb

    assert duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'e.parquet'}'").fetchall() == [(len(rows),)]


def test_a_file_that_is_not_a_log_is_refused_calmly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("hello")
    with pytest.raises(LogError), loaded([bad]):
        pass
    assert main(["report", str(bad), "--out", str(tmp_path / "r")]) == 1
    assert "not a kiosk event log" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "missing.sqlite"), "--out", str(tmp_path / "r")]) == 2
