"""The build backend: setuptools', asking for PySide6 only when a wheel is built.

setup.py compiles the interface translations into the wheel with Qt's lrelease, which comes with
PySide6-Essentials. An editable install (``deploy/bootstrap.sh``) and a source distribution do
not compile anything, so they do not make pip fetch and unpack PySide6 into a build environment.
"""

from __future__ import annotations

from typing import Any

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403 - the whole backend interface, unchanged

#: The same range as the dependency in pyproject.toml.
LRELEASE = "PySide6-Essentials>=6.8,<6.12"


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*build_meta.get_requires_for_build_wheel(config_settings), LRELEASE]
