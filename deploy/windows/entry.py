"""The bundle's program: ``kiosk.exe run``, ``kiosk.exe validate``, … as the ``kiosk`` command."""

import multiprocessing
import sys

from kiosk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `kiosk assets build` starts worker processes (Windows spawns them)
    raise SystemExit(main(sys.argv[1:] or ["run"]))
