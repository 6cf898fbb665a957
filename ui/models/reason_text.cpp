#include "models/reason_text.h"

#include <QCoreApplication>

namespace ww::ui {

namespace {
QString t(const char* text) {
    return QCoreApplication::translate("ReasonText", text);
}
} // namespace

QString dropReasonText(DropReason reason) {
    switch (reason) {
    case DropReason::LinkLoss:
        return t(QT_TRANSLATE_NOOP("ReasonText", "lost on the link"));
    case DropReason::Injected:
        return t(QT_TRANSLATE_NOOP("ReasonText", "dropped by you"));
    case DropReason::QueueFull:
        return t(QT_TRANSLATE_NOOP("ReasonText", "transmit queue full"));
    case DropReason::FcsError:
        return t(QT_TRANSLATE_NOOP("ReasonText", "FCS error (corrupted)"));
    case DropReason::NotForThisMac:
        return t(QT_TRANSLATE_NOOP("ReasonText", "not for this MAC"));
    case DropReason::SameSegment:
        return t(QT_TRANSLATE_NOOP("ReasonText", "filtered (same segment)"));
    case DropReason::Malformed:
        return t(QT_TRANSLATE_NOOP("ReasonText", "malformed"));
    case DropReason::HeaderChecksum:
        return t(QT_TRANSLATE_NOOP("ReasonText", "IP header checksum wrong"));
    case DropReason::NotForThisHost:
        return t(QT_TRANSLATE_NOOP("ReasonText", "not for this host"));
    case DropReason::NoRoute:
        return t(QT_TRANSLATE_NOOP("ReasonText", "no route"));
    case DropReason::TtlExpired:
        return t(QT_TRANSLATE_NOOP("ReasonText", "TTL expired"));
    case DropReason::ArpFailed:
        return t(QT_TRANSLATE_NOOP("ReasonText", "ARP got no answer"));
    case DropReason::ArpQueueFull:
        return t(QT_TRANSLATE_NOOP("ReasonText", "too many packets waiting for ARP"));
    case DropReason::FragmentationNeeded:
        return t(QT_TRANSLATE_NOOP("ReasonText", "too big for the MTU, DF set"));
    case DropReason::ReassemblyTimeout:
        return t(QT_TRANSLATE_NOOP("ReasonText", "reassembly timed out"));
    case DropReason::BroadcastNotForwarded:
        return t(QT_TRANSLATE_NOOP("ReasonText", "broadcast not forwarded"));
    case DropReason::PortUnreachable:
        return t(QT_TRANSLATE_NOOP("ReasonText", "port unreachable"));
    case DropReason::ProtocolUnreachable:
        return t(QT_TRANSLATE_NOOP("ReasonText", "protocol unreachable"));
    case DropReason::PrivateDestination:
        return t(QT_TRANSLATE_NOOP("ReasonText", "private address not routed"));
    case DropReason::NoListener:
        return t(QT_TRANSLATE_NOOP("ReasonText", "nobody waiting for it"));
    case DropReason::TransportChecksum:
        return t(QT_TRANSLATE_NOOP("ReasonText", "checksum wrong"));
    case DropReason::TcpNoConnection:
        return t(QT_TRANSLATE_NOOP("ReasonText", "no TCP connection (RST sent)"));
    case DropReason::FrameTooBig:
        return t(QT_TRANSLATE_NOOP("ReasonText", "frame larger than the link's MTU"));
    case DropReason::TcpUnacceptable:
        return t(QT_TRANSLATE_NOOP("ReasonText", "outside the TCP window (ACK sent)"));
    case DropReason::NatUntranslatable:
        return t(QT_TRANSLATE_NOOP("ReasonText", "NAT cannot translate it"));
    }
    return QString::fromLatin1(toString(reason));
}

QString checkText(Check check) {
    switch (check) {
    case Check::DestinationMac:
        return t(QT_TRANSLATE_NOOP("ReasonText", "destination MAC"));
    case Check::Fcs:
        return t(QT_TRANSLATE_NOOP("ReasonText", "FCS"));
    case Check::IpHeaderChecksum:
        return t(QT_TRANSLATE_NOOP("ReasonText", "IP header checksum"));
    case Check::DestinationIp:
        return t(QT_TRANSLATE_NOOP("ReasonText", "destination IP"));
    case Check::TransportChecksum:
        return t(QT_TRANSLATE_NOOP("ReasonText", "transport checksum"));
    case Check::Port:
        return t(QT_TRANSLATE_NOOP("ReasonText", "port"));
    case Check::SequenceNumber:
        return t(QT_TRANSLATE_NOOP("ReasonText", "sequence number"));
    }
    return QString::fromLatin1(toString(check));
}

QString macTableChangeText(MacTableChange change) {
    switch (change) {
    case MacTableChange::Learned:
        return t(QT_TRANSLATE_NOOP("ReasonText", "learned"));
    case MacTableChange::Moved:
        return t(QT_TRANSLATE_NOOP("ReasonText", "moved"));
    case MacTableChange::Refreshed:
        return t(QT_TRANSLATE_NOOP("ReasonText", "refreshed"));
    case MacTableChange::Aged:
        return t(QT_TRANSLATE_NOOP("ReasonText", "aged out"));
    }
    return {};
}

QString arpCacheChangeText(ArpCacheChange change) {
    switch (change) {
    case ArpCacheChange::Inserted:
        return t(QT_TRANSLATE_NOOP("ReasonText", "added"));
    case ArpCacheChange::Updated:
        return t(QT_TRANSLATE_NOOP("ReasonText", "updated"));
    case ArpCacheChange::Expired:
        return t(QT_TRANSLATE_NOOP("ReasonText", "expired"));
    }
    return {};
}

QString arpStepText(ArpResolutionStep step) {
    switch (step) {
    case ArpResolutionStep::Started:
        return t(QT_TRANSLATE_NOOP("ReasonText", "started"));
    case ArpResolutionStep::Retried:
        return t(QT_TRANSLATE_NOOP("ReasonText", "asked again"));
    case ArpResolutionStep::Resolved:
        return t(QT_TRANSLATE_NOOP("ReasonText", "resolved"));
    case ArpResolutionStep::Failed:
        return t(QT_TRANSLATE_NOOP("ReasonText", "failed"));
    }
    return {};
}

QString actionText(ActionKind action) {
    switch (action) {
    case ActionKind::Ping:
        return t(QT_TRANSLATE_NOOP("ReasonText", "ping"));
    case ActionKind::UdpSend:
        return t(QT_TRANSLATE_NOOP("ReasonText", "UDP to"));
    case ActionKind::TcpConnect:
        return t(QT_TRANSLATE_NOOP("ReasonText", "TCP connection to"));
    case ActionKind::HttpGet:
        return t(QT_TRANSLATE_NOOP("ReasonText", "HTTP GET from"));
    case ActionKind::DnsLookup:
        return t(QT_TRANSLATE_NOOP("ReasonText", "DNS lookup via"));
    case ActionKind::Traceroute:
        return t(QT_TRANSLATE_NOOP("ReasonText", "traceroute to"));
    }
    return {};
}

QString congestionChangeText(CongestionChange change) {
    switch (change) {
    case CongestionChange::Grew:
        return t(QT_TRANSLATE_NOOP("ReasonText", "grew"));
    case CongestionChange::FastRetransmit:
        return t(QT_TRANSLATE_NOOP("ReasonText", "fast retransmit: halved"));
    case CongestionChange::PartialAck:
        return t(QT_TRANSLATE_NOOP("ReasonText", "partial ACK"));
    case CongestionChange::RecoveryEnded:
        return t(QT_TRANSLATE_NOOP("ReasonText", "recovery ended"));
    case CongestionChange::Timeout:
        return t(QT_TRANSLATE_NOOP("ReasonText", "timeout: back to 1 segment"));
    }
    return {};
}

QString retransmitReasonText(RetransmitReason reason) {
    switch (reason) {
    case RetransmitReason::Timeout:
        return t(QT_TRANSLATE_NOOP("ReasonText", "timeout"));
    case RetransmitReason::FastRetransmit:
        return t(QT_TRANSLATE_NOOP("ReasonText", "fast retransmit"));
    case RetransmitReason::PartialAck:
        return t(QT_TRANSLATE_NOOP("ReasonText", "partial ACK"));
    case RetransmitReason::Probe:
        return t(QT_TRANSLATE_NOOP("ReasonText", "window probe"));
    }
    return {};
}

} // namespace ww::ui
