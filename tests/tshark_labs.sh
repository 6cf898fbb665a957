#!/usr/bin/env bash
# Exports every built-in lab to pcapng and has tshark decode it with checksum
# validation on (Ethernet FCS, IPv4, UDP, TCP; ICMP's is always checked): zero malformed packets, zero
# bad checksums, zero expert errors. Then checks what the two-LANs lab must show.
# Usage: tshark_labs.sh /path/to/wirewalk
set -uo pipefail
wirewalk="$1"
command -v tshark >/dev/null || { echo "tshark is not installed (scripts/setup.sh installs it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok: $*"; }
bad() { failed=$((failed + 1)); echo "FAILED: $*"; }

TSHARK_OPTS=(-o eth.check_fcs:TRUE -o ip.check_checksum:TRUE -o udp.check_checksum:TRUE
             -o tcp.check_checksum:TRUE)
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

labs=$("$wirewalk" labs | awk '{print $1}')
[ -n "$labs" ] || { echo "wirewalk labs listed nothing"; exit 1; }
for lab in $labs; do
    pcap="$work/$lab.pcapng"
    if ! "$wirewalk" run "builtin:$lab" --quiet --pcap "$pcap" >"$work/$lab.out" 2>&1; then
        bad "$lab: wirewalk run failed: $(cat "$work/$lab.out")"
        continue
    fi
    total=$(tshark -r "$pcap" -T fields -e frame.number 2>/dev/null | wc -l)
    # All links merged: TCP reassembly and analysis would see each segment once per
    # link it crossed, so they are off here and checked per link below.
    problems=$(EXTRA="-o tcp.desegment_tcp_streams:FALSE -o tcp.analyze_sequence_numbers:FALSE" count "$pcap" "$PROBLEMS")
    # Every frame carries its FCS and tshark checked it.
    fcs_good=$(count "$pcap" 'eth.fcs.status == "Good"')
    if [ "$total" -eq 0 ]; then
        bad "$lab: no frames in the capture"
    elif [ "$problems" -ne 0 ]; then
        bad "$lab: $problems of $total frames malformed or with bad checksums"
        tshark -r "$pcap" "${TSHARK_OPTS[@]}" -o tcp.desegment_tcp_streams:FALSE -o tcp.analyze_sequence_numbers:FALSE -Y "$PROBLEMS" 2>/dev/null | head -5
    elif [ "$fcs_good" -ne "$total" ]; then
        bad "$lab: only $fcs_good of $total frames had a verified FCS"
    else
        ok "$lab: $total frames, all FCS/IP/ICMP/UDP checksums good"
    fi
done

# TCP analysis per link: the capture has one interface per link, so the same
# segment appears once on each link it crosses; Wireshark's analysis must see one
# link at a time. No lab without loss may show retransmissions, dup ACKs etc.
for lab in $labs; do
    pcap="$work/$lab.pcapng"
    [ -f "$pcap" ] || continue
    [ "$(count "$pcap" 'tcp')" -gt 0 ] || continue
    # Flow control is never an error: a full or reopened window.
    filter='tcp.analysis.flags && !tcp.analysis.window_update && !tcp.analysis.window_full'
    # Where the lab loses frames, only what a loss explains may be flagged.
    if ! grep -q ' 0 lost on links' "$work/$lab.out"; then
        filter="$filter && !tcp.analysis.retransmission && !tcp.analysis.fast_retransmission && !tcp.analysis.duplicate_ack && !tcp.analysis.lost_segment && !tcp.analysis.out_of_order && !tcp.analysis.ack_lost_segment"
    fi
    case "$lab" in
        tcp-zero-window) # a slow reader: zero window, probes and their ACKs
            filter="$filter && !tcp.analysis.zero_window && !tcp.analysis.zero_window_probe && !tcp.analysis.zero_window_probe_ack" ;;
        tcp-simultaneous-open) # each SYN-ACK repeats its SYN's sequence number; the ACKs that
            # answer them (RFC 9293 §3.10.7.4) carry no news: Wireshark's heuristics see a
            # retransmission and duplicate ACKs, which is what a real simultaneous open shows.
            filter="$filter && !(tcp.flags.syn == 1 && tcp.analysis.retransmission) && !(tcp.len == 0 && tcp.analysis.duplicate_ack)" ;;
    esac
    flagged=0
    for link in $(tshark -r "$pcap" -T fields -e frame.interface_name 2>/dev/null | sort -u); do
        tshark -r "$pcap" -Y "frame.interface_name == \"$link\"" -w "$work/link.pcapng" 2>/dev/null
        n=$(count "$work/link.pcapng" "$filter")
        if [ "$n" -ne 0 ]; then
            flagged=$((flagged + n))
            tshark -r "$work/link.pcapng" -Y "$filter" 2>/dev/null | head -3
        fi
    done
    if [ "$flagged" -eq 0 ]; then ok "$lab: TCP analysis clean on every link"; else bad "$lab: $flagged TCP analysis flags"; fi
done

# The TCP lab: handshake with MSS, and the exact bytes PC1 sent in one stream.
pcap="$work/tcp-basics.pcapng"
if [ -f "$pcap" ]; then
    tshark -r "$pcap" -Y 'frame.interface_name == "PC1-SW1"' -w "$work/pc1.pcapng" 2>/dev/null
    [ "$(count "$work/pc1.pcapng" 'tcp.flags.syn == 1 && tcp.flags.ack == 0 && tcp.options.mss_val == 1460')" -eq 2 ] && ok "tcp-basics: SYNs with MSS 1460" || bad "tcp-basics: SYN with MSS 1460 missing"
    [ "$(count "$work/pc1.pcapng" 'tcp.flags.reset == 1')" -eq 1 ] && ok "tcp-basics: RST from the closed port" || bad "tcp-basics: no RST"
    sent=$(tshark -r "$work/pc1.pcapng" -q -z follow,tcp,raw,0 2>/dev/null | grep -E '^[0-9a-f]+$' | tr -d '\n' | wc -c)
    [ "$sent" -eq 10000 ] && ok "tcp-basics: follow TCP stream has the 5000 bytes" || bad "tcp-basics: stream has $((sent / 2)) bytes, want 5000"
fi

# The HTTP lab: Wireshark decodes the request and response, and the stream
# holds them byte for byte, with a Content-Length that matches the body.
pcap="$work/http-get.pcapng"
if [ -f "$pcap" ]; then
    tshark -r "$pcap" -Y 'frame.interface_name == "PC1-SW1"' -w "$work/web.pcapng" 2>/dev/null
    [ "$(count "$work/web.pcapng" 'http.request.method == "GET" && http.request.uri == "/"')" -eq 1 ] && ok "http-get: GET / decoded" || bad "http-get: no GET / request"
    [ "$(count "$work/web.pcapng" 'http.response.code == 200 && http.content_length == 236')" -eq 1 ] && ok "http-get: 200 OK with Content-Length 236" || bad "http-get: no 200 OK with the page's length"
    stream=$(tshark -r "$work/web.pcapng" -q -z follow,tcp,ascii,0 2>/dev/null)
    if grep -q '^GET / HTTP/1.1' <<<"$stream" && grep -q '^HTTP/1.1 200 OK' <<<"$stream" && grep -q '^Content-Length: ' <<<"$stream"; then
        ok "http-get: follow TCP stream shows request and response"
    else
        bad "http-get: stream lacks the request or the response"
    fi
fi

# One link of a lab's capture, for checks that must see each segment once.
link_capture() { # lab link -> file
    tshark -r "$work/$1.pcapng" -Y "frame.interface_name == \"$2\"" -w "$work/$1-$2.pcapng" 2>/dev/null
    echo "$work/$1-$2.pcapng"
}
expect() { # description count wanted
    if [ "$2" -eq "$3" ]; then ok "$1"; else bad "$1: $2, want $3"; fi
}

# TCP labs, as a student would check them in Wireshark on the client's link.
if [ -f "$work/tcp-handshake.pcapng" ]; then
    f=$(link_capture tcp-handshake PC1-SW1)
    expect "tcp-handshake: SYN, SYN-ACK, ACK and nothing else" "$(count "$f" tcp)" 3
    expect "tcp-handshake: SYN-ACK acknowledges ISN + 1" "$(count "$f" 'tcp.flags.syn == 1 && tcp.flags.ack == 1 && tcp.ack == 1')" 1
fi
if [ -f "$work/tcp-close.pcapng" ]; then
    f=$(link_capture tcp-close PC1-SW1)
    expect "tcp-close: one FIN each way" "$(count "$f" 'tcp.flags.fin == 1')" 2
fi
if [ -f "$work/tcp-simultaneous-open.pcapng" ]; then
    f=$(link_capture tcp-simultaneous-open PC1-SW1)
    expect "tcp-simultaneous-open: two SYNs cross" "$(count "$f" 'tcp.flags.syn == 1 && tcp.flags.ack == 0')" 2
    expect "tcp-simultaneous-open: two SYN-ACKs" "$(count "$f" 'tcp.flags.syn == 1 && tcp.flags.ack == 1')" 2
fi
if [ -f "$work/tcp-simultaneous-close.pcapng" ]; then
    f=$(link_capture tcp-simultaneous-close PC1-SW1)
    expect "tcp-simultaneous-close: both FINs sent before either is acknowledged" "$(count "$f" 'tcp.flags.fin == 1')" 2
fi
if [ -f "$work/tcp-rst.pcapng" ]; then
    f=$(link_capture tcp-rst PC1-SW1)
    expect "tcp-rst: RST+ACK for the SYN to a closed port" "$(count "$f" 'tcp.flags.reset == 1 && tcp.flags.ack == 1 && tcp.ack == 1')" 1
fi
if [ -f "$work/tcp-fast-retransmit.pcapng" ]; then
    f=$(link_capture tcp-fast-retransmit PC1-SW1)
    expect "tcp-fast-retransmit: Wireshark sees one fast retransmission" "$(count "$f" 'tcp.analysis.fast_retransmission')" 1
    [ "$(count "$f" 'tcp.analysis.duplicate_ack_num >= 3')" -ge 1 ] && ok "tcp-fast-retransmit: three duplicate ACKs" || bad "tcp-fast-retransmit: no third duplicate ACK"
fi
if [ -f "$work/tcp-zero-window.pcapng" ]; then
    f=$(link_capture tcp-zero-window PC1-SW1)
    [ "$(count "$f" 'tcp.analysis.zero_window')" -ge 1 ] && ok "tcp-zero-window: zero window advertised" || bad "tcp-zero-window: no zero window"
    [ "$(count "$f" 'tcp.analysis.zero_window_probe')" -ge 1 ] && ok "tcp-zero-window: window probes" || bad "tcp-zero-window: no window probe"
    expect "tcp-zero-window: no retransmissions" "$(count "$f" 'tcp.analysis.retransmission')" 0
fi

# UDP voice: no retransmission; what the link lost never arrives.
if [ -f "$work/udp-voice.pcapng" ]; then
    sent=$(count "$(link_capture udp-voice PC1-R1)" 'udp.srcport == 5004')
    got=$(count "$(link_capture udp-voice R2-PC2)" 'udp.dstport == 5004')
    expect "udp-voice: 250 datagrams leave PC1" "$sent" 250
    if [ "$got" -lt "$sent" ] && [ "$got" -gt 200 ]; then ok "udp-voice: $got of $sent arrive, the rest stay lost"; else bad "udp-voice: $got of $sent arrived"; fi
fi

# DHCP: the four messages, and the lease in the ACK.
if [ -f "$work/dhcp.pcapng" ]; then
    f=$(link_capture dhcp R1-SW1)
    for t in 1 2 3 5; do
        expect "dhcp: message type $t once per client on the router's link" "$(count "$f" "dhcp.option.dhcp == $t")" 2
    done
    expect "dhcp: DISCOVER from 0.0.0.0:68 to 255.255.255.255:67" "$(count "$f" 'dhcp.option.dhcp == 1 && ip.src == 0.0.0.0 && ip.dst == 255.255.255.255 && udp.srcport == 68 && udp.dstport == 67')" 2
    expect "dhcp: ACK with mask, router, DNS server, lease" "$(count "$f" 'dhcp.option.dhcp == 5 && dhcp.option.subnet_mask == 255.255.255.0 && dhcp.option.router == 10.0.1.1 && dhcp.option.domain_name_server == 10.0.2.53 && dhcp.option.ip_address_lease_time == 3600')" 2
    expect "dhcp: PC1 pings from its leased address" "$(count "$f" 'icmp.type == 8 && ip.src == 10.0.1.100')" 2
fi

# Static NAT: the web server's private address never leaves the inside.
if [ -f "$work/static-nat.pcapng" ]; then
    f=$(link_capture static-nat Edge-Internet)
    expect "static-nat: no private address on the outside" "$(count "$f" 'ip.addr == 192.168.1.0/24')" 0
    [ "$(count "$f" 'http.response.code == 200 && ip.src == 198.51.100.80')" -eq 1 ] && ok "static-nat: 200 OK from the global address" || bad "static-nat: no 200 OK from 198.51.100.80"
    f=$(link_capture static-nat Web-SW1)
    [ "$(count "$f" 'tcp.dstport == 80 && ip.dst == 192.168.1.80 && ip.src == 203.0.113.10')" -ge 1 ] && ok "static-nat: inside, the destination is the private address" || bad "static-nat: inside destination not translated"
fi

# A host fragments its own datagram, a router fragments the fragments (RFC 791 §3.2):
# on each link, the offsets (units of 8), MF on all but the last, every packet within the
# link's MTU, and Wireshark's reassembly into the whole UDP datagram with a good checksum.
if [ -f "$work/host-fragmentation.pcapng" ]; then
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
pcap="$work/two-lans.pcapng"
if [ -f "$pcap" ]; then
    [ "$(count "$pcap" 'arp.opcode == 1 && eth.dst == ff:ff:ff:ff:ff:ff')" -gt 0 ] && ok "two-lans: ARP request broadcast" || bad "two-lans: no broadcast ARP request"
    [ "$(count "$pcap" 'arp.opcode == 2 && !(eth.dst == ff:ff:ff:ff:ff:ff)')" -gt 0 ] && ok "two-lans: ARP reply unicast" || bad "two-lans: no unicast ARP reply"
    [ "$(count "$pcap" 'icmp.type == 8')" -gt 0 ] && ok "two-lans: echo requests" || bad "two-lans: no echo request"
    [ "$(count "$pcap" 'icmp.type == 0 && icmp.resp_to')" -gt 0 ] && ok "two-lans: echo replies matched" || bad "two-lans: no matched echo reply"
    before=$(tshark -r "$pcap" -Y 'icmp.type == 8 && ip.dst == 10.0.2.10 && frame.interface_name == "PC1-SW1"' -T fields -e ip.ttl 2>/dev/null | sort -u)
    after=$(tshark -r "$pcap" -Y 'icmp.type == 8 && ip.dst == 10.0.2.10 && frame.interface_name == "R1-SW2"' -T fields -e ip.ttl 2>/dev/null | sort -u)
    if [ "$before" = "64" ] && [ "$after" = "63" ]; then
        ok "two-lans: TTL 64 before the router, 63 behind it"
    else
        bad "two-lans: TTL before router '$before', after '$after' (want 64 and 63)"
    fi
else
    bad "two-lans lab missing"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
