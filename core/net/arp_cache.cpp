#include "net/arp_cache.h"

#include "net/network.h"

namespace ww {

ArpCache::ArpCache(Network& net, DeviceId owner, PortIndex port)
    : net_(net)
    , owner_(owner)
    , port_(port) {}

std::optional<MacAddress> ArpCache::lookup(Ipv4Address ip) const {
    auto it = entries_.find(ip);
    if (it == entries_.end() || it->second.expires <= net_.now())
        return std::nullopt;
    return it->second.mac;
}

void ArpCache::insert(Ipv4Address ip, const MacAddress& mac) {
    const SimTime expires = net_.now() + net_.settings().arpTimeout;
    auto it = entries_.find(ip);
    if (it == entries_.end()) {
        entries_.emplace(ip, Entry{mac, expires});
        net_.emit(ArpCacheChanged{owner_, port_, ip, mac, ArpCacheChange::Inserted});
        scheduleExpiry(ip, expires);
        return;
    }
    it->second.mac = mac;
    it->second.expires = expires;
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
        net_.emit(ArpCacheChanged{owner_, port_, ip, mac, ArpCacheChange::Expired});
    });
}

} // namespace ww
