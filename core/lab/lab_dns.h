#pragma once

// The lab file's "dns" key on hosts and routers: a DNS server (docs/lab-format.md).

#include "wire/address.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ww::lab {

enum class DnsServerRole { Authoritative, Resolver, Forwarder };

// One resource record as written in the lab file. name: relative to the zone's origin
// ("www"), "@" for the origin itself, or absolute with a trailing dot. value by type:
// A "10.9.0.80"; NS, CNAME, PTR a domain name (relative or absolute); MX "10 mail".
struct DnsRecordEntry {
    std::string name;
    std::uint16_t type = 1; // dns::Type: A, NS, CNAME, PTR, MX
    std::uint32_t ttl = 3600;
    std::string value;

    bool operator==(const DnsRecordEntry&) const = default;
};

struct DnsSoaEntry { // RFC 1035 §3.3.13
    std::string mname = "ns1";
    std::string rname = "hostmaster";
    std::uint32_t serial = 1;
    std::uint32_t refresh = 3600;
    std::uint32_t retry = 600;
    std::uint32_t expire = 86400;
    std::uint32_t minimum = 300; // RFC 2308: the negative-caching TTL
    std::uint32_t ttl = 3600;

    bool operator==(const DnsSoaEntry&) const = default;
};

struct DnsZoneEntry {
    std::string origin; // absolute: "naver.com.", "com.", "." for the root
    DnsSoaEntry soa;
    std::vector<DnsRecordEntry> records;

    bool operator==(const DnsZoneEntry&) const = default;
};

struct DnsRootHint { // a resolver's starting point (the named.root file)
    std::string name;
    Ipv4Address address;

    bool operator==(const DnsRootHint&) const = default;
};

struct DnsServerEntry {
    DnsServerRole role = DnsServerRole::Authoritative;
    std::vector<DnsZoneEntry> zones;     // authoritative
    std::vector<DnsRootHint> rootHints;  // resolver
    std::vector<Ipv4Address> forwarders; // forwarder: the upstream resolvers, in order
    double timeout = 2;                  // resolver, forwarder: seconds per upstream try
    int attempts = 2;                    // tries of the whole server list

    bool operator==(const DnsServerEntry&) const = default;
};

const char* dnsRoleKey(DnsServerRole role); // "authoritative", "resolver", "forwarder"

} // namespace ww::lab

namespace ww::lab {

// A zone-file name made absolute, in the wire library's presentation form (no trailing dot,
// the root as "."): "www" in "naver.com." -> "www.naver.com"; "@" -> "naver.com";
// "ns1.naver.com." -> "ns1.naver.com". origin must end in a dot.
std::string dnsAbsoluteName(const std::string& name, const std::string& origin);

} // namespace ww::lab
