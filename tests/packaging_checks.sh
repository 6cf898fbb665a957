#!/usr/bin/env bash
# The desktop install and the Debian package (issue 14): `cmake --install` puts every file in
# place, the desktop entry and the AppStream metainfo validate, the man page has every
# command, `cpack -G DEB` builds a package whose Depends come from the libraries the binary
# links (dpkg-shlibdeps), and the packaged binary runs.
# Usage: packaging_checks.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
id=org.wirewalk.Wirewalk

cmake --install "$build" --prefix "$tmp/usr" >/dev/null
files=(bin/wirewalk "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml"
       "share/icons/hicolor/scalable/apps/$id.svg" share/man/man1/wirewalk.1
       share/doc/wirewalk/copyright)
for size in 16 22 24 32 48 64 128 256; do
    files+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for f in "${files[@]}"; do
    [ -s "$tmp/usr/$f" ] || fail "cmake --install put no $f in place"
done
# Each PNG has the size its directory names (width and height from the IHDR chunk).
for size in 16 22 24 32 48 64 128 256; do
    got=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' \
        "$tmp/usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
    [ "$got" = "${size}x${size}" ] || fail "icon ${size}x${size} is $got"
done
[ "$("$tmp/usr/bin/wirewalk" --version)" = "wirewalk $version" ] || fail "wirewalk --version"
appstreamcli validate --no-net "$tmp/usr/share/metainfo/$id.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate: $(appstreamcli validate --no-net "$tmp/usr/share/metainfo/$id.metainfo.xml")"
desktop-file-validate "$tmp/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
man="$tmp/usr/share/man/man1/wirewalk.1"
for command in labs run subnet bench export; do
    grep -qx ".SS $command" "$man" || fail "the man page has no section for '$command'"
done
grep -q -- '--pcap' "$man" || fail "the man page lacks run's options (--pcap)"
grep -q "Usage: wirewalk run " "$man" || fail "the man page's run usage does not read 'wirewalk run'"
! grep -qF "$(cd "$build" && pwd)" "$man" || fail "the man page names the build directory"
warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$man" 2>&1)
[ -z "$warnings" ] || fail "groff warns on the man page: $warnings"

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1 ||
    fail "cpack -G DEB: $(cat "$tmp/cpack.log")"
deb=$(ls "$tmp"/pkg/wirewalk_"$version"_*.deb)
dpkg-deb -c "$deb" | awk '{print $6}' >"$tmp/contents"
for f in "${files[@]}"; do
    grep -qx "./usr/$f" "$tmp/contents" || fail "the .deb lacks /usr/$f"
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 qt6-qpa-plugins; do
    [[ ", $depends," == *", $dep"[\ ,]* ]] || fail "Depends lacks $dep: $depends"
done
# Unpacked alone, the packaged binary runs (stripped, no build-tree paths).
dpkg-deb -x "$deb" "$tmp/root"
"$tmp/root/usr/bin/wirewalk" labs --names | grep -x 'two-lans' >/dev/null || fail "packaged 'wirewalk labs'"
echo "packaging checks passed: $(basename "$deb"), Depends: $depends"
