"""Load + validate time for generated exhibits of 10, 100 and 1,000 panels, for the bundled content,
and the import cost of the loader. Run by hand: ``.venv/bin/python bench/load.py``.

Prints a markdown table. The generated panels mix every kind, with about 50 words of body text per
language, in sections of at most 50 panels, using the sample exhibit's media.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kiosk import BUNDLED_CONTENT  # noqa: E402
from kiosk.content import load  # noqa: E402

SAMPLE = REPO / "tests" / "sample"
RUNS = 7
WORDS = (
    "The garrison held the valley for weeks while supplies came only by air and the "
    "hills fell one by one under artillery fire. "
) * 2

IMG = "{file: assets/sample/photo.png, alt: {vi: Ảnh, en: A picture, fr: Une image}, credit: Test, licence: CC0 1.0}"


def t(word: str) -> str:
    return f"{{vi: {word} vi, en: {word} en, fr: {word} fr}}"


def body() -> str:
    return "\n      vi: |\n        " + WORDS + "\n      en: |\n        " + WORDS + "\n      fr: |\n        " + WORDS


def panel(kind: str, n: int) -> str:
    head = f"  - kind: {kind}\n    id: p{n}\n    title: {t('Title')}\n    sources: [book]\n"
    if kind == "story":
        return head + f"    body:{body()}\n    image: {IMG}\n"
    if kind == "quote":
        return head + (
            f"    speaker: Someone\n    role: {t('Role')}\n    date: 1954-03\n"
            "    original: {lang: fr, text: Rien ne passera.}\n"
            "    translation: {vi: Không gì lọt qua., en: Nothing will pass.}\n"
            f"    context: {t('Context')}\n"
        )
    if kind == "figures":
        return head + (
            "    items:\n"
            + "".join(
                f"      - {{value: {i * 100}, unit: {t('men')}, label: {t('Label')}, source: book}}\n"
                for i in range(1, 4)
            )
            + "    chart:\n      bars:\n"
            + "".join(f"        - {{label: {t('Bar')}, value: {i}}}\n" for i in range(1, 4))
        )
    if kind == "timeline":
        return head + (
            "    eras:\n      - {from: 1953-05, to: 1954-03-12, title: "
            + t("Era")
            + "}\n    events:\n"
            + "".join(
                f"      - {{date: 1954-0{m}-1{m}, title: {t('Event')}, body: {t('Body')}}}\n" for m in (5, 3, 4, 1)
            )
        )
    if kind == "map":
        return head + (
            f"    image: {IMG}\n    hotspots:\n"
            + "".join(
                f"      - {{id: h{i}, x: 0.{i}, y: 0.{i}, title: {t('Spot')}, body: {t('Body')}}}\n"
                for i in range(1, 6)
            )
            + "    layers:\n"
            + "".join(
                f"      - {{date: 1954-03-1{i}, title: {t('Day')}, marks: [{{hotspot: h{i}, state: fallen}}]}}\n"
                for i in range(1, 6)
            )
        )
    if kind == "gallery":
        return head + "    images:\n" + "".join(f"      - {IMG[:-1]}, caption: {t('Caption')}}}\n" for _ in range(3))
    if kind == "compare":
        return head + (
            f"    left: {{heading: {t('Left')}, body: {t('Body')}}}\n"
            f"    right: {{heading: {t('Right')}, body: {t('Body')}}}\n"
        )
    if kind == "quiz":
        return head + (
            "    questions:\n"
            + "".join(
                f"      - prompt: {t('Question')}\n        choices:\n"
                f"          - {{text: {t('A')}, feedback: {t('Yes')}, correct: true}}\n"
                f"          - {{text: {t('B')}, feedback: {t('No')}}}\n"
                for _ in range(2)
            )
        )
    track = (
        "{file: assets/sample/voice.wav, captions: {vi: assets/sample/voice.vi.vtt, "
        "en: assets/sample/voice.en.vtt, fr: assets/sample/voice.fr.vtt}, transcript: "
        f"{t('Words')}, credit: Test, licence: CC0 1.0}}"
    )
    if kind == "audio":
        return head + f"    track: {track}\n"
    return head + f"    track: {track.replace('voice.wav', 'clip.webm')}\n    poster: {IMG}\n"


KINDS = ("story", "quote", "figures", "timeline", "map", "gallery", "compare", "quiz", "audio", "video")


def generate(root: Path, panels: int) -> None:
    shutil.copytree(SAMPLE / "assets", root / "assets")
    folder = root / "exhibits" / "bench"
    folder.mkdir(parents=True)
    per_section = 50
    sections = [f"s{i}" for i in range((panels + per_section - 1) // per_section)]
    (folder / "exhibit.yaml").write_text(
        f"id: bench\ntitle: {t('Bench')}\nlanguages: [vi, en, fr]\n"
        f"attract:\n  - image: {IMG}\n    text: {t('Touch')}\n"
        f"sections: [{', '.join(sections)}]\n"
        "bibliography:\n  book: {citation: A book.}\n",
        encoding="utf-8",
    )
    n = 0
    for sid in sections:
        count = min(per_section, panels - n)
        text = f"id: {sid}\ntitle: {t('Section')}\nsummary: {t('Summary')}\ncover: {IMG}\npanels:\n" + "".join(
            panel(KINDS[(n + i) % len(KINDS)], n + i) for i in range(count)
        )
        n += count
        (folder / f"{sid}.yaml").write_text(text, encoding="utf-8")


def time_load(root: Path) -> tuple[float, int, int, int]:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        result = load(root)
        times.append(time.perf_counter() - start)
    panels = sum(len(s.panels) for e in result.exhibits for s in e.sections)
    size = sum(p.stat().st_size for p in (root / "exhibits").rglob("*.yaml"))
    return statistics.median(times), panels, len(result.problems), size


def import_time(env: dict[str, str]) -> tuple[float, float]:
    """(cumulative -X importtime of kiosk.content.loader, fresh interpreter wall time minus bare)."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import kiosk.content.loader"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
    ).stderr
    cumulative = 0.0
    for line in out.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\s*)(\S+)", line)
        if match and match.group(3) == "kiosk.content.loader":
            cumulative = int(match.group(1)) / 1000

    def wall(code: str) -> float:
        runs = []
        for _ in range(RUNS):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, env=env)
            runs.append(time.perf_counter() - start)
        return statistics.median(runs)

    return cumulative, (wall("import kiosk.content.loader") - wall("pass")) * 1000


def import_times() -> list[tuple[str, float, float]]:
    """Import cost with bytecode caches (as installed) and without (PYTHONDONTWRITEBYTECODE)."""
    rows = []
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        subprocess.run(
            [sys.executable, "-c", "import kiosk.content.loader"], check=True, cwd=REPO, env=env
        )  # write the caches
        rows.append(("with .pyc caches", *import_time(env)))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    rows.append(("no .pyc (compiled from source)", *import_time(env)))
    return rows


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for panels in (10, 100, 1000):
            root = Path(tmp) / f"p{panels}"
            generate(root, panels)
            seconds, loaded, problems, size = time_load(root)
            assert problems == 0 and loaded == panels, (problems, loaded)
            rows.append((f"generated, {panels:,} panels", loaded, size, seconds))
    seconds, loaded, problems, size = time_load(BUNDLED_CONTENT)
    rows.append((f"bundled content ({problems} errors)", loaded, size, seconds))
    print(f"load + validate, median of {RUNS} runs, Python {sys.version.split()[0]}\n")
    print("| content | panels | YAML | load + validate | per panel |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, loaded, size, seconds in rows:
        per = f"{seconds / loaded * 1000:.2f} ms" if loaded else "–"
        print(f"| {name} | {loaded:,} | {size / 1024:,.0f} KiB | {seconds * 1000:,.0f} ms | {per} |")
    print("\n| import kiosk.content.loader | -X importtime (cumulative) | wall, minus bare python |")
    print("| --- | ---: | ---: |")
    for name, cumulative, wall in import_times():
        print(f"| {name} | {cumulative:.0f} ms | {wall:.0f} ms |")


if __name__ == "__main__":
    main()
