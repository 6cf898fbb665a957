// IpNode output: route selection, forwarding, fragmentation, ARP resolution, framing.
#include "net/ip_node.h"
#include "net/nat.h"
#include "net/network.h"
#include "wire/arp.h"
#include "wire/checksum.h"
#include "wire/icmp.h"

#include <algorithm>

namespace ww {

namespace {
// Bytes of packets that may wait for one ARP answer: Linux's default unres_qlen_bytes,
// so every fragment of a 64 KiB datagram waits rather than only the first few.
constexpr std::size_t kMaxQueuedBytesPerNextHop = 212'992;
} // namespace

std::optional<std::pair<std::size_t, Ipv4Address>> IpNode::selectRoute(Ipv4Address destination,
                                                                       RouteView* used) const {
    if (interfaces_.empty())
        return std::nullopt;
    if (destination.isLimitedBroadcast() || destination.isMulticast()) {
        // Not routed: leave by the interface a route would pick, else the first with an address.
        auto r = routes_.longestPrefixMatch(destination);
        std::size_t out = r ? r->port : 0;
        if (!r)
            for (std::size_t i = 0; i < interfaces_.size(); ++i)
                if (interfaces_[i].address) {
                    out = i;
                    break;
                }
        if (used)
            *used =
                RouteView{destination, 32, {}, static_cast<PortIndex>(out), RouteKind::Connected};
        return std::pair{out, destination};
    }
    auto r = routes_.longestPrefixMatch(destination);
    if (!r)
        return std::nullopt;
    if (used)
        *used = *r;
    const Ipv4Address nextHop = r->nextHop.isUnspecified() ? destination : r->nextHop;
    return std::pair{std::size_t{r->port}, nextHop};
}

bool IpNode::sendDatagram(Ipv4Address destination, std::uint8_t protocol, ByteView payload,
                          std::uint8_t ttl, bool dontFragment, std::optional<Ipv4Address> source,
                          std::optional<std::size_t> outInterface) {
    return originate(destination, protocol, nullptr, payload, ttl, dontFragment, source,
                     outInterface);
}

bool IpNode::sendDatagramPdu(Ipv4Address destination, std::uint8_t protocol, const PduRef& payload,
                             std::uint8_t ttl, bool dontFragment,
                             std::optional<Ipv4Address> source) {
    return originate(destination, protocol, &payload, payload.view(), ttl, dontFragment, source,
                     std::nullopt);
}

bool IpNode::originate(Ipv4Address destination, std::uint8_t protocol, const PduRef* payloadPdu,
                       ByteView payload, std::uint8_t ttl, bool dontFragment,
                       std::optional<Ipv4Address> source, std::optional<std::size_t> outInterface) {
    auto route = selectRoute(destination, nullptr);
    // A broadcast on a chosen network (a DHCP server answering on one of its interfaces).
    if (outInterface && (destination.isLimitedBroadcast() || destination.isMulticast()))
        route = std::pair{*outInterface, destination};
    ipv4::Repr ip;
    ip.identification = nextIdentification_++;
    ip.dontFragment = dontFragment;
    ip.ttl = ttl;
    ip.protocol = protocol;
    ip.destination = destination;
    if (source)
        ip.source = *source;
    else if (route && interfaces_[route->first].address)
        ip.source = interfaces_[route->first].address->address;
    const std::size_t headerLen = ip.headerLen();
    PduRef packet;
    if (payloadPdu) {
        packet = net_.wrapPdu(*payloadPdu, headerLen, 0);
    } else {
        packet = net_.makePdu(headerLen + payload.size(), Network::kPduRoom, Network::kPduRoom);
        std::copy(payload.begin(), payload.end(),
                  packet.fill().begin() + static_cast<std::ptrdiff_t>(headerLen));
    }
    ipv4::writeHeader(ip, packet.fill());
    emit(HeaderPushed{id(), Layer::Internet, Protocol::Ipv4, PduName::Packet,
                      static_cast<std::uint32_t>(ip.headerLen()), 0, packet});
    if (!route) {
        emit(Drop{id(), kNoLink, DropReason::NoRoute, 0, packet});
        return false;
    }
    sendVia(route->first, route->second, packet, PacketOrigin{});
    return true;
}

void IpNode::forward(std::size_t inIf, const ipv4::Repr& ipIn, const PduRef& packetIn,
                     const ethernet::Repr& eth) {
    ipv4::Repr ip = ipIn;
    PduRef packet = packetIn;
    if (ip.destination.isLimitedBroadcast() || ip.destination.isMulticast()) {
        emit(Drop{id(), kNoLink, DropReason::BroadcastNotForwarded, 0, packet});
        return;
    }
    if (options_.internet && ip.destination.isPrivate()) {
        // RFC 1918 §3: private addresses are not routed on the public internet.
        emit(Drop{id(), kNoLink, DropReason::PrivateDestination, 0, packet});
        return;
    }
    // RFC 1812 §5.3.1: a packet whose TTL would reach 0 is discarded, with Time Exceeded.
    if (ip.ttl <= 1) {
        sendIcmpError(packet.view(), icmp::kTimeExceeded, icmp::kTtlExceeded, 0, inIf);
        emit(Drop{id(), kNoLink, DropReason::TtlExpired, 0, packet});
        return;
    }
    RouteView used{};
    auto route = selectRoute(ip.destination, &used);
    if (!route) {
        sendIcmpError(packet.view(), icmp::kDestinationUnreachable, icmp::kNetUnreachable, 0, inIf);
        emit(Drop{id(), kNoLink, DropReason::NoRoute, 0, packet});
        return;
    }
    if (isBroadcastFor(route->first, ip.destination) && !options_.directedBroadcast) {
        emit(Drop{id(), kNoLink, DropReason::BroadcastNotForwarded, 0, packet});
        return;
    }
    // NAPT (RFC 3022): from the inside out, the source becomes the global address.
    if (nat_ && inIf == nat_->config().insideInterface &&
        route->first == nat_->config().outsideInterface) {
        auto translated = nat_->outbound(packet.view());
        if (!translated) {
            emit(Drop{id(), kNoLink, DropReason::NatUntranslatable, 0, packet});
            return;
        }
        packet = net_.makePdu(std::move(*translated));
        ip = ipv4::parse(packet.view())->repr;
    }
    // TTL - 1 and the RFC 1624 incremental checksum update on the TTL/protocol word.
    // A copy: the packet as received stays as the events that showed it saw it.
    const PduRef out = net_.makePdu(packet.size(), Network::kPduRoom, Network::kPduRoom);
    const MutableByteView bytes = out.fill();
    std::copy(packet.view().begin(), packet.view().end(), bytes.begin());
    const std::uint16_t oldWord = readU16(bytes, ipv4::kTtlOffset);
    const std::uint16_t oldSum = readU16(bytes, ipv4::kChecksumOffset);
    bytes[ipv4::kTtlOffset] = static_cast<std::uint8_t>(ip.ttl - 1);
    const std::uint16_t newSum = updateChecksum(oldSum, oldWord, readU16(bytes, ipv4::kTtlOffset));
    writeU16(bytes, ipv4::kChecksumOffset, newSum);
    emit(RouterDecision{id(), interfaces_[inIf].port, ip.destination, used, route->second, ip.ttl,
                        static_cast<std::uint8_t>(ip.ttl - 1), oldSum, newSum, out});
    sendVia(route->first, route->second, out,
            PacketOrigin{true, inIf, eth.source, eth.destination});
}

void IpNode::sendVia(std::size_t outIf, Ipv4Address nextHop, const PduRef& packet,
                     const PacketOrigin& origin) {
    const std::uint32_t mtu = interfaceMtu(outIf);
    if (packet.size() <= mtu) {
        resolveAndSend(outIf, nextHop, packet, origin);
        return;
    }
    // Fragment from the packet's own header, never from a caller's Repr: a Repr
    // built for emit() has no total length yet (the sender-fragments crash).
    auto parsed = ipv4::parse(packet.view());
    if (!parsed) {
        emit(Drop{id(), kNoLink, DropReason::Malformed, 0, packet});
        return;
    }
    const ipv4::Repr& ip = parsed->repr;
    if (ip.dontFragment) {
        // RFC 1191: tell the source the next-hop MTU so it can send smaller packets.
        if (origin.forwarded)
            sendIcmpError(packet.view(), icmp::kDestinationUnreachable, icmp::kFragmentationNeeded,
                          static_cast<std::uint16_t>(mtu), origin.inInterface);
        else
            reportLocalError(packet.view(), icmp::kDestinationUnreachable,
                             icmp::kFragmentationNeeded, static_cast<std::uint16_t>(mtu));
        emit(Drop{id(), kNoLink, DropReason::FragmentationNeeded, 0, packet});
        return;
    }
    // RFC 791 §3.2 fragmentation: data in multiples of 8 bytes, every fragment but
    // the last with MF set; offsets relative to this packet's own offset. Options
    // go in the first fragment only (we model none with the copied flag).
    const ByteView data = parsed->payload;
    std::vector<PduRef> fragments;
    std::size_t done = 0;
    while (done < data.size()) {
        ipv4::Repr part = ip;
        if (done != 0)
            part.options.clear();
        // The link format's MTU floor is 68 (RFC 791: 60-byte header + 8 data bytes),
        // so there is always room for one 8-byte block.
        const std::size_t room =
            ((std::max<std::size_t>(mtu, part.headerLen() + 8) - part.headerLen()) / 8) * 8;
        const std::size_t take = std::min(room, data.size() - done);
        part.fragmentOffset = static_cast<std::uint16_t>(ip.fragmentOffset + done / 8);
        part.moreFragments = (done + take < data.size()) || ip.moreFragments;
        const std::size_t headerLen = part.headerLen();
        const PduRef f = net_.makePdu(headerLen + take, Network::kPduRoom, Network::kPduRoom);
        const ByteView piece = data.subspan(done, take);
        std::copy(piece.begin(), piece.end(),
                  f.fill().begin() + static_cast<std::ptrdiff_t>(headerLen));
        ipv4::writeHeader(part, f.fill());
        fragments.push_back(f);
        done += take;
    }
    emit(Fragmented{id(), packet, mtu, fragments});
    for (const PduRef& f : fragments)
        resolveAndSend(outIf, nextHop, f, origin);
}

void IpNode::resolveAndSend(std::size_t outIf, Ipv4Address nextHop, const PduRef& packet,
                            const PacketOrigin& origin) {
    IpInterface& iface = interfaces_[outIf];
    if (isBroadcastFor(outIf, nextHop)) {
        frameAndSend(outIf, MacAddress::broadcast(), packet, ethernet::kIpv4, origin);
        return;
    }
    if (nextHop.isMulticast()) {
        frameAndSend(outIf, MacAddress::forMulticast(nextHop.value), packet, ethernet::kIpv4,
                     origin);
        return;
    }
    if (auto mac = iface.arp->lookup(nextHop)) {
        frameAndSend(outIf, *mac, packet, ethernet::kIpv4, origin);
        return;
    }
    auto [it, fresh] = pending_.try_emplace({outIf, nextHop});
    Pending& p = it->second;
    // RFC 1122 §2.3.2.2: keep at least one packet per unresolved address.
    if (!fresh && p.queuedBytes + packet.size() > kMaxQueuedBytesPerNextHop) {
        emit(Drop{id(), kNoLink, DropReason::ArpQueueFull, 0, packet});
        return;
    }
    p.queuedBytes += packet.size();
    p.packets.emplace_back(packet, origin);
    if (!fresh)
        return;
    p.attempts = 1;
    emit(ArpResolution{id(), iface.port, nextHop, ArpResolutionStep::Started, 1, 1});
    sendArpRequest(outIf, nextHop);
}

void IpNode::sendArpRequest(std::size_t outIf, Ipv4Address target) {
    const IpInterface& iface = interfaces_[outIf];
    const arp::Repr request{arp::Operation::Request, iface.mac,
                            iface.address ? iface.address->address : Ipv4Address{}, MacAddress{},
                            target};
    const PduRef pdu = net_.makePdu(arp::emit(request));
    emit(PduBuilt{id(), Layer::Internet, Protocol::Arp, PduName::Packet, pdu});
    frameAndSend(outIf, MacAddress::broadcast(), pdu, ethernet::kArp, PacketOrigin{});
    net_.sim().schedule(net_.settings().arpRetryInterval,
                        [this, outIf, target] { arpRetry(outIf, target); });
}

void IpNode::arpRetry(std::size_t outIf, Ipv4Address target) {
    auto it = pending_.find({outIf, target});
    if (it == pending_.end())
        return; // answered meanwhile
    Pending& p = it->second;
    const PortIndex port = interfaces_[outIf].port;
    if (p.attempts < static_cast<std::uint32_t>(net_.settings().arpRetries)) {
        ++p.attempts;
        emit(ArpResolution{id(), port, target, ArpResolutionStep::Retried, p.attempts,
                           static_cast<std::uint32_t>(p.packets.size())});
        sendArpRequest(outIf, target);
        return;
    }
    Pending failed = std::move(p);
    pending_.erase(it);
    emit(ArpResolution{id(), port, target, ArpResolutionStep::Failed, failed.attempts,
                       static_cast<std::uint32_t>(failed.packets.size())});
    // RFC 1122 §2.3.2.2 / RFC 1812 §4.3.3.1: host unreachable to whoever sent them.
    for (auto& [packet, origin] : failed.packets) {
        emit(Drop{id(), kNoLink, DropReason::ArpFailed, 0, packet});
        if (origin.forwarded)
            sendIcmpError(packet.view(), icmp::kDestinationUnreachable, icmp::kHostUnreachable, 0,
                          origin.inInterface);
        else
            reportLocalError(packet.view(), icmp::kDestinationUnreachable, icmp::kHostUnreachable);
    }
}

void IpNode::frameAndSend(std::size_t outIf, const MacAddress& destination, const PduRef& payload,
                          std::uint16_t etherType, const PacketOrigin& origin) {
    const IpInterface& iface = interfaces_[outIf];
    const auto trailer = static_cast<std::uint32_t>(ethernet::frameLength(payload.size()) -
                                                    ethernet::kHeaderLen - payload.size());
    const PduRef frame = net_.wrapPdu(payload, ethernet::kHeaderLen, trailer);
    Network::rememberFrameCrc(
        frame, ethernet::writeFrame(ethernet::Repr{destination, iface.mac, etherType}, frame.fill(),
                                    payload.size()));
    emit(HeaderPushed{id(), Layer::NetworkInterface, Protocol::Ethernet, PduName::Frame,
                      static_cast<std::uint32_t>(ethernet::kHeaderLen), trailer, frame});
    if (origin.forwarded)
        emit(FrameRebuilt{id(), origin.inSource, origin.inDestination, iface.mac, destination,
                          iface.port, frame});
    transmitOnInterface(outIf, frame);
}

void IpNode::transmitOnInterface(std::size_t ifIndex, const PduRef& frame) {
    transmit(interfaces_[ifIndex].port, frame);
}

} // namespace ww
