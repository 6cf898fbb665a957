#!/usr/bin/env bash
# Installs what Wirewalk needs on Debian 12 (only the packages that are missing),
# then configures and builds with CMake + Ninja. Sourced by run.sh and test.sh.
set -euo pipefail

WIREWALK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${WIREWALK_BUILD_DIR:-$WIREWALK_ROOT/build}"

# Build: toolchain, Qt 6, QCustomPlot (Qt 6 build). Run: Korean fonts.
# Tests: tshark (pcapng checks), xvfb/xauth (GUI smoke), python3 (subnet cross-check),
# librsvg2-bin (rsvg-convert: exported SVG must render like the PNG export; the icon's PNGs).
# Fuzzing: clang with its libFuzzer and sanitizer runtimes. Packaging: dpkg-dev
# (dpkg-shlibdeps for cpack's Depends), appstream and desktop-file-utils (validators), groff-base.
PACKAGES=(cmake ninja-build g++ qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools qt6-translations-l10n libqcustomplot-dev libqcustomplot2.1-qt6 libgl-dev
          fonts-noto-cjk xvfb xauth tshark python3 librsvg2-bin
          clang libclang-rt-14-dev dpkg-dev appstream desktop-file-utils groff-base)

missing_packages() {
    local p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep "install ok installed" >/dev/null || echo "$p"
    done
}

install_packages() {
    local missing
    missing=$(missing_packages)
    [ -z "$missing" ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "wirewalk: installing missing packages:" $missing
    # tshark asks whether non-root users may capture; answer it up front.
    echo "wireshark-common wireshark-common/install-setuid boolean false" | $sudo debconf-set-selections
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

# These scripts are the developer and CI build: warnings are errors (WIREWALK_WERROR=OFF to
# override). A plain `cmake` configure, as packagers run it, leaves them warnings.
build_wirewalk() {
    local type="${WIREWALK_BUILD_TYPE:-RelWithDebInfo}"
    cmake -S "$WIREWALK_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
        -DWIREWALK_WERROR="${WIREWALK_WERROR:-ON}" >/dev/null
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

# CI only: the Release build packagers make (-O3 finds warnings -O2 does not), warnings as
# errors, in its own directory; then the byte-format unit tests on that optimised code.
build_release_check() {
    local dir="${WIREWALK_RELEASE_BUILD_DIR:-$WIREWALK_ROOT/build-release}"
    cmake -S "$WIREWALK_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DWIREWALK_WERROR=ON >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
    (cd "$dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 \
        -j "$(nproc)" -R '^(test_wire|test_subnet|subnet_vs_python|test_tcp_wire)$')
}

# CI only: the whole CTest suite again on a build with AddressSanitizer and UBSan (the asan
# preset: -fno-sanitize-recover, so any report fails its test), in its own directory. Every
# test runs; the random generated labs run 50 labs instead of 200 (WIREWALK_GENERATED_LABS),
# as a Debug build under ASan runs them several times slower.
test_sanitized() {
    local dir="${WIREWALK_ASAN_BUILD_DIR:-$WIREWALK_ROOT/build-asan}"
    (cd "$WIREWALK_ROOT" && cmake --preset asan -B "$dir" >/dev/null)
    cmake --build "$dir" --parallel "$(nproc)"
    (cd "$dir" && QT_QPA_PLATFORM=offscreen UBSAN_OPTIONS=print_stacktrace=1 \
        WIREWALK_GENERATED_LABS="${WIREWALK_ASAN_GENERATED_LABS:-50}" ctest --output-on-failure --timeout 900 -j "$(nproc)")
}

# CI only: every libFuzzer target for a few seconds from the built-in labs' seeds.
fuzz_briefly() {
    WIREWALK_FUZZ_SEED="${WIREWALK_FUZZ_SEED:-1}" \
        bash "$WIREWALK_ROOT/scripts/fuzz.sh" all "${WIREWALK_FUZZ_SECONDS:-15}"
}
