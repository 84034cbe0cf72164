"""Install a kiosk .deb into a clean chroot of its distribution and run it there.

    sudo python tools/deb_chroot.py trixie dist/kiosk_0.1.0-1_all.deb
    sudo python tools/deb_chroot.py bookworm dist/kiosk-venv_0.1.0-1_amd64.deb [--upgrade-to NEWER.deb]

The chroot is a minimal Debian made by mmdebstrap (``--variant=apt``) from the Debian mirror,
kept as a tarball under ``$XDG_CACHE_HOME/kiosk/chroot`` (~/.cache) for a week, with apt's
downloaded packages kept beside it: a second run downloads only the package index. Each run
unpacks a fresh copy, so nothing of an earlier run is left in it. Inside, as root:
``apt-get install ./the.deb`` (its dependencies from the mirror), ``kiosk validate`` of the bundled
exhibit, then as the ``kiosk`` user ``kiosk new``, ``kiosk assets build`` (Pillow, Qt SVG,
espeak-ng) and an offscreen ``kiosk proof`` of that two-panel exhibit; with ``--upgrade-to``, a
museum's settings edit and content are made, the newer package installed over it, and both
checked to be untouched; then the package is purged and /var/lib/kiosk checked to be as it was.

Needs root (chroot, mounts), mmdebstrap and the network to the Debian mirror: CI has them.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

MIRROR = os.environ.get("KIOSK_DEBIAN_MIRROR", "http://deb.debian.org/debian")
MAX_AGE_DAYS = 7

#: Run inside the chroot by /bin/sh. $1: the package (a .deb, or a name when $3 is a local apt
#: repository in the chroot), $2: a newer .deb or "", $3: the repository or "".
SCRIPT = r"""
set -eu
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
step() { echo "== $(date +%s) $*"; }
step apt-get install
if [ -n "$3" ]; then
    echo "deb [trusted=yes] file:$3 ./" > /etc/apt/sources.list.d/kiosk.list
    package=$1
else
    package=$(dpkg-deb -f "$1" Package)
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$1" >/tmp/apt.log 2>&1 || { tail -40 /tmp/apt.log; exit 1; }
step checks
getent passwd kiosk
test -d /var/lib/kiosk
test "$(stat -c %U /var/lib/kiosk)" = kiosk
test "$(stat -c '%G %a' /etc/kiosk/settings.yaml)" = "kiosk 640"
dpkg-query -W -f='${Conffiles}\n' "$package" | grep -q /etc/kiosk/settings.yaml
kiosk config check /etc/kiosk/settings.yaml
step kiosk validate
kiosk validate
step kiosk proof
export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
as_kiosk() { runuser -u kiosk -- env HOME=/var/lib/kiosk XDG_RUNTIME_DIR=/tmp/kiosk-run "$@"; }
install -d -o kiosk -g kiosk -m 0700 /tmp/kiosk-run
cd /tmp
as_kiosk kiosk new /var/lib/kiosk/content
as_kiosk kiosk validate /var/lib/kiosk/content
as_kiosk kiosk assets build --jobs 2 --state-dir /var/lib/kiosk/state /var/lib/kiosk/content
set +e
as_kiosk kiosk proof --out /tmp/proof --size 1280x800 --lang en --state-dir /var/lib/kiosk/state /var/lib/kiosk/content
rc=$?
set -e
echo "proof exit: $rc"
test "$rc" -le 1   # 1: advice on the content (clipped text), not a failure to run
ls -l /tmp/proof
test -s /tmp/proof/index.html
n=$(ls /tmp/proof/*.png | wc -l); echo "$n screens"; test "$n" -ge 2
if [ -n "$2" ]; then
    step upgrade
    sed -i 's/^language: vi/language: fr/' /etc/kiosk/settings.yaml
    echo "a museum's note" > /var/lib/kiosk/content/museum-note.txt
    before=$(find /var/lib/kiosk -printf '%p %U %G %m %s %T@\n' | sort | sha256sum)
    apt-get install -y -qq --no-install-recommends "$2" >/tmp/apt.log 2>&1 || { tail -40 /tmp/apt.log; exit 1; }
    dpkg-query -W -f='${Version}\n' "$(dpkg-deb -f "$2" Package)"
    grep -q '^language: fr' /etc/kiosk/settings.yaml
    after=$(find /var/lib/kiosk -printf '%p %U %G %m %s %T@\n' | sort | sha256sum)
    test "$before" = "$after"
    kiosk validate /var/lib/kiosk/content
    step purge
    apt-get purge -y -qq "$package" >/tmp/apt.log 2>&1 || { tail -40 /tmp/apt.log; exit 1; }
    test ! -e /etc/kiosk/settings.yaml && test ! -e /usr/bin/kiosk
    test ! -e /usr/lib/python3/dist-packages/kiosk && test ! -e /opt/kiosk/venv
    test "$before" = "$(find /var/lib/kiosk -printf '%p %U %G %m %s %T@\n' | sort | sha256sum)"
    echo "purged; /var/lib/kiosk kept as it was"
fi
step done
"""


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kiosk" / "chroot"


def base_tarball(suite: str, log: list[str]) -> Path:
    """A minimal ``suite`` chroot as a tarball, made once a week."""
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    tarball = cache / f"{suite}.tar"
    if tarball.is_file() and time.time() - tarball.stat().st_mtime < MAX_AGE_DAYS * 86400:
        log.append(f"chroot: {tarball} (cached)")
        return tarball
    started = time.monotonic()
    partial = tarball.with_suffix(".partial.tar")
    command = ["mmdebstrap", "--quiet", "--variant=apt", "--include=ca-certificates", suite, str(partial), MIRROR]
    subprocess.run(command, check=True, timeout=900)
    partial.replace(tarball)
    log.append(f"chroot: made {tarball} in {time.monotonic() - started:.0f} s")
    return tarball


def in_chroot(
    suite: str,
    script: str,
    args: list[str],
    setup: Callable[[Path], None] = lambda root: None,
    after: Callable[[Path], None] = lambda root: None,
    timeout: float = 1500,
) -> tuple[int, str]:
    """Run ``script`` (/bin/sh, with ``args``) as root in a fresh ``suite`` chroot; (exit status,
    log). ``setup(root)`` puts files into it first, ``after(root)`` takes results out of it."""
    log: list[str] = []
    if os.geteuid() != 0:
        return 2, "deb_chroot: needs root (chroot and mounts)"
    if not shutil.which("mmdebstrap"):
        return 2, "deb_chroot: needs mmdebstrap (apt-get install mmdebstrap)"
    started = time.monotonic()
    tarball = base_tarball(suite, log)
    archives = cache_dir() / f"apt-{suite}"
    (archives / "partial").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"kiosk-{suite}-") as tmp:
        root = Path(tmp)
        subprocess.run(["tar", "-C", str(root), "-xf", str(tarball)], check=True, timeout=300)
        setup(root)
        (root / "tmp" / "check.sh").write_text(script, encoding="utf-8")
        shutil.copy("/etc/resolv.conf", root / "etc" / "resolv.conf")
        quoted = " ".join(shlex.quote(a) for a in args)
        # the chroot's own mounts, in a mount namespace of their own: they go when it ends
        inner = (
            f"mount -t proc proc {root}/proc && mount --rbind /dev {root}/dev && "
            f"mount --bind {archives} {root}/var/cache/apt/archives && "
            f"exec chroot {root} /bin/sh /tmp/check.sh {quoted}"
        )
        try:
            done = subprocess.run(
                ["unshare", "--mount", "--propagation", "private", "--fork", "sh", "-c", inner],
                capture_output=True, text=True, timeout=timeout,
            )  # fmt: skip
        except subprocess.TimeoutExpired as e:
            return 124, f"deb_chroot: still running after {timeout:.0f} s\n{e.stdout!r}"
        after(root)
    log += [done.stdout, done.stderr, f"deb_chroot: {suite}: {time.monotonic() - started:.0f} s in all"]
    return done.returncode, "\n".join(log)


def run(
    suite: str, deb: Path, upgrade_to: Path | None = None, proof: Path | None = None, repo: Path | None = None
) -> tuple[int, str]:
    """Install ``deb`` (then ``upgrade_to``) in a fresh ``suite`` chroot; (exit status, log).
    ``proof``: where to copy the PNGs ``kiosk proof`` made there. ``repo``: a local apt repository
    (tools/apt_repo.py) holding ``deb``, which is then installed by name from it."""
    names = [f"/tmp/{deb.name}", "", ""]
    if upgrade_to:
        names[1] = f"/tmp/{upgrade_to.name}"
    if repo:
        package = subprocess.run(["dpkg-deb", "-f", str(deb), "Package"], capture_output=True, text=True)
        names[0], names[2] = package.stdout.strip(), "/srv/kiosk-apt"

    def setup(root: Path) -> None:
        for path in (deb, upgrade_to):
            if path:
                shutil.copy(path, root / "tmp" / path.name)
        if repo:
            shutil.copytree(repo, root / "srv" / "kiosk-apt")

    def after(root: Path) -> None:
        if proof and (root / "tmp" / "proof").is_dir():
            shutil.copytree(root / "tmp" / "proof", proof, dirs_exist_ok=True)

    return in_chroot(suite, SCRIPT, names, setup, after)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("suite", help="bookworm, trixie, …")
    parser.add_argument("deb", type=Path)
    parser.add_argument("--upgrade-to", type=Path, help="a newer build to install over it")
    parser.add_argument("--proof", type=Path, help="copy the proof's PNGs here")
    parser.add_argument("--repo", type=Path, help="install DEB by name from this local apt repository")
    args = parser.parse_args(argv)
    upgrade = args.upgrade_to.resolve() if args.upgrade_to else None
    code, log = run(args.suite, args.deb.resolve(), upgrade, args.proof, args.repo)
    print(log)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
