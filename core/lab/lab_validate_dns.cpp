// Checks on the "dns" device key (docs/lab-format.md).
#include "lab/address_text.h"
#include "lab/lab_json.h"
#include "lab/lab_json_dns.h"
#include "wire/dns.h"

#include <QCoreApplication>
#include <set>

namespace ww::lab {

namespace {

// lupdate files Ctx::tr("...") under the context "LabLoader", where the strings are looked up.
struct LabLoader {
    Q_DECLARE_TR_FUNCTIONS(LabLoader)
};
QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// Lower case, for comparing names (RFC 4343: DNS names compare case-insensitively).
std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool inZone(const std::string& name, const std::string& zone) {
    if (zone == ".")
        return true;
    const std::string n = lower(name), z = lower(zone);
    return n == z || (n.size() > z.size() && n.compare(n.size() - z.size(), z.size(), z) == 0 &&
                      n[n.size() - z.size() - 1] == '.');
}

class DnsChecker {
public:
    explicit DnsChecker(std::vector<LabIssue>& issues)
        : issues_(issues) {}

    void error(const QString& path, const QString& message) { issues_.push_back({path, message}); }

    // A name that must be a valid domain name once made absolute; returns it or "".
    std::string name(const std::string& text, const std::string& origin, const QString& path) {
        if (text.empty()) {
            error(path, LabLoader::tr("must not be empty"));
            return {};
        }
        const std::string absolute = dnsAbsoluteName(text, origin);
        if (auto labels = dns::textToLabels(absolute == "." ? "" : absolute); !labels) {
            error(path, LabLoader::tr("'%1' is not a domain name: %2")
                            .arg(q(text),
                                 QCoreApplication::translate("DnsWire", labels.failure().reason)));
            return {};
        }
        return absolute;
    }

    void zone(const DnsZoneEntry& z, const QString& path, std::set<std::string>& origins) {
        const QString op = path + ".origin";
        if (z.origin.empty() || z.origin.back() != '.') {
            error(op, LabLoader::tr(
                          "'%1' must be absolute, ending in a dot (\"naver.com.\", \".\" for the "
                          "root)")
                          .arg(q(z.origin)));
            return;
        }
        const std::string origin = name(z.origin, z.origin, op);
        if (origin.empty())
            return;
        if (!origins.insert(lower(origin)).second)
            error(op, LabLoader::tr("zone '%1' is given twice on this server").arg(q(z.origin)));
        name(z.soa.mname, z.origin, path + ".soa.mname");
        name(z.soa.rname, z.origin, path + ".soa.rname");
        bool hasNs = false;
        for (std::size_t i = 0; i < z.records.size(); ++i) {
            const DnsRecordEntry& rec = z.records[i];
            const QString rp = path + QStringLiteral(".records[%1]").arg(i);
            const std::string owner = name(rec.name, z.origin, rp + ".name");
            if (!owner.empty() && !inZone(owner, origin))
                error(rp + ".name",
                      LabLoader::tr("'%1' is outside zone '%2'").arg(q(rec.name), q(z.origin)));
            hasNs = hasNs || (rec.type == dns::kTypeNs && lower(owner) == lower(origin));
            value(rec, z.origin, rp + ".value");
        }
        if (!hasNs)
            error(path + ".records",
                  LabLoader::tr("zone '%1' needs an NS record for its origin (name \"@\")")
                      .arg(q(z.origin)));
    }

    void value(const DnsRecordEntry& rec, const std::string& origin, const QString& path) {
        switch (rec.type) {
        case dns::kTypeA: {
            QString why;
            if (!parseAddressText(q(rec.value), &why))
                error(path, why);
            return;
        }
        case dns::kTypeNs:
        case dns::kTypeCname:
        case dns::kTypePtr:
            name(rec.value, origin, path);
            return;
        case dns::kTypeMx: {
            const auto space = rec.value.find(' ');
            bool ok = space != std::string::npos;
            const int pref = ok ? q(rec.value.substr(0, space)).toInt(&ok) : 0;
            if (!ok || pref < 0 || pref > 65535) {
                error(path,
                      LabLoader::tr("'%1' is not \"PREFERENCE NAME\" with a preference from 0 to "
                                    "65535, like \"10 mail\"")
                          .arg(q(rec.value)));
                return;
            }
            name(rec.value.substr(space + 1), origin, path);
            return;
        }
        default:
            return;
        }
    }

private:
    std::vector<LabIssue>& issues_;
};

} // namespace

std::string dnsAbsoluteName(const std::string& name, const std::string& origin) {
    const std::string base = origin == "." ? std::string() : origin.substr(0, origin.size() - 1);
    if (name == "@")
        return base.empty() ? "." : base;
    if (!name.empty() && name.back() == '.')
        return name == "." ? "." : name.substr(0, name.size() - 1);
    return base.empty() ? name : name + "." + base;
}

void validateDnsServer(const Device& d, const QString& devicePath, std::vector<LabIssue>& issues) {
    if (!d.dns)
        return;
    const DnsServerEntry& s = *d.dns;
    const QString path = devicePath + ".dns";
    DnsChecker check(issues);
    std::set<std::string> origins;
    for (std::size_t i = 0; i < s.zones.size(); ++i)
        check.zone(s.zones[i], path + QStringLiteral(".zones[%1]").arg(i), origins);
    for (std::size_t i = 0; i < s.rootHints.size(); ++i)
        check.name(s.rootHints[i].name, ".", path + QStringLiteral(".root_hints[%1].name").arg(i));
    switch (s.role) {
    case DnsServerRole::Authoritative:
        if (s.zones.empty())
            check.error(path + ".zones",
                        LabLoader::tr("an authoritative server needs at least one zone"));
        break;
    case DnsServerRole::Resolver:
        if (s.rootHints.empty())
            check.error(
                path + ".root_hints",
                LabLoader::tr("a resolver needs at least one root hint (name and address of a "
                              "root server)"));
        break;
    case DnsServerRole::Forwarder:
        if (s.forwarders.empty())
            check.error(path + ".forwarders",
                        LabLoader::tr("a forwarder needs at least one upstream resolver address"));
        break;
    }
    if (s.role != DnsServerRole::Authoritative && !s.zones.empty())
        check.error(path + ".zones", LabLoader::tr("only an authoritative server serves zones"));
}

} // namespace ww::lab
