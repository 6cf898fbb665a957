// The DNS walkthrough's model from events: one application lookup joined with the server
// work it caused by what is on the wire, its steps in the notes' order, what got cached,
// the short path of a second lookup; and the DNS cache table at moments before and after
// a TTL runs out.
#include "dns/dns_table_models.h"
#include "dns/dns_walk_builder.h"
#include "dns_event_fixture.h"
#include "lab/lab_json.h"
#include "models/live_tables.h"

#include <QtTest>

using namespace ww;
using namespace ww::ui;

namespace {

std::vector<DnsWalk> build(const std::vector<Event>& events) {
    const DnsWalkSource source{events, test::deviceName, test::deviceWithAddress};
    return buildDnsWalks(source);
}

// "Kind from-role>to-role" for each step: the shape of the walk in one string list.
QStringList shape(const DnsWalk& w) {
    QStringList out;
    const char* kinds[] = {"ask", "check", "query", "response", "result"};
    const char* roles[] = {"app", "stub", "fwd", "resolver", "root", "tld", "auth"};
    for (const DnsStep& s : w.steps) {
        const auto role = [&](int lane) {
            return roles[static_cast<int>(w.lanes[static_cast<std::size_t>(lane)].role)];
        };
        QString text = QStringLiteral("%1 %2").arg(kinds[static_cast<int>(s.kind)], role(s.from));
        if (s.from != s.to)
            text += QStringLiteral(">") + role(s.to);
        if (s.kind == DnsStepKind::Query)
            text += s.recursive ? QStringLiteral(" RD=1") : QStringLiteral(" RD=0");
        if (s.kind == DnsStepKind::Check)
            text += s.hit ? QStringLiteral(" hit") : QStringLiteral(" miss");
        if (s.kind == DnsStepKind::Response && s.reply == DnsReply::Referral)
            text += QStringLiteral(" referral");
        out << text;
    }
    return out;
}

} // namespace

class TestDnsWalkBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void notesWalkInOrder();
    void lanesInTheNotesOrder();
    void labZonesNameTheLanes();
    void whatGotCached();
    void secondLookupShortPath();
    void joinsByWhatIsOnTheWire();
    void cacheTableCountsDownAndExpires();
    void recordedLab();
};

void TestDnsWalkBuilder::notesWalkInOrder() {
    const auto walks = build(test::notesWalk());
    QCOMPARE(walks.size(), std::size_t{2});
    const DnsWalk& w = walks[0];
    QCOMPARE(w.name, QStringLiteral("www.naver.com"));
    QCOMPARE(w.type, QStringLiteral("A"));
    QCOMPARE(w.outcome, QStringLiteral("223.130.200.104"));
    QVERIFY(!w.shortPath);
    const QStringList expected = {
        "ask app>stub",
        "check stub miss",
        "check stub miss",
        "query stub>resolver RD=1",
        "check resolver miss",
        "query resolver>root RD=0",
        "check root miss",
        "response root>resolver referral",
        "query resolver>tld RD=0",
        "response tld>resolver referral",
        "query resolver>auth RD=0",
        "check auth hit",
        "response auth>resolver",
        "response resolver>stub",
        "result stub>app",
    };
    QCOMPARE(shape(w), expected);
    for (std::size_t i = 1; i < w.steps.size(); ++i)
        QVERIFY(w.steps[i].event > w.steps[i - 1].event);
    QCOMPARE(w.firstIterativeQuery(), 5);
    QVERIFY(w.steps[3].headline.contains(QStringLiteral("recursive query (RD=1)")));
    QVERIFY(w.steps[5].headline.contains(QStringLiteral("iterative query (RD=0)")));
    QCOMPARE(w.steps[7].headline, QStringLiteral("referral: ask the servers of com."));
    QCOMPARE(w.steps[7].details,
             QStringList({"authority: com. 172800 IN NS a.gtld-servers.net.",
                          "additional: a.gtld-servers.net. 172800 IN A 192.5.6.30"}));
    QCOMPARE(w.steps[12].headline, QStringLiteral("authoritative answer (AA=1)"));
    QCOMPARE(w.steps[13].headline, QStringLiteral("answer (RA=1)"));
    QCOMPARE(w.steps[1].headline, QStringLiteral("stub cache (A www.naver.com): miss"));
    QCOMPARE(w.steps[2].headline, QStringLiteral("hosts file (A www.naver.com): miss"));
}

void TestDnsWalkBuilder::lanesInTheNotesOrder() {
    const DnsWalk w = build(test::notesWalk())[0];
    QCOMPARE(w.lanes.size(), std::size_t{6});
    const DnsLaneRole roles[] = {DnsLaneRole::Application, DnsLaneRole::Stub,
                                 DnsLaneRole::Resolver,    DnsLaneRole::Root,
                                 DnsLaneRole::Tld,         DnsLaneRole::Authoritative};
    const char* names[] = {"PC1", "PC1", "DNS1", "ROOT", "COM", "NAVER"};
    for (std::size_t i = 0; i < 6; ++i) {
        QCOMPARE(w.lanes[i].role, roles[i]);
        QCOMPARE(w.lanes[i].deviceName, QString::fromLatin1(names[i]));
    }
    // Zones read from the referrals each server sent.
    QCOMPARE(w.lanes[3].zone, QStringLiteral("."));
    QCOMPARE(w.lanes[4].zone, QStringLiteral("com."));
}

void TestDnsWalkBuilder::labZonesNameTheLanes() {
    const std::vector<Event> events = test::notesWalk();
    DnsWalkSource source{events, test::deviceName, test::deviceWithAddress};
    source.zones = {
        {test::kRoot, {"."}}, {test::kCom, {"com.", "net."}}, {test::kNaver, {"naver.com."}}};
    const DnsWalk w = buildDnsWalks(source)[0];
    QCOMPARE(w.lanes[3].role, DnsLaneRole::Root);
    QCOMPARE(w.lanes[4].role, DnsLaneRole::Tld);
    QCOMPARE(w.lanes[4].zone, QStringLiteral("com., net."));
    // Without the lab, NAVER's answer alone did not say which zone it serves.
    QCOMPARE(buildDnsWalks(DnsWalkSource{events, test::deviceName, test::deviceWithAddress})[0]
                 .lanes[5]
                 .zone,
             QString());
    QCOMPARE(w.lanes[5].role, DnsLaneRole::Authoritative);
    QCOMPARE(w.lanes[5].zone, QStringLiteral("naver.com."));
}

void TestDnsWalkBuilder::whatGotCached() {
    const DnsWalk w = build(test::notesWalk())[0];
    QCOMPARE(w.steps[7].cached,
             QStringList({"cached on DNS1: com NS a.gtld-servers.net., TTL 172800 s"}));
    QCOMPARE(w.steps[12].cached,
             QStringList({"cached on DNS1: www.naver.com A 223.130.200.104, TTL 300 s"}));
    QCOMPARE(w.steps[13].cached,
             QStringList({"cached on PC1: www.naver.com A 223.130.200.104, TTL 300 s"}));
    int cachedLines = 0;
    for (const DnsStep& s : w.steps)
        cachedLines += static_cast<int>(s.cached.size());
    QCOMPARE(cachedLines, 3);
}

void TestDnsWalkBuilder::secondLookupShortPath() {
    const DnsWalk w = build(test::notesWalk())[1];
    QCOMPARE(shape(w), QStringList({"ask app>stub", "check stub hit", "result stub>app"}));
    QVERIFY(w.shortPath);
    QCOMPARE(w.answeredBy, QStringLiteral("the stub cache on PC1"));
    QCOMPARE(w.lanes.size(), std::size_t{2});
    QCOMPARE(w.firstIterativeQuery(), -1);
    QCOMPARE(w.steps[1].headline,
             QStringLiteral("stub cache (A www.naver.com): hit, TTL left 290 s"));
    QCOMPARE(w.steps[2].headline,
             QStringLiteral("the application gets 223.130.200.104 from the stub cache"));
    QCOMPARE(w.start, 10 * kSecond + 1000);
}

void TestDnsWalkBuilder::joinsByWhatIsOnTheWire() {
    // The root's answer to another client's query with another ID is not part of this walk.
    std::vector<Event> events = test::notesWalk();
    for (Event& e : events)
        if (auto* r = std::get_if<DnsQueryReceived>(&e.kind); r && r->device == test::kRoot)
            r->id = 0x7777; // no longer the ID the resolver sent
    const DnsWalk w = build(events)[0];
    QStringList s = shape(w);
    // The query to the root still shows (to the root's address), the root's work does not.
    QVERIFY(s.contains(QStringLiteral("query resolver>auth RD=0")) ||
            s.contains(QStringLiteral("query resolver>root RD=0")));
    QVERIFY(!s.contains(QStringLiteral("check root miss")));
    QVERIFY(!s.contains(QStringLiteral("response root>resolver referral")));
}

void TestDnsWalkBuilder::cacheTableCountsDownAndExpires() {
    const std::vector<Event> events = test::notesWalk();
    NetworkState state;
    state.devices.resize(5);
    SimTime added = 0;
    for (const Event& e : events) {
        state.apply(e);
        if (const auto* c = std::get_if<DnsCacheChanged>(&e.kind); c && c->device == test::kPc1)
            added = e.time;
    }
    QCOMPARE(state.devices[test::kPc1].dnsCache.size(), std::size_t{1});
    QCOMPARE(state.devices[test::kDns1].dnsCache.size(), std::size_t{2});

    RecordedRun run;
    DnsCacheModel model;
    model.show(run, state, test::kPc1, added + 100 * kSecond);
    QCOMPARE(model.rowCount(), 1);
    const auto cell = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(cell(0), QStringLiteral("stub"));
    QCOMPARE(cell(1), QStringLiteral("www.naver.com"));
    QCOMPARE(cell(2), QStringLiteral("A"));
    QCOMPARE(cell(3), QStringLiteral("223.130.200.104"));
    QCOMPARE(cell(4), QStringLiteral("200 s"));
    QCOMPARE(cell(5), QString());
    // Half a second into the last second: 1 s left (rounded up, as a TTL handed out).
    model.show(run, state, test::kPc1, added + 299 * kSecond + kSecond / 2);
    QCOMPARE(cell(4), QStringLiteral("1 s"));
    // The TTL has run out: the row is gone, though no expiry was recorded yet.
    model.show(run, state, test::kPc1, added + 300 * kSecond);
    QCOMPARE(model.rowCount(), 0);
    // The resolver still has com. NS (172800 s).
    model.show(run, state, test::kDns1, added + 300 * kSecond);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(1), QStringLiteral("com"));

    // An expiry event removes the RRset; a negative entry shows as negative.
    state.apply(Event{added + 301 * kSecond, 0,
                      DnsCacheChanged{test::kDns1,
                                      DnsPlace::ResolverCache,
                                      DnsCacheChange::Expired,
                                      "www.naver.com.",
                                      1,
                                      0,
                                      {}}});
    QCOMPARE(state.devices[test::kDns1].dnsCache.size(), std::size_t{1});
    state.apply(
        Event{added + 302 * kSecond, 0,
              DnsCacheChanged{test::kDns1, DnsPlace::ResolverCache, DnsCacheChange::NegativeAdded,
                              "www.naver.con.", 1, 900, "NXDOMAIN"}});
    model.show(run, state, test::kDns1, added + 303 * kSecond);
    QCOMPARE(model.rowCount(), 2);
    const int negativeRow =
        model.index(0, 1).data().toString() == QStringLiteral("www.naver.con") ? 0 : 1;
    QCOMPARE(model.index(negativeRow, 3).data().toString(), QStringLiteral("NXDOMAIN"));
    QCOMPARE(model.index(negativeRow, 4).data().toString(), QStringLiteral("899 s"));
    QCOMPARE(model.index(negativeRow, 5).data().toString(), QStringLiteral("yes"));
}

// tests/labs/dns-ui-walk.json run by the engine: the walks the view draws.
void TestDnsWalkBuilder::recordedLab() {
    const auto loaded = lab::loadLabFile(QFINDTESTDATA("labs/dns-ui-walk.json"));
    QVERIFY(loaded.lab);
    const RecordedRun run = RecordedRun::record(*loaded.lab, 1);
    const auto walks = buildDnsWalks(run);
    QCOMPARE(walks.size(), std::size_t{5});
    for (const DnsWalk& w : walks)
        qInfo().noquote() << w.name << w.outcome << w.answeredBy << shape(w).join(" | ");

    // 1: the notes' walk, root -> com. -> naver.com., lanes in that order.
    const DnsWalk& first = walks[0];
    const QStringList expected = {
        "ask app>stub",
        "check stub miss",
        "check stub miss",
        "query stub>resolver RD=1",
        "check resolver miss",
        "query resolver>root RD=0",
        "check root miss",
        "response root>resolver referral",
        "query resolver>tld RD=0",
        "check tld miss",
        "response tld>resolver referral",
        "query resolver>auth RD=0",
        "check auth hit",
        "response auth>resolver",
        "response resolver>stub",
        "result stub>app",
    };
    QCOMPARE(shape(first), expected);
    QStringList lanes;
    for (const DnsLane& l : first.lanes)
        lanes << l.deviceName + QLatin1Char('/') + l.zone;
    QCOMPARE(lanes,
             QStringList({"PC1/", "PC1/", "Resolver/", "Root/.", "TLD/com.", "Naver/naver.com."}));
    QCOMPARE(first.outcome, QStringLiteral("10.0.0.80"));
    // 2: a second later, from the stub cache; 3: the hosts file.
    QVERIFY(walks[1].shortPath);
    QCOMPARE(walks[1].answeredBy, QStringLiteral("the stub cache on PC1"));
    QVERIFY(walks[2].shortPath);
    QCOMPARE(walks[2].answeredBy, QStringLiteral("the hosts file on PC1"));
    // 4: a typo: no such name.
    QCOMPARE(walks[3].outcome, QStringLiteral("no such name (NXDOMAIN)"));
    // 5: after the 60 s TTLs, the walk again, but not from the root: naver.com.'s NS is cached.
    QVERIFY(!walks[4].shortPath);
    QVERIFY(!shape(walks[4]).contains(QStringLiteral("query resolver>root RD=0")));
    QVERIFY(shape(walks[4]).contains(QStringLiteral("query resolver>auth RD=0")));
}

QTEST_MAIN(TestDnsWalkBuilder)
#include "test_dns_walk_builder.moc"
