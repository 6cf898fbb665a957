// IpNode's ICMP (RFC 792): echo, and the error messages it sends and receives.
#include "net/ip_node.h"
#include "net/network.h"
#include "net/ping.h"
#include "net/traceroute.h"
#include "wire/icmp.h"

#include <algorithm>

namespace ww {

namespace {
bool isIcmpError(std::uint8_t type) {
    // RFC 1122 §3.2.2: never answer an error with an error.
    return type == icmp::kDestinationUnreachable || type == icmp::kTimeExceeded || type == 4 ||
           type == 5 || type == 12;
}
} // namespace

void IpNode::receiveIcmp(const ipv4::Repr& ip, ByteView payload, const PduRef& packet) {
    auto parsed = icmp::parse(payload);
    const PduRef message = net_.slicePdu(packet, payload);
    if (!parsed) {
        emit(Drop{id(), kNoLink, DropReason::Malformed, 0, message});
        return;
    }
    const icmp::Repr& m = parsed->repr;
    emit(ReceiveCheck{id(), 0, Check::TransportChecksum, parsed->checksumOk,
                      parsed->expectedChecksum, m.checksum, message});
    if (!parsed->checksumOk) {
        emit(Drop{id(), kNoLink, DropReason::TransportChecksum, 0, message});
        return;
    }
    switch (m.type) {
    case icmp::kEchoRequest: {
        // Like Linux (icmp_echo_ignore_broadcasts=1): echo to broadcast or multicast is ignored.
        if (!isOwnAddress(ip.destination)) {
            emit(Drop{id(), kNoLink, DropReason::NoListener, 0, message});
            return;
        }
        emit(Delivered{id(), Protocol::Icmp, 0, message});
        icmp::Repr reply = m;
        reply.type = icmp::kEchoReply;
        const PduRef replyPdu = net_.makePdu(icmp::emit(reply));
        emit(PduBuilt{id(), Layer::Internet, Protocol::Icmp, PduName::Message, replyPdu});
        sendDatagram(ip.source, ipv4::kIcmp, replyPdu.view(), 64, false, ip.destination);
        return;
    }
    case icmp::kEchoReply:
        if ((!ping_ || !ping_->onEchoReply(ip, m)) &&
            (!traceroute_ || !traceroute_->onEchoReply(ip, m))) {
            emit(Drop{id(), kNoLink, DropReason::NoListener, 0, message});
            return;
        }
        emit(Delivered{id(), Protocol::Icmp, 0, message});
        return;
    case icmp::kDestinationUnreachable:
    case icmp::kTimeExceeded: {
        Ipv4Address originalDestination{};
        if (m.data.size() >= ipv4::kMinHeaderLen)
            originalDestination = Ipv4Address{readU32(m.data, 16)};
        emit(Delivered{id(), Protocol::Icmp, 0, message});
        emit(IcmpErrorReceived{id(), ip.source, m.type, m.code, m.nextHopMtu, originalDestination});
        if (ping_)
            ping_->onError(m.data);
        if (traceroute_)
            traceroute_->onError(ip.source, m);
        return;
    }
    default:
        emit(Drop{id(), kNoLink, DropReason::NoListener, 0, message});
    }
}

void IpNode::sendIcmpError(ByteView offending, std::uint8_t type, std::uint8_t code,
                           std::uint16_t nextHopMtu, std::optional<std::size_t> inInterface) {
    auto parsed = ipv4::parse(offending);
    if (!parsed)
        return;
    const ipv4::Repr& o = parsed->repr;
    // RFC 1122 §3.2.2 / RFC 1812 §4.3.2.7: not about ICMP errors, non-initial
    // fragments, or packets with a source that is not one host.
    if (o.fragmentOffset != 0 || o.source.isUnspecified() || o.source.isLimitedBroadcast() ||
        o.source.isMulticast() || o.destination.isMulticast() || o.destination.isLimitedBroadcast())
        return;
    if (o.protocol == ipv4::kIcmp && !parsed->payload.empty() && isIcmpError(parsed->payload[0]))
        return;
    icmp::Repr error;
    error.type = type;
    error.code = code;
    error.nextHopMtu = nextHopMtu;
    // The offending header plus the first 8 bytes of its data (RFC 792).
    const std::size_t keep = std::min(offending.size(), o.headerLen() + 8);
    error.data.assign(offending.begin(), offending.begin() + keep);
    const PduRef message = net_.makePdu(icmp::emit(error));
    emit(PduBuilt{id(), Layer::Internet, Protocol::Icmp, PduName::Message, message});
    // Source: the interface the offending packet arrived on, which is what
    // traceroute shows as the hop's address.
    std::optional<Ipv4Address> source;
    if (inInterface && interfaces_[*inInterface].address)
        source = interfaces_[*inInterface].address->address;
    sendDatagram(o.source, ipv4::kIcmp, message.view(), 64, false, source);
}

void IpNode::reportLocalError(ByteView offending, std::uint8_t type, std::uint8_t code,
                              std::uint16_t nextHopMtu) {
    auto parsed = ipv4::parse(offending);
    if (!parsed)
        return;
    icmp::Repr error;
    error.type = type;
    error.code = code;
    error.nextHopMtu = nextHopMtu;
    const std::size_t keep = std::min(offending.size(), parsed->repr.headerLen() + 8);
    error.data.assign(offending.begin(), offending.begin() + keep);
    // Never on the wire: the stack tells the application directly, the way
    // ping prints "From <own address> ... Destination Host Unreachable".
    const PduRef message = net_.makePdu(icmp::emit(error));
    emit(PduBuilt{id(), Layer::Internet, Protocol::Icmp, PduName::Message, message});
    emit(IcmpErrorReceived{id(), parsed->repr.source, type, code, nextHopMtu,
                           parsed->repr.destination});
    if (ping_)
        ping_->onError(error.data);
    if (traceroute_)
        traceroute_->onError(parsed->repr.source, error);
}

} // namespace ww
