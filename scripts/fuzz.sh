#!/usr/bin/env bash
# Builds one libFuzzer target with clang in build-fuzz/ and runs it for SECONDS
# from its seed corpus (tests/fuzz/corpus/<name without fuzz_>/).
# Usage: scripts/fuzz.sh fuzz_dns 60
# New inputs go to build-fuzz/corpus/<name>/, crashes to build-fuzz/artifacts/;
# the exit status is libFuzzer's (non-zero when it found a crash or a leak).
set -euo pipefail

target="${1:?usage: fuzz.sh TARGET SECONDS}"
seconds="${2:?usage: fuzz.sh TARGET SECONDS}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WIREWALK_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seeds="$root/tests/fuzz/corpus/${target#fuzz_}"

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWIREWALK_FUZZ=ON >/dev/null
cmake --build "$build" --target "$target" --parallel "$(nproc)"

mkdir -p "$build/corpus/$target" "$build/artifacts"
"$build/tests/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/" "$build/corpus/$target" "$seeds"
