#include "apps/dns_cache.h"

#include "apps/dns_names.h"
#include "apps/dns_text.h"
#include "net/network.h"

#include <algorithm>

namespace ww::dns {

std::uint32_t Cache::ttlLeft(const Entry& e) const {
    const SimTime left = e.expires - net_.now();
    return left <= 0 ? 0 : static_cast<std::uint32_t>(left / kSecond);
}

std::optional<Cache::Found> Cache::find(const std::string& name, std::uint16_t type) const {
    const std::string key = lowerName(name);
    for (std::uint16_t t : {std::uint16_t{0}, type}) {
        auto it = entries_.find({key, t});
        if (it == entries_.end() || it->second.expires <= net_.now())
            continue;
        const Entry& e = it->second;
        Found f;
        f.negative = e.negative;
        f.nxdomain = e.nxdomain;
        f.ttlLeft = ttlLeft(e);
        f.soa = e.soa;
        if (f.soa)
            f.soa->ttl = f.ttlLeft;
        for (Record r : e.records) {
            r.ttl = f.ttlLeft;
            f.records.push_back(std::move(r));
        }
        return f;
    }
    return std::nullopt;
}

void Cache::addRecords(const std::vector<Record>& records) {
    // RRsets in the order their first record appears.
    std::vector<Key> order;
    std::map<Key, Entry> sets;
    for (const Record& r : records) {
        if (r.type == kTypeSoa)
            continue; // SOAs come with negative answers; kept in those entries
        Key key{lowerName(r.name), r.type};
        auto [it, fresh] = sets.try_emplace(key);
        if (fresh)
            order.push_back(key);
        if (std::find(it->second.records.begin(), it->second.records.end(), r) ==
            it->second.records.end())
            it->second.records.push_back(r);
    }
    for (const Key& key : order) {
        if (auto held = entries_.find(key);
            held != entries_.end() && held->second.expires > net_.now())
            continue; // RFC 2181 §5.4.1: keep what we have until it expires
        Entry& e = sets[key];
        std::uint32_t ttl = e.records.front().ttl;
        for (const Record& r : e.records)
            ttl = std::min(ttl, r.ttl);
        if (ttl == 0)
            continue; // RFC 1035 §3.2.1: TTL 0 is used for this transaction only
        insert(key, std::move(e), ttl);
    }
}

void Cache::addNegative(const std::string& name, std::uint16_t type, bool nxdomain,
                        const Record& soa) {
    const std::uint32_t ttl = std::min(soa.ttl, std::get<Soa>(soa.data).minimum);
    if (ttl == 0)
        return;
    Entry e;
    e.negative = true;
    e.nxdomain = nxdomain;
    e.soa = soa;
    insert({lowerName(name), nxdomain ? std::uint16_t{0} : type}, std::move(e), ttl);
}

void Cache::insert(Key key, Entry entry, std::uint32_t ttl) {
    entry.expires = net_.now() + static_cast<SimTime>(ttl) * kSecond;
    const SimTime when = entry.expires;
    if (entry.negative) {
        publish(DnsCacheChange::NegativeAdded, key.first, key.second, ttl,
                entry.nxdomain ? "NXDOMAIN" : "NODATA");
    } else {
        for (const Record& r : entry.records)
            publish(DnsCacheChange::Added, r.name, r.type, ttl, rdataText(r));
    }
    entries_[key] = std::move(entry);
    // No cancellation needed: a replaced entry has another expiry time, checked on firing.
    net_.sim().scheduleAt(when, [this, key, when] { expire(key, when); });
}

void Cache::expire(const Key& key, SimTime when) {
    auto it = entries_.find(key);
    if (it == entries_.end() || it->second.expires != when)
        return;
    const Entry e = std::move(it->second);
    entries_.erase(it);
    if (e.negative) {
        publish(DnsCacheChange::NegativeExpired, key.first, key.second, 0,
                e.nxdomain ? "NXDOMAIN" : "NODATA");
        return;
    }
    for (const Record& r : e.records)
        publish(DnsCacheChange::Expired, r.name, r.type, 0, rdataText(r));
}

void Cache::publish(DnsCacheChange change, const std::string& name, std::uint16_t type,
                    std::uint32_t ttl, std::string data) {
    net_.emit(
        DnsCacheChanged{device_, place_, change, absoluteText(name), type, ttl, std::move(data)});
}

} // namespace ww::dns
