"""Lint every QML file of the kiosk with the types of its Python singletons, and fail on any warning.

qmllint cannot see types registered from Python, so this writes them down first, the way
``pyside6-project qmllint`` does: ``pyside6-metaobjectdump`` reads the modules that register QML
types (``QML_IMPORT_NAME``), ``pyside6-qmltyperegistrar`` turns that into a ``.qmltypes`` file,
and a ``qmldir`` beside it makes the ``KioskBackend`` module importable for the linter only.

    .venv/bin/python tools/qmllint.py [--qml DIR]   # exit 0: no warning; 1: warnings; 2: a tool failed
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "kiosk" / "ui"
QML = UI / "qml"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def registered_modules() -> tuple[str, list[Path]]:
    """The module name and the Python files that register types into it (derived, not listed)."""
    names: dict[str, list[Path]] = {}
    for path in sorted(UI.glob("*.py")):
        m = re.search(r'^QML_IMPORT_NAME = "([^"]+)"', path.read_text(encoding="utf-8"), re.M)
        if m:
            names.setdefault(m.group(1), []).append(path)
    if len(names) != 1:
        raise SystemExit(f"qmllint: expected one QML module registered from Python, found {sorted(names)}")
    return next(iter(names.items()))


def qt_metatypes() -> list[Path]:
    import PySide6

    folder = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    return [next(folder.glob(f"qt6{mod}_*metatypes.json")) for mod in ("core", "qml")]


def mark_constants(dump: Path, sources: list[Path]) -> None:
    """pyside6-metaobjectdump leaves out ``constant=True``; without it qmllint warns of a stale
    read on every constant property. Put it back from the source."""
    constant = set()
    for path in sources:
        text = path.read_text(encoding="utf-8")
        constant |= set(re.findall(r"@Property\([^\n]*constant=True[^\n]*\n\s*def (\w+)\(", text))
    data = json.loads(dump.read_text(encoding="utf-8"))
    for entry in data:
        for cls in entry.get("classes", []):
            for prop in cls.get("properties", []):
                if prop["name"] in constant:
                    prop["constant"] = True
    dump.write_text(json.dumps(data), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    qml = Path(args[args.index("--qml") + 1]) if "--qml" in args else QML  # another copy, for a test
    module, sources = registered_modules()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / module
        out.mkdir()
        dump = Path(tmp) / "metatypes.json"
        steps = [
            [_tool("pyside6-metaobjectdump"), "--quiet", "-o", str(dump), *map(str, sources)],
            [
                _tool("pyside6-qmltyperegistrar"),
                "--import-name",
                module,
                "--major-version",
                "1",
                "--minor-version",
                "0",
                "--foreign-types=" + ",".join(map(str, qt_metatypes())),
                "--generate-qmltypes",
                str(out / "types.qmltypes"),
                "-o",
                str(Path(tmp) / "registrations.cpp"),
                str(dump),
            ],
        ]
        for cmd in steps:
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode != 0:
                print(f"qmllint: {Path(cmd[0]).name} failed:\n{done.stdout}{done.stderr}", file=sys.stderr)
                return 2
            if cmd is steps[0]:
                mark_constants(dump, sources)
        (out / "qmldir").write_text(f"module {module}\ntypeinfo types.qmltypes\n", encoding="utf-8")
        files = sorted(str(p) for p in (qml / "Kiosk").glob("*.qml"))
        lint = subprocess.run(
            [_tool("pyside6-qmllint"), "-I", tmp, "-I", str(qml), *files], capture_output=True, text=True, cwd=ROOT
        )
    report = (lint.stdout + lint.stderr).strip()
    warnings = report.count("Warning:")
    if lint.returncode != 0 or warnings:
        print(report)
        print(f"qmllint: {warnings} warning(s) in {len(files)} QML files", file=sys.stderr)
        return 1
    print(f"qmllint: {len(files)} QML files, no warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
