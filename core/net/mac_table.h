#pragma once

#include "sim/time.h"
#include "trace/event.h"
#include "wire/address.h"

#include <functional>
#include <map>
#include <optional>

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

    // Learns or refreshes `mac` on `port` and reports what changed.
    void learn(const MacAddress& mac, PortIndex port);
    std::optional<PortIndex> lookup(const MacAddress& mac) const;
    const std::map<MacAddress, Entry>& entries() const { return entries_; }

private:
    void scheduleExpiry(const MacAddress& mac, SimTime at);

    Network& net_;
    DeviceId owner_;
    SimTime ageing_;
    std::map<MacAddress, Entry> entries_;
};

} // namespace ww
