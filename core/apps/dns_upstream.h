#pragma once

// A server's own queries to other servers (a resolver's iterative walk, a forwarder's
// recursive query): over UDP from a fresh ephemeral port with an ID from the run's seeded
// RNG, or over TCP (RFC 7766) after a TC=1 answer. One answer or one timeout per query.

#include "sim/time.h"
#include "trace/dns_event.h"
#include "wire/dns.h"

#include <functional>

namespace ww {
class IpNode;
}

namespace ww::dns {

struct UpstreamQuery {
    std::uint32_t lookup = 0;
    Ipv4Address server;
    std::string name;
    std::uint16_t type = kTypeA;
    bool recursionDesired = false;
    bool tcp = false;
    std::uint8_t attempt = 1;
};

// The response (its question matched, its ID matched), or nullptr after the timeout.
using UpstreamReply = std::function<void(const Message* response)>;

void askUpstream(IpNode& node, const UpstreamQuery& q, SimTime timeout, UpstreamReply reply);

} // namespace ww::dns
