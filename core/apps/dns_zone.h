#pragma once

#include "apps/dns_server.h"
#include "trace/dns_event.h"

namespace ww::dns {

// An authoritative answer from zone data (RFC 1034 §4.3.2 steps 3-4): the sections of the
// response and what kind of answer it is. aa is false for a referral (RFC 1034 §4.3.2 3.b).
struct ZoneAnswer {
    DnsAnswerKind kind = DnsAnswerKind::Refused;
    std::uint8_t rcode = kRcodeRefused;
    bool aa = false;
    std::vector<Record> answers, authorities, additionals;
};

// The zone that holds `name`: the one with the longest origin at or above it; null if none.
const Zone* closestZone(const std::vector<Zone>& zones, const std::string& name);

// Looks `name`/`type` up in `zone` (which must hold it):
// - a delegation (NS below the origin) on the way down: a referral, NS in authority and
//   glue A records from the zone in additional;
// - records of the type: the answer (NS and MX answers bring the A records of their
//   targets held in the zone as additional data);
// - a CNAME (for another type): the CNAME, followed within the zone (RFC 1034 §4.3.2 3.a);
// - the name exists with other types, or only below it (an empty non-terminal): NODATA;
// - else NXDOMAIN. Negative answers carry the SOA in authority with TTL
//   min(SOA TTL, SOA minimum) (RFC 2308 §3).
ZoneAnswer lookupZone(const Zone& zone, const std::string& name, std::uint16_t type);

} // namespace ww::dns
