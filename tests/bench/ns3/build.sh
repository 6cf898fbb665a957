#!/usr/bin/env bash
# Builds tcp_bulk (the ns-3 side of tests/bench/compare_ns3.sh) against Debian's ns-3.
# Usage: tests/bench/ns3/build.sh [OUTPUT]   (default: build/ns3/tcp_bulk under the repo root)
# ns-3 is never a dependency of Wirewalk; this is only for the comparison.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=${1:-$root/build/ns3/tcp_bulk}
if ! [ -f /usr/include/ns3/core-module.h ] || ! ls /usr/lib/*/libns3-core.so >/dev/null 2>&1; then
    echo "build.sh: ns-3 development files not found (libns3-dev)." >&2
    echo "  Install them with: sudo apt-get install libns3-dev   (Debian 12: ns-3 3.37)" >&2
    exit 2
fi
mkdir -p "$(dirname "$out")"
# Link the modules by name: Debian 3.37's .pc files carry a broken -I and name
# static helper libraries (gsl) whose -dev packages are not installed.
libs=(-lns3-applications -lns3-bridge -lns3-csma -lns3-point-to-point -lns3-internet
      -lns3-traffic-control -lns3-network -lns3-stats -lns3-core)
echo "building $out"
nice g++ -std=c++17 -O2 -o "$out" "$here/tcp_bulk.cc" "${libs[@]}"
