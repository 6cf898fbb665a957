#pragma once

// A DNS cache (RFC 1035 §7.4, RFC 2308): RRsets by (name, type) with their TTL counted down
// in simulated time, and negative entries: NXDOMAIN for a name (every type) or NODATA for
// (name, type), kept for min(SOA TTL, SOA minimum). An entry leaves at its expiry, with a
// DnsCacheChanged event. Ordered maps only: the run stays a function of (lab, seed).

#include "trace/dns_event.h"
#include "wire/dns.h"

#include <map>
#include <optional>
#include <utility>

namespace ww {
class Network;
}

namespace ww::dns {

class Cache {
public:
    Cache(Network& net, DeviceId device, DnsPlace place)
        : net_(net)
        , device_(device)
        , place_(place) {}

    struct Found {
        std::vector<Record> records; // TTLs set to what is left
        bool negative = false;
        bool nxdomain = false;     // negative: the name does not exist (else NODATA)
        std::optional<Record> soa; // negative: the SOA that set its lifetime
        std::uint32_t ttlLeft = 0;
    };
    // A negative entry (NXDOMAIN for the name first), else the RRset of the type.
    std::optional<Found> find(const std::string& name, std::uint16_t type) const;

    // Caches every RRset of `records` not already held, each for the smallest TTL in it.
    void addRecords(const std::vector<Record>& records);
    // RFC 2308 §5: cache a negative answer for min(SOA TTL, SOA minimum) seconds.
    void addNegative(const std::string& name, std::uint16_t type, bool nxdomain, const Record& soa);

    DnsPlace place() const { return place_; }

private:
    struct Entry {
        std::vector<Record> records; // as received
        SimTime expires = 0;
        bool negative = false;
        bool nxdomain = false;
        std::optional<Record> soa;
    };
    using Key = std::pair<std::string, std::uint16_t>; // lower-case name; type 0: NXDOMAIN
    void insert(Key key, Entry entry, std::uint32_t ttl);
    void expire(const Key& key, SimTime when);
    std::uint32_t ttlLeft(const Entry& e) const;
    void publish(DnsCacheChange change, const std::string& name, std::uint16_t type,
                 std::uint32_t ttl, std::string data);

    Network& net_;
    DeviceId device_;
    DnsPlace place_;
    std::map<Key, Entry> entries_;
};

} // namespace ww::dns
