#pragma once

#include "net/network.h"

#include <QString>
#include <QTextStream>
#include <map>

namespace ww::cli {

// The DNS part of `wirewalk run`: the dns action printed like nslookup, and ping/http by
// name ("ping: NAME: Name or service not known"), each saying where the answer came from
// (the stub's cache, the hosts file or a DNS server).
class DnsRunReport {
public:
    DnsRunReport(const Network& net, QTextStream& out)
        : net_(net)
        , out_(out) {}

    // Prints what it has to say about `e`; true when RunReport should print nothing more
    // (a scenario step that only starts a lookup by name).
    bool onEvent(const Event& e, bool verbose, const QString& when);
    // "DNS lookups: 5 (2 from the stub cache, 1 from the hosts file, 2 from a DNS server), 1
    // failed."
    void printSummary();

private:
    QString deviceName(DeviceId id) const { return QString::fromStdString(net_.device(id).name()); }
    void printNslookup(const DnsLookupFinished& f, const QString& indent);
    QStringList answerLines(const DnsLookupFinished& f) const;

    const Network& net_;
    QTextStream& out_;
    std::map<DeviceId, ActionKind> waiting_;      // a step by name, for the next lookup
    std::map<std::uint32_t, ActionKind> lookups_; // stub lookups an action started
    std::map<std::uint32_t, DnsResponseReceived> lastResponse_;
    std::map<std::uint32_t, std::uint32_t> cacheTtl_; // ttl left on a stub cache hit
    int fromCache_ = 0, fromHosts_ = 0, fromServer_ = 0, failed_ = 0;
};

} // namespace ww::cli
