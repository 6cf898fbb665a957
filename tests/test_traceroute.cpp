// Traceroute as a scenario action: probes with TTL 1, 2, 3 ..., three a hop, answered by
// each router's time exceeded and the destination's port unreachable (UDP) or echo reply
// (ICMP); the lines `wirewalk run` prints; and the lab file's checks of its fields.
#include "cli/run_report_traceroute.h"
#include "lab/lab_builder.h"
#include "lab/lab_json.h"
#include "lab_fixtures.h"
#include "wire/icmp.h"

#include <QtTest>

using namespace ww;

namespace {

lab::Lab tracerouteLab(lab::ProbeKind probe) {
    auto loaded = lab::loadLab(QStringLiteral("builtin:traceroute"));
    if (!loaded.lab)
        qFatal("cannot load the traceroute lab");
    lab::Lab l = *loaded.lab;
    // Only the action of this kind, so run ids and identifiers start from the first.
    std::erase_if(l.scenario, [probe](const lab::Action& a) { return a.probe != probe; });
    return l;
}

test::Recorder run(const lab::Lab& l, double seconds) {
    auto net = lab::buildNetwork(l, 1);
    test::Recorder r;
    r.attach(*net);
    net->runUntil(secondsToTime(seconds));
    return r;
}

const char* kHops[] = {"10.0.1.1", "10.0.12.2", "10.0.23.2", "10.0.3.20"};

} // namespace

class TestTraceroute : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void probes_data();
    void probes();
    void lostProbeIsAStar();
    void hopLines_data();
    void hopLines();
    void reportOfTheLab();
    void badFields_data();
    void badFields();
    void writtenAndReadBack();
};

void TestTraceroute::probes_data() {
    QTest::addColumn<int>("probe");
    QTest::addColumn<int>("lastType"); // what the destination answers
    QTest::newRow("udp") << int(lab::ProbeKind::Udp) << int(icmp::kDestinationUnreachable);
    QTest::newRow("icmp") << int(lab::ProbeKind::Icmp) << int(icmp::kEchoReply);
}

void TestTraceroute::probes() {
    QFETCH(int, probe);
    QFETCH(int, lastType);
    const auto kind = static_cast<lab::ProbeKind>(probe);
    const test::Recorder r = run(tracerouteLab(kind), 6);
    const auto sent = r.all<TracerouteProbeSent>();
    const auto results = r.all<TracerouteProbeResult>();
    // Four hops, three probes each; the trace stops at the destination.
    QCOMPARE(sent.size(), std::size_t{12});
    QCOMPARE(results.size(), std::size_t{12});
    for (std::size_t n = 0; n < sent.size(); ++n) {
        const TracerouteProbeSent& s = sent[n];
        QCOMPARE(int(s.ttl), int(1 + n / 3));
        QCOMPARE(int(s.probeIndex), int(n % 3));
        QCOMPARE(s.bytes, 60u);
        QCOMPARE(int(s.maxHops), 30);
        QCOMPARE(s.target, test::ip("10.0.3.20"));
        if (kind == lab::ProbeKind::Udp) {
            // One source port; destination ports 33434 upward, one a probe.
            QCOMPARE(s.probe, TracerouteProbe::Udp);
            QCOMPARE(int(s.destinationPort), 33434 + int(n));
            QCOMPARE(s.sourcePort, sent[0].sourcePort);
            QVERIFY(s.sourcePort >= 49152);
            QCOMPARE(int(s.identifier), 0);
        } else {
            QCOMPARE(s.probe, TracerouteProbe::Icmp);
            QCOMPARE(int(s.identifier), 0x7400); // device 0, its first run
            QCOMPARE(int(s.sequence), int(n + 1));
            QCOMPARE(int(s.destinationPort), 0);
        }
        const TracerouteProbeResult& res = results[n];
        QCOMPARE(res.ttl, s.ttl);
        QCOMPARE(res.probeIndex, s.probeIndex);
        QVERIFY(res.answered);
        QCOMPARE(res.from, test::ip(kHops[n / 3]));
        QCOMPARE(int(res.type), n / 3 < 3 ? int(icmp::kTimeExceeded) : lastType);
        QCOMPARE(res.finished, n == sent.size() - 1);
        QVERIFY(res.rtt > 0);
    }
    // Each router link adds 2 ms each way: every probe of a hop is slower than the fastest
    // of the hop before (the first probe of a hop may also wait for a router's ARP).
    for (std::size_t hop = 1; hop < 4; ++hop)
        for (std::size_t i = 0; i < 3; ++i)
            QVERIFY2(results[hop * 3 + i].rtt >
                         std::min({results[hop * 3 - 3].rtt, results[hop * 3 - 2].rtt,
                                   results[hop * 3 - 1].rtt}),
                     qPrintable(QString::number(hop * 3 + i)));
    // The routers dropped the probes whose TTL ran out, and said so.
    QCOMPARE(r.where<Drop>([](const Drop& d) { return d.reason == DropReason::TtlExpired; }).size(),
             std::size_t{9});
}

void TestTraceroute::lostProbeIsAStar() {
    lab::Lab l = tracerouteLab(lab::ProbeKind::Icmp);
    // R1-R2 carries R1's ARP request and R2's reply, then the first probe with TTL 2.
    for (lab::Link& link : l.links)
        if (link.name == "R1-R2")
            link.loseFrames = {3};
    const test::Recorder r = run(l, 12);
    const auto results = r.all<TracerouteProbeResult>();
    QCOMPARE(results.size(), std::size_t{12});
    const TracerouteProbeResult& lost = results[3];
    QCOMPARE(int(lost.ttl), 2);
    QCOMPARE(int(lost.probeIndex), 0);
    QVERIFY(!lost.answered);
    QCOMPARE(lost.rtt, SimTime{0});
    // Settled by the 5 s timeout (Linux's -w default), then the next probe leaves.
    SimTime sentAt = -1, settledAt = -1;
    for (const Event& e : r.events) {
        if (auto* s = std::get_if<TracerouteProbeSent>(&e.kind);
            s && s->ttl == 2 && s->probeIndex == 0)
            sentAt = e.time;
        if (auto* x = std::get_if<TracerouteProbeResult>(&e.kind);
            x && x->ttl == 2 && x->probeIndex == 0)
            settledAt = e.time;
    }
    QCOMPARE(settledAt - sentAt, 5 * kSecond);
    QVERIFY(results[4].answered);
    QVERIFY(results.back().finished);
}

void TestTraceroute::hopLines_data() {
    QTest::addColumn<QList<int>>("answeredFrom"); // last octet of 10.0.0.x, 0: no answer
    QTest::addColumn<QString>("line");
    QTest::newRow("three answers")
        << QList<int>{1, 1, 1} << " 1  10.0.0.1 (10.0.0.1)  2.004 ms  2.004 ms  2.004 ms";
    QTest::newRow("all lost") << QList<int>{0, 0, 0} << " 1  * * *";
    QTest::newRow("one lost")
        << QList<int>{1, 0, 1}
        << " 1  10.0.0.1 (10.0.0.1)  2.004 ms * 10.0.0.1 (10.0.0.1)  2.004 ms";
    QTest::newRow("two routers") << QList<int>{1, 2, 2}
                                 << " 1  10.0.0.1 (10.0.0.1)  2.004 ms 10.0.0.2 (10.0.0.2)  "
                                    "2.004 ms  2.004 ms";
}

void TestTraceroute::hopLines() {
    QFETCH(QList<int>, answeredFrom);
    QFETCH(QString, line);
    std::vector<TracerouteProbeResult> probes;
    for (int i = 0; i < answeredFrom.size(); ++i) {
        TracerouteProbeResult p{};
        p.ttl = 1;
        p.probeIndex = static_cast<std::uint8_t>(i);
        p.answered = answeredFrom[i] != 0;
        if (p.answered) {
            p.from = Ipv4Address::fromOctets(10, 0, 0, static_cast<std::uint8_t>(answeredFrom[i]));
            p.type = icmp::kTimeExceeded;
            p.rtt = 2'004'000;
        }
        probes.push_back(p);
    }
    QCOMPARE(cli::TracerouteRunReport::hopLine(1, probes), line);
}

void TestTraceroute::reportOfTheLab() {
    auto loaded = lab::loadLab(QStringLiteral("builtin:traceroute"));
    QVERIFY(loaded.lab);
    auto net = lab::buildNetwork(*loaded.lab, 1);
    QString text;
    QTextStream out(&text);
    cli::TracerouteRunReport report(*net, out);
    net->bus().subscribe(
        [&report](const Event& e) { report.onEvent(e, true, QStringLiteral("[t]")); });
    net->runUntil(secondsToTime(loaded.lab->duration));
    out.flush();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10); // two runs: a header and four hops each
    for (int run : {0, 5}) {
        QCOMPARE(lines[run], QStringLiteral("[t] PC1: traceroute to 10.0.3.20 (10.0.3.20), 30 hops "
                                            "max, 60 byte packets"));
        for (int hop = 1; hop <= 4; ++hop) {
            const QString& l = lines[run + hop];
            const QString address = QString::fromLatin1(kHops[hop - 1]);
            QVERIFY2(l.startsWith(QStringLiteral("%1  %2 (%2)  ").arg(hop, 2).arg(address)),
                     qPrintable(l));
            QCOMPARE(l.count(QStringLiteral(" ms")), 3);
            QVERIFY2(!l.contains(QLatin1Char('*')) && !l.contains(QLatin1Char('!')), qPrintable(l));
        }
    }
}

void TestTraceroute::badFields_data() {
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("probe") << R"("to": "10.0.2.1", "probe": "tcp")"
                           << "scenario[0].probe"
                           << "unknown probe 'tcp'; use udp or icmp";
    QTest::newRow("probe not text") << R"("to": "10.0.2.1", "probe": 1)"
                                    << "scenario[0].probe"
                                    << "expected";
    QTest::newRow("max_hops 0") << R"("to": "10.0.2.1", "max_hops": 0)"
                                << "scenario[0].max_hops"
                                << "0 is out of range 1";
    QTest::newRow("max_hops 256") << R"("to": "10.0.2.1", "max_hops": 256)"
                                  << "scenario[0].max_hops"
                                  << "256 is out of range 1";
    QTest::newRow("wait") << R"("to": "10.0.2.1", "wait": 120)"
                          << "scenario[0].wait"
                          << "120 is out of range";
    QTest::newRow("port") << R"("to": "10.0.2.1", "port": 33434)"
                          << "scenario[0].port"
                          << "unknown key 'port'";
    QTest::newRow("no target") << R"("probe": "icmp")"
                               << "scenario[0].to"
                               << "is required";
    QTest::newRow("both targets") << R"("to": "10.0.2.1", "name": "www.example")"
                                  << "scenario[0].name"
                                  << "not both";
    QTest::newRow("bad address") << R"("to": "10.0.2")"
                                 << "scenario[0].to"
                                 << "10.0.2";
}

void TestTraceroute::badFields() {
    QFETCH(QString, fields);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QString json = QStringLiteral(R"({"format": "wirewalk-lab", "version": 1, "name": "t",
      "devices": [{"name": "PC1", "type": "host",
        "interfaces": [{"name": "eth0", "address": "10.0.1.10/24"}], "gateway": "10.0.1.1"}],
      "links": [],
      "scenario": [{"at": 1, "action": "traceroute", "from": "PC1", %1}]})")
                             .arg(fields);
    const auto r = lab::parseLab(json.toUtf8());
    QVERIFY(!r.lab);
    QStringList seen;
    bool found = false;
    for (const auto& issue : r.issues) {
        seen << issue.path + ": " + issue.message;
        found = found || (issue.path == path && issue.message.contains(message));
    }
    QVERIFY2(found, qPrintable(seen.join(QStringLiteral(" | "))));
}

void TestTraceroute::writtenAndReadBack() {
    lab::Lab l = tracerouteLab(lab::ProbeKind::Icmp);
    l.scenario[0].maxHops = 7;
    l.scenario[0].wait = 2.5;
    const auto back = lab::parseLab(lab::toJson(l));
    QVERIFY(back.lab);
    QCOMPARE(back.lab->scenario.size(), std::size_t{1});
    const lab::Action& a = back.lab->scenario[0];
    QCOMPARE(a.type, lab::ActionType::Traceroute);
    QCOMPARE(a.probe, lab::ProbeKind::Icmp);
    QCOMPARE(a.maxHops, 7);
    QCOMPARE(a.wait, 2.5);
    QVERIFY(a == l.scenario[0]);
}

QTEST_GUILESS_MAIN(TestTraceroute)
#include "test_traceroute.moc"
