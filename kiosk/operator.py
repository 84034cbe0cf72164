"""The operator's way in: a PIN, checked without leaking timing, with a lock-out after bad tries.

Plain Python with an injectable clock, like the idle logic. The operator panel itself (problems,
log lines, exit) is drawn by ``kiosk.ui``; this decides only whether it may open.

The PIN is kept as a salted scrypt hash (``kiosk set-pin`` writes ``operator_pin_hash``); a plain
``operator_pin`` still works. The lock-out is kept in the state directory, so a restart (or a
crash a visitor provoked) does not give anyone fresh tries, and each lock-out in a row lasts twice
as long as the one before, up to :data:`MAX_LOCKOUT`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

log = logging.getLogger("kiosk")

#: The longest lock-out, however many there were in a row (seconds).
MAX_LOCKOUT = 3600.0
#: scrypt's cost: 16 MiB and ~50 ms on a small PC per check, which a PIN pad does not notice.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_PREFIX = "scrypt$"


class Verdict(StrEnum):
    OPEN = "open"  # the right PIN: the panel opens
    WRONG = "wrong"  # a wrong PIN: try again
    LOCKED = "locked"  # too many wrong PINs: nothing is checked until the lock-out ends
    DISABLED = "disabled"  # no PIN is configured on a full-screen kiosk: there is no way in by touch


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$<salt hex>$<key hex>``: what ``operator_pin_hash`` holds (never the PIN)."""
    import hashlib

    salt = os.urandom(16) if salt is None else salt
    key = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, maxmem=64 * 1024 * 1024, **_SCRYPT)
    return f"{_PREFIX}{_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${key.hex()}"


def _parts(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    fields = stored.split("$")
    if len(fields) != 6 or fields[0] != "scrypt":
        return None
    try:
        n, r, p = int(fields[1]), int(fields[2]), int(fields[3])
        salt, key = bytes.fromhex(fields[4]), bytes.fromhex(fields[5])
    except ValueError:
        return None
    if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and len(salt) >= 8 and key):
        return None
    return n, r, p, salt, key


def pin_hash_ok(stored: str) -> bool:
    """Whether ``stored`` is a hash :func:`hash_pin` could have written."""
    return _parts(stored) is not None


def verify_pin(stored: str, entered: str) -> bool:
    import hashlib
    import hmac

    parts = _parts(stored)
    if parts is None:
        return False
    n, r, p, salt, key = parts
    got = hashlib.scrypt(entered.encode(), salt=salt, n=n, r=r, p=p, dklen=len(key), maxmem=256 * 1024 * 1024)
    return hmac.compare_digest(got, key)


class LockoutStore:
    """The gate's failures and lock-out in ``path`` (JSON, written atomically: temp file, fsync,
    rename). A missing or damaged file reads as "no failures"; a write that fails is logged and
    the gate goes on in memory."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, float]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: float(v) for k, v in data.items() if isinstance(v, int | float) and not isinstance(v, bool)}

    def save(self, state: dict[str, float]) -> None:
        tmp = self.path.with_name(f".{self.path.name}.tmp-{os.getpid()}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(state, f)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("operator panel: cannot keep the PIN lock-out in %s (%s)", self.path, exc.strerror or exc)
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


@dataclass
class OperatorGate:
    """``pin`` None means "no PIN set": open without one only when ``open_without_pin``
    (a windowed lab or development session), closed otherwise. ``pin_hash`` (from ``kiosk
    set-pin``) wins over ``pin``. ``now`` is wall-clock time when a ``store`` keeps the lock-out
    across restarts."""

    pin: str | None
    open_without_pin: bool = False
    max_tries: int = 5
    lockout: float = 60.0
    pin_hash: str | None = None
    store: LockoutStore | None = None
    _failures: int = field(default=0, init=False)
    _lockouts: int = field(default=0, init=False)  # lock-outs in a row, since the last right PIN
    _locked_until: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        if self.store is not None:
            state = self.store.load()
            self._failures = max(0, int(state.get("failures", 0)))
            self._lockouts = max(0, int(state.get("lockouts", 0)))
            self._locked_until = state.get("locked_until", 0.0)

    @property
    def needs_pin(self) -> bool:
        return self.pin is not None or self.pin_hash is not None

    @property
    def enabled(self) -> bool:
        return self.needs_pin or self.open_without_pin

    @property
    def failures(self) -> int:
        """Wrong PINs since the last right one or lock-out."""
        return self._failures

    def locked_for(self, now: float) -> int:
        """Whole seconds left of a lock-out (0 when not locked)."""
        if self._locked_until - now > MAX_LOCKOUT:  # the clock was set back: never lock for longer
            self._locked_until = now + MAX_LOCKOUT
        return max(0, int(self._locked_until - now + 0.999))

    def _right(self, entered: str) -> bool:
        if self.pin_hash is not None:
            return verify_pin(self.pin_hash, entered)
        import hmac  # here, not at the top: it loads OpenSSL, which the first screen does not need

        return self.pin is None or hmac.compare_digest(entered.encode(), self.pin.encode())

    def _save(self) -> None:
        if self.store is not None:
            self.store.save(
                {"failures": self._failures, "lockouts": self._lockouts, "locked_until": self._locked_until}
            )

    def attempt(self, entered: str, now: float) -> Verdict:
        if not self.enabled:
            return Verdict.DISABLED
        if self.locked_for(now):
            return Verdict.LOCKED
        if self._right(entered):
            if self._failures or self._lockouts:
                self._failures = self._lockouts = 0
                self._save()
            return Verdict.OPEN
        self._failures += 1
        if self._failures >= self.max_tries:
            self._failures = 0
            self._locked_until = now + min(self.lockout * 2**self._lockouts, MAX_LOCKOUT)
            self._lockouts += 1
            self._save()
            return Verdict.LOCKED
        self._save()
        return Verdict.WRONG


def corner_taps(times: list[float], now: float, needed: int = 5, within: float = 3.0) -> bool:
    """The hidden gesture: ``needed`` taps on the corner within ``within`` seconds.
    ``times`` is updated in place (old taps dropped); True when the gesture is complete."""
    times.append(now)
    times[:] = [t for t in times if now - t <= within]
    if len(times) >= needed:
        times.clear()
        return True
    return False
