#!/usr/bin/env bash
# Compares `wirewalk bench --tcp` with the same scenario in ns-3 3.37 (tests/bench/ns3/).
# Usage: tests/bench/compare_ns3.sh [ROUNDS]   (default 5; run from anywhere in the repo)
#   WW_BENCH_SCENARIOS="10000000:0 10000000:0.01 100000000:0"  bytes:loss pairs to compare
#   WW_BENCH_BIG=1000000000   then one Wirewalk transfer of this many bytes for its peak
#                             memory (0 to skip)
#   WW_BENCH_NICE=nice        how to start each run ("" for normal priority: under heavy load a
#                             nice'd run can wait minutes for the CPU; CPU time is unaffected)
# Needs build/app/wirewalk (e.g. cmake --build build --target wirewalk) and, for the ns-3
# side, Debian's libns3-dev. Never part of CI; ns-3 is not a Wirewalk dependency.
#
# Each round runs Wirewalk, ns-3 and ns-3 with checksums back to back (the order rotating
# from round to round) so all three see the same background load; a ratio is taken within
# each round and the table gives the median of those per-round ratios. Both programs report
# the run loop only (Simulator::Run, Network::runUntil): wall time, and CPU time
# (user + system, CLOCK_PROCESS_CPUTIME_ID), which a loaded machine inflates far less.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-5}
scenarios=${WW_BENCH_SCENARIOS:-"10000000:0 10000000:0.01 100000000:0"}
big=${WW_BENCH_BIG:-1000000000}
read -r -a niceness <<<"${WW_BENCH_NICE-nice}"
ww=$root/build/app/wirewalk
ns3=$root/build/ns3/tcp_bulk

if ! [ -f /usr/include/ns3/core-module.h ]; then
    echo "compare_ns3.sh: ns-3 is not installed; nothing to compare."
    echo "  Install it with: sudo apt-get install libns3-dev   (Debian 12 ships ns-3 3.37)"
    exit 0
fi
if ! [ -x "$ww" ]; then
    echo "compare_ns3.sh: $ww not found; build it first (cmake --build build --target wirewalk)." >&2
    exit 1
fi
if ! [ -x "$ns3" ] || [ "$root/tests/bench/ns3/tcp_bulk.cc" -nt "$ns3" ]; then
    "$root/tests/bench/ns3/build.sh" "$ns3" || exit 1
fi

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
field() { sed -n "s/^$1: \([0-9.]*\) .*/\1/p" <<<"$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }

echo "machine: $(nproc) cores, $(uname -m); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "load at start: $(uptime)"
echo "$rounds rounds; ratio = Wirewalk / ns-3 (below 1: Wirewalk is faster), median of per-round ratios."
# ns-3 computes no IPv4/TCP checksums unless ChecksumEnabled is set; Wirewalk always
# computes and checks them (and the Ethernet FCS), so ns-3 runs both ways.
printf '\n%-17s | %-9s | %-9s | %-9s | %-8s | %-8s | %-9s | %-8s | %-8s\n' scenario "ww CPU" "ns-3 CPU" "ns-3+ck" "CPU/ns-3" "CPU/+ck" "ww wall" "wall/ns3" "wall/+ck"
printf '%s\n' "------------------|-----------|-----------|-----------|----------|----------|-----------|----------|---------"
for sc in $scenarios; do
    bytes=${sc%%:*} loss=${sc##*:}
    wc=() nc=() kc=() ww_w=() rc=() rk=() rw=() rwk=()
    for ((i = 1; i <= rounds; i++)); do
        declare -A out=()
        order=(ww ns ck)
        # Rotate who goes first so no tool always runs right after another.
        for ((r = 0; r < (i - 1) % 3; r++)); do order=("${order[@]:1}" "${order[0]}"); done
        for tool in "${order[@]}"; do
            case $tool in
            ww) o=$("${niceness[@]}" timeout 900 "$ww" bench --tcp "$bytes" --loss "$loss") ;;
            ns) o=$("${niceness[@]}" timeout 900 "$ns3" --bytes="$bytes" --loss="$loss") ;;
            ck) o=$("${niceness[@]}" timeout 900 "$ns3" --bytes="$bytes" --loss="$loss" --ChecksumEnabled=1) ;;
            esac || { echo "$tool failed: $o" >&2; exit 1; }
            out[$tool]=$o
        done
        a=$(field "CPU time" "${out[ww]}") b=$(field "CPU time" "${out[ns]}") c=$(field "CPU time" "${out[ck]}")
        aw=$(field "Wall time" "${out[ww]}") bw=$(field "Wall time" "${out[ns]}") cw=$(field "Wall time" "${out[ck]}")
        wc+=("$a") nc+=("$b") kc+=("$c") ww_w+=("$aw")
        rc+=("$(ratio "$a" "$b")") rk+=("$(ratio "$a" "$c")")
        rw+=("$(ratio "$aw" "$bw")") rwk+=("$(ratio "$aw" "$cw")")
        unset out
    done
    m() { printf '%s\n' "$@" | median; }
    name="$((bytes / 1000000)) MB, loss $loss"
    printf '%-17s | %-9s | %-9s | %-9s | %-8s | %-8s | %-9s | %-8s | %-8s\n' "$name" \
        "$(m "${wc[@]}") s" "$(m "${nc[@]}") s" "$(m "${kc[@]}") s" "$(m "${rc[@]}")" \
        "$(m "${rk[@]}")" "$(m "${ww_w[@]}") s" "$(m "${rw[@]}")" "$(m "${rwk[@]}")"
    echo "  CPU s per round: wirewalk ${wc[*]}; ns-3 ${nc[*]}; ns-3+cksum ${kc[*]}" >&2
done
if [ "$big" != 0 ]; then
    o=$("${niceness[@]}" timeout 1800 "$ww" bench --tcp "$big") || { echo "wirewalk failed: $o" >&2; exit 1; }
    echo
    echo "Wirewalk, $big bytes, no loss: CPU $(field "CPU time" "$o") s, wall $(field "Wall time" "$o") s," \
        "peak memory $(field "Peak memory" "$o") MB (resident, whole process)."
fi
echo
echo "CPU and wall = the run loop only, not process start or topology setup."
echo "load at end: $(uptime)"
