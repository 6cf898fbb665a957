#include "dialogs/editor_checks.h"

#include "dialogs/field_checks.h"
#include "lab/json_reader.h"
#include "lab/lab_json_resolver.h"
#include "wire/dns.h"

#include <QCoreApplication>

namespace ww::ui {

namespace {

// The zone record types the loader reads (core/lab/lab_json_dns.cpp kRecordTypes).
constexpr std::uint16_t kRecordTypes[] = {dns::kTypeA, dns::kTypeNs, dns::kTypeCname, dns::kTypePtr,
                                          dns::kTypeMx};

} // namespace

QString checkDomainName(const QString& text) {
    std::vector<lab::LabIssue> issues;
    lab::JsonReader reader(issues);
    lab::readDomainName(reader, QJsonObject{{QStringLiteral("name"), text}}, QStringLiteral("name"),
                        QString(), true);
    return issues.empty() ? QString() : issues.front().message;
}

std::string domainNameAsLoaded(const QString& text) {
    std::vector<lab::LabIssue> issues;
    lab::JsonReader reader(issues);
    return lab::readDomainName(reader, QJsonObject{{QStringLiteral("name"), text}},
                               QStringLiteral("name"), QString(), true)
        .value_or(text.toStdString());
}

QString checkQueryType(const QString& text) {
    if (text.isEmpty())
        return {}; // A
    return lab::queryTypeFromText(text) != 0
               ? QString()
               : QCoreApplication::translate("FieldChecks", "one of A, NS, CNAME, MX, PTR, SOA");
}

std::uint16_t recordTypeFromText(const QString& text) {
    for (std::uint16_t t : kRecordTypes)
        if (text.compare(QLatin1String(dns::typeName(t)), Qt::CaseInsensitive) == 0)
            return t;
    return 0;
}

QString checkRecordType(const QString& text) {
    return recordTypeFromText(text) != 0
               ? QString()
               : QCoreApplication::translate(
                     "FieldChecks", "one of A, NS, CNAME, PTR, MX (the SOA is in the zone's row)");
}

QString checkUnicast(const QString& text) {
    if (const QString p = checkAddress(text, false); !p.isEmpty())
        return p;
    const Ipv4Address a = *addressFromText(text);
    if (a.isUnspecified() || a.isMulticast() || a == Ipv4Address::limitedBroadcast())
        return QCoreApplication::translate("LabLoader",
                                           "%1 is not a unicast address; a DNS server has one")
            .arg(text);
    return {};
}

QString checkMulticast(const QString& text) {
    if (const QString p = checkAddress(text, false); !p.isEmpty())
        return p;
    if (!addressFromText(text)->isMulticast())
        return QCoreApplication::translate(
                   "LabLoader", "%1 is not a multicast group (224.0.0.0-239.255.255.255)")
            .arg(text);
    return {};
}

std::vector<lab::LabIssue> loaderIssues(const lab::Lab& lab) {
    return lab::parseLab(lab::toJson(lab)).issues;
}

std::vector<lab::LabIssue> freshIssues(const std::vector<lab::LabIssue>& before,
                                       const lab::Lab& after) {
    std::vector<lab::LabIssue> out;
    for (const lab::LabIssue& issue : loaderIssues(after)) {
        bool old = false;
        for (const lab::LabIssue& b : before)
            old = old || (b.path == issue.path && b.message == issue.message);
        if (!old)
            out.push_back(issue);
    }
    return out;
}

} // namespace ww::ui
