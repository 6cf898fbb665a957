#include "net/arp_cache.h"

#include "net/network.h"

namespace ww {

ArpCache::ArpCache(Network& net, DeviceId owner, PortIndex port)
    : net_(net)
    , owner_(owner)
    , port_(port) {}

ArpCache::Entry* ArpCache::find(Ipv4Address ip) const {
    const auto it = index_.find(ip.value);
    return it == index_.end() ? nullptr : it->second;
}

std::optional<MacAddress> ArpCache::lookup(Ipv4Address ip) const {
    const Entry* e = find(ip);
    if (!e || e->expires <= net_.now())
        return std::nullopt;
    return e->mac;
}

void ArpCache::insert(Ipv4Address ip, const MacAddress& mac) {
    const SimTime expires = net_.now() + net_.settings().arpTimeout;
    Entry* e = find(ip);
    if (!e) {
        const auto inserted = entries_.emplace(ip, Entry{mac, expires}).first;
        index_.emplace(ip.value, &inserted->second);
        net_.emit(ArpCacheChanged{owner_, port_, ip, mac, ArpCacheChange::Inserted});
        scheduleExpiry(ip, expires);
        return;
    }
    e->mac = mac;
    e->expires = expires;
    net_.emit(ArpCacheChanged{owner_, port_, ip, mac, ArpCacheChange::Updated});
}

void ArpCache::scheduleExpiry(Ipv4Address ip, SimTime at) {
    net_.sim().scheduleAt(at, [this, ip] {
        auto it = entries_.find(ip);
        if (it == entries_.end())
            return;
        if (it->second.expires > net_.now()) {
            scheduleExpiry(ip, it->second.expires); // refreshed meanwhile
            return;
        }
        const MacAddress mac = it->second.mac;
        entries_.erase(it);
        index_.erase(ip.value);
        net_.emit(ArpCacheChanged{owner_, port_, ip, mac, ArpCacheChange::Expired});
    });
}

} // namespace ww
