#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and runs TARGET for SECONDS (each
# target in turn for `all`). Seeds: the built-in labs' JSON and frames, cut at each header,
# written by fuzz_seeds into build-fuzz/seeds/ (nothing binary is committed), plus
# tests/fuzz/corpus/<name>/ where it exists.
# Usage: scripts/fuzz.sh TARGET SECONDS
#   TARGET: ethernet arp ipv4 icmp udp tcp dhcp dns lab dissect (or fuzz_<name>), or all
# New inputs go to build-fuzz/corpus/<name>/, findings (crash-*, leak-*, timeout-*, oom-*)
# to build-fuzz/artifacts/<name>/, libFuzzer's output to build-fuzz/logs/<name>.log. Prints
# executions and findings per target; exits non-zero when any target found something.
# WIREWALK_FUZZ_SEED=N fixes libFuzzer's random seed (CI uses 1; 0, the default, picks one).
set -euo pipefail

usage="usage: fuzz.sh TARGET SECONDS (TARGET: all, or one of: ethernet arp ipv4 icmp udp tcp dhcp dns lab dissect)"
target="${1:?$usage}"
seconds="${2:?$usage}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WIREWALK_FUZZ_BUILD_DIR:-$root/build-fuzz}"
all=(ethernet arp ipv4 icmp udp tcp dhcp dns lab dissect)

if [ "$target" = all ]; then
    targets=("${all[@]}")
else
    targets=("${target#fuzz_}")
    [[ " ${all[*]} " == *" ${targets[0]} "* ]] || { echo "$usage" >&2; exit 2; }
fi
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "$usage" >&2; exit 2; }

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWIREWALK_FUZZ=ON -DWIREWALK_WERROR="${WIREWALK_WERROR:-ON}" >/dev/null
cmake --build "$build" --target fuzz_all --parallel "$(nproc)"

# Seeds from the built-in labs, again whenever the tool (so a lab or a protocol) changed.
if [ ! -f "$build/seeds/.done" ] || [ "$build/tests/fuzz/fuzz_seeds" -nt "$build/seeds/.done" ]; then
    rm -rf "$build/seeds"
    "$build/tests/fuzz/fuzz_seeds" "$build/seeds" >/dev/null
    touch "$build/seeds/.done"
fi

status=0
printf '%-9s %12s %10s  %s\n' target executions findings artifacts
for name in "${targets[@]}"; do
    corpus="$build/corpus/$name"
    artifacts="$build/artifacts/$name"
    mkdir -p "$corpus" "$artifacts" "$build/logs" "$build/seeds/$name"
    dirs=("$corpus" "$build/seeds/$name")
    [ -d "$root/tests/fuzz/corpus/$name" ] && dirs+=("$root/tests/fuzz/corpus/$name")
    before=$(find "$artifacts" -type f | wc -l)
    rc=0
    "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -print_final_stats=1 \
        -seed="${WIREWALK_FUZZ_SEED:-0}" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -artifact_prefix="$artifacts/" "${dirs[@]}" >"$build/logs/$name.log" 2>&1 || rc=$?
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/logs/$name.log" | tail -n 1)
    findings=$(( $(find "$artifacts" -type f | wc -l) - before ))
    printf '%-9s %12s %10s  %s\n' "$name" "${executions:-?}" "$findings" "$artifacts"
    if [ "$rc" -ne 0 ] || [ "$findings" -ne 0 ]; then
        status=1
        echo "fuzz_$name failed (exit $rc); the end of $build/logs/$name.log:" >&2
        tail -n 30 "$build/logs/$name.log" >&2
    fi
done
exit "$status"
