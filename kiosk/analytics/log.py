"""The event log: a SQLite file under the state directory, written by a thread of its own.

The GUI thread only puts a small tuple on a queue (:meth:`EventLog.record`, a few microseconds);
the writer thread takes what has come about once a second and writes it in one transaction.

Crash-proofing, and why these settings:

- **WAL, ``synchronous=FULL``.** In WAL mode a commit appends to the ``-wal`` file; with FULL the
  file is synced at every commit, so a power cut loses at most the batch being written (the last
  second). NORMAL would sync only at checkpoints, and a power cut could roll back minutes. One
  sync a second is nothing for any disk or SD card. A kill -9 loses only what was still queued.
- **One transaction per batch**: a batch is in the file whole or not at all.
- **A full disk pauses logging.** SQLite's "database or disk is full" (or the size cap,
  ``max_mb``), or ENOSPC from the OS: the batch is dropped (counted), the log says *paused* (the
  operator panel shows it), the kiosk goes on, and the writer tries again a minute later.
- **Nothing waits for the database**: the queue is bounded; when it is full (the writer stuck on
  a dying disk) new events are dropped and counted, never waited for.

Retention: events older than ``retention_days`` are deleted when the log opens and every hour.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import math
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from kiosk.analytics.events import COLUMNS, SCHEMA, SCHEMA_VERSION, Event, clean

log = logging.getLogger("kiosk.analytics")

#: The log's file name under the state directory.
FILE = "analytics.sqlite"

_INSERT = f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
_STOP = object()
_RETRY_S = 60.0  # a paused log tries again after this long
_PURGE_S = 3600.0
_STATS_S = 10.0


@dataclass(frozen=True)
class Status:
    """What the operator panel and the health file show (a snapshot, safe to read from any thread)."""

    enabled: bool = True
    paused: str = ""  # why logging is paused ("" when it is not)
    written: int = 0  # events written since the kiosk started
    dropped: int = 0  # events lost: refused by the schema, queue full, or the disk full
    visits_today: int = 0
    median_visit_s: float | None = None
    starts_today: int = 0
    release: str = ""
    content_errors: int = 0
    day: str = field(default="")  # the local date the "today" figures are for


def _is_full(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError):
        return "full" in str(exc).lower()
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def _local_midnight_ms(now_ms: int) -> int:
    t = time.localtime(now_ms / 1000)
    return int(time.mktime((t.tm_year, t.tm_mon, t.tm_mday, 0, 0, 0, 0, 0, -1)) * 1000)


def connect(path: Path, *, max_mb: float | None = None, timeout: float = 5.0) -> sqlite3.Connection:
    """Open (or create) a log for writing: WAL, synced at each commit, the schema in place."""
    db = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    if max_mb:
        page = db.execute("PRAGMA page_size").fetchone()[0]
        db.execute(f"PRAGMA max_page_count={max(8, int(max_mb * 1024 * 1024 / page))}")
    db.executescript(SCHEMA)
    db.execute("INSERT OR IGNORE INTO kiosk (key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
    return db


class EventLog:
    """The anonymous event log of one kiosk.

    ``kiosk_id`` names the kiosk in a building's report (the settings' ``kiosk_id``; without one
    the log keeps a random id of its own). ``release`` is the content release now shown (changed
    with :meth:`set_release`). ``clock`` gives wall-clock seconds (tests pass a fake).
    """

    def __init__(
        self,
        path: Path,
        *,
        kiosk_id: str | None = None,
        retention_days: int = 90,
        max_mb: float | None = None,
        clock: Callable[[], float] = time.time,
        batch_s: float = 1.0,
        queue_size: int = 20000,
    ) -> None:
        self.path = Path(path)
        self._wanted_id = kiosk_id
        self._retention_ms = int(retention_days * 86_400_000)
        self._max_mb = max_mb
        self._clock = clock
        self._batch_s = batch_s
        self._queue: queue.Queue[object] = queue.Queue(maxsize=queue_size)
        self._status = Status()
        self._dropped = 0  # the GUI thread's count (queue full); the writer adds its own
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="kiosk-analytics", daemon=True)
        self._thread.start()

    # -- for the GUI thread ----------------------------------------------------------------

    def now_ms(self) -> int:
        return int(self._clock() * 1000)

    def record(self, event: Event) -> None:
        """Queue ``event``; never blocks, never raises (an event that cannot be queued is counted)."""
        try:
            self._queue.put_nowait(event)
        except queue.Full:
            self._dropped += 1

    @property
    def status(self) -> Status:
        return replace(self._status, dropped=self._status.dropped + self._dropped)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is written (tests, and before the kiosk exits)."""
        done = threading.Event()
        try:
            self._queue.put(done, timeout=timeout)
        except queue.Full:
            return False
        return done.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, then stop the writer."""
        if not self._thread.is_alive():
            return
        with contextlib.suppress(queue.Full):
            self._queue.put(_STOP, timeout=timeout)
        self._thread.join(timeout)

    # -- the writer thread -----------------------------------------------------------------

    def _run(self) -> None:
        db: sqlite3.Connection | None = None
        paused_at = 0.0
        # "Never": time.monotonic() counts from boot, so a 0.0 here meant no purge (and no figures)
        # in the first hour after a kiosk PC started.
        last_purge = last_stats = -math.inf
        stopping = False
        while not stopping:
            batch, waiters, stopping = self._take()
            now = time.monotonic()
            if db is None and (not paused_at or now - paused_at >= _RETRY_S):
                db, paused_at = self._open(), 0.0
                if db is None:
                    paused_at = now
                else:
                    last_purge = last_stats = -math.inf
            if db is not None and batch:
                try:
                    self._write(db, batch)
                except Exception as exc:
                    self._fail(exc, len(batch))
                    with contextlib.suppress(Exception):
                        db.close()
                    db, paused_at = None, now
            elif batch:
                self._publish(dropped=self._status.dropped + len(batch))
            if db is not None and now - last_purge >= _PURGE_S:
                last_purge = now
                self._guarded(db, self._purge)
            if db is not None and (now - last_stats >= _STATS_S or waiters or stopping):
                last_stats = now
                self._guarded(db, self._stats)
            for waiter in waiters:
                waiter.set()
        if db is not None:
            with contextlib.suppress(Exception):
                db.close()

    def _take(self) -> tuple[list[Event], list[threading.Event], bool]:
        """What came in the next ``batch_s`` (waiting as long as it takes for the first)."""
        batch: list[Event] = []
        waiters: list[threading.Event] = []
        first = self._queue.get()
        deadline = time.monotonic() + self._batch_s
        item: object = first
        while True:
            if item is _STOP:
                return batch, waiters, True
            if isinstance(item, threading.Event):
                waiters.append(item)
                return batch, waiters, False  # a flush: write now
            if isinstance(item, Event):
                batch.append(item)
            left = deadline - time.monotonic()
            if left <= 0:
                return batch, waiters, False
            try:
                item = self._queue.get(timeout=left)
            except queue.Empty:
                return batch, waiters, False

    def _open(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = connect(self.path, max_mb=self._max_mb)
            stored = db.execute("SELECT value FROM kiosk WHERE key = 'kiosk_id'").fetchone()
            wanted = self._wanted_id or (stored[0] if stored else f"kiosk-{os.urandom(4).hex()}")
            if not stored or stored[0] != wanted:
                db.execute("INSERT OR REPLACE INTO kiosk (key, value) VALUES ('kiosk_id', ?)", (wanted,))
            self._publish(paused="")
            return db
        except Exception as exc:
            self._fail(exc, 0)
            return None

    def _write(self, db: sqlite3.Connection, batch: list[Event]) -> None:
        rows, refused = [], 0
        for event in batch:
            if not clean(event):
                refused += 1
                continue
            if event.kind == "content_release" and event.item:
                self._publish(release=event.item)
            elif event.kind == "content_errors":
                self._publish(content_errors=event.n or 0)
            release = self._status.release or None
            rows.append((event.ts, event.visit, event.kind, release, *event[3:]))
        if rows:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.executemany(_INSERT, rows)
                db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(Exception):
                    db.execute("ROLLBACK")
                raise
        if refused:
            log.warning("analytics: %d event(s) refused by the schema (a bug: nothing but the listed fields)", refused)
        self._publish(written=self._status.written + len(rows), dropped=self._status.dropped + refused)

    def _fail(self, exc: BaseException, lost: int) -> None:
        why = "the disk is full" if _is_full(exc) else f"{exc.__class__.__name__}: {exc}"
        if not self._status.paused:
            log.error("analytics: logging paused (%s); the kiosk carries on and tries again in a minute", why)
        self._publish(paused=why, dropped=self._status.dropped + lost)

    def _guarded(self, db: sqlite3.Connection, work: Callable[[sqlite3.Connection], None]) -> None:
        try:
            work(db)
        except Exception as exc:  # reading figures must never stop the writer
            log.warning("analytics: %s failed (%s: %s)", work.__name__, exc.__class__.__name__, exc)

    def _purge(self, db: sqlite3.Connection) -> None:
        cutoff = self.now_ms() - self._retention_ms
        gone = db.execute("DELETE FROM events WHERE ts < ?", (cutoff,)).rowcount
        if gone:
            log.info("analytics: %d event(s) older than the retention period deleted", gone)

    def _stats(self, db: sqlite3.Connection) -> None:
        now = self.now_ms()
        midnight = _local_midnight_ms(now)
        visits, starts = db.execute(
            "SELECT count(*) FILTER (WHERE kind = 'visit_end'), count(*) FILTER (WHERE kind = 'kiosk_start') "
            "FROM events WHERE ts >= ?",
            (midnight,),
        ).fetchone()
        median = None
        if visits:
            (ms,) = db.execute(
                "SELECT ms FROM events WHERE ts >= ? AND kind = 'visit_end' AND ms IS NOT NULL "
                "ORDER BY ms LIMIT 1 OFFSET ?",
                (midnight, (visits - 1) // 2),
            ).fetchone() or (None,)
            median = ms / 1000 if ms is not None else None
        day = time.strftime("%Y-%m-%d", time.localtime(now / 1000))
        self._publish(visits_today=visits, starts_today=starts, median_visit_s=median, day=day)

    def _publish(self, **changes: object) -> None:
        with self._lock:  # one writer; the lock only keeps replace() whole
            self._status = replace(self._status, **changes)  # type: ignore[arg-type]


def open_log(state_dir: Path, *, kiosk_id: str | None, retention_days: int, max_mb: float | None) -> EventLog:
    """The kiosk's log under its state directory."""
    return EventLog(Path(state_dir) / FILE, kiosk_id=kiosk_id, retention_days=retention_days, max_mb=max_mb)
