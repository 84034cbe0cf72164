"""sd_notify with the standard library: a no-op outside systemd, abstract sockets, WATCHDOG_PID."""

from __future__ import annotations

import os
import socket

from kiosk.watchdog import notify, watchdog_period


def test_without_notify_socket_nothing_is_sent() -> None:
    assert notify("READY=1", {}) is False
    assert notify("READY=1", {"NOTIFY_SOCKET": "vsock:2:1234"}) is False
    assert notify("READY=1", {"NOTIFY_SOCKET": "/nonexistent/notify"}) is False  # never raises


def test_a_message_reaches_an_abstract_socket() -> None:
    name = f"kiosk-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        assert notify("WATCHDOG=1", {"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(100) == b"WATCHDOG=1"


def test_the_ping_period_is_a_third_of_the_watchdog_and_only_for_this_process() -> None:
    assert watchdog_period({"WATCHDOG_USEC": "15000000"}) == 5.0
    assert watchdog_period({"WATCHDOG_USEC": "15000000", "WATCHDOG_PID": "1"}, pid=2) is None
    assert watchdog_period({"WATCHDOG_USEC": "15000000", "WATCHDOG_PID": "2"}, pid=2) == 5.0
    assert watchdog_period({}) is None and watchdog_period({"WATCHDOG_USEC": "soon"}) is None
    assert watchdog_period({"WATCHDOG_USEC": "0"}) is None


def _unit(name: str) -> dict[str, dict[str, str]]:
    import configparser

    from kiosk import BUNDLED_CONTENT

    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(BUNDLED_CONTENT / "deploy" / name, encoding="utf-8")
    return {s: dict(parser[s]) for s in parser.sections()}


def test_the_unit_is_a_watchdog_that_never_restarts_an_operator_exit() -> None:
    from kiosk.watchdog import EXIT_OPERATOR

    unit = _unit("kiosk.service")
    service = unit["Service"]
    assert service["Type"] == "notify" and service["NotifyAccess"] == "main"
    assert 0 < int(service["WatchdogSec"]) <= 10  # detected, restarted and drawn again within 15 s
    assert service["Restart"] == "always" and service["RestartPreventExitStatus"] == str(EXIT_OPERATOR)
    assert service["ExecStartPre"].startswith("-")  # a content error never stops the start
    assert "--config" in service["ExecStartPre"]  # and it builds the folder the kiosk shows
    assert service["Environment"] == "PYTHONSAFEPATH=1"
    assert int(unit["Unit"]["StartLimitBurst"]) >= 3 and unit["Unit"]["OnFailure"] == "kiosk-escalate.service"
    assert "kiosk escalate" in _unit("kiosk-escalate.service")["Service"]["ExecStart"]


def test_the_escalation_plans() -> None:
    from kiosk.watchdog import RETRY_AFTER, escalation_plan

    assert escalation_plan("reboot") == (0.0, [["systemctl", "reboot"]])
    assert escalation_plan("stay") == (0.0, [])
    wait, commands = escalation_plan("retry")
    assert wait == RETRY_AFTER and commands[-1] == ["systemctl", "--user", "start", "kiosk.service"]


def test_kiosk_escalate_reads_the_setting(tmp_path) -> None:
    import subprocess
    import sys

    cfg = tmp_path / "kiosk.yaml"
    cfg.write_text("on_repeated_failure: reboot\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "escalate", "--config", str(cfg), "--dry-run"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and "systemctl reboot" in out.stdout
    cfg.write_text("on_repeated_failure: explode\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "escalate", "--config", str(cfg), "--dry-run"],
        capture_output=True,
        text=True,
    )
    assert "retry, reboot, stay" in out.stderr and "waiting 300 s" in out.stdout
