"""Shared by the packaging tests: the repository's source, copied without what a clone builds."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

#: Built or local to one machine: a clean clone has none of these, so the build must not need them.
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", ".derivatives", "build", "dist", "*.egg-info", "__pycache__", "*.qm", "proof",
    ".mypy_cache", ".ruff_cache", ".hypothesis", ".pytest_cache",
)  # fmt: skip


def copy_source(to: Path) -> Path:
    """The repository as a clean clone has it, at ``to`` (builds write build/ and egg-info there)."""
    shutil.copytree(REPO, to, ignore=NOT_SOURCE)
    return to
