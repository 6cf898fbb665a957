// The recursive resolver (RFC 1034 §5.3.3) and the forwarder: cache first; on a miss the
// resolver asks, iteratively (RD=0), the closest servers it knows (cached NS, else the root
// hints) and follows referrals, CNAMEs and TC=1 (over TCP); the forwarder asks its upstream
// resolver with RD=1. Every RRset received is cached with its TTL; negative answers with
// the SOA minimum (RFC 2308).
#include "apps/dns_names.h"
#include "apps/dns_server_app.h"
#include "apps/dns_upstream.h"
#include "net/ip_node.h"
#include "net/network.h"

#include <functional>
#include <optional>

namespace ww::dns {

namespace {

constexpr int kMaxCnames = 8;   // a chain longer than this is a loop (as Unbound)
constexpr int kMaxQueries = 40; // per client query, sub-walks included
constexpr int kMaxDepth = 4;    // NS names without glue resolved inside a walk

std::optional<Record> soaOf(const Message& m) {
    for (const Record& r : m.authorities)
        if (r.type == kTypeSoa)
            return r;
    return std::nullopt;
}

} // namespace

struct ServerApp::Walk {
    ClientQuery client; // whose query: its lookup number and where the answer goes
    std::string name;   // the name asked now (after any CNAMEs)
    std::uint16_t type = kTypeA;
    std::vector<Record> chain; // CNAMEs followed so far
    int cnames = 0;
    int depth = 0;
    std::shared_ptr<int> queries = std::make_shared<int>(0); // shared with sub-walks
    bool fromNetwork = false;
    // The servers of the closest zone known, in order, and where we are in the list.
    struct Target {
        std::string name;
        std::optional<Ipv4Address> address;
    };
    std::string zone;
    std::vector<Target> servers;
    std::size_t next = 0;
    int pass = 0;
    std::function<void(const LookupResult&)> done; // a sub-walk reports here
};

void ServerApp::resolve(const ClientQuery& q) {
    auto w = std::make_shared<Walk>();
    w->client = q;
    w->name = q.query.questions[0].name;
    w->type = q.query.questions[0].type;
    walkStart(w);
}

void ServerApp::forward(const ClientQuery& q) {
    resolve(q); // the same steps; walkStart and walkReply tell the roles apart
}

bool ServerApp::answerFromCache(const std::shared_ptr<Walk>& w) {
    for (;;) {
        auto found = cache_.find(w->name, w->type);
        net_.emit(DnsPlaceChecked{node_.id(), w->client.lookup, cache_.place(),
                                  absoluteText(w->name), w->type, found.has_value(),
                                  found && found->negative, found ? found->ttlLeft : 0});
        if (found) {
            LookupResult r;
            r.answers = w->chain;
            if (found->negative) {
                r.kind = found->nxdomain ? DnsAnswerKind::NxDomain : DnsAnswerKind::NoData;
                r.rcode = found->nxdomain ? kRcodeNxDomain : kRcodeNoError;
                if (found->soa)
                    r.authorities.push_back(*found->soa);
            } else {
                r.kind = DnsAnswerKind::Answer;
                r.rcode = kRcodeNoError;
                r.answers.insert(r.answers.end(), found->records.begin(), found->records.end());
            }
            walkFinish(w, std::move(r));
            return true;
        }
        if (w->type == kTypeCname || w->cnames >= kMaxCnames)
            return false;
        auto alias = cache_.find(w->name, kTypeCname);
        if (!alias || alias->negative || alias->records.empty())
            return false;
        net_.emit(DnsPlaceChecked{node_.id(), w->client.lookup, cache_.place(),
                                  absoluteText(w->name), kTypeCname, true, false, alias->ttlLeft});
        w->chain.push_back(alias->records.front());
        w->name = std::get<DomainName>(alias->records.front().data).name;
        ++w->cnames;
    }
}

void ServerApp::walkStart(const std::shared_ptr<Walk>& w) {
    if (answerFromCache(w))
        return;
    w->servers.clear();
    w->next = 0;
    w->pass = 0;
    if (config_.role == ServerRole::Forwarder) {
        for (Ipv4Address a : config_.forwarders)
            w->servers.push_back({a.toString(), a});
        walkAsk(w);
        return;
    }
    // RFC 1034 §5.3.3 step 2: the closest enclosing zone whose servers' addresses we hold.
    for (std::string zone = w->name;; zone = parentName(zone)) {
        auto ns = cache_.find(zone, kTypeNs);
        if (ns && !ns->negative) {
            std::vector<Walk::Target> targets;
            bool any = false;
            for (const Record& r : ns->records) {
                const std::string& target = std::get<DomainName>(r.data).name;
                auto a = cache_.find(target, kTypeA);
                std::optional<Ipv4Address> address;
                if (a && !a->negative && !a->records.empty())
                    address = std::get<Ipv4Address>(a->records.front().data);
                any = any || address.has_value();
                targets.push_back({target, address});
            }
            if (any) {
                w->zone = zone;
                w->servers = std::move(targets);
                break;
            }
        }
        if (zone == ".")
            break;
    }
    if (w->servers.empty()) {
        w->zone = ".";
        for (const RootHint& h : config_.rootHints)
            w->servers.push_back({h.name, h.address});
    }
    walkAsk(w);
}

void ServerApp::walkAsk(const std::shared_ptr<Walk>& w) {
    if (w->next >= w->servers.size()) {
        w->next = 0;
        if (++w->pass >= config_.attempts || w->servers.empty()) {
            walkFinish(w, LookupResult{}); // every server tried: SERVFAIL
            return;
        }
    }
    if (*w->queries >= kMaxQueries) {
        walkFinish(w, LookupResult{});
        return;
    }
    const std::size_t index = w->next;
    Walk::Target& t = w->servers[index];
    if (!t.address) {
        // A referral without glue: find the server's address first (RFC 1034 §5.3.3 4.c).
        if (w->depth >= kMaxDepth || w->pass > 0) {
            ++w->next;
            walkAsk(w);
            return;
        }
        auto sub = std::make_shared<Walk>();
        sub->client = w->client;
        sub->name = t.name;
        sub->type = kTypeA;
        sub->depth = w->depth + 1;
        sub->queries = w->queries;
        auto self = shared_from_this();
        sub->done = [self, w, index](const LookupResult& r) {
            for (const Record& rec : r.answers)
                if (rec.type == kTypeA && !w->servers[index].address)
                    w->servers[index].address = std::get<Ipv4Address>(rec.data);
            if (!w->servers[index].address)
                ++w->next;
            self->walkAsk(w);
        };
        walkStart(sub);
        return;
    }
    ++*w->queries;
    w->fromNetwork = true;
    UpstreamQuery q;
    q.lookup = w->client.lookup;
    q.server = *t.address;
    q.name = w->name;
    q.type = w->type;
    q.recursionDesired = config_.role == ServerRole::Forwarder;
    q.attempt = static_cast<std::uint8_t>(w->pass + 1);
    auto self = shared_from_this();
    askUpstream(node_, q, config_.timeout,
                [self, w](const Message* m) { self->walkReply(w, m, false); });
}

void ServerApp::walkReply(const std::shared_ptr<Walk>& w, const Message* m, bool tcp) {
    if (!m) { // no answer in time: the next server (RFC 1035 §7.2)
        ++w->next;
        walkAsk(w);
        return;
    }
    if (m->header.tc && !tcp) { // RFC 7766 §5: ask the same server again over TCP
        UpstreamQuery q;
        q.lookup = w->client.lookup;
        q.server = *w->servers[w->next].address;
        q.name = w->name;
        q.type = w->type;
        q.recursionDesired = config_.role == ServerRole::Forwarder;
        q.tcp = true;
        q.attempt = static_cast<std::uint8_t>(w->pass + 1);
        auto self = shared_from_this();
        askUpstream(node_, q, config_.timeout,
                    [self, w](const Message* r) { self->walkReply(w, r, true); });
        return;
    }
    const std::optional<Record> soa = soaOf(*m);
    if (m->header.rcode == kRcodeNxDomain) {
        cache_.addRecords(m->answers);
        if (soa)
            cache_.addNegative(w->name, w->type, true, *soa);
        LookupResult r;
        r.kind = DnsAnswerKind::NxDomain;
        r.rcode = kRcodeNxDomain;
        r.answers = w->chain;
        r.answers.insert(r.answers.end(), m->answers.begin(), m->answers.end());
        if (soa)
            r.authorities.push_back(*soa);
        walkFinish(w, std::move(r));
        return;
    }
    if (m->header.rcode != kRcodeNoError) { // SERVFAIL, REFUSED...: try another server
        ++w->next;
        walkAsk(w);
        return;
    }
    cache_.addRecords(m->answers);
    // The answer for our name, after any CNAMEs in this response.
    std::string current = w->name;
    for (int hop = 0; hop <= kMaxCnames; ++hop) {
        std::vector<Record> matching;
        const Record* alias = nullptr;
        for (const Record& r : m->answers) {
            if (!sameName(r.name, current))
                continue;
            if (r.type == w->type)
                matching.push_back(r);
            else if (r.type == kTypeCname && !alias)
                alias = &r;
        }
        if (!matching.empty()) {
            LookupResult r;
            r.kind = DnsAnswerKind::Answer;
            r.rcode = kRcodeNoError;
            r.answers = w->chain;
            r.answers.insert(r.answers.end(), matching.begin(), matching.end());
            walkFinish(w, std::move(r));
            return;
        }
        if (!alias)
            break;
        w->chain.push_back(*alias);
        current = std::get<DomainName>(alias->data).name;
    }
    if (!sameName(current, w->name)) { // a CNAME to a name this response does not answer
        w->name = current;
        if (++w->cnames > kMaxCnames) {
            walkFinish(w, LookupResult{});
            return;
        }
        walkStart(w);
        return;
    }
    if (config_.role == ServerRole::Resolver) {
        std::string cut;
        for (const Record& r : m->authorities)
            if (r.type == kTypeNs && isAtOrBelow(w->name, r.name) &&
                labelCount(r.name) > labelCount(w->zone)) {
                cut = r.name;
                break;
            }
        if (!cut.empty()) {
            walkReferral(w, *m, cut);
            return;
        }
    }
    // RFC 2308 §2.2: NOERROR and no answer is NODATA.
    if (soa)
        cache_.addNegative(w->name, w->type, false, *soa);
    LookupResult r;
    r.kind = DnsAnswerKind::NoData;
    r.rcode = kRcodeNoError;
    r.answers = w->chain;
    if (soa)
        r.authorities.push_back(*soa);
    walkFinish(w, std::move(r));
}

void ServerApp::walkReferral(const std::shared_ptr<Walk>& w, const Message& m,
                             const std::string& cut) {
    std::vector<Record> delegation;
    std::vector<Walk::Target> targets;
    for (const Record& r : m.authorities)
        if (r.type == kTypeNs && sameName(r.name, cut)) {
            delegation.push_back(r);
            targets.push_back({std::get<DomainName>(r.data).name, std::nullopt});
        }
    // Glue: addresses of the servers, for names at or below the cut only (RFC 1034 §4.2.1;
    // anything else in additional could be poisoning, RFC 5452 §6).
    for (const Record& r : m.additionals)
        if (r.type == kTypeA && isAtOrBelow(r.name, w->zone))
            for (Walk::Target& t : targets)
                if (sameName(t.name, r.name) && !t.address) {
                    t.address = std::get<Ipv4Address>(r.data);
                    delegation.push_back(r);
                }
    cache_.addRecords(delegation);
    w->zone = cut;
    w->servers = std::move(targets);
    w->next = 0;
    w->pass = 0;
    walkAsk(w);
}

void ServerApp::walkFinish(const std::shared_ptr<Walk>& w, LookupResult r) {
    r.source = w->fromNetwork ? DnsPlace::Server : cache_.place();
    if (w->done) {
        w->done(r);
        return;
    }
    respond(w->client, r, false);
}

} // namespace ww::dns
