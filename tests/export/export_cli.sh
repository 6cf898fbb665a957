#!/usr/bin/env bash
# `wirewalk export`, headless: every format of the topology valid, PNG at the
# asked scale, --all writes its index and every file it lists, bad options
# exit 2 naming the option. Usage: export_cli.sh /path/to/wirewalk
set -uo pipefail
ww="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
fail() { failed=$((failed + 1)); echo "FAILED: $*"; }
check() { # description expected-exit command... ; output in $work/out
    local what="$1" want="$2"
    shift 2
    "$@" >"$work/out" 2>&1
    local got=$?
    if [ "$got" -eq "$want" ]; then
        passed=$((passed + 1))
    else
        fail "$what: exit $got, want $want"
        sed 's/^/    /' "$work/out" | head -5
    fi
}
expect_output() { # description pattern
    if grep -qE -- "$2" "$work/out"; then
        passed=$((passed + 1))
    else
        fail "$1: output lacks /$2/"
        sed 's/^/    /' "$work/out" | head -5
    fi
}
# python3 helpers: SVG text layer, PNG size, PDF pages.
svg_has_names() { # file name...
    python3 - "$@" <<'PY'
import sys, xml.etree.ElementTree as ET
texts = {t.text for t in ET.parse(sys.argv[1]).iter('{http://www.w3.org/2000/svg}text')}
missing = [n for n in sys.argv[2:] if n not in texts]
sys.exit(f"missing {missing} in {sorted(t for t in texts if t)[:20]}" if missing else 0)
PY
}
png_size() { python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); assert d[:8]==b"\x89PNG\r\n\x1a\n"; print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1"; }
pdf_pages() { python3 -c 'import re,sys; d=open(sys.argv[1],"rb").read(); assert d.startswith(b"%PDF-"); print(len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", d)))' "$1"; }

# One view, each format; the topology names every device of http-get.
check "topology svg" 0 "$ww" export builtin:http-get --view topology -o "$work/t.svg"
expect_output "says what it wrote" "Wrote .*t\.svg"
check "svg names every device" 0 svg_has_names "$work/t.svg" PC1 SW1 R1 SW2 Web 192.168.1.10/24
check "topology pdf" 0 "$ww" export builtin:http-get --view topology --format pdf -o "$work/t.pdf"
[ "$(pdf_pages "$work/t.pdf")" = 1 ] && passed=$((passed + 1)) || fail "pdf: one page, got $(pdf_pages "$work/t.pdf")"
check "topology png 2x" 0 "$ww" export builtin:http-get -o "$work/t2.png"
check "topology png 3x" 0 "$ww" export builtin:http-get --scale 3 -o "$work/t3.png"
check "topology png 1x" 0 "$ww" export builtin:http-get --scale 1 -o "$work/t1.png"
s1=$(png_size "$work/t1.png"); s2=$(png_size "$work/t2.png"); s3=$(png_size "$work/t3.png")
w1=${s1%x*}; h1=${s1#*x}
if [ "$s2" = "$((w1 * 2))x$((h1 * 2))" ] && [ "$s3" = "$((w1 * 3))x$((h1 * 3))" ]; then
    passed=$((passed + 1))
else
    fail "png sizes at 1x, 2x, 3x: $s1 $s2 $s3"
fi
# two-lans at 0.50016 s: PC1's ARP request flooded by SW1, on two links at once.
check "until: a moment" 0 "$ww" export builtin:two-lans --until 0.50016 -o "$work/u.svg"
check "until: the frames on the links" 0 svg_has_names "$work/u.svg" "ARP req" PC1
check "ko until: the callout in Korean" 0 env WIREWALK_LANG=ko "$ww" export builtin:two-lans --until 0.50016 --format pdf -o "$work/uk.pdf"
check "ko until svg" 0 env WIREWALK_LANG=ko "$ww" export builtin:two-lans --until 0.50016 -o "$work/uk.svg"
check "ko svg has the switch's decision in Korean" 0 svg_has_names "$work/uk.svg" "플러딩" "ARP req"
check "encapsulation, default event" 0 "$ww" export builtin:two-lans --view encapsulation -o "$work/e.pdf"
[ "$(pdf_pages "$work/e.pdf")" = 1 ] && passed=$((passed + 1)) || fail "encapsulation pdf: one page"
check "header still there" 0 "$ww" export builtin:two-lans --view header --event 45 -o "$work/h.svg"

# Korean: device names in Hangul intact in SVG (rendered elsewhere by the Qt test).
check "ko topology svg" 0 env WIREWALK_LANG=ko "$ww" export builtin:napt -o "$work/k.svg"
check "ko svg names" 0 svg_has_names "$work/k.svg" PC1 Home Internet Web

# --all: the index, and every file it lists exists.
check "all" 0 "$ww" export builtin:http-get --all -o "$work/all"
expect_output "all says how many, in English" "^Wrote [0-9]+ diagrams and index.html"
for f in index.html index.txt topology.svg; do
    [ -s "$work/all/$f" ] && passed=$((passed + 1)) || fail "--all wrote no $f"
done
listed=0
while IFS=$'\t' read -r file title label; do
    listed=$((listed + 1))
    [ -s "$work/all/$file" ] || fail "--all lists $file, not written"
    grep -qF "href=\"$file\"" "$work/all/index.html" || fail "index.html lacks $file"
    [ -n "$title" ] || fail "--all: $file has no title"
done <"$work/all/index.txt"
[ "$listed" -ge 2 ] && passed=$((passed + 1)) || fail "--all listed $listed files"
grep -qE '^encapsulation-[0-9]+\.svg' "$work/all/index.txt" && passed=$((passed + 1)) || fail "no encapsulation-N.svg"
check "all png" 0 "$ww" export builtin:two-lans --all --format png --scale 1 -o "$work/allpng"
[ -s "$work/allpng/topology.png" ] && passed=$((passed + 1)) || fail "--all png: no topology.png"
check "all again: same index" 0 "$ww" export builtin:http-get --all -o "$work/all2"
cmp -s "$work/all/index.txt" "$work/all2/index.txt" && passed=$((passed + 1)) || fail "--all names changed between runs"

# --list-conversations: IDs when a view of this build draws conversations, else said so.
"$ww" export builtin:http-get --list-conversations >"$work/out" 2>&1
case $? in
0) grep -qE '^(tcp|udp|icmp|arp|dhcp|dns):' "$work/out" && passed=$((passed + 1)) || fail "conversation IDs: $(head -2 "$work/out")" ;;
2) expect_output "no conversations said so" "--list-conversations: no view of this build draws conversations" ;;
*) fail "--list-conversations exit $?" ;;
esac

# Bad input: exit 2, the option named, the value and what is allowed; no file left.
check "unknown view" 2 "$ww" export builtin:http-get --view stack -o "$work/x.svg"
expect_output "views listed" "--view: 'stack' is not one of topology, encapsulation.*, header"
check "scale on svg" 2 "$ww" export builtin:http-get --scale 3 -o "$work/x.svg"
expect_output "scale is PNG only" "--scale: applies to PNG only"
check "scale 0" 2 "$ww" export builtin:http-get --scale 0 -o "$work/x.png"
expect_output "scale range" "--scale: '0' is not a number from 0.1 to 10"
check "scale too large for the view" 2 "$ww" export builtin:http-get --view encapsulation --scale 10 -o "$work/x.png"
expect_output "scale limit said" "--scale: 10 makes a [0-9]+ x [0-9]+ pixel PNG of this view; at most [0-9.]+ here"
check "scale abc" 2 "$ww" export builtin:http-get --scale abc -o "$work/x.png"
check "until past the end" 2 "$ww" export builtin:http-get --until 99 -o "$work/x.svg"
expect_output "until range of the run" "--until: 99 s is outside the run, which lasts 0 to 8 s"
check "until negative" 2 "$ww" export builtin:http-get --until -1 -o "$work/x.svg"
expect_output "until named" "--until: '-1' is not a number of seconds"
check "query on topology" 2 "$ww" export builtin:http-get --view topology --query 1 -o "$work/x.svg"
expect_output "query does not apply" "--query: the topology view does not use it; it applies to: "
check "conversation on topology" 2 "$ww" export builtin:http-get --view topology --conversation "$(printf 'tcp:a-b')" -o "$work/x.svg"
expect_output "conversation named" "--conversation: the topology view does not use it"
check "event on topology" 2 "$ww" export builtin:http-get --view topology --event 3 -o "$work/x.svg"
expect_output "event applies to" "--event: the topology view does not use it; it applies to: encapsulation.*header"
check "bad format" 2 "$ww" export builtin:http-get --format gif -o "$work/x.gif"
expect_output "formats listed" "--format: 'gif' is not one of svg, png, pdf"
check "all with view" 2 "$ww" export builtin:http-get --all --view topology -o "$work/d"
expect_output "all with view said" "--view: not with --all"
check "all with event" 2 "$ww" export builtin:http-get --all --event 3 -o "$work/d"
expect_output "all with event said" "--event: not with --all"
check "all without -o" 2 "$ww" export builtin:http-get --all
expect_output "all needs a folder" "-o: required: the folder"
check "header option elsewhere" 2 "$ww" export builtin:http-get --header tcp -o "$work/x.svg"
expect_output "header only with header" "--header: only with --view header"
check "query zero" 2 "$ww" export builtin:http-get --query 0 -o "$work/x.svg"
expect_output "query from 1" "--query: '0' is not a whole number from 1"
if ls "$work"/x.* "$work/d" >/dev/null 2>&1; then
    fail "a rejected export left a file behind"
else
    passed=$((passed + 1))
fi

echo "export_cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
