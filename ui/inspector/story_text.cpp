#include "inspector/story_text.h"

#include "models/reason_text.h"
#include "proto/protocol_registry.h"
#include "wire/arp.h"
#include "wire/ethernet.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"

#include <QCoreApplication>

namespace ww::inspector {

QString pduNameText(PduName name) {
    switch (name) {
    case PduName::Message:
        return QCoreApplication::translate("StoryText", "message");
    case PduName::Segment:
        return QCoreApplication::translate("StoryText", "segment");
    case PduName::Datagram:
        return QCoreApplication::translate("StoryText", "datagram");
    case PduName::Packet:
        return QCoreApplication::translate("StoryText", "packet");
    case PduName::Frame:
        return QCoreApplication::translate("StoryText", "frame");
    }
    return {};
}

QString layerText(Layer layer) {
    switch (layer) {
    case Layer::Application:
        return QCoreApplication::translate("StoryText", "Application layer");
    case Layer::Transport:
        return QCoreApplication::translate("StoryText", "Transport layer");
    case Layer::Internet:
        return QCoreApplication::translate("StoryText", "Internet layer");
    case Layer::NetworkInterface:
        return QCoreApplication::translate("StoryText", "Network interface layer");
    }
    return {};
}

QString roleText(HopRole role) {
    switch (role) {
    case HopRole::Sender:
        return QCoreApplication::translate("StoryText", "sender: encapsulation");
    case HopRole::Switch:
        return QCoreApplication::translate("StoryText", "L2 switch");
    case HopRole::Router:
        return QCoreApplication::translate("StoryText", "router");
    case HopRole::L3Switch:
        return QCoreApplication::translate("StoryText", "L3 switch");
    case HopRole::Receiver:
        return QCoreApplication::translate("StoryText", "receiver: decapsulation");
    case HopRole::Bystander:
        return QCoreApplication::translate("StoryText", "not for this host");
    }
    return {};
}

QString protocolText(Protocol protocol) {
    switch (protocol) {
    case Protocol::Ethernet:
        return QCoreApplication::translate("StoryText", "Ethernet");
    case Protocol::Ipv4:
        return QStringLiteral("IP"); // the notes say "IP packet"
    case Protocol::Data:
        return QCoreApplication::translate("StoryText", "data");
    default:
        return proto::displayName(protocol); // the registry's name
    }
}

QString pduCaption(Protocol protocol, PduName name) {
    if (protocol == Protocol::Data)
        return QCoreApplication::translate("StoryText", "application data");
    return QCoreApplication::translate("StoryText", "%1 %2")
        .arg(protocolText(protocol), pduNameText(name));
}

QString macText(std::uint64_t mac) {
    QStringList parts;
    for (int i = 5; i >= 0; --i)
        parts << QStringLiteral("%1").arg((mac >> (8 * i)) & 0xff, 2, 16, QLatin1Char('0'));
    return parts.join(':');
}

QString checkText(const StoryStep& s) {
    const QString mark = s.passed ? QStringLiteral("✓ ") : QStringLiteral("✗ ");
    switch (s.check) {
    case Check::DestinationMac:
        return mark + QCoreApplication::translate("StoryText", "destination MAC is mine?");
    case Check::Fcs:
        return mark + QCoreApplication::translate("StoryText", "FCS correct?");
    case Check::IpHeaderChecksum:
        return mark + QCoreApplication::translate("StoryText", "IP header checksum correct?");
    case Check::DestinationIp:
        return mark + QCoreApplication::translate("StoryText", "destination IP is mine?");
    case Check::TransportChecksum:
        return mark + QCoreApplication::translate("StoryText", "checksum correct?");
    case Check::Port:
        return mark +
               QCoreApplication::translate("StoryText", "an application on port %1?").arg(s.actual);
    case Check::SequenceNumber:
        // On a miss, the raw numbers the receiver compared (SEG.SEQ, RCV.NXT).
        if (s.passed)
            return mark + QCoreApplication::translate("StoryText", "the next byte expected?");
        return mark +
               QCoreApplication::translate("StoryText", "the next byte expected? no: %1, not %2")
                   .arg(s.actual)
                   .arg(s.expected);
    }
    return {};
}

QString dropText(DropReason reason) {
    switch (reason) {
    case DropReason::FcsError:
        return QCoreApplication::translate("StoryText", "FCS wrong: frame dropped");
    case DropReason::NotForThisMac:
        return QCoreApplication::translate("StoryText", "not my MAC: frame dropped");
    case DropReason::TtlExpired:
        return QCoreApplication::translate("StoryText", "TTL reached 0: packet dropped");
    case DropReason::HeaderChecksum:
        return QCoreApplication::translate("StoryText", "IP header checksum wrong: packet dropped");
    case DropReason::PortUnreachable:
        return QCoreApplication::translate("StoryText", "no application on this port: dropped");
    case DropReason::NoRoute:
        return QCoreApplication::translate("StoryText", "no route: packet dropped");
    case DropReason::SameSegment:
        return QCoreApplication::translate("StoryText", "destination on the same port: filtered");
    default:
        return QCoreApplication::translate("StoryText", "dropped: %1")
            .arg(ui::dropReasonText(reason));
    }
}

namespace {

// "R2" or, for a step on one fragment, "R2, fragment 2/3".
QString whoAt(const StoryHop& hop, const StoryStep& s) {
    return s.fragmentIndex > 0 ? QStringLiteral("%1, %2").arg(hop.deviceName, fragmentName(s))
                               : hop.deviceName;
}

} // namespace

QString stepSentence(const StoryHop& hop, const StoryStep& s) {
    const QString who = hop.deviceName;
    const QString pdu = pduCaption(s.protocol, s.name);
    switch (s.kind) {
    case StepKind::Built:
        if (s.headerLen > 0) // a DNS message over TCP, after its length (RFC 1035 §4.2.2)
            return QCoreApplication::translate(
                       "StoryText",
                       "%1: %2 created, %3 bytes; over TCP its 2-byte length goes first: %4 bytes")
                .arg(who, pdu)
                .arg(s.payloadLen())
                .arg(s.totalLen());
        return QCoreApplication::translate("StoryText", "%1: %2 created, %3 bytes")
            .arg(who, pdu)
            .arg(s.totalLen());
    case StepKind::Pushed:
        if (s.trailerLen > 0)
            return QCoreApplication::translate(
                       "StoryText", "%1: + %2 header (%3 B) and FCS trailer (%4 B) → %5, %6 bytes")
                .arg(who, protocolText(s.protocol))
                .arg(s.headerLen)
                .arg(s.trailerLen)
                .arg(pdu)
                .arg(s.totalLen());
        return QCoreApplication::translate("StoryText", "%1: + %2 header (%3 B) → %4, %5 bytes")
            .arg(who, protocolText(s.protocol))
            .arg(s.headerLen)
            .arg(pdu)
            .arg(s.totalLen());
    case StepKind::Fragmented:
        return QCoreApplication::translate(
                   "StoryText", "%1: %2 bytes do not fit the link's MTU %3: %4 fragments")
            .arg(who)
            .arg(s.frameBefore.size())
            .arg(s.mtu)
            .arg(s.fragmentCount);
    case StepKind::OnWire:
        return QCoreApplication::translate("StoryText", "%1: the frame goes onto the link as bits")
            .arg(who);
    case StepKind::Checked:
        return QCoreApplication::translate("StoryText", "%1: %2").arg(who, checkText(s));
    case StepKind::SwitchForward:
        return s.switchAction == SwitchAction::Flooded
                   ? QCoreApplication::translate(
                         "StoryText",
                         "%1 reads only the Ethernet header: unknown destination MAC, flooded")
                         .arg(who)
                   : QCoreApplication::translate(
                         "StoryText",
                         "%1 reads only the Ethernet header: destination MAC found, forwarded")
                         .arg(who);
    case StepKind::Popped:
        return QCoreApplication::translate("StoryText", "%1: − %2 header (%3 B): %4 opened")
            .arg(whoAt(hop, s), protocolText(s.protocol))
            .arg(s.headerLen)
            .arg(pdu);
    case StepKind::RouterForward:
        return QCoreApplication::translate("StoryText",
                                           "%1: TTL %2 → %3, header checksum 0x%4 → 0x%5")
            .arg(whoAt(hop, s))
            .arg(s.ttlBefore)
            .arg(s.ttlAfter)
            .arg(s.checksumBefore, 4, 16, QLatin1Char('0'))
            .arg(s.checksumAfter, 4, 16, QLatin1Char('0'));
    case StepKind::FrameRebuilt:
        if (s.fragmentIndex > 0)
            return QCoreApplication::translate("StoryText",
                                               "%1: a new frame with new MAC addresses around %2")
                .arg(who, fragmentName(s) + QStringLiteral(" (") + fragmentContents(s) +
                              QLatin1Char(')'));
        return QCoreApplication::translate(
                   "StoryText", "%1: a new frame with new MAC addresses around the same packet")
            .arg(who);
    case StepKind::Delivered:
        if (s.delivery == Delivery::Application)
            return QCoreApplication::translate("StoryText", "%1: handed to the application")
                .arg(who);
        [[fallthrough]];
    case StepKind::Dropped:
    case StepKind::CacheUpdated:
    case StepKind::Answered:
    case StepKind::Held:
    case StepKind::Reassembled:
    case StepKind::Notified:
        return QCoreApplication::translate("StoryText", "%1: %2").arg(who, receiveLine(s));
    }
    return {};
}

QColor protocolColor(Protocol protocol) {
    switch (protocol) {
    case Protocol::Ethernet:
        return QColor(0x7f, 0xb3, 0xe6);
    case Protocol::Arp:
        return QColor(0xf2, 0xb8, 0x6b);
    case Protocol::Ipv4:
        return QColor(0x8f, 0xd1, 0x8f);
    case Protocol::Icmp:
        return QColor(0xc9, 0xa7, 0xeb);
    case Protocol::Udp:
        return QColor(0x7e, 0xd6, 0xcf);
    case Protocol::Tcp:
        return QColor(0xf5, 0xd5, 0x6e);
    case Protocol::Http:
        return QColor(0xf2, 0xa5, 0xc0);
    case Protocol::Dhcp:
        return QColor(0xe8, 0xb4, 0xd8);
    case Protocol::Dns:
        return QColor(0xb8, 0xd8, 0x8f);
    case Protocol::Data:
        return QColor(0xe4, 0xe4, 0xe4);
    }
    return Qt::lightGray;
}

} // namespace ww::inspector
