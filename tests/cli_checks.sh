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
expect_output "labs: the notes' first section first" "^Layers and encapsulation$"
if [ "$(grep -c '^[^ ]' "$work/out")" -eq 12 ] && [ "$(head -1 "$work/out")" = "Layers and encapsulation" ] &&
    [ "$(grep -v '^$' "$work/out" | tail -1 | awk '{print $1}')" = "dns-tcp-fallback" ]; then
    passed=$((passed + 1))
else
    failed=$((failed + 1)); echo "FAILED: labs: 12 section headings, from layers to DNS"
fi
check "labs --names" 0 "$ww" labs --names
if [ "$(wc -l <"$work/out")" -eq "$("$ww" labs | grep -c '^  ')" ] && ! grep -q ' ' "$work/out"; then
    passed=$((passed + 1))
else
    failed=$((failed + 1)); echo "FAILED: labs --names: one name a line, as many as labs lists"
fi
WIREWALK_LANG=ko "$ww" labs >"$work/out" 2>&1
expect_output "labs in Korean" "^  tcp-rst +TCP: 닫힌 포트가 보내는 RST$"
# run: the lab's title and teaching text first, wrapped to 78 columns; not with -q.
check "run tcp-rst" 0 "$ww" run builtin:tcp-rst
expect_output "run prints the title" "^Lab tcp-rst: TCP: RST from a closed port$"
expect_output "run prints the teaching text" "^PC1 tries to connect to port 81 on the server"
# The teaching text (from the line after "Lab tcp-rst: ..." to the first empty line) fits 78 columns,
# counted as a terminal does (a Korean syllable takes two).
teaching_fits() {
    python3 - "$1" <<'PY'
import sys, unicodedata
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
start = next(i for i, l in enumerate(lines) if " tcp-rst: " in l) + 1
block = lines[start:lines.index("", start)]
width = lambda l: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l)
sys.exit(not block or any(width(l) > 78 for l in block))
PY
}
if teaching_fits "$work/out"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAILED: run: the teaching text is not wrapped to 78 columns"; fi
check "run -q tcp-rst" 0 "$ww" run -q builtin:tcp-rst
if grep -q "^PC1 tries to connect" "$work/out"; then failed=$((failed + 1)); echo "FAILED: run -q prints the teaching text"; else passed=$((passed + 1)); fi
WIREWALK_LANG=ko "$ww" run builtin:tcp-rst >"$work/out" 2>&1
expect_output "run in Korean: title" "tcp-rst: TCP: 닫힌 포트가 보내는 RST$"
expect_output "run in Korean: teaching text" "확인 응답 번호 = SYN의 시퀀스 번호"
if teaching_fits "$work/out"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAILED: run in Korean: the teaching text is not wrapped to 78 columns"; fi
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
for lab in $("$ww" labs --names); do
    for lang in en ko; do
        WIREWALK_LANG=$lang "$ww" run "builtin:$lab" >"$work/run.txt" 2>&1
        if grep -oE '\b[a-z0-9]+_[a-z0-9_]+\b' "$work/run.txt" | grep -v '^icmp_seq$' >/dev/null; then
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

# Captures: one capture point a file, as a real capture is.
pcap_frames() { # file -> "outbound inbound" frames (epb_flags direction)
    python3 - "$1" <<'PY'
import struct, sys
b = open(sys.argv[1], 'rb').read()
at, out, inb = 0, 0, 0
while at + 12 <= len(b):
    kind, total = struct.unpack_from('<II', b, at)
    if kind == 6:
        captured = struct.unpack_from('<I', b, at + 20)[0]
        o = at + 28 + (captured + 3) // 4 * 4
        while o + 4 <= at + total - 4:
            code, length = struct.unpack_from('<HH', b, o)
            if code == 0:
                break
            if code == 2:
                d = struct.unpack_from('<I', b, o + 4)[0] & 3
                out += d == 2
                inb += d == 1
            o += 4 + (length + 3) // 4 * 4
    at += total
print(out, inb)
PY
}
check "run --help mentions --capture" 0 "$ww" run --help
expect_output "--capture in help" "--capture <POINT>"
expect_output "--pcap-dir in help" "--pcap-dir <DIR>"
check "default capture point" 0 "$ww" run builtin:two-lans -q --pcap "$work/d.pcapng"
expect_output "default is the first sender's first link, printed" "^capture: PC1:eth0 \(link PC1-SW1\)$"
check "capture DEVICE:INTERFACE" 0 "$ww" run builtin:two-lans -q --pcap "$work/s.pcapng" --capture SW1:p1
expect_output "the switch's end of PC1's link" "^capture: SW1:p1 \(link PC1-SW1\)$"
check "capture LINK" 0 "$ww" run builtin:two-lans -q --pcap "$work/r.pcapng" --capture R1-SW2
expect_output "a link is captured at its first end" "^capture: R1:eth1 \(link R1-SW2\)$"
# PC1's end and SW1's end of the same cable see the same frames, in opposite directions.
read -r d_out d_in < <(pcap_frames "$work/d.pcapng")
read -r s_out s_in < <(pcap_frames "$work/s.pcapng")
if [ "$d_out" -gt 0 ] && [ "$d_out" -eq "$s_in" ] && [ "$d_in" -eq "$s_out" ]; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    echo "FAILED: PC1:eth0 sent $d_out, received $d_in; SW1:p1 sent $s_out, received $s_in"
fi
check "unknown capture point" 2 "$ww" run builtin:two-lans -q --pcap "$work/x.pcapng" --capture SW9:p1
expect_output "unknown point named, with what exists" "--capture: 'SW9:p1' is neither a link nor a DEVICE:INTERFACE.*links: PC1-SW1, PC2-SW1.*interfaces: PC1:eth0, SW1:p1, PC2:eth0"
check "interface without a link" 2 "$ww" run builtin:two-lans -q --pcap "$work/x.pcapng" --capture PC1:eth1
check "--capture needs --pcap" 2 "$ww" run builtin:two-lans -q --capture SW1:p1
expect_output "--capture without --pcap says so" "--capture: .*--pcap"
check "--capture with only --pcap-dir" 2 "$ww" run builtin:two-lans -q --capture SW1:p1 --pcap-dir "$work/dir0"
if [ -e "$work/x.pcapng" ] || [ -e "$work/dir0" ]; then
    failed=$((failed + 1))
    echo "FAILED: a rejected capture left a file behind"
else
    passed=$((passed + 1))
fi
# A receiver-side capture of a lossy link lacks what the link lost: udp-voice loses
# frames on R1-R2 (R1 -> R2 only carries traffic one way).
check "udp-voice, R1's end" 0 "$ww" run builtin:udp-voice -q --pcap "$work/r1.pcapng" --capture R1-R2
lost=$(sed -nE 's/.* ([0-9]+) lost on links.*/\1/p' "$work/out")
check "udp-voice, R2's end" 0 "$ww" run builtin:udp-voice -q --pcap "$work/r2.pcapng" --capture R2:eth0
read -r r1_out r1_in < <(pcap_frames "$work/r1.pcapng")
read -r r2_out r2_in < <(pcap_frames "$work/r2.pcapng")
if [ "${lost:-0}" -gt 0 ] && [ "$r2_in" -eq $((r1_out - lost)) ] && [ "$r1_in" -eq "$r2_out" ]; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    echo "FAILED: R1 sent $r1_out, R2 received $r2_in, $lost lost on links"
fi
# --pcap-dir: a file per link, named after it (made safe), beside --pcap if both are given.
check "--pcap-dir and --pcap" 0 "$ww" run builtin:two-lans -q --pcap-dir "$work/links/new" --pcap "$work/p.pcapng"
if [ "$(LC_ALL=C ls "$work/links/new" | tr '\n' ' ')" = "PC1-SW1.pcapng PC2-SW1.pcapng PC3-SW2.pcapng R1-SW1.pcapng R1-SW2.pcapng Server-SW2.pcapng " ] \
    && cmp -s "$work/p.pcapng" "$work/links/new/PC1-SW1.pcapng"; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    echo "FAILED: --pcap-dir wrote: $(ls "$work/links/new" | tr '\n' ' ')"
fi
printf '%s' '{"format":"wirewalk-lab","version":1,"name":"names","devices":[
 {"name":"A","type":"host","interfaces":[{"name":"e0","address":"10.0.0.1/24"},{"name":"e1","address":"10.0.1.1/24"},{"name":"e2","address":"10.0.2.1/24"}]},
 {"name":"B","type":"host","interfaces":[{"name":"e0","address":"10.0.0.2/24"},{"name":"e1","address":"10.0.1.2/24"},{"name":"e2","address":"10.0.2.2/24"}]}],
 "links":[{"name":"a/b","a":"A:e0","b":"B:e0"},{"name":"A:B","a":"A:e1","b":"B:e1"},{"name":"..","a":"A:e2","b":"B:e2"}],
 "scenario":[{"at":0.1,"action":"ping","from":"B","to":"10.0.0.1"}]}' >"$work/names.json"
check "unsafe link names" 0 "$ww" run "$work/names.json" -q --pcap-dir "$work/names"
if [ "$(LC_ALL=C ls -A "$work/names" | tr '\n' ' ')" = "A_B-2.pcapng _..pcapng a_b.pcapng " ]; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    echo "FAILED: unsafe link names gave files: $(LC_ALL=C ls -A "$work/names" | tr '\n' ' ')"
fi
check "default point: the first sender's first link" 0 "$ww" run "$work/names.json" -q --pcap "$work/n.pcapng"
expect_output "B is the first sender" "^capture: B:e0 \(link a/b\)$"
printf '{"format":"wirewalk-lab","version":1,"name":"alone","devices":[{"name":"A","type":"host","interfaces":[{"name":"eth0","address":"10.0.0.1/24"}]}],"links":[],"scenario":[]}' >"$work/alone.json"
check "nothing to capture" 2 "$ww" run "$work/alone.json" -q --pcap "$work/alone.pcapng"
expect_output "no links, said so" "no links"

# export: the encapsulation story or one header diagram, headless (more in tests/export/export_cli.sh).
check "export --help" 0 "$ww" export --help
expect_output "export --help mentions --view" "--view"
check "export svg" 0 "$ww" export builtin:two-lans --event 45 --format svg -o "$work/e.svg"
check "export svg is XML" 0 python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$work/e.svg"
check "export header png" 0 "$ww" export builtin:two-lans --view header --event 45 -o "$work/h.png"
check "export pdf" 0 "$ww" export builtin:two-lans --event 45 --format pdf -o "$work/e.pdf"
if [ "$(head -c 5 "$work/e.pdf")" = "%PDF-" ] && tail -c 8 "$work/e.pdf" | grep "%%EOF" >/dev/null; then
    passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: export pdf is not a whole PDF"; fi
check "export bad view" 2 "$ww" export builtin:two-lans --view stack --event 45 -o "$work/x.svg"
expect_output "bad view names the choices" "--view: 'stack' is not one of topology, encapsulation, .*header"
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

# A host that must fragment: once a crash (bad_alloc, hang, segfault); now delivered.
cat >"$work/big.json" <<'JSON'
{"format": "wirewalk-lab", "version": 1, "name": "big", "duration": 3,
 "devices": [
  {"name": "A", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.1/24"}]},
  {"name": "B", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.2/24"}], "udp_listen": [9]}],
 "links": [{"name": "A-B", "a": "A:eth0", "b": "B:eth0"}],
 "scenario": [
  {"at": 0.1, "action": "ping", "from": "A", "to": "10.0.0.2", "size": 1473},
  {"at": 0.5, "action": "udp", "from": "A", "to": "10.0.0.2", "size": 65507, "port": 9}]}
JSON
check "sender fragments ping 1473 and UDP 65507" 0 "$ww" run "$work/big.json"
expect_output "fragmented echo answered" "1481 bytes from 10.0.0.2: icmp_seq=1"
expect_output "65507-byte datagram delivered" "delivered to port 9 \\(65507 bytes of data\\)"

# An ARP request to a host without an address is not for it, not malformed; the
# summary's drop categories add up.
cat >"$work/noaddr.json" <<'JSON'
{"format": "wirewalk-lab", "version": 1, "name": "noaddr", "duration": 5,
 "devices": [
  {"name": "A", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.1/24"}]},
  {"name": "B", "type": "host", "interfaces": [{"name": "eth0"}]}],
 "links": [{"name": "A-B", "a": "A:eth0", "b": "B:eth0"}],
 "scenario": [{"at": 0.1, "action": "ping", "from": "A", "to": "10.0.0.2"}]}
JSON
check "ARP to an unaddressed host" 0 "$ww" run "$work/noaddr.json"
expect_output "drops add up" "Drops: 4 in all: 0 frames lost on links, 0 frames refused at a transmitter \\(queue full or too big for the link\\), 0 frames dropped by devices, 4 packets dropped inside devices\\."
expect_output "drop reasons" "Drops by reason: not for this host \\(3\\), ARP got no answer \\(1\\)\\."

# The safety valve: a switching loop floods broadcasts forever; the run stops on its
# event budget with exit 2 and says how to raise it.
cat >"$work/storm.json" <<'JSON'
{"format": "wirewalk-lab", "version": 1, "name": "storm", "duration": 1000,
 "devices": [
  {"name": "A", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.1/24"}]},
  {"name": "S1", "type": "switch", "interfaces": [{"name": "p1"}, {"name": "p2"}, {"name": "p3"}]},
  {"name": "S2", "type": "switch", "interfaces": [{"name": "p1"}, {"name": "p2"}]}],
 "links": [{"name": "A-S1", "a": "A:eth0", "b": "S1:p1"},
  {"name": "loop1", "a": "S1:p2", "b": "S2:p1"}, {"name": "loop2", "a": "S1:p3", "b": "S2:p2"}],
 "scenario": [{"at": 0.1, "action": "ping", "from": "A", "to": "10.0.0.255"}]}
JSON
check "storm stops on --max-events" 2 "$ww" run "$work/storm.json" --quiet --max-events 5000
expect_output "event budget message" "run: stopped at [0-9.]+ s: the run reached its budget of 5000 events .*--max-events N"
expect_output "summary up to the stop" "Simulated 0\\.[0-9]+ s: [0-9]+ events"
# Datagrams queued behind a slow link (and waiting for ARP) are held: 2 MiB of them stops the
# run. (A TCP transfer no longer holds its bytes: they are made as they are sent.)
cat >"$work/bulk.json" <<'JSON'
{"format": "wirewalk-lab", "version": 1, "name": "bulk", "duration": 10,
 "devices": [
  {"name": "A", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.1/24"}]},
  {"name": "B", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.2/24"}], "udp_listen": [9]}],
 "links": [{"name": "A-B", "a": "A:eth0", "b": "B:eth0", "bandwidth": 1000000, "queue": 100000}],
 "scenario": [{"at": 0.1, "action": "udp", "from": "A", "to": "10.0.0.2", "port": 9, "size": 60000, "count": 100, "interval": 0.001}]}
JSON
check "memory budget" 2 "$ww" run "$work/bulk.json" --max-memory 2
expect_output "memory budget message" "run: stopped at 0\\.1[0-9]+ s: .* over the memory budget of 2 MiB; raise it with --max-memory MIB"
check "bad --max-events" 2 "$ww" run builtin:two-lans --max-events 0
expect_output "bad --max-events says the range" "--max-events: '0' is not a whole number of events from 1"
check "bad --max-memory" 2 "$ww" run builtin:two-lans --max-memory lots
expect_output "bad --max-memory says the range" "--max-memory: 'lots' is not a whole number of MiB from 1"

cat >"$work/port.json" <<'JSON'
{"format": "wirewalk-lab", "version": 1, "name": "port",
 "devices": [
  {"name": "A", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.1/24"}]},
  {"name": "B", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.2/24"}], "udp_listen": [1e300]}],
 "links": [{"name": "A-B", "a": "A:eth0", "b": "B:eth0"}], "scenario": []}
JSON
cat >"$work/dup.json" <<'JSON'
{"format": "wirewalk-lab", "version": 1, "name": "dup", "duration": 3,
 "devices": [
  {"name": "A", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.1/24"}]},
  {"name": "B", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.2/24"}], "tcp_listen": [80]}],
 "links": [{"name": "A-B", "a": "A:eth0", "b": "B:eth0"}],
 "scenario": [
  {"at": 0.1, "action": "tcp", "from": "A", "to": "10.0.0.2", "port": 80, "local_port": 5000, "size": 2000},
  {"at": 0.1, "action": "tcp", "from": "A", "to": "10.0.0.2", "port": 80, "local_port": 5000, "size": 2000}]}
JSON
# Nothing lost (issue 14). A full disk without mounting one: the file size limit makes a
# write past 1 KiB fail (EFBIG) as a full disk does (ENOSPC); SIGXFSZ ignored so the error
# reaches the program. Every output keeps the old file and names file and reason.
limited() { (trap '' XFSZ; ulimit -f 1; exec "$@"); }
too_large="File too large"
printf 'old capture' >"$work/full.pcapng"
check "--pcap on a full disk" 1 limited "$ww" run builtin:two-lans -q --pcap "$work/full.pcapng"
expect_output "--pcap full disk named with the reason" "cannot write $work/full.pcapng: $too_large"
if [ "$(cat "$work/full.pcapng")" = "old capture" ]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAILED: --pcap on a full disk replaced the old file"; fi
check "--pcap-dir on a full disk" 1 limited "$ww" run builtin:two-lans -q --pcap-dir "$work/fulldir"
expect_output "--pcap-dir full disk names a file" "cannot write $work/fulldir/[^ ]+\.pcapng: $too_large"
check "--trace on a full disk" 1 limited "$ww" run builtin:two-lans -q --trace "$work/full.jsonl"
expect_output "--trace full disk named" "cannot write $work/full.jsonl: $too_large"
[ ! -e "$work/full.jsonl" ] && passed=$((passed + 1)) || {
    failed=$((failed + 1)); echo "FAILED: --trace on a full disk left a file"; }
for fmt in svg png pdf; do
    check "export $fmt on a full disk" 1 limited "$ww" export builtin:two-lans --event 45 --format $fmt -o "$work/full.$fmt"
    expect_output "export $fmt full disk named" "cannot write $work/full.$fmt: $too_large"
    if grep -qiE "libpng|Unknown error" "$work/out"; then
        failed=$((failed + 1)); echo "FAILED: export $fmt on a full disk: $(cat "$work/out")"
    else passed=$((passed + 1)); fi
done
check "bench --jsonl on a full disk" 1 limited "$ww" bench --hosts 10 --seconds 1 --jsonl "$work/full-bench.jsonl"
expect_output "bench full disk named" "cannot write $work/full-bench.jsonl: $too_large"
# /dev/full (ENOSPC on every write) is written, never renamed over, and its error reported.
check "--pcap /dev/full" 1 "$ww" run builtin:two-lans -q --pcap /dev/full
expect_output "--pcap /dev/full says no space" "cannot write /dev/full: No space left on device"
check "--trace /dev/full" 1 "$ww" run builtin:two-lans -q --trace /dev/full
expect_output "--trace /dev/full says no space" "cannot write /dev/full: No space left on device"
check "export /dev/full" 1 "$ww" export builtin:two-lans --event 45 --format png -o /dev/full
expect_output "export /dev/full says no space" "cannot write /dev/full: No space left on device"
[ -c /dev/full ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAILED: /dev/full is no longer a device"; }
# A FIFO gets the bytes and stays a FIFO; /dev/stdout works too.
mkfifo "$work/fifo"
timeout 60 cat "$work/fifo" >"$work/from-fifo.jsonl" &  # a replaced FIFO never gets a writer
reader=$!
check "--trace into a FIFO" 0 "$ww" run builtin:two-lans -q --seed 5 --trace "$work/fifo"
wait "$reader"
if [ -p "$work/fifo" ] && cmp -s "$work/from-fifo.jsonl" "$work/a.jsonl"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAILED: the FIFO did not carry the trace or was replaced"; fi
"$ww" run builtin:two-lans -q --seed 5 --trace /dev/stdout 2>/dev/null | grep '^{' >"$work/stdout.jsonl"
cmp -s "$work/stdout.jsonl" "$work/a.jsonl" && passed=$((passed + 1)) || {
    failed=$((failed + 1)); echo "FAILED: --trace /dev/stdout differs from the file"; }
# Redirected to a file, /dev/stdout is that file: appended to, never renamed over or truncated.
"$ww" run builtin:two-lans -q --seed 5 --trace /dev/stdout >"$work/redirected.txt" 2>/dev/null
grep '^{' "$work/redirected.txt" >"$work/redirected.jsonl"
if cmp -s "$work/redirected.jsonl" "$work/a.jsonl" && grep -q "^Lab two-lans" "$work/redirected.txt"; then
    passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: --trace /dev/stdout into a file lost lines"; fi
check "--pcap-dir in the way" 1 "$ww" run builtin:two-lans -q --pcap-dir "$work/full.pcapng/sub"
expect_output "--pcap-dir says why" "--pcap-dir: cannot create directory $work/full.pcapng/sub: Not a directory"

# Clear words: every refusal says what and why.
check "subnet -1.2.3.4/8" 2 "$ww" subnet -1.2.3.4/8
expect_output "a negative address is not an option" "subnet: '-1\.2\.3\.4/8' is not an option"
if grep -q "Unknown options" "$work/out"; then failed=$((failed + 1)); echo "FAILED: subnet -1.2.3.4/8 lists letters"; else passed=$((passed + 1)); fi
check "bench --jsonl into a missing folder" 1 "$ww" bench --hosts 10 --seconds 1 --jsonl "$work/missing/x.jsonl"
expect_output "bench --jsonl says why" "cannot write $work/missing/x.jsonl: No such file or directory"
check "labs extra" 2 "$ww" labs extra
expect_output "labs refuses the extra word" "labs takes no arguments: 'extra'"
check "bench extra" 2 "$ww" bench extra
check "run: 1e300 port" 2 "$ww" run "$work/port.json"
expect_output "1e300 port named" "devices\[1\]\.udp_listen\[0\]: a port is a whole number from 1 to 65535"
check "run: the same TCP connection twice" 2 "$ww" run "$work/dup.json"
expect_output "duplicate connection named" "scenario\[1\]\.local_port: scenario\[0\] already opens this TCP connection .*address already in use"

# lesson check: File > Open Lesson's checks, for lesson authors.
check "lesson check builtin" 0 "$ww" lesson check builtin:tcp-connection
expect_output "lesson check: one line" "^builtin:tcp-connection: lesson tcp-connection is fine; steps: [0-9]+, on builtin:tcp-close, each at its moment$"
check "lesson check builtin dns" 0 "$ww" lesson check builtin:dns
lesson_head='"format": "wirewalk-lesson", "version": 1, "name": "t", "title": "T"'
cat >"$work/typo.json" <<EOF
{$lesson_head, "lab": "builtin:tcp-handshake", "stpes": []}
EOF
check "lesson check: unknown key" 2 "$ww" lesson check "$work/typo.json"
expect_output "unknown key named with the allowed ones" "^$work/typo.json: stpes: unknown key 'stpes'; allowed here: .*steps"
cat >"$work/nomatch.json" <<EOF
{$lesson_head, "lab": "builtin:tcp-handshake",
 "steps": [{"at": {"event": "frame_tx_start", "from": "PC1"}, "narration": "first"},
           {"at": {"event": "drop"}, "narration": "none is dropped"}]}
EOF
check "lesson check: a step finds no event" 2 "$ww" lesson check "$work/nomatch.json"
expect_output "the step named by its index" "^$work/nomatch.json: steps\[1\]\.at: matches no event"
if grep -q 'steps\[0\]' "$work/out"; then failed=$((failed + 1)); echo "FAILED: lesson check blamed a step that matches"; else passed=$((passed + 1)); fi
mkdir -p "$work/lessonlab"
printf '{"format": "wirewalk-lab", "version": 1, "name": "x", "duration": 1, "devices": [], "links": [], "scenario": [], "colour": 1}\n' >"$work/lessonlab/lab.json"
cat >"$work/lessonlab/lesson.json" <<EOF
{$lesson_head, "lab": "lab.json", "steps": [{"at": {"time": 0.5}, "narration": "n"}]}
EOF
check "lesson check: its lab's problem" 2 "$ww" lesson check "$work/lessonlab/lesson.json"
expect_output "the lab's problem under lab:" "^$work/lessonlab/lesson.json: lab: colour: unknown key"
check "lesson without check" 2 "$ww" lesson
expect_output "lesson: what to do" "lesson: what to do is missing"
check "lesson lint" 2 "$ww" lesson lint x.json
expect_output "lesson: not a command" "'lint' is not a lesson command"
check "lesson check two files" 2 "$ww" lesson check a.json b.json
check "lesson check missing file" 2 "$ww" lesson check "$work/none.json"
expect_output "missing lesson file named" "^$work/none.json: "

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
