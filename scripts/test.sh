#!/usr/bin/env bash
# Sets up (packages + build) and runs the whole test suite with CTest.
# Headless: tests use the offscreen Qt platform and never need a display.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_packages
build_wirewalk
if [ "${CI:-}" = "true" ]; then
    build_release_check
    fuzz_briefly
    test_sanitized
fi
export QT_QPA_PLATFORM=offscreen
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
