#pragma once

#include "wire/address.h"

#include <string>
#include <vector>

namespace ww::lab {

// A host's stub resolver (lab key "resolver", docs/lab-format.md; behaviour in docs/dns.md).
// Defaults are glibc's resolv.conf(5) and nsswitch.conf "hosts: files dns".
enum class ResolverSource { Files, Dns };

struct HostsEntry { // one line of the hosts file: address, name
    std::string name;
    Ipv4Address address;

    bool operator==(const HostsEntry&) const = default;
};

struct Resolver {
    std::vector<Ipv4Address> servers; // "nameserver" lines, tried in order; empty: DHCP option 6
    std::vector<ResolverSource> order{ResolverSource::Files, ResolverSource::Dns};
    std::vector<HostsEntry> hosts;
    int timeout = 5;  // seconds to wait for each answer (RES_TIMEOUT)
    int attempts = 2; // times the server list is tried (RES_DFLRETRY)

    bool operator==(const Resolver&) const = default;
};

} // namespace ww::lab
