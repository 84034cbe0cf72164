"""Do the kiosk's dependency ranges install on every platform it supports? Asks the package index,
installs nothing, downloads no wheel.

    python tools/platforms.py          # one line per platform; exit 1 if one cannot install

For each platform, pip resolves pyproject.toml's dependencies as a binary wheel for that platform
and CPython 3.11 (``pip install --dry-run --no-deps --only-binary=:all: --platform … --target``,
the resolution ``pip download`` does, but reading the index's metadata instead of fetching
hundreds of megabytes of Qt). Raspberry Pi OS Bookworm (glibc 2.36, aarch64) is the tight one:
only PySide6 6.8.0.x has wheels it accepts, so the lower bound must stay 6.8.0 (issue 17).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = "3.11"  # the oldest supported: what Debian 12 and Raspberry Pi OS Bookworm ship


def _manylinux(arch: str, glibc_minor: int) -> tuple[str, ...]:
    """The tags a glibc 2.<minor> system accepts: every manylinux_2_N up to it, and the old names."""
    return (*(f"manylinux_2_{n}_{arch}" for n in range(glibc_minor, 16, -1)), f"manylinux2014_{arch}")


@dataclass(frozen=True)
class Platform:
    name: str
    tags: tuple[str, ...]
    #: dependency name → versions it must resolve to (a prefix: "6.8.0" accepts 6.8.0.2)
    expect: tuple[tuple[str, str], ...] = ()


PLATFORMS = (
    Platform("Windows 10/11 x64 (win_amd64)", ("win_amd64",)),
    Platform("Linux x86_64, glibc 2.36 (Debian 12, Ubuntu 24.04)", _manylinux("x86_64", 36)),
    Platform(
        "Raspberry Pi OS Bookworm, aarch64 (manylinux_2_36_aarch64 and below)",
        _manylinux("aarch64", 36),
        expect=(("pyside6-essentials", "6.8.0"), ("pyside6-addons", "6.8.0")),
    ),
)


def dependencies() -> list[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def index_reachable(url: str = "https://pypi.org/simple/pip/", timeout: float = 15) -> bool:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=timeout):
            return True
    except OSError:
        return False


def resolve(platform: Platform, requirements: list[str]) -> tuple[dict[str, str], str]:
    """{name: version} pip would install on ``platform``, and pip's complaint ("" if none)."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed", "--no-deps"]
        command += ["--only-binary=:all:", "--python-version", PYTHON, "--implementation", "cp"]
        command += ["--abi", f"cp{PYTHON.replace('.', '')}", "--target", str(Path(tmp) / "t"), "--report", str(report)]
        for tag in platform.tags:
            command += ["--platform", tag]
        done = subprocess.run([*command, *requirements], capture_output=True, text=True, timeout=600)
        if done.returncode != 0 or not report.is_file():
            errors = [line for line in done.stderr.splitlines() if line.startswith("ERROR")]
            return {}, "\n".join(errors) or done.stderr.strip() or f"pip exited {done.returncode}"
        items = json.loads(report.read_text(encoding="utf-8"))["install"]
    return {i["metadata"]["name"].lower().replace("_", "-"): i["metadata"]["version"] for i in items}, ""


def check(platform: Platform, requirements: list[str]) -> tuple[dict[str, str], list[str]]:
    """What pip would install on ``platform``, and what is wrong (empty if every dependency
    installs as expected)."""
    found, complaint = resolve(platform, requirements)
    if complaint:
        return found, [f"{platform.name}: cannot install: {complaint}"]
    wanted = {r.split(">")[0].split("<")[0].split("=")[0].strip().lower().replace("_", "-") for r in requirements}
    problems = [f"{platform.name}: {name} not resolved" for name in sorted(wanted - set(found))]
    for name, prefix in platform.expect:
        version = found.get(name, "")
        if version != prefix and not version.startswith(prefix + "."):
            problems.append(f"{platform.name}: {name} resolved to {version or 'nothing'}, expected {prefix}.x")
    return found, problems


def main() -> int:
    requirements = dependencies()
    failed = False
    for platform in PLATFORMS:
        found, problems = check(platform, requirements)
        failed |= bool(problems)
        shown = ", ".join(f"{k} {v}" for k, v in sorted(found.items()))
        print(f"{'FAIL' if problems else 'ok'}  {platform.name}: {shown}")
        for line in problems:
            print(f"      {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
