// The L2 switch: learning, forwarding by table, flooding, filtering, ageing.
#include "lab_fixtures.h"
#include "net/l2_switch.h"
#include "probe_device.h"

#include <QtTest>

using namespace ww;
using namespace ww::test;

namespace {

struct Bench {
    Network net{1};
    L2Switch* sw;
    std::vector<Probe*> probes;
    Recorder rec;

    // mtus: one link MTU per probe (default 1500 for all).
    explicit Bench(int n, std::vector<std::uint32_t> mtus = {}) {
        sw = &net.addDevice<L2Switch>("SW");
        for (int i = 0; i < n; ++i) {
            auto& p = net.addDevice<Probe>("P" + std::to_string(i));
            const PortIndex port =
                sw->addPort("p" + std::to_string(i), MacAddress::local(0x100 + i));
            LinkParams params;
            if (std::size_t(i) < mtus.size())
                params.mtu = mtus[std::size_t(i)];
            net.connect("P" + std::to_string(i) + "-SW", p, 0, *sw, port, params);
            probes.push_back(&p);
        }
        rec.attach(net);
    }
    void send(int from, const MacAddress& dst, const MacAddress& src, std::size_t size = 46) {
        const Bytes payload(size, 0x42);
        probes[from]->sendFrame(dst, src, 0x88b5, payload); // local experimental ethertype
        net.runUntil(net.now() + kMillisecond);
    }
    SwitchDecision lastDecision() const { return rec.all<SwitchDecision>().back(); }
};

} // namespace

class TestSwitching : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unknownUnicastIsFloodedThenForwarded();
    void broadcastIsFloodedEverywhereButIngress();
    void frameForSameSegmentIsFiltered();
    void stationMoveUpdatesTable();
    void entriesAgeOut();
    void corruptFrameNotForwarded();
    void frameTooBigForEgressLinkDropped_data();
    void frameTooBigForEgressLinkDropped();
};

void TestSwitching::unknownUnicastIsFloodedThenForwarded() {
    Bench b(3);
    const MacAddress a = b.probes[0]->mac(), c = b.probes[2]->mac();
    b.send(0, c, a);
    auto d = b.lastDecision();
    QCOMPARE(d.action, SwitchAction::Flooded);
    QVERIFY(!d.tableHit);
    QCOMPARE(d.outPorts, (std::vector<PortIndex>{1, 2}));
    QCOMPARE(b.probes[1]->received.size(), std::size_t{1});
    QCOMPARE(b.probes[2]->received.size(), std::size_t{1});
    auto learned = b.rec.all<MacTableChanged>();
    QCOMPARE(learned.size(), std::size_t{1});
    QCOMPARE(learned[0].mac, a);
    QCOMPARE(learned[0].port, PortIndex{0});
    QCOMPARE(learned[0].change, MacTableChange::Learned);

    b.send(2, a, c); // the answer: A is known on port 0
    d = b.lastDecision();
    QCOMPARE(d.action, SwitchAction::Forwarded);
    QVERIFY(d.tableHit);
    QCOMPARE(d.outPorts, std::vector<PortIndex>{0});
    QCOMPARE(b.probes[0]->received.size(), std::size_t{1});
    QCOMPARE(b.probes[1]->received.size(), std::size_t{1}); // nothing more for the bystander
    // The frame leaves unchanged: a switch does not touch the bytes.
    QCOMPARE(b.probes[0]->received[0].copy(), b.rec.all<FrameTxStart>()[3].frame.copy());
}

void TestSwitching::broadcastIsFloodedEverywhereButIngress() {
    Bench b(4);
    b.send(1, MacAddress::broadcast(), b.probes[1]->mac());
    b.send(1, MacAddress::broadcast(), b.probes[1]->mac());
    auto d = b.lastDecision();
    QCOMPARE(d.action, SwitchAction::Flooded);
    QCOMPARE(d.outPorts, (std::vector<PortIndex>{0, 2, 3}));
    QVERIFY(b.probes[1]->received.empty());
}

void TestSwitching::frameForSameSegmentIsFiltered() {
    Bench b(2);
    const MacAddress x = MacAddress::local(0x777); // a station behind port 0 (e.g. via a hub)
    b.send(0, MacAddress::broadcast(), x);
    b.send(0, x, b.probes[0]->mac());
    auto d = b.lastDecision();
    QCOMPARE(d.action, SwitchAction::Filtered);
    QVERIFY(d.outPorts.empty());
    auto drops = b.rec.all<Drop>();
    QCOMPARE(drops.size(), std::size_t{1});
    QCOMPARE(drops[0].reason, DropReason::SameSegment);
    QCOMPARE(b.probes[1]->received.size(), std::size_t{1}); // only the broadcast
}

void TestSwitching::stationMoveUpdatesTable() {
    Bench b(3);
    const MacAddress m = MacAddress::local(0x555);
    b.send(0, MacAddress::broadcast(), m);
    b.send(2, MacAddress::broadcast(), m);
    auto changes = b.rec.all<MacTableChanged>();
    QCOMPARE(changes.size(), std::size_t{2});
    QCOMPARE(changes[1].change, MacTableChange::Moved);
    QCOMPARE(changes[1].port, PortIndex{2});
    QCOMPARE(*b.sw->macTable().lookup(m), PortIndex{2});
}

void TestSwitching::entriesAgeOut() {
    Bench b(2);
    const MacAddress a = b.probes[0]->mac();
    b.send(0, MacAddress::broadcast(), a);
    b.net.runUntil(150 * kSecond);
    b.send(0, MacAddress::broadcast(), a); // refresh at ~150 s
    b.net.runUntil(400 * kSecond);
    QVERIFY(b.sw->macTable().lookup(a)); // 300 s counts from the refresh
    b.net.runUntil(460 * kSecond);
    QVERIFY(!b.sw->macTable().lookup(a));
    auto aged = b.rec.where<MacTableChanged>(
        [](const MacTableChanged& c) { return c.change == MacTableChange::Aged; });
    QCOMPARE(aged.size(), std::size_t{1});
    const auto& ev = b.rec.events;
    SimTime agedAt = 0;
    for (const auto& e : ev)
        if (auto* c = std::get_if<MacTableChanged>(&e.kind); c && c->change == MacTableChange::Aged)
            agedAt = e.time;
    QVERIFY(agedAt > 450 * kSecond && agedAt < 451 * kSecond);
}

void TestSwitching::corruptFrameNotForwarded() {
    Network net(5);
    auto& sw = net.addDevice<L2Switch>("SW");
    auto& p0 = net.addDevice<Probe>("P0");
    auto& p1 = net.addDevice<Probe>("P1");
    LinkParams noisy;
    noisy.bitErrorRate = 0.05; // every frame is hit
    net.connect("P0-SW", p0, 0, sw, sw.addPort("p0", MacAddress::local(1)), noisy);
    net.connect("P1-SW", p1, 0, sw, sw.addPort("p1", MacAddress::local(2)), LinkParams{});
    Recorder rec;
    rec.attach(net);
    p0.sendFrame(MacAddress::broadcast(), p0.mac(), 0x88b5, Bytes(46, 1));
    net.runUntil(kSecond);
    QVERIFY(p1.received.empty());
    QCOMPARE(rec.dropReasons(), std::vector<DropReason>{DropReason::FcsError});
    QVERIFY(rec.all<SwitchDecision>().empty());
    QVERIFY(rec.all<MacTableChanged>().empty()); // nothing learned from a corrupt frame
}

// A switch passes frames between links as they are: a frame bigger than the egress link's
// MTU is dropped there (frame_too_big), as a real port drops a giant; the other ports get it.
void TestSwitching::frameTooBigForEgressLinkDropped_data() {
    QTest::addColumn<int>("payload");
    QTest::addColumn<bool>("fits");
    QTest::newRow("576 on MTU 576") << 576 << true;
    QTest::newRow("577 on MTU 576") << 577 << false;
    QTest::newRow("1500 on MTU 576") << 1500 << false;
}

void TestSwitching::frameTooBigForEgressLinkDropped() {
    QFETCH(int, payload);
    QFETCH(bool, fits);
    Bench b(3, {1500, 576, 1500});
    b.send(0, MacAddress::broadcast(), b.probes[0]->mac(), std::size_t(payload));
    QCOMPARE(b.probes[2]->received.size(), std::size_t{1});
    QCOMPARE(b.probes[1]->received.size(), std::size_t{fits ? 1u : 0u});
    const auto drops = b.rec.all<Drop>();
    QCOMPARE(drops.size(), std::size_t{fits ? 0u : 1u});
    if (!fits) {
        QCOMPARE(drops.front().reason, DropReason::FrameTooBig);
        QCOMPARE(drops.front().device, b.sw->id());
        QCOMPARE(drops.front().link, b.net.link(1).id());
    }
}

QTEST_GUILESS_MAIN(TestSwitching)

#include "test_switching.moc"
