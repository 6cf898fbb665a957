#pragma once

// DNS servers on UDP and TCP port 53 (docs/dns.md): authoritative (root, TLD or any zone),
// recursive resolver (iterative from root hints), forwarder (a home router's DNS).

#include "sim/time.h"
#include "wire/dns.h"

#include <string>
#include <vector>

namespace ww {
class IpNode;
}

namespace ww::dns {

enum class ServerRole { Authoritative, Resolver, Forwarder };

// A zone as an authoritative server holds it. Names in presentation form without the
// trailing dot ("naver.com", the root "."), every owner at or below origin.
struct Zone {
    std::string origin;
    Soa soa;
    std::uint32_t soaTtl = 3600;
    std::vector<Record> records;
};

struct RootHint {
    std::string name;
    Ipv4Address address;
};

struct ServerConfig {
    ServerRole role = ServerRole::Authoritative;
    std::vector<Zone> zones;             // authoritative
    std::vector<RootHint> rootHints;     // resolver
    std::vector<Ipv4Address> forwarders; // forwarder
    SimTime timeout = 2 * kSecond;       // per upstream try
    int attempts = 2;                    // passes over the server list
};

// Binds UDP 53 and listens on TCP 53 on `node`.
void startServer(IpNode& node, ServerConfig config);

// RFC 1035 §4.2.1: a UDP message carries at most 512 bytes (no EDNS here).
inline constexpr std::size_t kMaxUdpMessage = 512;

} // namespace ww::dns
