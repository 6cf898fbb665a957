// The "Common misconception" detectors (lesson/misconceptions.h): each fires on a lab
// where its correction applies, at the event that shows it, and not where it does not.
#include "classroom/misconception_callouts.h"
#include "lab/lab_json.h"
#include "lesson/misconceptions.h"
#include "recorded_lab.h"

#include <QtTest>

using namespace ww;

namespace {

const lesson::MisconceptionHit* hitOf(const ui::MisconceptionCallouts& c, const char* id) {
    return c.find(id);
}

// Two hosts on one switch, one ping: no router, no TCP, nothing broadcast but ARP.
const ui::RecordedRun& oneLan() {
    static const ui::RecordedRun run = [] {
        const auto loaded = lab::parseLab(R"({
          "format": "wirewalk-lab", "version": 1, "name": "one-lan", "duration": 3,
          "devices": [
            {"name": "A", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.1/24"}]},
            {"name": "B", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.2/24"}]},
            {"name": "S", "type": "switch", "interfaces": [{"name": "p1"}, {"name": "p2"}]}],
          "links": [{"name": "a", "a": "A:eth0", "b": "S:p1"}, {"name": "b", "a": "B:eth0", "b": "S:p2"}],
          "scenario": [{"at": 0.5, "action": "ping", "from": "A", "to": "10.0.0.2"}]})");
        if (!loaded.lab)
            qFatal("one-lan lab does not load");
        return ui::RecordedRun::record(*loaded.lab, 1);
    }();
    return run;
}

} // namespace

class TestMisconceptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogueHasTheFifteenCorrections() {
        const auto all = lesson::misconceptions();
        QCOMPARE(all.size(), std::size_t{15});
        for (std::size_t i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].correction, static_cast<int>(i) + 1);
            QVERIFY(!all[i].claim().isEmpty());
            QVERIFY(!all[i].truth().isEmpty());
            QCOMPARE(lesson::misconceptionById(all[i].id), &all[i]);
        }
        QVERIFY(!lesson::misconceptionById("nope"));
    }

    void firesAtItsEvent_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("lab");
        QTest::addColumn<QString>("type"); // the event's trace type
        QTest::addColumn<QString>("text"); // what the callout says of this event
        QTest::addColumn<QString>("notLab");
        QTest::newRow("1 http over tcp") << "http2-over-tcp"
                                         << "http-get"
                                         << "frame_tx_start"
                                         << "TCP segment (port 80)"
                                         << "tcp-basics";
        QTest::newRow("2 close-wait") << "close-wait"
                                      << "tcp-close"
                                      << "tcp_state_changed"
                                      << "Server has received the FIN"
                                      << "udp-voice";
        QTest::newRow("3 time-wait") << "time-wait-active-closer"
                                     << "tcp-close"
                                     << "tcp_state_changed"
                                     << "active closer (PC1"
                                     << "tcp-handshake";
        QTest::newRow("4 ack next byte") << "ack-next-byte"
                                         << "tcp-close"
                                         << "frame_tx_start"
                                         << "seq=264704198 + len=1000 → ack=264705198"
                                         << "tcp-handshake";
        QTest::newRow("5 handshake rtt") << "handshake-rtt"
                                         << "tcp-handshake"
                                         << "tcp_rtt_sample"
                                         << "PC1 timed its SYN"
                                         << "udp-voice";
        QTest::newRow("6 mss") << "mss-default"
                               << "tcp-handshake"
                               << "frame_tx_start"
                               << "PC1's SYN announces MSS 1460"
                               << "udp-voice";
        QTest::newRow("7 tos") << "tos-dscp"
                               << "two-lans"
                               << "frame_tx_start"
                               << "TOS octet is 0x00: DSCP 0"
                               << "";
        QTest::newRow("8 header fields") << "ip-header-fields"
                                         << "two-lans"
                                         << "router_decision"
                                         << "TTL 64 → 63"
                                         << "one-lan";
        QTest::newRow("9 mtu") << "mtu-of-link"
                               << "fragmentation"
                               << "fragmented"
                               << "MTU is 576 bytes"
                               << "two-lans";
        QTest::newRow("10 limited broadcast") << "limited-broadcast"
                                              << "cast-types"
                                              << "frame_tx_start"
                                              << "limited broadcast"
                                              << "tcp-basics";
        QTest::newRow("11 router reads ethernet") << "router-reads-ethernet"
                                                  << "two-lans"
                                                  << "frame_rebuilt"
                                                  << "R1 read the frame's"
                                                  << "one-lan";
        QTest::newRow("12 dhcp") << "dhcp-ports"
                                 << "dhcp"
                                 << "frame_tx_start"
                                 << "client port 68, server port 67"
                                 << "two-lans";
        QTest::newRow("13 arp next hop") << "arp-next-hop"
                                         << "two-lans"
                                         << "arp_resolution"
                                         << "asks ARP for 10.0.1.1"
                                         << "one-lan";
        QTest::newRow("14 dns iterative") << "dns-iterative"
                                          << "dns"
                                          << "dns_query_sent"
                                          << "CacheDNS asks 203.0.113.4 with RD=0"
                                          << "two-lans";
        QTest::newRow("15 hosts file")
            << "hosts-file-order"
            << "dns"
            << "dns_place_checked"
            << "PC1 reads its hosts file for www.naver.com. and does not find it"
            << "http-get";
    }
    void firesAtItsEvent() {
        QFETCH(QString, id);
        QFETCH(QString, lab);
        QFETCH(QString, type);
        QFETCH(QString, text);
        QFETCH(QString, notLab);
        const auto& run = test::recordBuiltin(lab);
        const ui::MisconceptionCallouts callouts(run);
        const auto* hit = hitOf(callouts, qPrintable(id));
        QVERIFY2(hit, qPrintable(id + " did not fire on " + lab));
        QCOMPARE(QString::fromUtf8(eventTypeName(run.events()[hit->event].kind)), type);
        QVERIFY2(hit->text.contains(text), qPrintable(hit->text));
        // It is the first such event: the callout stays from there on.
        QCOMPARE(callouts.current(static_cast<int>(hit->event))->event, hit->event);
        if (notLab.isEmpty())
            return;
        const auto& other = notLab == "one-lan" ? oneLan() : test::recordBuiltin(notLab);
        QVERIFY2(!hitOf(ui::MisconceptionCallouts(other), qPrintable(id)),
                 qPrintable(id + " fired on " + notLab));
    }

    // Correction 7 applies to every IPv4 packet: a run that sends none shows nothing.
    void nothingSentNothingShown() {
        auto loaded = lab::loadLab("builtin:two-lans");
        QVERIFY(loaded.lab);
        loaded.lab->scenario.clear();
        const auto run = ui::RecordedRun::record(*loaded.lab, 1);
        QVERIFY(ui::MisconceptionCallouts(run).hits().empty());
    }

    // cast-types sends to 255.255.255.255 first; alone, its directed broadcast is named so.
    void directedBroadcastIsNamed() {
        auto loaded = lab::loadLab("builtin:cast-types");
        QVERIFY(loaded.lab);
        auto& scenario = loaded.lab->scenario;
        scenario.erase(scenario.begin(), scenario.end() - 1); // only "to": "192.168.2.255"
        const auto run = ui::RecordedRun::record(*loaded.lab, 1);
        const auto hits =
            lesson::detectMisconceptions(run.lab(), run.events(), ui::deviceNamesOf(run));
        auto it = std::find_if(hits.begin(), hits.end(), [](const auto& h) {
            return std::string(h.misconception->id) == "limited-broadcast";
        });
        QVERIFY(it != hits.end());
        QVERIFY2(it->text.startsWith("192.168.2.255 is a directed broadcast"),
                 qPrintable(it->text));
        // Hits come in event order.
        for (std::size_t i = 1; i < hits.size(); ++i)
            QVERIFY(hits[i - 1].event <= hits[i].event);
    }

    void currentIsTheLatestHitSoFar() {
        const auto& run = test::recordBuiltin("tcp-close");
        const ui::MisconceptionCallouts callouts(run);
        QVERIFY(callouts.hits().size() >= 3);
        QVERIFY(!callouts.current(static_cast<int>(callouts.hits().front().event) - 1));
        const auto& second = callouts.hits()[1];
        QCOMPARE(callouts.current(static_cast<int>(second.event))->event, second.event);
    }
};

QTEST_MAIN(TestMisconceptions)
#include "test_misconceptions.moc"
