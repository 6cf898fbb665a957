// The receiving side's words and the story's title (translation context "StoryText").
#include "inspector/story_text.h"
#include "proto/protocol_registry.h"
#include "wire/arp.h"
#include "wire/ethernet.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"

#include <QCoreApplication>

namespace ww::inspector {

namespace {

QString ipText(Ipv4Address a) {
    return QString::fromStdString(a.toString());
}

QString icmpErrorText(ByteView message) {
    const auto m = icmp::parse(message);
    if (!m)
        return QStringLiteral("ICMP");
    if (m->repr.type == icmp::kTimeExceeded)
        return QCoreApplication::translate("StoryText", "time exceeded");
    if (m->repr.type == icmp::kDestinationUnreachable && m->repr.code == 4)
        return QCoreApplication::translate("StoryText", "fragmentation needed, next-hop MTU %1")
            .arg(m->repr.nextHopMtu);
    if (m->repr.type == icmp::kDestinationUnreachable)
        switch (m->repr.code) {
        case 0:
            return QCoreApplication::translate("StoryText", "network unreachable");
        case 1:
            return QCoreApplication::translate("StoryText", "host unreachable");
        case 2:
            return QCoreApplication::translate("StoryText", "protocol unreachable");
        case 3:
            return QCoreApplication::translate("StoryText", "port unreachable");
        default:
            return QCoreApplication::translate("StoryText", "destination unreachable");
        }
    return QStringLiteral("ICMP %1").arg(m->repr.type);
}

// The protocol an ICMP error goes back to: the one that sent the offending packet.
QString offenderText(std::uint8_t ipProtocol) {
    switch (ipProtocol) {
    case ipv4::kUdp:
        return QStringLiteral("UDP");
    case ipv4::kTcp:
        return QStringLiteral("TCP");
    case ipv4::kIcmp:
        return QCoreApplication::translate("StoryText", "ICMP (the ping's echo request)");
    default:
        return QStringLiteral("IP");
    }
}

} // namespace

QString fragmentName(const StoryStep& s) {
    return QCoreApplication::translate("StoryText", "fragment %1/%2")
        .arg(s.fragmentIndex)
        .arg(s.fragmentCount);
}

QString fragmentPrefix(const StoryStep& s) {
    return s.fragmentIndex > 0 ? fragmentName(s) + QStringLiteral(": ") : QString();
}

QString fragmentContents(const StoryStep& s) {
    ByteView packet = s.pdu.view();
    if (s.protocol == Protocol::Ethernet && packet.size() > ethernet::kHeaderLen)
        packet = packet.subspan(ethernet::kHeaderLen);
    const auto ip = ipv4::parse(packet);
    if (!ip)
        return {};
    const std::size_t from = ip->repr.fragmentOffsetBytes();
    const std::size_t to = from + ip->payload.size() - 1;
    const QString transport = ip->repr.protocol == ipv4::kIcmp  ? QStringLiteral("ICMP")
                              : ip->repr.protocol == ipv4::kUdp ? QStringLiteral("UDP")
                              : ip->repr.protocol == ipv4::kTcp ? QStringLiteral("TCP")
                                                                : QStringLiteral("IP");
    // Only the first fragment carries the transport header; the others are raw bytes of it.
    const QString what =
        from == 0 ? QCoreApplication::translate("StoryText", "%1 header + data, bytes %2–%3")
                  : QCoreApplication::translate("StoryText", "%1 data, bytes %2–%3");
    return what.arg(transport).arg(from).arg(to) +
           QCoreApplication::translate("StoryText", "; offset %1 (×8 = %2), MF %3")
               .arg(ip->repr.fragmentOffset)
               .arg(from)
               .arg(ip->repr.moreFragments ? 1 : 0);
}

QString receiveLine(const StoryStep& s) {
    switch (s.kind) {
    case StepKind::Delivered:
        switch (s.delivery) {
        case Delivery::Application:
            return QCoreApplication::translate("StoryPainter", "→ to the application");
        case Delivery::ArpModule:
            return QCoreApplication::translate("StoryText",
                                               "→ to the ARP module (no IP, no application)");
        case Delivery::IcmpEcho:
            return QCoreApplication::translate(
                "StoryText",
                "→ echo request to ICMP in the Internet layer (kernel, no application)");
        case Delivery::PingProgram:
            return QCoreApplication::translate("StoryText", "→ echo reply to the ping program");
        case Delivery::IcmpError:
            return QCoreApplication::translate("StoryText", "→ ICMP error (%1) to %2, which sent "
                                                            "the offending packet")
                .arg(icmpErrorText(s.pdu.view()), offenderText(s.offendingProtocol));
        }
        break;
    case StepKind::CacheUpdated:
        return QCoreApplication::translate("StoryText", "ARP cache: %1 → %2")
            .arg(ipText(s.cacheIp), QString::fromStdString(s.cacheMac.toString()));
    case StepKind::Answered:
        if (s.protocol == Protocol::Arp) {
            const auto reply = arp::parse(s.pdu.view());
            if (reply)
                return QCoreApplication::translate("StoryText", "ARP reply sent: %1 is at %2")
                    .arg(ipText(reply->senderIp),
                         QString::fromStdString(reply->senderMac.toString()));
        }
        return QCoreApplication::translate("StoryText", "ICMP answers with an echo reply");
    case StepKind::Held:
        return QCoreApplication::translate("StoryText",
                                           "%1 held for reassembly: bytes %2–%3, MF %4")
            .arg(fragmentName(s))
            .arg(s.offsetBytes)
            .arg(s.offsetBytes + s.dataLen - 1)
            .arg(s.lastFragment ? 0 : 1);
    case StepKind::Reassembled:
        return QCoreApplication::translate("StoryText",
                                           "reassembled: %1 fragments → one %2-byte datagram")
            .arg(s.fragmentCount)
            .arg(s.totalLen());
    case StepKind::Notified:
        if (s.offendingProtocol == ipv4::kIcmp)
            return QCoreApplication::translate("StoryText", "→ the ping program is told: %1")
                .arg(icmpErrorText(s.pdu.view()));
        return QCoreApplication::translate("StoryText",
                                           "→ %1 tells the application that sent it: %2")
            .arg(offenderText(s.offendingProtocol), icmpErrorText(s.pdu.view()));
    case StepKind::Dropped:
        if (s.protocol == Protocol::Arp && s.dropReason == DropReason::NotForThisHost) {
            const auto a = arp::parse(s.pdu.view());
            if (a)
                return QCoreApplication::translate("StoryText",
                                                   "ARP asks for %1, not this host: ignored")
                    .arg(ipText(a->targetIp));
        }
        return dropText(s.dropReason);
    default:
        break;
    }
    return {};
}

// Said once, in the registry, so the story, the event list and the header diagram agree.
QString layerPlacementNote(Protocol protocol) {
    return protocol == Protocol::Arp ? proto::arpPlacement() : QString();
}

QString storyPduText(const EncapsulationStory& story) {
    if (story.hops.empty())
        return {};
    const StoryStep* top = nullptr;
    for (const StoryStep& s : story.hops.front().steps) {
        if (s.kind != StepKind::Built && s.kind != StepKind::Pushed)
            continue;
        // Innermost first: the HTTP message, not its body; the ICMP message, not the packet.
        if (!top || s.layer > top->layer || (s.layer == top->layer && s.protocol != Protocol::Ipv4))
            top = &s;
    }
    if (!top)
        return {};
    if (top->protocol == Protocol::Arp)
        if (const auto a = arp::parse(top->pdu.view()))
            return a->operation == arp::Operation::Request
                       ? QCoreApplication::translate("StoryText", "ARP request (who has %1?)")
                             .arg(ipText(a->targetIp))
                       : QCoreApplication::translate("StoryText", "ARP reply (%1 is at %2)")
                             .arg(ipText(a->senderIp),
                                  QString::fromStdString(a->senderMac.toString()));
    if (top->protocol == Protocol::Icmp)
        if (const auto m = icmp::parse(top->pdu.view())) {
            if (m->repr.type == icmp::kEchoRequest)
                return QCoreApplication::translate("StoryText", "ICMP echo request");
            if (m->repr.type == icmp::kEchoReply)
                return QCoreApplication::translate("StoryText", "ICMP echo reply");
            return QCoreApplication::translate("StoryText", "ICMP error message (%1)")
                .arg(icmpErrorText(top->pdu.view()));
        }
    return pduCaption(top->protocol, top->name);
}

QString storyTitle(const EncapsulationStory& story) {
    if (story.empty())
        return story.problem;
    const QString what = story.fragmentIndex > 0
                             ? QCoreApplication::translate("StoryText", "fragment %1/%2 of the %3")
                                   .arg(story.fragmentIndex)
                                   .arg(story.fragmentCount)
                                   .arg(storyPduText(story))
                             : storyPduText(story);
    const QString from = story.hops.front().deviceName;
    const Audience& a = story.audience;
    QString to;
    switch (a.kind) {
    case AudienceKind::Unicast:
        to = a.receiver;
        break;
    case AudienceKind::LanBroadcast:
    case AudienceKind::DirectedBroadcast:
        to = QCoreApplication::translate("StoryText", "everyone on %1").arg(a.network);
        break;
    case AudienceKind::Multicast:
        to =
            a.members.isEmpty()
                ? QCoreApplication::translate("StoryText", "group %1 (no host joined)").arg(a.group)
                : QCoreApplication::translate("StoryText", "group %1 (%2 joined)")
                      .arg(a.group, a.members.join(QStringLiteral(", ")));
        break;
    }
    if (to.isEmpty())
        return QCoreApplication::translate("StoryPainter",
                                           "Encapsulation and decapsulation: %1 from %2")
            .arg(what, from);
    return QCoreApplication::translate("StoryPainter",
                                       "Encapsulation and decapsulation: %1 from %2 to %3")
        .arg(what, from, to);
}

} // namespace ww::inspector
