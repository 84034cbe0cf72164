"""An offline, touch-first museum exhibit kiosk.

``kiosk.content`` (the content model, loader, validation and lint), ``kiosk.session`` (idle and
attract logic) and ``kiosk.settings`` are plain Python; only ``kiosk.ui`` imports Qt.
"""

from pathlib import Path

__version__ = "0.1.0"

#: The content bundled with the kiosk: a folder holding ``exhibits/`` and ``assets/``.
BUNDLED_CONTENT = Path(__file__).resolve().parent.parent
