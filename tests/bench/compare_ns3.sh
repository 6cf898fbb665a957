#!/usr/bin/env bash
# Compares `wirewalk bench --tcp` with the same scenario in ns-3 3.37 (tests/bench/ns3/).
# Usage: tests/bench/compare_ns3.sh [RUNS]   (default 5; run from anywhere in the repo)
# Needs build/app/wirewalk (e.g. /work/devbuild.sh wirewalk or cmake --build build) and,
# for the ns-3 side, Debian's libns3-dev. Never part of CI; ns-3 is not a Wirewalk dependency.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
ww=$root/build/app/wirewalk
ns3=$root/build/ns3/tcp_bulk
bytes=10000000

if ! [ -f /usr/include/ns3/core-module.h ]; then
    echo "compare_ns3.sh: ns-3 is not installed; nothing to compare."
    echo "  Install it with: sudo apt-get install libns3-dev   (Debian 12 ships ns-3 3.37)"
    exit 0
fi
if ! [ -x "$ww" ]; then
    echo "compare_ns3.sh: $ww not found; build it first (cmake --build build --target wirewalk)." >&2
    exit 1
fi
"$root/tests/bench/ns3/build.sh" "$ns3" || exit 1

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

echo "machine: $(nproc) cores, $(uname -m); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "load at start: $(uptime)"
# ns-3 computes no IPv4/TCP checksums unless ChecksumEnabled is set; Wirewalk always
# computes and checks them (and the Ethernet FCS), so ns-3 runs both ways.
printf '\n%-10s | %-13s | %-13s | %-6s | %-13s | %-6s | %-11s | %-11s\n' scenario "wirewalk wall" "ns-3 wall" ratio "ns-3+cksum" ratio "ww done" "ns-3 done"
printf '%s\n' "-----------|---------------|---------------|--------|---------------|--------|-------------|------------"
for loss in 0 0.01; do
    wwt=() nst=() nct=() wwsim="" nssim=""
    for ((i = 1; i <= runs; i++)); do
        # Alternate the tools so both see the same background load.
        out=$(nice timeout 300 "$ww" bench --tcp $bytes --loss $loss) || { echo "wirewalk failed: $out" >&2; exit 1; }
        wwt+=("$(sed -n 's/^Wall time: \([0-9.]*\) s\./\1/p' <<<"$out")")
        wwsim=$(sed -n 's/.* arrived at \([0-9.]*\) s simulated.*/\1/p' <<<"$out")
        out=$(nice timeout 300 "$ns3" --bytes=$bytes --loss=$loss) || { echo "ns-3 failed: $out" >&2; exit 1; }
        nst+=("$(sed -n 's/^Wall time: \([0-9.]*\) s\./\1/p' <<<"$out")")
        nssim=$(sed -n 's/.*the last at \([0-9.]*\) s simulated.*/\1/p' <<<"$out")
        out=$(nice timeout 300 "$ns3" --bytes=$bytes --loss=$loss --ChecksumEnabled=1) || { echo "ns-3 failed: $out" >&2; exit 1; }
        nct+=("$(sed -n 's/^Wall time: \([0-9.]*\) s\./\1/p' <<<"$out")")
    done
    wm=$(printf '%s\n' "${wwt[@]}" | median)
    nm=$(printf '%s\n' "${nst[@]}" | median)
    cm=$(printf '%s\n' "${nct[@]}" | median)
    ratio=$(awk -v n="$nm" -v w="$wm" 'BEGIN {printf "%.2f", n / w}')
    cratio=$(awk -v n="$cm" -v w="$wm" 'BEGIN {printf "%.2f", n / w}')
    name=$([ "$loss" = 0 ] && echo "no loss" || echo "$loss loss")
    printf '%-10s | %-13s | %-13s | %-6s | %-13s | %-6s | %-11s | %-11s\n' "$name" "$wm s" "$nm s" "$ratio" "$cm s" "$cratio" "$wwsim s" "$nssim s"
    echo "  runs: wirewalk ${wwt[*]}; ns-3 ${nst[*]}; ns-3+cksum ${nct[*]}" >&2
done
echo
echo "ratio = ns-3 median / wirewalk median (above 1: Wirewalk is faster). Wall = the run loop only."
echo "load at end: $(uptime)"
