#include "models/live_tables.h"

#include <algorithm>

namespace ww::ui {

namespace {

// An expiry removes the whole RRset (RFC 2181 §5.2: one TTL for all its records), or
// the negative entry for that name and type.
void applyDnsCacheChange(decltype(DeviceState::dnsCache)& cache, const DnsCacheChanged& c,
                         SimTime t) {
    const bool negative =
        c.change == DnsCacheChange::NegativeAdded || c.change == DnsCacheChange::NegativeExpired;
    if (c.change == DnsCacheChange::Added || c.change == DnsCacheChange::NegativeAdded) {
        cache[{c.cache, c.name, c.qtype, c.data}] =
            DnsCacheEntry{c.cache, c.name, c.qtype, c.data, c.ttl, t, negative};
        return;
    }
    std::erase_if(cache, [&](const auto& entry) {
        const DnsCacheEntry& e = entry.second;
        return e.cache == c.cache && e.name == c.name && e.qtype == c.qtype &&
               e.negative == negative;
    });
}

} // namespace

void NetworkState::apply(const Event& event) {
    ++applied;
    auto at = [this](DeviceId id) -> DeviceState* {
        return id < devices.size() ? &devices[id] : nullptr;
    };
    const SimTime t = event.time;
    if (const auto* m = std::get_if<MacTableChanged>(&event.kind)) {
        if (DeviceState* d = at(m->device)) {
            if (m->change == MacTableChange::Aged)
                d->macTable.erase(m->mac);
            else if (m->change == MacTableChange::Refreshed && d->macTable.count(m->mac))
                d->macTable[m->mac].port = m->port;
            else
                d->macTable[m->mac] = MacEntry{m->port, t};
        }
    } else if (const auto* a = std::get_if<ArpCacheChanged>(&event.kind)) {
        if (DeviceState* d = at(a->device)) {
            const std::pair key{a->port, a->ip};
            if (a->change == ArpCacheChange::Expired)
                d->arpCache.erase(key);
            else
                d->arpCache[key] = ArpEntry{a->mac, a->port, t};
        }
    } else if (const auto* n = std::get_if<NatMappingChanged>(&event.kind)) {
        if (DeviceState* d = at(n->device)) {
            const std::tuple key{n->protocol, n->insideAddress.value, n->insidePort};
            if (n->created)
                d->natTable[key] = NatEntry{n->protocol,      n->insideAddress, n->insidePort,
                                            n->globalAddress, n->globalPort,    t};
            else
                d->natTable.erase(key);
        }
    } else if (const auto* l = std::get_if<InterfaceConfigured>(&event.kind)) {
        if (DeviceState* d = at(l->device))
            d->dhcpLeases[l->port] =
                DhcpLease{l->port, Ipv4Prefix{l->address, l->prefixLength}, l->gateway};
    } else if (const auto* dc = std::get_if<DnsCacheChanged>(&event.kind)) {
        if (DeviceState* d = at(dc->device))
            applyDnsCacheChange(d->dnsCache, *dc, t);
    } else if (const auto* c = std::get_if<TcpStateChanged>(&event.kind)) {
        if (DeviceState* d = at(c->conn.device)) {
            if (c->to == TcpState::Closed)
                d->tcpConnections.erase(c->conn.connection);
            else
                d->tcpConnections[c->conn.connection] = TcpEntry{c->conn, c->to, t};
        }
    }
}

LiveTables::LiveTables(std::shared_ptr<const RecordedRun> run, std::size_t snapshotEvery)
    : run_(std::move(run))
    , every_(std::max<std::size_t>(snapshotEvery, 1)) {
    NetworkState s;
    s.devices.resize(run_ ? run_->devices().size() : 0);
    snapshots_.push_back(s);
    if (run_) {
        const auto& events = run_->events();
        for (std::size_t i = 0; i < events.size(); ++i) {
            s.apply(events[i]);
            if (s.applied % every_ == 0)
                snapshots_.push_back(s);
        }
    }
    current_ = snapshots_.front();
}

const NetworkState& LiveTables::stateAt(std::size_t applied) {
    const std::size_t total = run_ ? run_->events().size() : 0;
    applied = std::min(applied, total);
    // Continue from the last state when that is closer than the snapshot before.
    const std::size_t k = applied / every_;
    const bool forwardFromCurrent = current_.applied <= applied && current_.applied >= k * every_;
    if (!forwardFromCurrent)
        current_ = snapshots_[k];
    while (current_.applied < applied)
        current_.apply(run_->events()[current_.applied]);
    return current_;
}

} // namespace ww::ui
