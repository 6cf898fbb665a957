#pragma once

#include "sim/time.h"
#include "trace/event.h"
#include "wire/address.h"

#include <map>
#include <optional>
#include <unordered_map>

namespace ww {

class Network;

// One interface's ARP cache (RFC 826): IPv4 -> MAC with a lifetime. Entries
// expire on a timer so a live table view shows them leave at the right time.
class ArpCache {
public:
    struct Entry {
        MacAddress mac;
        SimTime expires;
    };

    ArpCache(Network& net, DeviceId owner, PortIndex port);
    // The index points into entries_: a copy would point into the original; a move is fine.
    ArpCache(const ArpCache&) = delete;
    ArpCache& operator=(const ArpCache&) = delete;
    ArpCache(ArpCache&&) = default;

    std::optional<MacAddress> lookup(Ipv4Address ip) const;
    bool contains(Ipv4Address ip) const { return lookup(ip).has_value(); }
    // Inserts, or updates and refreshes; publishes Inserted/Updated.
    void insert(Ipv4Address ip, const MacAddress& mac);
    const std::map<Ipv4Address, Entry>& entries() const { return entries_; }

private:
    void scheduleExpiry(Ipv4Address ip, SimTime at);
    Entry* find(Ipv4Address ip) const;

    Network& net_;
    DeviceId owner_;
    PortIndex port_;
    std::map<Ipv4Address, Entry> entries_;
    // A router resolves every forwarded packet's next hop here: a hash index into the map's
    // nodes (which never move) instead of a walk down a tree of thousands. Never iterated.
    std::unordered_map<std::uint32_t, Entry*> index_;
};

} // namespace ww
