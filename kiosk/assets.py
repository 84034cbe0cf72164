"""``kiosk assets build``: the media build, then what the kiosk draws its first screen from.

The two layers meet here, not inside either: :mod:`kiosk.media.build` makes pictures and
narration and knows nothing of presentation; :mod:`kiosk.firstscreen` shapes the attract loop
through the presenter once the pictures it points at exist.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.content.loader import LoadResult
    from kiosk.media.build import BuildReport
    from kiosk.media.jobs import Job


def build(
    root: Path | str,
    out: Path | str | None = None,
    *,
    result: LoadResult | None = None,
    extra_jobs: Iterable[Job] = (),
    workers: int | None = None,
    force: bool = False,
    progress: bool = True,
) -> BuildReport:
    """:func:`kiosk.media.build.build` (same arguments) with the first-screen snapshot as its last step."""
    from kiosk import firstscreen
    from kiosk.media.build import build as build_media

    return build_media(
        root,
        out,
        result=result,
        extra_jobs=extra_jobs,
        workers=workers,
        force=force,
        progress=progress,
        after=(firstscreen.build_step,),
    )
