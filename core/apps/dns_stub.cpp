// The stub resolver's lookup: cache, then the hosts file and the server in the configured
// order (docs/dns.md). The exchange with the server is in dns_stub_query.cpp.
#include "apps/dns_stub.h"

#include "apps/dns_stub_answer.h"
#include "apps/dns_stub_query.h"
#include "net/ip_node.h"
#include "net/network.h"

namespace ww::dns {

namespace {

DnsCacheChange toEvent(StubCache::Change c) {
    switch (c) {
    case StubCache::Change::Added:
        return DnsCacheChange::Added;
    case StubCache::Change::Expired:
        return DnsCacheChange::Expired;
    case StubCache::Change::NegativeAdded:
        return DnsCacheChange::NegativeAdded;
    case StubCache::Change::NegativeExpired:
        return DnsCacheChange::NegativeExpired;
    }
    return DnsCacheChange::Added;
}

std::string entryData(const StubCache::Entry& e) {
    if (e.negative)
        return e.nxdomain ? "NXDOMAIN" : "NODATA";
    std::string data;
    for (const Record& r : e.records)
        data += (data.empty() ? "" : ", ") + rdataText(r);
    return data;
}

} // namespace

Stub::Stub(IpNode& node)
    : node_(node)
    , cache_(
          [this](StubCache::Change change, const StubCache::Entry& e) {
              const bool added =
                  change == StubCache::Change::Added || change == StubCache::Change::NegativeAdded;
              std::uint32_t ttl = 0;
              if (added)
                  ttl = StubCache::secondsLeft(e, node_.network().now());
              node_.network().emit(DnsCacheChanged{node_.id(), DnsPlace::StubCache, toEvent(change),
                                                   absoluteName(e.name), e.type, ttl,
                                                   entryData(e)});
          },
          [this](SimTime at, std::string key, std::uint16_t type, std::uint64_t generation) {
              node_.network().sim().scheduleAt(
                  at, [this, key, type, generation] { cache_.expire(key, type, generation); });
          }) {}

Stub::~Stub() = default;

std::vector<Ipv4Address> Stub::servers() const {
    if (!config_.servers.empty())
        return config_.servers;
    if (dhcpServer_ && !dhcpServer_->isUnspecified())
        return {*dhcpServer_};
    return {};
}

void Stub::lookup(const std::string& name, std::uint16_t qtype, Done done) {
    Network& net = node_.network();
    auto r = std::make_shared<StubResult>();
    r->lookup = net.nextDnsLookup();
    r->canonical = name;
    net.emit(DnsLookupStarted{node_.id(), r->lookup, absoluteName(name), qtype, DnsRole::Stub, {}});
    // The cache comes before every source in the order (RFC 1034 §5.3.1: "the stub resolver's
    // cache"), as the Windows DNS Client and systemd-resolved put theirs.
    const auto hit = cache_.find(name, qtype, net.now());
    net.emit(DnsPlaceChecked{node_.id(), r->lookup, DnsPlace::StubCache, absoluteName(name), qtype,
                             hit.has_value(), hit && hit->negative, hit ? hit->ttlLeft : 0});
    if (hit) {
        r->source = DnsPlace::StubCache;
        r->outcome = !hit->negative  ? DnsOutcome::Answer
                     : hit->nxdomain ? DnsOutcome::NxDomain
                                     : DnsOutcome::NoData;
        r->records = hit->chain;
        r->canonical = hit->canonical;
        finish(done, *r, name, qtype, net.now());
        return;
    }
    continueAt(0, r, name, qtype, net.now(), std::move(done));
}

void Stub::continueAt(std::size_t step, std::shared_ptr<StubResult> r, std::string name,
                      std::uint16_t qtype, SimTime started, Done done) {
    Network& net = node_.network();
    for (; step < config_.order.size(); ++step) {
        if (config_.order[step] == StubSource::Files) {
            // The hosts file holds addresses: it answers A and, for an address it lists, PTR
            // (glibc's "files" backend: gethostbyname and gethostbyaddr).
            if (qtype != kTypeA && qtype != kTypePtr)
                continue;
            const std::pair<std::string, Ipv4Address>* found = nullptr;
            for (const auto& entry : config_.hosts)
                if ((qtype == kTypeA && nameKey(entry.first) == nameKey(name)) ||
                    (qtype == kTypePtr && nameKey(reverseName(entry.second)) == nameKey(name))) {
                    found = &entry;
                    break;
                }
            net.emit(DnsPlaceChecked{node_.id(), r->lookup, DnsPlace::HostsFile, absoluteName(name),
                                     qtype, found != nullptr, false, 0});
            if (!found)
                continue;
            Record rec;
            rec.name = name;
            rec.type = qtype;
            rec.data = qtype == kTypeA ? Rdata{found->second} : Rdata{DomainName{found->first}};
            r->records = {rec};
            r->outcome = DnsOutcome::Answer;
            r->source = DnsPlace::HostsFile;
            finish(done, *r, name, qtype, started);
            return;
        }
        const auto list = servers();
        if (list.empty())
            continue; // no server known (no lab setting, no DHCP lease): like "files" alone
        auto query = std::make_shared<StubQuery>(
            node_, r->lookup, name, qtype, list, config_.timeout, config_.attempts,
            [this, step, r, name, qtype, started, done](const StubQuery::Outcome& o) {
                if (o.response) {
                    r->server = o.server;
                    r->authoritative = o.response->header.aa;
                    learn(*o.response, name, qtype, *r);
                } else {
                    r->outcome = o.serverFailed ? DnsOutcome::ServFail : DnsOutcome::Timeout;
                }
                r->source = DnsPlace::Server;
                r->triedServer = true;
                if (r->outcome == DnsOutcome::Answer)
                    finish(done, *r, name, qtype, started);
                else // nsswitch's defaults: NOTFOUND, UNAVAIL and TRYAGAIN all continue
                    continueAt(step + 1, r, name, qtype, started, done);
            });
        query->start();
        return;
    }
    // Nothing in the order had the name: the server's answer (NXDOMAIN, NODATA, timeout)
    // when one was asked, else glibc's HOST_NOT_FOUND ("Name or service not known").
    if (!r->triedServer) {
        r->outcome = DnsOutcome::NxDomain;
        r->source = DnsPlace::HostsFile;
    }
    r->records.clear();
    finish(done, *r, name, qtype, started);
}

void Stub::learn(const Message& response, const std::string& name, std::uint16_t qtype,
                 StubResult& result) {
    const SimTime now = node_.network().now();
    const ResponseReading reading = readResponse(response, Question{name, qtype, kClassIn});
    result.records = reading.chain;
    result.canonical = reading.canonical;
    cache_.addRecords(reading.chain, now);
    switch (reading.kind) {
    case ResponseKind::Answer:
        result.outcome = DnsOutcome::Answer;
        return;
    case ResponseKind::NxDomain:
    case ResponseKind::NoData: {
        const bool nx = reading.kind == ResponseKind::NxDomain;
        result.outcome = nx ? DnsOutcome::NxDomain : DnsOutcome::NoData;
        // RFC 2308 §5: without an SOA in the authority section, a negative answer is not cached.
        if (reading.negativeCacheable)
            cache_.addNegative(reading.canonical, qtype, nx, reading.negativeTtl, now);
        return;
    }
    case ResponseKind::TryNext:
    case ResponseKind::Truncated:
        result.outcome = DnsOutcome::ServFail; // the query layer only hands over final answers
        return;
    }
}

void Stub::finish(const Done& done, StubResult result, const std::string& name, std::uint16_t qtype,
                  SimTime started) {
    Network& net = node_.network();
    if (result.outcome == DnsOutcome::Answer && qtype == kTypeA)
        for (const Record& rec : result.records)
            if (rec.type == kTypeA)
                if (const auto* a = std::get_if<Ipv4Address>(&rec.data))
                    result.addresses.push_back(*a);
    net.emit(DnsLookupFinished{node_.id(), result.lookup, absoluteName(name), qtype, result.outcome,
                               result.source, result.addresses, absoluteName(result.canonical),
                               net.now() - started});
    if (done)
        done(result);
}

} // namespace ww::dns
