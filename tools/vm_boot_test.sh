#!/bin/bash
# A real boot of the locked session (docs/operations.md, "A locked session on Linux" and "Tried on
# a real boot"): a Debian 12 VM under qemu + KVM, set up over SSH exactly as the docs tell an
# operator, then booted headless and checked from outside. Run by hand, as root, on a machine with
# /dev/kvm; never part of CI (no KVM there, and it takes about 15 minutes):
#
#   sudo tools/vm_boot_test.sh [WORK_DIR]        # default /work/vm-images
#
# DISK=WORK_DIR/run-…/disk.qcow2 boots a disk installed by an earlier run and does the checks only.
# Needs: apt-get install qemu-system-x86 qemu-utils mmdebstrap imagemagick socat openssh-client
# and the venv package: python tools/build_deb.py venv --out WORK_DIR/dist (built if missing).
# The base image (WORK_DIR/base.raw, a bookworm ext4 root with a kernel) is made once and kept;
# every run installs on a fresh copy-on-write overlay of it. Screendumps are saved under
# WORK_DIR/run-<date>/shots, logs beside them. Each check prints PASS or FAIL; the exit status is
# the number of FAILs.
#
# The VM: 2 vCPUs, 2.5 GB, virtio-vga (a 2D virtio GPU: no 3D, so cage draws with pixman and Qt
# with its software renderer, see the docs), user-mode network with SSH on 127.0.0.1:$SSH_PORT.
# The network reaches out only while the operator's apt-get runs; the test boots use restrict=on
# (the VM sees nothing but the forwarded SSH port).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:-/work/vm-images}
SSH_PORT=${SSH_PORT:-2222}
# ACCEL=kvm (default) or tcg: a host whose /dev/kvm is not a full KVM (nested PVM, kvm_pvm, runs
# only kernels built as PVM guests: a stock Debian kernel hangs in its decompressor) falls back to
# qemu's emulator, which works but takes several times longer for everything (see the docs).
ACCEL=${ACCEL:-kvm}
case "$ACCEL" in
    kvm) ACCEL_ARGS="-enable-kvm -cpu host,-arch-capabilities"; T=240 ;;
    tcg) ACCEL_ARGS="-accel tcg,thread=multi -cpu max"; T=900 ;;
    *) echo "vm_boot_test: ACCEL must be kvm or tcg" >&2; exit 2 ;;
esac
MIRROR=${MIRROR:-http://deb.debian.org/debian}
RUN=${RUN:-$WORK/run-$(date +%Y%m%d-%H%M%S)}
SHOTS=$RUN/shots
mkdir -p "$SHOTS"
FAILS=0
QEMU_PID=

log() { printf '%s %s\n' "$(date +%T)" "$*" | tee -a "$RUN/run.log" >&2; }
check() {  # check NAME CONDITION-STATUS DETAIL
    if [ "$2" = 0 ]; then r=PASS; else r=FAIL; FAILS=$((FAILS + 1)); fi
    printf '%s %-34s %s\n' "$r" "$1" "$3" | tee -a "$RUN/results.txt"
}

# --- the base image ---------------------------------------------------------------------------
build_image() {
    [ -f "$WORK/base.raw" ] && [ -f "$WORK/vmlinuz" ] && [ -f "$WORK/initrd.img" ] && return 0
    log "building the base image (mmdebstrap bookworm)"
    local rootfs=$WORK/rootfs
    rm -rf "$rootfs"
    # A plain Debian 12 PC: systemd, logind, an SSH server, sudo. Nothing that talks to the network
    # by itself (no timesyncd, no unattended-upgrades).
    mmdebstrap --variant=minbase --components=main \
        --include=systemd-sysv,udev,dbus,libpam-systemd,linux-image-amd64,openssh-server,sudo,iproute2,procps,kmod,less,ca-certificates \
        bookworm "$rootfs" "$MIRROR" "deb ${MIRROR%/debian}/debian-security bookworm-security main" \
        >"$WORK/mmdebstrap.log" 2>&1
    echo kiosk-vm >"$rootfs/etc/hostname"
    printf '127.0.1.1 kiosk-vm\n' >>"$rootfs/etc/hosts"
    printf 'LABEL=kioskroot / ext4 rw,errors=remount-ro 0 1\n' >"$rootfs/etc/fstab"
    printf '[Match]\nName=en*\n[Network]\nDHCP=yes\n' >"$rootfs/etc/systemd/network/50-dhcp.network"
    ln -sf /lib/systemd/system/systemd-networkd.service "$rootfs/etc/systemd/system/multi-user.target.wants/systemd-networkd.service"
    printf 'nameserver 10.0.2.3\n' >"$rootfs/etc/resolv.conf"
    mkdir -p "$WORK/ssh" && [ -f "$WORK/ssh/id_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -f "$WORK/ssh/id_ed25519"
    install -d -m 700 "$rootfs/root/.ssh"
    install -m 600 "$WORK/ssh/id_ed25519.pub" "$rootfs/root/.ssh/authorized_keys"
    cp -L "$rootfs/vmlinuz" "$WORK/vmlinuz"
    cp -L "$rootfs/initrd.img" "$WORK/initrd.img"
    rm -f "$WORK/base.raw"
    mkfs.ext4 -q -F -L kioskroot -d "$rootfs" "$WORK/base.raw" 8G
    rm -rf "$rootfs"
}

# --- the VM ------------------------------------------------------------------------------------
start_vm() {  # start_vm NET(open|restricted) NAME
    local restrict=off
    [ "$1" = restricted ] && restrict=on
    rm -f "$RUN/mon.sock"
    qemu-system-x86_64 $ACCEL_ARGS -smp 2 -m 2560 -machine q35 \
        -kernel "$WORK/vmlinuz" -initrd "$WORK/initrd.img" \
        -append "root=LABEL=kioskroot rw console=ttyS0,115200 quiet" \
        -drive file="$RUN/disk.qcow2",if=virtio,format=qcow2 \
        -device virtio-vga -device qemu-xhci -device usb-tablet -device usb-kbd \
        -netdev user,id=n0,restrict=$restrict,hostfwd=tcp:127.0.0.1:$SSH_PORT-:22 -device virtio-net-pci,netdev=n0 \
        -display none -serial file:"$RUN/serial-$2.log" \
        -monitor unix:"$RUN/mon.sock",server,nowait -no-reboot &
    QEMU_PID=$!
    VM_START=$(date +%s.%N)
    log "qemu started ($2, network $1), pid $QEMU_PID"
}
stop_vm() {
    [ -n "$QEMU_PID" ] || return 0
    hmp quit >/dev/null 2>&1 || true
    for _ in $(seq 20); do kill -0 "$QEMU_PID" 2>/dev/null || break; sleep 0.5; done
    kill "$QEMU_PID" 2>/dev/null || true
    wait "$QEMU_PID" 2>/dev/null || true
    QEMU_PID=
}
trap stop_vm EXIT
hmp() { echo "$*" | socat - UNIX-CONNECT:"$RUN/mon.sock" >/dev/null; }
vm() { ssh -q -i "$WORK/ssh/id_ed25519" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
    -o ConnectTimeout=5 -p "$SSH_PORT" root@127.0.0.1 "$@"; }
wait_ssh() {
    for _ in $(seq 120); do vm true 2>/dev/null && return 0; sleep 1; done
    return 1
}
# shot NAME: a screendump as PNG; prints the share of pixels that are not black (0 to 100).
shot() {
    hmp "screendump $SHOTS/$1.ppm"
    for _ in $(seq 20); do [ -s "$SHOTS/$1.ppm" ] && break; sleep 0.1; done
    sleep 0.2
    convert "$SHOTS/$1.ppm" "$SHOTS/$1.png" && rm -f "$SHOTS/$1.ppm"
    convert "$SHOTS/$1.png" -colorspace gray -threshold 3% -format '%[fx:round(100*mean)]' info:
}
# kiosk user's systemd
ku() { vm "runuser -u kiosk -- env XDG_RUNTIME_DIR=/run/user/\$(id -u kiosk) $*"; }
# journal of the kiosk user's units, with precise times
kjournal() { vm "journalctl -b -q --no-pager -o short-iso-precise _SYSTEMD_USER_UNIT=kiosk.service $*"; }
ready_count() { kjournal | grep -c 'READY=1' || true; }
# wait_ready N TIMEOUT: until the kiosk has told systemd READY=1 N times in this boot
wait_ready() {
    local end=$(($(date +%s) + $2))
    while [ "$(date +%s)" -lt "$end" ]; do
        [ "$(ready_count)" -ge "$1" ] && return 0
        sleep 1
    done
    return 1
}
[ "${VM_BOOT_TEST_LIB:-}" = 1 ] && return 0

# DISK=FILE.qcow2: skip the install and boot a disk a run installed before (its checks only)
if [ -n "${DISK:-}" ]; then
    ln -sfn "$(realpath "$DISK")" "$RUN/disk.qcow2"
else
# --- 1. the image and the package --------------------------------------------------------------
command -v qemu-system-x86_64 mmdebstrap socat convert >/dev/null
[ "$ACCEL" = tcg ] || [ -w /dev/kvm ] || { echo "vm_boot_test: no /dev/kvm (ACCEL=tcg to emulate)" >&2; exit 2; }
build_image
DEB=$(ls "$WORK"/dist/kiosk-venv_*_amd64.deb 2>/dev/null | tail -1 || true)
if [ -z "$DEB" ]; then
    log "building the venv package"
    "${PYTHON:-python3}" "$REPO/tools/build_deb.py" venv --out "$WORK/dist" >"$RUN/build_deb.log" 2>&1
    DEB=$(ls "$WORK"/dist/kiosk-venv_*_amd64.deb | tail -1)
fi
log "package: $DEB"
rm -rf "$RUN/apt" && "${PYTHON:-python3}" "$REPO/tools/apt_repo.py" "$RUN/apt" "$DEB" >"$RUN/apt_repo.log"
qemu-img create -q -f qcow2 -F raw -b "$WORK/base.raw" "$RUN/disk.qcow2"

# --- 2. what the operator does (docs/packages.md, docs/operations.md), over SSH ----------------
start_vm open install
wait_ssh || { check "ssh into the fresh VM" 1 "no SSH within 120 s"; exit 1; }
log "installing as an operator would"
tar -C "$REPO" -cf - $(cd "$REPO" && git ls-files) | vm "mkdir -p /root/kiosk && tar -C /root/kiosk -xf -"
tar -C "$RUN" -cf - apt | vm "mkdir -p /srv/kiosk-apt && tar -C /srv/kiosk-apt --strip-components=1 -xf -"
cat "$REPO/tools/vm_settings.yaml" 2>/dev/null | vm "cat > /root/settings.extra.yaml" || true
vm 'set -ex
export DEBIAN_FRONTEND=noninteractive
echo "deb [trusted=yes] file:/srv/kiosk-apt ./" > /etc/apt/sources.list.d/kiosk.list
apt-get update -q
apt-get install -y -q kiosk-venv
apt-get install -y -q greetd cage wlr-randr xwayland polkitd dbus-user-session
kiosk config check /etc/kiosk/settings.yaml
echo 4071 | kiosk set-pin --config /etc/kiosk/settings.yaml --stdin
ls -l /etc/kiosk/settings.yaml
cd /root/kiosk && deploy/install-session.sh --kiosk /usr/bin/kiosk --settings /etc/kiosk/settings.yaml --software
# the content built once before the first boot, where the unit looks on systemd 252 (docs: a slow
# machine otherwise spends its first start building, inside TimeoutStartSec=120 of the unit)
cd /var/lib/kiosk && time runuser -u kiosk -- env HOME=/var/lib/kiosk STATE_DIRECTORY=/var/lib/kiosk/.config/kiosk /usr/bin/kiosk assets build --config /etc/kiosk/settings.yaml
' >"$RUN/install.log" 2>&1 || rc=$?
check "operator install (packages, session)" "${rc:-0}" "log: $RUN/install.log"
vm "systemctl poweroff" || true
wait "$QEMU_PID" 2>/dev/null || true
QEMU_PID=

fi

# --- 3. the boot: greetd, cage, the kiosk's first frame ----------------------------------------
set +e  # from here on every step is a check: a failed one is counted, the others still run
start_vm restricted boot
wait_ssh || { check "ssh after the reboot" 1 "no SSH within 120 s"; exit 1; }
log "waiting for the kiosk's first frame"
rc=0; wait_ready 1 "$T" || rc=$?
uptime_ready=$(vm "runuser -u kiosk -- env XDG_RUNTIME_DIR=/run/user/\$(id -u kiosk) systemctl --user show kiosk.service -p ActiveEnterTimestampMonotonic --value")
first_frame=$(awk -v us="$uptime_ready" 'BEGIN { printf "%.1f", us / 1e6 }')
check "kiosk READY=1 after boot" "$rc" "${first_frame} s after the kernel started (ActiveEnterTimestampMonotonic)"
vm "loginctl list-sessions --no-legend; loginctl show-user kiosk -p State; ps -o user,pid,args -u kiosk" >"$RUN/session.txt" 2>&1 || true
grep -q ' cage ' "$RUN/session.txt" && grep -q 'in-cage' "$RUN/session.txt"; check "greetd logged kiosk into cage" $? "$(grep -m1 ' cage ' "$RUN/session.txt" | tr -s ' ')"
vm "pgrep -u root -a greetd; loginctl show-session \$(loginctl list-sessions --no-legend | awk '\$3 == \"kiosk\" {print \$1; exit}') -p VTNr -p Type -p Class -p Active" >>"$RUN/session.txt" 2>&1 || true
grep -q 'Type=wayland' "$RUN/session.txt" && grep -q 'VTNr=7' "$RUN/session.txt"; check "session on VT 7, Wayland" $? "$(grep -E 'VTNr|Type=|Active' "$RUN/session.txt" | tr '\n' ' ')"
kjournal >"$RUN/kiosk-journal-boot.txt" || true
health=$(vm "find /var/lib/kiosk -name kiosk.prom | head -1")
vm "cat $health" >"$RUN/health.prom" 2>/dev/null; check "health file written" $? "$health: $(grep -v '^#' "$RUN/health.prom" | head -3 | tr '\n' ' ')"
# the first frame may be the dark screen before the content is loaded: up to 60 s for the attract loop
for i in $(seq 30); do lit=$(shot 01-after-boot); [ "$lit" -gt 5 ] && break; sleep 2; done
[ "$lit" -gt 5 ]; check "screendump shows the attract loop" $? "$SHOTS/01-after-boot.png, ${lit}% of pixels lit, $((i * 2)) s after READY"

# VT switching does nothing; no getty on any VT
vt_before=$(vm "cat /sys/class/tty/tty0/active")
hmp "sendkey ctrl-alt-f1"; sleep 1; hmp "sendkey ctrl-alt-f2"; sleep 2
vt_after=$(vm "cat /sys/class/tty/tty0/active")
lit=$(shot 02-after-ctrl-alt-f1-f2)
[ "$vt_before" = tty7 ] && [ "$vt_after" = tty7 ]; check "Ctrl+Alt+F1/F2 do nothing" $? "active VT $vt_before -> $vt_after (screendump ${lit}% lit)"
gettys=$(vm "systemctl list-units --no-legend --state=active 'getty@*' 'autovt@*'")
serial=$(vm "systemctl list-units --no-legend --state=active 'serial-getty@*'" | awk '{print $1}')
[ -z "$gettys" ]; check "no getty on any VT" $? "${gettys:-none}; besides: ${serial:-no serial getty} (the test's own console=ttyS0)"

# --- 4. the watchdog: kill -9, a frozen GUI thread, a clean stop -------------------------------
kctl() { vm "runuser -u kiosk -- env XDG_RUNTIME_DIR=/run/user/\$(id -u kiosk) systemctl --user $*"; }
# since MARK: seconds from the guest's last journal line "vmtest: MARK" to the next READY=1
since() {
    kjournal >"$RUN/kiosk-journal.txt"; vm "journalctl -b -q --no-pager -o short-iso-precise -t vmtest" >"$RUN/marks.txt"
    python3 - "$RUN/marks.txt" "$RUN/kiosk-journal.txt" "$1" <<'EOP'
import sys
from datetime import datetime
def t(line): return datetime.fromisoformat(line.split()[0]).timestamp()
marks = [t(l) for l in open(sys.argv[1]) if l.rstrip().endswith(sys.argv[3])]
after = [r - marks[-1] for r in (t(l) for l in open(sys.argv[2]) if "READY=1" in l) if marks and r > marks[-1]]
print(f"{after[0]:.1f}" if after else "never")
EOP
}
# watch SECONDS NAME N: a screendump every second until the Nth READY=1 of this boot and 3 s more
watch() {
    local end=$(($(date +%s) + $1)) i=0 extra=-1
    while [ "$(date +%s)" -lt "$end" ]; do
        i=$((i + 1))
        printf '%s %s\n' "$(date +%s.%N)" "$(shot "$(printf '%s-%03d' "$2" $i)")" >>"$RUN/$2.lit"
        if [ "$extra" -lt 0 ] && [ "$(ready_count)" -ge "$3" ]; then extra=3; fi
        if [ "$extra" -ge 0 ]; then extra=$((extra - 1)); [ "$extra" -lt 0 ] && break; fi
        sleep 0.5
    done
}

n=$(ready_count)
pid=$(kctl show kiosk.service -p MainPID --value)
vm "logger -t vmtest kill-9; kill -9 $pid"
watch $T 10-kill9 $((n + 1))
back=$(since kill-9)
lit=$(tail -1 "$RUN/10-kill9.lit" | cut -d' ' -f2)
[ "$back" != never ] && [ "$lit" -gt 5 ]; check "kill -9: the kiosk comes back" $? "READY again ${back} s after the kill, last screendump ${lit}% lit"

# the test hook: KIOSK_FAULT=freeze-gui:5 through a drop-in, a kill so the unit restarts with it,
# and the drop-in removed as soon as the GUI thread blocks (the next start is normal)
n=$(ready_count)
vm "d=/var/lib/kiosk/.config/systemd/user/kiosk.service.d; mkdir -p \$d && printf '[Service]\nEnvironment=KIOSK_FAULT=freeze-gui:5\n' >\$d/fault.conf && chown -R kiosk: /var/lib/kiosk/.config"
kctl daemon-reload
pid=$(kctl show kiosk.service -p MainPID --value)
vm "kill -9 $pid"
wait_ready $((n + 1)) $T || true
for _ in $(seq 120); do kjournal | grep -q 'blocking the GUI thread' && break; sleep 0.5; done
vm "rm -r /var/lib/kiosk/.config/systemd/user/kiosk.service.d"; kctl daemon-reload
frozen_at=$(kjournal | grep 'blocking the GUI thread' | tail -1 | cut -d' ' -f1)
vm "logger -t vmtest freeze"  # (the freeze's own log line is the start; this mark is for the record)
watch $T 20-freeze $((n + 2))
kjournal >"$RUN/kiosk-journal.txt"
back=$(python3 - "$RUN/kiosk-journal.txt" "$frozen_at" <<'EOP'
import sys
from datetime import datetime
frozen = datetime.fromisoformat(sys.argv[2]).timestamp()
r = [datetime.fromisoformat(l.split()[0]).timestamp() for l in open(sys.argv[1]) if "READY=1" in l]
after = [x - frozen for x in r if x > frozen]
print(f"{after[0]:.1f}" if after else "never")
EOP
)
kill_line=$(grep -m1 -E 'Watchdog timeout|watchdog' "$RUN/kiosk-journal.txt" | tail -1 || true)
vm "journalctl -b -q --no-pager -o short-iso-precise _UID=\$(id -u kiosk) --since '$(date -d "$frozen_at" '+%F %T')' | grep -i 'watchdog timeout' | head -1" >"$RUN/watchdog-kill.txt" || true
killed=$(python3 - "$RUN/watchdog-kill.txt" "$frozen_at" <<'EOP'
import sys
from datetime import datetime
lines = open(sys.argv[1]).read().split()
print(f"{datetime.fromisoformat(lines[0]).timestamp() - datetime.fromisoformat(sys.argv[2]).timestamp():.1f}" if lines else "?")
EOP
)
lit=$(tail -1 "$RUN/20-freeze.lit" | cut -d' ' -f2)
check "freeze: systemd kills it (watchdog)" "$([ "$killed" != "?" ]; echo $?)" "Watchdog timeout ${killed} s after the GUI thread blocked"
under=$(awk -v b="$back" 'BEGIN { print (b != "never" && b < 15) ? 0 : 1 }')
check "freeze: attract loop back < 15 s" "$under" "READY again ${back} s after the GUI thread blocked; $(cat "$RUN/watchdog-kill.txt" | cut -c1-120)"
nr=$(kctl show kiosk.service -p NRestarts --value); st=$(kctl show kiosk.service -p ActiveState --value)
[ "$st" = active ]; check "unit active after the faults" $? "ActiveState=$st NRestarts=$nr"

# a clean stop of the process (SIGTERM: exit 0, as at shutdown): Restart=always starts it again, once
n=$(ready_count); nr0=$(kctl show kiosk.service -p NRestarts --value)
pid=$(kctl show kiosk.service -p MainPID --value)
vm "logger -t vmtest sigterm; kill -TERM $pid"
wait_ready $((n + 1)) $T || true
sleep 10
back=$(since sigterm); nr1=$(kctl show kiosk.service -p NRestarts --value)
kjournal | grep -E "stopping on SIGTERM|Main process exited" | tail -2 >"$RUN/sigterm.txt" || true
[ "$back" != never ] && [ "$nr1" = $((nr0 + 1)) ]; check "SIGTERM: clean exit, one restart" $? "READY again ${back} s after; NRestarts $nr0 -> $nr1; $(head -1 "$RUN/sigterm.txt" | cut -c1-100)"

# --- 5. opening hours: closed now, the screen goes black and the compositor's output off --------
output=$(vm "runuser -u kiosk -- env XDG_RUNTIME_DIR=/run/user/\$(id -u kiosk) WAYLAND_DISPLAY=wayland-0 wlr-randr" 2>&1 | awk 'NR==1 {print $1}')
log "output: ${output:-?}"
vm "cp /etc/kiosk/settings.yaml /root/settings.before && cat >>/etc/kiosk/settings.yaml" <<EOS
opening_hours:
  week: {mon: "09:00-18:00"}
  exceptions: {$(date -u +%F): closed, $(date -u -d tomorrow +%F): closed}
  display_off: [wlr-randr, --output, ${output:-Virtual-1}, --off]
  display_on: [wlr-randr, --output, ${output:-Virtual-1}, --on]
EOS
vm "kiosk config check /etc/kiosk/settings.yaml" >"$RUN/config-closed.txt" 2>&1 || true
n=$(ready_count)
pid=$(kctl show kiosk.service -p MainPID --value)
vm "kill -9 $pid"
wait_ready $((n + 1)) 240 || true
for _ in $(seq 60); do kjournal | grep -q 'display hook' && break; sleep 1; done
sleep 3
kjournal | grep -E 'schedule|display hook' >"$RUN/schedule.txt" || true
lit=$(shot 30-closed)
[ "$lit" -le 1 ]; check "closed: the screen is black" $? "${lit}% lit (the kiosk's closed screen)"
grep 'display hook' "$RUN/schedule.txt" | grep -q -v -E 'exit [1-9]|fail|not found'; check "closed: display hook wlr-randr --off" $? "$(grep -m1 'display hook' "$RUN/schedule.txt" | sed 's/.*schedule: //' | cut -c1-100)"
sleep 20
st=$(kctl show kiosk.service -p ActiveState --value); nr2=$(kctl show kiosk.service -p NRestarts --value)
[ "$st" = active ] && [ "$nr2" = "$(kctl show kiosk.service -p NRestarts --value)" ]; check "closed: the watchdog keeps it alive" $? "ActiveState=$st NRestarts=$nr2 after 20 s closed"
vm "cp /root/settings.before /etc/kiosk/settings.yaml"
n=$(ready_count)
pid=$(kctl show kiosk.service -p MainPID --value)
vm "kill -9 $pid"
wait_ready $((n + 1)) 240 || true
vm "runuser -u kiosk -- env XDG_RUNTIME_DIR=/run/user/\$(id -u kiosk) WAYLAND_DISPLAY=wayland-0 wlr-randr --output ${output:-Virtual-1} --on" || true
sleep 5
lit=$(shot 31-open-again); [ "$lit" -gt 5 ]; check "open again: the attract loop is back" $? "${lit}% lit"

kjournal >"$RUN/kiosk-journal.txt" || true
vm "journalctl -b -q --no-pager -o short-iso-precise" >"$RUN/journal.txt" 2>&1 || true
stop_vm
echo
echo "results ($FAILS failed), screendumps in $SHOTS:"
cat "$RUN/results.txt"
exit "$FAILS"
