// DNS servers (issue 10): authoritative answers byte for byte, the resolver's walk, its
// cache and negative cache with TTLs in simulated time, CNAME chains, TC=1 then TCP, the
// forwarder, and the lab file's "dns" key.
#include "dns_engine_world.h"
#include "lab/lab_json.h"
#include "lab_fixtures.h"
#include "net/ip_node.h"
#include "net/network.h"
#include "wire/dns.h"

#include <QtTest>

using namespace ww;

Q_DECLARE_METATYPE(ww::dns::Message)

namespace {

constexpr std::uint16_t kProbePort = 40000;

// The client host sending hand-made queries and keeping the raw replies.
struct World {
    std::unique_ptr<Network> net;
    test::Recorder rec;
    std::vector<Bytes> replies;
    IpNode* client = nullptr;

    explicit World(std::uint64_t seed = 7) {
        auto loaded = lab::parseLab(QByteArray(test::kDnsWorld));
        if (!loaded.lab) {
            for (const auto& i : loaded.issues)
                qWarning() << i.path << i.message;
            return;
        }
        net = lab::buildNetwork(*loaded.lab, seed);
        rec.attach(*net);
        client = dynamic_cast<IpNode*>(net->findDevice("Client"));
        client->bindUdp(kProbePort, [this](const UdpReceived& in) {
            replies.emplace_back(in.payload.begin(), in.payload.end());
        });
    }
    DeviceId id(const char* name) const { return net->findDevice(name)->id(); }
    void ask(double at, const char* server, const std::string& name, std::uint16_t type, bool rd,
             std::uint16_t txid = 0x1234) {
        dns::Message q;
        q.header.id = txid;
        q.header.rd = rd;
        q.questions.push_back({name, type, dns::kClassIn});
        const Bytes bytes = dns::emit(q).value();
        const Ipv4Address to = test::ip(server);
        net->sim().scheduleAt(secondsToTime(at), [this, bytes, to] {
            UdpSend how;
            how.sourcePort = kProbePort;
            client->sendUdp(to, dns::kPort, bytes, how);
        });
    }
    void runTo(double t) { net->runUntil(secondsToTime(t)); }
    dns::Message last() const { return dns::parse(replies.back()).value(); }
    // Servers the device queried, in order.
    std::vector<std::string> queried(const char* device, bool* allIterative = nullptr) const {
        std::vector<std::string> out;
        bool iterative = true;
        for (const auto& q : rec.all<DnsQuerySent>())
            if (q.device == id(device)) {
                out.push_back(q.server.toString() + (q.tcp ? "/tcp" : ""));
                iterative = iterative && !q.recursionDesired;
            }
        if (allIterative)
            *allIterative = iterative;
        return out;
    }
};

dns::Record a(const std::string& name, std::uint32_t ttl, const char* address) {
    return {name, dns::kTypeA, dns::kClassIn, ttl, test::ip(address)};
}
dns::Record named(const std::string& name, std::uint16_t type, std::uint32_t ttl,
                  const std::string& target) {
    return {name, type, dns::kClassIn, ttl, dns::DomainName{target}};
}
const dns::Record kNaverSoa{
    "naver.com", dns::kTypeSoa, dns::kClassIn, 30,
    dns::Soa{"ns1.naver.com", "hostmaster.naver.com", 2024010101, 3600, 600, 86400, 30}};

dns::Message reply(const std::string& name, std::uint16_t type, bool rd, bool aa,
                   std::uint8_t rcode) {
    dns::Message m;
    m.header.id = 0x1234;
    m.header.qr = true;
    m.header.rd = rd;
    m.header.aa = aa;
    m.header.rcode = rcode;
    m.questions.push_back({name, type, dns::kClassIn});
    return m;
}

} // namespace

class TestDnsEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void authoritative_data();
    void authoritative();
    void resolverWalksRootTldAuthoritative();
    void resolverCacheCountsDownAndExpires();
    void negativeCachingAndExpiry();
    void cnameChainAcrossZones();
    void truncatedOverUdpThenTcp();
    void forwarderAsksRecursivelyAndCaches();
    void sameSeedSameIds();
    void labKeyRoundTrip();
    void builtinLabsWalk_data();
    void builtinLabsWalk();
    void labKeyErrors_data();
    void labKeyErrors();
};

void TestDnsEngine::authoritative_data() {
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("rd");
    QTest::addColumn<dns::Message>("expected");

    dns::Message m = reply("www.naver.com", dns::kTypeA, false, false, 0);
    m.authorities = {named("com", dns::kTypeNs, 172800, "a.gtld-servers.net")};
    m.additionals = {a("a.gtld-servers.net", 172800, "10.0.0.2")};
    QTest::newRow("root-referral") << "10.0.0.1"
                                   << "www.naver.com" << 1 << false << m;

    m = reply("www.naver.com", dns::kTypeA, false, false, 0);
    m.authorities = {named("naver.com", dns::kTypeNs, 172800, "ns1.naver.com")};
    m.additionals = {a("ns1.naver.com", 172800, "10.0.0.3")};
    QTest::newRow("tld-referral") << "10.0.0.2"
                                  << "www.naver.com" << 1 << false << m;

    m = reply("www.naver.com", dns::kTypeA, false, true, 0);
    m.answers = {a("www.naver.com", 60, "10.0.0.80")};
    QTest::newRow("authoritative-answer") << "10.0.0.3"
                                          << "www.naver.com" << 1 << false << m;

    m = reply("www.naver.com", dns::kTypeA, true, true, 0);
    m.answers = {a("www.naver.com", 60, "10.0.0.80")};
    QTest::newRow("rd-copied-no-ra") << "10.0.0.3"
                                     << "www.naver.com" << 1 << true << m;

    m = reply("m.naver.com", dns::kTypeA, false, true, 0);
    m.answers = {named("m.naver.com", dns::kTypeCname, 60, "www.naver.com"),
                 a("www.naver.com", 60, "10.0.0.80")};
    QTest::newRow("cname-in-zone") << "10.0.0.3"
                                   << "m.naver.com" << 1 << false << m;

    m = reply("wwww.naver.com", dns::kTypeA, false, true, dns::kRcodeNxDomain);
    m.authorities = {kNaverSoa};
    QTest::newRow("nxdomain-soa") << "10.0.0.3"
                                  << "wwww.naver.com" << 1 << false << m;

    m = reply("www.naver.com", dns::kTypeMx, false, true, 0);
    m.authorities = {kNaverSoa};
    QTest::newRow("nodata-soa") << "10.0.0.3"
                                << "www.naver.com" << 15 << false << m;

    m = reply("naver.com", dns::kTypeMx, false, true, 0);
    m.answers = {{"naver.com", dns::kTypeMx, dns::kClassIn, 300, dns::Mx{10, "mail.naver.com"}}};
    m.additionals = {a("mail.naver.com", 300, "10.0.0.25")};
    QTest::newRow("mx-with-address") << "10.0.0.3"
                                     << "naver.com" << 15 << false << m;

    m = reply("www.example.com", dns::kTypeA, false, false, dns::kRcodeRefused);
    QTest::newRow("not-our-zone") << "10.0.0.3"
                                  << "www.example.com" << 1 << false << m;
}

void TestDnsEngine::authoritative() {
    QFETCH(QString, server);
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(bool, rd);
    QFETCH(dns::Message, expected);
    World w;
    QVERIFY(w.net);
    w.ask(1.0, server.toLatin1().constData(), name.toStdString(), static_cast<std::uint16_t>(type),
          rd);
    w.runTo(3);
    QCOMPARE(w.replies.size(), std::size_t{1});
    QCOMPARE(w.replies[0], dns::emit(expected).value()); // byte for byte, compressed
}

void TestDnsEngine::resolverWalksRootTldAuthoritative() {
    World w;
    QVERIFY(w.net);
    w.ask(1.0, "10.0.0.53", "www.naver.com", dns::kTypeA, true);
    w.runTo(5);
    bool iterative = false;
    QCOMPARE(w.queried("Resolver", &iterative),
             (std::vector<std::string>{"10.0.0.1", "10.0.0.2", "10.0.0.3"}));
    QVERIFY(iterative); // RD=0 to root, TLD and authoritative
    QCOMPARE(w.replies.size(), std::size_t{1});
    dns::Message expected = reply("www.naver.com", dns::kTypeA, true, false, 0);
    expected.header.ra = true;
    expected.answers = {a("www.naver.com", 60, "10.0.0.80")};
    QCOMPARE(w.last(), expected);
    // The referrals and the answer were cached: NS and glue of com and naver.com, the A.
    QStringList added;
    for (const auto& c : w.rec.all<DnsCacheChanged>())
        if (c.device == w.id("Resolver") && c.change == DnsCacheChange::Added)
            added << QString::fromStdString(c.name + " " + *c.data);
    QCOMPARE(added, (QStringList{"com. a.gtld-servers.net.", "a.gtld-servers.net. 10.0.0.2",
                                 "naver.com. ns1.naver.com.", "ns1.naver.com. 10.0.0.3",
                                 "www.naver.com. 10.0.0.80"}));
    const auto finished = w.rec.where<DnsLookupFinished>(
        [&](const DnsLookupFinished& f) { return f.device == w.id("Resolver"); });
    QCOMPARE(finished.size(), std::size_t{1});
    QCOMPARE(finished[0].source, DnsPlace::Server);
    QCOMPARE(*finished[0].addresses, std::vector<Ipv4Address>{test::ip("10.0.0.80")});
}

void TestDnsEngine::resolverCacheCountsDownAndExpires() {
    World w;
    QVERIFY(w.net);
    w.ask(1.0, "10.0.0.53", "www.naver.com", dns::kTypeA, true);
    w.ask(10.0, "10.0.0.53", "www.naver.com", dns::kTypeA, true, 0x2222);
    w.runTo(20);
    QCOMPARE(w.queried("Resolver").size(), std::size_t{3}); // the second from the cache
    QCOMPARE(w.replies.size(), std::size_t{2});
    const dns::Message second = w.last();
    QCOMPARE(second.header.id, std::uint16_t{0x2222});
    QCOMPARE(second.answers.size(), std::size_t{1});
    QVERIFY(second.answers[0].ttl < 60 && second.answers[0].ttl >= 50); // counted down
    const auto hits = w.rec.where<DnsPlaceChecked>(
        [&](const DnsPlaceChecked& p) { return p.device == w.id("Resolver") && p.hit; });
    QCOMPARE(hits.size(), std::size_t{1});
    QCOMPARE(hits[0].place, DnsPlace::ResolverCache);
    QCOMPARE(hits[0].ttlLeft, second.answers[0].ttl);

    w.runTo(65); // the A record's 60 s are over; the NS records (172800 s, 3600 s) stay
    const auto expired = w.rec.where<DnsCacheChanged>(
        [](const DnsCacheChanged& c) { return c.change == DnsCacheChange::Expired; });
    QCOMPARE(expired.size(), std::size_t{1});
    QCOMPARE(expired[0].name, std::string("www.naver.com."));
    w.ask(70.0, "10.0.0.53", "www.naver.com", dns::kTypeA, true);
    w.runTo(75);
    // A fresh walk, from the closest servers still cached: naver.com's.
    QCOMPARE(w.queried("Resolver"),
             (std::vector<std::string>{"10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.3"}));
    QCOMPARE(w.last().answers.at(0).ttl, std::uint32_t{60});
}

void TestDnsEngine::negativeCachingAndExpiry() {
    World w;
    QVERIFY(w.net);
    w.ask(1.0, "10.0.0.53", "wwww.naver.com", dns::kTypeA, true);
    w.ask(10.0, "10.0.0.53", "wwww.naver.com", dns::kTypeA, true);
    w.runTo(20);
    QCOMPARE(w.queried("Resolver").size(), std::size_t{3});
    QCOMPARE(w.replies.size(), std::size_t{2});
    QCOMPARE(w.last().header.rcode, dns::kRcodeNxDomain);
    QCOMPARE(w.last().authorities.size(), std::size_t{1}); // the SOA, its TTL counted down
    QVERIFY(w.last().authorities[0].ttl < 30);
    const auto negative = w.rec.where<DnsCacheChanged>(
        [](const DnsCacheChanged& c) { return c.change == DnsCacheChange::NegativeAdded; });
    QCOMPARE(negative.size(), std::size_t{1});
    QCOMPARE(negative[0].ttl, std::uint32_t{30}); // RFC 2308: min(SOA TTL 300, minimum 30)
    QCOMPARE(*negative[0].data, std::string("NXDOMAIN"));
    w.runTo(40);
    QCOMPARE(w.rec
                 .where<DnsCacheChanged>([](const DnsCacheChanged& c) {
                     return c.change == DnsCacheChange::NegativeExpired;
                 })
                 .size(),
             std::size_t{1});
    w.ask(41.0, "10.0.0.53", "wwww.naver.com", dns::kTypeA, true);
    w.runTo(45);
    QCOMPARE(w.queried("Resolver").back(), std::string("10.0.0.3")); // asked again
}

void TestDnsEngine::cnameChainAcrossZones() {
    World w;
    QVERIFY(w.net);
    w.ask(1.0, "10.0.0.53", "cdn.naver.com", dns::kTypeA, true);
    w.runTo(5);
    // naver.com's answer is only the CNAME; the resolver walks again for the target, from
    // the com servers it has cached.
    QCOMPARE(w.queried("Resolver"), (std::vector<std::string>{"10.0.0.1", "10.0.0.2", "10.0.0.3",
                                                              "10.0.0.2", "10.0.0.4"}));
    dns::Message expected = reply("cdn.naver.com", dns::kTypeA, true, false, 0);
    expected.header.ra = true;
    expected.answers = {named("cdn.naver.com", dns::kTypeCname, 60, "edge.example.com"),
                        a("edge.example.com", 120, "10.0.0.81")};
    QCOMPARE(w.last(), expected);
}

void TestDnsEngine::truncatedOverUdpThenTcp() {
    World w;
    QVERIFY(w.net);
    w.ask(1.0, "10.0.0.53", "big.example.com", dns::kTypeA, true);
    w.runTo(6);
    // 30 A records: 513 bytes, one too many for UDP (RFC 1035 §4.2.1).
    QCOMPARE(w.queried("Resolver"),
             (std::vector<std::string>{"10.0.0.1", "10.0.0.2", "10.0.0.4", "10.0.0.4/tcp"}));
    const auto received = w.rec.where<DnsResponseReceived>(
        [&](const DnsResponseReceived& r) { return r.device == w.id("Resolver"); });
    QCOMPARE(received.size(), std::size_t{4});
    QVERIFY(received[2].tc && !received[2].tcp && received[2].records.empty());
    QVERIFY(!received[3].tc && received[3].tcp);
    QCOMPARE(received[3].records.size(), std::size_t{30});
    // The resolver's own UDP answer to the client is just as big: TC=1, nothing in it.
    QCOMPARE(w.replies.size(), std::size_t{1});
    QVERIFY(w.last().header.tc);
    QVERIFY(w.last().answers.empty());
    QVERIFY(w.replies[0].size() <= std::size_t{512});
}

void TestDnsEngine::forwarderAsksRecursivelyAndCaches() {
    World w;
    QVERIFY(w.net);
    w.ask(1.0, "10.0.0.254", "www.naver.com", dns::kTypeA, true);
    w.ask(5.0, "10.0.0.254", "www.naver.com", dns::kTypeA, true);
    w.runTo(8);
    const auto sent = w.rec.where<DnsQuerySent>(
        [&](const DnsQuerySent& q) { return q.device == w.id("Forwarder"); });
    QCOMPARE(sent.size(), std::size_t{1}); // the second answer came from its cache
    QCOMPARE(sent[0].server, test::ip("10.0.0.53"));
    QVERIFY(sent[0].recursionDesired); // RD=1 to the ISP resolver
    QCOMPARE(w.queried("Resolver").size(), std::size_t{3});
    QCOMPARE(w.replies.size(), std::size_t{2});
    for (const Bytes& b : w.replies) {
        const dns::Message m = dns::parse(b).value();
        QVERIFY(m.header.ra && !m.header.aa);
        QCOMPARE(m.answers.size(), std::size_t{1});
    }
    const auto hits = w.rec.where<DnsPlaceChecked>(
        [&](const DnsPlaceChecked& p) { return p.device == w.id("Forwarder") && p.hit; });
    QCOMPARE(hits.size(), std::size_t{1});
    QCOMPARE(hits[0].place, DnsPlace::ForwarderCache);
}

void TestDnsEngine::sameSeedSameIds() {
    auto ids = [](std::uint64_t seed) {
        World w(seed);
        w.ask(1.0, "10.0.0.53", "cdn.naver.com", dns::kTypeA, true);
        w.runTo(5);
        std::vector<std::pair<std::uint16_t, std::uint16_t>> out;
        for (const auto& q : w.rec.all<DnsQuerySent>())
            out.emplace_back(q.id, q.sourcePort);
        return out;
    };
    QCOMPARE(ids(3), ids(3));
    QVERIFY(ids(3) != ids(4)); // IDs come from the run's seeded RNG
}

void TestDnsEngine::labKeyRoundTrip() {
    auto loaded = lab::parseLab(QByteArray(test::kDnsWorld));
    QVERIFY(loaded.lab);
    auto again = lab::parseLab(lab::toJson(*loaded.lab));
    QVERIFY(again.lab);
    QVERIFY(*again.lab == *loaded.lab);
    QCOMPARE(loaded.lab->findDevice("Resolver")->dns->role, lab::DnsServerRole::Resolver);
    QCOMPARE(loaded.lab->findDevice("Naver")->dns->zones.at(0).records.size(), std::size_t{7});
}

void TestDnsEngine::builtinLabsWalk_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QStringList>("walk");    // CacheDNS's queries to other servers, in order
    QTest::addColumn<QStringList>("lookups"); // the hosts' lookups: where each answer came from
    // dns: the notes' walk at 1 s; 2 s the stub's cache; 3 s PC2 from CacheDNS's cache; 4 s
    // PC1's hosts file; 5 s PC2 via naver.com.'s server directly (its NS is cached); 6 s a typo
    // answered NXDOMAIN by com.; 7 s that negative answer from PC1's cache; 10 s the browser
    // from the stub's cache; 40 s after the 30 s TTLs, the walk again from the cached com. NS.
    QTest::newRow("dns") << "dns"
                         << QStringList{"203.0.113.4", "203.0.113.5", "203.0.113.6", "203.0.113.6",
                                        "203.0.113.5", "203.0.113.5", "203.0.113.6"}
                         << QStringList{"PC1 www.naver.com. server answer",
                                        "PC1 www.naver.com. stub_cache answer",
                                        "PC2 www.naver.com. server answer",
                                        "PC1 blog.naver.com. hosts_file answer",
                                        "PC2 blog.naver.com. server answer",
                                        "PC1 www.naevr.com. server nxdomain",
                                        "PC1 www.naevr.com. stub_cache nxdomain",
                                        "PC1 www.naver.com. stub_cache answer",
                                        "PC1 www.naver.com. server answer"};
    QTest::newRow("dns-cname") << "dns-cname"
                               << QStringList{"203.0.113.4", "203.0.113.5", "203.0.113.6",
                                              "203.0.113.5", "203.0.113.7"}
                               << QStringList{"PC1 www.naver.com. server answer",
                                              "PC1 www.naver.com. stub_cache answer"};
    QTest::newRow("dns-tcp-fallback")
        << "dns-tcp-fallback"
        << QStringList{"203.0.113.4", "203.0.113.5", "203.0.113.6", "203.0.113.6/tcp"}
        << QStringList{"PC1 img.naver.com. server answer", "PC1 img.naver.com. stub_cache answer"};
    // The router forwards the first question and answers the second from its own cache.
    QTest::newRow("dns-forwarding")
        << "dns-forwarding" << QStringList{"203.0.113.4", "203.0.113.5", "203.0.113.6"}
        << QStringList{"PC1 www.naver.com. server answer", "PC2 www.naver.com. server answer",
                       "PC1 www.naver.com. stub_cache answer"};
}

// Each built-in DNS lab's scenario: the servers CacheDNS asks, in order, and where every
// lookup of the hosts was answered from, as the lab's description tells it.
void TestDnsEngine::builtinLabsWalk() {
    QFETCH(QString, lab);
    QFETCH(QStringList, walk);
    QFETCH(QStringList, lookups);
    auto loaded = lab::loadLab("builtin:" + lab);
    QVERIFY2(loaded.lab, loaded.issues.empty()
                             ? ""
                             : qPrintable(loaded.issues[0].path + ": " + loaded.issues[0].message));
    auto net = lab::buildNetwork(*loaded.lab, 1);
    test::Recorder rec;
    rec.attach(*net);
    net->runUntil(secondsToTime(loaded.lab->duration));
    const DeviceId cache = net->findDevice("CacheDNS")->id();
    QStringList asked;
    for (const auto& s : rec.all<DnsQuerySent>())
        if (s.device == cache)
            asked << QString::fromStdString(s.server.toString()) + (s.tcp ? "/tcp" : "");
    QCOMPARE(asked, walk);
    QStringList found;
    for (const auto& f : rec.all<DnsLookupFinished>()) {
        const std::string host = net->device(f.device).name();
        if (host.rfind("PC", 0) == 0)
            found << QString::fromStdString(host + " " + *f.name + " ") + toString(f.source) + " " +
                         toString(f.outcome);
    }
    QCOMPARE(found, lookups);
}

void TestDnsEngine::labKeyErrors_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("role") << R"("role": "resolver")"
                          << R"("role": "cache")"
                          << "devices[1].dns.role"
                          << "allowed: authoritative";
    QTest::newRow("type") << R"("type": "MX")"
                          << R"("type": "TXT")"
                          << "devices[5].dns.zones[0].records[5].type"
                          << "allowed: A, NS";
    QTest::newRow("address") << R"("value": "10.0.0.80")"
                             << R"("value": "10.0.0")"
                             << "devices[5].dns.zones[0].records[2].value"
                             << "10.0.0";
    QTest::newRow("ttl") << R"("ttl": 60, "value": "10.0.0.80")"
                         << R"("ttl": -1, "value": "10.0.0.80")"
                         << "devices[5].dns.zones[0].records[2].ttl"
                         << "out of range";
    QTest::newRow("outside") << R"("name": "www", "type": "A")"
                             << R"("name": "www.daum.net.", "type": "A")"
                             << "devices[5].dns.zones[0].records[2].name"
                             << "outside zone";
    QTest::newRow("origin") << R"("origin": "naver.com.")"
                            << R"("origin": "naver.com")"
                            << "devices[5].dns.zones[0].origin"
                            << "absolute";
    QTest::newRow("label") << R"("value": "edge.example.com.")"
                           << R"("value": "edge..example.com.")"
                           << "devices[5].dns.zones[0].records[4].value"
                           << "not a domain name";
    QTest::newRow("hints")
        << R"("root_hints": [{"name": "a.root-servers.net.", "address": "10.0.0.1"}])"
        << R"("root_hints": [])"
        << "devices[1].dns.root_hints"
        << "root hint";
    QTest::newRow("mx") << R"("value": "10 mail")"
                        << R"("value": "mail")"
                        << "devices[5].dns.zones[0].records[5].value"
                        << "PREFERENCE NAME";
}

void TestDnsEngine::labKeyErrors() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QString json = QString::fromUtf8(test::kDnsWorld);
    QVERIFY(json.contains(from));
    json.replace(json.indexOf(from), from.size(), to);
    auto loaded = lab::parseLab(json.toUtf8());
    QVERIFY(!loaded.lab);
    bool found = false;
    for (const auto& issue : loaded.issues) {
        if (issue.path == path && issue.message.contains(message))
            found = true;
    }
    if (!found)
        for (const auto& issue : loaded.issues)
            qWarning() << issue.path << issue.message;
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestDnsEngine)
#include "test_dns_engine.moc"
