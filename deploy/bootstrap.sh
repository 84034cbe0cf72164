#!/usr/bin/env bash
# One entry point for a fresh Debian machine: installs what is missing, then runs.
#   deploy/bootstrap.sh run [kiosk run options]   open the kiosk with the bundled exhibit
#   deploy/bootstrap.sh test [pytest options]     run the test suite (what CI runs)
#   deploy/bootstrap.sh kiosk ARGS...             any other kiosk command (validate, lint, proof…)
# A second call skips every step that is already done.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# System libraries Qt needs: fonts, OpenGL/EGL, and the X11/xcb set for a real window;
# libpulse0 lets Qt Multimedia reach a sound server (without one the kiosk plays silently, with
# captions). xvfb gives a virtual screen for `kiosk run` on a machine with none. espeak-ng speaks
# the bundled exhibit's narration at build time.
apt_packages=(
  python3 python3-venv libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libxcb-xfixes0 libxrender1 libpulse0 xvfb espeak-ng
)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing system packages: ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A virtual environment with the package and its test tools, re-installed when pyproject changes.
python="${PYTHON:-python3}"
# The supported Pythons are pyproject.toml's requires-python (3.11, what Debian 12 and Raspberry Pi
# OS Bookworm ship, is the oldest and what CI runs on).
"$python" - <<'PY' || exit 1
import re, sys
try:
    import tomllib
    spec = tomllib.load(open("pyproject.toml", "rb"))["project"]["requires-python"]
    low, high = map(int, re.fullmatch(r">=3\.([0-9]+),<3\.([0-9]+)", spec.replace(" ", "")).groups())
except Exception:  # no tomllib before Python 3.11
    low, high = 11, 14
if not (3, low) <= sys.version_info[:2] < (3, high):
    sys.exit(f"bootstrap: the kiosk runs on Python 3.{low} to 3.{high - 1}; {sys.executable} is "
             f"{sys.version.split()[0]}. Name another with PYTHON=python3.{low} deploy/bootstrap.sh ...")
PY
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=".venv/.kiosk-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "bootstrap: installing the kiosk and its dependencies into .venv" >&2
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
  echo "$want" > "$stamp"
fi

# Qt translations: compiled from the committed .ts sources (the .qm files are not committed).
for ts in kiosk/ui/i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done

cmd="${1:-run}"; shift || true
case "$cmd" in
  run)
    # Display-sized images and spoken narration; a second run finds everything built.
    # A problem with one file is reported here and in the operator panel; the kiosk still opens.
    .venv/bin/kiosk assets build || echo "bootstrap: some media could not be built (see above)" >&2
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "bootstrap: no display found; starting the kiosk on a virtual X screen (xvfb-run)" >&2
      exec xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/kiosk run "$@"
    fi
    exec .venv/bin/kiosk run "$@" ;;
  test)
    export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
    # In CI (or with KIOSK_CHROOT_TESTS=1) the Debian packages are installed into fresh chroots
    # of their distributions (tests/packaging/test_deb.py, test_ansible.py): that needs root,
    # mmdebstrap and dpkg-dev. Elsewhere those tests are skipped and say why.
    if [ -n "${CI:-}" ] || [ "${KIOSK_CHROOT_TESTS:-}" = 1 ]; then
      export KIOSK_CHROOT_TESTS=1
      if ! command -v mmdebstrap >/dev/null || ! command -v dpkg-scanpackages >/dev/null; then
        sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends mmdebstrap dpkg-dev >/dev/null
      fi
    fi
    .venv/bin/ruff format --check kiosk tests bench tools
    .venv/bin/ruff check kiosk tests bench tools
    .venv/bin/lint-imports --no-cache >/dev/null || .venv/bin/lint-imports --no-cache  # quiet unless broken
    .venv/bin/mypy  # strict; what it checks is in pyproject.toml
    .venv/bin/python tools/qmllint.py  # every QML file, with the Python singletons' types; no warning
    .venv/bin/kiosk validate
    exec .venv/bin/python -m pytest "$@" ;;
  kiosk)
    exec .venv/bin/kiosk "$@" ;;
  *)
    echo "usage: deploy/bootstrap.sh run|test|kiosk [args…]" >&2; exit 2 ;;
esac
