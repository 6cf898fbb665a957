#include "net/ip_node.h"

#include "apps/dns_stub.h"
#include "net/link.h"
#include "net/nat.h"
#include "net/network.h"
#include "net/ping.h"
#include "net/traceroute.h"
#include "transport/tcp_layer.h"
#include "wire/arp.h"
#include "wire/checksum.h"
#include "wire/udp.h"

namespace ww {

namespace {
constexpr Ipv4Address kAllHosts = Ipv4Address::fromOctets(224, 0, 0, 1);   // RFC 1112
constexpr Ipv4Address kAllRouters = Ipv4Address::fromOctets(224, 0, 0, 2); // RFC 1112
} // namespace

IpNode::IpNode(Network& net, DeviceId id, std::string name, IpNodeOptions options)
    : Device(net, id, std::move(name))
    , options_(options)
    // Different start points per node make captures easier to read, and stay deterministic.
    , nextIdentification_(static_cast<std::uint16_t>(0x1000 + id * 0x100)) {
    groups_.insert(kAllHosts);
    if (options_.forwarding)
        groups_.insert(kAllRouters);
}

IpNode::~IpNode() = default;

dns::Stub& IpNode::resolver() {
    if (!resolver_)
        resolver_ = std::make_unique<dns::Stub>(*this);
    return *resolver_;
}

tcp::TcpLayer& IpNode::tcp() {
    if (!tcp_)
        tcp_ = std::make_unique<tcp::TcpLayer>(*this);
    return *tcp_;
}

void IpNode::enableNat(std::size_t insideInterface, std::size_t outsideInterface,
                       SimTime idleTimeout,
                       std::vector<std::pair<Ipv4Address, Ipv4Address>> statics) {
    NatConfig config;
    config.insideInterface = insideInterface;
    config.outsideInterface = outsideInterface;
    config.globalAddress = interfaces_[outsideInterface].address.value_or(Ipv4Prefix{}).address;
    config.idleTimeout = idleTimeout;
    config.statics = std::move(statics);
    nat_ = std::make_unique<Napt>(net_, id(), config);
    // At time 0, once every subscriber is listening.
    net_.sim().scheduleAt(0, [nat = nat_.get()] { nat->announceStatics(); });
}

std::optional<Ipv4Address> IpNode::sourceAddressFor(Ipv4Address destination) const {
    auto route = selectRoute(destination, nullptr);
    if (!route || !interfaces_[route->first].address)
        return std::nullopt;
    return interfaces_[route->first].address->address;
}

std::uint32_t IpNode::mtuToward(Ipv4Address destination) const {
    auto route = selectRoute(destination, nullptr);
    return route ? interfaceMtu(route->first) : 1500;
}

std::uint16_t IpNode::allocateEphemeralPort() {
    // RFC 6335 §6: the dynamic range 49152-65535, in turn.
    const std::uint16_t port = nextEphemeralPort_;
    nextEphemeralPort_ = nextEphemeralPort_ == 65535 ? 49152 : nextEphemeralPort_ + 1;
    return port;
}

TracerouteApp& IpNode::traceroute() {
    if (!traceroute_)
        traceroute_ = std::make_unique<TracerouteApp>(*this);
    return *traceroute_;
}

PingApp& IpNode::ping() {
    if (!ping_)
        ping_ = std::make_unique<PingApp>(*this);
    return *ping_;
}

std::size_t IpNode::addInterface(PortIndex port, MacAddress mac,
                                 std::optional<Ipv4Prefix> address) {
    const std::size_t index = interfaces_.size();
    interfaces_.push_back(
        IpInterface{port, mac, address, std::make_unique<ArpCache>(net_, id(), port)});
    if (address) {
        const Ipv4Prefix net{address->network(), address->length};
        routes_.add(RouteView{net.address, net.length, Ipv4Address{}, static_cast<PortIndex>(index),
                              RouteKind::Connected});
    }
    return index;
}

void IpNode::addRoute(Ipv4Prefix destination, Ipv4Address via) {
    auto outIf = interfaceOnLink(via);
    routes_.add(RouteView{destination.network(), destination.length, via,
                          static_cast<PortIndex>(outIf.value_or(0)),
                          destination.length == 0 ? RouteKind::Default : RouteKind::Static});
}

void IpNode::setDefaultGateway(Ipv4Address gateway) {
    addRoute(Ipv4Prefix{{0}, 0}, gateway);
}

std::optional<std::size_t> IpNode::interfaceForPort(PortIndex port) const {
    for (std::size_t i = 0; i < interfaces_.size(); ++i)
        if (interfaces_[i].port == port)
            return i;
    return std::nullopt;
}

std::optional<std::size_t> IpNode::interfaceOnLink(Ipv4Address a) const {
    for (std::size_t i = 0; i < interfaces_.size(); ++i)
        if (interfaces_[i].address && interfaces_[i].address->contains(a))
            return i;
    return std::nullopt;
}

std::uint32_t IpNode::interfaceMtu(std::size_t ifIndex) const {
    const Port& p = port(interfaces_[ifIndex].port);
    return p.link ? p.link->params().mtu : 1500;
}

bool IpNode::isOwnMac(std::size_t ifIndex, const MacAddress& mac) const {
    if (mac == interfaces_[ifIndex].mac || mac.isBroadcast())
        return true;
    if (!mac.isMulticast())
        return false;
    for (Ipv4Address g : groups_)
        if (MacAddress::forMulticast(g.value) == mac)
            return true;
    return false;
}

bool IpNode::isOwnAddress(Ipv4Address a) const {
    for (const auto& i : interfaces_)
        if (i.address && i.address->address == a)
            return true;
    return false;
}

bool IpNode::isBroadcastFor(std::size_t ifIndex, Ipv4Address a) const {
    const auto& addr = interfaces_[ifIndex].address;
    return a.isLimitedBroadcast() || (addr && addr->length < 31 && addr->broadcast() == a);
}

bool IpNode::isLocalDestination(Ipv4Address d) const {
    if (d.isLimitedBroadcast() || isOwnAddress(d))
        return true;
    if (d.isMulticast())
        return groups_.count(d) != 0;
    for (std::size_t i = 0; i < interfaces_.size(); ++i)
        if (isBroadcastFor(i, d))
            return true;
    return false;
}

void IpNode::receiveFrame(PortIndex port, const PduRef& frame, std::uint64_t frameId) {
    auto ifIndex = interfaceForPort(port);
    auto parsed = ethernet::parseFrame(frame.view(), false);
    if (!ifIndex || !parsed) {
        emit(Drop{id(), kNoLink, DropReason::Malformed, frameId, frame});
        return;
    }
    // A NIC filters on the destination address, then checks the FCS.
    const MacAddress dst = parsed->repr.destination;
    const bool mine = isOwnMac(*ifIndex, dst);
    emit(ReceiveCheck{id(), port, Check::DestinationMac, mine, interfaces_[*ifIndex].mac.toU64(),
                      dst.toU64(), frame});
    if (!mine) {
        emit(Drop{id(), kNoLink, DropReason::NotForThisMac, frameId, frame});
        return;
    }
    const std::uint32_t computed = Network::frameCrc(frame);
    const bool fcsOk = computed == parsed->fcs;
    emit(ReceiveCheck{id(), port, Check::Fcs, fcsOk, computed, parsed->fcs, frame});
    if (!fcsOk) {
        emit(Drop{id(), kNoLink, DropReason::FcsError, frameId, frame});
        return;
    }
    receiveOnInterface(*ifIndex, frame, frameId);
}

void IpNode::receiveOnInterface(std::size_t ifIndex, const PduRef& frame, std::uint64_t frameId) {
    // The FCS was checked on the way in (receiveFrame, or the L3 switch's port).
    auto parsed = ethernet::parseFrame(frame.view(), false);
    if (!parsed) {
        emit(Drop{id(), kNoLink, DropReason::Malformed, frameId, frame});
        return;
    }
    const auto trailer = static_cast<std::uint32_t>(ethernet::kFcsLen);
    emit(HeaderPopped{id(), Layer::NetworkInterface, Protocol::Ethernet, PduName::Frame,
                      static_cast<std::uint32_t>(ethernet::kHeaderLen), trailer, frame});
    switch (parsed->repr.etherType) {
    case ethernet::kArp:
        receiveArp(ifIndex, parsed->payload, frame);
        break;
    case ethernet::kIpv4:
        receiveIpv4(ifIndex, parsed->payload, frame, parsed->repr);
        break;
    default:
        emit(Drop{id(), kNoLink, DropReason::Malformed, frameId, frame});
    }
}

void IpNode::receiveArp(std::size_t ifIndex, ByteView payload, const PduRef& frame) {
    auto parsed = arp::parse(payload);
    IpInterface& iface = interfaces_[ifIndex];
    if (!parsed) {
        emit(Drop{id(), kNoLink, DropReason::Malformed, 0, frame});
        return;
    }
    const arp::Repr& a = *parsed;
    const PduRef packet = net_.slicePdu(frame, payload.first(arp::kPacketLen));
    if (!iface.address) {
        // A valid request or reply, but an interface with no address (a DHCP client
        // before its lease) is never the target and keeps no ARP cache entries.
        emit(Drop{id(), kNoLink, DropReason::NotForThisHost, 0, packet});
        return;
    }
    // RFC 826 "Packet Reception": update the sender if we know it; if we are
    // the target, add it (merge) and answer a request.
    const bool known = iface.arp->contains(a.senderIp);
    // A NAT router also answers for its static global addresses on the outside (proxy ARP).
    const bool forMe =
        a.targetIp == iface.address->address ||
        (nat_ && ifIndex == nat_->config().outsideInterface && nat_->isStaticGlobal(a.targetIp));
    if (!known && !forMe) {
        emit(Drop{id(), kNoLink, DropReason::NotForThisHost, 0, packet});
        return;
    }
    emit(Delivered{id(), Protocol::Arp, 0, packet});
    iface.arp->insert(a.senderIp, a.senderMac);
    if (forMe && a.operation == arp::Operation::Request) {
        const arp::Repr reply{arp::Operation::Reply, iface.mac, a.targetIp, a.senderMac,
                              a.senderIp};
        const PduRef replyPdu = net_.makePdu(arp::emit(reply));
        emit(PduBuilt{id(), Layer::Internet, Protocol::Arp, PduName::Packet, replyPdu});
        frameAndSend(ifIndex, a.senderMac, replyPdu, ethernet::kArp, PacketOrigin{});
    }
    // Anything waiting for this address can go now.
    auto it = pending_.find({ifIndex, a.senderIp});
    if (it != pending_.end()) {
        Pending waiting = std::move(it->second);
        pending_.erase(it);
        emit(ArpResolution{id(), iface.port, a.senderIp, ArpResolutionStep::Resolved,
                           waiting.attempts, static_cast<std::uint32_t>(waiting.packets.size())});
        for (auto& [pkt, origin] : waiting.packets)
            frameAndSend(ifIndex, a.senderMac, pkt, ethernet::kIpv4, origin);
    }
}

void IpNode::receiveIpv4(std::size_t ifIndex, ByteView payload, const PduRef& frame,
                         const ethernet::Repr& eth) {
    auto parsed = ipv4::parse(payload);
    if (!parsed) {
        emit(Drop{id(), kNoLink, DropReason::Malformed, 0, frame});
        return;
    }
    const ipv4::Repr& ip = parsed->repr;
    const std::size_t len = ip.totalLength;
    const PduRef packet = net_.slicePdu(frame, payload.first(len));
    // Recompute to show the value the receiver expected next to the carried one.
    const std::uint16_t computed = foldChecksum(
        onesComplementSumSkipping(payload.first(ip.headerLen()), ipv4::kChecksumOffset));
    emit(ReceiveCheck{id(), interfaces_[ifIndex].port, Check::IpHeaderChecksum, parsed->checksumOk,
                      computed, ip.headerChecksum, packet});
    if (!parsed->checksumOk) {
        emit(Drop{id(), kNoLink, DropReason::HeaderChecksum, 0, packet});
        return;
    }
    // A router that is not on the directed broadcast's network forwards it
    // (RFC 1812 §5.3.5.2) rather than taking it as its own.
    const bool remoteDirectedBroadcast =
        options_.forwarding && !ip.destination.isLimitedBroadcast() &&
        !isBroadcastFor(ifIndex, ip.destination) && isLocalDestination(ip.destination) &&
        !isOwnAddress(ip.destination) && !ip.destination.isMulticast();
    // NAPT: a packet to the global address on a mapped port is for an inside host.
    if (nat_ && ifIndex == nat_->config().outsideInterface) {
        if (auto translated = nat_->inbound(packet.view())) {
            const PduRef inside = net_.makePdu(std::move(*translated));
            forward(ifIndex, ipv4::parse(inside.view())->repr, inside, eth);
            return;
        }
    }
    if (isLocalDestination(ip.destination) && !remoteDirectedBroadcast) {
        deliverLocally(ifIndex, ip, parsed->payload, packet);
        return;
    }
    if (options_.forwarding) {
        forward(ifIndex, ip, packet, eth);
        return;
    }
    const auto& own = interfaces_[ifIndex].address;
    emit(ReceiveCheck{id(), interfaces_[ifIndex].port, Check::DestinationIp, false,
                      own ? own->address.value : 0, ip.destination.value, packet});
    emit(Drop{id(), kNoLink, DropReason::NotForThisHost, 0, packet});
}

void IpNode::deliverLocally(std::size_t ifIndex, const ipv4::Repr& ipIn, ByteView payloadIn,
                            const PduRef& packetIn) {
    const auto& own = interfaces_[ifIndex].address;
    emit(ReceiveCheck{id(), interfaces_[ifIndex].port, Check::DestinationIp, true,
                      own ? own->address.value : 0, ipIn.destination.value, packetIn});
    ipv4::Repr ip = ipIn;
    ByteView payload = payloadIn;
    PduRef packet = packetIn;
    if (ip.isFragment()) {
        bool fresh = false;
        std::uint32_t count = 0;
        if (ip.fragmentOffsetBytes() + payload.size() + ip.headerLen() > 65535) {
            emit(Drop{id(), kNoLink, DropReason::Malformed, 0, packet}); // would overflow 64 KiB
            return;
        }
        auto whole = reassembly_.add(ip, payload, net_.now(), &fresh, &count);
        emit(FragmentHeld{id(), ip.source, ip.identification,
                          static_cast<std::uint32_t>(ip.fragmentOffsetBytes()),
                          static_cast<std::uint32_t>(payload.size()), !ip.moreFragments});
        if (fresh) {
            const auto key = Reassembly::keyOf(ip);
            const SimTime started = net_.now();
            net_.sim().schedule(net_.settings().reassemblyTimeout,
                                [this, key, started] { reassemblyTimeout(key, started); });
        }
        if (!whole)
            return;
        packet = net_.makePdu(std::move(*whole));
        emit(Reassembled{id(), count, packet});
        auto reparsed = ipv4::parse(packet.view());
        ip = reparsed->repr;
        payload = reparsed->payload;
    }
    emit(HeaderPopped{id(), Layer::Internet, Protocol::Ipv4, PduName::Packet,
                      static_cast<std::uint32_t>(ip.headerLen()), 0, packet});
    switch (ip.protocol) {
    case ipv4::kIcmp:
        receiveIcmp(ip, payload, packet);
        break;
    case ipv4::kUdp:
        receiveUdp(ifIndex, ip, payload, packet);
        break;
    case ipv4::kTcp:
        if (isOwnAddress(ip.destination))
            tcp().segmentArrived(ip, payload, packet);
        else
            emit(Drop{id(), kNoLink, DropReason::NotForThisHost, 0, packet}); // TCP is unicast only
        break;
    default:
        if (isOwnAddress(ip.destination))
            sendIcmpError(packet.view(), icmp::kDestinationUnreachable, icmp::kProtocolUnreachable,
                          0, ifIndex);
        emit(Drop{id(), kNoLink, DropReason::ProtocolUnreachable, 0, packet});
    }
}

void IpNode::reassemblyTimeout(Reassembly::Key key, SimTime started) {
    auto expired = reassembly_.expire(key, started);
    if (!expired)
        return;
    PduRef first;
    if (expired->firstHeader) {
        // RFC 792: time exceeded (code 1) only when fragment zero arrived.
        const Bytes& piece = expired->pieces.begin()->second;
        Bytes original = ipv4::emit(*expired->firstHeader, piece);
        first = net_.makePdu(original);
        sendIcmpError(first.view(), icmp::kTimeExceeded, icmp::kReassemblyTimeExceeded, 0,
                      std::nullopt);
    }
    emit(Drop{id(), kNoLink, DropReason::ReassemblyTimeout, 0, first});
}

void IpNode::receiveUdp(std::size_t ifIndex, const ipv4::Repr& ip, ByteView payload,
                        const PduRef& packet) {
    auto parsed = udp::parse(payload, ip.source, ip.destination);
    if (!parsed) {
        emit(Drop{id(), kNoLink, DropReason::Malformed, 0, packet});
        return;
    }
    const PduRef datagram = net_.slicePdu(packet, payload);
    emit(ReceiveCheck{id(), 0, Check::TransportChecksum, parsed->checksumOk,
                      parsed->expectedChecksum, parsed->checksum, datagram});
    if (!parsed->checksumOk) {
        emit(Drop{id(), kNoLink, DropReason::TransportChecksum, 0, datagram});
        return;
    }
    emit(HeaderPopped{id(), Layer::Transport, Protocol::Udp, PduName::Datagram,
                      static_cast<std::uint32_t>(udp::kHeaderLen), 0, datagram});
    const std::uint16_t port = parsed->repr.destinationPort;
    const auto app = udpPorts_.find(port);
    const bool listening = app != udpPorts_.end();
    emit(ReceiveCheck{id(), 0, Check::Port, listening, port, port, datagram});
    if (listening) {
        const PduRef data = net_.slicePdu(datagram, parsed->payload);
        emit(Delivered{id(), Protocol::Udp, port, data});
        if (app->second)
            app->second(UdpReceived{ifIndex, ip.source, parsed->repr.sourcePort, ip.destination,
                                    port, data.view()});
        return;
    }
    // RFC 1122 §4.1.3.1: port unreachable, but never for broadcast/multicast.
    if (isOwnAddress(ip.destination))
        sendIcmpError(packet.view(), icmp::kDestinationUnreachable, icmp::kPortUnreachable, 0,
                      interfaceOnLink(ip.source));
    emit(Drop{id(), kNoLink, DropReason::PortUnreachable, 0, datagram});
}

std::uint16_t IpNode::sendUdp(Ipv4Address destination, std::uint16_t port, ByteView payload,
                              const UdpSend& how) {
    const PduRef data = net_.makePdu(Bytes(payload.begin(), payload.end()));
    emit(PduBuilt{id(), Layer::Application, Protocol::Data, PduName::Message, data});
    Ipv4Address source{};
    if (how.sourceAddress) {
        source = *how.sourceAddress;
    } else if (how.outInterface) {
        source = interfaces_[*how.outInterface].address.value_or(Ipv4Prefix{}).address;
    } else {
        auto route = selectRoute(destination, nullptr);
        if (route && interfaces_[route->first].address)
            source = interfaces_[route->first].address->address;
    }
    const std::uint16_t sourcePort = how.sourcePort ? how.sourcePort : allocateEphemeralPort();
    const PduRef datagram =
        net_.makePdu(udp::emit(udp::Repr{sourcePort, port}, payload, source, destination));
    emit(HeaderPushed{id(), Layer::Transport, Protocol::Udp, PduName::Datagram,
                      static_cast<std::uint32_t>(udp::kHeaderLen), 0, datagram});
    sendDatagram(destination, ipv4::kUdp, datagram.view(), how.ttl, false, source,
                 how.outInterface);
    return sourcePort;
}

void IpNode::configureInterface(std::size_t ifIndex, Ipv4Prefix address) {
    IpInterface& itf = interfaces_[ifIndex];
    if (itf.address) {
        const Ipv4Prefix old{itf.address->network(), itf.address->length};
        routes_.remove(old.address, old.length);
    }
    itf.address = address;
    routes_.add(RouteView{address.network(), address.length, Ipv4Address{},
                          static_cast<PortIndex>(ifIndex), RouteKind::Connected});
}

} // namespace ww
