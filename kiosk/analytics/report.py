"""``kiosk report``: the evaluator's report, one self-contained HTML file with inline SVG charts.

Every figure is a DuckDB query over the ``events`` table of :mod:`kiosk.analytics.store`. Any
cell that rests on fewer than :data:`MIN_VISITS` visits is suppressed (shown as "<5").

Serrell's measures, as far as a kiosk can take them: *attraction* of a section (the share of
visits that opened it), *holding time* (median time in a visit, a section, a panel), *holding
power* of a recording (the share of its length heard), and *thorough use* (the share of
"diligent" visits, which saw more than half the panels). Attraction of the kiosk itself (who
passes by without stopping) needs a people counter; it is not measured.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.analytics import svg

if TYPE_CHECKING:
    import duckdb

#: Cells resting on fewer visits than this are not shown.
MIN_VISITS = 5
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DWELL_BINS = ((0, 15), (15, 30), (30, 60), (60, 120), (120, 300), (300, 600), (600, 1200), (1200, None))


def _shown(count: int | None) -> int | None:
    """``count``, or None when it rests on 1 to 4 visits (zero says nothing of anyone)."""
    return None if count is None or 0 < count < MIN_VISITS else count


@dataclass
class Report:
    """The report's numbers (the HTML is drawn from these; tests read them)."""

    kiosks: list[str] = field(default_factory=list)
    first_day: str = ""
    last_day: str = ""
    days: int = 0
    visits: int = 0
    median_visit_s: float | None = None
    mean_visit_s: float | None = None
    diligent_share: float | None = None
    end_reasons: dict[str, int] = field(default_factory=dict)
    weekday_hour: dict[tuple[int, int], int | None] = field(default_factory=dict)
    dwell: list[tuple[str, int | None]] = field(default_factory=list)
    sections: list[dict[str, Any]] = field(default_factory=list)  # attraction and holding time
    funnel: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # section → panels
    media: list[dict[str, Any]] = field(default_factory=list)
    paths: list[tuple[str, str, int | None]] = field(default_factory=list)
    languages: dict[str, float | None] = field(default_factory=dict)
    language_days: list[tuple[str, dict[str, float] | None]] = field(default_factory=list)
    quiz: list[dict[str, Any]] = field(default_factory=list)
    features: dict[str, int | None] = field(default_factory=dict)
    daily: list[tuple[str, int | None]] = field(default_factory=list)
    releases: list[tuple[str, str]] = field(default_factory=list)  # (day first seen, release)
    per_kiosk: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: int = 0


def _one(con: duckdb.DuckDBPyConnection, sql: str, *params: Any) -> Any:
    row = con.execute(sql, list(params)).fetchone()
    return row[0] if row else None


def _row(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[Any, ...]:
    row = con.execute(sql).fetchone()
    if row is None:
        raise RuntimeError(f"no row from {sql}")
    return tuple(row)


def build(con: duckdb.DuckDBPyConnection, utc_offset_h: float | None = None) -> Report:
    """The report's numbers from ``events`` (times shown at ``utc_offset_h``; default: this
    machine's offset now)."""
    if utc_offset_h is None:
        utc_offset_h = -(time.altzone if time.localtime().tm_isdst > 0 else time.timezone) / 3600
    off = int(utc_offset_h * 3_600_000)
    r = Report()
    r.events = int(_one(con, "SELECT count(*) FROM events") or 0)
    r.kiosks = [k for (k,) in con.execute("SELECT DISTINCT kiosk FROM kiosks ORDER BY kiosk").fetchall()]
    # One row per visit: when it started, how long, why it ended, what it saw.
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE visits AS
        SELECT kiosk, visit,
               min(ts) FILTER (WHERE kind = 'visit_start') AS start_ts,
               make_timestamp((min(ts) + {off}) * 1000) AS local,
               max(ms) FILTER (WHERE kind = 'visit_end') AS ms,
               any_value(reason) FILTER (WHERE kind = 'visit_end') AS reason,
               any_value(lang) FILTER (WHERE kind = 'visit_start') AS lang,
               any_value(release) FILTER (WHERE kind = 'visit_start') AS release,
               count(DISTINCT (section, panel)) FILTER (WHERE kind = 'panel') AS panels_seen
        FROM events WHERE visit IS NOT NULL GROUP BY kiosk, visit
        HAVING count(*) FILTER (WHERE kind = 'visit_start') > 0
    """)
    r.visits = int(_one(con, "SELECT count(*) FROM visits") or 0)
    if not r.visits:
        return r
    r.first_day, r.last_day, r.days = _row(
        con,
        "SELECT strftime(min(local), '%Y-%m-%d'), strftime(max(local), '%Y-%m-%d'), count(DISTINCT local::DATE) "
        "FROM visits",
    )
    median, mean = _row(con, "SELECT median(ms) / 1000.0, avg(ms) / 1000.0 FROM visits WHERE ms IS NOT NULL")
    r.median_visit_s, r.mean_visit_s = median, mean
    r.end_reasons = dict(
        con.execute("SELECT coalesce(reason, 'unknown'), count(*) FROM visits GROUP BY 1 ORDER BY 2 DESC").fetchall()
    )

    # How many panels there are to see: every panel any visit viewed, per kiosk's content.
    total_panels = _one(con, "SELECT count(DISTINCT (section, panel)) FROM events WHERE kind = 'panel'") or 0
    if total_panels:
        r.diligent_share = _one(con, "SELECT avg((panels_seen * 2 > ?)::INT) FROM visits", total_panels)

    for dow, hour, n in con.execute(
        "SELECT isodow(local) - 1, hour(local), count(*) FROM visits GROUP BY 1, 2"
    ).fetchall():
        r.weekday_hour[(int(dow), int(hour))] = _shown(int(n))

    for lo, hi in DWELL_BINS:
        cond = f"ms >= {lo * 1000}" + (f" AND ms < {hi * 1000}" if hi else "")
        n = int(_one(con, f"SELECT count(*) FROM visits WHERE ms IS NOT NULL AND {cond}") or 0)
        label = (f"{lo // 60}–{hi // 60} min" if lo >= 60 else f"{lo}–{hi} s") if hi else f"{lo // 60}+ min"
        r.dwell.append((label, n if n >= MIN_VISITS or n == 0 else None))

    # Sections: attraction (share of visits opening it) and holding time (median time in it).
    for section, visits, median_s in con.execute("""
        WITH per AS (
            SELECT kiosk, visit, section, sum(ms) AS ms FROM events
            WHERE kind = 'panel' AND section IS NOT NULL GROUP BY ALL)
        SELECT section, count(*), median(ms) / 1000.0 FROM per GROUP BY section ORDER BY count(*) DESC
    """).fetchall():
        ok = visits >= MIN_VISITS
        r.sections.append(
            {
                "section": section,
                "visits": visits if ok else None,
                "attraction": visits / r.visits if ok else None,
                "holding_s": median_s if ok else None,
            }
        )

    # Funnel: visits viewing each panel of a section, and where visits ended by idle stopped.
    con.execute("""
        CREATE OR REPLACE TEMP TABLE last_panel AS
        SELECT e.kiosk, e.visit, arg_max(e.section, e.ts) AS section, arg_max(e.n, e.ts) AS n
        FROM events e WHERE e.kind = 'panel' GROUP BY e.kiosk, e.visit
    """)
    for section, n, panel, visits, median_s, idle_here in con.execute("""
        WITH seen AS (
            SELECT section, n, any_value(panel) AS panel, count(DISTINCT (kiosk, visit)) AS visits,
                   median(ms) / 1000.0 AS median_s
            FROM events WHERE kind = 'panel' GROUP BY section, n),
        ends AS (
            SELECT l.section, l.n, count(*) AS idle_here FROM last_panel l
            JOIN visits v USING (kiosk, visit) WHERE v.reason = 'idle' GROUP BY ALL)
        SELECT s.section, s.n, s.panel, s.visits, s.median_s, coalesce(e.idle_here, 0)
        FROM seen s LEFT JOIN ends e USING (section, n) ORDER BY s.section, s.n
    """).fetchall():
        ok = visits >= MIN_VISITS
        r.funnel.setdefault(section or "?", []).append(
            {
                "n": n,
                "panel": panel,
                "visits": visits if ok else None,
                "holding_s": median_s if ok else None,
                "idle_ends": _shown(idle_here) if ok else None,
            }
        )

    # Holding power: the share of each recording heard, per visit that played it (capped at 1).
    for kind, item, section, panel, plays, share, heard in con.execute("""
        WITH per AS (
            SELECT kind, coalesce(item, panel) AS item, any_value(section) AS section, any_value(panel) AS panel,
                   kiosk, visit, sum(ms) AS ms, max(total_ms) AS total
            FROM events WHERE kind IN ('media', 'narration') GROUP BY kind, coalesce(item, panel), kiosk, visit)
        SELECT kind, item, any_value(section), any_value(panel), count(*),
               avg(least(1.0, ms / nullif(total, 0))), median(ms) / 1000.0
        FROM per GROUP BY kind, item ORDER BY count(*) DESC
    """).fetchall():
        ok = plays >= MIN_VISITS
        r.media.append(
            {
                "kind": kind,
                "item": item,
                "section": section,
                "panel": panel,
                "visits": plays if ok else None,
                "holding_power": share if ok else None,
                "heard_s": heard if ok else None,
            }
        )

    # Paths: from each section to the next one opened in the same visit (start and end included).
    for a, b, n in con.execute("""
        WITH s AS (
            SELECT kiosk, visit, section, ts FROM events WHERE kind = 'section'
            UNION ALL SELECT kiosk, visit, '(start)', ts FROM events WHERE kind = 'visit_start'
            UNION ALL SELECT kiosk, visit, '(end)', ts FROM events WHERE kind = 'visit_end'),
        o AS (SELECT section AS a, lead(section) OVER (PARTITION BY kiosk, visit ORDER BY ts) AS b FROM s)
        SELECT a, b, count(*) FROM o WHERE b IS NOT NULL AND a <> '(end)' GROUP BY a, b ORDER BY 3 DESC
    """).fetchall():
        r.paths.append((a, b, _shown(n)))

    for lang, n in con.execute(
        "SELECT coalesce(lang, '?'), count(*) FROM visits GROUP BY 1 ORDER BY 2 DESC"
    ).fetchall():
        r.languages[lang] = n / r.visits if n >= MIN_VISITS else None
    langs = list(r.languages)
    for day, total, shares in con.execute("""
        SELECT strftime(local::DATE, '%Y-%m-%d') AS day, count(*), map(list(lang_), list(n)) FROM (
            SELECT local::DATE AS local, coalesce(lang, '?') AS lang_, count(*) AS n FROM visits GROUP BY 1, 2)
        GROUP BY local ORDER BY local
    """).fetchall():
        day_total = sum(shares.values()) if isinstance(shares, dict) else total
        r.language_days.append(
            (day, {k: shares.get(k, 0) / day_total for k in langs} if day_total >= MIN_VISITS else None)
        )

    for section, panel, n, answers, right in con.execute("""
        SELECT section, panel, n, count(DISTINCT (kiosk, visit)), avg(ok) FROM events WHERE kind = 'quiz'
        GROUP BY ALL ORDER BY section, panel, n
    """).fetchall():
        ok = answers >= MIN_VISITS
        r.quiz.append(
            {
                "section": section,
                "panel": panel,
                "question": n + 1,
                "visits": answers if ok else None,
                "correct": right if ok else None,
            }
        )

    from kiosk.analytics.events import FEATURES

    for feature in FEATURES:
        n = int(
            _one(
                con,
                "SELECT count(DISTINCT (kiosk, visit)) FROM events WHERE kind = 'feature' AND item = ? AND n > 0",
                feature,
            )
            or 0
        )
        r.features[feature] = n if n >= MIN_VISITS or n == 0 else None

    r.daily = [
        (d, _shown(n) if n else 0)
        for d, n in con.execute("""
            WITH days AS (SELECT unnest(generate_series(min(local)::DATE, max(local)::DATE, INTERVAL 1 DAY))::DATE AS d
                          FROM visits)
            SELECT strftime(d, '%Y-%m-%d'), (SELECT count(*) FROM visits v WHERE v.local::DATE = days.d)
            FROM days ORDER BY d""").fetchall()
    ]
    r.releases = [
        (d, rel)
        for d, rel in con.execute(f"""
            SELECT strftime(make_timestamp((min(ts) + {off}) * 1000)::DATE, '%Y-%m-%d'), item FROM events
            WHERE kind = 'content_release' GROUP BY item ORDER BY min(ts)""").fetchall()
    ]
    for kiosk, visits, median_s in con.execute(
        "SELECT kiosk, count(*), median(ms) / 1000.0 FROM visits GROUP BY kiosk ORDER BY kiosk"
    ).fetchall():
        days = dict(
            con.execute(
                "SELECT strftime(local::DATE, '%Y-%m-%d'), count(*) FROM visits WHERE kiosk = ? GROUP BY 1", [kiosk]
            ).fetchall()
        )
        r.per_kiosk[kiosk] = {
            "visits": visits if visits >= MIN_VISITS else None,
            "median_s": median_s if visits >= MIN_VISITS else None,
            "daily": [_shown(days.get(d, 0)) if days.get(d, 0) else 0 for d, _ in r.daily],
        }
    return r


# -- HTML ---------------------------------------------------------------------------------------


def _pct(v: float | None) -> str:
    return "<5 visits" if v is None else f"{v * 100:.0f} %"


def _sec(v: float | None) -> str:
    if v is None:
        return "<5 visits"
    return f"{v:.0f} s" if v < 120 else f"{v / 60:.1f} min"


def _num(v: int | None) -> str:
    return "<5" if v is None else f"{v:,}"


def _table(head: list[str], rows: list[list[str]]) -> str:
    h = "".join(f"<th>{escape(c)}</th>" for c in head)
    b = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>"


_CSS = """
body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.4}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.6rem 0}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
th{background:#f3f3f3}.note{color:#666;font-size:.9rem}.multiples{display:flex;flex-wrap:wrap;gap:1rem}
.multiples figure{margin:0}figcaption{font-size:.85rem;color:#444}
"""


def render(r: Report, title: str = "Visitor statistics") -> str:
    """The report as one HTML page (no script, no link, nothing fetched)."""
    out: list[str] = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"<style>{_CSS}</style></head><body><h1>{escape(title)}</h1>"
    ]
    if not r.visits:
        out.append("<p>No visits recorded in these logs.</p></body></html>")
        return "".join(out)
    out.append(
        f"<p class='note'>{len(r.kiosks)} kiosk(s), {escape(r.first_day)} to {escape(r.last_day)}. Anonymous: no "
        f"personal data, no free text. Any figure resting on fewer than {MIN_VISITS} visits is shown as “&lt;5”.</p>"
    )
    top = ", ".join(f"{s['section']} ({_pct(s['attraction'])})" for s in r.sections[:3])
    lang = ", ".join(f"{k} {_pct(v)}" for k, v in r.languages.items())
    out.append("<h2>Summary (for a funder's report)</h2>")
    out.append(
        _table(
            ["measure", "value"],
            [
                ["Kiosks", str(len(r.kiosks))],
                ["Period", f"{r.first_day} – {r.last_day} ({r.days} days with visits)"],
                ["Visits", f"{r.visits:,}"],
                ["Visits per day with visits", f"{r.visits / max(1, r.days):.1f}"],
                ["Median visit (holding time)", _sec(r.median_visit_s)],
                ["Mean visit", _sec(r.mean_visit_s)],
                ["Thorough use (visits that saw more than half the panels)", _pct(r.diligent_share)],
                ["Most attractive sections (share of visits)", top],
                ["Languages", lang],
                ["How visits ended", ", ".join(f"{k} {v:,}" for k, v in r.end_reasons.items())],
            ],
        )
    )

    days = [d for d, _ in r.daily]
    marks = [(days.index(d), rel[:24]) for d, rel in r.releases if d in days]
    out.append("<h2>Visits per day</h2><p class='note'>Dashed lines: a new content release.</p>")
    out.append(
        svg.columns(
            [d[5:] for d in days], [v for _, v in r.daily], "visits per day", marks=marks, every=max(1, len(days) // 14)
        )
    )
    out.append("<h2>Visits by weekday and hour</h2>")
    hours = sorted({h for _, h in r.weekday_hour}) or list(range(24))
    hours = list(range(min(hours), max(hours) + 1))
    cells = {(d, hours.index(h)): v for (d, h), v in r.weekday_hour.items()}
    out.append(svg.heatmap(list(WEEKDAYS), [f"{h:02d}" for h in hours], cells, "visits by weekday and hour"))
    out.append("<h2>How long visits last</h2>")
    out.append(svg.hbars([(label, n, _num(n)) for label, n in r.dwell], "visit length"))

    out.append("<h2>Sections: attraction and holding time</h2>")
    out.append(
        svg.hbars(
            [(s["section"], s["attraction"], _pct(s["attraction"])) for s in r.sections],
            "share of visits opening each section",
            top=1.0,
        )
    )
    out.append(
        _table(
            ["section", "visits", "attraction", "median time in it"],
            [[s["section"], _num(s["visits"]), _pct(s["attraction"]), _sec(s["holding_s"])] for s in r.sections],
        )
    )

    out.append(
        "<h2>Panel funnel and drop-off</h2><p class='note'>For each section, the visits that viewed each "
        "panel; “ended here by idle”: visits whose last panel it was, ended because nobody touched the "
        "screen.</p>"
    )
    for section, panels in r.funnel.items():
        out.append(f"<h3>{escape(section)}</h3>")
        out.append(
            svg.hbars(
                [(f"{p['n'] + 1}. {p['panel'] or ''}", p["visits"], _num(p["visits"])) for p in panels],
                f"funnel of {section}",
            )
        )
        out.append(
            _table(
                ["panel", "visits", "median time", "ended here by idle"],
                [
                    [f"{p['n'] + 1}. {p['panel'] or ''}", _num(p["visits"]), _sec(p["holding_s"]), _num(p["idle_ends"])]
                    for p in panels
                ],
            )
        )

    out.append(
        "<h2>Holding power of recordings</h2><p class='note'>The share of a recording's length heard, "
        "averaged over the visits that played it.</p>"
    )
    out.append(
        svg.hbars(
            [(f"{m['item']}", m["holding_power"], _pct(m["holding_power"])) for m in r.media], "holding power", top=1.0
        )
    )
    out.append(
        _table(
            ["recording", "kind", "section / panel", "visits", "holding power", "median heard"],
            [
                [
                    m["item"] or "",
                    m["kind"],
                    f"{m['section'] or ''} / {m['panel'] or ''}",
                    _num(m["visits"]),
                    _pct(m["holding_power"]),
                    _sec(m["heard_s"]),
                ]
                for m in r.media
            ],
        )
    )

    out.append("<h2>Paths between sections</h2>")
    out.append(_table(["from", "to", "visits"], [[a, b, _num(n)] for a, b, n in r.paths[:40]]))

    out.append("<h2>Languages over time</h2>")
    series: dict[str, Sequence[float | None]] = {
        k: [None if s is None else s.get(k, 0.0) for _, s in r.language_days] for k in r.languages
    }
    out.append(svg.stacked([d[5:] for d, _ in r.language_days], series, "language share per day"))

    out.append("<h2>Quiz: correct answers per question</h2>")
    out.append(
        _table(
            ["section", "panel", "question", "visits answering", "correct"],
            [
                [q["section"] or "", q["panel"] or "", str(q["question"]), _num(q["visits"]), _pct(q["correct"])]
                for q in r.quiz
            ],
        )
    )

    out.append("<h2>Accessibility features</h2><p class='note'>Visits that turned each on at least once.</p>")
    out.append(
        _table(
            ["feature", "visits", "share of visits"],
            [
                [k.replace("_", " "), _num(v), "<5 visits" if v is None else f"{v / r.visits * 100:.1f} %"]
                for k, v in r.features.items()
            ],
        )
    )

    out.append("<h2>Each kiosk</h2><div class='multiples'>")
    for kiosk, k in r.per_kiosk.items():
        chart = svg.columns(
            [d[5:] for d in days],
            k["daily"],
            f"visits per day at {kiosk}",
            width=300,
            height=110,
            every=max(1, len(days) // 4),
        )
        out.append(
            f"<figure>{chart}<figcaption>{escape(kiosk)}: {_num(k['visits'])} visits, median "
            f"{_sec(k['median_s'])}</figcaption></figure>"
        )
    out.append("</div>")
    out.append(f"<p class='note'>{r.events:,} events read. Made by <code>kiosk report</code>, offline.</p>")
    out.append("</body></html>")
    return "".join(out)


def write(logs: list[Path], out: Path, utc_offset_h: float | None = None) -> tuple[Report, Path]:
    """Read ``logs``, write ``out/index.html``; returns the numbers and the page's path."""
    from kiosk.analytics.store import loaded

    with loaded(logs) as con:
        report = build(con, utc_offset_h)
    out.mkdir(parents=True, exist_ok=True)
    page = out / "index.html"
    tmp = out / ".index.html.tmp"
    tmp.write_text(render(report), encoding="utf-8")
    tmp.replace(page)
    return report, page
