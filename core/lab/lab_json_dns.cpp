// The "dns" device key: a DNS server's role, zones, root hints and forwarders.
#include "lab/lab_json_dns.h"

#include "lab/json_reader.h"
#include "wire/dns.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ww::lab {

namespace {

// lupdate files Ctx::tr("...") under the context "LabLoader", where the strings are looked up.
struct LabLoader {
    Q_DECLARE_TR_FUNCTIONS(LabLoader)
};

// RFC 2181 §8: a TTL is an unsigned 31-bit number.
constexpr double kMaxTtl = 2147483647.0;

struct TypeKey {
    const char* key;
    std::uint16_t type;
};
constexpr TypeKey kRecordTypes[] = {{"A", dns::kTypeA},
                                    {"NS", dns::kTypeNs},
                                    {"CNAME", dns::kTypeCname},
                                    {"PTR", dns::kTypePtr},
                                    {"MX", dns::kTypeMx}};

QString allowedTypes() {
    QStringList names;
    for (const TypeKey& t : kRecordTypes)
        names << QString::fromLatin1(t.key);
    return names.join(QStringLiteral(", "));
}

std::uint32_t ttlOf(JsonReader& r, const QJsonObject& o, const char* key, const QString& path,
                    std::uint32_t fallback) {
    return static_cast<std::uint32_t>(r.number(o, key, path, 0, kMaxTtl).value_or(fallback));
}

std::optional<DnsRecordEntry> readRecord(JsonReader& r, const QJsonValue& v, const QString& path) {
    auto o = r.object(v, path);
    if (!o)
        return std::nullopt;
    r.checkKeys(*o, path, {"name", "type", "ttl", "value"});
    DnsRecordEntry rec;
    rec.name = r.string(*o, "name", path, true).value_or(QString()).toStdString();
    rec.ttl = ttlOf(r, *o, "ttl", path, rec.ttl);
    rec.value = r.string(*o, "value", path, true).value_or(QString()).toStdString();
    const auto type = r.string(*o, "type", path, true);
    if (!type)
        return std::nullopt;
    for (const TypeKey& t : kRecordTypes)
        if (type->compare(QLatin1String(t.key), Qt::CaseInsensitive) == 0) {
            rec.type = t.type;
            return rec;
        }
    r.error(JsonReader::join(path, "type"),
            LabLoader::tr("unknown record type '%1'; allowed: %2 (the SOA goes in \"soa\")")
                .arg(*type, allowedTypes()));
    return std::nullopt;
}

DnsSoaEntry readSoa(JsonReader& r, const QJsonObject& zone, const QString& zonePath) {
    DnsSoaEntry soa;
    if (!zone.contains("soa"))
        return soa;
    const QString path = JsonReader::join(zonePath, "soa");
    auto o = r.object(zone.value("soa"), path);
    if (!o)
        return soa;
    r.checkKeys(*o, path,
                {"mname", "rname", "serial", "refresh", "retry", "expire", "minimum", "ttl"});
    soa.mname = r.string(*o, "mname", path, false)
                    .value_or(QString::fromStdString(soa.mname))
                    .toStdString();
    soa.rname = r.string(*o, "rname", path, false)
                    .value_or(QString::fromStdString(soa.rname))
                    .toStdString();
    soa.serial = static_cast<std::uint32_t>(
        r.number(*o, "serial", path, 0, 4294967295.0).value_or(soa.serial));
    soa.refresh = ttlOf(r, *o, "refresh", path, soa.refresh);
    soa.retry = ttlOf(r, *o, "retry", path, soa.retry);
    soa.expire = ttlOf(r, *o, "expire", path, soa.expire);
    soa.minimum = ttlOf(r, *o, "minimum", path, soa.minimum);
    soa.ttl = ttlOf(r, *o, "ttl", path, soa.ttl);
    return soa;
}

std::optional<DnsZoneEntry> readZone(JsonReader& r, const QJsonValue& v, const QString& path) {
    auto o = r.object(v, path);
    if (!o)
        return std::nullopt;
    r.checkKeys(*o, path, {"origin", "soa", "records"});
    DnsZoneEntry zone;
    zone.origin = r.string(*o, "origin", path, true).value_or(QString()).toStdString();
    zone.soa = readSoa(r, *o, path);
    if (auto records = r.array(*o, "records", path, false))
        for (qsizetype i = 0; i < records->size(); ++i)
            if (auto rec = readRecord(r, records->at(i),
                                      JsonReader::index(JsonReader::join(path, "records"), i)))
                zone.records.push_back(*rec);
    return zone;
}

} // namespace

const char* dnsRoleKey(DnsServerRole role) {
    switch (role) {
    case DnsServerRole::Authoritative:
        return "authoritative";
    case DnsServerRole::Resolver:
        return "resolver";
    case DnsServerRole::Forwarder:
        return "forwarder";
    }
    return "authoritative";
}

void readDnsServer(JsonReader& r, const QJsonObject& device, const QString& devicePath, Device& d) {
    if (!device.contains("dns"))
        return;
    const QString path = JsonReader::join(devicePath, "dns");
    auto o = r.object(device.value("dns"), path);
    if (!o)
        return;
    r.checkKeys(*o, path, {"role", "zones", "root_hints", "forwarders", "timeout", "attempts"});
    DnsServerEntry s;
    const QString role = r.string(*o, "role", path, true).value_or(QString());
    bool known = false;
    for (DnsServerRole candidate :
         {DnsServerRole::Authoritative, DnsServerRole::Resolver, DnsServerRole::Forwarder})
        if (role == QLatin1String(dnsRoleKey(candidate))) {
            s.role = candidate;
            known = true;
        }
    if (!known && o->contains("role") && (*o)["role"].isString())
        r.error(JsonReader::join(path, "role"),
                LabLoader::tr("unknown role '%1'; allowed: authoritative, resolver, forwarder")
                    .arg(role));
    if (auto zones = r.array(*o, "zones", path, false))
        for (qsizetype i = 0; i < zones->size(); ++i)
            if (auto z = readZone(r, zones->at(i), JsonReader::index(path + ".zones", i)))
                s.zones.push_back(*z);
    if (auto hints = r.array(*o, "root_hints", path, false))
        for (qsizetype i = 0; i < hints->size(); ++i) {
            const QString hp = JsonReader::index(path + ".root_hints", i);
            auto ho = r.object(hints->at(i), hp);
            if (!ho)
                continue;
            r.checkKeys(*ho, hp, {"name", "address"});
            auto name = r.string(*ho, "name", hp, true);
            auto address = r.address(*ho, "address", hp, true);
            if (name && address)
                s.rootHints.push_back(DnsRootHint{name->toStdString(), *address});
        }
    if (auto fw = r.array(*o, "forwarders", path, false))
        for (qsizetype i = 0; i < fw->size(); ++i) {
            const QString fp = JsonReader::index(path + ".forwarders", i);
            QString why;
            auto a =
                fw->at(i).isString() ? parseAddressText(fw->at(i).toString(), &why) : std::nullopt;
            if (!fw->at(i).isString())
                why = LabLoader::tr("expected a string like \"203.0.113.53\"");
            if (a)
                s.forwarders.push_back(*a);
            else
                r.error(fp, why);
        }
    s.timeout = r.number(*o, "timeout", path, 0.01, 60).value_or(s.timeout);
    s.attempts = r.integer(*o, "attempts", path, 1, 5).value_or(s.attempts);
    d.dns = s;
}

void writeDnsServer(const Device& d, QJsonObject& o) {
    if (!d.dns)
        return;
    const DnsServerEntry& s = *d.dns;
    auto q = [](const std::string& text) { return QString::fromStdString(text); };
    QJsonObject out{{"role", QString::fromLatin1(dnsRoleKey(s.role))}};
    if (!s.zones.empty()) {
        QJsonArray zones;
        for (const DnsZoneEntry& z : s.zones) {
            const DnsSoaEntry& soa = z.soa;
            QJsonObject zo{{"origin", q(z.origin)},
                           {"soa", QJsonObject{{"mname", q(soa.mname)},
                                               {"rname", q(soa.rname)},
                                               {"serial", static_cast<double>(soa.serial)},
                                               {"refresh", static_cast<double>(soa.refresh)},
                                               {"retry", static_cast<double>(soa.retry)},
                                               {"expire", static_cast<double>(soa.expire)},
                                               {"minimum", static_cast<double>(soa.minimum)},
                                               {"ttl", static_cast<double>(soa.ttl)}}}};
            QJsonArray records;
            for (const DnsRecordEntry& rec : z.records)
                records.append(QJsonObject{{"name", q(rec.name)},
                                           {"type", QString::fromLatin1(dns::typeName(rec.type))},
                                           {"ttl", static_cast<double>(rec.ttl)},
                                           {"value", q(rec.value)}});
            zo["records"] = records;
            zones.append(zo);
        }
        out["zones"] = zones;
    }
    if (!s.rootHints.empty()) {
        QJsonArray hints;
        for (const DnsRootHint& h : s.rootHints)
            hints.append(QJsonObject{{"name", q(h.name)}, {"address", q(h.address.toString())}});
        out["root_hints"] = hints;
    }
    if (!s.forwarders.empty()) {
        QJsonArray fw;
        for (Ipv4Address a : s.forwarders)
            fw.append(q(a.toString()));
        out["forwarders"] = fw;
    }
    if (s.timeout != DnsServerEntry{}.timeout)
        out["timeout"] = s.timeout;
    if (s.attempts != DnsServerEntry{}.attempts)
        out["attempts"] = s.attempts;
    o["dns"] = out;
}

} // namespace ww::lab
