#include "lesson/misconceptions.h"

#include "lesson/pdu_facts.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace ww::lesson {

namespace {

// lupdate files a bare tr() call under the enclosing namespace, so that is the
// context these texts are translated in.
QString tr(const char* text) {
    return QCoreApplication::translate("ww::lesson", text);
}

// Texts the sequence diagram and header diagram already show: the same
// (context, source) pairs, so each is translated once.
QString sequenceText(const char* text) {
    return QCoreApplication::translate("SequenceDiagram", text);
}
QString headerText(const char* text) {
    return QCoreApplication::translate("HeaderDiagram", text);
}

const Misconception kCatalogue[] = {
    {"http2-over-tcp", 1, [] { return tr("HTTP 2.0 runs over UDP."); },
     [] {
         return tr("HTTP/1.1 and HTTP/2 run over TCP (RFC 9113). Only HTTP/3 runs over QUIC, "
                   "which runs over UDP (RFC 9114, RFC 9000).");
     }},
    {"close-wait", 2, [] { return tr("The passive closer enters CLOSE-WAIT1."); },
     [] {
         return tr("The state is CLOSE-WAIT: the passive closer has acknowledged the FIN and "
                   "waits for its application to close.");
     }},
    {"time-wait-active-closer", 3,
     [] { return tr("Both sides wait in TIME-WAIT, or the passive closer does."); },
     [] {
         return tr("TIME-WAIT belongs to the active closer: after its last ACK it waits 2 × MSL. "
                   "The passive closer in LAST-ACK resends its FIN if no ACK comes; it never "
                   "enters TIME-WAIT.");
     }},
    {"ack-next-byte", 4, [] { return tr("ACK = sequence number + 1."); },
     [] {
         return tr("Only SYN and FIN use one sequence number each. For data, ACK = the next byte "
                   "expected = seq + bytes received.");
     }},
    {"handshake-rtt", 5, [] { return tr("RTT is measured after the handshake; \"InitTRO\"."); },
     [] {
         return tr("The client samples the RTT from SYN to SYN-ACK, the server from SYN-ACK to "
                   "the last ACK. The initial retransmission timeout is 1 s (InitRTO, RFC 6298).");
     }},
    {"mss-default", 6, [] { return tr("The MSS is 1460 bytes."); },
     [] {
         return tr("Each side announces the largest segment it can receive; a sender uses the "
                   "smaller of the peer's MSS and its own limit. Without the option the default "
                   "is 536 bytes; 1460 is usual on Ethernet, not a standard.");
     }},
    {"tos-dscp", 7, [] { return tr("TOS takes values 0 to 15."); },
     [] {
         return headerText(
             "TOS is today DSCP (6 bits) + ECN (2 bits), RFC 2474 and 3168; \"0 to 15\" "
             "was the old 4-bit TOS of RFC 1349.");
     }},
    {"ip-header-fields", 8,
     [] { return tr("The IP header is version, IHL, TOS, ID, TTL, protocol and addresses."); },
     [] {
         return tr("The header also has total length, flags, fragment offset, header checksum "
                   "and options (RFC 791).");
     }},
    {"mtu-of-link", 9, [] { return tr("MTU is the average size of a packet."); },
     [] {
         return tr("MTU is a property of a link (Ethernet: 1500 bytes): the largest packet the "
                   "link carries in one frame.");
     }},
    {"limited-broadcast", 10, [] { return tr("Broadcast is the address with all ones."); },
     [] {
         return tr("255.255.255.255 is the limited broadcast (this link only); a directed "
                   "broadcast sets only the host part of a network to ones.");
     }},
    {"router-reads-ethernet", 11, [] { return tr("A router reads only the IP header."); },
     [] {
         return headerText(
             "A router reads the Ethernet header too; it differs from a switch by also "
             "reading and changing this header (TTL, checksum).");
     }},
    {"dhcp-ports", 12, [] { return tr("DBCP uses ports 67 and 68."); },
     [] { return tr("It is DHCP: UDP port 67 is the server, 68 the client (RFC 2131)."); }},
    {"arp-next-hop", 13, [] { return tr("ARP finds the MAC address of the destination."); },
     [] {
         return tr("ARP resolves the next hop on the same link: the destination when it is "
                   "on-link, otherwise the default gateway. Requests are broadcast, replies "
                   "unicast.");
     }},
    {"dns-iterative", 14,
     [] { return tr("The cache DNS walks root, TLD and authoritative by recursive queries."); },
     [] {
         return tr("Only the stub's query to the cache DNS is recursive (RD=1); the cache DNS "
                   "asks root, TLD and authoritative servers iteratively and follows referrals.");
     }},
    {"hosts-file-order", 15, [] { return tr("The hosts file is always read before DNS."); },
     [] {
         return tr("The order of hosts file and DNS is a host setting (nsswitch.conf on Linux); "
                   "most systems read the hosts file first.");
     }},
};

QString ip(Ipv4Address a) {
    return QString::fromStdString(a.toString());
}

// Addresses of routers and L3 switches: a host resolving one is resolving its next hop.
std::set<std::uint32_t> routerAddresses(const lab::Lab& lab) {
    std::set<std::uint32_t> out;
    for (const auto& d : lab.devices) {
        if (d.type != lab::DeviceType::Router && d.type != lab::DeviceType::L3Switch)
            continue;
        for (const auto& itf : d.interfaces)
            if (itf.address)
                out.insert(itf.address->address.value);
        for (const auto& v : d.vlans)
            out.insert(v.address.address.value);
    }
    return out;
}

// Directed broadcast addresses of the lab's networks (not /31, /32).
std::set<std::uint32_t> directedBroadcasts(const lab::Lab& lab) {
    std::set<std::uint32_t> out;
    auto add = [&](const std::optional<Ipv4Prefix>& p) {
        if (p && p->length < 31)
            out.insert(p->broadcast().value);
    };
    for (const auto& d : lab.devices) {
        for (const auto& itf : d.interfaces)
            add(itf.address);
        for (const auto& v : d.vlans)
            add(v.address);
    }
    return out;
}

} // namespace

std::span<const Misconception> misconceptions() {
    return kCatalogue;
}

const Misconception* misconceptionById(std::string_view id) {
    for (const auto& m : kCatalogue)
        if (id == m.id)
            return &m;
    return nullptr;
}

QStringList misconceptionIds() {
    QStringList ids;
    for (const auto& m : kCatalogue)
        ids << QString::fromUtf8(m.id);
    return ids;
}

QString misconceptionHeading() {
    return sequenceText("Common misconception");
}

std::vector<MisconceptionHit> detectMisconceptions(const lab::Lab& lab,
                                                   const std::vector<Event>& events,
                                                   const std::vector<std::string>& deviceNames) {
    auto name = [&](DeviceId d) {
        return d < deviceNames.size() ? QString::fromStdString(deviceNames[d]) : QString();
    };
    const auto routers = routerAddresses(lab);
    const auto directed = directedBroadcasts(lab);
    std::map<std::string, MisconceptionHit> first;
    auto hit = [&](const char* id, std::size_t e, const QString& text) {
        if (!first.count(id))
            first[id] = {misconceptionById(id), e, text};
    };
    using Flow = std::tuple<std::uint32_t, std::uint16_t, std::uint32_t, std::uint16_t>;
    std::map<Flow, std::pair<std::uint32_t, std::size_t>> lastData; // by sender: seq, length
    std::set<std::pair<DeviceId, std::uint32_t>> initiators;        // connections that sent SYN

    for (std::size_t i = 0; i < events.size(); ++i) {
        const EventKind& k = events[i].kind;
        if (const auto* s = std::get_if<TcpStateChanged>(&k)) {
            if (s->to == TcpState::SynSent)
                initiators.insert({s->conn.device, s->conn.connection});
            if (s->to == TcpState::CloseWait)
                hit("close-wait", i,
                    sequenceText("CLOSE-WAIT (not “CLOSE-WAIT1”): %1 has received the FIN and "
                                 "acknowledged it; it waits for its application to close, "
                                 "then sends its own FIN and enters LAST-ACK.")
                        .arg(name(s->conn.device)));
            if (s->to == TcpState::TimeWait)
                hit("time-wait-active-closer", i,
                    sequenceText("TIME-WAIT belongs to the active closer (%1, which sent the "
                                 "first FIN). After its last ACK it waits 2 × MSL, so a lost ACK "
                                 "can be sent again and old duplicates die out. The passive "
                                 "closer never enters TIME-WAIT: in LAST-ACK it resends its FIN "
                                 "if no ACK comes.")
                        .arg(name(s->conn.device)));
        } else if (const auto* r = std::get_if<TcpRttSample>(&k)) {
            const bool client = initiators.count({r->conn.device, r->conn.connection}) > 0;
            hit("handshake-rtt", i,
                (client ? sequenceText("The first RTT is measured in the handshake: %1 timed its "
                                       "SYN until the SYN, ACK came back (the server times its "
                                       "SYN, ACK until the last ACK). Until then the "
                                       "retransmission timeout is the initial 1 s (RFC 6298).")
                        : sequenceText("The first RTT is measured in the handshake: %1 timed its "
                                       "SYN, ACK until the last ACK came back. Until then the "
                                       "retransmission timeout is the initial 1 s (RFC 6298)."))
                    .arg(name(r->conn.device)));
        } else if (const auto* a = std::get_if<ArpResolution>(&k)) {
            if (a->step == ArpResolutionStep::Started && a->device < lab.devices.size() &&
                lab.devices[a->device].type == lab::DeviceType::Host && routers.count(a->ip.value))
                hit("arp-next-hop", i,
                    tr("%1 sends to another network, yet it asks ARP for %2, its gateway: ARP "
                       "resolves the next hop on the same link, never a destination beyond a "
                       "router. The request goes to ff:ff:ff:ff:ff:ff; the reply comes back "
                       "unicast.")
                        .arg(name(a->device), ip(a->ip)));
        } else if (const auto* rd = std::get_if<RouterDecision>(&k)) {
            hit("ip-header-fields", i,
                tr("%1 rewrote two fields the notes' list leaves out of the IP header's story: "
                   "TTL %2 → %3 and header checksum 0x%4 → 0x%5. The header also carries total "
                   "length, flags, fragment offset and options (RFC 791).")
                    .arg(name(rd->device))
                    .arg(rd->ttlBefore)
                    .arg(rd->ttlAfter)
                    .arg(rd->checksumBefore, 4, 16, QLatin1Char('0'))
                    .arg(rd->checksumAfter, 4, 16, QLatin1Char('0')));
        } else if (const auto* fr = std::get_if<FrameRebuilt>(&k)) {
            hit("router-reads-ethernet", i,
                tr("%1 read the frame's destination MAC (%2, its own), opened the packet, then "
                   "built a new frame from %3 to %4. A router reads the Ethernet header too; "
                   "unlike a switch it also reads and changes the IP header.")
                    .arg(name(fr->device), QString::fromStdString(fr->oldDestination.toString()),
                         QString::fromStdString(fr->newSource.toString()),
                         QString::fromStdString(fr->newDestination.toString())));
        } else if (const auto* f = std::get_if<Fragmented>(&k)) {
            hit("mtu-of-link", i,
                tr("The next link's MTU is %1 bytes: a property of the link, not an average "
                   "packet size. The %2-byte datagram does not fit, so %3 cuts it into %4 "
                   "fragments.")
                    .arg(f->mtu)
                    .arg(f->original.size())
                    .arg(name(f->device))
                    .arg(f->fragments.size()));
        } else if (const auto* q = std::get_if<DnsQuerySent>(&k)) {
            if (!q->recursionDesired)
                hit("dns-iterative", i,
                    tr("%1 asks %2 with RD=0, an iterative query: the answer is a referral to "
                       "the next server down, which %1 then asks itself. Only the stub's query "
                       "to the cache DNS is recursive (RD=1).")
                        .arg(name(q->device), ip(q->server)));
        } else if (const auto* p = std::get_if<DnsPlaceChecked>(&k)) {
            if (p->place == DnsPlace::HostsFile)
                hit("hosts-file-order", i,
                    (p->hit ? tr("%1 reads its hosts file for %2 and finds it there. Whether the "
                                 "hosts file or DNS comes first is a host setting "
                                 "(nsswitch.conf on Linux); this lab sets it.")
                            : tr("%1 reads its hosts file for %2 and does not find it there. "
                                 "Whether the hosts file or DNS comes first is a host setting "
                                 "(nsswitch.conf on Linux); this lab sets it."))
                        .arg(name(p->device), QString::fromStdString(p->name)));
        } else if (const auto* tx = std::get_if<FrameTxStart>(&k)) {
            const PduFacts facts = pduFacts(k);
            if (facts.has(Protocol::Http))
                hit("http2-over-tcp", i,
                    tr("This HTTP message rides a TCP segment (port %1), as HTTP/2 does too "
                       "(RFC 9113). Only HTTP/3 uses QUIC over UDP.")
                        .arg(facts.tcp ? std::min(facts.tcp->sourcePort, facts.tcp->destinationPort)
                                       : 80));
            if (facts.has(Protocol::Dhcp))
                hit("dhcp-ports", i,
                    tr("DHCP (the notes' \"DBCP\"): client port 68, server port 67, over UDP "
                       "(RFC 2131)."));
            if (facts.ip && facts.ip->fragmentOffset == 0 && !facts.ip->moreFragments) {
                hit("tos-dscp", i,
                    tr("This packet's TOS octet is 0x%1: DSCP %2 (6 bits) and ECN %3 (2 bits), "
                       "RFC 2474 and 3168. \"0 to 15\" was the old 4-bit TOS of RFC 1349.")
                        .arg((facts.ip->dscp << 2) | facts.ip->ecn, 2, 16, QLatin1Char('0'))
                        .arg(facts.ip->dscp)
                        .arg(facts.ip->ecn));
                const std::uint32_t dst = facts.ip->destination.value;
                if (dst == 0xffffffffu)
                    hit("limited-broadcast", i,
                        tr("255.255.255.255 is the limited broadcast: every host on this link "
                           "receives it and no router forwards it. A directed broadcast sets "
                           "only the host part to ones (192.168.1.255 for 192.168.1.0/24)."));
                else if (directed.count(dst))
                    hit("limited-broadcast", i,
                        tr("%1 is a directed broadcast: only the host part is all ones, so it "
                           "is routed to that network and broadcast there. The limited "
                           "broadcast 255.255.255.255 never leaves the sender's link.")
                            .arg(ip(facts.ip->destination)));
            }
            if (facts.tcp && facts.tcp->has(tcp::kSyn)) {
                if (facts.tcp->options.mss)
                    hit("mss-default", i,
                        tr("%1's SYN announces MSS %2: the largest segment it can receive "
                           "(1500 − 20 IP − 20 TCP on Ethernet). It is not a standard size: "
                           "without the option the peer must assume 536 bytes.")
                            .arg(name(tx->from))
                            .arg(*facts.tcp->options.mss));
                else
                    hit("mss-default", i,
                        tr("%1's SYN carries no MSS option, so the peer may send it segments of "
                           "at most 536 bytes (RFC 9293), not 1460.")
                            .arg(name(tx->from)));
            }
            if (facts.tcp) {
                const tcp::Repr& t = *facts.tcp;
                const Flow mine{facts.ip->source.value, t.sourcePort, facts.ip->destination.value,
                                t.destinationPort};
                const Flow back{facts.ip->destination.value, t.destinationPort,
                                facts.ip->source.value, t.sourcePort};
                auto d = lastData.find(back);
                if (t.has(tcp::kAck) && d != lastData.end() && d->second.second > 1 &&
                    t.acknowledgment == d->second.first + d->second.second)
                    hit("ack-next-byte", i,
                        sequenceText("ACK = seq + 1 only for SYN and FIN, which use one "
                                     "sequence number each. Data moves the ACK on by its "
                                     "length: seq=%1 + len=%2 → ack=%3, the next byte expected.")
                            .arg(d->second.first)
                            .arg(d->second.second)
                            .arg(t.acknowledgment));
                if (facts.tcpPayload > 0)
                    lastData[mine] = {t.sequence, facts.tcpPayload};
            }
        }
    }
    std::vector<MisconceptionHit> out;
    for (auto& [id, h] : first)
        out.push_back(std::move(h));
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.event != b.event ? a.event < b.event
                                  : a.misconception->correction < b.misconception->correction;
    });
    return out;
}

} // namespace ww::lesson
