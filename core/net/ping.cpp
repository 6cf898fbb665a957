#include "net/ping.h"

#include "net/ip_node.h"
#include "net/network.h"

namespace ww {

PingApp::PingApp(IpNode& node)
    : node_(node)
    // Deterministic, and different per device so captures are easy to read.
    , nextIdentifier_(static_cast<std::uint16_t>(0x5700 + node.id() * 0x10)) {}

std::uint16_t PingApp::openSession() {
    const std::uint16_t id = nextIdentifier_++;
    sessions_[id] = Session{};
    return id;
}

void PingApp::sendEcho(std::uint16_t session, Ipv4Address destination, std::uint16_t dataSize,
                       std::uint8_t ttl, bool dontFragment) {
    Network& net = node_.network();
    Session& s = sessions_[session];
    icmp::Repr echo;
    echo.type = icmp::kEchoRequest;
    echo.identifier = session;
    echo.sequence = s.nextSequence++;
    echo.data.resize(dataSize);
    // iputils fills the data after its timestamp with 0x10, 0x11, ...; we do the same from byte 0.
    for (std::size_t i = 0; i < echo.data.size(); ++i)
        echo.data[i] = static_cast<std::uint8_t>(0x10 + i);
    const PduRef message = net.makePdu(icmp::emit(echo));
    net.emit(PduBuilt{node_.id(), Layer::Internet, Protocol::Icmp, PduName::Message, message});
    s.outstanding[echo.sequence] = net.now();
    ++sent_;
    node_.sendDatagram(destination, ipv4::kIcmp, message.view(), ttl, dontFragment);
}

bool PingApp::onEchoReply(const ipv4::Repr& ip, const icmp::Repr& reply) {
    auto session = sessions_.find(reply.identifier);
    if (session == sessions_.end())
        return false;
    auto& outstanding = session->second.outstanding;
    auto it = outstanding.find(reply.sequence);
    if (it == outstanding.end())
        return false; // a duplicate or a stale reply
    Network& net = node_.network();
    const SimTime rtt = net.now() - it->second;
    outstanding.erase(it);
    ++received_;
    net.emit(PingReply{node_.id(), ip.source, reply.identifier, reply.sequence, ip.ttl, rtt,
                       static_cast<std::uint32_t>(reply.data.size() + icmp::kHeaderLen)});
    return true;
}

void PingApp::onError(ByteView quoted) {
    // The quoted header + 8 bytes hold our ICMP header with id and sequence.
    const std::size_t at = quoted.size() >= 20 ? (quoted[0] & 0x0f) * 4u : 0;
    if (at == 0 || quoted.size() < at + 8 || quoted[at] != icmp::kEchoRequest)
        return;
    auto session = sessions_.find(readU16(quoted, at + 4));
    if (session == sessions_.end())
        return;
    session->second.outstanding.erase(readU16(quoted, at + 6));
    ++errors_;
}

} // namespace ww
