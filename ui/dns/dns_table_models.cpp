#include "dns/dns_table_models.h"

#include "dns/dns_walk_text.h"
#include "lab/lab_dns.h"

namespace ww::ui {

QStringList DnsCacheModel::headers() const {
    return {tr("Cache"), tr("Name"), tr("Type"), tr("Value"), tr("TTL left"), tr("Negative")};
}

std::vector<QStringList> DnsCacheModel::rowsFor(const RecordedRun&, const DeviceState& state,
                                                DeviceId, SimTime now) const {
    std::vector<QStringList> rows;
    for (const auto& [key, e] : state.dnsCache) {
        const SimTime age = now > e.added ? now - e.added : 0;
        const SimTime life = static_cast<SimTime>(e.ttl) * kSecond;
        if (age >= life)
            continue; // expired
        // Whole seconds left, rounded up, as a resolver reports a TTL it hands out.
        const SimTime left = life - age;
        const auto leftSeconds = static_cast<qint64>((left + kSecond - 1) / kSecond);
        QString cache;
        switch (e.cache) {
        case DnsPlace::StubCache:
            cache = tr("stub");
            break;
        case DnsPlace::ForwarderCache:
            cache = tr("forwarder");
            break;
        default:
            cache = tr("resolver");
            break;
        }
        rows.push_back({cache, dnstext::bareName(e.name), dnstext::typeText(e.qtype),
                        QString::fromStdString(e.data), tr("%1 s").arg(leftSeconds),
                        e.negative ? tr("yes") : QString()});
    }
    return rows;
}

QStringList DnsZoneModel::headers() const {
    return {tr("Zone"), tr("Name"), tr("Type"), tr("TTL"), tr("Value")};
}

std::vector<QStringList> DnsZoneModel::rowsFor(const RecordedRun& run, const DeviceState&,
                                               DeviceId device, SimTime) const {
    std::vector<QStringList> rows;
    if (device >= run.lab().devices.size() || !run.lab().devices[device].dns)
        return rows;
    const lab::DnsServerEntry& server = *run.lab().devices[device].dns;
    const auto q = [](const std::string& s) { return QString::fromStdString(s); };
    for (const lab::DnsZoneEntry& z : server.zones) {
        const lab::DnsSoaEntry& soa = z.soa;
        rows.push_back({q(z.origin), q(lab::dnsAbsoluteName("@", z.origin)), QStringLiteral("SOA"),
                        QString::number(soa.ttl),
                        QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                            .arg(q(soa.mname), q(soa.rname))
                            .arg(soa.serial)
                            .arg(soa.refresh)
                            .arg(soa.retry)
                            .arg(soa.expire)
                            .arg(soa.minimum)});
        for (const lab::DnsRecordEntry& r : z.records)
            rows.push_back({q(z.origin), q(lab::dnsAbsoluteName(r.name, z.origin)),
                            dnstext::typeText(r.type), QString::number(r.ttl), q(r.value)});
    }
    for (const lab::DnsRootHint& h : server.rootHints)
        rows.push_back(
            {tr("root hints"), q(h.name), QStringLiteral("A"), QString(), q(h.address.toString())});
    for (const Ipv4Address& f : server.forwarders)
        rows.push_back(
            {tr("forwarders"), QString(), QStringLiteral("A"), QString(), q(f.toString())});
    return rows;
}

QStringList HostsFileModel::headers() const {
    return {tr("Name"), tr("Address")};
}

std::vector<QStringList> HostsFileModel::rowsFor(const RecordedRun& run, const DeviceState&,
                                                 DeviceId device, SimTime) const {
    std::vector<QStringList> rows;
    if (device >= run.lab().devices.size() || !run.lab().devices[device].resolver)
        return rows;
    for (const lab::HostsEntry& h : run.lab().devices[device].resolver->hosts)
        rows.push_back(
            {QString::fromStdString(h.name), QString::fromStdString(h.address.toString())});
    return rows;
}

} // namespace ww::ui
