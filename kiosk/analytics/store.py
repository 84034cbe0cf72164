"""Many kiosks' logs in one analytical engine: DuckDB, imported only by ``kiosk report`` and
``kiosk analytics export``.

DuckDB reads SQLite through its ``sqlite`` extension, which the PyPI wheel does not bundle (it is
downloaded on first use, and a kiosk, a school lab and CI are offline). So each log is read here
with Python's own ``sqlite3`` and handed to DuckDB as CSV: SQLite writes the text itself (a
hundred thousand rows per call, in C, while the GIL is free, two logs at a time), which needs no
quoting because the schema allows no comma, quote or newline in any field
(kiosk.analytics.events). DuckDB then reads every file at once, in parallel. From there
``COPY ... (FORMAT parquet)`` writes Parquet for pandas, a central PostgreSQL or DuckDB itself.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.analytics.events import COLUMNS

if TYPE_CHECKING:
    import duckdb

_TYPES = {
    "ts": "BIGINT",
    "visit": "BIGINT",
    "n": "INTEGER",
    "ok": "INTEGER",
    "ms": "BIGINT",
    "total_ms": "BIGINT",
}
_CHUNK = 100_000


class LogError(Exception):
    """A file that is not a kiosk's event log (the message says which and why)."""


def _open(path: Path) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        db.execute("SELECT count(*) FROM events").fetchone()
        return db
    except sqlite3.Error as exc:
        raise LogError(f"{path}: not a kiosk event log ({exc})") from None


def kiosk_id(db: sqlite3.Connection, path: Path) -> str:
    row = db.execute("SELECT value FROM kiosk WHERE key = 'kiosk_id'").fetchone()
    return str(row[0]) if row else path.stem


def dump_csv(path: Path, out: Path) -> tuple[str, int]:
    """One log's events to ``out`` as CSV (no header, :data:`COLUMNS` in order); returns the
    kiosk's id and the number of rows."""
    db = _open(path)
    try:
        kiosk = kiosk_id(db, path)
        # printf's %s writes NULL as nothing, which DuckDB reads back as NULL (twice as fast as ||).
        line = "printf('" + ",".join(["%s"] * len(COLUMNS)) + "', " + ", ".join(COLUMNS) + ")"
        lo, hi = db.execute("SELECT min(seq), max(seq) FROM events").fetchone()
        rows = 0
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            if lo is not None:
                for start in range(lo, hi + 1, _CHUNK):
                    text, count = db.execute(
                        f"SELECT group_concat({line}, char(10)), count(*) FROM events WHERE seq >= ? AND seq < ?",
                        (start, start + _CHUNK),
                    ).fetchone()
                    if text:
                        f.write(text)
                        f.write("\n")
                        rows += count
        return kiosk, rows
    finally:
        db.close()


@contextmanager
def loaded(logs: Sequence[Path], jobs: int = 2) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB connection with every log's events in one table, ``events`` (a ``kiosk`` column
    first, then :data:`COLUMNS`), and ``kiosks`` (kiosk, file, rows)."""
    import duckdb

    paths = list(dict.fromkeys(Path(p).resolve() for p in logs))
    with tempfile.TemporaryDirectory(prefix="kiosk-report-") as tmp:
        csvs = [Path(tmp) / f"{i:05d}.csv" for i in range(len(paths))]
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            found = list(pool.map(dump_csv, paths, csvs))
        con = duckdb.connect()
        try:
            con.execute("CREATE TABLE kiosks (file VARCHAR, kiosk VARCHAR, source VARCHAR, rows BIGINT)")
            con.executemany(
                "INSERT INTO kiosks VALUES (?, ?, ?, ?)",
                [(str(c), k, str(p), n) for c, (k, n), p in zip(csvs, found, paths, strict=True)],
            )
            columns = "{" + ", ".join(f"'{c}': '{_TYPES.get(c, 'VARCHAR')}'" for c in COLUMNS) + "}"
            files = "[" + ", ".join(f"'{c.as_posix()}'" for c in csvs) + "]"
            con.execute(
                f"CREATE TABLE events AS SELECT k.kiosk, e.* EXCLUDE (filename) FROM read_csv({files}, "
                f"header = false, delim = ',', quote = '', escape = '', filename = true, columns = {columns}) e "
                "JOIN kiosks k ON replace(e.filename, '\\', '/') = replace(k.file, '\\', '/')"
            )
            yield con
        finally:
            con.close()


def export(logs: Sequence[Path], out: Path, fmt: str) -> int:
    """Every event of ``logs`` (with its kiosk) to one CSV (with a header) or Parquet file."""
    if fmt not in ("csv", "parquet"):
        raise ValueError("write csv or parquet")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    with loaded(logs) as con:
        options = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet, COMPRESSION zstd"
        target = tmp.as_posix().replace("'", "''")
        con.execute(f"COPY (SELECT * FROM events ORDER BY kiosk, ts) TO '{target}' ({options})")
        (rows,) = con.execute("SELECT count(*) FROM events").fetchone() or (0,)
    tmp.replace(out)
    return int(rows)
