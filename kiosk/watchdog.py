"""systemd's notification protocol, with the standard library only: READY=1, WATCHDOG=1, STATUS=.

``notify`` sends one datagram to ``$NOTIFY_SOCKET`` (a path, or ``@name`` for the abstract
namespace) and does nothing when it is unset, so the kiosk behaves the same outside systemd.
``watchdog_period`` says how often to ping: a third of ``$WATCHDOG_USEC``, so one late ping
still leaves a margin (systemd restarts the kiosk when none came for the whole interval).

The kiosk pings from its GUI thread only after a frame was really drawn (``kiosk.ui.heartbeat``):
a blocked GUI thread, a hung binding or a render thread that stopped drawing all stop the pings.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

#: ``kiosk run``'s exit status when the operator chose "Exit kiosk": the unit does not restart it
#: (``RestartPreventExitStatus=``), while any other end, crash or signal, is restarted.
EXIT_OPERATOR = 10


def notify(message: str, environ: Mapping[str, str] | None = None) -> bool:
    """Send ``message`` (e.g. ``"READY=1"``) to systemd; False when there is no one to tell or
    the socket cannot be reached (never raises)."""
    env = os.environ if environ is None else environ
    address = env.get("NOTIFY_SOCKET", "")
    if not address or address[0] not in "/@":  # unset, or a kind (vsock) this does not speak
        return False
    import socket  # here: the kiosk outside systemd never needs it

    target = "\0" + address[1:] if address[0] == "@" else address
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(target)
            sock.sendall(message.encode("utf-8"))
    except OSError:
        return False
    return True


def watchdog_period(environ: Mapping[str, str] | None = None, pid: int | None = None) -> float | None:
    """Seconds between pings, or None when systemd watches no watchdog for this process."""
    env = os.environ if environ is None else environ
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    owner = env.get("WATCHDOG_PID")
    if owner and owner != str(os.getpid() if pid is None else pid):
        return None  # meant for another process (a parent that exec'd us with its environment)
    if usec <= 0:
        return None
    return usec / 3 / 1_000_000


#: What ``kiosk escalate`` (the unit's ``OnFailure=``) does once systemd gave up restarting the
#: kiosk (``StartLimitBurst=`` failures within ``StartLimitIntervalSec=``): setting
#: ``on_repeated_failure``.
ESCALATIONS = ("retry", "reboot", "stay")
RETRY_AFTER = 300.0  # seconds: long enough for a disk or a display to come back, short for visitors


def escalation_plan(action: str, unit: str = "kiosk.service") -> tuple[float, list[list[str]]]:
    """(seconds to wait, commands to run) for ``action``, one of :data:`ESCALATIONS`."""
    if action == "reboot":
        return 0.0, [["systemctl", "reboot"]]
    if action == "stay":
        return 0.0, []
    return RETRY_AFTER, [["systemctl", "--user", "reset-failed", unit], ["systemctl", "--user", "start", unit]]
