#include "net/mac_table.h"

#include "net/network.h"

namespace ww {

MacTable::MacTable(Network& net, DeviceId owner, SimTime ageing)
    : net_(net)
    , owner_(owner)
    , ageing_(ageing) {}

MacTable::Entry* MacTable::find(const MacAddress& mac) const {
    const auto it = index_.find(mac.toU64());
    return it == index_.end() ? nullptr : it->second;
}

void MacTable::learn(const MacAddress& mac, PortIndex port) {
    const SimTime now = net_.now();
    Entry* found = find(mac);
    if (!found) {
        const auto inserted = entries_.emplace(mac, Entry{port, now, true}).first;
        index_.emplace(mac.toU64(), &inserted->second);
        net_.emit(MacTableChanged{owner_, mac, port, MacTableChange::Learned});
        scheduleExpiry(mac, now + ageing_);
        return;
    }
    Entry& e = *found;
    e.lastSeen = now;
    if (e.port != port) {
        e.port = port; // the station moved (or a loop): the newest port wins
        net_.emit(MacTableChanged{owner_, mac, port, MacTableChange::Moved});
    }
    // Refreshes are frequent and change nothing a student can see but the
    // age: they are not published, to keep traces readable.
}

std::optional<PortIndex> MacTable::lookup(const MacAddress& mac) const {
    const Entry* e = find(mac);
    if (!e || net_.now() - e->lastSeen >= ageing_)
        return std::nullopt;
    return e->port;
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
        index_.erase(mac.toU64());
        net_.emit(MacTableChanged{owner_, mac, port, MacTableChange::Aged});
    });
}

} // namespace ww
