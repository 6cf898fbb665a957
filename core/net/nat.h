#pragma once

#include "sim/time.h"
#include "trace/event.h"
#include "wire/address.h"
#include "wire/bytes.h"

#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace ww {

class Network;

struct NatConfig {
    std::size_t insideInterface = 0;
    std::size_t outsideInterface = 1;
    Ipv4Address globalAddress; // the outside interface's address (NAPT)
    SimTime idleTimeout = 60 * kSecond;
    // Static one-to-one mappings (RFC 3022 §2.1): inside address <-> its own global address.
    std::vector<std::pair<Ipv4Address, Ipv4Address>> statics;
};

// RFC 3022 NAT on a router. Static NAT first: an inside address listed in the
// configuration always appears as its own global address (any protocol, ports
// unchanged). Otherwise NAPT: inside hosts share the router's global address; each flow
// (protocol, inside address, inside port or ICMP echo identifier) gets a
// global port. Outbound packets have their source rewritten, inbound ones
// addressed to a mapped global port their destination; the IPv4 header and
// the TCP/UDP/ICMP checksums are recomputed. Mappings idle for longer than
// the timeout are removed.
class Napt {
public:
    Napt(Network& net, DeviceId owner, NatConfig config);

    const NatConfig& config() const { return config_; }
    // Rewrites an outbound packet's source; nullopt when it cannot be translated.
    std::optional<Bytes> outbound(ByteView packet);
    // Rewrites an inbound packet for a mapped global port; nullopt when none matches.
    std::optional<Bytes> inbound(ByteView packet);
    // A static global address: the router answers ARP for it on the outside.
    bool isStaticGlobal(Ipv4Address a) const;
    // Publishes the static mappings (they exist from the start).
    void announceStatics();

    struct Mapping {
        Ipv4Address insideAddress;
        std::uint16_t insidePort;
        std::uint16_t globalPort;
        SimTime lastUsed;
    };
    using Key =
        std::tuple<std::uint8_t, std::uint32_t, std::uint16_t>; // protocol, inside address, port
    const std::map<Key, Mapping>& mappings() const { return byInside_; }

private:
    void expireIdle();
    std::uint16_t allocatePort(std::uint8_t protocol, std::uint16_t preferred);

    Network& net_;
    DeviceId owner_;
    NatConfig config_;
    std::map<Key, Mapping> byInside_;
    std::map<std::pair<std::uint8_t, std::uint16_t>, Key> byGlobal_; // protocol, global port
};

} // namespace ww
