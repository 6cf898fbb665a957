#include "dns/dns_table_models.h"

#include "dns/dns_walk_text.h"

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

} // namespace ww::ui
