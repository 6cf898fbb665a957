// The lab's "dns" key turned into a running DNS server.
#include "apps/dns_server.h"
#include "lab/address_text.h"
#include "lab/lab_json_dns.h"
#include "net/ip_node.h"

namespace ww::lab {

namespace {

// Record data from its zone-file text; the validator has checked it.
std::optional<dns::Rdata> rdataOf(const DnsRecordEntry& rec, const std::string& origin) {
    switch (rec.type) {
    case dns::kTypeA: {
        QString why;
        if (auto a = parseAddressText(QString::fromStdString(rec.value), &why))
            return dns::Rdata{*a};
        return std::nullopt;
    }
    case dns::kTypeNs:
    case dns::kTypeCname:
    case dns::kTypePtr:
        return dns::Rdata{dns::DomainName{dnsAbsoluteName(rec.value, origin)}};
    case dns::kTypeMx: {
        const auto space = rec.value.find(' ');
        if (space == std::string::npos)
            return std::nullopt;
        return dns::Rdata{dns::Mx{static_cast<std::uint16_t>(std::stoi(rec.value.substr(0, space))),
                                  dnsAbsoluteName(rec.value.substr(space + 1), origin)}};
    }
    default:
        return std::nullopt;
    }
}

} // namespace

void startDnsServer(IpNode& node, const DnsServerEntry& s) {
    dns::ServerConfig config;
    switch (s.role) {
    case DnsServerRole::Authoritative:
        config.role = dns::ServerRole::Authoritative;
        break;
    case DnsServerRole::Resolver:
        config.role = dns::ServerRole::Resolver;
        break;
    case DnsServerRole::Forwarder:
        config.role = dns::ServerRole::Forwarder;
        break;
    }
    for (const DnsZoneEntry& z : s.zones) {
        dns::Zone zone;
        zone.origin = dnsAbsoluteName("@", z.origin);
        zone.soa = dns::Soa{dnsAbsoluteName(z.soa.mname, z.origin),
                            dnsAbsoluteName(z.soa.rname, z.origin),
                            z.soa.serial,
                            z.soa.refresh,
                            z.soa.retry,
                            z.soa.expire,
                            z.soa.minimum};
        zone.soaTtl = z.soa.ttl;
        for (const DnsRecordEntry& rec : z.records)
            if (auto data = rdataOf(rec, z.origin))
                zone.records.push_back(dns::Record{dnsAbsoluteName(rec.name, z.origin), rec.type,
                                                   dns::kClassIn, rec.ttl, *data});
        config.zones.push_back(std::move(zone));
    }
    for (const DnsRootHint& h : s.rootHints)
        config.rootHints.push_back({dnsAbsoluteName(h.name, "."), h.address});
    config.forwarders = s.forwarders;
    config.timeout = secondsToTime(s.timeout);
    config.attempts = s.attempts;
    dns::startServer(node, std::move(config));
}

} // namespace ww::lab
