#include "apps/dns_stub_cache.h"

#include "apps/dns_stub_answer.h"

#include <algorithm>

namespace ww::dns {

std::uint32_t StubCache::secondsLeft(const Entry& e, SimTime now) {
    return e.expires <= now ? 0 : static_cast<std::uint32_t>((e.expires - now) / kSecond);
}

const StubCache::Entry* StubCache::live(const std::string& key, std::uint16_t type,
                                        SimTime now) const {
    auto it = entries_.find({key, type});
    return it != entries_.end() && it->second.expires > now ? &it->second : nullptr;
}

std::optional<StubCache::Hit> StubCache::find(const std::string& name, std::uint16_t type,
                                              SimTime now) const {
    Hit hit;
    hit.canonical = name;
    std::string key = nameKey(name);
    std::uint32_t ttl = UINT32_MAX;
    for (int links = 0; links <= 16; ++links) {
        if (const Entry* nx = live(key, 0, now)) {
            hit.negative = hit.nxdomain = true;
            hit.ttlLeft = std::min(ttl, secondsLeft(*nx, now));
            return hit;
        }
        if (const Entry* e = live(key, type, now)) {
            hit.ttlLeft = std::min(ttl, secondsLeft(*e, now));
            hit.negative = e->negative;
            for (Record r : e->records) {
                r.ttl = secondsLeft(*e, now);
                hit.chain.push_back(r);
            }
            return hit;
        }
        const Entry* c = type == kTypeCname ? nullptr : live(key, kTypeCname, now);
        if (!c || c->records.empty())
            break;
        Record r = c->records.front();
        r.ttl = secondsLeft(*c, now);
        ttl = std::min(ttl, r.ttl);
        hit.chain.push_back(r);
        hit.canonical = std::get<DomainName>(r.data).name;
        key = nameKey(hit.canonical);
    }
    return std::nullopt; // a CNAME alone is not an answer: the server is asked for the rest
}

void StubCache::addRecords(const std::vector<Record>& records, SimTime now) {
    // Record sets in the order they first appear, so the events follow the answer.
    std::vector<std::pair<std::string, std::uint16_t>> keys;
    for (const Record& r : records) {
        const std::pair key{nameKey(r.name), r.type};
        if (std::find(keys.begin(), keys.end(), key) == keys.end())
            keys.push_back(key);
    }
    for (const auto& [key, type] : keys) {
        Entry e;
        e.type = type;
        std::uint32_t ttl = UINT32_MAX;
        for (const Record& r : records)
            if (r.type == type && nameKey(r.name) == key) {
                if (e.records.empty())
                    e.name = r.name;
                e.records.push_back(r);
                ttl = std::min(ttl, r.ttl);
            }
        if (ttl == 0)
            continue;
        put(std::move(e), now, ttl, Change::Added);
    }
}

void StubCache::addNegative(const std::string& name, std::uint16_t type, bool nxdomain,
                            std::uint32_t ttl, SimTime now) {
    if (ttl == 0)
        return;
    Entry e;
    e.name = name;
    e.type = nxdomain ? 0 : type;
    e.negative = true;
    e.nxdomain = nxdomain;
    put(std::move(e), now, ttl, Change::NegativeAdded);
}

void StubCache::put(Entry e, SimTime now, std::uint32_t ttl, Change change) {
    e.expires = now + static_cast<SimTime>(ttl) * kSecond;
    e.generation = nextGeneration_++;
    const std::pair key{nameKey(e.name), e.type};
    entries_[key] = e; // a newer answer replaces the older set (RFC 2181 §5.4.1)
    observer_(change, e);
    scheduler_(e.expires, key.first, key.second, e.generation);
}

void StubCache::expire(const std::string& key, std::uint16_t type, std::uint64_t generation) {
    auto it = entries_.find({key, type});
    if (it == entries_.end() || it->second.generation != generation)
        return; // replaced since: the newer entry has its own expiry
    const Entry e = it->second;
    entries_.erase(it);
    observer_(e.negative ? Change::NegativeExpired : Change::Expired, e);
}

} // namespace ww::dns
