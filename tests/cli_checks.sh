#!/usr/bin/env bash
# The CLI's contract: exit codes (0 ok, 2 bad input), clear messages that say
# what and where, atomic outputs, and the same trace for the same seed.
# Usage: cli_checks.sh /path/to/wirewalk
set -uo pipefail
ww="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() { # description expected-exit command... ; stderr/stdout in $work/out
    local what="$1" want="$2"
    shift 2
    "$@" >"$work/out" 2>&1
    local got=$?
    if [ "$got" -eq "$want" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAILED: $what: exit $got, want $want"
        sed 's/^/    /' "$work/out" | head -5
    fi
}
expect_output() { # description pattern
    if grep -qE -- "$2" "$work/out"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAILED: $1: output lacks /$2/"
        sed 's/^/    /' "$work/out" | head -5
    fi
}

check "labs" 0 "$ww" labs
expect_output "labs lists the default" "two-lans.*default"
check "help" 0 "$ww" --help
check "run --help" 0 "$ww" run --help
expect_output "run --help mentions --pcap" "--pcap"
check "run two-lans" 0 "$ww" run builtin:two-lans
expect_output "ping lines" "bytes from 10\.0\.2\.10: icmp_seq=1 ttl=63"
expect_output "conservation" "Conservation: every frame"
check "unknown builtin" 2 "$ww" run builtin:no-such-lab
expect_output "unknown builtin named" "no-such-lab"
check "missing file" 2 "$ww" run "$work/nothing.json"
printf '{"format":"wirewalk-lab","version":1,"name":"x","devices":[{"name":"A","type":"host","interfaces":[{"name":"eth0","address":"256.1.1.1/24"}]}],"links":[],"scenario":[]}' >"$work/bad.json"
check "bad address" 2 "$ww" run "$work/bad.json"
expect_output "bad address path" "devices\[0\]\.interfaces\[0\]\.address"
expect_output "bad address reason" "256"
printf 'not json' >"$work/notjson.json"
check "not json" 2 "$ww" run "$work/notjson.json"
check "bad --until" 2 "$ww" run builtin:two-lans --until abc
check "negative --until" 2 "$ww" run builtin:two-lans --until -1
check "bad --seed" 2 "$ww" run builtin:two-lans --seed x
check "unknown option" 2 "$ww" run builtin:two-lans --frobnicate
check "no lab" 2 "$ww" run
check "subnet ok" 0 "$ww" subnet 10.0.0.5/8
check "subnet 256" 2 "$ww" subnet 256.0.0.1/8
check "subnet /33" 2 "$ww" subnet 10.0.0.0/33
check "subnet 1.2.3" 2 "$ww" subnet 1.2.3
check "subnet abc" 2 "$ww" subnet abc
# `wirewalk WORD` opens the window only on a lab; without a display it says so (exit 2), and
# neither case reaches Qt's platform plugin abort.
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)
check "unknown word" 2 "${nodisplay[@]}" "$ww" frobnicate
expect_output "unknown word named" "no such lab file or command: frobnicate"
expect_output "unknown word hint" "wirewalk --help"
if grep -q "platform plugin" "$work/out"; then
    failed=$((failed + 1)); echo "FAILED: unknown word reached Qt's platform plugin"
else passed=$((passed + 1)); fi
check "unknown word with a display" 2 env DISPLAY=:99 "$ww" frobnicate
expect_output "unknown word with a display named" "no such lab file or command"
check "bare builtin name" 2 "${nodisplay[@]}" "$ww" two-lans
expect_output "bare builtin name hint" "Did you mean builtin:two-lans"
check "unknown builtin lab" 2 "${nodisplay[@]}" "$ww" builtin:no-such-lab
expect_output "unknown builtin lab named" "no such built-in lab: builtin:no-such-lab"
check "lab without a display" 2 "${nodisplay[@]}" "$ww" builtin:two-lans
expect_output "lab without a display says so" "no display"
if grep -q "platform plugin" "$work/out"; then
    failed=$((failed + 1)); echo "FAILED: lab without a display reached Qt's platform plugin"
else passed=$((passed + 1)); fi
check "no lab without a display" 2 "${nodisplay[@]}" "$ww"
expect_output "no lab without a display says so" "no display"
check "xcb without a display" 2 env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb "$ww" builtin:two-lans
expect_output "xcb without a display says so" "no display"
check "bench --help" 0 "$ww" bench --help
check "bench bad hosts" 2 "$ww" bench --hosts 1
check "bench canvas bad frames" 2 "$ww" bench --canvas --frames 0
expect_output "bench canvas bad frames message" "--frames: '0'"
check "bench canvas unknown option" 2 "$ww" bench --canvas --fast
check "bench canvas --help" 0 "$ww" bench --canvas --help
expect_output "bench canvas help" "--frames"

# Summaries speak words, not the engine's identifiers (not_for_this_host), in both languages;
# icmp_seq is ping's own word.
for lab in $("$ww" labs | awk '{print $1}'); do
    for lang in en ko; do
        WIREWALK_LANG=$lang "$ww" run "builtin:$lab" >"$work/run.txt" 2>&1
        if grep -oE '\b[a-z0-9]+_[a-z0-9_]+\b' "$work/run.txt" | grep -qv '^icmp_seq$'; then
            failed=$((failed + 1))
            echo "FAILED: $lab ($lang) prints identifiers:" \
                $(grep -oE '\b[a-z0-9]+_[a-z0-9_]+\b' "$work/run.txt" | grep -v '^icmp_seq$' | sort -u)
        else
            passed=$((passed + 1))
        fi
    done
done
WIREWALK_LANG=en "$ww" run builtin:unreachable >"$work/out" 2>&1
expect_output "drops in words" "Drops by reason: .*not for this host \([0-9]+\)"
# Determinism through the CLI: same seed, same bytes.
check "trace 1" 0 "$ww" run builtin:two-lans -q --seed 5 --trace "$work/a.jsonl" --pcap "$work/a.pcapng"
check "trace 2" 0 "$ww" run builtin:two-lans -q --seed 5 --trace "$work/b.jsonl" --pcap "$work/b.pcapng"
if cmp -s "$work/a.jsonl" "$work/b.jsonl" && cmp -s "$work/a.pcapng" "$work/b.pcapng" && [ -s "$work/a.jsonl" ]; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    echo "FAILED: same seed gave different trace or pcapng"
fi
# Every trace line is one JSON object.
if python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$work/a.jsonl"; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    echo "FAILED: trace is not JSON Lines"
fi
# An unwritable output fails cleanly and leaves nothing behind.
check "unwritable pcap" 1 "$ww" run builtin:two-lans -q --pcap "$work/no/such/dir/x.pcapng"

# export: the encapsulation story or one header diagram, headless.
check "export --help" 0 "$ww" export --help
expect_output "export --help mentions --view" "--view"
check "export svg" 0 "$ww" export builtin:two-lans --event 45 --format svg -o "$work/e.svg"
check "export svg is XML" 0 python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$work/e.svg"
check "export header png" 0 "$ww" export builtin:two-lans --view header --event 45 -o "$work/h.png"
check "export bad view" 2 "$ww" export builtin:two-lans --view stack --event 45 -o "$work/x.svg"
expect_output "bad view names the choices" "--view: 'stack' is not one of encapsulation, header"
check "export event out of range" 2 "$ww" export builtin:two-lans --event 99999999 -o "$work/x.svg"
expect_output "out of range gives the range" "--event: '99999999' is out of range: this run has events 0 to [0-9]+"
check "export event without PDU" 2 "$ww" export builtin:two-lans --event 0 -o "$work/x.svg"
expect_output "event without PDU says so" "--event: event 0 \\(.*\\) carries no PDU"
check "export bad format" 2 "$ww" export builtin:two-lans --event 45 --format gif -o "$work/x.gif"
expect_output "bad format names the choices" "--format: 'gif' is not one of svg, png, pdf"
check "export missing header" 2 "$ww" export builtin:two-lans --view header --header tcp --event 45 -o "$work/x.svg"
expect_output "missing header lists the headers" "has no 'tcp' header; it has: ethernet, ipv4, icmp"
if [ -e "$work/x.svg" ] || [ -e "$work/x.gif" ]; then
    failed=$((failed + 1))
    echo "FAILED: a rejected export left a file behind"
else
    passed=$((passed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
