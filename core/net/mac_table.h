#pragma once

#include "sim/time.h"
#include "trace/event.h"
#include "wire/address.h"

#include <functional>
#include <map>
#include <optional>
#include <unordered_map>

namespace ww {

class Network;

// IEEE 802.1D filtering database: source MAC -> port, aged out after
// `ageing` without traffic from that MAC. Ordered map: iteration order (and
// so any table view) is deterministic.
class MacTable {
public:
    struct Entry {
        PortIndex port;
        SimTime lastSeen;
        bool expiryPending = false;
    };

    MacTable(Network& net, DeviceId owner, SimTime ageing);
    // The index points into entries_: a copy would point into the original; a move is fine.
    MacTable(const MacTable&) = delete;
    MacTable& operator=(const MacTable&) = delete;
    MacTable(MacTable&&) = default;

    // Learns or refreshes `mac` on `port` and reports what changed.
    void learn(const MacAddress& mac, PortIndex port);
    std::optional<PortIndex> lookup(const MacAddress& mac) const;
    const std::map<MacAddress, Entry>& entries() const { return entries_; }

private:
    void scheduleExpiry(const MacAddress& mac, SimTime at);
    Entry* find(const MacAddress& mac) const;

    Network& net_;
    DeviceId owner_;
    SimTime ageing_;
    std::map<MacAddress, Entry> entries_;
    // Every frame looks its source and destination up: a hash index into the map's nodes (which
    // never move) instead of a walk down a tree of thousands. Only looked up, never iterated.
    std::unordered_map<std::uint64_t, Entry*> index_;
};

} // namespace ww
