"""Where the kiosk keeps what it writes: one state directory per installation.

Everything writable (built media, content releases, logs, lock-outs, the analytics database)
belongs under it, so an operator backs up, inspects or wipes one folder, and the content folder
and the installed package stay read-only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "kiosk"


def default_state_dir(environ: dict[str, str] | None = None, platform: str | None = None) -> Path:
    """The state directory when the settings name none.

    systemd's ``StateDirectory=`` sets ``$STATE_DIRECTORY`` (it wins when present); otherwise the
    platform's convention: ``%LOCALAPPDATA%\\kiosk`` on Windows, ``~/Library/Application Support/
    kiosk`` on macOS, ``$XDG_STATE_HOME/kiosk`` (``~/.local/state/kiosk``) elsewhere.
    """
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    if env.get("STATE_DIRECTORY"):
        # systemd may list several, separated by colons; the first is ours
        return Path(env["STATE_DIRECTORY"].split(":")[0])
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if plat == "win32":
        base = env.get("LOCALAPPDATA")
        return Path(base) / APP if base else home / "AppData" / "Local" / APP
    if plat == "darwin":
        return home / "Library" / "Application Support" / APP
    base = env.get("XDG_STATE_HOME")
    return (Path(base) if base and Path(base).is_absolute() else home / ".local" / "state") / APP
