#pragma once

// The words of the DNS walkthrough: one step per DNS event, in the course notes' terms.
#include "dns/dns_walk.h"
#include "dns/dns_walk_builder.h"
#include "models/recorded_run.h"

#include <map>
#include <optional>

namespace ww::ui::dnstext {

// "www.naver.com." -> "www.naver.com" (the root stays ".").
QString bareName(const std::string& name);
// 1 -> "A"; an unmodelled type as "TYPE99" (RFC 3597).
QString typeText(std::uint16_t qtype);
// The device with an interface holding `address`, kNoDevice if none.
DeviceId deviceWithAddress(const RecordedRun& run, Ipv4Address address);

// What an authoritative server is in the walk (root, TLD or another zone's server) and
// the zone it serves, read from what it sent: a referral's NS owner is the child zone,
// a negative answer's SOA owner its own zone.
struct ServerZone {
    DnsLaneRole role = DnsLaneRole::Authoritative;
    QString zone;
};
std::map<DeviceId, ServerZone> serverZones(const DnsWalkSource& run);

// Where a step is drawn: the lane of the lookup the event belongs to, the lane of the
// other side (the server a query went to, the client a response goes to).
struct Lanes {
    int own = 0;
    int peer = -1;
    int application = 0;
    bool top = false; // the event is the application lookup's own (not a server's)
};
// The step event `index` draws, or nullopt for events the walk shows through another
// (a query's arrival, a response's receipt, a server lookup's start and end).
std::optional<DnsStep> stepFor(const DnsWalkSource& run, std::size_t index, const Lanes& lanes);

// "cached on DNS1: www.naver.com A 223.130.200.104, TTL 300 s".
QString cachedLine(const DnsWalkSource& run, const DnsCacheChanged& change);

// Fills the walk's outcome and, when a cache (or the hosts file) answered without any
// iterative query, the short path and what answered it.
void finish(const DnsWalkSource& run, DnsWalk& walk, const Event* finished);

} // namespace ww::ui::dnstext
