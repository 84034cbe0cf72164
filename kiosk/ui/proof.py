"""``kiosk proof``: every screen and panel, in every language and orientation, as PNGs.

Curators sign content off from the contact sheet (``index.html``); the command lists every text
that is cut off and every touch target that is too small, and exits 1 if there is any.
"""

from __future__ import annotations

import html
import os
import re
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.navigation import TEXT_SCALES

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickItem, QQuickWindow

    from kiosk.reach import Reach

DEFAULT_SIZES: tuple[tuple[int, int], ...] = ((1920, 1080), (1080, 1920))


TEXT_STEPS = tuple(range(len(TEXT_SCALES)))  # 100 %, 140 %, 170 %, 200 % (kiosk.navigation)
#: The names of the text sizes in the proof's file names (the default has none).
STEP_NAMES = ("", "@140", "@170", "@200")


def _screens(kiosk, exhibit, text_step: int = 0, opened: bool = True) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Drive the kiosk through every screen at one text size; yields a name once each one is
    showing. With ``opened``, also what a visitor can open: each panel's More layer and Sources
    sheet, the narration bar, the PIN pad, and (at the first size) the idle warning."""
    visit, idle = kiosk.visit, kiosk.idle
    at = STEP_NAMES[text_step]
    yield "attract" + at
    visit.start()
    visit.setTextScaleStep(text_step)
    yield "home" + at
    if opened:  # the visitor's Display sheet (text size, contrast, motion), over the home cards
        visit.openDisplay()
        yield "display" + at
        visit.closeDisplay()
    for s, section in enumerate(exhibit.sections):
        visit.openSection(s)
        for p, panel in enumerate(section.panels):
            visit.goToPanel(p)
            name = f"{section.id}-{p + 1:02d}-{panel.id}"
            yield name + at
            if not opened:
                continue
            if panel.more is not None:
                visit.openDetail("more")
                yield f"{name}-more{at}"
                visit.closeDetail()
            visit.openSources()
            yield f"{name}-sources{at}"
            visit.closeSources()
            # What a tap opens inside the panel: a map's first place, a timeline's first event in
            # view, a quiz answered (the feedback shown).
            for opener, closer, state in _OPENED.get(panel.kind, ()):
                if _tap(kiosk.window, opener):
                    yield f"{name}-{state}{at}"
                    _press(kiosk.window, closer)
        if opened and s == 0 and _press(kiosk.window, "listenButton"):
            yield f"{section.id}-narration{at}"
            _press(kiosk.window, "closeNarrationButton")
        visit.goHome()
    if not opened:
        return
    kiosk.operator.request()  # the PIN pad, or with no PIN set, the operator panel itself
    yield "pin-pad" + at
    kiosk.operator.closePin()
    kiosk.operator.closePanel()
    # The idle warning, over the home screen.
    timeout, idle.session.timeout = idle.session.timeout, 0.001
    idle.tick()
    yield "idle-warning" + at
    idle.startOver()
    idle.session.timeout = timeout


#: Per panel kind: (what to tap, the button that closes what it opened, the shot's name).
_OPENED = {
    "map": (("hotspot_", "closeHotspot", "place"),),
    "timeline": (("timelineEvent_", "closeEvent", "event"),),
    "quiz": (("choice_", "", "chosen"), ("quizConfirm", "", "answered")),
}


def _tap(window, prefix: str) -> bool:  # type: ignore[no-untyped-def]
    """Tap, as a finger would, the middle of the first item on the screen whose name starts
    with ``prefix`` (a panel's neighbours, built beside it off the screen, are passed over)."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QGuiApplication, QMouseEvent

    for item in _items(window.contentItem()):
        if not item.objectName().startswith(prefix) or not item.isVisible() or item.width() < 1:
            continue
        middle = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        if 0 <= middle.x() < window.width() and 0 <= middle.y() < window.height():
            # A press and a release at one point, as the window would get them from a mouse (not
            # QtTest's helpers: the Windows bundle leaves Qt Test out).
            where, screen = QPointF(middle), QPointF(window.mapToGlobal(middle.toPoint()))
            left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
            for kind, held in ((QEvent.Type.MouseButtonPress, left), (QEvent.Type.MouseButtonRelease, none)):
                event = QMouseEvent(kind, where, screen, left, held, Qt.KeyboardModifier.NoModifier)
                QGuiApplication.sendEvent(window, event)
            return True
    return False


def _items(item: QQuickItem) -> Iterator[QQuickItem]:
    """Every item drawn under ``item``, by the visual tree (a view's delegates are not its
    QObject children)."""
    yield item
    for child in item.childItems():
        yield from _items(child)


def _press(window, name: str) -> bool:  # type: ignore[no-untyped-def]
    """Press the visible button called ``name`` as a tap would (its clicked signal)."""
    from PySide6.QtCore import QMetaObject

    for item in _items(window.contentItem()) if name else ():
        if item.objectName() == name and item.isVisible():
            return bool(QMetaObject.invokeMethod(item, "clicked"))
    return False


#: What Qt says about the machine, not the content (no sound server in a lab or in CI).
_IGNORED = re.compile(r"^(PulseAudioService: pa_context_connect\(\) failed|No audio device detected)$")


def proof(
    content: Path,
    out: Path,
    sizes: Sequence[tuple[int, int]] | None = None,
    languages: Sequence[str] | None = None,
    state_dir: Path | None = None,
    text_steps: Sequence[int] = TEXT_STEPS,
    *,
    high_contrast: bool = False,
    reduce_motion: bool = False,
    reach: Reach | None = None,
) -> int:
    """Draw every screen of the exhibit in ``content`` to PNGs in ``out``, with an index.html;
    0 when nothing was found, 1 with layout problems or QML warnings (printed), 2 when the proof
    itself failed (its traceback on stderr: the kiosk's error funnel sends errors to the log,
    which a command line does not show). ``high_contrast`` and ``reduce_motion`` are the
    operator's defaults (every screen drawn so); with ``reach`` (the screen's mounting) every
    control whose centre is above the reach limit is a problem."""
    try:
        return _proof(content, out, sizes, languages, state_dir, text_steps, high_contrast, reduce_motion, reach)
    except Exception:
        traceback.print_exc()
        print("kiosk proof: stopped by the error above; no index was written", file=sys.stderr)
        return 2


def _proof(
    content: Path,
    out: Path,
    sizes: Sequence[tuple[int, int]] | None,
    languages: Sequence[str] | None,
    state_dir: Path | None,
    text_steps: Sequence[int],
    high_contrast: bool = False,
    reduce_motion: bool = False,
    reach: Reach | None = None,
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
    from kiosk.ui.inspect import below_the_fold, layout_issues, out_of_reach, settle
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
            kiosk = Kiosk(
                exhibit,
                language=lang,
                size=(width, height),
                built=built,
                high_contrast=high_contrast,
                reduce_motion=reduce_motion,
                reach=reach,
            )
            theme = kiosk.engine.singletonInstance("Kiosk", "Theme")
            if not isinstance(theme, QObject):
                raise RuntimeError("the QML module Kiosk has no Theme singleton")
            theme.setProperty("motion", False)
            for step in text_steps:
                for name in _screens(kiosk, exhibit, step):
                    settle(kiosk.window)
                    file = f"{size}-{lang}-{name}.png"
                    kiosk.window.grabWindow().save(str(out / file))
                    rows.setdefault(name, {})[f"{size} {lang}"] = file
                    findings.extend(f"{file}: qt-warning: {message}" for message in said)
                    said.clear()
                    issues = layout_issues(kiosk.window, kiosk.touch_target)
                    if reach is not None:
                        issues += out_of_reach(kiosk.window, kiosk.reach_top, _height_mm(kiosk.window, reach))
                    if step == 0 and not name.endswith(("-more", "-sources")):
                        # at the default size, a panel's main content is all in view
                        issues += below_the_fold(kiosk.window)
                    findings.extend(f"{file}: {issue.format()}" for issue in issues)
                kiosk.visit.reset()
            kiosk.close()
            app.processEvents()
    _write_index(out, rows, findings, [f"{w}x{h} {lang}" for (w, h) in (sizes or DEFAULT_SIZES) for lang in langs])
    for line in findings:
        print(line)
    shots = sum(len(r) for r in rows.values())
    palette = "high contrast" if high_contrast else "standard"
    print(f"kiosk proof: {shots} screens ({palette}) in {out / 'index.html'}; {len(findings)} layout problems")
    return 1 if findings else 0


def _height_mm(window: QQuickWindow, reach: Reach):  # type: ignore[no-untyped-def]
    """How high above the floor a point ``y`` pixels from the window's top is."""
    screen = window.screen()
    reported = screen.physicalSize().height() if screen else 0.0
    return lambda y: reach.height_at(y, window.height(), reported)


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
