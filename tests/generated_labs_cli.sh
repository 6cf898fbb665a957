#!/usr/bin/env bash
# Generated labs through the real CLI: `wirewalk run LAB --pcap` under an address-space
# limit (prlimit --as) and a wall-time limit (timeout). Each run must end with exit 0, or
# exit 2 with the budget message; never a crash, a hang or a conservation failure. Each
# capture must be clean in tshark (no malformed frames, no bad checksums or FCS, no expert
# errors; TCP analysis and desegmentation off, as one pcapng holds every link).
# Usage: generated_labs_cli.sh /path/to/wirewalk /path/to/generate_lab
# WIREWALK_GENERATED_CLI_LABS=N (20) and WIREWALK_GENERATED_SEED=S (1000) run others.
set -uo pipefail
ww="$1"
generate="$2"
command -v tshark >/dev/null || { echo "tshark is not installed (scripts/setup.sh installs it)"; exit 1; }
command -v prlimit >/dev/null || { echo "prlimit (util-linux) is not installed"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count=${WIREWALK_GENERATED_CLI_LABS:-20}
first=${WIREWALK_GENERATED_SEED:-1000}
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAILED: $*"; }

# A scenario's UDP data (a-z repeated) sent to a port Wireshark decodes by number (67 as
# BOOTP, 53 as DNS ...) is not that protocol: its application-layer "malformed" is
# expected. The engine's own DHCP (ports 67 and 68 both ways) and every checksum and FCS
# are still checked.
APP_DATA='udp && !((udp.srcport == 67 || udp.srcport == 68) && (udp.dstport == 67 || udp.dstport == 68))'
# With desegmentation off, HTTP's dissector reads a request's last segment on its own and,
# seeing it end in the blank line, calls that a "leading CRLF" error (seed 7258: "Accept:
# */*\r\n\r\n" after two 28-byte segments). Reassembled, as a student opens it, the request is
# whole; the check below makes sure the error is gone there.
SPLIT_HTTP='http.leading_crlf'
PROBLEMS="((_ws.malformed || _ws.expert.severity >= \"error\") && !($APP_DATA) && !($SPLIT_HTTP)) || eth.fcs.status == \"Bad\" || ip.checksum.status == \"Bad\" || icmp.checksum.status == \"Bad\" || udp.checksum.status == \"Bad\" || tcp.checksum.status == \"Bad\""
# 4 GiB of address space: a lab that needs more is a bug, whatever it asks for. Under
# AddressSanitizer (CI's sanitized suite) the shadow memory alone reserves terabytes of
# address space, so there the engine's own --max-memory budget is the only memory limit.
limit=(prlimit --as=$((4 << 30)))
# Not grep -q: its early exit can kill ldd with SIGPIPE, which pipefail turns into "no match".
if ldd "$ww" 2>/dev/null | grep libasan >/dev/null; then
    limit=()
fi
for ((seed = first; seed < first + count; seed++)); do
    lab="$work/lab-$seed.json"
    pcap="$work/lab-$seed.pcapng"
    "$generate" "$seed" >"$lab" || { bad "seed $seed: generate_lab failed"; continue; }
    # 60 s and the address-space limit above.
    "${limit[@]}" timeout 60 "$ww" run "$lab" --quiet --pcap "$pcap" \
        --max-events 300000 --max-memory 512 >"$work/out" 2>"$work/err"
    rc=$?
    if [ "$rc" -eq 2 ] && grep -q '^--pcap: the lab has no links to capture on' "$work/err"; then
        # Unlinked devices only (seeds 7037 and 7091 make such labs): the CLI refuses the
        # capture with exit 2, as it says; the run without one must still end cleanly.
        "${limit[@]}" timeout 60 "$ww" run "$lab" --quiet \
            --max-events 300000 --max-memory 512 >"$work/out" 2>"$work/err"
        rc=$?
        if [ "$rc" -eq 0 ] || { [ "$rc" -eq 2 ] && grep -q '^run: stopped at ' "$work/err"; }; then
            ok
        else
            bad "seed $seed (no links): wirewalk run exited $rc ($(head -c 300 "$work/err"))"
        fi
        continue
    fi
    if [ "$rc" -eq 2 ] && grep -q '^run: stopped at ' "$work/err"; then
        : # stopped on its budget, with the message: a clean stop
    elif [ "$rc" -ne 0 ]; then
        bad "seed $seed: wirewalk run exited $rc ($(head -c 300 "$work/err"))"
        continue
    fi
    frames=$(tshark -r "$pcap" -T fields -e frame.number 2>/dev/null | wc -l)
    if [ "$frames" -gt 0 ]; then
        # Where the lab flips bits (a link with "ber"), the capturing end records the frames
        # it receives as they arrived: a bad FCS there, and whatever else the flipped bits
        # break, is the lab's doing (as in tshark_labs.sh). Frames it sends are always checked.
        # tshark also reassembles a corrupted fragment into its datagram (the receiver dropped
        # it for its FCS and never did), so there a datagram's UDP checksum fails on a frame
        # with a good FCS (seed 8130): such captures are checked fragment by fragment.
        excuse='frame.number == 0'
        defragment=TRUE
        if python3 -c 'import json,sys; sys.exit(not any(k.get("ber", 0) > 0 for k in json.load(open(sys.argv[1]))["links"]))' "$lab"; then
            excuse='frame.packet_flags_direction == 1 && eth.fcs.status == "Bad"'
            defragment=FALSE
        fi
        problems=$(tshark -r "$pcap" -o ip.defragment:$defragment \
            -o eth.check_fcs:TRUE -o ip.check_checksum:TRUE \
            -o udp.check_checksum:TRUE -o tcp.check_checksum:TRUE \
            -o tcp.desegment_tcp_streams:FALSE -o tcp.analyze_sequence_numbers:FALSE \
            -Y "($PROBLEMS) && !($excuse)" -T fields -e frame.number 2>"$work/tshark.err" | wc -l)
        if grep -qv 'Running as user' "$work/tshark.err"; then
            bad "seed $seed: tshark failed: $(head -c 300 "$work/tshark.err")"
            continue
        fi
        if [ "$problems" -eq 0 ] && tshark -r "$pcap" -o tcp.desegment_tcp_streams:FALSE \
            -T fields -e frame.number -Y "$SPLIT_HTTP" 2>/dev/null | grep -q .; then
            # Reassembled (desegmentation on) a leading CRLF is a real extra blank line.
            problems=$(tshark -r "$pcap" -o ip.defragment:$defragment \
                -Y "$SPLIT_HTTP" -T fields -e frame.number 2>/dev/null | wc -l)
        fi
        if [ "$problems" -ne 0 ]; then
            bad "seed $seed: $problems of $frames frames malformed or with bad checksums"
            tshark -r "$pcap" -o ip.defragment:$defragment -o eth.check_fcs:TRUE \
                -o tcp.desegment_tcp_streams:FALSE \
                -o tcp.analyze_sequence_numbers:FALSE -Y "($PROBLEMS) && !($excuse)" 2>/dev/null | head -3
            continue
        fi
    fi
    ok
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
