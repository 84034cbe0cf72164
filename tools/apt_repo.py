"""A local apt repository from the kiosk's .deb files, to serve on a LAN or copy to a USB stick.

    python tools/apt_repo.py OUT dist/*.deb

OUT becomes a flat repository (``deb [trusted=yes] file:/media/usb/kiosk-apt ./``, or over
http from any web server): the packages, ``Packages``, ``Packages.gz`` and a ``Release`` with
their checksums. ``Packages`` comes from dpkg-scanpackages when it is installed (dpkg-dev), else
from this script's own writer (the same fields, read with ``dpkg-deb``). Running it again with
more packages adds them; a package already there with the same name, version and architecture
is replaced. docs/packages.md says how to use it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import shutil
import subprocess
import sys
from email.utils import formatdate
from pathlib import Path

ORIGIN = "kiosk"


def _digests(path: Path) -> dict[str, str]:
    data = path.read_bytes()
    return {name: hashlib.new(name, data).hexdigest() for name in ("md5", "sha1", "sha256")}


def stanza(deb: Path, filename: str) -> str:
    """The Packages entry of one .deb: its control fields, then where it is and its checksums."""
    control = subprocess.run(["dpkg-deb", "-f", str(deb)], check=True, capture_output=True, text=True).stdout
    sums = _digests(deb)
    extra = (
        f"Filename: {filename}\nSize: {deb.stat().st_size}\n"
        f"MD5sum: {sums['md5']}\nSHA1: {sums['sha1']}\nSHA256: {sums['sha256']}\n"
    )
    return control.rstrip("\n") + "\n" + extra


def packages_index(repo: Path) -> str:
    debs = sorted(repo.glob("*.deb"))
    if shutil.which("dpkg-scanpackages"):
        done = subprocess.run(
            ["dpkg-scanpackages", "--multiversion", ".", "/dev/null"],
            cwd=repo, check=True, capture_output=True, text=True,
        )  # fmt: skip
        return done.stdout
    return "\n".join(stanza(deb, f"./{deb.name}") for deb in debs)


def release(repo: Path, files: list[str]) -> str:
    lines = [f"Origin: {ORIGIN}", f"Label: {ORIGIN}", f"Date: {formatdate(usegmt=True)}"]
    for field, name in (("MD5Sum", "md5"), ("SHA1", "sha1"), ("SHA256", "sha256")):
        lines.append(f"{field}:")
        for f in files:
            lines.append(f" {_digests(repo / f)[name]} {(repo / f).stat().st_size} {f}")
    return "\n".join(lines) + "\n"


def make(repo: Path, debs: list[Path]) -> Path:
    repo.mkdir(parents=True, exist_ok=True)
    for deb in debs:
        if deb.resolve().parent != repo.resolve():
            shutil.copy2(deb, repo / deb.name)
    text = packages_index(repo)
    (repo / "Packages").write_text(text, encoding="utf-8")
    with gzip.open(repo / "Packages.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(text)
    (repo / "Release").write_text(release(repo, ["Packages", "Packages.gz"]), encoding="utf-8")
    return repo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("debs", type=Path, nargs="*")
    args = parser.parse_args(argv)
    missing = [str(d) for d in args.debs if not d.is_file()]
    if missing:
        print(f"apt_repo: no such package: {', '.join(missing)}", file=sys.stderr)
        return 2
    repo = make(args.out, args.debs)
    names = sorted(p.name for p in repo.glob("*.deb"))
    print(f"apt_repo: {len(names)} package(s) in {repo}: {', '.join(names)}")
    print(f"  use: echo 'deb [trusted=yes] file:{repo.resolve()} ./' > /etc/apt/sources.list.d/kiosk.list")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
