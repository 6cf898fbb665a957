#pragma once

#include "sim/time.h"
#include "wire/address.h"

#include <cstdint>
#include <optional>

namespace ww {
class IpNode;
}

namespace ww::dhcp {

// What a DHCP server hands out (RFC 2131 §4.3) on one of its node's interfaces.
struct ServerConfig {
    std::size_t interface = 0;      // where it listens and answers; its address is the server id
    Ipv4Address poolStart, poolEnd; // inclusive
    std::optional<Ipv4Address> gateway;
    std::optional<Ipv4Address> dns;
    std::uint32_t leaseSeconds = 3600;
};

// A DHCP server on UDP port 67 (RFC 2131 §4.3): offers the lowest free pool address
// (the same one again to a client it knows), commits it on DHCPREQUEST with DHCPACK,
// answers DHCPNAK to a request for an address it cannot give, and takes renewals.
void startServer(IpNode& node, const ServerConfig& config);

// A DHCP client on UDP port 68 for one interface (RFC 2131 §4.4): INIT -> SELECTING
// (DHCPDISCOVER, retried after 4, 8, 16... s) -> REQUESTING (DHCPREQUEST for the first
// offer) -> BOUND (address, mask, default gateway, DNS server configured), then
// RENEWING at T1 (half the lease) with a unicast DHCPREQUEST to the server.
void startClient(IpNode& node, std::size_t interface, SimTime at);

} // namespace ww::dhcp
