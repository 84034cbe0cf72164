#!/bin/bash
# The shipped unit (deploy/kiosk.service) under a real systemd user manager, with the kiosk's GUI
# thread blocked on purpose (KIOSK_FAULT=freeze-gui:3): prints how long each freeze took to be
# noticed and the attract loop to be back. Run by hand, not in CI:
#
#   sudo bench/systemd_watchdog.sh [SECONDS]        # default 45
#
# On a normal systemd machine it runs the user manager you have; in a container whose PID 1 is
# not systemd it starts one in a private mount namespace (needs root for unshare and mount).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_TO_RUN=${1:-45}
WORK=$(mktemp -d /tmp/kiosk-sd.XXXXXX)

if [ "${KIOSK_SD_INNER:-}" != 1 ] && [ ! -d /run/systemd/system ]; then
    exec unshare -m --propagation private env KIOSK_SD_INNER=1 KIOSK_SD_NS=1 "$0" "$@"
fi
if [ "${KIOSK_SD_NS:-}" = 1 ]; then
    mount -t tmpfs tmpfs /run/systemd && mkdir -p /run/systemd/system
    export XDG_RUNTIME_DIR=$WORK/run XDG_CONFIG_HOME=$WORK/config
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    mkdir -p "$XDG_CONFIG_HOME/systemd/user"
    /usr/lib/systemd/systemd --user > "$WORK/manager.log" 2>&1 &
    MANAGER=$!
    trap 'kill $MANAGER 2>/dev/null || true' EXIT
    sleep 2
fi
UNITS=${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user
mkdir -p "$UNITS"
cat > "$WORK/settings.yaml" <<EOS
log_file: $WORK/kiosk.log
state_dir: $WORK/state
windowed: true
EOS
# The shipped unit, pointed at this clone and these settings, on the offscreen platform, and a
# name of its own; everything else (Type=notify, WatchdogSec=, Restart=...) as shipped.
sed -e "s|%h/kiosk/|$ROOT/|g" -e "s|%h/.config/kiosk/settings.yaml|$WORK/settings.yaml|g" \
    -e "s|^OnFailure=.*||" \
    -e "s|^\[Service\]|[Service]\nEnvironment=QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software KIOSK_FAULT=freeze-gui:3|" \
    "$ROOT/deploy/kiosk.service" > "$UNITS/kiosk-watchdog-check.service"
systemctl --user daemon-reload
systemctl --user start kiosk-watchdog-check.service
sleep "$SECONDS_TO_RUN"
systemctl --user show kiosk-watchdog-check.service -p NRestarts -p Result -p ActiveState
systemctl --user stop kiosk-watchdog-check.service || true
rm -f "$UNITS/kiosk-watchdog-check.service"
python3 - "$WORK/kiosk.log" <<'EOP'
import re, sys
from datetime import datetime
events = []
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"(\S+ \S+),(\d+) ", line)
    if m and ("told systemd READY=1" in line or "blocking the GUI thread" in line):
        t = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S").timestamp() + int(m.group(2)) / 1000
        events.append((t, "ready" if "READY" in line else "freeze"))
gaps = [b[0] - a[0] for a, b in zip(events, events[1:]) if a[1] == "freeze" and b[1] == "ready"]
print(f"freezes: {sum(e == 'freeze' for _, e in events)}; back on the attract loop after: "
      + ", ".join(f"{g:.1f} s" for g in gaps))
print("all under 15 s" if gaps and max(gaps) < 15 else "NOT all under 15 s")
EOP
