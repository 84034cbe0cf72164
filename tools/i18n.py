"""Keep the interface translations (kiosk/ui/i18n/kiosk_<lang>.ts) in step with the code.

    python tools/i18n.py [--check] [TABLE.tsv ...]

Runs pyside6-lupdate over the QML files and kiosk/ui's Python (new strings in, strings no longer
used out), then fills every unfinished translation it can from the tables given: one line a
string, tab-separated, ``context  source  vi  fr`` (a header line ``context source vi fr …`` may
name other language columns). English is filled with the source text itself. What is still
untranslated is listed and the exit status is 1. ``--check`` works on copies and changes nothing:
the test suite uses it to fail when a string in the code has no translation.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "kiosk" / "ui" / "i18n"
DEFAULT_COLUMNS = ("context", "source", "vi", "fr")


def lupdate() -> str:
    """The lupdate next to this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else "pyside6-lupdate"


def sources() -> list[str]:
    qml = sorted((REPO / "kiosk" / "ui" / "qml" / "Kiosk").glob("*.qml"))
    py = sorted((REPO / "kiosk" / "ui").glob("*.py"))
    return [str(p) for p in (*qml, *py)]


def read_tables(paths: list[Path]) -> dict[tuple[str, str], dict[str, str]]:
    """(context, source) → {language: translation} from the tab-separated tables."""
    found: dict[tuple[str, str], dict[str, str]] = {}
    for path in paths:
        columns: tuple[str, ...] = DEFAULT_COLUMNS
        with path.open(encoding="utf-8", newline="") as f:
            for n, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                if not row or not "".join(row).strip() or row[0].startswith("#"):
                    continue
                if n == 1 and row[:2] == ["context", "source"]:
                    columns = tuple(row)
                    continue
                if len(row) < 3:
                    raise SystemExit(f"{path}:{n}: expected context, source and translations, tab-separated")
                entry = found.setdefault((row[0], row[1]), {})
                for lang, text in zip(columns[2:], row[2:], strict=False):
                    if text.strip():
                        entry[lang] = text
    return found


def fill(ts: Path, table: dict[tuple[str, str], dict[str, str]]) -> list[str]:
    """Fills the unfinished messages of one .ts file; returns those it could not."""
    tree = ET.parse(ts)
    root = tree.getroot()
    lang = root.get("language", ts.stem.removeprefix("kiosk_"))
    missing: list[str] = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation", {"type": "unfinished"})
            if tr.get("type") != "unfinished":
                continue
            text = source if lang == "en" else table.get((name, source), {}).get(lang)
            if text is None:
                missing.append(f"{ts.name}: {name}: {source!r}")
                continue
            del tr.attrib["type"]
            if message.get("numerus") == "yes":
                forms = tr.findall("numerusform") or [ET.SubElement(tr, "numerusform")]
                variants = text.split("|")
                for i, form in enumerate(forms):
                    form.text = variants[min(i, len(variants) - 1)]
            else:
                tr.text = text
    root.text = "\n"
    for child in root:
        ET.indent(child, space="    ")
        child.tail = "\n"
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def update(folder: Path, table: dict[tuple[str, str], dict[str, str]]) -> list[str]:
    files = sorted(folder.glob("kiosk_*.ts"))
    subprocess.run(
        [lupdate(), *sources(), "-no-obsolete", "-locations", "absolute", "-ts", *map(str, files)],
        check=True,
        capture_output=True,
    )
    return [m for ts in files for m in fill(ts, table)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail on any untranslated string")
    parser.add_argument("tables", nargs="*", type=Path)
    args = parser.parse_args(argv)
    table = read_tables(args.tables)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "kiosk" / "ui" / "i18n"
            copy.mkdir(parents=True)
            for ts in I18N.glob("kiosk_*.ts"):
                shutil.copy(ts, copy)
            missing = update(copy, table)
    else:
        missing = update(I18N, table)
    for line in missing:
        print(f"untranslated: {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
