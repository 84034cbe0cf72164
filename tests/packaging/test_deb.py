"""The Debian packages (tools/build_deb.py) and the local apt repository (tools/apt_repo.py).

The quick tests read the built architecture-independent package. The ``chroot`` tests install
each package into a fresh chroot of its distribution made by mmdebstrap from the Debian mirror
(tools/deb_chroot.py): they need root and the network, so they run when KIOSK_CHROOT_TESTS=1
(CI's .ci/run sets it) and are skipped otherwise; once the variable is set, a missing tool
fails them instead. Measured on the 2-core machine with the chroot tarballs and apt's
downloads cached under ~/.cache/kiosk/chroot: Debian 13 (from the local repository, then an
upgrade) about 65 s, Debian 12 (the venv package) about 50 s, plus 25 s to build the venv package;
each chroot tarball costs about 50 s more once a week.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools import apt_repo, build_deb, deb_chroot

needs_dpkg = pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="needs dpkg-deb (a Debian system)")
CHROOT = os.environ.get("KIOSK_CHROOT_TESTS") == "1"


def _field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], check=True, capture_output=True, text=True).stdout.strip()


def _file(deb: Path, path: str) -> str:
    done = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], check=True, capture_output=True)
    out = subprocess.run(["tar", "-xOf", "-", f".{path}"], input=done.stdout, check=True, capture_output=True)
    return out.stdout.decode()


def _control(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-I", str(deb), name], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def debs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if not shutil.which("dpkg-deb"):
        pytest.skip("needs dpkg-deb (a Debian system)")
    out = tmp_path_factory.mktemp("debs")
    build_deb.build("system", out, None, "/usr/bin/python3", [], False)
    yield out


@needs_dpkg
def test_the_system_package_depends_on_the_distributions_pyside6_and_carries_the_program(debs: Path) -> None:
    (deb,) = debs.glob("kiosk_*_all.deb")
    assert _field(deb, "Architecture") == "all"
    depends = _field(deb, "Depends")
    for name in ("python3-pyside6.qtquick", "python3-pyside6.qtmultimedia", "python3-yaml", "python3-pil", "espeak-ng"):
        assert name in depends
    assert "python3 (>= 3.11)" in depends and "python3 (<< 3.14)" in depends  # requires-python
    names = subprocess.run(["dpkg-deb", "-c", str(deb)], check=True, capture_output=True, text=True).stdout
    for path in (
        "usr/lib/python3/dist-packages/kiosk/bundled/exhibits/dien-bien-phu/exhibit.yaml",
        "usr/lib/python3/dist-packages/kiosk/ui/qml/Kiosk/qmldir",
        "usr/lib/python3/dist-packages/kiosk/ui/i18n/kiosk_vi.qm",
        "usr/lib/python3/dist-packages/kiosk-0.1.0.dist-info/entry_points.txt",
        "usr/lib/systemd/user/kiosk.service",
        "usr/share/wayland-sessions/kiosk.desktop",
        "etc/kiosk/settings.yaml",
    ):
        assert f"./{path}\n" in names, path
    assert "var/lib/kiosk" not in names  # a museum's content and state are never shipped
    assert ".pyc" not in names and "RECORD" not in names


@needs_dpkg
def test_settings_are_a_conffile_and_the_units_run_the_installed_kiosk(debs: Path) -> None:
    (deb,) = debs.glob("kiosk_*_all.deb")
    assert _control(deb, "conffiles").split() == ["/etc/kiosk/settings.yaml"]
    unit = _file(deb, "/usr/lib/systemd/user/kiosk.service")
    assert "ExecStart=/usr/bin/kiosk run --config /etc/kiosk/settings.yaml" in unit
    assert "Type=notify" in unit and "WatchdogSec=" in unit and "%h" not in unit
    assert "/usr/bin/kiosk escalate --config /etc/kiosk/settings.yaml" in _file(
        deb, "/usr/lib/systemd/user/kiosk-escalate.service"
    )
    for script in ("postinst", "prerm", "postrm"):
        subprocess.run(["sh", "-n"], input=_control(deb, script), check=True, text=True)
    postinst = _control(deb, "postinst")
    assert "adduser --quiet --system --group --home /var/lib/kiosk" in postinst
    assert "chown -R" not in postinst and "rm " not in postinst


@needs_dpkg
def test_the_shipped_settings_file_is_valid(debs: Path, tmp_path: Path) -> None:
    (deb,) = debs.glob("kiosk_*_all.deb")
    settings = tmp_path / "settings.yaml"
    settings.write_text(_file(deb, "/etc/kiosk/settings.yaml"), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from kiosk.cli import main; raise SystemExit(main())",
            "config",
            "check",
            str(settings),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "0 problem(s)" in done.stdout, done.stdout + done.stderr


@needs_dpkg
def test_the_repository_writer_says_what_dpkg_scanpackages_says(
    debs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not shutil.which("dpkg-scanpackages"):
        pytest.skip("needs dpkg-scanpackages (dpkg-dev) to compare with")
    repo = apt_repo.make(tmp_path / "repo", list(debs.glob("*.deb")))
    scanned = (repo / "Packages").read_text(encoding="utf-8")
    monkeypatch.setattr(apt_repo.shutil, "which", lambda name: None)  # as on a machine without dpkg-dev
    ours = apt_repo.packages_index(repo)

    def stanzas(text: str) -> list[dict[str, str]]:
        return [
            dict(line.split(": ", 1) for line in block.splitlines() if ": " in line and not line.startswith(" "))
            for block in text.strip().split("\n\n")
        ]

    assert len(stanzas(scanned)) == 1 and stanzas(scanned)[0]["Filename"] == "./" + next(debs.glob("*.deb")).name
    assert stanzas(ours) == stanzas(scanned)
    release = (repo / "Release").read_text(encoding="utf-8")
    assert "SHA256:" in release and " Packages.gz" in release


@needs_dpkg
def test_the_session_runs_the_unit_for_as_long_as_it_lasts(debs: Path, tmp_path: Path) -> None:
    (deb,) = debs.glob("kiosk_*_all.deb")
    session = tmp_path / "kiosk-session"
    session.write_text(_file(deb, "/usr/bin/kiosk-session"), encoding="utf-8")
    session.chmod(0o755)
    calls = tmp_path / "calls"
    fake = tmp_path / "bin" / "systemctl"  # records what the session asks of systemd
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\necho "$*" >> {calls}\n[ "$2" != start ] || exit 10\n', encoding="utf-8")
    fake.chmod(0o755)
    env = {"PATH": f"{fake.parent}:/usr/bin:/bin", "DISPLAY": ":0"}
    done = subprocess.run([str(session)], env=env, capture_output=True, text=True, timeout=30)
    assert calls.read_text(encoding="utf-8").splitlines() == [
        "--user import-environment DISPLAY WAYLAND_DISPLAY XAUTHORITY XDG_SESSION_TYPE XDG_CURRENT_DESKTOP",
        "--user start --wait kiosk.service",
        "--user stop kiosk.service",
    ]
    assert done.returncode == 10  # "Exit kiosk" ends the session with the kiosk's status


chroot = pytest.mark.skipif(not CHROOT, reason="installs into Debian chroots (root, network): KIOSK_CHROOT_TESTS=1")


@pytest.fixture(scope="module")
def chroot_ready() -> None:
    problems = [f"needs {tool}" for tool in ("mmdebstrap", "dpkg-deb", "unshare") if not shutil.which(tool)]
    if os.geteuid() != 0:
        problems.append("needs root")
    assert not problems, f"KIOSK_CHROOT_TESTS=1 but {', '.join(problems)}"


@chroot
@pytest.mark.chroot
def test_on_debian_13_the_system_package_installs_from_the_local_repository_runs_and_upgrades(
    chroot_ready: None, tmp_path: Path
) -> None:
    first = build_deb.build("system", tmp_path / "one", "0.1.0-1", "/usr/bin/python3", [], False)
    second = build_deb.build("system", tmp_path / "two", "0.1.0-2", "/usr/bin/python3", [], False)
    repo = apt_repo.make(tmp_path / "repo", [first])
    code, log = deb_chroot.run("trixie", first, upgrade_to=second, proof=tmp_path / "proof", repo=repo)
    print(log)
    assert code == 0, log
    assert "ok: 1 exhibit, 4 sections" in log and "0.1.0-2" in log and "/var/lib/kiosk kept as it was" in log
    assert (tmp_path / "proof" / "1280x800-en-first-room-01-welcome.png").stat().st_size > 10_000


@chroot
@pytest.mark.chroot
def test_on_debian_12_the_venv_package_installs_runs_and_upgrades(chroot_ready: None, tmp_path: Path) -> None:
    first = build_deb.build("venv", tmp_path / "one", "0.1.0-1", "/usr/bin/python3", [], False)
    second = first.with_name(first.name.replace("0.1.0-1", "0.1.0-2"))
    # the same files under a newer version: dpkg-deb of the unpacked first, control changed
    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "-R", str(first), str(unpacked)], check=True)
    control = unpacked / "DEBIAN" / "control"
    control.write_text(control.read_text().replace("Version: 0.1.0-1", "Version: 0.1.0-2"), encoding="utf-8")
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "-b", str(unpacked), str(second)], check=True)
    code, log = deb_chroot.run("bookworm", first, upgrade_to=second, proof=tmp_path / "proof")
    print(log)
    assert code == 0, log
    assert "ok: 1 exhibit, 4 sections" in log and "0.1.0-2" in log and "/var/lib/kiosk kept as it was" in log
    assert (tmp_path / "proof" / "1280x800-en-first-room-01-welcome.png").stat().st_size > 10_000
