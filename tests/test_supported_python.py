"""The Pythons the kiosk supports are stated once (pyproject.toml), and CI tests the oldest."""

from __future__ import annotations

import os
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def supported() -> tuple[tuple[int, int], tuple[int, int]]:
    """The oldest supported Python and the first one that is not, from ``requires-python``."""
    spec = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    low = re.fullmatch(r">=3\.([0-9]+),<3\.([0-9]+)", spec.replace(" ", ""))
    assert low, f"requires-python should read '>=3.X,<3.Y', not {spec!r}"
    return (3, int(low[1])), (3, int(low[2]))


def test_this_python_is_a_supported_one() -> None:
    oldest, beyond = supported()
    assert oldest <= sys.version_info[:2] < beyond


def test_ci_runs_on_the_oldest_supported_python() -> None:
    # Python 3.11 is where a lost reference to True or None is fatal (tests/ui/test_reference_counts.py),
    # and what Debian 12 and Raspberry Pi OS Bookworm ship: CI must run there, not on a newer one.
    if os.environ.get("CI") != "true":
        pytest.skip("not a CI run (CI=true)")
    assert sys.version_info[:2] == supported()[0]


def test_the_readme_states_the_same_pythons() -> None:
    oldest, beyond = supported()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    newest = f"3.{beyond[1] - 1}"
    assert f"Python 3.{oldest[1]} to {newest}" in readme
