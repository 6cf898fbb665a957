#include "cli/run_report_dns.h"

#include "apps/dns_stub.h"
#include "apps/dns_stub_answer.h"
#include "net/ip_node.h"

#include <QCoreApplication>

namespace ww::cli {

namespace {

// lupdate files Ctx::tr("...") under the context "Cli", where the strings are looked up.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString withoutDot(const std::string& name) {
    QString n = QString::fromStdString(name);
    if (n.size() > 1 && n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

// nslookup's line(s) for one record "owner ttl class type data" (RFC 1035 §5.1 text).
QStringList nslookupLines(const QString& text) {
    const QStringList f = text.split(QLatin1Char(' '));
    if (f.size() < 5)
        return {text};
    const QString owner = withoutDot(f[0].toStdString());
    const QString type = f[3];
    const QString data = f.mid(4).join(QLatin1Char(' '));
    if (type == QLatin1String("A"))
        return {QStringLiteral("Name:\t%1").arg(owner), QStringLiteral("Address: %1").arg(data)};
    if (type == QLatin1String("CNAME"))
        return {QStringLiteral("%1\tcanonical name = %2").arg(owner, data)};
    if (type == QLatin1String("MX"))
        return {QStringLiteral("%1\tmail exchanger = %2").arg(owner, data)};
    if (type == QLatin1String("NS"))
        return {QStringLiteral("%1\tnameserver = %2").arg(owner, data)};
    if (type == QLatin1String("PTR"))
        return {QStringLiteral("%1\tname = %2").arg(owner, data)};
    if (type == QLatin1String("SOA") && f.size() == 11)
        return {owner,
                QStringLiteral("\torigin = %1").arg(withoutDot(f[4].toStdString())),
                QStringLiteral("\tmail addr = %1").arg(withoutDot(f[5].toStdString())),
                QStringLiteral("\tserial = %1").arg(f[6]),
                QStringLiteral("\trefresh = %1").arg(f[7]),
                QStringLiteral("\tretry = %1").arg(f[8]),
                QStringLiteral("\texpire = %1").arg(f[9]),
                QStringLiteral("\tminimum = %1").arg(f[10])};
    return {QStringLiteral("%1\t%2 = %3").arg(owner, type, data)};
}

// The program a scenario action by name is (ping, http or traceroute).
QString programName(ActionKind kind) {
    return kind == ActionKind::Ping         ? QStringLiteral("ping")
           : kind == ActionKind::Traceroute ? QStringLiteral("traceroute")
                                            : QStringLiteral("http");
}

QString typeText(std::uint16_t qtype) {
    const char* t = dns::typeName(qtype);
    return *t ? QString::fromLatin1(t) : QString::number(qtype);
}

} // namespace

bool DnsRunReport::onEvent(const Event& e, bool verbose, const QString& when) {
    if (auto* s = std::get_if<ScenarioStep>(&e.kind)) {
        if (s->action == ActionKind::DnsLookup ||
            ((s->action == ActionKind::Ping || s->action == ActionKind::HttpGet ||
              s->action == ActionKind::Traceroute) &&
             s->target.isUnspecified())) {
            waiting_[s->device] = s->action;
            return true;
        }
        return false;
    }
    if (auto* st = std::get_if<DnsLookupStarted>(&e.kind)) {
        auto w = waiting_.find(st->device);
        if (st->role != DnsRole::Stub || w == waiting_.end())
            return false;
        lookups_[st->lookup] = w->second;
        const ActionKind kind = w->second;
        waiting_.erase(w);
        if (!verbose)
            return true;
        const QString name = withoutDot(st->name);
        out_ << when << ' ' << deviceName(st->device) << ": ";
        if (kind == ActionKind::DnsLookup)
            out_ << (st->qtype == dns::kTypeA
                         ? QStringLiteral("nslookup %1").arg(name)
                         : QStringLiteral("nslookup -type=%1 %2").arg(typeText(st->qtype), name));
        else
            out_ << Cli::tr("%1 %2: looking up the name first").arg(programName(kind), name);
        out_ << '\n';
        return true;
    }
    if (auto* c = std::get_if<DnsPlaceChecked>(&e.kind)) {
        if (c->hit && c->place == DnsPlace::StubCache)
            cacheTtl_[c->lookup] = c->ttlLeft;
        return false;
    }
    if (auto* r = std::get_if<DnsResponseReceived>(&e.kind)) {
        lastResponse_[r->lookup] = *r;
        return false;
    }
    auto* f = std::get_if<DnsLookupFinished>(&e.kind);
    if (!f)
        return false;
    auto it = lookups_.find(f->lookup);
    if (it == lookups_.end())
        return false;
    const ActionKind kind = it->second;
    const bool ok = f->outcome == DnsOutcome::Answer;
    if (!ok)
        ++failed_;
    else if (f->source == DnsPlace::StubCache)
        ++fromCache_;
    else if (f->source == DnsPlace::HostsFile)
        ++fromHosts_;
    else
        ++fromServer_;
    if (!verbose)
        return false;
    const QString name = withoutDot(f->name);
    // Where the answer came from, and how long it took.
    QString from;
    if (f->source == DnsPlace::StubCache)
        from = Cli::tr("from the stub resolver's cache (%1 s of its TTL left)")
                   .arg(cacheTtl_[f->lookup]);
    else if (f->source == DnsPlace::HostsFile)
        from = ok ? Cli::tr("from the hosts file")
                  : Cli::tr("not in the hosts file, no DNS server asked");
    else if (auto r = lastResponse_.find(f->lookup); r != lastResponse_.end())
        from = Cli::tr("from the DNS server %1 in %2 ms")
                   .arg(QString::fromStdString(r->second.peer.toString()))
                   .arg(timeToSeconds(f->elapsed) * 1000.0, 0, 'f', 3);
    else
        from = Cli::tr("no DNS server answered in %1 s").arg(timeToSeconds(f->elapsed), 0, 'f', 3);
    out_ << when << ' ' << deviceName(f->device) << ": ";
    if (kind == ActionKind::DnsLookup) {
        const bool answered = f->source != DnsPlace::Server || lastResponse_.count(f->lookup);
        out_ << QStringLiteral("nslookup %1: %2")
                    .arg(name, answered ? Cli::tr("answer %1").arg(from) : from)
             << '\n';
        printNslookup(*f, QStringLiteral("    "));
        return false;
    }
    const QString app = programName(kind);
    if (ok) {
        QStringList addresses;
        for (Ipv4Address a : f->addresses)
            addresses << QString::fromStdString(a.toString());
        out_ << Cli::tr("%1 is %2 (%3)").arg(name, addresses.join(QStringLiteral(", ")), from);
    } else {
        // glibc's getaddrinfo messages: EAI_NONAME for "no such name", EAI_AGAIN otherwise.
        const bool noName = f->outcome == DnsOutcome::NxDomain || f->outcome == DnsOutcome::NoData;
        out_ << QStringLiteral("%1: %2: %3")
                    .arg(app, name,
                         noName ? Cli::tr("Name or service not known")
                                : Cli::tr("Temporary failure in name resolution"))
             << " (" << from << ')';
    }
    out_ << '\n';
    return false;
}

QStringList DnsRunReport::answerLines(const DnsLookupFinished& f) const {
    QStringList lines;
    std::vector<std::string> texts;
    if (f.source == DnsPlace::Server) {
        if (auto r = lastResponse_.find(f.lookup); r != lastResponse_.end())
            for (const DnsRecordText& t : r->second.records)
                if (t.section == DnsSection::Answer)
                    texts.push_back(t.text);
    } else if (f.source == DnsPlace::StubCache) {
        // Read at the moment the answer was given, so the TTLs are the ones handed out.
        auto* node = dynamic_cast<const IpNode*>(&net_.device(f.device));
        if (node && node->resolverIfAny())
            if (auto hit = node->resolverIfAny()->cache().find(f.name, f.qtype, net_.now()))
                for (const dns::Record& r : hit->chain)
                    texts.push_back(dns::recordText(r));
    } else {
        for (Ipv4Address a : f.addresses)
            texts.push_back(*f.name + " 0 IN A " + a.toString());
    }
    for (const std::string& t : texts)
        lines << nslookupLines(QString::fromStdString(t));
    return lines;
}

void DnsRunReport::printNslookup(const DnsLookupFinished& f, const QString& indent) {
    const QString name = withoutDot(f.name);
    auto line = [this, &indent](const QString& text) { out_ << indent << text << '\n'; };
    auto r = lastResponse_.find(f.lookup);
    const bool fromServer = f.source == DnsPlace::Server && r != lastResponse_.end();
    if (fromServer) {
        const QString server = QString::fromStdString(r->second.peer.toString());
        line(QStringLiteral("Server:\t\t%1").arg(server));
        line(QStringLiteral("Address:\t%1#53").arg(server));
        line(QString());
    }
    switch (f.outcome) {
    case DnsOutcome::Answer:
        if (f.source != DnsPlace::HostsFile && !(fromServer && r->second.aa))
            line(Cli::tr("Non-authoritative answer:"));
        for (const QString& l : answerLines(f))
            line(l);
        return;
    case DnsOutcome::NxDomain:
        line(QStringLiteral("** server can't find %1: NXDOMAIN").arg(name));
        return;
    case DnsOutcome::NoData:
        line(QStringLiteral("*** Can't find %1: No answer").arg(name));
        return;
    case DnsOutcome::ServFail:
    case DnsOutcome::Referral:
    case DnsOutcome::Refused:
        line(QStringLiteral("** server can't find %1: SERVFAIL").arg(name));
        return;
    case DnsOutcome::Timeout:
        line(QStringLiteral(";; connection timed out; no servers could be reached"));
        return;
    }
}

void DnsRunReport::printSummary() {
    const int all = fromCache_ + fromHosts_ + fromServer_ + failed_;
    if (all == 0)
        return;
    out_ << Cli::tr(
                "DNS lookups: %1 (%2 from the stub cache, %3 from the hosts file, %4 from a DNS "
                "server), %5 without an answer.")
                .arg(all)
                .arg(fromCache_)
                .arg(fromHosts_)
                .arg(fromServer_)
                .arg(failed_)
         << '\n';
}

} // namespace ww::cli
