#include "transport/tcp_layer.h"

#include "net/ip_node.h"
#include "net/network.h"

#include <algorithm>

namespace ww::tcp {

TcpLayer::TcpLayer(IpNode& node)
    : node_(node) {}

TcpLayer::~TcpLayer() = default;

void TcpLayer::emit(EventKind&& kind) {
    node_.network().emit(std::move(kind));
}
SimTime TcpLayer::now() const {
    return node_.network().now();
}
Simulator& TcpLayer::sim() {
    return node_.network().sim();
}

std::uint16_t TcpLayer::mssFor(Ipv4Address remote) const {
    // RFC 9293 §3.7.1: the interface MTU less the IPv4 and TCP headers (1500 -> 1460).
    const std::uint32_t mtu = node_.mtuToward(remote);
    return static_cast<std::uint16_t>(mtu > 40 ? mtu - 40 : kDefaultMss);
}

Connection& TcpLayer::create(const TcpConnectionRef& ref, ConnectionOptions options) {
    all_.push_back(
        std::make_unique<Connection>(*this, static_cast<std::uint32_t>(all_.size()), ref, options));
    Connection& c = *all_.back();
    c.ref_.connection = c.id();
    active_[keyOf(c.ref_)] = &c;
    return c;
}

void TcpLayer::forget(Connection& c) {
    active_.erase(keyOf(c.ref()));
}

void TcpLayer::listen(std::uint16_t port, AcceptHandler onAccept, ConnectionOptions options) {
    listeners_[port] = Listener{std::move(onAccept), options};
}

Connection* TcpLayer::connect(Ipv4Address destination, std::uint16_t port,
                              ConnectionOptions options, std::uint16_t localPort) {
    auto source = node_.sourceAddressFor(destination);
    if (!source)
        return nullptr;
    TcpConnectionRef ref{node_.id(),  0,
                         *source,     localPort ? localPort : node_.allocateEphemeralPort(),
                         destination, port};
    // A real stack refuses a second connect() on addresses and ports in use
    // (EADDRINUSE): two connections with one key would take each other's segments.
    if (active_.count(keyOf(ref)) != 0)
        return nullptr;
    Connection& c = create(ref, options);
    // RFC 9293 §3.4.1 wants unpredictable ISNs; the seeded stream keeps runs repeatable.
    c.open(static_cast<std::uint32_t>(node_.network().rng().next()));
    return &c;
}

void TcpLayer::transmit(const TcpConnectionRef& ref, const Repr& seg, ByteView payload) {
    Network& net = node_.network();
    const std::size_t headerLen = seg.headerLen();
    PduRef segment;
    if (!payload.empty()) {
        // The data with room in front for every header, so none of them copies it again.
        const PduRef data =
            net.makePdu(payload.size(), Network::kPduRoom + tcp::kMaxHeaderLen, Network::kPduRoom);
        std::copy(payload.begin(), payload.end(), data.fill().begin());
        emit(PduBuilt{node_.id(), Layer::Application, Protocol::Data, PduName::Message, data});
        segment = net.wrapPdu(data, headerLen, 0);
    } else {
        segment = net.makePdu(headerLen, Network::kPduRoom, Network::kPduRoom);
    }
    tcp::writeHeader(seg, segment.fill(), ref.localAddress, ref.remoteAddress);
    emit(HeaderPushed{node_.id(), Layer::Transport, Protocol::Tcp, PduName::Segment,
                      static_cast<std::uint32_t>(headerLen), 0, segment});
    // Real stacks set DF on TCP for path MTU discovery; without PMTUD here, leave it clear.
    node_.sendDatagramPdu(ref.remoteAddress, ipv4::kTcp, segment, 64, false, ref.localAddress);
}

void TcpLayer::sendReset(const TcpConnectionRef& ref, std::uint32_t seq, std::uint32_t ack,
                         bool withAck) {
    Repr rst;
    rst.sourcePort = ref.localPort;
    rst.destinationPort = ref.remotePort;
    rst.sequence = seq;
    rst.acknowledgment = withAck ? ack : 0;
    rst.flags = kRst | (withAck ? kAck : 0);
    transmit(ref, rst, {});
}

void TcpLayer::segmentArrived(const ipv4::Repr& ip, ByteView bytes, const PduRef& packet) {
    Network& net = node_.network();
    auto parsed = parse(bytes, ip.source, ip.destination);
    if (!parsed) {
        emit(Drop{node_.id(), kNoLink, DropReason::Malformed, 0, packet});
        return;
    }
    const PduRef segment = net.slicePdu(packet, bytes);
    const Repr& seg = parsed->repr;
    emit(ReceiveCheck{node_.id(), 0, Check::TransportChecksum, parsed->checksumOk,
                      parsed->expectedChecksum, seg.checksum, segment});
    if (!parsed->checksumOk) {
        emit(Drop{node_.id(), kNoLink, DropReason::TransportChecksum, 0, segment});
        return;
    }
    emit(HeaderPopped{node_.id(), Layer::Transport, Protocol::Tcp, PduName::Segment,
                      static_cast<std::uint32_t>(seg.headerLen()), 0, segment});
    const TcpConnectionRef ref{node_.id(),          0,         ip.destination,
                               seg.destinationPort, ip.source, seg.sourcePort};
    auto it = active_.find(keyOf(ref));
    const auto listener = listeners_.find(seg.destinationPort);
    const bool known = it != active_.end() || (listener != listeners_.end() && seg.has(kSyn) &&
                                               !seg.has(kAck) && !seg.has(kRst));
    emit(ReceiveCheck{node_.id(), 0, Check::Port, known, seg.destinationPort, seg.destinationPort,
                      segment});
    if (!parsed->payload.empty())
        emit(Delivered{node_.id(), Protocol::Tcp, seg.destinationPort,
                       net.slicePdu(segment, parsed->payload)});
    if (it != active_.end()) {
        Connection& c = *it->second;
        const bool receiving = c.state() == State::Established || c.state() == State::FinWait1 ||
                               c.state() == State::FinWait2;
        if (receiving && !parsed->payload.empty())
            emit(ReceiveCheck{node_.id(), 0, Check::SequenceNumber, seg.sequence == c.rcvNxt(),
                              c.rcvNxt(), seg.sequence, segment});
        c.segmentArrived(seg, parsed->payload);
        return;
    }
    if (known) {
        Connection& c = create(ref, listener->second.options);
        c.accept(static_cast<std::uint32_t>(net.rng().next()), seg);
        if (listener->second.onAccept)
            listener->second.onAccept(c);
        return;
    }
    // RFC 9293 §3.10.7.1: a segment for a CLOSED port gets a RST (never answer a RST).
    emit(Drop{node_.id(), kNoLink, DropReason::TcpNoConnection, 0, segment});
    if (seg.has(kRst))
        return;
    if (seg.has(kAck))
        sendReset(ref, seg.acknowledgment, 0, false);
    else
        sendReset(ref, 0, seg.sequence + seg.sequenceSpace(parsed->payload.size()), true);
}

} // namespace ww::tcp
