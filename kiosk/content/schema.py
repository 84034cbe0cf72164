"""The JSON Schema (draft 2020-12) of exhibit files, generated from the same declarations the loader
checks against (``kiosk.content.format``), for editors' YAML support (``kiosk schema``)."""

from __future__ import annotations

from typing import Any

from kiosk.content.format import EXHIBIT, SECTION


def json_schema() -> dict[str, Any]:
    """A schema accepting either an ``exhibit.yaml`` or a section file.

    It cannot check what needs more than one file (sources, section files, media on disk, one
    correct answer per question): ``kiosk validate`` remains the final word.
    """
    defs: dict[str, Any] = {}
    exhibit = EXHIBIT.json(defs)
    section = SECTION.json(defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://kiosk.invalid/schema/exhibit-file.json",
        "title": "Kiosk exhibit file",
        "description": "exhibits/<id>/exhibit.yaml, or a section file exhibits/<id>/<section>.yaml"
        " (see docs/authoring.md)",
        "anyOf": [exhibit, section],
        "$defs": dict(sorted(defs.items())),
    }
