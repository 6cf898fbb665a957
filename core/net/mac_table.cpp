#include "net/mac_table.h"

#include "net/network.h"

namespace ww {

MacTable::MacTable(Network& net, DeviceId owner, SimTime ageing)
    : net_(net)
    , owner_(owner)
    , ageing_(ageing) {}

void MacTable::learn(const MacAddress& mac, PortIndex port) {
    const SimTime now = net_.now();
    auto it = entries_.find(mac);
    if (it == entries_.end()) {
        entries_.emplace(mac, Entry{port, now, true});
        net_.emit(MacTableChanged{owner_, mac, port, MacTableChange::Learned});
        scheduleExpiry(mac, now + ageing_);
        return;
    }
    Entry& e = it->second;
    e.lastSeen = now;
    if (e.port != port) {
        e.port = port; // the station moved (or a loop): the newest port wins
        net_.emit(MacTableChanged{owner_, mac, port, MacTableChange::Moved});
    }
    // Refreshes are frequent and change nothing a student can see but the
    // age: they are not published, to keep traces readable.
}

std::optional<PortIndex> MacTable::lookup(const MacAddress& mac) const {
    auto it = entries_.find(mac);
    if (it == entries_.end() || net_.now() - it->second.lastSeen >= ageing_)
        return std::nullopt;
    return it->second.port;
}

void MacTable::scheduleExpiry(const MacAddress& mac, SimTime at) {
    // One pending timer per entry: when it fires early (the entry was
    // refreshed) it re-arms for the new deadline instead of piling up timers.
    net_.sim().scheduleAt(at, [this, mac] {
        auto it = entries_.find(mac);
        if (it == entries_.end())
            return;
        const SimTime deadline = it->second.lastSeen + ageing_;
        if (deadline > net_.now()) {
            scheduleExpiry(mac, deadline);
            return;
        }
        const PortIndex port = it->second.port;
        entries_.erase(it);
        net_.emit(MacTableChanged{owner_, mac, port, MacTableChange::Aged});
    });
}

} // namespace ww
