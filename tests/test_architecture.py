"""The domain imports no Qt: importing it in a fresh interpreter loads no PySide6 module."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import kiosk


def _domain_modules() -> list[str]:
    """Every module of the kiosk outside ``kiosk.ui``, found by walking the package (a new module
    is checked without anyone adding it to a list)."""
    found = ["kiosk"]
    found += [m.name for m in pkgutil.walk_packages(kiosk.__path__, "kiosk.") if not m.name.startswith("kiosk.ui")]
    return found


def test_domain_imports_no_qt() -> None:
    modules = _domain_modules()
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [], f"Qt imported by one of {modules}"


def test_loader_imports_no_heavy_libraries() -> None:
    code = (
        "import sys, json, kiosk.content.loader\n"
        "print(json.dumps([m for m in ('pydantic', 'jsonschema', 'difflib', 'PIL') "
        "if m in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_derivative_lookup_imports_no_pillow() -> None:
    """The kiosk reads the derivative manifest before its first frame: json and os only."""
    code = (
        "import sys, json, kiosk.media.derivatives\n"
        "print(json.dumps([m for m in ('PIL', 'tqdm', 'kiosk.media.images', 'kiosk.content.loader') "
        "if m in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_every_top_level_module_is_in_a_layer_of_the_import_contracts() -> None:
    """lint-imports checks only the modules its layers name: a new top-level module must be placed."""
    import tomllib
    from pathlib import Path

    config = tomllib.loads((Path(kiosk.__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    (layers,) = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    placed = {name.strip() for layer in layers["layers"] for name in layer.split("|")}
    top = {f"kiosk.{m.name}" for m in pkgutil.iter_modules(kiosk.__path__)}
    assert top - placed == set(), "place these in a layer in pyproject.toml"
    assert placed - top == set(), "these layers name modules that do not exist"


def test_every_module_of_the_ui_layer_can_be_read_in_one_sitting() -> None:
    """The Qt side stays a set of small modules, each with one job (docs/architecture.md): a module
    of kiosk/ui of 300 lines or more is a sign that two jobs have grown together (issue 11: under 300)."""
    from pathlib import Path

    ui = Path(kiosk.__file__).parent / "ui"
    lengths = {p.relative_to(ui).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in ui.rglob("*.py")}
    assert lengths, "no modules found under kiosk/ui"
    assert {name: n for name, n in lengths.items() if n >= 300} == {}


def test_the_package_version_is_the_one_pyproject_gives() -> None:
    """``kiosk.__version__`` is read at start-up instead of the installed metadata (35 ms)."""
    import tomllib
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert kiosk.__version__ == pyproject["project"]["version"]


def test_the_kiosk_imports_no_qt_module_the_windows_bundle_leaves_out() -> None:
    """deploy/windows/kiosk.spec drops the Qt modules it names as unused; a kiosk module that
    imports one works from a clone and fails in the bundle (the proof's taps once used Qt Test)."""
    import ast
    from pathlib import Path

    root = Path(kiosk.__file__).parent
    spec = ast.parse((root.parent / "deploy" / "windows" / "kiosk.spec").read_text(encoding="utf-8"))
    (unused,) = (
        ast.literal_eval(node.value)
        for node in spec.body
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "UNUSED" for t in node.targets)
    )
    left_out = {f"PySide6.Qt{name}" for name in unused}
    assert "PySide6.QtTest" in left_out and "PySide6.QtQuick" not in left_out
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            found += [f"{path.relative_to(root)}:{node.lineno}: {n}" for n in names if n in left_out]
    assert found == []
