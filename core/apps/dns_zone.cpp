// Authoritative lookup in zone data (RFC 1034 §4.3.2).
#include "apps/dns_zone.h"

#include "apps/dns_names.h"

#include <algorithm>

namespace ww::dns {

namespace {

std::vector<Record> recordsAt(const Zone& z, const std::string& name, std::uint16_t type) {
    std::vector<Record> out;
    for (const Record& r : z.records)
        if (r.type == type && sameName(r.name, name))
            out.push_back(r);
    return out;
}

bool nameExists(const Zone& z, const std::string& name) {
    if (sameName(name, z.origin))
        return true;
    for (const Record& r : z.records)
        if (isAtOrBelow(r.name, name)) // the name itself, or an empty non-terminal above one
            return true;
    return false;
}

const std::string* targetOf(const Record& r) {
    if (const auto* d = std::get_if<DomainName>(&r.data))
        return &d->name;
    if (const auto* m = std::get_if<Mx>(&r.data))
        return &m->exchange;
    return nullptr;
}

// A records the zone holds for the names in NS or MX data (glue, additional data).
void addAddresses(const Zone& z, const std::vector<Record>& from, std::vector<Record>& out) {
    for (const Record& r : from)
        if (const std::string* target = targetOf(r); target && isAtOrBelow(*target, z.origin))
            for (const Record& a : recordsAt(z, *target, kTypeA))
                if (std::find(out.begin(), out.end(), a) == out.end())
                    out.push_back(a);
}

void negative(const Zone& z, ZoneAnswer& out, bool nxdomain) {
    out.kind = nxdomain ? DnsAnswerKind::NxDomain : DnsAnswerKind::NoData;
    out.rcode = nxdomain ? kRcodeNxDomain : kRcodeNoError;
    out.aa = true;
    out.authorities.push_back(
        Record{z.origin, kTypeSoa, kClassIn, std::min(z.soaTtl, z.soa.minimum), z.soa});
}

} // namespace

const Zone* closestZone(const std::vector<Zone>& zones, const std::string& name) {
    const Zone* best = nullptr;
    for (const Zone& z : zones)
        if (isAtOrBelow(name, z.origin) &&
            (!best || labelCount(z.origin) > labelCount(best->origin)))
            best = &z;
    return best;
}

ZoneAnswer lookupZone(const Zone& zone, const std::string& qname, std::uint16_t type) {
    ZoneAnswer out;
    std::string name = qname;
    for (int hops = 0; hops < 16; ++hops) {
        // Down from the origin: the first zone cut on the way to `name` is a referral.
        const int depth = labelCount(name) - labelCount(zone.origin);
        for (int below = 1; below <= depth; ++below) {
            std::string cut = name;
            for (int up = 0; up < depth - below; ++up)
                cut = parentName(cut);
            std::vector<Record> ns = recordsAt(zone, cut, kTypeNs);
            if (ns.empty())
                continue;
            if (!out.answers.empty()) { // a CNAME led into a delegated child: answer so far
                out.kind = DnsAnswerKind::Answer;
                return out;
            }
            out.kind = DnsAnswerKind::Referral;
            out.rcode = kRcodeNoError;
            out.aa = false;
            out.authorities = ns;
            addAddresses(zone, ns, out.additionals);
            return out;
        }
        if (std::vector<Record> found = recordsAt(zone, name, type); !found.empty()) {
            out.kind = DnsAnswerKind::Answer;
            out.rcode = kRcodeNoError;
            out.aa = true;
            out.answers.insert(out.answers.end(), found.begin(), found.end());
            if (type == kTypeNs || type == kTypeMx)
                addAddresses(zone, found, out.additionals);
            return out;
        }
        if (type == kTypeSoa && sameName(name, zone.origin)) {
            out.kind = DnsAnswerKind::Answer;
            out.rcode = kRcodeNoError;
            out.aa = true;
            out.answers.push_back(Record{zone.origin, kTypeSoa, kClassIn, zone.soaTtl, zone.soa});
            return out;
        }
        std::vector<Record> cname = recordsAt(zone, name, kTypeCname);
        if (!cname.empty() && type != kTypeCname) {
            out.answers.push_back(cname.front());
            const std::string& target = std::get<DomainName>(cname.front().data).name;
            if (!isAtOrBelow(target, zone.origin)) { // the resolver follows it elsewhere
                out.kind = DnsAnswerKind::Answer;
                out.rcode = kRcodeNoError;
                out.aa = true;
                return out;
            }
            name = target;
            continue;
        }
        const bool chained = !out.answers.empty();
        negative(zone, out, !nameExists(zone, name));
        if (chained && out.kind == DnsAnswerKind::NoData)
            out.kind = DnsAnswerKind::Answer; // RFC 2308 §2.2: a CNAME then no data
        return out;
    }
    out.kind = DnsAnswerKind::ServFail; // a CNAME loop inside the zone
    out.rcode = kRcodeServFail;
    out.aa = false;
    return out;
}

} // namespace ww::dns
