"""Run the kiosk: the same as ``kiosk run``."""

import sys

from kiosk.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["run", *sys.argv[1:]]))
