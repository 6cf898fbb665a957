#include "net/nat.h"

#include "net/network.h"
#include "wire/checksum.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"
#include "wire/udp.h"

namespace ww {

namespace {

// The flow's port: TCP/UDP source or destination port, the ICMP echo identifier.
struct Flow {
    ipv4::Repr ip;
    Bytes transport;
    std::uint16_t sourcePort = 0, destinationPort = 0;
};

std::optional<Flow> flowOf(ByteView packet) {
    auto p = ipv4::parse(packet);
    if (!p || p->repr.isFragment())
        return std::nullopt; // fragments carry no ports after the first: not translated
    Flow f{p->repr, Bytes(p->payload.begin(), p->payload.end())};
    ByteView t = f.transport;
    if ((f.ip.protocol == ipv4::kTcp || f.ip.protocol == ipv4::kUdp) && t.size() >= 4) {
        f.sourcePort = readU16(t, 0);
        f.destinationPort = readU16(t, 2);
        return f;
    }
    if (f.ip.protocol == ipv4::kIcmp && t.size() >= 8 &&
        (t[0] == icmp::kEchoRequest || t[0] == icmp::kEchoReply)) {
        f.sourcePort = f.destinationPort = readU16(t, 4); // the identifier plays both roles
        return f;
    }
    return std::nullopt;
}

// Re-emits the packet with new addresses/ports and fresh checksums (RFC 3022 §4.2).
Bytes rebuild(Flow f, bool rewriteSource, Ipv4Address address, std::uint16_t port) {
    if (rewriteSource)
        f.ip.source = address;
    else
        f.ip.destination = address;
    Bytes& t = f.transport;
    if (f.ip.protocol == ipv4::kIcmp) {
        writeU16(t, 4, port);
        writeU16(t, 2, 0);
        auto m = icmp::parse(t);
        t = icmp::emit(m->repr);
    } else {
        writeU16(t, rewriteSource ? 0 : 2, port);
        if (f.ip.protocol == ipv4::kTcp) {
            if (auto s = tcp::parse(t, f.ip.source, f.ip.destination))
                t = tcp::emit(s->repr, s->payload, f.ip.source, f.ip.destination);
        } else if (auto u = udp::parse(t, f.ip.source, f.ip.destination)) {
            t = udp::emit(u->repr, Bytes(u->payload.begin(), u->payload.end()), f.ip.source,
                          f.ip.destination);
        }
    }
    return ipv4::emit(f.ip, t);
}

// Static NAT: only an address changes. The IPv4 header is re-emitted; the TCP/UDP
// checksum, which covers the address through the pseudo-header, is adjusted (RFC 1624),
// which also works for a first fragment and leaves later fragments alone.
Bytes rewriteAddress(ByteView packet, bool source, Ipv4Address to) {
    auto p = ipv4::parse(packet);
    ipv4::Repr ip = p->repr;
    Ipv4Address& field = source ? ip.source : ip.destination;
    const Ipv4Address from = field;
    field = to;
    Bytes t(p->payload.begin(), p->payload.end());
    const std::size_t at = ip.protocol == ipv4::kTcp ? 16 : ip.protocol == ipv4::kUdp ? 6 : 0;
    if (at && ip.fragmentOffset == 0 && t.size() >= at + 2) {
        std::uint16_t sum = readU16(t, at);
        if (!(ip.protocol == ipv4::kUdp && sum == 0)) { // UDP 0: no checksum to adjust
            sum = updateChecksum(sum, static_cast<std::uint16_t>(from.value >> 16),
                                 static_cast<std::uint16_t>(to.value >> 16));
            sum = updateChecksum(sum, static_cast<std::uint16_t>(from.value),
                                 static_cast<std::uint16_t>(to.value));
            writeU16(t, at, sum);
        }
    }
    return ipv4::emit(ip, t);
}

} // namespace

Napt::Napt(Network& net, DeviceId owner, NatConfig config)
    : net_(net)
    , owner_(owner)
    , config_(config) {}

void Napt::expireIdle() {
    for (auto it = byInside_.begin(); it != byInside_.end();) {
        if (net_.now() - it->second.lastUsed < config_.idleTimeout) {
            ++it;
            continue;
        }
        const Mapping m = it->second;
        net_.emit(NatMappingChanged{owner_, std::get<0>(it->first), m.insideAddress, m.insidePort,
                                    config_.globalAddress, m.globalPort, false});
        byGlobal_.erase({std::get<0>(it->first), m.globalPort});
        it = byInside_.erase(it);
    }
}

std::uint16_t Napt::allocatePort(std::uint8_t protocol, std::uint16_t preferred) {
    // Keep the inside port when it is free (as Linux does), else the next free one.
    std::uint16_t port = preferred ? preferred : 1024;
    for (int tries = 0; tries < 65536; ++tries) {
        if (port >= 1024 && !byGlobal_.count({protocol, port}))
            return port;
        port = port == 65535 ? 1024 : static_cast<std::uint16_t>(port + 1);
    }
    return 0;
}

bool Napt::isStaticGlobal(Ipv4Address a) const {
    for (const auto& [inside, global] : config_.statics)
        if (global == a)
            return true;
    return false;
}

void Napt::announceStatics() {
    for (const auto& [inside, global] : config_.statics)
        net_.emit(NatMappingChanged{owner_, 0, inside, 0, global, 0, true});
}

std::optional<Bytes> Napt::outbound(ByteView packet) {
    if (auto p = ipv4::parse(packet))
        for (const auto& [inside, global] : config_.statics)
            if (p->repr.source == inside)
                return rewriteAddress(packet, true, global);
    auto f = flowOf(packet);
    if (!f)
        return std::nullopt;
    expireIdle();
    const Key key{f->ip.protocol, f->ip.source.value, f->sourcePort};
    auto it = byInside_.find(key);
    if (it == byInside_.end()) {
        const std::uint16_t port = allocatePort(f->ip.protocol, f->sourcePort);
        if (!port)
            return std::nullopt;
        it = byInside_.emplace(key, Mapping{f->ip.source, f->sourcePort, port, net_.now()}).first;
        byGlobal_[{f->ip.protocol, port}] = key;
        net_.emit(NatMappingChanged{owner_, f->ip.protocol, f->ip.source, f->sourcePort,
                                    config_.globalAddress, port, true});
    }
    it->second.lastUsed = net_.now();
    return rebuild(*f, true, config_.globalAddress, it->second.globalPort);
}

std::optional<Bytes> Napt::inbound(ByteView packet) {
    if (auto p = ipv4::parse(packet))
        for (const auto& [inside, global] : config_.statics)
            if (p->repr.destination == global)
                return rewriteAddress(packet, false, inside);
    auto f = flowOf(packet);
    if (!f || f->ip.destination != config_.globalAddress)
        return std::nullopt;
    expireIdle();
    auto g = byGlobal_.find({f->ip.protocol, f->destinationPort});
    if (g == byGlobal_.end())
        return std::nullopt;
    Mapping& m = byInside_.at(g->second);
    m.lastUsed = net_.now();
    return rebuild(*f, false, m.insideAddress, m.insidePort);
}

} // namespace ww
