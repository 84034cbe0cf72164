"""The Ansible playbook and roles in deploy/ansible (docs/fleet.md).

``ansible-playbook --syntax-check`` and ``ansible-lint`` (production profile) always run (both are
test extras). With KIOSK_CHROOT_TESTS=1 (CI's .ci/run), the playbook provisions a fresh Debian 13
chroot as a kiosk of an inventory, with the local connection: ansible-core from Debian inside it,
the package from a local apt repository, content from a git repository; then a second run changes
nothing, the content timer's service takes a good commit and refuses a bad one, a kiosk run
leaves its analytics database and health metrics, and the collect play brings both to the
controller. About 2 minutes with the chroot cache warm.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.operator import hash_pin
from tests.packaging.conftest import REPO
from tools import apt_repo, build_deb, deb_chroot

ANSIBLE = REPO / "deploy" / "ansible"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing: it is a test extra (pip install -e '.[test]')")
    return found


def test_the_playbook_parses() -> None:
    done = subprocess.run(
        [_tool("ansible-playbook"), "--syntax-check", "-i", "inventory.example.yml", "site.yml"],
        cwd=ANSIBLE, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_ansible_lint_passes_the_production_profile() -> None:
    done = subprocess.run(
        [_tool("ansible-lint"), "--offline", "--nocolor", "--profile", "production", "site.yml", "roles"],
        cwd=ANSIBLE, capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"},
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


SCRIPT = r"""
set -eu
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
step() { echo "== $(date +%s) $*"; }
play() { ansible-playbook -i /srv/inventory.yml site.yml "$@"; }
as_kiosk() { runuser -u kiosk -- env HOME=/var/lib/kiosk XDG_RUNTIME_DIR=/tmp/kiosk-run "$@"; }
step ansible-core from Debian
apt-get update -qq
apt-get install -y -qq --no-install-recommends ansible-core git sudo systemd >/tmp/apt.log 2>&1 || {
    tail -40 /tmp/apt.log; exit 1; }
# (systemd: a real kiosk has it; the minimal chroot has not) the test's content repository
# belongs to root; the kiosk user clones it
git config --system safe.directory '*'
cd /srv/ansible
step provision
play >/tmp/play.log 2>&1 || { cat /tmp/play.log; exit 1; }
grep -A3 'PLAY RECAP' /tmp/play.log
step again
play --skip-tags collect >/tmp/play.log 2>&1 || { cat /tmp/play.log; exit 1; }
grep -A3 'PLAY RECAP' /tmp/play.log
echo "second run: $(grep -o 'changed=[0-9]*' /tmp/play.log | tail -1)"
step settings
cat /etc/kiosk/settings.yaml
stat -c 'settings: %U %G %a' /etc/kiosk/settings.yaml
kiosk config check /etc/kiosk/settings.yaml
test -L /etc/systemd/system/timers.target.wants/kiosk-content.timer
grep '^OnCalendar=' /etc/systemd/system/kiosk-content.timer
step a settings typo is refused
before=$(sha256sum /etc/kiosk/settings.yaml)
if play --tags settings -e '{"kiosk_settings_extra": {"idle_timeot": 30}}' >/tmp/play.log 2>&1; then
    echo "the typo was accepted"; exit 1
fi
grep -o "unknown setting 'idle_timeot'" /tmp/play.log | head -1
test "$before" = "$(sha256sum /etc/kiosk/settings.yaml)"
step content timer
grep '^ExecStart=' /etc/systemd/system/kiosk-content.service | sed 's/^ExecStart=//' > /tmp/steps
update() {
    while IFS= read -r line; do
        case "$line" in
            -*) as_kiosk sh -c "${line#-}" || true ;;
            *) as_kiosk sh -c "$line" || return 1 ;;
        esac
    done < /tmp/steps
}
git clone -q /srv/content.git /tmp/museum
cd /tmp/museum
sed -i 's/Welcome/Welcome to the museum/' exhibits/first-exhibit/first-room.yaml
git -c user.name=curator -c user.email=c@example.org commit -qam "a better title"
git push -q origin HEAD:main
update
grep -c 'Welcome to the museum' /var/lib/kiosk/content/exhibits/first-exhibit/first-room.yaml
good=$(git -C /var/lib/kiosk/content rev-parse HEAD)
printf 'this: [is not valid\n' >> exhibits/first-exhibit/first-room.yaml
git -c user.name=curator -c user.email=c@example.org commit -qam "a broken file"
git push -q origin HEAD:main
if update; then echo "the broken commit was taken"; exit 1; fi
test "$(git -C /var/lib/kiosk/content rev-parse HEAD)" = "$good"
echo "content kept at the last good commit"
cd /srv/ansible
step a kiosk run
install -d -o kiosk -g kiosk -m 0700 /tmp/kiosk-run
# collected while it runs, as on the floor: a kiosk that stops takes its health file with it
as_kiosk env QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software timeout -s TERM 120 sh -c \
    'echo $$ >/tmp/kiosk-run/pid; exec kiosk run --windowed --config /etc/kiosk/settings.yaml' >/tmp/run.log 2>&1 &
running=$!
for _ in $(seq 60); do
    grep -q 'content ready' /tmp/run.log && test -s /var/lib/kiosk/state/kiosk.prom && break
    sleep 1
done
grep -m1 'content ready' /tmp/run.log || { tail -20 /tmp/run.log; exit 1; }
ls /var/lib/kiosk/state
step collect
play --tags collect >/tmp/play.log 2>&1 || { cat /tmp/play.log; exit 1; }
find /srv/collected -type f | sort
kill -TERM "$(cat /tmp/kiosk-run/pid)"  # as systemctl stop would
wait "$running" || true
grep -m1 'stopping on SIGTERM' /tmp/run.log
test ! -e /var/lib/kiosk/state/kiosk.prom && echo "health file gone with the kiosk"
step done
"""


@pytest.mark.chroot
@pytest.mark.skipif(
    os.environ.get("KIOSK_CHROOT_TESTS") != "1",
    reason="provisions a Debian chroot (root, network): KIOSK_CHROOT_TESTS=1",
)
def test_the_playbook_provisions_a_debian_13_kiosk_and_collects_its_data(tmp_path: Path) -> None:
    deb = build_deb.build("system", tmp_path / "debs", None, "/usr/bin/python3", [], False)
    repo = apt_repo.make(tmp_path / "repo", [deb])
    content = tmp_path / "content"
    subprocess.run([_tool("kiosk"), "new", str(content)], check=True, capture_output=True, timeout=60)
    git = ["git", "-c", "user.name=curator", "-c", "user.email=c@example.org", "-C", str(content)]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "our first exhibit"], check=True)
    pin_hash = hash_pin("4071")
    host = {
        "ansible_connection": "local",
        "ansible_python_interpreter": "/usr/bin/python3",
        "kiosk_apt_repository": "deb [trusted=yes] file:/srv/kiosk-apt ./",
        "kiosk_content_source": "/srv/content.git",
        "kiosk_language": "fr",
        "kiosk_operator_pin_hash": pin_hash,
        "kiosk_update_on_calendar": "Mon..Sun 02:15",
        "kiosk_collect_dir": "/srv/collected",
    }
    inventory = {"all": {"children": {"kiosks": {"hosts": {"hall-7": host}}, "canary": {"hosts": {"hall-7": None}}}}}

    def setup(root: Path) -> None:
        shutil.copytree(repo, root / "srv" / "kiosk-apt")
        shutil.copytree(ANSIBLE, root / "srv" / "ansible", ignore=shutil.ignore_patterns("collected"))
        subprocess.run(["git", "clone", "-q", "--bare", str(content), str(root / "srv" / "content.git")], check=True)
        (root / "srv" / "inventory.yml").write_text(json.dumps(inventory), encoding="utf-8")

    collected = tmp_path / "collected"

    def after(root: Path) -> None:
        if (root / "srv" / "collected").is_dir():
            shutil.copytree(root / "srv" / "collected", collected)

    code, log = deb_chroot.in_chroot("trixie", SCRIPT, [], setup, after)
    print(log)
    assert code == 0, log
    assert "second run: changed=0" in log
    assert 'language: "fr"' in log and 'kiosk_id: "hall-7"' in log and pin_hash in log
    assert "settings: root kiosk 640" in log
    assert "operator_pin_hash: set (salted scrypt hash)" in log
    assert "OnCalendar=Mon..Sun 02:15" in log
    assert "unknown setting 'idle_timeot'" in log
    assert "content kept at the last good commit" in log
    database = collected / "hall-7" / "analytics.sqlite"
    assert database.stat().st_size > 0 and database.read_bytes().startswith(b"SQLite format 3\x00")
    assert "kiosk_" in (collected / "hall-7" / "kiosk.prom").read_text(encoding="utf-8")
    assert "health file gone with the kiosk" in log
