#!/usr/bin/env bash
# `wirewalk run` on the stub's test lab (tests/labs/dns-stub.json), whose DNS host runs no
# server here: the nslookup-like output, where each answer came from, the glibc timing
# (5 s, then 5 s again) and getaddrinfo's message for ping/http by name; and a bad
# resolver key refused with its path, value and range (exit 2).
# Usage: dns_stub_cli.sh /path/to/wirewalk /path/to/tests/labs
set -uo pipefail
ww="$1"
labs="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
expect() { # pattern (fixed string)
    if ! grep -qF -- "$1" "$work/out"; then
        failed=$((failed + 1))
        echo "FAILED: output lacks: $1"
    fi
}
"$ww" run "$labs/dns-stub.json" >"$work/out" 2>&1
code=$?
[ "$code" -eq 0 ] || { echo "FAILED: exit $code"; failed=$((failed + 1)); }
expect "[  3.000000 s] PC1: nslookup intranet.local: answer from the hosts file"
expect "    Address: 10.0.2.80"
expect "[ 11.000000 s] PC1: nslookup www.example.com: no DNS server answered in 10.000 s"
expect "    ;; connection timed out; no servers could be reached"
expect "[  5.000000 s] PC1: nslookup -type=MX example.com"
expect "[ 16.000000 s] PC1: ping: www.example.com: Temporary failure in name resolution"
expect "[ 18.000000 s] PC1: http: www.example.com: Temporary failure in name resolution"
expect "[ 12.000000 s] PC1: intranet.local is 10.0.2.80 (from the hosts file)"
expect "[ 12.012086 s] PC1: 64 bytes from 10.0.2.80: icmp_seq=1"
expect "[ 20.000000 s] PC2: nslookup www.example.com: no DNS server answered"
expect "DNS lookups: 9 (0 from the stub cache, 2 from the hosts file, 0 from a DNS server), 7 without an answer."
sed 's/"timeout": 5/"timeout": 0/' "$labs/dns-stub.json" >"$work/bad.json"
"$ww" run "$work/bad.json" >"$work/out" 2>&1
code=$?
[ "$code" -eq 2 ] || { echo "FAILED: bad resolver: exit $code, want 2"; failed=$((failed + 1)); }
expect "devices[0].resolver.timeout: 0 is out of range 1-30"
# With dns-engine's authoritative server on DNS (tests/labs/dns-stub-e2e.json).
"$ww" run "$labs/dns-stub-e2e.json" >"$work/out" 2>&1
expect "[  1.016097 s] PC1: nslookup www.example.com: answer from the DNS server 10.0.2.53 in 16.097 ms"
expect "    Address:	10.0.2.53#53"
expect "[  2.000000 s] PC1: nslookup www.example.com: answer from the stub resolver's cache (29 s of its TTL left)"
expect "    Non-authoritative answer:"
expect "    ** server can't find wwww.example.com: NXDOMAIN"
expect "    example.com	mail exchanger = 10 mail.example.com."
expect "[  6.000000 s] PC1: www.example.com is 10.0.2.80 (from the stub resolver's cache (25 s of its TTL left))"
if [ "$failed" -ne 0 ]; then
    exit 1
fi
echo "dns_stub_cli: all checks passed"
