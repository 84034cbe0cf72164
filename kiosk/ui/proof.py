"""``kiosk proof``: every screen and panel, in every language and orientation, as PNGs.

Curators sign content off from the contact sheet (``index.html``); the command lists every text
that is cut off and every touch target that is too small, and exits 1 if there is any.
"""

from __future__ import annotations

import html
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

DEFAULT_SIZES: tuple[tuple[int, int], ...] = ((1920, 1080), (1080, 1920))


def _screens(kiosk, exhibit) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Drive the kiosk through every screen; yields a name once each one is showing."""
    visit, idle = kiosk.visit, kiosk.idle
    yield "attract"
    visit.start()
    yield "home"
    for s, section in enumerate(exhibit.sections):
        visit.openSection(s)
        for p, panel in enumerate(section.panels):
            visit.goToPanel(p)
            yield f"{section.id}-{p + 1:02d}-{panel.id}"
        visit.goHome()
    # The idle warning, over the home screen.
    idle.session.timeout = 0.001
    idle.tick()
    yield "idle-warning"
    idle.startOver()


#: What Qt says about the machine, not the content (no sound server in a lab or in CI).
_IGNORED = re.compile(r"^(PulseAudioService: pa_context_connect\(\) failed|No audio device detected)$")


def proof(
    content: Path,
    out: Path,
    sizes: Sequence[tuple[int, int]] | None = None,
    languages: Sequence[str] | None = None,
    state_dir: Path | None = None,
) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from kiosk.state import default_state_dir

    # compiled QML goes under the state directory, as for `kiosk run`, not into ~/.cache
    os.environ.setdefault("QML_DISK_CACHE_PATH", str((state_dir or default_state_dir()) / "cache" / "qml"))
    from PySide6.QtCore import QObject, QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    from kiosk.media.derivatives import default_out
    from kiosk.ui.app import Kiosk
    from kiosk.ui.fonts import load_fonts
    from kiosk.ui.glue import install_error_funnel
    from kiosk.ui.inspect import layout_issues, settle
    from kiosk.ui.run import load_exhibit

    install_error_funnel()
    # A QML warning (a binding that reads what its view lacks, a file that fails to load) is a
    # problem on the screen it was drawn for, even when the picture looks right.
    said: list[str] = []

    def hear(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and not _IGNORED.search(message):
            said.append(message)

    qInstallMessageHandler(hear)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    load_fonts()
    exhibit, problems = load_exhibit(content)
    if exhibit is None:
        for problem in problems:
            print(problem.format(), file=sys.stderr)
        print("kiosk proof: no exhibit could be loaded; run `kiosk validate` for details", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    built = default_out(content, state_dir)  # where `kiosk assets build` put the pictures
    langs = [lang for lang in (languages or exhibit.languages) if lang in exhibit.languages]
    rows: dict[str, dict[str, str]] = {}
    findings: list[str] = []
    for width, height in sizes or DEFAULT_SIZES:
        size = f"{width}x{height}"
        for lang in langs:
            kiosk = Kiosk(exhibit, language=lang, size=(width, height), built=built)
            theme = kiosk.engine.singletonInstance("Kiosk", "Theme")
            if not isinstance(theme, QObject):
                raise RuntimeError("the QML module Kiosk has no Theme singleton")
            theme.setProperty("motion", False)
            for name in _screens(kiosk, exhibit):
                settle(kiosk.window)
                file = f"{size}-{lang}-{name}.png"
                kiosk.window.grabWindow().save(str(out / file))
                rows.setdefault(name, {})[f"{size} {lang}"] = file
                findings.extend(f"{file}: qt-warning: {message}" for message in said)
                said.clear()
                for issue in layout_issues(kiosk.window, kiosk.touch_target):
                    findings.append(f"{file}: {issue.format()}")
            kiosk.close()
            app.processEvents()
    _write_index(out, rows, findings, [f"{w}x{h} {lang}" for (w, h) in (sizes or DEFAULT_SIZES) for lang in langs])
    for line in findings:
        print(line)
    shots = sum(len(r) for r in rows.values())
    print(f"kiosk proof: {shots} screens in {out / 'index.html'}; {len(findings)} layout problems")
    return 1 if findings else 0


def _write_index(out: Path, rows: dict[str, dict[str, str]], findings: list[str], columns: list[str]) -> None:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for name, shots in rows.items():
        cells = "".join(
            f'<td><a href="{html.escape(shots[c])}"><img loading="lazy" src="{html.escape(shots[c])}"></a></td>'
            if c in shots
            else "<td></td>"
            for c in columns
        )
        body.append(f"<tr><th>{html.escape(name)}</th>{cells}</tr>")
    problems = "".join(f"<li>{html.escape(f)}</li>" for f in findings) or "<li>none</li>"
    (out / "index.html").write_text(
        f"""<!doctype html><meta charset="utf-8"><title>Kiosk proof</title>
<style>body{{font-family:sans-serif;background:#222;color:#eee}} img{{width:240px}}
td,th{{padding:4px;vertical-align:top}} a{{color:#fc6}}</style>
<h1>Kiosk proof</h1><h2>Layout problems</h2><ul>{problems}</ul>
<table><tr><th>screen</th>{head}</tr>{"".join(body)}</table>
""",
        encoding="utf-8",
    )
