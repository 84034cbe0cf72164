"""The health file: Prometheus' text format, written whole, gone when the kiosk stops."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.analytics.health import Health, render
from kiosk.analytics.log import Status


def test_render_gives_every_metric_in_the_text_format() -> None:
    text = render(
        started=100.0,
        last_frame=200.5,
        last_touch=0.0,
        release='demo-"1"',
        content_errors=2,
        disk_free=12345,
        status=Status(visits_today=7, starts_today=2, paused="the disk is full", dropped=3),
    )
    values = dict(re.findall(r"^(kiosk_\w+(?:\{[^}]*\})?) (\S+)$", text, re.M))
    assert values == {
        "kiosk_up": "1",
        "kiosk_start_time_seconds": "100",
        "kiosk_last_frame_timestamp_seconds": "200.5",
        "kiosk_last_touch_timestamp_seconds": "0",
        'kiosk_content_release_info{release="demo-\\"1\\""}': "1",
        "kiosk_content_errors": "2",
        "kiosk_disk_free_bytes": "12345",
        "kiosk_visits_today": "7",
        "kiosk_starts_today": "2",
        "kiosk_analytics_paused": "1",
        "kiosk_analytics_dropped_total": "3",
    }
    assert text.count("# TYPE") == len(values)


def test_without_analytics_the_visit_figures_are_left_out() -> None:
    text = render(started=1, last_frame=1, last_touch=1, release="", content_errors=0, disk_free=None, status=None)
    assert "kiosk_visits_today" not in text and "kiosk_up 1" in text


def test_the_file_is_written_at_once_and_removed_at_close(tmp_path: Path) -> None:
    path = tmp_path / "metrics" / "kiosk.prom"
    health = Health(path, interval=60)
    health.update(release="demo-1", content_errors=1)
    health.write()
    text = path.read_text(encoding="utf-8")
    assert 'kiosk_content_release_info{release="demo-1"} 1' in text and "kiosk_content_errors 1" in text
    health.close()  # its thread stops, and the file goes: a stopped kiosk is not "up"
    assert list(path.parent.iterdir()) == []  # no temporary file left either
