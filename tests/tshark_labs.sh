#!/usr/bin/env bash
# Captures every built-in lab on every link (--pcap-dir: one pcapng per link, at its
# first end) and has tshark decode each file with checksum validation on (Ethernet FCS,
# IPv4, UDP, TCP; ICMP's is always checked) and TCP analysis and reassembly on: zero
# malformed packets, zero bad checksums, zero expert errors, and TCP analysis flags only
# where the lab's injected loss or window explains them. Then checks what labs must show.
# Usage: tshark_labs.sh /path/to/wirewalk
set -uo pipefail
wirewalk="$1"
LABS_DIR="$(cd "$(dirname "$0")/../resources/labs" && pwd)"
command -v tshark >/dev/null || { echo "tshark is not installed (scripts/setup.sh installs it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok: $*"; }
bad() { failed=$((failed + 1)); echo "FAILED: $*"; }

TSHARK_OPTS=(-o eth.check_fcs:TRUE -o ip.check_checksum:TRUE -o udp.check_checksum:TRUE
             -o tcp.check_checksum:TRUE -o tcp.analyze_sequence_numbers:TRUE
             -o tcp.desegment_tcp_streams:TRUE)
PROBLEMS='_ws.malformed || _ws.expert.severity >= "error" || eth.fcs.status == "Bad" || ip.checksum.status == "Bad" || icmp.checksum.status == "Bad" || udp.checksum.status == "Bad" || tcp.checksum.status == "Bad"'

count() { # file filter -> number of matching frames; a tshark error is loud, never "0"
    local out
    # shellcheck disable=SC2086
    if ! out=$(tshark -r "$1" "${TSHARK_OPTS[@]}" ${EXTRA:-} -Y "$2" -T fields -e frame.number 2>"$work/tshark.err"); then
        echo "tshark failed on filter '$2': $(grep -v 'Running as user' "$work/tshark.err")" >&2
        echo 999999
        return
    fi
    [ -z "$out" ] && echo 0 || echo "$out" | wc -l
}

# Every TCP analysis flag Wireshark 4.0 sets (tshark -G fields: the FT_NONE tcp.analysis.* ones).
TCP_FLAGS="retransmission fast_retransmission spurious_retransmission out_of_order reused_ports
lost_segment ack_lost_segment duplicate_ack window_update window_full keep_alive keep_alive_ack
zero_window zero_window_probe zero_window_probe_ack tfo_syn tfo_ack tfo_ignored"

# The TCP analysis flags a lab's injected loss or window explains; any other flag, in any
# per-link file, fails. FLAG or FLAG:CONDITION (allowed only on frames that also match
# CONDITION, a display filter without spaces). Labs not listed may show none.
allowed_flags() {
    case "$1" in
        tcp-loss) # One segment lost on R1-R2. The server's duplicate ACKs; PC1's single fast
            # retransmission (never a timeout: that would be a retransmission alone); the gap
            # downstream of the loss. (Full-sized segments only, RFC 9293 §3.8.6.2.1: the
            # window never fills to the byte, so window_full is not allowed.)
            echo "duplicate_ack fast_retransmission retransmission:tcp.analysis.fast_retransmission lost_segment" ;;
        tcp-fast-retransmit) # One segment lost on R1-SW2: the same, the window never fills.
            echo "duplicate_ack fast_retransmission retransmission:tcp.analysis.fast_retransmission lost_segment" ;;
        tcp-lost-syn) # The first SYN is lost on PC1-SW1: PC1's end sees it sent twice.
            echo "retransmission:tcp.flags.syn==1" ;;
        tcp-zero-window) # A slow reader: the window fills, closes, is probed and reopens.
            echo "window_full zero_window zero_window_probe zero_window_probe_ack window_update" ;;
        tcp-simultaneous-open) # Each SYN-ACK repeats its SYN's sequence number and the ACKs
            # answering them (RFC 9293 §3.10.7.4) carry no news: Wireshark's heuristics see a
            # retransmission and duplicate ACKs, as in any real simultaneous open.
            echo "retransmission:tcp.flags.syn==1 duplicate_ack:tcp.len==0" ;;
    esac
}

# The display filter for frames with a flag the lab does not explain.
unexplained_filter() { # lab
    local spec allowed="" unexplained="" entry name cond f
    spec=" $(allowed_flags "$1") "
    for entry in $spec; do
        name=${entry%%:*}
        if [ "$name" != "$entry" ]; then
            cond=${entry#*:}
            allowed="$allowed || (tcp.analysis.$name && $cond)"
            unexplained="$unexplained || (tcp.analysis.$name && !($cond))"
        else
            allowed="$allowed || tcp.analysis.$name"
        fi
    done
    for f in $TCP_FLAGS; do
        [[ "$spec" =~ \ $f[\ :] ]] || unexplained="$unexplained || tcp.analysis.$f"
    done
    # A flag missing from TCP_FLAGS counts as unexplained too.
    if [ -n "$allowed" ]; then
        echo "(tcp.analysis.flags && !(${allowed# || }))$unexplained"
    else
        echo "tcp.analysis.flags$unexplained"
    fi
}

# The frames of FILE matching each FILTER, in one tshark pass: "N1 N2 ...".
counts() { # file filter...
    local file="$1" spec="io,stat,0" out
    shift
    for f in "$@"; do spec="$spec,$f"; done
    if ! out=$(tshark -r "$file" "${TSHARK_OPTS[@]}" -q -z "$spec" 2>"$work/tshark.err"); then
        echo "tshark failed on $spec: $(grep -v 'Running as user' "$work/tshark.err")" >&2
        for f in "$@"; do printf '999999 '; done
        return
    fi
    # The one interval's row: | start <> end | frames | bytes | frames | bytes | ...
    # (tshark may pad the row with an empty cell: read only as many as there are filters.)
    out=$(awk -F'|' -v n=$# '/<>/ { for (i = 0; i < n; i++) printf "%d ", $(3 + 2 * i) }' <<<"$out")
    if [ -z "$out" ]; then for f in "$@"; do printf '0 '; done; else echo "$out"; fi
}

labs=$("$wirewalk" labs --names)
[ -n "$labs" ] || { echo "wirewalk labs listed nothing"; exit 1; }
# Every lab, every link, captured as a student would open it: one file per link, at
# the link's first end. tshark's TCP analysis and reassembly are on (its defaults), so
# the file must make sense as a capture from one place.
for lab in $labs; do
    if ! "$wirewalk" run "builtin:$lab" --quiet --pcap-dir "$work/$lab" >"$work/$lab.out" 2>&1; then
        bad "$lab: wirewalk run failed: $(cat "$work/$lab.out")"
        continue
    fi
    files=$(ls "$work/$lab"/*.pcapng 2>/dev/null | wc -l)
    links=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["links"]))' "$LABS_DIR/$lab.json")
    [ "$files" -eq "$links" ] || bad "$lab: $files capture files for $links links"
    unexplained=$(unexplained_filter "$lab")
    # Where a lab flips bits (a link with "ber"), the receiving end captures the frames as
    # they arrived: a bad FCS there, and whatever else the flipped bits break, is the lab's
    # doing. Such frames are left out of the checks; every other frame must be clean.
    excuse='frame.packet_flags_direction == 1 && eth.fcs.status == "Bad"'
    python3 -c 'import json,sys; sys.exit(not any(k.get("ber", 0) > 0 for k in json.load(open(sys.argv[1]))["links"]))' "$LABS_DIR/$lab.json" || excuse='frame.number == 0'
    frames=0 flagged=0 broken=0 tcp_seen=0
    for pcap in "$work/$lab"/*.pcapng; do
        link=$(basename "$pcap" .pcapng)
        read -r total problems fcs_good tcp n excused < <(counts "$pcap" frame "($PROBLEMS) && !($excuse)" 'eth.fcs.status == "Good"' tcp "$unexplained" "$excuse")
        frames=$((frames + total))
        fcs_good=$((fcs_good + excused))
        if [ "$total" -eq 0 ]; then
            continue # a link nothing crossed (a spare cable) is an empty capture
        elif [ "$problems" -ne 0 ]; then
            broken=$((broken + 1))
            bad "$lab/$link: $problems of $total frames malformed, with an expert error or a bad checksum"
            tshark -r "$pcap" "${TSHARK_OPTS[@]}" -Y "$PROBLEMS" 2>/dev/null | head -5
        elif [ "$fcs_good" -ne "$total" ]; then
            broken=$((broken + 1))
            bad "$lab/$link: only $fcs_good of $total frames had a verified FCS"
        fi
        [ "$tcp" -gt 0 ] && tcp_seen=1
        if [ "$n" -ne 0 ]; then
            flagged=$((flagged + n))
            bad "$lab/$link: $n frames with TCP analysis flags the lab does not explain"
            tshark -r "$pcap" "${TSHARK_OPTS[@]}" -Y "$unexplained" -T fields -e frame.number -e _ws.col.Info -e _ws.expert.message 2>/dev/null | head -5
        fi
    done
    [ "$frames" -gt 0 ] || bad "$lab: no frames on any link"
    if [ "$frames" -gt 0 ] && [ "$broken" -eq 0 ]; then
        ok "$lab: $files links, $frames frames, all FCS/IP/ICMP/UDP/TCP checksums good, nothing malformed"
    fi
    if [ "$tcp_seen" -eq 1 ] && [ "$flagged" -eq 0 ]; then
        ok "$lab: TCP analysis flags only what the lab explains ($(allowed_flags "$lab" | wc -w) kinds allowed)"
    fi
done

# The TCP lab: handshake with MSS, and the exact bytes PC1 sent in one stream.
if [ -f "$work/tcp-basics/PC1-SW1.pcapng" ]; then
    cp "$work/tcp-basics/PC1-SW1.pcapng" "$work/pc1.pcapng"
    [ "$(count "$work/pc1.pcapng" 'tcp.flags.syn == 1 && tcp.flags.ack == 0 && tcp.options.mss_val == 1460')" -eq 2 ] && ok "tcp-basics: SYNs with MSS 1460" || bad "tcp-basics: SYN with MSS 1460 missing"
    [ "$(count "$work/pc1.pcapng" 'tcp.flags.reset == 1')" -eq 1 ] && ok "tcp-basics: RST from the closed port" || bad "tcp-basics: no RST"
    sent=$(tshark -r "$work/pc1.pcapng" -q -z follow,tcp,raw,0 2>/dev/null | grep -E '^[0-9a-f]+$' | tr -d '\n' | wc -c)
    [ "$sent" -eq 10000 ] && ok "tcp-basics: follow TCP stream has the 5000 bytes" || bad "tcp-basics: stream has $((sent / 2)) bytes, want 5000"
fi

# The DNS labs (docs/dns.md), per link: every name decoded as the lab writes it, flags per
# role, every response matched to a query by its ID; TC=1 then TCP in dns-tcp-fallback.
# Checked once the lab's scenario looks names up (the "dns" action, or "name" on ping/http).
dns_known_names() { # lab.json: every absolute name the lab can put in a question
    python3 - "$1" <<'PY'
import json, sys
lab = json.load(open(sys.argv[1]))
def absolute(n, origin):
    base = "" if origin == "." else origin[:-1]
    if n == "@": return base or "."
    if n.endswith("."): return n[:-1] or "."
    return n + ("." + base if base else "")
names = set()
for d in lab["devices"]:
    for z in d.get("dns", {}).get("zones", []):
        names.add(absolute("@", z["origin"]))
        for r in z.get("records", []):
            names.add(absolute(r["name"], z["origin"]).lower())
            if r["type"] in ("NS", "CNAME", "PTR"): names.add(absolute(r["value"], z["origin"]).lower())
    for h in d.get("resolver", {}).get("hosts", []): names.add(h["name"].lower())
for a in lab.get("scenario", []):
    if "name" in a: names.add(a["name"].rstrip(".").lower())
print("\n".join(sorted(names)))
PY
}
for lab in $labs; do
    case "$lab" in dns*) ;; *) continue ;; esac
    if ! python3 -c 'import json,sys; sys.exit(not any(a.get("action") == "dns" or "name" in a for a in json.load(open(sys.argv[1]))["scenario"]))' "$LABS_DIR/$lab.json"; then
        echo "skip: $lab: its scenario looks no name up yet (needs the dns action from dns-stub)"
        continue
    fi
    resolvers=$(python3 -c 'import json,sys; print(" || ".join("ip.addr == %s" % i["address"].split("/")[0] for d in json.load(open(sys.argv[1]))["devices"] if d.get("dns", {}).get("role") in ("resolver", "forwarder") for i in d["interfaces"] if "address" in i) or "frame.number == 0")' "$LABS_DIR/$lab.json")
    resolver_src=${resolvers//ip.addr/ip.src}
    resolver_dst=${resolvers//ip.addr/ip.dst}
    known=$(dns_known_names "$LABS_DIR/$lab.json")
    dns_frames=0 tc=0 dns_tcp=0
    for pcap in "$work/$lab"/*.pcapng; do
        link=$(basename "$pcap" .pcapng)
        read -r n malformed unmatched stub_rd0 iter_rd1 auth_aa0 res_ra0 truncated over_tcp < <(counts "$pcap" dns \
            '_ws.malformed && dns' \
            'dns.flags.response == 1 && !dns.response_to' \
            "dns.flags.response == 0 && ($resolver_dst) && !($resolver_src) && dns.flags.recdesired == 0" \
            "dns.flags.response == 0 && ($resolver_src) && dns.flags.recdesired == 1 && !($resolver_dst)" \
            "dns.flags.response == 1 && !($resolver_src) && dns.count.answers > 0 && dns.flags.authoritative == 0" \
            "dns.flags.response == 1 && ($resolver_src) && dns.flags.recavail == 0" \
            'dns.flags.truncated == 1' 'dns && tcp.port == 53')
        [ "$n" -eq 0 ] && continue
        dns_frames=$((dns_frames + n)) tc=$((tc + truncated)) dns_tcp=$((dns_tcp + over_tcp))
        [ "$malformed" -eq 0 ] || bad "$lab/$link: $malformed malformed DNS frames"
        [ "$unmatched" -eq 0 ] || bad "$lab/$link: $unmatched DNS responses match no query's ID"
        [ "$stub_rd0" -eq 0 ] || bad "$lab/$link: $stub_rd0 queries to a resolver without RD=1"
        [ "$iter_rd1" -eq 0 ] || bad "$lab/$link: $iter_rd1 resolver queries to other servers with RD=1"
        [ "$auth_aa0" -eq 0 ] || bad "$lab/$link: $auth_aa0 authoritative answers without AA=1"
        [ "$res_ra0" -eq 0 ] || bad "$lab/$link: $res_ra0 resolver answers without RA=1"
        while read -r name; do
            [ -z "$name" ] && continue
            grep -qxF "${name,,}" <<<"$known" || bad "$lab/$link: query name '$name' is not a name the lab writes"
        done < <(tshark -r "$pcap" "${TSHARK_OPTS[@]}" -Y dns -T fields -e dns.qry.name 2>/dev/null | sort -u)
    done
    [ "$dns_frames" -gt 0 ] && ok "$lab: $dns_frames DNS frames; names, RD/AA/RA per role and IDs checked" || bad "$lab: no DNS frames"
    if [ "$lab" = dns-tcp-fallback ]; then
        [ "$tc" -gt 0 ] && [ "$dns_tcp" -gt 0 ] && ok "$lab: TC=1 over UDP, then DNS over TCP port 53" || bad "$lab: want TC=1 then TCP ($tc truncated, $dns_tcp over TCP)"
    fi
done

# The HTTP lab: Wireshark decodes the request and response, and the stream
# holds them byte for byte, with a Content-Length that matches the body.
if [ -f "$work/http-get/PC1-SW1.pcapng" ]; then
    cp "$work/http-get/PC1-SW1.pcapng" "$work/web.pcapng"
    [ "$(count "$work/web.pcapng" 'http.request.method == "GET" && http.request.uri == "/"')" -eq 1 ] && ok "http-get: GET / decoded" || bad "http-get: no GET / request"
    [ "$(count "$work/web.pcapng" 'http.response.code == 200 && http.content_length == 236')" -eq 1 ] && ok "http-get: 200 OK with Content-Length 236" || bad "http-get: no 200 OK with the page's length"
    stream=$(tshark -r "$work/web.pcapng" -q -z follow,tcp,ascii,0 2>/dev/null)
    if grep -q '^GET / HTTP/1.1' <<<"$stream" && grep -q '^HTTP/1.1 200 OK' <<<"$stream" && grep -q '^Content-Length: ' <<<"$stream"; then
        ok "http-get: follow TCP stream shows request and response"
    else
        bad "http-get: stream lacks the request or the response"
    fi
fi

# The traceroute lab, seen on PC1's link: 12 UDP probes (TTL 1-4, ports 33434-33445) and 12
# ICMP echo probes, each 60 bytes; 9 time exceeded per run (3 routers x 3), then the server's
# 3 port unreachables and 3 echo replies, each quoting the probe it answers.
if [ -f "$work/traceroute/PC1-SW1.pcapng" ]; then
    tr="$work/traceroute/PC1-SW1.pcapng"
    [ "$(count "$tr" 'udp.dstport >= 33434 && udp.dstport <= 33445 && ip.len == 60 && !icmp')" -eq 12 ] && ok "traceroute: 12 UDP probes of 60 bytes" || bad "traceroute: UDP probes"
    [ "$(count "$tr" 'udp.dstport >= 33434 && ip.ttl == 4 && ip.src == 10.0.1.10 && !icmp')" -eq 3 ] && ok "traceroute: three probes with TTL 4" || bad "traceroute: TTL 4 probes"
    [ "$(count "$tr" 'icmp.type == 8 && ip.len == 60 && !(icmp.type == 11)')" -eq 12 ] && ok "traceroute: 12 ICMP echo probes" || bad "traceroute: ICMP probes"
    [ "$(count "$tr" 'icmp.type == 11 && icmp.code == 0')" -eq 18 ] && ok "traceroute: 18 time exceeded" || bad "traceroute: time exceeded count"
    [ "$(count "$tr" 'icmp.type == 3 && icmp.code == 3 && ip.src == 10.0.3.20 && udp.dstport >= 33443')" -eq 3 ] && ok "traceroute: port unreachable quoting the last probes" || bad "traceroute: port unreachable"
    [ "$(count "$tr" 'icmp.type == 0 && ip.src == 10.0.3.20 && icmp.resp_to')" -eq 3 ] && ok "traceroute: echo replies matched to their requests" || bad "traceroute: echo replies"
fi

# One link's capture file (at its first end).
link_capture() { # lab link -> file
    echo "$work/$1/$2.pcapng"
}
expect() { # description count wanted
    if [ "$2" -eq "$3" ]; then ok "$1"; else bad "$1: $2, want $3"; fi
}

# TCP labs, as a student would check them in Wireshark on the client's link.
if [ -d "$work/tcp-handshake" ]; then
    f=$(link_capture tcp-handshake PC1-SW1)
    expect "tcp-handshake: SYN, SYN-ACK, ACK and nothing else" "$(count "$f" tcp)" 3
    expect "tcp-handshake: SYN-ACK acknowledges ISN + 1" "$(count "$f" 'tcp.flags.syn == 1 && tcp.flags.ack == 1 && tcp.ack == 1')" 1
fi
if [ -d "$work/tcp-close" ]; then
    f=$(link_capture tcp-close PC1-SW1)
    expect "tcp-close: one FIN each way" "$(count "$f" 'tcp.flags.fin == 1')" 2
fi
if [ -d "$work/tcp-simultaneous-open" ]; then
    f=$(link_capture tcp-simultaneous-open PC1-SW1)
    expect "tcp-simultaneous-open: two SYNs cross" "$(count "$f" 'tcp.flags.syn == 1 && tcp.flags.ack == 0')" 2
    expect "tcp-simultaneous-open: two SYN-ACKs" "$(count "$f" 'tcp.flags.syn == 1 && tcp.flags.ack == 1')" 2
fi
if [ -d "$work/tcp-simultaneous-close" ]; then
    f=$(link_capture tcp-simultaneous-close PC1-SW1)
    expect "tcp-simultaneous-close: both FINs sent before either is acknowledged" "$(count "$f" 'tcp.flags.fin == 1')" 2
fi
if [ -d "$work/tcp-rst" ]; then
    f=$(link_capture tcp-rst PC1-SW1)
    expect "tcp-rst: RST+ACK for the SYN to a closed port" "$(count "$f" 'tcp.flags.reset == 1 && tcp.flags.ack == 1 && tcp.ack == 1')" 1
fi
if [ -d "$work/tcp-fast-retransmit" ]; then
    f=$(link_capture tcp-fast-retransmit PC1-SW1)
    expect "tcp-fast-retransmit: Wireshark sees one fast retransmission" "$(count "$f" 'tcp.analysis.fast_retransmission')" 1
    [ "$(count "$f" 'tcp.analysis.duplicate_ack_num >= 3')" -ge 1 ] && ok "tcp-fast-retransmit: three duplicate ACKs" || bad "tcp-fast-retransmit: no third duplicate ACK"
fi
if [ -d "$work/tcp-zero-window" ]; then
    f=$(link_capture tcp-zero-window PC1-SW1)
    [ "$(count "$f" 'tcp.analysis.zero_window')" -ge 1 ] && ok "tcp-zero-window: zero window advertised" || bad "tcp-zero-window: no zero window"
    [ "$(count "$f" 'tcp.analysis.zero_window_probe')" -ge 1 ] && ok "tcp-zero-window: window probes" || bad "tcp-zero-window: no window probe"
    expect "tcp-zero-window: no retransmissions" "$(count "$f" 'tcp.analysis.retransmission')" 0
fi

# UDP voice: no retransmission; what the link lost never arrives.
if [ -d "$work/udp-voice" ]; then
    sent=$(count "$(link_capture udp-voice PC1-R1)" 'udp.srcport == 5004')
    got=$(count "$(link_capture udp-voice R2-PC2)" 'udp.dstport == 5004')
    expect "udp-voice: 250 datagrams leave PC1" "$sent" 250
    if [ "$got" -lt "$sent" ] && [ "$got" -gt 200 ]; then ok "udp-voice: $got of $sent arrive, the rest stay lost"; else bad "udp-voice: $got of $sent arrived"; fi
fi

# DHCP: the four messages, and the lease in the ACK.
if [ -d "$work/dhcp" ]; then
    f=$(link_capture dhcp R1-SW1)
    for t in 1 2 3 5; do
        expect "dhcp: message type $t once per client on the router's link" "$(count "$f" "dhcp.option.dhcp == $t")" 2
    done
    expect "dhcp: DISCOVER from 0.0.0.0:68 to 255.255.255.255:67" "$(count "$f" 'dhcp.option.dhcp == 1 && ip.src == 0.0.0.0 && ip.dst == 255.255.255.255 && udp.srcport == 68 && udp.dstport == 67')" 2
    expect "dhcp: ACK with mask, router, DNS server, lease" "$(count "$f" 'dhcp.option.dhcp == 5 && dhcp.option.subnet_mask == 255.255.255.0 && dhcp.option.router == 10.0.1.1 && dhcp.option.domain_name_server == 10.0.2.53 && dhcp.option.ip_address_lease_time == 3600')" 2
    expect "dhcp: PC1 pings from its leased address" "$(count "$f" 'icmp.type == 8 && ip.src == 10.0.1.100')" 2
fi

# Static NAT: the web server's private address never leaves the inside.
if [ -d "$work/static-nat" ]; then
    f=$(link_capture static-nat Edge-Internet)
    expect "static-nat: no private address on the outside" "$(count "$f" 'ip.addr == 192.168.1.0/24')" 0
    [ "$(count "$f" 'http.response.code == 200 && ip.src == 198.51.100.80')" -eq 1 ] && ok "static-nat: 200 OK from the global address" || bad "static-nat: no 200 OK from 198.51.100.80"
    f=$(link_capture static-nat Web-SW1)
    [ "$(count "$f" 'tcp.dstport == 80 && ip.dst == 192.168.1.80 && ip.src == 203.0.113.10')" -ge 1 ] && ok "static-nat: inside, the destination is the private address" || bad "static-nat: inside destination not translated"
fi

# A host fragments its own datagram, a router fragments the fragments (RFC 791 §3.2):
# on each link, the offsets (units of 8), MF on all but the last, every packet within the
# link's MTU, and Wireshark's reassembly into the whole UDP datagram with a good checksum.
if [ -d "$work/host-fragmentation" ]; then
    frag_fields() { # file destination -> "mf offset" per fragment, in order
        tshark -r "$1" -Y "ip.dst == $2 && (ip.flags.mf == 1 || ip.frag_offset > 0)" \
            -T fields -e ip.flags.mf -e ip.frag_offset 2>/dev/null | tr '\t\n' ' ;'
    }
    f=$(link_capture host-fragmentation PC1-SW1)
    expect_text() { # description got wanted
        if [ "$2" = "$3" ]; then ok "$1"; else bad "$1: '$2', want '$3'"; fi
    }
    expect_text "host-fragmentation: PC1 fragments for PC2 at offsets 0, 185, 370 (x 8 bytes), MF 1 1 0" \
        "$(frag_fields "$f" 10.0.1.20)" "1 0;1 185;0 370;"
    expect_text "host-fragmentation: PC1 fragments for the Server the same way" \
        "$(frag_fields "$f" 10.0.2.10)" "1 0;1 185;0 370;"
    f=$(link_capture host-fragmentation R1-R2)
    expect_text "host-fragmentation: R1 fragments the fragments: 8 pieces, MF on all but the last" \
        "$(frag_fields "$f" 10.0.2.10)" "1 0;1 69;1 138;1 185;1 254;1 323;1 370;0 439;"
    expect "host-fragmentation: nothing over the 576-byte MTU on R1-R2" "$(count "$f" 'ip.len > 576')" 0
    for link in PC2-SW1 R2-Server; do
        f=$(link_capture host-fragmentation "$link")
        expect "host-fragmentation: $link: the UDP datagram reassembled, 4008 bytes, good checksum" \
            "$(count "$f" 'ip.reassembled.length == 4008 && udp.length == 4008 && udp.checksum.status == "Good"')" 1
        # Two passes, so earlier fragments know the frame that completes them.
        joined=$(tshark -2 -r "$f" -Y 'ip.flags.mf == 1' -T fields -e ip.reassembled_in 2>/dev/null | grep -c '[0-9]')
        left=$(tshark -2 -r "$f" -Y 'ip.flags.mf == 1' -T fields -e frame.number 2>/dev/null | grep -c '[0-9]')
        if [ "$left" -gt 0 ] && [ "$joined" -eq "$left" ]; then
            ok "host-fragmentation: $link: every fragment says [Reassembled IPv4 in frame N]"
        else
            bad "host-fragmentation: $link: $joined of $left fragments point to a reassembly"
        fi
    done
else
    bad "host-fragmentation lab missing"
fi

# The two-LANs lab: ARP request (broadcast) and reply, echo request and reply,
# and the TTL one lower on the far side of the router.
if [ -d "$work/two-lans" ]; then
    f=$(link_capture two-lans PC1-SW1)
    [ "$(count "$f" 'arp.opcode == 1 && eth.dst == ff:ff:ff:ff:ff:ff')" -gt 0 ] && ok "two-lans: ARP request broadcast" || bad "two-lans: no broadcast ARP request"
    [ "$(count "$f" 'arp.opcode == 2 && !(eth.dst == ff:ff:ff:ff:ff:ff)')" -gt 0 ] && ok "two-lans: ARP reply unicast" || bad "two-lans: no unicast ARP reply"
    [ "$(count "$f" 'icmp.type == 8')" -gt 0 ] && ok "two-lans: echo requests" || bad "two-lans: no echo request"
    [ "$(count "$f" 'icmp.type == 0 && icmp.resp_to')" -gt 0 ] && ok "two-lans: echo replies matched" || bad "two-lans: no matched echo reply"
    before=$(tshark -r "$f" -Y 'icmp.type == 8 && ip.dst == 10.0.2.10' -T fields -e ip.ttl 2>/dev/null | sort -u)
    after=$(tshark -r "$(link_capture two-lans R1-SW2)" -Y 'icmp.type == 8 && ip.dst == 10.0.2.10' -T fields -e ip.ttl 2>/dev/null | sort -u)
    if [ "$before" = "64" ] && [ "$after" = "63" ]; then
        ok "two-lans: TTL 64 before the router, 63 behind it"
    else
        bad "two-lans: TTL before router '$before', after '$after' (want 64 and 63)"
    fi
    # Outbound frames are stamped as their first bit leaves, inbound ones as the last bit
    # arrives: PC1's first ARP request leaves at 0 and SW1 has it 64 bytes at 100 Mb/s
    # (5.12 us) plus the link's delay later.
    sent=$(tshark -r "$f" -Y 'arp.opcode == 1' -T fields -e frame.time_epoch -e frame.packet_flags_direction 2>/dev/null | head -1)
    "$wirewalk" run builtin:two-lans -q --pcap "$work/sw1.pcapng" --capture SW1:p1 >/dev/null 2>&1
    got=$(tshark -r "$work/sw1.pcapng" -Y 'arp.opcode == 1' -T fields -e frame.time_epoch -e frame.packet_flags_direction 2>/dev/null | head -1)
    delay=$(python3 -c 'import json,sys; l=json.load(open(sys.argv[1])); print(next(k.get("delay", 0.0001) for k in l["links"] if k["name"] == "PC1-SW1"))' "$LABS_DIR/two-lans.json")
    if python3 -c 'import sys; s, g, d = (float(x) for x in sys.argv[1:4]); sys.exit(abs(g - s - (64 * 8 / 100e6 + d)) > 1e-9)' "${sent%%$'\t'*}" "${got%%$'\t'*}" "$delay" \
        && [ "${sent#*$'\t'}" = "0x00000002" ] && [ "${got#*$'\t'}" = "0x00000001" ]; then
        ok "two-lans: the ARP request is outbound at PC1 at tx start, inbound at SW1:p1 when its last bit arrives"
    else
        bad "two-lans: ARP request at PC1 '$sent', at SW1:p1 '$got' (delay $delay)"
    fi
else
    bad "two-lans lab missing"
fi

# A capture is where it is: the frame tcp-loss loses on R1-R2 left R1 (its end shows it)
# but never reached R2 (R2's end lacks it); R2's end has the retransmission only.
if [ -d "$work/tcp-loss" ]; then
    for f in "$work"/tcp-loss/*.pcapng; do
        expect "tcp-loss/$(basename "$f" .pcapng): Wireshark sees one fast retransmission" "$(count "$f" 'tcp.analysis.fast_retransmission')" 1
    done
    "$wirewalk" run builtin:tcp-loss -q --pcap "$work/r2.pcapng" --capture R2:eth0 >/dev/null 2>&1
    r1="$work/tcp-loss/R1-R2.pcapng"
    expect "tcp-loss: R2's end of R1-R2 has one frame fewer than R1's" "$(count "$work/r2.pcapng" frame)" "$(($(count "$r1" frame) - 1))"
    seq=$(tshark -r "$r1" -Y 'tcp.analysis.fast_retransmission' -T fields -e tcp.seq_raw 2>/dev/null)
    expect "tcp-loss: R1 sent the lost segment twice" "$(count "$r1" "tcp.seq_raw == ${seq:-0} && tcp.len > 0")" 2
    expect "tcp-loss: R2 received it once" "$(count "$work/r2.pcapng" "tcp.seq_raw == ${seq:-0} && tcp.len > 0")" 1
    expect "tcp-loss: R2 sees the gap the loss left" "$(count "$work/r2.pcapng" 'tcp.analysis.lost_segment')" 1
fi

# tcp-lost-syn: PC1's end shows both SYNs, the switch's end only the one that arrived.
if [ -d "$work/tcp-lost-syn" ]; then
    expect "tcp-lost-syn: PC1 sent two SYNs" "$(count "$(link_capture tcp-lost-syn PC1-SW1)" 'tcp.flags.syn == 1 && tcp.flags.ack == 0')" 2
    "$wirewalk" run builtin:tcp-lost-syn -q --pcap "$work/sw1-p1.pcapng" --capture SW1:p1 >/dev/null 2>&1
    expect "tcp-lost-syn: SW1 received one" "$(count "$work/sw1-p1.pcapng" 'tcp.flags.syn == 1 && tcp.flags.ack == 0')" 1
    expect "tcp-lost-syn: so SW1's capture shows no retransmission" "$(count "$work/sw1-p1.pcapng" 'tcp.analysis.flags')" 0
fi

# Bit errors: an end captures the frames it receives as they arrived, flipped bits and a bad
# FCS included; what it sends is always intact.
cat >"$work/ber.json" <<'JSON'
{"format": "wirewalk-lab", "version": 1, "name": "ber", "devices": [
  {"name": "A", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.1/24"}]},
  {"name": "B", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.2/24"}]}],
 "links": [{"name": "A-B", "a": "A:eth0", "b": "B:eth0", "ber": 0.0002}],
 "scenario": [{"at": 0.1, "action": "ping", "from": "A", "to": "10.0.0.2", "count": 40, "interval": 0.1, "size": 500}]}
JSON
"$wirewalk" run "$work/ber.json" -q --pcap "$work/ber-a.pcapng" >/dev/null 2>&1
"$wirewalk" run "$work/ber.json" -q --pcap "$work/ber-b.pcapng" --capture B:eth0 >/dev/null 2>&1
read -r a_bad_out a_bad_in < <(counts "$work/ber-a.pcapng" 'eth.fcs.status == "Bad" && frame.packet_flags_direction == 2' 'eth.fcs.status == "Bad" && frame.packet_flags_direction == 1')
read -r b_bad_out b_bad_in b_total < <(counts "$work/ber-b.pcapng" 'eth.fcs.status == "Bad" && frame.packet_flags_direction == 2' 'eth.fcs.status == "Bad" && frame.packet_flags_direction == 1' frame)
if [ "$a_bad_out" -eq 0 ] && [ "$b_bad_out" -eq 0 ] && [ "$b_bad_in" -gt 0 ] && [ "$a_bad_in" -gt 0 ]; then
    ok "bit errors: bad FCS only on received frames ($b_bad_in of $b_total at B, $a_bad_in at A)"
else
    bad "bit errors: bad FCS sent A $a_bad_out, B $b_bad_out; received A $a_bad_in, B $b_bad_in"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
