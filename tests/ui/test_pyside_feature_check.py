"""kiosk.ui answers PySide's per-import question (does this module use PySide?) from the file's
bytes instead of tokenising its source; the answers must stay PySide's own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import kiosk.ui  # noqa: F401  # installs the quicker check


@pytest.mark.parametrize(("text", "uses"), [("from PySide6.QtCore import QObject\n", True), ("import json\n", False)])
def test_pyside_still_learns_which_modules_use_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, uses: bool
) -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "pyside_feature_dict"):
        pytest.skip("this PySide has no per-module feature check")
    assert getattr(feature._mod_uses_pyside, "kiosk", False)  # ours, not inspect.getsource
    name = f"probe_{'uses' if uses else 'plain'}_{tmp_path.name}".replace("-", "_")
    (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = __import__(name)  # through the import hook PySide installs (importlib.import_module is not)
    try:
        assert feature.pyside_feature_dict[name] == (0 if uses else -1)
        assert feature._mod_uses_pyside(module) is uses
    finally:
        sys.modules.pop(name, None)
        feature.pyside_feature_dict.pop(name, None)
