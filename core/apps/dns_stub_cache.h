#pragma once

// The stub resolver's cache (like the Windows DNS Client or systemd-resolved; glibc itself
// keeps none): record sets by (name, type) with their TTL counted down in simulated time,
// and negative answers (RFC 2308 §5). Entries leave at their expiry time, each with an event.
#include "sim/time.h"
#include "wire/dns.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ww::dns {

class StubCache {
public:
    struct Entry {
        std::vector<Record> records; // positive: the record set, TTLs as received
        bool negative = false;
        bool nxdomain = false; // negative: the name does not exist (every type)
        std::string name;      // as received (case kept), for the tables
        std::uint16_t type = 0;
        SimTime expires = 0;
        std::uint64_t generation = 0;
    };
    // What a lookup found: the chain of records (CNAMEs followed within the cache, then the
    // data) with TTLs counted down, or a negative answer for the name at the chain's end.
    struct Hit {
        bool negative = false;
        bool nxdomain = false;
        std::vector<Record> chain;
        std::string canonical;
        std::uint32_t ttlLeft = 0; // the smallest along the chain
    };
    // Tells the owner about additions and expiries, in order (for events).
    enum class Change { Added, Expired, NegativeAdded, NegativeExpired };
    using Observer = std::function<void(Change, const Entry&)>;
    // Asks the owner to call expire(key, generation) at `at`.
    using Scheduler = std::function<void(SimTime at, std::string key, std::uint16_t type,
                                         std::uint64_t generation)>;

    StubCache(Observer observer, Scheduler scheduler)
        : observer_(std::move(observer))
        , scheduler_(std::move(scheduler)) {}

    std::optional<Hit> find(const std::string& name, std::uint16_t type, SimTime now) const;
    // Caches every record set of `records` (grouped by name and type) for the smallest TTL
    // in the set; TTL 0 is used for this answer only (RFC 1035 §3.2.1), so not cached.
    void addRecords(const std::vector<Record>& records, SimTime now);
    void addNegative(const std::string& name, std::uint16_t type, bool nxdomain, std::uint32_t ttl,
                     SimTime now);
    void expire(const std::string& key, std::uint16_t type, std::uint64_t generation);

    // Sorted by (name, type): the device table's rows.
    const std::map<std::pair<std::string, std::uint16_t>, Entry>& entries() const {
        return entries_;
    }
    static std::uint32_t secondsLeft(const Entry& e, SimTime now);

private:
    void put(Entry entry, SimTime now, std::uint32_t ttl, Change change);
    const Entry* live(const std::string& key, std::uint16_t type, SimTime now) const;

    Observer observer_;
    Scheduler scheduler_;
    std::map<std::pair<std::string, std::uint16_t>, Entry> entries_; // NXDOMAIN under type 0
    std::uint64_t nextGeneration_ = 1;
};

} // namespace ww::dns
