#!/bin/sh
# Install the locked kiosk session on Debian 12 / Raspberry Pi OS (docs/operations.md):
#
#   sudo apt-get install greetd cage wlr-randr xwayland polkitd dbus-user-session
#   sudo deploy/install-session.sh --kiosk /usr/bin/kiosk --settings /etc/kiosk/settings.yaml [--rotate 90] [--software]
#
# A dedicated unprivileged user (kiosk), greetd logging it straight into cage on VT 7, VT switching
# off, no getty on other VTs, the watchdog unit as the kiosk user's, rotation and touch mapping for
# a portrait pedestal. Safe to run again (it only rewrites its own files). --root DIR installs into
# a chroot or a staging folder instead of /; there the user is created only if DIR has an
# etc/passwd, and nothing is started. --software: a screen with no 3D acceleration (a VM's
# virtio-vga or -vga std): cage draws with pixman and Qt Quick with its software renderer.
set -eu

here=$(cd "$(dirname "$0")/session" && pwd)
root=/
user=kiosk
kiosk=/usr/bin/kiosk
settings=/etc/kiosk/settings.yaml
rotate=0
output=
wlr_renderer=
qt_quick_backend=

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
    case "$1" in
        --root) root=$2; shift 2 ;;
        --user) user=$2; shift 2 ;;
        --kiosk) kiosk=$2; shift 2 ;;
        --settings) settings=$2; shift 2 ;;
        --rotate) rotate=$2; shift 2 ;;
        --output) output=$2; shift 2 ;;
        --software) wlr_renderer=pixman; qt_quick_backend=software; shift ;;
        -h|--help) usage 0 ;;
        *) echo "install-session: unknown option $1" >&2; usage 2 >&2 ;;
    esac
done
case "$rotate" in
    0) matrix="1 0 0 0 1 0" ;;
    90) matrix="0 -1 1 1 0 0" ;;
    180) matrix="-1 0 1 0 -1 1" ;;
    270) matrix="0 1 0 -1 0 1" ;;
    *) echo "install-session: --rotate must be 0, 90, 180 or 270 (clockwise), not $rotate" >&2; exit 2 ;;
esac
case "$user" in
    root|"") echo "install-session: the kiosk must not run as root (cage refuses it too)" >&2; exit 2 ;;
esac
root=${root%/}
home=/var/lib/$user

# put SRC DEST MODE: the template with its @WORDS@ filled in, written only if it changed.
put() {
    dest="$root$2"
    mkdir -p "$(dirname "$dest")"
    tmp="$dest.tmp-$$"
    sed -e "s|@USER@|$user|g" -e "s|@KIOSK@|$kiosk|g" -e "s|@SETTINGS@|$settings|g" \
        -e "s|@ROTATE@|$rotate|g" -e "s|@OUTPUT@|$output|g" -e "s|@MATRIX@|$matrix|g" \
        -e "s|@WLR_RENDERER@|$wlr_renderer|g" -e "s|@QT_QUICK_BACKEND@|$qt_quick_backend|g" "$here/$1" >"$tmp"
    chmod "$3" "$tmp"
    if [ -f "$dest" ] && cmp -s "$tmp" "$dest"; then
        rm -f "$tmp"
    else
        mv "$tmp" "$dest"
        echo "wrote $2"
    fi
}

# link TARGET NAME: a symlink (systemctl enable/mask without a running systemd).
link() {
    mkdir -p "$(dirname "$root$2")"
    if [ "$(readlink "$root$2" 2>/dev/null || true)" != "$1" ]; then
        ln -sfn "$1" "$root$2"
        echo "linked $2 -> $1"
    fi
}

# 1. The user: a system account, no password, no sudo; video/render/input/audio for the screen,
#    the touch screen and sound.
if [ -f "$root/etc/passwd" ] && ! grep -q "^$user:" "$root/etc/passwd"; then
    if [ "$root" = "" ]; then set -- ; else set -- --root "$root"; fi
    useradd "$@" --system --create-home --home-dir "$home" --shell /usr/sbin/nologin \
        --comment "museum kiosk" "$user"
    for group in video render input audio; do
        if grep -q "^$group:" "$root/etc/group"; then usermod "$@" -a -G "$group" "$user"; fi
    done
    echo "created user $user"
fi

# 2. greetd into cage, the scripts, the session settings.
put greetd.toml /etc/greetd/config.toml 644
put cage-session /usr/local/lib/kiosk/cage-session 755
put in-cage /usr/local/lib/kiosk/in-cage 755
put session.env /etc/kiosk/session.env 644
put logind-kiosk.conf /etc/systemd/logind.conf.d/kiosk.conf 644
put 99-kiosk-touch.rules /etc/udev/rules.d/99-kiosk-touch.rules 644

# 3. The watchdog unit, as the kiosk user's own.
put kiosk.service "$home/.config/systemd/user/kiosk.service" 644
put kiosk-escalate.service "$home/.config/systemd/user/kiosk-escalate.service" 644
if [ -f "$root/etc/passwd" ] && grep -q "^$user:" "$root/etc/passwd"; then
    if [ "$root" = "" ]; then chown -R "$user:" "$home/.config"; else chroot "$root" chown -R "$user:" "$home/.config" 2>/dev/null || true; fi
fi

# 4. Boot into greetd (the display manager), no desktop, no getty on tty1.
link /lib/systemd/system/greetd.service /etc/systemd/system/display-manager.service
link /lib/systemd/system/graphical.target /etc/systemd/system/default.target
link /dev/null /etc/systemd/system/getty@tty1.service
for dm in gdm3 lightdm sddm; do
    if [ -e "$root/lib/systemd/system/$dm.service" ]; then link /dev/null "/etc/systemd/system/$dm.service"; fi
done

# What the session needs that nothing pulls in on a Debian 12 PC without a desktop: cage (0.1.4)
# exits at once without Xwayland, libseat cannot take the seat through logind without polkit, and
# in-cage's `systemctl --user start --wait` needs the user's D-Bus.
missing=
[ -x "$root/usr/bin/Xwayland" ] || missing="$missing xwayland"
[ -e "$root/usr/share/dbus-1/system.d/org.freedesktop.PolicyKit1.conf" ] || missing="$missing polkitd"
[ -e "$root/usr/lib/systemd/user/dbus.socket" ] || missing="$missing dbus-user-session"
for cmd in greetd cage; do [ -x "$root/usr/sbin/$cmd" ] || [ -x "$root/usr/bin/$cmd" ] || missing="$missing $cmd"; done
if [ -n "$missing" ]; then
    echo "install-session: the session will not start without:$missing (sudo apt-get install$missing)" >&2
fi

if [ "$root" = "" ] && [ -d /run/systemd/system ]; then
    udevadm control --reload 2>/dev/null || true
    systemctl daemon-reload
    echo "installed: reboot to start the locked session (sudo systemctl reboot)"
else
    echo "installed into ${root:-/} (nothing started)"
fi
