#include "models/frame_summary.h"

#include "dns/dns_frame_summary.h"
#include "proto/protocol_registry.h"
#include "wire/arp.h"
#include "wire/dhcp.h"
#include "wire/dns.h"
#include "wire/ethernet.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"
#include "wire/udp.h"

#include <algorithm>

namespace ww::ui {

namespace {

QString ip(Ipv4Address a) {
    return QString::fromStdString(a.toString());
}

QString mac(const MacAddress& m) {
    return QString::fromStdString(m.toString());
}

const QString kArrow = QStringLiteral(" → ");

QString name(Protocol p) {
    return proto::displayName(p);
}

} // namespace

// iputils ping's wording, so the event list, the inspector and `wirewalk run` say the same.
QString icmpErrorText(std::uint8_t type, std::uint8_t code, std::uint16_t mtu) {
    if (type == icmp::kTimeExceeded)
        return code == icmp::kTtlExceeded
                   ? QCoreApplication::translate("Cli", "Time to live exceeded")
                   : QCoreApplication::translate("Cli", "Frag reassembly time exceeded");
    if (type == icmp::kDestinationUnreachable) {
        switch (code) {
        case icmp::kNetUnreachable:
            return QCoreApplication::translate("Cli", "Destination Net Unreachable");
        case icmp::kHostUnreachable:
            return QCoreApplication::translate("Cli", "Destination Host Unreachable");
        case icmp::kProtocolUnreachable:
            return QCoreApplication::translate("Cli", "Destination Protocol Unreachable");
        case icmp::kPortUnreachable:
            return QCoreApplication::translate("Cli", "Destination Port Unreachable");
        case icmp::kFragmentationNeeded:
            return QCoreApplication::translate("Cli", "Frag needed and DF set (mtu = %1)").arg(mtu);
        }
    }
    return QCoreApplication::translate("Cli", "ICMP type %1 code %2").arg(type).arg(code);
}

PduSummary PduDescriber::frame(ByteView bytes) {
    const auto eth = ethernet::parseFrame(bytes);
    if (!eth)
        return {name(Protocol::Ethernet), QStringLiteral("?"), tr("Malformed frame")};
    const auto& repr = eth->repr;
    const proto::Descriptor* next = proto::byEtherType(repr.etherType);
    if (next && next->id == Protocol::Arp) {
        PduSummary s = arpPacket(eth->payload);
        if (s.protocol.isEmpty())
            return {name(Protocol::Arp), QStringLiteral("ARP"), tr("ARP (malformed)")};
        return s;
    }
    if (next && next->id == Protocol::Ipv4)
        return packet(eth->payload);
    return {name(Protocol::Ethernet), QStringLiteral("ETH"),
            tr("Ethernet %1%2%3 type 0x%4")
                .arg(mac(repr.source), kArrow, mac(repr.destination))
                .arg(repr.etherType, 4, 16, QLatin1Char('0'))};
}

PduSummary PduDescriber::arpPacket(ByteView bytes) {
    const auto a = arp::parse(bytes);
    if (!a)
        return {};
    if (a->operation == arp::Operation::Request)
        return {name(Protocol::Arp), QStringLiteral("ARP req"),
                tr("ARP Who has %1? Tell %2").arg(ip(a->targetIp), ip(a->senderIp))};
    return {name(Protocol::Arp), QStringLiteral("ARP rep"),
            tr("ARP %1 is at %2").arg(ip(a->senderIp), mac(a->senderMac))};
}

PduSummary PduDescriber::packet(ByteView bytes) {
    const auto p = ipv4::parse(bytes);
    if (!p)
        return {name(Protocol::Ipv4), QStringLiteral("IP"), tr("IPv4 (malformed)")};
    const auto& r = p->repr;
    if (r.fragmentOffset != 0)
        return {name(Protocol::Ipv4), QStringLiteral("IP frag"),
                tr("IPv4 %1%2%3 fragment offset=%4 id=0x%5%6")
                    .arg(ip(r.source), kArrow, ip(r.destination))
                    .arg(r.fragmentOffsetBytes())
                    .arg(r.identification, 4, 16, QLatin1Char('0'))
                    .arg(r.moreFragments ? tr(" (more)") : QString())};
    const proto::Descriptor* next = proto::byIpProtocol(r.protocol);
    PduSummary s;
    switch (next ? next->id : Protocol::Data) {
    case Protocol::Icmp:
        s = icmp(p->payload, r.ttl);
        break;
    case Protocol::Tcp:
        s = tcp(p->payload, r.source, r.destination);
        break;
    case Protocol::Udp:
        // A first fragment holds the UDP header, not the whole datagram its length counts.
        if (r.moreFragments && p->payload.size() >= udp::kHeaderLen)
            s = {name(Protocol::Udp), QStringLiteral("UDP"),
                 tr("%1 %2%3%4 Len=%5")
                     .arg(QStringLiteral("UDP"))
                     .arg(readU16(p->payload, 0))
                     .arg(kArrow)
                     .arg(readU16(p->payload, 2))
                     .arg(std::max(0, readU16(p->payload, 4) - int(udp::kHeaderLen)))};
        else
            s = udp(p->payload, r.source, r.destination);
        break;
    default: // not carried in IPv4
        return {name(Protocol::Ipv4), QStringLiteral("IP"),
                tr("IPv4 %1%2%3 protocol %4")
                    .arg(ip(r.source), kArrow, ip(r.destination))
                    .arg(r.protocol)};
    }
    if (r.moreFragments)
        s.text += tr(" (first fragment)");
    return s;
}

PduSummary PduDescriber::icmp(ByteView message, int ttl) {
    const QString icmpName = name(Protocol::Icmp);
    const auto m = icmp::parse(message);
    if (!m)
        return {icmpName, QStringLiteral("ICMP"), tr("ICMP (malformed)")};
    const auto& r = m->repr;
    switch (r.type) {
    case icmp::kEchoRequest:
    case icmp::kEchoReply:
        return {icmpName,
                r.type == icmp::kEchoRequest ? QStringLiteral("ICMP req")
                                             : QStringLiteral("ICMP rep"),
                (r.type == icmp::kEchoRequest ? tr("ICMP Echo request id=%1 seq=%2 ttl=%3")
                                              : tr("ICMP Echo reply id=%1 seq=%2 ttl=%3"))
                    .arg(r.identifier)
                    .arg(r.sequence)
                    .arg(ttl)};
    case icmp::kTimeExceeded:
        return {icmpName, QStringLiteral("ICMP TTL"),
                QStringLiteral("ICMP ") + icmpErrorText(r.type, r.code, r.nextHopMtu)};
    case icmp::kDestinationUnreachable:
        return {icmpName, QStringLiteral("ICMP unr"),
                QStringLiteral("ICMP ") + icmpErrorText(r.type, r.code, r.nextHopMtu)};
    }
    return {icmpName, QStringLiteral("ICMP"),
            QCoreApplication::translate("Cli", "ICMP type %1 code %2").arg(r.type).arg(r.code)};
}

PduSummary PduDescriber::udp(ByteView datagram, Ipv4Address source, Ipv4Address destination) {
    const auto u = udp::parse(datagram, source, destination);
    if (!u)
        return {name(Protocol::Udp), QStringLiteral("UDP"), tr("UDP (malformed)")};
    const auto& r = u->repr;
    const proto::Descriptor* app =
        proto::byPorts(proto::Carrier::UdpPort, r.sourcePort, r.destinationPort, u->payload);
    if (app && app->id == Protocol::Dhcp) {
        if (auto m = dhcp::parse(u->payload)) {
            // Wireshark's wording: "DHCP Discover - Transaction ID 0x...".
            QString type = QString::fromLatin1(dhcp::toString(m->type)).mid(4).toLower();
            type[0] = type[0].toUpper();
            QString text = tr("DHCP %1 - Transaction ID 0x%2")
                               .arg(type == QLatin1String("Ack") ? QStringLiteral("ACK") : type)
                               .arg(m->xid, 0, 16);
            if (!m->yiaddr.isUnspecified())
                text += tr(", your address %1").arg(QString::fromStdString(m->yiaddr.toString()));
            return {name(Protocol::Dhcp), QStringLiteral("DHCP"), text};
        }
    }
    if (app && app->id == Protocol::Dns)
        return {name(Protocol::Dns), QStringLiteral("DNS"), dnsInfo(u->payload)};
    const QString udpName = name(Protocol::Udp);
    return {udpName, udpName,
            tr("%1 %2%3%4 Len=%5")
                .arg(udpName)
                .arg(r.sourcePort)
                .arg(kArrow)
                .arg(r.destinationPort)
                .arg(u->payload.size())};
}

PduSummary PduDescriber::tcp(ByteView segment, Ipv4Address source, Ipv4Address destination) {
    const auto t = tcp::parse(segment, source, destination);
    if (!t)
        return {name(Protocol::Tcp), QStringLiteral("TCP"), tr("TCP (malformed)")};
    const auto& r = t->repr;
    const Flow flow{source.value, r.sourcePort, destination.value, r.destinationPort};
    const Flow reverse{destination.value, r.destinationPort, source.value, r.sourcePort};
    // A retransmitted SYN carries the same ISN; a flow first seen mid-stream
    // (e.g. after NAT) starts counting where it is seen.
    std::uint32_t base = 0;
    std::uint32_t peerBase = 0;
    if (pinned_) {
        base = pinned_->sequence;
        peerBase = pinned_->acknowledgment;
    } else {
        base = initialSequence_.try_emplace(flow, r.sequence).first->second;
        if (r.has(tcp::kSyn))
            base = initialSequence_[flow] = r.sequence;
        const auto peer = initialSequence_.find(reverse);
        peerBase = peer == initialSequence_.end() ? 0 : peer->second;
        if (!relative_)
            base = peerBase = 0;
    }
    lastBases_ = TcpBases{base, peerBase};

    const QString flags = QString::fromStdString(tcp::flagNames(r.flags));
    QString text = QStringLiteral("TCP %1%2%3 [%4] Seq=%5")
                       .arg(r.sourcePort)
                       .arg(kArrow)
                       .arg(r.destinationPort)
                       .arg(flags)
                       .arg(r.sequence - base);
    if (r.has(tcp::kAck))
        text += QStringLiteral(" Ack=%1").arg(r.acknowledgment - peerBase);
    text += QStringLiteral(" Win=%1 Len=%2").arg(r.window).arg(t->payload.size());

    // A request or status line starts the segment: HTTP, on any port. A body's
    // later segments stay TCP, as in a packet analyser without reassembly.
    if (proto::looksLikeHttp(t->payload)) {
        const auto* chars = reinterpret_cast<const char*>(t->payload.data());
        QString line = QString::fromLatin1(chars, static_cast<qsizetype>(t->payload.size()));
        line = line.section(QLatin1Char('\n'), 0, 0).trimmed();
        return {name(Protocol::Http), QStringLiteral("HTTP"), QStringLiteral("HTTP ") + line};
    }
    // DNS over TCP (RFC 7766): a segment that starts with a whole length-prefixed message.
    if ((r.sourcePort == dns::kPort || r.destinationPort == dns::kPort) && !t->payload.empty())
        if (const auto framed = dns::unframeTcp(t->payload))
            return {name(Protocol::Dns), QStringLiteral("DNS"), dnsInfo(framed->message)};
    QString token = QStringLiteral("TCP");
    if (r.has(tcp::kRst))
        token += QStringLiteral(" RST");
    else if (r.has(tcp::kSyn))
        token += r.has(tcp::kAck) ? QStringLiteral(" SYN/ACK") : QStringLiteral(" SYN");
    else if (r.has(tcp::kFin))
        token += QStringLiteral(" FIN");
    else if (t->payload.empty())
        token += QStringLiteral(" ACK");
    return {name(Protocol::Tcp), token, text};
}

} // namespace ww::ui
