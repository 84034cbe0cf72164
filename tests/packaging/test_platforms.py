"""The dependency ranges install on Windows x64, Linux x86_64 and Raspberry Pi OS Bookworm
(aarch64), for Python 3.11: asked of the package index (tools/platforms.py), nothing installed.

It needs the index. Without a network it is skipped, with a message, except under CI (CI=true),
where the registries are always there and a skip would hide a broken range.
"""

from __future__ import annotations

import os

import pytest

from tools.platforms import PLATFORMS, Platform, check, dependencies, index_reachable


@pytest.fixture(scope="module", autouse=True)
def _index() -> None:
    if not index_reachable():
        message = "the package index (pypi.org) cannot be reached: the platform check needs it"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{message}, and CI must run it")
        pytest.skip(f"{message}; run it with a network: python tools/platforms.py")


@pytest.mark.parametrize("platform", PLATFORMS, ids=lambda p: p.tags[0])
def test_every_dependency_installs_as_a_binary_wheel(platform: Platform) -> None:
    found, problems = check(platform, dependencies())
    assert problems == []
    assert tuple(int(n) for n in found["pyside6-essentials"].split(".")[:2]) >= (6, 8)


def test_a_range_bookworm_cannot_install_is_caught() -> None:
    """PySide6 6.9 has no wheel for glibc 2.36 on aarch64: raising the bound would strand every Pi."""
    (bookworm,) = (p for p in PLATFORMS if "aarch64" in p.tags[0])
    _, problems = check(bookworm, ["PySide6-Essentials>=6.9,<6.12"])
    assert problems and "cannot install" in problems[0]
