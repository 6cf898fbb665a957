#include "dns/dns_walk_builder.h"

#include "dns/dns_walk_text.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace ww::ui {

namespace {

// The events of one lookup (one device's piece of name work), by its number.
struct LookupInfo {
    DeviceId device = kNoDevice;
    DnsRole role = DnsRole::Stub;
    std::size_t start = 0;
    std::size_t finish = 0; // its DnsLookupFinished, or the last event of the run
    std::vector<std::size_t> events;
};

std::optional<std::uint32_t> lookupOf(const EventKind& kind) {
    return std::visit(
        [](const auto& e) -> std::optional<std::uint32_t> {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, DnsLookupStarted> ||
                          std::is_same_v<T, DnsPlaceChecked> || std::is_same_v<T, DnsQuerySent> ||
                          std::is_same_v<T, DnsQueryReceived> ||
                          std::is_same_v<T, DnsResponseSent> ||
                          std::is_same_v<T, DnsResponseReceived> ||
                          std::is_same_v<T, DnsLookupFinished>)
                return e.lookup;
            else
                return std::nullopt;
        },
        kind);
}

class WalkBuilder {
public:
    explicit WalkBuilder(const DnsWalkSource& run)
        : run_(run)
        , zones_(dnstext::serverZones(run)) {
        const auto& events = run.events;
        for (std::size_t i = 0; i < events.size(); ++i) {
            const EventKind& kind = events[i].kind;
            if (const auto l = lookupOf(kind)) {
                LookupInfo& info = lookups_[*l];
                info.events.push_back(i);
                info.finish = events.size();
                if (const auto* s = std::get_if<DnsLookupStarted>(&kind)) {
                    info.device = s->device;
                    info.role = s->role;
                    info.start = i;
                }
            }
            if (const auto* f = std::get_if<DnsLookupFinished>(&kind))
                lookups_[f->lookup].finish = i;
            if (std::holds_alternative<DnsQueryReceived>(kind))
                received_.push_back(i);
        }
        // A server's lookup belongs to the client query it answers: joined by what is on
        // the wire (source port, transaction id, transport, question), the first unmatched
        // arrival after the query left.
        std::set<std::size_t> matched;
        for (const auto& [number, info] : lookups_)
            for (std::size_t i : info.events) {
                const auto* q = std::get_if<DnsQuerySent>(&events[i].kind);
                if (!q)
                    continue;
                for (std::size_t r : received_) {
                    if (r <= i || matched.count(r))
                        continue;
                    const auto& in = std::get<DnsQueryReceived>(events[r].kind);
                    if (in.clientPort == q->sourcePort && in.id == q->id && in.tcp == q->tcp &&
                        in.name == q->name && in.qtype == q->qtype) {
                        matched.insert(r);
                        childOf_[i] = in.lookup;
                        parentOf_[in.lookup] = number;
                        break;
                    }
                }
            }
    }

    std::vector<DnsWalk> walks() {
        std::vector<DnsWalk> result;
        for (const auto& [number, info] : lookups_)
            if (info.role == DnsRole::Stub && info.device != kNoDevice)
                result.push_back(walk(number));
        std::stable_sort(result.begin(), result.end(),
                         [](const DnsWalk& a, const DnsWalk& b) { return a.start < b.start; });
        return result;
    }

private:
    void collect(std::uint32_t lookup, std::set<std::size_t>& events,
                 std::vector<std::uint32_t>& lookups) const {
        const auto it = lookups_.find(lookup);
        if (it == lookups_.end() || std::count(lookups.begin(), lookups.end(), lookup))
            return;
        lookups.push_back(lookup);
        for (std::size_t i : it->second.events) {
            events.insert(i);
            if (const auto child = childOf_.find(i); child != childOf_.end())
                collect(child->second, events, lookups);
        }
    }

    QString zoneOf(DeviceId device) const {
        const auto z = zones_.find(device);
        return z == zones_.end() ? QString() : z->second.zone;
    }

    // The lane role of a lookup's device in the walk.
    DnsLaneRole laneRole(const LookupInfo& info) const {
        switch (info.role) {
        case DnsRole::Stub:
            return DnsLaneRole::Stub;
        case DnsRole::Forwarder:
            return DnsLaneRole::Forwarder;
        case DnsRole::Resolver:
            return DnsLaneRole::Resolver;
        case DnsRole::Authoritative:
            break;
        }
        const auto z = zones_.find(info.device);
        return z == zones_.end() ? DnsLaneRole::Authoritative : z->second.role;
    }

    DnsWalk walk(std::uint32_t top) {
        const auto& events = run_.events;
        const LookupInfo& info = lookups_.at(top);
        std::set<std::size_t> indices;
        std::vector<std::uint32_t> lookups;
        collect(top, indices, lookups);

        DnsWalk w;
        w.host = info.device;
        const auto& started = std::get<DnsLookupStarted>(events[info.start].kind);
        w.name = dnstext::bareName(started.name);
        w.type = dnstext::typeText(started.qtype);
        w.start = events[info.start].time;

        // Lanes: the application, then one per (device, role), sorted into the notes'
        // order (forwarder, cache DNS server, root, TLD, authoritative), ties by first use.
        struct LaneKey {
            DnsLane lane;
            std::size_t first;
        };
        std::vector<LaneKey> keys;
        const auto laneFor = [&](DeviceId device, DnsLaneRole role, std::size_t first,
                                 const QString& zone) {
            for (std::size_t k = 0; k < keys.size(); ++k)
                if (keys[k].lane.device == device && keys[k].lane.role == role)
                    return k;
            keys.push_back({{device, role, run_.deviceName(device), zone}, first});
            return keys.size() - 1;
        };
        laneFor(info.device, DnsLaneRole::Application, 0, {});
        std::map<std::uint32_t, std::size_t> laneOfLookup;
        for (std::uint32_t l : lookups) {
            const LookupInfo& li = lookups_.at(l);
            const DnsLaneRole role = laneRole(li);
            laneOfLookup[l] = laneFor(li.device, role, li.start,
                                      role >= DnsLaneRole::Root ? zoneOf(li.device) : QString());
        }
        // A query nobody received (lost, or to an address without a server) still gets a lane.
        std::map<std::size_t, std::size_t> unansweredLane;
        for (std::size_t i : indices)
            if (const auto* q = std::get_if<DnsQuerySent>(&events[i].kind);
                q && !childOf_.count(i)) {
                const DeviceId d = run_.deviceWithAddress(q->server);
                const auto k = laneFor(
                    d, q->recursionDesired ? DnsLaneRole::Resolver : DnsLaneRole::Authoritative, i,
                    {});
                if (d == kNoDevice)
                    keys[k].lane.deviceName = QString::fromStdString(q->server.toString());
                unansweredLane[i] = k;
            }
        std::vector<std::size_t> order(keys.size());
        for (std::size_t k = 0; k < order.size(); ++k)
            order[k] = k;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (keys[a].lane.role != keys[b].lane.role)
                return keys[a].lane.role < keys[b].lane.role;
            return keys[a].first < keys[b].first;
        });
        std::vector<int> position(keys.size());
        for (std::size_t k = 0; k < order.size(); ++k) {
            position[order[k]] = static_cast<int>(k);
            w.lanes.push_back(keys[order[k]].lane);
        }

        for (std::size_t i : indices) {
            const auto l = lookupOf(events[i].kind);
            dnstext::Lanes at;
            at.own = position[laneOfLookup.at(*l)];
            at.application = 0;
            if (const auto c = childOf_.find(i); c != childOf_.end())
                at.peer = position[laneOfLookup.at(c->second)];
            else if (const auto u = unansweredLane.find(i); u != unansweredLane.end())
                at.peer = position[u->second];
            else if (const auto p = parentOf_.find(*l); p != parentOf_.end())
                at.peer = position[laneOfLookup.at(p->second)];
            at.top = *l == top;
            if (auto step = dnstext::stepFor(run_, i, at))
                w.steps.push_back(std::move(*step));
        }
        attachCacheChanges(w, lookups);
        dnstext::finish(run_, w, info.finish < events.size() ? &events[info.finish] : nullptr);
        return w;
    }

    // "What got cached": a record added to a cache on a device of the walk while that
    // device worked on it, shown under the step that brought it (the device's last one).
    void attachCacheChanges(DnsWalk& w, const std::vector<std::uint32_t>& lookups) const {
        const auto& events = run_.events;
        for (std::uint32_t l : lookups) {
            const LookupInfo& info = lookups_.at(l);
            const std::size_t end = std::min(info.finish + 1, events.size());
            for (std::size_t i = info.start; i < end; ++i) {
                const auto* c = std::get_if<DnsCacheChanged>(&events[i].kind);
                if (!c || c->device != info.device ||
                    (c->change != DnsCacheChange::Added &&
                     c->change != DnsCacheChange::NegativeAdded))
                    continue;
                DnsStep* owner = nullptr;
                for (DnsStep& s : w.steps)
                    if (s.event < i && w.lanes[static_cast<std::size_t>(s.to)].device == c->device)
                        owner = &s;
                const QString line = dnstext::cachedLine(run_, *c);
                if (owner && !owner->cached.contains(line))
                    owner->cached.push_back(line);
            }
        }
    }

    const DnsWalkSource& run_;
    std::map<DeviceId, dnstext::ServerZone> zones_;
    std::map<std::uint32_t, LookupInfo> lookups_;
    std::vector<std::size_t> received_;
    std::map<std::size_t, std::uint32_t> childOf_;    // DnsQuerySent event -> server lookup
    std::map<std::uint32_t, std::uint32_t> parentOf_; // server lookup -> the lookup that asked
};

} // namespace

std::vector<DnsWalk> buildDnsWalks(const DnsWalkSource& source) {
    return WalkBuilder(source).walks();
}

std::vector<DnsWalk> buildDnsWalks(const RecordedRun& run) {
    DnsWalkSource source{run.events(), [&run](DeviceId d) { return run.deviceName(d); },
                         [&run](Ipv4Address a) { return dnstext::deviceWithAddress(run, a); }};
    const auto& devices = run.lab().devices;
    for (std::size_t d = 0; d < devices.size(); ++d)
        if (devices[d].dns && devices[d].dns->role == lab::DnsServerRole::Authoritative)
            for (const lab::DnsZoneEntry& z : devices[d].dns->zones)
                source.zones[static_cast<DeviceId>(d)].push_back(z.origin);
    return buildDnsWalks(source);
}

} // namespace ww::ui
