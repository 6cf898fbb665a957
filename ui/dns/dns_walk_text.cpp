#include "dns/dns_walk_text.h"

#include "wire/dns.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace ww::ui::dnstext {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

// A record's presentation line split into owner, TTL, class, type and data.
struct RecordLine {
    QString owner, type, data;
};
RecordLine split(const std::string& line) {
    const QStringList parts = text(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    RecordLine r;
    if (parts.size() >= 4) {
        r.owner = parts[0];
        r.type = parts[3];
        r.data = parts.mid(4).join(QLatin1Char(' '));
    }
    return r;
}

int labelCount(const QString& name) {
    if (name == QLatin1String("."))
        return 0;
    return static_cast<int>(name.count(QLatin1Char('.')) +
                            (name.endsWith(QLatin1Char('.')) ? 0 : 1));
}

QString placeText(DnsPlace place) {
    switch (place) {
    case DnsPlace::StubCache:
        return QCoreApplication::translate("DnsWalk", "stub cache");
    case DnsPlace::HostsFile:
        return QCoreApplication::translate("DnsWalk", "hosts file");
    case DnsPlace::ResolverCache:
    case DnsPlace::ForwarderCache:
        return QCoreApplication::translate("DnsWalk", "cache");
    case DnsPlace::Zone:
        return QCoreApplication::translate("DnsWalk", "zone data");
    case DnsPlace::Server:
        return QCoreApplication::translate("DnsWalk", "DNS server");
    }
    return {};
}

QString sectionText(DnsSection section) {
    switch (section) {
    case DnsSection::Answer:
        return QCoreApplication::translate("DnsWalk", "answer");
    case DnsSection::Authority:
        return QCoreApplication::translate("DnsWalk", "authority");
    case DnsSection::Additional:
        return QCoreApplication::translate("DnsWalk", "additional");
    }
    return {};
}

// "Answer (AA=1)", "Referral to the servers of kr." ...: what a response says.
QString responseText(const DnsResponseInfo& r) {
    QString what;
    switch (r.kind) {
    case DnsAnswerKind::Answer:
        what = r.aa ? QCoreApplication::translate("DnsWalk", "authoritative answer")
                    : QCoreApplication::translate("DnsWalk", "answer");
        break;
    case DnsAnswerKind::Referral: {
        QString child;
        for (const DnsRecordText& rec : r.records)
            if (rec.section == DnsSection::Authority && split(rec.text).type == QLatin1String("NS"))
                child = split(rec.text).owner;
        what = QCoreApplication::translate("DnsWalk", "referral: ask the servers of %1")
                   .arg(child.isEmpty() ? QStringLiteral("?") : child);
        break;
    }
    case DnsAnswerKind::NxDomain:
        what = QCoreApplication::translate("DnsWalk", "no such name (NXDOMAIN)");
        break;
    case DnsAnswerKind::NoData:
        what = QCoreApplication::translate("DnsWalk", "no record of that type (NODATA)");
        break;
    case DnsAnswerKind::ServFail:
        what = QCoreApplication::translate("DnsWalk", "server failure (SERVFAIL)");
        break;
    case DnsAnswerKind::Refused:
        what = QCoreApplication::translate("DnsWalk", "refused (REFUSED)");
        break;
    }
    QStringList flags;
    if (r.aa)
        flags << QStringLiteral("AA=1");
    if (r.ra)
        flags << QStringLiteral("RA=1");
    if (r.tc)
        flags << QCoreApplication::translate("DnsWalk", "TC=1: truncated, ask again over TCP");
    if (!flags.isEmpty())
        what += QStringLiteral(" (") + flags.join(QStringLiteral(", ")) + QLatin1Char(')');
    return what;
}

DnsReply replyOf(DnsAnswerKind kind) {
    switch (kind) {
    case DnsAnswerKind::Answer:
        return DnsReply::Answer;
    case DnsAnswerKind::Referral:
        return DnsReply::Referral;
    case DnsAnswerKind::NxDomain:
        return DnsReply::NxDomain;
    case DnsAnswerKind::NoData:
        return DnsReply::NoData;
    case DnsAnswerKind::ServFail:
        return DnsReply::ServFail;
    case DnsAnswerKind::Refused:
        return DnsReply::Refused;
    }
    return DnsReply::ServFail;
}

DnsReply replyOf(DnsOutcome outcome) {
    switch (outcome) {
    case DnsOutcome::Answer:
        return DnsReply::Answer;
    case DnsOutcome::Referral:
        return DnsReply::Referral;
    case DnsOutcome::NxDomain:
        return DnsReply::NxDomain;
    case DnsOutcome::NoData:
        return DnsReply::NoData;
    case DnsOutcome::ServFail:
        return DnsReply::ServFail;
    case DnsOutcome::Refused:
        return DnsReply::Refused;
    case DnsOutcome::Timeout:
        return DnsReply::Timeout;
    }
    return DnsReply::ServFail;
}

// What the application gets: the addresses, or why there are none.
QString outcomeText(const DnsLookupFinished& f) {
    switch (f.outcome) {
    case DnsOutcome::Answer: {
        QStringList addresses;
        for (const Ipv4Address& a : f.addresses)
            addresses << text(a.toString());
        return addresses.isEmpty() ? QCoreApplication::translate("DnsWalk", "an answer")
                                   : addresses.join(QStringLiteral(", "));
    }
    case DnsOutcome::NxDomain:
        return QCoreApplication::translate("DnsWalk", "no such name (NXDOMAIN)");
    case DnsOutcome::NoData:
        return QCoreApplication::translate("DnsWalk", "no record of that type (NODATA)");
    case DnsOutcome::ServFail:
    case DnsOutcome::Referral:
        return QCoreApplication::translate("DnsWalk", "server failure (SERVFAIL)");
    case DnsOutcome::Refused:
        return QCoreApplication::translate("DnsWalk", "refused (REFUSED)");
    case DnsOutcome::Timeout:
        return QCoreApplication::translate("DnsWalk", "no answer (timed out)");
    }
    return {};
}

} // namespace

QString bareName(const std::string& name) {
    QString n = text(name);
    if (n.size() > 1 && n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

QString typeText(std::uint16_t qtype) {
    const char* name = dns::typeName(qtype);
    return name && *name ? QString::fromLatin1(name) : QStringLiteral("TYPE%1").arg(qtype);
}

DeviceId deviceWithAddress(const RecordedRun& run, Ipv4Address address) {
    for (std::size_t d = 0; d < run.devices().size(); ++d)
        for (const InterfaceInfo& i : run.devices()[d].interfaces)
            if (i.address && i.address->address == address)
                return static_cast<DeviceId>(d);
    return kNoDevice;
}

std::map<DeviceId, ServerZone> serverZones(const DnsWalkSource& run) {
    std::map<DeviceId, ServerZone> zones;
    // The lab's zones first: the highest in the tree names the server's part in the walk.
    for (const auto& [device, origins] : run.zones) {
        QStringList names;
        int fewest = 1000;
        for (const std::string& origin : origins) {
            names << text(origin);
            fewest = std::min(fewest, labelCount(text(origin)));
        }
        if (names.isEmpty())
            continue;
        zones[device] = {fewest == 0   ? DnsLaneRole::Root
                         : fewest == 1 ? DnsLaneRole::Tld
                                       : DnsLaneRole::Authoritative,
                         names.join(QStringLiteral(", "))};
    }
    for (const Event& e : run.events) {
        const auto* r = std::get_if<DnsResponseSent>(&e.kind);
        if (!r || zones.count(r->device))
            continue;
        for (const DnsRecordText& rec : r->records) {
            const RecordLine line = split(rec.text);
            if (rec.section != DnsSection::Authority)
                continue;
            QString zone;
            if (r->kind == DnsAnswerKind::Referral && line.type == QLatin1String("NS"))
                zone = labelCount(line.owner) <= 1 ? QStringLiteral(".")
                                                   : line.owner.section(QLatin1Char('.'), 1);
            else if (line.type == QLatin1String("SOA"))
                zone = line.owner;
            if (zone.isEmpty())
                continue;
            const int labels = labelCount(zone);
            zones[r->device] = {labels == 0   ? DnsLaneRole::Root
                                : labels == 1 ? DnsLaneRole::Tld
                                              : DnsLaneRole::Authoritative,
                                zone};
            break;
        }
    }
    return zones;
}

std::optional<DnsStep> stepFor(const DnsWalkSource& run, std::size_t index, const Lanes& lanes) {
    const Event& event = run.events[index];
    DnsStep s;
    s.event = index;
    s.time = event.time;
    s.from = s.to = lanes.own;
    if (const auto* e = std::get_if<DnsLookupStarted>(&event.kind)) {
        if (!lanes.top)
            return std::nullopt;
        s.kind = DnsStepKind::Ask;
        s.from = lanes.application;
        s.headline = QCoreApplication::translate("DnsWalk", "asks the stub resolver for %1 %2")
                         .arg(typeText(e->qtype), bareName(e->name));
        return s;
    }
    if (const auto* e = std::get_if<DnsPlaceChecked>(&event.kind)) {
        s.kind = DnsStepKind::Check;
        s.hit = e->hit;
        s.negative = e->negative;
        QString result;
        if (!e->hit)
            result = QCoreApplication::translate("DnsWalk", "miss");
        else if (e->negative)
            result = QCoreApplication::translate("DnsWalk",
                                                 "hit: a cached \"no such name\", TTL left %1 s")
                         .arg(e->ttlLeft);
        else if (e->place == DnsPlace::HostsFile || e->place == DnsPlace::Zone)
            result = QCoreApplication::translate("DnsWalk", "hit");
        else
            result = QCoreApplication::translate("DnsWalk", "hit, TTL left %1 s").arg(e->ttlLeft);
        s.headline = QStringLiteral("%1 (%2 %3): %4")
                         .arg(placeText(e->place), typeText(e->qtype), bareName(e->name), result);
        return s;
    }
    if (const auto* e = std::get_if<DnsQuerySent>(&event.kind)) {
        s.kind = DnsStepKind::Query;
        s.to = lanes.peer >= 0 ? lanes.peer : lanes.own;
        s.recursive = e->recursionDesired;
        s.tcp = e->tcp;
        s.headline =
            (e->recursionDesired
                 ? QCoreApplication::translate("DnsWalk", "recursive query (RD=1): %1 %2?")
                 : QCoreApplication::translate("DnsWalk", "iterative query (RD=0): %1 %2?"))
                .arg(typeText(e->qtype), bareName(e->name));
        if (e->tcp)
            s.headline += QCoreApplication::translate("DnsWalk", ", over TCP");
        if (e->attempt > 1)
            s.headline += QCoreApplication::translate("DnsWalk", ", try %1").arg(e->attempt);
        s.details << QCoreApplication::translate("DnsWalk", "to %1, transaction ID 0x%2, port %3")
                         .arg(text(e->server.toString()))
                         .arg(e->id, 4, 16, QLatin1Char('0'))
                         .arg(e->sourcePort);
        return s;
    }
    if (const auto* e = std::get_if<DnsResponseSent>(&event.kind)) {
        s.kind = DnsStepKind::Response;
        s.to = lanes.peer >= 0 ? lanes.peer : lanes.own;
        s.recursive = e->ra;
        s.tcp = e->tcp;
        s.reply = replyOf(e->kind);
        s.headline = responseText(*e);
        for (const DnsRecordText& rec : e->records)
            s.details << sectionText(rec.section) + QStringLiteral(": ") + text(rec.text);
        return s;
    }
    if (const auto* e = std::get_if<DnsLookupFinished>(&event.kind)) {
        if (!lanes.top)
            return std::nullopt;
        s.kind = DnsStepKind::Result;
        s.to = lanes.application;
        s.reply = replyOf(e->outcome);
        s.headline =
            QCoreApplication::translate("DnsWalk", "the application gets %1").arg(outcomeText(*e));
        if (e->outcome == DnsOutcome::Answer && e->source != DnsPlace::Server)
            s.headline +=
                QCoreApplication::translate("DnsWalk", " from the %1").arg(placeText(e->source));
        if (!e->canonical.empty() && bareName(e->canonical) != bareName(e->name))
            s.details << QCoreApplication::translate("DnsWalk", "canonical name: %1")
                             .arg(bareName(e->canonical));
        s.details << QCoreApplication::translate("DnsWalk", "the lookup took %1 ms")
                         .arg(timeToSeconds(e->elapsed) * 1000, 0, 'f', 3);
        return s;
    }
    return std::nullopt;
}

QString cachedLine(const DnsWalkSource& run, const DnsCacheChanged& c) {
    if (c.change == DnsCacheChange::NegativeAdded)
        return QCoreApplication::translate("DnsWalk",
                                           "cached on %1: %2 %3 does not exist (%4), TTL %5 s")
            .arg(run.deviceName(c.device), bareName(c.name), typeText(c.qtype), text(c.data))
            .arg(c.ttl);
    return QCoreApplication::translate("DnsWalk", "cached on %1: %2 %3 %4, TTL %5 s")
        .arg(run.deviceName(c.device), bareName(c.name), typeText(c.qtype), text(c.data))
        .arg(c.ttl);
}

void finish(const DnsWalkSource& run, DnsWalk& walk, const Event* finished) {
    if (finished)
        if (const auto* f = std::get_if<DnsLookupFinished>(&finished->kind))
            walk.outcome = outcomeText(*f);
    bool iterative = false;
    const DnsStep* hit = nullptr;
    for (const DnsStep& s : walk.steps) {
        iterative = iterative || (s.kind == DnsStepKind::Query && !s.recursive);
        if (s.kind == DnsStepKind::Check && s.hit)
            hit = &s;
    }
    if (iterative || !hit || walk.outcome.isEmpty())
        return;
    const auto* check = std::get_if<DnsPlaceChecked>(&run.events[hit->event].kind);
    if (!check)
        return;
    const QString device = run.deviceName(check->device);
    walk.shortPath = true;
    switch (check->place) {
    case DnsPlace::StubCache:
        walk.answeredBy =
            QCoreApplication::translate("DnsWalk", "the stub cache on %1").arg(device);
        break;
    case DnsPlace::HostsFile:
        walk.answeredBy =
            QCoreApplication::translate("DnsWalk", "the hosts file on %1").arg(device);
        break;
    case DnsPlace::ResolverCache:
    case DnsPlace::ForwarderCache:
    case DnsPlace::Server:
        walk.answeredBy = QCoreApplication::translate("DnsWalk", "the cache of %1").arg(device);
        break;
    case DnsPlace::Zone:
        walk.answeredBy = QCoreApplication::translate("DnsWalk", "the zone data of %1").arg(device);
        break;
    }
}

} // namespace ww::ui::dnstext
