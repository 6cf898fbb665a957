// The stub resolver (docs/dns.md "Stub resolver"): how it reads answers, its lab keys, and
// its behaviour on a lab network against a test responder built on core/wire/dns: the
// order of cache, hosts file and server, the cache's TTL, retries and timeouts to the
// second, TC -> TCP, negative caching, DHCP option 6, and applications by name.
#include "apps/dns_stub.h"
#include "apps/dns_stub_answer.h"
#include "dns_responder.h"
#include "lab/lab_json.h"
#include "lab_fixtures.h"

#include <QtTest>

using namespace ww;
using namespace ww::test;
Q_DECLARE_METATYPE(ww::dns::Message)

namespace {

using Responder = DnsResponder;

// PC1, PC2 - SW1 - R1 - SW2 - DNS (10.0.2.53), Web (10.0.2.20, a web server).
lab::Lab dnsLab(const lab::Resolver& resolver) {
    LabBuilder b;
    b.host("PC1", "10.0.1.10/24", "10.0.1.1")
        .host("PC2", "10.0.1.11/24", "10.0.1.1")
        .host("DNS", "10.0.2.53/24", "10.0.2.1")
        .host("Web", "10.0.2.20/24", "10.0.2.1")
        .router("R1", {{"eth0", "10.0.1.1/24"}, {"eth1", "10.0.2.1/24"}})
        .switchWith("SW1", 4)
        .switchWith("SW2", 4)
        .link("PC1", "eth0", "SW1", "p1")
        .link("PC2", "eth0", "SW1", "p2")
        .link("R1", "eth0", "SW1", "p3")
        .link("DNS", "eth0", "SW2", "p1")
        .link("Web", "eth0", "SW2", "p2")
        .link("R1", "eth1", "SW2", "p3");
    b.find("PC1").resolver = resolver;
    b.find("Web").httpServer = true;
    return b.lab();
}

lab::Resolver resolverWith(std::vector<const char*> servers) {
    lab::Resolver r;
    for (const char* s : servers)
        r.servers.push_back(ip(s));
    return r;
}

lab::Action byName(lab::ActionType type, const char* name, double at,
                   std::uint16_t qtype = dns::kTypeA) {
    lab::Action a;
    a.type = type;
    a.from = "PC1";
    a.name = name;
    a.qtype = qtype;
    a.at = at;
    if (type == lab::ActionType::HttpGet)
        a.port = 80;
    return a;
}

std::shared_ptr<Responder> exampleZone(Responder::Mode mode = Responder::Mode::Answer) {
    auto z = std::make_shared<Responder>();
    z->mode = mode;
    z->records = {Responder::a("www.example", "10.0.2.20", 30),
                  Responder::cname("alias.example", "www.example", 300)};
    return z;
}

// A lab run with the responder on DNS; the recorder sees every event.
struct Run {
    std::unique_ptr<Network> net;
    Recorder rec;
    Run(const lab::Lab& lab, std::shared_ptr<Responder> zone, double seconds) {
        net = lab::buildNetwork(lab, 1);
        rec.attach(*net);
        if (zone)
            Responder::install(*dynamic_cast<IpNode*>(net->findDevice("DNS")), zone);
        net->runUntil(secondsToTime(seconds));
    }
    Run(const Run&) = delete;
    std::vector<std::pair<SimTime, DnsQuerySent>> queries() const {
        std::vector<std::pair<SimTime, DnsQuerySent>> out;
        for (const Event& e : rec.events)
            if (auto* q = std::get_if<DnsQuerySent>(&e.kind))
                out.emplace_back(e.time, *q);
        return out;
    }
    std::vector<std::pair<SimTime, DnsLookupFinished>> finished() const {
        std::vector<std::pair<SimTime, DnsLookupFinished>> out;
        for (const Event& e : rec.events)
            if (auto* f = std::get_if<DnsLookupFinished>(&e.kind))
                out.emplace_back(e.time, *f);
        return out;
    }
};

dns::Message response(std::uint8_t rcode, std::vector<dns::Record> answers,
                      std::vector<dns::Record> authorities = {}, bool tc = false) {
    dns::Message m = dns::stubQuery(7, "www.example", dns::kTypeA);
    m.header.qr = true;
    m.header.rcode = rcode;
    m.header.tc = tc;
    m.answers = std::move(answers);
    m.authorities = std::move(authorities);
    return m;
}

dns::Record soa(std::uint32_t ttl, std::uint32_t minimum) {
    return {"example", dns::kTypeSoa, dns::kClassIn, ttl,
            dns::Soa{"ns.example", "admin.example", 1, 7200, 900, 1209600, minimum}};
}

} // namespace

class TestDnsStub : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readResponse_data();
    void readResponse();
    void matchesOnlyItsQuestion();
    void labKeysRoundTrip();
    void labKeyErrors_data();
    void labKeyErrors();
    void hostsFileOrder_data();
    void hostsFileOrder();
    void cacheHitThenExpiry();
    void cnameChainCached();
    void negativeAnswerCached();
    void silentServerTiming_data();
    void silentServerTiming();
    void servFailMovesOnAtOnce();
    void wrongIdIgnored();
    void truncatedAnswerRetriedOverTcp();
    void dhcpOption6_data();
    void dhcpOption6();
    void pingByName_data();
    void pingByName();
    void httpByName();
    void sameSeedSameQueries();
    void endToEndWithAuthoritativeServer();
};

void TestDnsStub::readResponse_data() {
    QTest::addColumn<dns::Message>("message");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("chain");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<uint>("negativeTtl");
    using K = dns::ResponseKind;
    const auto A = Responder::a("www.example", "10.0.2.20", 30);
    QTest::newRow("answer") << response(0, {A}) << int(K::Answer)
                            << QStringList{"www.example. 30 IN A 10.0.2.20"} << "www.example" << 0u;
    QTest::newRow("cname chain, names in other case")
        <<
        [] {
            auto m = response(0, {Responder::cname("WWW.example", "web.example", 300),
                                  Responder::cname("web.example", "cdn.example", 60),
                                  Responder::a("cdn.EXAMPLE", "10.0.2.21", 20)});
            return m;
        }()
        << int(K::Answer)
        << QStringList{"WWW.example. 300 IN CNAME web.example.",
                       "web.example. 60 IN CNAME cdn.example.", "cdn.EXAMPLE. 20 IN A 10.0.2.21"}
        << "cdn.example" << 0u;
    // RFC 2308 §5: the negative TTL is the smaller of the SOA's TTL and its MINIMUM.
    QTest::newRow("nxdomain, minimum smaller")
        << response(3, {}, {soa(3600, 60)}) << int(K::NxDomain) << QStringList{} << "www.example"
        << 60u;
    QTest::newRow("nxdomain, soa ttl smaller") << response(3, {}, {soa(10, 60)}) << int(K::NxDomain)
                                               << QStringList{} << "www.example" << 10u;
    QTest::newRow("nodata") << response(0, {}, {soa(3600, 300)}) << int(K::NoData) << QStringList{}
                            << "www.example" << 300u;
    QTest::newRow("cname to a name without data")
        << response(0, {Responder::cname("www.example", "web.example", 300)}, {soa(3600, 30)})
        << int(K::NoData) << QStringList{"www.example. 300 IN CNAME web.example."} << "web.example"
        << 30u;
    QTest::newRow("referral (lame to a stub)")
        << response(0, {},
                    {{"example", dns::kTypeNs, dns::kClassIn, 3600, dns::DomainName{"ns.example"}}})
        << int(K::TryNext) << QStringList{} << "www.example" << 0u;
    QTest::newRow("servfail") << response(2, {}) << int(K::TryNext) << QStringList{} << "" << 0u;
    QTest::newRow("refused") << response(5, {}) << int(K::TryNext) << QStringList{} << "" << 0u;
    QTest::newRow("truncated") << response(0, {}, {}, true) << int(K::Truncated) << QStringList{}
                               << "" << 0u;
    QTest::newRow("cname loop ends")
        << response(0, {Responder::cname("www.example", "b.example", 1),
                        Responder::cname("b.example", "www.example", 1)})
        << int(K::NoData) << QStringList{} << "" << 0u;
}

void TestDnsStub::readResponse() {
    QFETCH(dns::Message, message);
    QFETCH(int, kind);
    QFETCH(QStringList, chain);
    QFETCH(QString, canonical);
    QFETCH(uint, negativeTtl);
    const auto r = dns::readResponse(message, message.questions.front());
    QCOMPARE(int(r.kind), kind);
    if (QTest::currentDataTag() == QByteArray("cname loop ends")) {
        QCOMPARE(r.chain.size(), std::size_t{17}); // 16 links followed, then it stops
        return;
    }
    QStringList got;
    for (const dns::Record& rec : r.chain)
        got << QString::fromStdString(dns::recordText(rec));
    QCOMPARE(got, chain);
    if (!canonical.isEmpty())
        QCOMPARE(QString::fromStdString(dns::nameKey(r.canonical)), canonical);
    QCOMPARE(uint(r.negativeTtl), negativeTtl);
}

void TestDnsStub::matchesOnlyItsQuestion() {
    const dns::Message q = dns::stubQuery(0x1234, "www.example", dns::kTypeA);
    QVERIFY(q.header.rd && !q.header.qr);
    dns::Message r = q;
    r.header.qr = true;
    r.questions[0].name = "WWW.Example."; // RFC 4343: case does not matter
    QVERIFY(dns::answersQuery(r, q));
    auto other = r;
    other.header.id = 0x1235;
    QVERIFY(!dns::answersQuery(other, q));
    other = r;
    other.questions[0].type = dns::kTypeMx;
    QVERIFY(!dns::answersQuery(other, q));
    other = r;
    other.questions[0].name = "ww.example";
    QVERIFY(!dns::answersQuery(other, q));
    QVERIFY(!dns::answersQuery(q, q)); // a query is not an answer
    QCOMPARE(dns::reverseName(ip("223.130.200.104")), std::string("104.200.130.223.in-addr.arpa"));
}

namespace {

QByteArray labText(const QByteArray& resolver, const QByteArray& action) {
    return R"({"format": "wirewalk-lab", "version": 1, "name": "t", "devices": [
      {"name": "PC1", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.1.10/24"}])" +
           (resolver.isEmpty() ? QByteArray() : ", \"resolver\": " + resolver) + R"(}],
      "scenario": [)" +
           action + "]}";
}

} // namespace

void TestDnsStub::labKeysRoundTrip() {
    const auto loaded = lab::parseLab(labText(
        R"({"servers": ["10.0.2.53", "10.0.3.53"], "order": ["dns", "files"],
            "hosts": [{"name": "intranet.local.", "address": "10.0.2.9"}], "timeout": 2, "attempts": 3})",
        R"({"at": 1, "action": "dns", "from": "PC1", "name": "naver.com", "type": "mx"},
           {"at": 2, "action": "ping", "from": "PC1", "name": "www.naver.com", "count": 2},
           {"at": 3, "action": "http", "from": "PC1", "name": "www.naver.com", "path": "/"},
           {"at": 4, "action": "dns", "from": "PC1", "name": "www.naver.com"})"));
    QVERIFY2(loaded.lab, loaded.issues.empty() ? "" : qPrintable(loaded.issues[0].message));
    const lab::Device& pc = loaded.lab->devices[0];
    QVERIFY(pc.resolver);
    QCOMPARE(pc.resolver->servers.size(), std::size_t{2});
    QCOMPARE(pc.resolver->order.front(), lab::ResolverSource::Dns);
    QCOMPARE(pc.resolver->hosts[0].name, std::string("intranet.local")); // trailing dot dropped
    QCOMPARE(pc.resolver->timeout, 2);
    QCOMPARE(pc.resolver->attempts, 3);
    const auto& s = loaded.lab->scenario;
    QCOMPARE(s[0].type, lab::ActionType::Dns);
    QCOMPARE(int(s[0].qtype), int(dns::kTypeMx));
    QCOMPARE(s[3].qtype, dns::kTypeA); // the default type
    QCOMPARE(s[1].name, std::string("www.naver.com"));
    QVERIFY(s[1].to.isUnspecified());
    const auto again = lab::parseLab(lab::toJson(*loaded.lab));
    QVERIFY2(again.lab, again.issues.empty() ? "" : qPrintable(again.issues[0].message));
    QVERIFY(*again.lab == *loaded.lab);
    // Defaults (resolv.conf, nsswitch.conf) and a host without the key stay as they were.
    const auto plain = lab::parseLab(labText("{}", ""));
    QVERIFY(plain.lab && plain.lab->devices[0].resolver);
    QCOMPARE(plain.lab->devices[0].resolver->timeout, 5);
    QCOMPARE(plain.lab->devices[0].resolver->attempts, 2);
    QCOMPARE(plain.lab->devices[0].resolver->order,
             (std::vector{lab::ResolverSource::Files, lab::ResolverSource::Dns}));
    const auto none = lab::parseLab(labText("", ""));
    QVERIFY(none.lab && !none.lab->devices[0].resolver);
    QVERIFY(!lab::toJson(*none.lab).contains("resolver"));
}

void TestDnsStub::labKeyErrors_data() {
    QTest::addColumn<QByteArray>("resolver");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QByteArray ok = R"({"at": 1, "action": "dns", "from": "PC1", "name": "a.example"})";
    QTest::newRow("timeout 0") << QByteArray(R"({"timeout": 0})") << ok
                               << "devices[0].resolver.timeout"
                               << "0 is out of range 1-30";
    QTest::newRow("attempts 6") << QByteArray(R"({"attempts": 6})") << ok
                                << "devices[0].resolver.attempts"
                                << "6 is out of range 1-5";
    QTest::newRow("order twice") << QByteArray(R"({"order": ["files", "files"]})") << ok
                                 << "devices[0].resolver.order[1]"
                                 << "each at most once";
    QTest::newRow("order nis") << QByteArray(R"({"order": ["nis"]})") << ok
                               << "devices[0].resolver.order[0]"
                               << "'nis' is not allowed";
    QTest::newRow("order empty") << QByteArray(R"({"order": []})") << ok
                                 << "devices[0].resolver.order"
                                 << "the order is empty";
    QTest::newRow("server 256") << QByteArray(R"({"servers": ["10.0.2.256"]})") << ok
                                << "devices[0].resolver.servers[0]"
                                << "256 is greater than 255";
    QTest::newRow("server multicast")
        << QByteArray(R"({"servers": ["224.0.0.1"]})") << ok << "devices[0].resolver.servers[0]"
        << "not a unicast";
    QTest::newRow("hosts empty label")
        << QByteArray(R"({"hosts": [{"name": "a..b", "address": "10.0.0.1"}]})") << ok
        << "devices[0].resolver.hosts[0].name"
        << "'a..b' is not a domain name";
    QTest::newRow("hosts label 64") << QByteArray(R"({"hosts": [{"name": ")" + QByteArray(64, 'x') +
                                                  R"(.kr", "address": "10.0.0.1"}]})")
                                    << ok << "devices[0].resolver.hosts[0].name"
                                    << "1-63 octets";
    QTest::newRow("unknown key") << QByteArray(R"({"search": ["example"]})") << ok
                                 << "devices[0].resolver.search"
                                 << "unknown key 'search'";
    QTest::newRow("dns type TXT")
        << QByteArray()
        << QByteArray(R"({"at": 1, "action": "dns", "from": "PC1", "name": "a", "type": "TXT"})")
        << "scenario[0].type"
        << "unknown record type 'TXT'";
    QTest::newRow("dns without name")
        << QByteArray() << QByteArray(R"({"at": 1, "action": "dns", "from": "PC1"})")
        << "scenario[0].name"
        << "is required";
    QTest::newRow("ping to and name")
        << QByteArray()
        << QByteArray(
               R"({"at": 1, "action": "ping", "from": "PC1", "to": "10.0.0.1", "name": "a"})")
        << "scenario[0].name"
        << "not both";
    QTest::newRow("http neither") << QByteArray()
                                  << QByteArray(R"({"at": 1, "action": "http", "from": "PC1"})")
                                  << "scenario[0].to"
                                  << "is required";
    QTest::newRow("udp by name")
        << QByteArray()
        << QByteArray(
               R"({"at": 1, "action": "udp", "from": "PC1", "name": "a", "to": "10.0.0.1", "port": 9})")
        << "scenario[0].name"
        << "unknown key 'name'";
}

void TestDnsStub::labKeyErrors() {
    QFETCH(QByteArray, resolver);
    QFETCH(QByteArray, action);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const auto r = lab::parseLab(labText(resolver, action));
    QVERIFY(!r.lab);
    QStringList all;
    for (const auto& issue : r.issues)
        all << issue.path + ": " + issue.message;
    QVERIFY2(std::any_of(r.issues.begin(), r.issues.end(),
                         [&](const lab::LabIssue& i) {
                             return i.path == path && i.message.contains(message);
                         }),
             qPrintable(all.join(" | ")));
}

void TestDnsStub::hostsFileOrder_data() {
    QTest::addColumn<bool>("filesFirst");
    QTest::addColumn<bool>("dnsToo");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("places"); // checked, in order, with hit/miss
    QTest::addColumn<int>("queries");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("address");
    // The hosts file says 10.0.2.99 for www.example; the server says 10.0.2.20.
    QTest::newRow("files dns: hosts file wins")
        << true << true << "www.example" << QStringList{"stub_cache miss", "hosts_file hit"} << 0
        << int(DnsOutcome::Answer) << int(DnsPlace::HostsFile) << "10.0.2.99";
    QTest::newRow("dns files: server wins")
        << false << true << "www.example" << QStringList{"stub_cache miss"} << 1
        << int(DnsOutcome::Answer) << int(DnsPlace::Server) << "10.0.2.20";
    QTest::newRow("dns files: NXDOMAIN, then the hosts file")
        << false << true << "intranet.local" << QStringList{"stub_cache miss", "hosts_file hit"}
        << 1 << int(DnsOutcome::Answer) << int(DnsPlace::HostsFile) << "10.0.2.9";
    QTest::newRow("files dns: not in hosts, server asked")
        << true << true << "alias.example" << QStringList{"stub_cache miss", "hosts_file miss"} << 1
        << int(DnsOutcome::Answer) << int(DnsPlace::Server) << "10.0.2.20";
    QTest::newRow("files only: not known")
        << true << false << "alias.example" << QStringList{"stub_cache miss", "hosts_file miss"}
        << 0 << int(DnsOutcome::NxDomain) << int(DnsPlace::HostsFile) << "";
}

void TestDnsStub::hostsFileOrder() {
    QFETCH(bool, filesFirst);
    QFETCH(bool, dnsToo);
    QFETCH(QString, name);
    QFETCH(QStringList, places);
    QFETCH(int, queries);
    QFETCH(int, outcome);
    QFETCH(int, source);
    QFETCH(QString, address);
    lab::Resolver res = resolverWith({"10.0.2.53"});
    res.hosts = {{"www.example", ip("10.0.2.99")}, {"intranet.local", ip("10.0.2.9")}};
    using S = lab::ResolverSource;
    res.order = filesFirst ? std::vector{S::Files} : std::vector{S::Dns, S::Files};
    if (filesFirst && dnsToo)
        res.order.push_back(S::Dns);
    lab::Lab lab = dnsLab(res);
    lab.scenario.push_back(byName(lab::ActionType::Dns, name.toUtf8().constData(), 1));
    Run run(lab, exampleZone(), 3);
    QStringList got;
    for (const auto& c : run.rec.all<DnsPlaceChecked>())
        got << QString::fromLatin1(toString(c.place)) + (c.hit ? " hit" : " miss");
    QCOMPARE(got, places);
    QCOMPARE(int(run.queries().size()), queries);
    const auto done = run.finished();
    QCOMPARE(done.size(), std::size_t{1});
    QCOMPARE(int(done[0].second.outcome), outcome);
    QCOMPARE(int(done[0].second.source), source);
    QCOMPARE(done[0].second.addresses.empty()
                 ? QString()
                 : QString::fromStdString(done[0].second.addresses[0].toString()),
             address);
    if (source == int(DnsPlace::HostsFile) && queries == 0)
        QCOMPARE(done[0].first, secondsToTime(1)); // no time passes: a file read
}

void TestDnsStub::cacheHitThenExpiry() {
    lab::Lab lab = dnsLab(resolverWith({"10.0.2.53"}));
    for (double at : {1.0, 11.0, 40.0})
        lab.scenario.push_back(byName(lab::ActionType::Dns, "www.example", at));
    Run run(lab, exampleZone(), 45);
    const auto done = run.finished();
    QCOMPARE(done.size(), std::size_t{3});
    QCOMPARE(done[0].second.source, DnsPlace::Server);
    QCOMPARE(done[1].second.source, DnsPlace::StubCache);
    QCOMPARE(done[1].first, secondsToTime(11)); // a cache hit takes no time
    QCOMPARE(*done[1].second.addresses, std::vector{ip("10.0.2.20")});
    QCOMPARE(done[2].second.source, DnsPlace::Server); // expired at 31.00x: asked again
    const auto checks = run.rec.where<DnsPlaceChecked>(
        [](const DnsPlaceChecked& c) { return c.place == DnsPlace::StubCache; });
    QCOMPARE(checks.size(), std::size_t{3});
    QVERIFY(!checks[0].hit && checks[1].hit && !checks[2].hit);
    QCOMPARE(checks[1].ttlLeft, 20u); // 30 s from the answer at 1.00x s: 20.00x s left at 11 s
    // Added when the answer arrived, expired exactly 30 s (its TTL) later.
    std::vector<std::pair<SimTime, DnsCacheChanged>> changes;
    for (const Event& e : run.rec.events)
        if (auto* c = std::get_if<DnsCacheChanged>(&e.kind))
            changes.emplace_back(e.time, *c);
    QCOMPARE(changes.size(), std::size_t{3}); // added, expired, added again
    QCOMPARE(changes[0].second.change, DnsCacheChange::Added);
    QCOMPARE(changes[0].second.ttl, 30u);
    QCOMPARE(*changes[0].second.data, std::string("10.0.2.20"));
    QCOMPARE(changes[0].second.name, std::string("www.example."));
    QCOMPARE(changes[0].first, done[0].first);
    QCOMPARE(changes[1].second.change, DnsCacheChange::Expired);
    QCOMPARE(changes[1].first, changes[0].first + 30 * kSecond);
    QCOMPARE(run.queries().size(), std::size_t{2});
}

void TestDnsStub::cnameChainCached() {
    lab::Lab lab = dnsLab(resolverWith({"10.0.2.53"}));
    lab.scenario.push_back(byName(lab::ActionType::Dns, "alias.example", 1));
    lab.scenario.push_back(byName(lab::ActionType::Dns, "alias.example", 2));
    Run run(lab, exampleZone(), 3);
    const auto done = run.finished();
    QCOMPARE(done.size(), std::size_t{2});
    for (const auto& [t, f] : done) {
        QCOMPARE(*f.canonical, std::string("www.example."));
        QCOMPARE(*f.addresses, std::vector{ip("10.0.2.20")});
    }
    QCOMPARE(done[1].second.source, DnsPlace::StubCache); // CNAME and A both from the cache
    const auto added = run.rec.all<DnsCacheChanged>();
    QCOMPARE(added.size(), std::size_t{2});
    QCOMPARE(added[0].qtype, std::uint16_t(dns::kTypeCname));
    QCOMPARE(*added[0].data, std::string("www.example."));
    QCOMPARE(added[1].qtype, std::uint16_t(dns::kTypeA));
}

void TestDnsStub::negativeAnswerCached() {
    lab::Lab lab = dnsLab(resolverWith({"10.0.2.53"}));
    for (double at : {1.0, 5.0, 70.0})
        lab.scenario.push_back(byName(lab::ActionType::Dns, "wwww.example", at));
    Run run(lab, exampleZone(), 75);
    const auto done = run.finished();
    QCOMPARE(done.size(), std::size_t{3});
    QCOMPARE(done[0].second.outcome, DnsOutcome::NxDomain);
    QCOMPARE(done[1].second.outcome, DnsOutcome::NxDomain);
    QCOMPARE(done[1].second.source, DnsPlace::StubCache);
    QCOMPARE(done[2].second.source, DnsPlace::Server); // the 60 s were over at 61.00x
    const auto hit = run.rec.where<DnsPlaceChecked>([](const DnsPlaceChecked& c) { return c.hit; });
    QCOMPARE(hit.size(), std::size_t{1});
    QVERIFY(hit[0].negative);
    std::vector<std::pair<SimTime, DnsCacheChanged>> changes;
    for (const Event& e : run.rec.events)
        if (auto* c = std::get_if<DnsCacheChanged>(&e.kind))
            changes.emplace_back(e.time, *c);
    QCOMPARE(changes[0].second.change, DnsCacheChange::NegativeAdded);
    QCOMPARE(changes[0].second.ttl, 60u); // min(SOA TTL 3600, MINIMUM 60), RFC 2308 §5
    QCOMPARE(*changes[0].second.data, std::string("NXDOMAIN"));
    QCOMPARE(changes[1].second.change, DnsCacheChange::NegativeExpired);
    QCOMPARE(changes[1].first - changes[0].first, 60 * kSecond);
}

void TestDnsStub::silentServerTiming_data() {
    QTest::addColumn<QStringList>("servers");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QStringList>("sent"); // "time server attempt"
    QTest::addColumn<double>("gaveUpAt");
    QTest::newRow("glibc defaults: 5 s, twice")
        << QStringList{"10.0.2.53"} << 5 << 2 << QStringList{"1 10.0.2.53 1", "6 10.0.2.53 2"}
        << 11.0;
    QTest::newRow("two servers, 2 s, three times")
        << QStringList{"10.0.2.53", "10.0.2.54"} << 2 << 3
        << QStringList{"1 10.0.2.53 1", "3 10.0.2.54 1", "5 10.0.2.53 2",
                       "7 10.0.2.54 2", "9 10.0.2.53 3", "11 10.0.2.54 3"}
        << 13.0;
    QTest::newRow("one try of 1 s")
        << QStringList{"10.0.2.53"} << 1 << 1 << QStringList{"1 10.0.2.53 1"} << 2.0;
}

void TestDnsStub::silentServerTiming() {
    QFETCH(QStringList, servers);
    QFETCH(int, timeout);
    QFETCH(int, attempts);
    QFETCH(QStringList, sent);
    QFETCH(double, gaveUpAt);
    lab::Resolver res;
    for (const QString& s : servers)
        res.servers.push_back(ip(s.toLatin1().constData()));
    res.timeout = timeout;
    res.attempts = attempts;
    lab::Lab lab = dnsLab(res);
    lab.scenario.push_back(byName(lab::ActionType::Dns, "www.example", 1));
    Run run(lab, exampleZone(Responder::Mode::Silent), 30);
    QStringList got;
    std::set<std::uint16_t> ids;
    std::map<std::string, std::uint16_t> portOf;
    for (const auto& [t, q] : run.queries()) {
        got << QStringLiteral("%1 %2 %3")
                   .arg(timeToSeconds(t))
                   .arg(QString::fromStdString(q.server.toString()))
                   .arg(q.attempt);
        ids.insert(q.id);
        QVERIFY(q.recursionDesired && !q.tcp);
        // One socket per server for the lookup: the same source port on every try.
        auto [it, fresh] = portOf.emplace(q.server.toString(), q.sourcePort);
        QCOMPARE(it->second, q.sourcePort);
    }
    QCOMPARE(got, sent);
    QCOMPARE(ids.size(), std::size_t{1}); // the same query each time, as glibc resends it
    const auto done = run.finished();
    QCOMPARE(done.size(), std::size_t{1});
    QCOMPARE(done[0].first, secondsToTime(gaveUpAt));
    QCOMPARE(done[0].second.outcome, DnsOutcome::Timeout);
    QCOMPARE(done[0].second.elapsed, secondsToTime(gaveUpAt - 1));
    QVERIFY(run.rec.all<DnsResponseReceived>().empty());
}

void TestDnsStub::servFailMovesOnAtOnce() {
    lab::Lab lab = dnsLab(resolverWith({"10.0.2.53"}));
    lab.scenario.push_back(byName(lab::ActionType::Dns, "www.example", 1));
    auto zone = exampleZone(Responder::Mode::ServFail);
    Run run(lab, zone, 20);
    const auto q = run.queries();
    QCOMPARE(q.size(), std::size_t{2});
    QVERIFY(q[1].first < secondsToTime(1.1)); // not after the 5 s timeout
    QCOMPARE(int(q[1].second.attempt), 2);
    QCOMPARE(run.rec.all<DnsResponseReceived>().size(), std::size_t{2});
    QCOMPARE(run.rec.all<DnsResponseReceived>()[0].kind, DnsAnswerKind::ServFail);
    const auto done = run.finished();
    QCOMPARE(done.size(), std::size_t{1});
    QCOMPARE(done[0].second.outcome, DnsOutcome::ServFail);
    QVERIFY(run.rec.all<DnsCacheChanged>().empty());
}

void TestDnsStub::wrongIdIgnored() {
    // RFC 5452 §9.1: an answer with another ID is not ours, even from the right server.
    lab::Lab lab = dnsLab(resolverWith({"10.0.2.53"}));
    lab.scenario.push_back(byName(lab::ActionType::Dns, "www.example", 1));
    auto zone = exampleZone(Responder::Mode::WrongId);
    Run run(lab, zone, 20);
    QCOMPARE(zone->udpQueries, 2);
    QVERIFY(run.rec.all<DnsResponseReceived>().empty());
    QCOMPARE(run.finished()[0].second.outcome, DnsOutcome::Timeout);
}

void TestDnsStub::truncatedAnswerRetriedOverTcp() {
    lab::Lab lab = dnsLab(resolverWith({"10.0.2.53"}));
    lab.scenario.push_back(byName(lab::ActionType::Dns, "www.example", 1));
    auto zone = exampleZone(Responder::Mode::TruncateUdp);
    Run run(lab, zone, 5);
    QCOMPARE(zone->udpQueries, 1);
    QCOMPARE(zone->tcpQueries, 1);
    const auto q = run.queries();
    QCOMPARE(q.size(), std::size_t{2});
    QVERIFY(!q[0].second.tcp && q[1].second.tcp);
    QCOMPARE(q[1].second.id, q[0].second.id); // the same question, same server
    QCOMPARE(q[1].second.server, ip("10.0.2.53"));
    QCOMPARE(int(q[1].second.attempt), 1);
    const auto responses = run.rec.all<DnsResponseReceived>();
    QCOMPARE(responses.size(), std::size_t{2});
    QVERIFY(responses[0].tc && !responses[0].tcp);
    QVERIFY(!responses[1].tc && responses[1].tcp);
    QCOMPARE(responses[1].records.size(), std::size_t{1});
    QCOMPARE(responses[1].records[0].text, std::string("www.example. 30 IN A 10.0.2.20"));
    const auto done = run.finished();
    QCOMPARE(done[0].second.outcome, DnsOutcome::Answer);
    QCOMPARE(*done[0].second.addresses, std::vector{ip("10.0.2.20")});
    // The stub's TCP connection went through the handshake and was closed by the stub.
    bool established = false;
    for (const auto& s : run.rec.all<TcpStateChanged>())
        if (s.conn.device == 0 && s.conn.remotePort == 53 && s.to == TcpState::Established)
            established = true;
    QVERIFY(established);
}

void TestDnsStub::dhcpOption6_data() {
    QTest::addColumn<QStringList>("labServers");
    QTest::addColumn<QString>("asked");
    QTest::newRow("from DHCP") << QStringList{} << "10.0.2.53";
    QTest::newRow("the lab's first") << QStringList{"10.0.2.54"} << "10.0.2.54";
}

void TestDnsStub::dhcpOption6() {
    QFETCH(QStringList, labServers);
    QFETCH(QString, asked);
    lab::Resolver res;
    res.timeout = 1;
    res.attempts = 1;
    for (const QString& s : labServers)
        res.servers.push_back(ip(s.toLatin1().constData()));
    lab::Lab lab = dnsLab(res);
    lab::Device& pc = lab.devices[0];
    pc.interfaces[0].address.reset();
    pc.gateway.reset();
    pc.dhcpClient = true;
    lab::DhcpServer dhcp;
    dhcp.interface = "eth0";
    dhcp.poolStart = ip("10.0.1.100");
    dhcp.poolEnd = ip("10.0.1.199");
    dhcp.gateway = ip("10.0.1.1");
    dhcp.dns = ip("10.0.2.53");
    lab.devices[4].dhcpServer = dhcp; // R1
    lab.scenario.push_back(byName(lab::ActionType::Dns, "www.example", 3));
    Run run(lab, exampleZone(), 6);
    QCOMPARE(run.rec.all<InterfaceConfigured>().at(0).dns, ip("10.0.2.53"));
    const auto q = run.queries();
    QVERIFY(!q.empty());
    QCOMPARE(QString::fromStdString(q[0].second.server.toString()), asked);
    // The ScenarioStep of a dns action names the server it will ask.
    QCOMPARE(QString::fromStdString(run.rec.all<ScenarioStep>().at(0).target.toString()), asked);
}

void TestDnsStub::pingByName_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("replies");
    QTest::newRow("known") << "alias.example" << 2;
    QTest::newRow("unknown") << "wwww.example" << 0;
}

void TestDnsStub::pingByName() {
    QFETCH(QString, name);
    QFETCH(int, replies);
    lab::Lab lab = dnsLab(resolverWith({"10.0.2.53"}));
    lab::Action ping = byName(lab::ActionType::Ping, name.toLatin1().constData(), 1);
    ping.count = 2;
    lab.scenario.push_back(ping);
    Run run(lab, exampleZone(), 5);
    const auto got = run.rec.all<PingReply>();
    QCOMPARE(int(got.size()), replies);
    for (const auto& r : got)
        QCOMPARE(r.from, ip("10.0.2.20"));
    // First the step that resolves (no address yet), then one per echo, 1 s apart from the answer.
    std::vector<std::pair<SimTime, ScenarioStep>> steps;
    for (const Event& e : run.rec.events)
        if (auto* s = std::get_if<ScenarioStep>(&e.kind))
            steps.emplace_back(e.time, *s);
    QCOMPARE(int(steps.size()), 1 + replies);
    QVERIFY(steps[0].second.target.isUnspecified());
    const auto done = run.finished();
    QCOMPARE(done.size(), std::size_t{1});
    QCOMPARE(done[0].second.outcome, replies ? DnsOutcome::Answer : DnsOutcome::NxDomain);
    if (replies) {
        QCOMPARE(steps[1].first, done[0].first);
        QCOMPARE(steps[2].first, done[0].first + kSecond);
        QCOMPARE(steps[1].second.target, ip("10.0.2.20"));
    }
}

void TestDnsStub::httpByName() {
    lab::Lab lab = dnsLab(resolverWith({"10.0.2.53"}));
    lab.scenario.push_back(byName(lab::ActionType::HttpGet, "alias.example", 1));
    Run run(lab, exampleZone(), 5);
    const auto done = run.finished();
    QCOMPARE(done.size(), std::size_t{1});
    // The browser resolves before it connects: no TCP state change on PC1 before the answer.
    SimTime firstTcp = -1;
    for (const Event& e : run.rec.events)
        if (auto* s = std::get_if<TcpStateChanged>(&e.kind); s && s->conn.device == 0) {
            firstTcp = e.time;
            QCOMPARE(s->conn.remoteAddress, ip("10.0.2.20"));
            QCOMPARE(s->conn.remotePort, std::uint16_t{80});
            break;
        }
    QVERIFY(firstTcp >= done[0].first);
    // The request names the host as typed (RFC 9110 §7.2), and the page came back.
    bool hostField = false, delivered = false;
    for (const auto& h : run.rec.all<HeaderPushed>())
        if (h.device == 0 && h.protocol == Protocol::Http) {
            const std::string text(h.pdu.view().begin(), h.pdu.view().end());
            hostField = text.find("\r\nHost: alias.example\r\n") != std::string::npos;
        }
    for (const auto& d : run.rec.all<Delivered>())
        delivered = delivered || (d.device == 0 && d.protocol == Protocol::Http);
    QVERIFY(hostField);
    QVERIFY(delivered);
}

void TestDnsStub::sameSeedSameQueries() {
    lab::Lab lab = dnsLab(resolverWith({"10.0.2.53"}));
    lab.scenario.push_back(byName(lab::ActionType::Dns, "www.example", 1));
    lab.scenario.push_back(byName(lab::ActionType::Dns, "wwww.example", 1));
    Run a(lab, exampleZone(), 3), b(lab, exampleZone(), 3);
    const auto qa = a.queries(), qb = b.queries();
    QCOMPARE(qa.size(), std::size_t{2});
    QCOMPARE(qb.size(), qa.size());
    for (std::size_t i = 0; i < qa.size(); ++i) {
        QCOMPARE(qa[i].second.id, qb[i].second.id);
        QCOMPARE(qa[i].second.sourcePort, qb[i].second.sourcePort);
    }
    QVERIFY(qa[0].second.id != qa[1].second.id);
    QVERIFY(qa[0].second.sourcePort != qa[1].second.sourcePort);
}

void TestDnsStub::endToEndWithAuthoritativeServer() {
    // tests/labs/dns-stub-e2e.json: the stub against dns-engine's authoritative server.
    const auto loaded = lab::loadLabFile(QStringLiteral(WW_TEST_LABS "/dns-stub-e2e.json"));
    QVERIFY2(loaded.lab, loaded.issues.empty() ? "" : qPrintable(loaded.issues[0].message));
    auto net = lab::buildNetwork(*loaded.lab, 1);
    Recorder rec;
    rec.attach(*net);
    net->runUntil(secondsToTime(loaded.lab->duration));
    std::vector<DnsLookupFinished> stub;
    for (const auto& f : rec.all<DnsLookupFinished>())
        if (f.device == 0 || f.device == 1) // PC1, PC2
            stub.push_back(f);
    QStringList got;
    for (const auto& f : stub)
        got << QStringLiteral("%1 %2 %3 %4")
                   .arg(QString::fromStdString(f.name), toString(f.outcome), toString(f.source))
                   .arg(f.addresses.empty() ? QString()
                                            : QString::fromStdString(f.addresses[0].toString()));
    QCOMPARE(got, (QStringList{"www.example.com. answer server 10.0.2.80",
                               "www.example.com. answer stub_cache 10.0.2.80",
                               "intranet.local. answer hosts_file 10.0.2.80",
                               "wwww.example.com. nxdomain server ", "example.com. answer server ",
                               "www.example.com. answer stub_cache 10.0.2.80",
                               "www.example.com. answer stub_cache 10.0.2.80",
                               "www.example.com. answer server 10.0.2.80",
                               "intranet.local. answer hosts_file 10.0.2.80"}));
    const auto responses =
        rec.where<DnsResponseReceived>([](const DnsResponseReceived& r) { return r.device == 0; });
    QVERIFY(!responses.empty());
    QVERIFY(responses[0].aa); // an authoritative server answers with AA=1
    QCOMPARE(rec.where<PingReply>([](const PingReply& p) { return p.device == 0; }).size(),
             std::size_t{3}); // two by www.example.com, one by intranet.local
    const auto negative = rec.where<DnsCacheChanged>([](const DnsCacheChanged& c) {
        return c.device == 0 && c.change == DnsCacheChange::NegativeAdded;
    });
    QCOMPARE(negative.size(), std::size_t{1});
    QCOMPARE(negative[0].ttl, 60u); // min(SOA TTL 300, MINIMUM 60)
}

QTEST_GUILESS_MAIN(TestDnsStub)
#include "test_dns_stub.moc"
