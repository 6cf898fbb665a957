#!/usr/bin/env bash
# Installs a Wirewalk .deb into a clean Debian 12 (bookworm) chroot with apt (so its Depends
# must resolve from Debian alone), runs `wirewalk --version` and `wirewalk labs` there, and
# starts the desktop entry's Exec line under Xvfb on the xcb platform: the window must stay
# up. Needs root and debootstrap; not part of CI (it downloads a whole system).
# Usage: scripts/deb_chroot_check.sh build/wirewalk_0.1.0_amd64.deb [CHROOT_DIR]
set -euo pipefail
deb="$(realpath "${1:?usage: deb_chroot_check.sh DEB [CHROOT_DIR]}")"
root="${2:-$(dirname "$deb")/debian12-chroot}"

if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root" # debootstrap's default Debian mirror
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/wirewalk.deb"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 "$@"; }
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/wirewalk.deb
in_root wirewalk --version
in_root wirewalk labs
# What the desktop menu runs, on a real X server (Xvfb): alive after 5 s means the window
# opened (a missing platform plugin or library aborts at once).
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/org.wirewalk.Wirewalk.desktop")
rc=0
in_root xvfb-run -a env QT_QPA_PLATFORM=xcb timeout 5 ${exec_line% %f} || rc=$?
[ "$rc" -eq 124 ] || { echo "FAIL: '$exec_line' exited $rc within 5 s" >&2; exit 1; }
echo "deb_chroot_check: installed and started in $root"
