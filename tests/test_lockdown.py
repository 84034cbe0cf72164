"""The locked session: deploy/install-session.sh into a staging folder (idempotent, units that
systemd-analyze accepts), and kiosk windows-lockdown's Assigned Access and Shell Launcher files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.lockdown import AA_NS, SL_NS, SL_V2_NS
from kiosk.watchdog import EXIT_OPERATOR

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "deploy" / "install-session.sh"
KIOSK = str(Path(sys.executable).with_name("kiosk"))


def install(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(SCRIPT), "--root", str(root), "--kiosk", KIOSK, *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_the_session_installs_into_a_staging_folder_and_again_changes_nothing(tmp_path: Path) -> None:
    first = install(tmp_path, "--rotate", "90", "--settings", "/etc/kiosk/site.yaml")
    assert first.returncode == 0, first.stderr
    greetd = (tmp_path / "etc/greetd/config.toml").read_text()
    assert 'user = "kiosk"' in greetd and 'command = "/usr/local/lib/kiosk/cage-session"' in greetd
    cage = (tmp_path / "usr/local/lib/kiosk/cage-session").read_text()
    launch = next(line for line in cage.splitlines() if line.startswith("exec cage"))
    assert " -s" not in launch  # -s would allow VT switching
    assert "srvrkeys:none" in cage
    assert os.access(tmp_path / "usr/local/lib/kiosk/cage-session", os.X_OK)
    assert "NAutoVTs=0" in (tmp_path / "etc/systemd/logind.conf.d/kiosk.conf").read_text()
    assert (
        'LIBINPUT_CALIBRATION_MATRIX}="0 -1 1 1 0 0"'
        in (tmp_path / "etc/udev/rules.d/99-kiosk-touch.rules").read_text()
    )
    assert "KIOSK_ROTATE=90" in (tmp_path / "etc/kiosk/session.env").read_text()
    unit = (tmp_path / "var/lib/kiosk/.config/systemd/user/kiosk.service").read_text()
    assert f"ExecStart={KIOSK} run --config /etc/kiosk/site.yaml" in unit
    assert "Type=notify" in unit and "WatchdogSec=" in unit and "KIOSK_HIDE_CURSOR=1" in unit
    assert "@" not in unit.replace("%S", "")  # every placeholder filled in
    assert os.readlink(tmp_path / "etc/systemd/system/getty@tty1.service") == "/dev/null"
    assert os.readlink(tmp_path / "etc/systemd/system/display-manager.service") == "/lib/systemd/system/greetd.service"
    files = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}

    again = install(tmp_path, "--rotate", "90", "--settings", "/etc/kiosk/site.yaml")
    assert again.returncode == 0 and "wrote" not in again.stdout and "linked" not in again.stdout
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == files


def test_software_rendering_for_a_screen_without_3d(tmp_path: Path) -> None:
    """A VM's virtio-vga has no 3D: cage's GLES2 renderer crashes in llvmpipe there, and Qt Quick
    cannot draw with EGL on a pixman compositor. --software sets both renderers; without it neither
    is set, and an empty WLR_RENDERER is never exported (wlroots takes it for an unknown one)."""
    assert install(tmp_path).returncode == 0
    env = (tmp_path / "etc/kiosk/session.env").read_text()
    assert "WLR_RENDERER=\n" in env and "QT_QUICK_BACKEND=\n" in env
    cage = (tmp_path / "usr/local/lib/kiosk/cage-session").read_text()
    assert 'if [ -n "${WLR_RENDERER:-}" ]; then export WLR_RENDERER; fi' in cage
    assert "${QT_QUICK_BACKEND:+QT_QUICK_BACKEND}" in (tmp_path / "usr/local/lib/kiosk/in-cage").read_text()
    assert install(tmp_path, "--software").returncode == 0
    env = (tmp_path / "etc/kiosk/session.env").read_text()
    assert "WLR_RENDERER=pixman\n" in env and "QT_QUICK_BACKEND=software\n" in env


def test_the_installer_names_the_packages_the_session_needs(tmp_path: Path) -> None:
    """Found on a real boot of Debian 12: cage 0.1.4 exits without Xwayland, libseat cannot take
    the seat through logind without polkit, and `systemctl --user start --wait` needs the user bus;
    none of them is pulled in by greetd, cage or the kiosk package."""
    done = install(tmp_path)
    assert done.returncode == 0
    for package in ("xwayland", "polkitd", "dbus-user-session", "greetd", "cage"):
        assert package in done.stderr
    for path in (
        "usr/bin/Xwayland",
        "usr/share/dbus-1/system.d/org.freedesktop.PolicyKit1.conf",
        "usr/lib/systemd/user/dbus.socket",
        "usr/sbin/greetd",
        "usr/bin/cage",
    ):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("")
        (tmp_path / path).chmod(0o755)
    assert "will not start without" not in install(tmp_path).stderr


@pytest.mark.parametrize(("help_has_r", "expected"), [(True, "-d -m last -r -r -- "), (False, "-d -m last -- ")])
def test_cage_rotates_with_its_own_r_where_it_has_one(tmp_path: Path, help_has_r: bool, expected: str) -> None:
    """Debian 12's cage 0.1.4 has no wlr-output-management (wlr-randr fails there: seen on a real
    boot) but has -r; a cage without -r is left to in-cage's wlr-randr."""
    assert install(tmp_path / "root", "--rotate", "180").returncode == 0
    env = tmp_path / "root/etc/kiosk/session.env"
    script = (
        (tmp_path / "root/usr/local/lib/kiosk/cage-session").read_text().replace("/etc/kiosk/session.env", str(env))
    )
    (tmp_path / "cage-session").write_text(script)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    usage = " -r\t Rotate the output 90 degrees clockwise" if help_has_r else " -s\t Allow VT switching"
    fake = f"""#!/bin/sh
if [ "$1" = -h ]; then printf '{usage}\\n'; exit 1; fi
echo "$* rotated-by-cage=${{KIOSK_ROTATED_BY_CAGE:-}}"
"""
    (bin_dir / "cage").write_text(fake)
    (bin_dir / "cage").chmod(0o755)
    done = subprocess.run(
        ["sh", str(tmp_path / "cage-session")],
        env={**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert done.stdout.startswith(expected + "/usr/local/lib/kiosk/in-cage")
    assert done.stdout.strip().endswith("rotated-by-cage=1" if help_has_r else "rotated-by-cage=")


def test_the_installer_refuses_root_and_a_bad_rotation(tmp_path: Path) -> None:
    assert install(tmp_path, "--user", "root").returncode == 2
    bad = install(tmp_path, "--rotate", "45")
    assert bad.returncode == 2 and "--rotate must be 0, 90, 180 or 270" in bad.stderr
    assert not (tmp_path / "etc").exists()


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_accepts_the_installed_units(tmp_path: Path) -> None:
    assert install(tmp_path).returncode == 0
    units = tmp_path / "var/lib/kiosk/.config/systemd/user"
    done = subprocess.run(
        ["systemd-analyze", "verify", "kiosk.service", "kiosk-escalate.service"],
        cwd=units,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if "Failed to initialize manager" in done.stderr:
        pytest.skip("systemd-analyze cannot run here: " + done.stderr.strip())
    assert done.returncode == 0 and "kiosk" not in done.stderr, done.stderr


def test_windows_lockdown_writes_assigned_access_and_shell_launcher(tmp_path: Path) -> None:
    settings = tmp_path / "settings.yaml"
    settings.write_text('operator_pin: "1234"\n')
    out = tmp_path / "win"
    exe = r"D:\Kiosk & Co\.venv\Scripts\kiosk.exe"
    args = ["windows-lockdown", "--config", str(settings), "--out", str(out), "--exe", exe]
    code = main([*args, "--settings-path", r"D:\Kiosk & Co\settings.yaml", "--account", "Museum"])
    assert code == 0

    aa = ET.parse(out / "AssignedAccess.xml").getroot()
    v4 = "{http://schemas.microsoft.com/AssignedAccess/2021/config}"
    rs5 = "{http://schemas.microsoft.com/AssignedAccess/201810/config}"
    assert aa.tag == f"{{{AA_NS}}}AssignedAccessConfiguration"
    app = aa.find(f"{{{AA_NS}}}Profiles/{{{AA_NS}}}Profile/{{{AA_NS}}}KioskModeApp")
    assert app is not None and app.get(f"{v4}ClassicAppPath") == exe
    assert app.get(f"{v4}ClassicAppArguments") == r'run --config "D:\Kiosk & Co\settings.yaml"'
    profile = aa.find(f"{{{AA_NS}}}Profiles/{{{AA_NS}}}Profile")
    config = aa.find(f"{{{AA_NS}}}Configs/{{{AA_NS}}}Config")
    assert profile is not None and config is not None
    logon = config.find(f"{{{AA_NS}}}AutoLogonAccount")
    assert logon is not None and logon.get(f"{rs5}DisplayName") == "Museum"
    default = config.find(f"{{{AA_NS}}}DefaultProfile")
    assert default is not None and default.get("Id") == profile.get("Id")

    sl = ET.parse(out / "ShellLauncher.xml").getroot()
    assert sl.tag == f"{{{SL_NS}}}ShellLauncherConfiguration"
    shell = sl.find(f"{{{SL_NS}}}Profiles/{{{SL_NS}}}Profile/{{{SL_NS}}}Shell")
    assert shell is not None and shell.get("Shell", "").startswith(f'"{exe}" run --config')
    assert shell.get(f"{{{SL_V2_NS}}}AppType") == "Desktop"
    actions = {a.get("ReturnCode"): a.get("Action") for a in shell.iter(f"{{{SL_NS}}}ReturnCodeAction")}
    assert actions == {"0": "DoNothing", str(EXIT_OPERATOR): "DoNothing"}  # clean exits stay stopped
    default_action = shell.find(f"{{{SL_NS}}}DefaultAction")
    assert default_action is not None and default_action.get("Action") == "RestartShell"  # a crash restarts

    for script, prop in (("Apply-AssignedAccess.ps1", "Configuration"), ("Apply-ShellLauncher.ps1", "ShellLauncher")):
        raw = (out / script).read_bytes()
        text = raw.decode("utf-8")
        assert "MDM_AssignedAccess" in text and f"$obj.{prop} =" in text and b"\r\n" in raw
