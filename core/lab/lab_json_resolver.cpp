// Lab keys of the stub resolver (docs/lab-format.md "resolver", scenario "name"/"type").
#include "lab/lab_json_resolver.h"

#include "wire/dns.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ww::lab {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

const char* sourceName(ResolverSource s) {
    return s == ResolverSource::Files ? "files" : "dns";
}

// Types the dns action asks for (the ones core/wire/dns models with typed data).
const std::uint16_t kQueryTypes[] = {dns::kTypeA,  dns::kTypeNs,  dns::kTypeCname,
                                     dns::kTypeMx, dns::kTypePtr, dns::kTypeSoa};

void readOrder(JsonReader& r, const QJsonObject& o, const QString& path, Resolver& out) {
    auto arr = r.array(o, "order", path, false);
    if (!arr)
        return;
    const QString op = JsonReader::join(path, "order");
    std::vector<ResolverSource> order;
    for (qsizetype i = 0; i < arr->size(); ++i) {
        const QString text = arr->at(i).toString();
        std::optional<ResolverSource> s;
        if (text == QLatin1String("files"))
            s = ResolverSource::Files;
        else if (text == QLatin1String("dns"))
            s = ResolverSource::Dns;
        if (!s || std::find(order.begin(), order.end(), *s) != order.end()) {
            r.error(JsonReader::index(op, i),
                    QCoreApplication::translate(
                        "LabLoader", "'%1' is not allowed here; the order lists \"files\" (the "
                                     "hosts file) and \"dns\" (the DNS server), each at most once")
                        .arg(arr->at(i).isString() ? text : arr->at(i).toVariant().toString()));
            return;
        }
        order.push_back(*s);
    }
    if (order.empty()) {
        r.error(op,
                QCoreApplication::translate(
                    "LabLoader", "the order is empty; give [\"files\", \"dns\"] or a part of it"));
        return;
    }
    out.order = order;
}

} // namespace

std::optional<std::string> readDomainName(JsonReader& r, const QJsonObject& o, const QString& key,
                                          const QString& path, bool required) {
    auto text = r.string(o, key, path, required);
    if (!text)
        return std::nullopt;
    const std::string s = text->toStdString();
    auto labels = dns::textToLabels(s);
    if (!labels || labels->empty()) {
        r.error(JsonReader::join(path, key),
                QCoreApplication::translate(
                    "LabLoader", "'%1' is not a domain name: %2 (labels of 1-63 octets separated "
                                 "by dots, at most 255 octets in all)")
                    .arg(*text,
                         labels ? QCoreApplication::translate("LabLoader", "it is empty")
                                : QCoreApplication::translate("DnsWire", labels.failure().reason)));
        return std::nullopt;
    }
    return dns::labelsToText(*labels); // presentation form without the trailing dot
}

std::optional<Resolver> readResolver(JsonReader& r, const QJsonValue& v, const QString& path) {
    auto o = r.object(v, path);
    if (!o)
        return std::nullopt;
    r.checkKeys(*o, path, {"servers", "order", "hosts", "timeout", "attempts"});
    Resolver res;
    if (auto servers = r.array(*o, "servers", path, false)) {
        const QString sp = JsonReader::join(path, "servers");
        for (qsizetype i = 0; i < servers->size(); ++i) {
            QString why;
            const QJsonValue sv = servers->at(i);
            auto a = sv.isString() ? parseAddressText(sv.toString(), &why) : std::nullopt;
            if (!sv.isString())
                why = QCoreApplication::translate("LabLoader",
                                                  "expected a string like \"10.0.2.53\"");
            else if (a && (a->isUnspecified() || a->isMulticast() ||
                           *a == Ipv4Address::limitedBroadcast())) {
                why = QCoreApplication::translate(
                          "LabLoader", "%1 is not a unicast address; a DNS server has one")
                          .arg(sv.toString());
                a.reset();
            }
            if (a)
                res.servers.push_back(*a);
            else
                r.error(JsonReader::index(sp, i), why);
        }
    }
    readOrder(r, *o, path, res);
    if (auto hosts = r.array(*o, "hosts", path, false)) {
        const QString hp = JsonReader::join(path, "hosts");
        for (qsizetype i = 0; i < hosts->size(); ++i) {
            const QString ep = JsonReader::index(hp, i);
            auto eo = r.object(hosts->at(i), ep);
            if (!eo)
                continue;
            r.checkKeys(*eo, ep, {"name", "address"});
            auto name = readDomainName(r, *eo, "name", ep, true);
            auto address = r.address(*eo, "address", ep, true);
            if (name && address)
                res.hosts.push_back({*name, *address});
        }
    }
    // glibc caps them at RES_MAXRETRANS (30) and RES_MAXRETRY (5).
    res.timeout = r.integer(*o, "timeout", path, 1, 30).value_or(res.timeout);
    res.attempts = r.integer(*o, "attempts", path, 1, 5).value_or(res.attempts);
    return res;
}

QJsonObject resolverJson(const Resolver& res) {
    QJsonArray servers, order, hosts;
    for (Ipv4Address a : res.servers)
        servers.append(q(a.toString()));
    for (ResolverSource s : res.order)
        order.append(QString::fromLatin1(sourceName(s)));
    for (const HostsEntry& h : res.hosts)
        hosts.append(QJsonObject{{"name", q(h.name)}, {"address", q(h.address.toString())}});
    return QJsonObject{{"servers", servers},
                       {"order", order},
                       {"hosts", hosts},
                       {"timeout", res.timeout},
                       {"attempts", res.attempts}};
}

std::uint16_t queryTypeFromText(const QString& text) {
    for (std::uint16_t t : kQueryTypes)
        if (text.compare(QLatin1String(dns::typeName(t)), Qt::CaseInsensitive) == 0)
            return t;
    return 0;
}

bool readActionTarget(JsonReader& r, const QJsonObject& o, const QString& path, Action& a) {
    if (a.type == ActionType::Dns) {
        auto name = readDomainName(r, o, "name", path, true);
        if (auto type = r.string(o, "type", path, false)) {
            a.qtype = queryTypeFromText(*type);
            if (a.qtype == 0)
                r.error(
                    JsonReader::join(path, "type"),
                    QCoreApplication::translate(
                        "LabLoader", "unknown record type '%1'; use A, NS, CNAME, MX, PTR or SOA")
                        .arg(*type));
        }
        if (!name || a.qtype == 0)
            return false;
        a.name = *name;
        return true;
    }
    const bool byName = o.contains("name");
    if (byName == o.contains("to")) {
        r.error(JsonReader::join(path, byName ? "name" : "to"),
                byName ? QCoreApplication::translate(
                             "LabLoader", "give \"to\" (an address) or \"name\" (resolved first), "
                                          "not both")
                       : QCoreApplication::translate("LabLoader", "is required"));
        return false;
    }
    if (byName) {
        auto name = readDomainName(r, o, "name", path, true);
        if (name)
            a.name = *name;
        return name.has_value();
    }
    auto to = r.address(o, "to", path, true);
    if (to)
        a.to = *to;
    return to.has_value();
}

void writeActionTarget(const Action& a, QJsonObject& o) {
    if (a.name.empty())
        return;
    o.remove("to");
    o["name"] = q(a.name);
    if (a.type == ActionType::Dns)
        o["type"] = QString::fromLatin1(dns::typeName(a.qtype));
}

} // namespace ww::lab
