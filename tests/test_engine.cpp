// End-to-end behaviour of the L2/L3 engine: ARP, ping across a router, TTL,
// fragmentation, broadcast and multicast, unreachables, FCS errors.
#include "lab/lab_json.h"
#include "lab_fixtures.h"
#include "net/ip_node.h"
#include "net/network.h"
#include "trace/trace_stats.h"
#include "wire/checksum.h"
#include "wire/ethernet.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"

#include <QtTest>

using namespace ww;
using namespace ww::test;

namespace {

struct Run {
    std::unique_ptr<Network> net;
    Recorder rec;
    TraceStats stats;

    Run(const lab::Lab& lab, double seconds, std::uint64_t seed = 1)
        : net(lab::buildNetwork(lab, seed)) {
        rec.attach(*net);
        net->bus().subscribe([this](const Event& e) { stats.onEvent(e); });
        net->runUntil(secondsToTime(seconds));
    }
    DeviceId id(const char* name) const { return net->findDevice(name)->id(); }
};

} // namespace

class TestEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void arpThenPingAcrossRouter();
    void routerRewritesFrameAndTtl();
    void onLinkPingNeedsNoGateway();
    void ttlExpiresInRoutingLoop();
    void fragmentationAcrossSmallMtu_data();
    void fragmentationAcrossSmallMtu();
    void dontFragmentGetsFragmentationNeeded();
    void limitedBroadcastStaysOnLan();
    void directedBroadcast_data();
    void directedBroadcast();
    void multicastReachesOnlyMembers();
    void unreachables_data();
    void unreachables();
    void corruptedFrameDroppedByFcs();
    void lossyLinkConservation();
    void internetDropsPrivateDestinations();
};

void TestEngine::arpThenPingAcrossRouter() {
    auto b = twoLans();
    b.ping("PC1", "10.0.2.10", 0.5, 3);
    Run run(b.lab(), 5);
    const DeviceId pc1 = run.id("PC1"), r1 = run.id("R1"), pc3 = run.id("PC3");

    auto replies = run.rec.all<PingReply>();
    QCOMPARE(replies.size(), std::size_t{3});
    for (std::size_t i = 0; i < replies.size(); ++i) {
        QCOMPARE(replies[i].device, pc1);
        QCOMPARE(replies[i].from, ip("10.0.2.10"));
        QCOMPARE(replies[i].sequence, std::uint16_t(i + 1));
        QCOMPARE(int(replies[i].ttl), 63); // 64 at PC3, one router on the way back
    }
    // The first round trip waits for two ARP resolutions; later ones do not.
    QVERIFY(replies[0].rtt > replies[1].rtt);
    QCOMPARE(replies[1].rtt, replies[2].rtt);

    // ARP: PC1 resolves the gateway (off-link destination), R1 resolves PC3.
    auto starts = run.rec.where<ArpResolution>(
        [](const ArpResolution& a) { return a.step == ArpResolutionStep::Started; });
    QCOMPARE(starts.size(), std::size_t{2});
    QCOMPARE(starts[0].device, pc1);
    QCOMPARE(starts[0].ip, ip("10.0.1.1"));
    QCOMPARE(starts[1].device, r1);
    QCOMPARE(starts[1].ip, ip("10.0.2.10"));
    // Caches on both ends: the target learns the requester, the requester the reply.
    auto inserted = [&](DeviceId d, const char* a) {
        return !run.rec
                    .where<ArpCacheChanged>([&](const ArpCacheChanged& c) {
                        return c.device == d && c.ip == ip(a) &&
                               c.change == ArpCacheChange::Inserted;
                    })
                    .empty();
    };
    QVERIFY(inserted(pc1, "10.0.1.1"));
    QVERIFY(inserted(r1, "10.0.1.10"));
    QVERIFY(inserted(r1, "10.0.2.10"));
    QVERIFY(inserted(pc3, "10.0.2.1"));
    QVERIFY(!inserted(run.id("PC2"), "10.0.1.10")); // not the target: RFC 826 ignores it

    // Requests are broadcast, replies unicast.
    int requests = 0, replies2 = 0;
    for (const auto& tx : run.rec.all<FrameTxStart>()) {
        auto f = ethernet::parseFrame(tx.frame.view());
        QVERIFY(f.ok());
        QVERIFY(f->fcsOk());
        if (f->repr.etherType != ethernet::kArp)
            continue;
        const bool request = f->payload[7] == 1;
        QCOMPARE(f->repr.destination.isBroadcast(), request);
        requests += request && tx.from != run.id("SW1") && tx.from != run.id("SW2");
        replies2 += !request && tx.from != run.id("SW1") && tx.from != run.id("SW2");
    }
    // PC1 asks for R1, R1 asks for PC3; each target learned its asker from the
    // request, so the echo replies need no ARP of their own.
    QCOMPARE(requests, 2);
    QCOMPARE(replies2, 2);
    QVERIFY(run.stats.conservationViolations().empty());
}

void TestEngine::routerRewritesFrameAndTtl() {
    auto b = twoLans();
    b.ping("PC1", "10.0.2.10", 0.5, 1);
    Run run(b.lab(), 3);
    auto decisions = run.rec.all<RouterDecision>();
    QCOMPARE(decisions.size(), std::size_t{2}); // request and reply
    const RouterDecision& d = decisions[0];
    QCOMPARE(d.destination, ip("10.0.2.10"));
    QCOMPARE(int(d.ttlBefore), 64);
    QCOMPARE(int(d.ttlAfter), 63);
    QCOMPARE(d.route.kind, RouteKind::Connected);
    QCOMPARE(d.nextHop, ip("10.0.2.10"));
    QVERIFY(d.checksumBefore != d.checksumAfter);
    // The incremental update gives a header that verifies, with the new TTL.
    auto parsed = ipv4::parse(d.packet.view());
    QVERIFY(parsed.ok());
    QVERIFY(parsed->checksumOk);
    QCOMPARE(int(parsed->repr.ttl), 63);
    QCOMPARE(parsed->repr.headerChecksum, d.checksumAfter);

    auto rebuilt = run.rec.all<FrameRebuilt>();
    QCOMPARE(rebuilt.size(), std::size_t{2});
    const auto& r = rebuilt[0];
    QCOMPARE(r.oldDestination, lab::defaultMac(4, 0)); // R1 eth0
    QCOMPARE(r.newSource, lab::defaultMac(4, 1));      // R1 eth1
    QCOMPARE(r.newDestination, lab::defaultMac(2, 0)); // PC3
    QCOMPARE(r.oldSource, lab::defaultMac(0, 0));      // PC1
}

void TestEngine::onLinkPingNeedsNoGateway() {
    auto b = twoLans();
    b.ping("PC2", "10.0.1.10", 0.5, 1);
    Run run(b.lab(), 2);
    QCOMPARE(run.rec.all<PingReply>().size(), std::size_t{1});
    QCOMPARE(int(run.rec.all<PingReply>()[0].ttl), 64);
    QVERIFY(run.rec.all<RouterDecision>().empty());
    auto arp = run.rec.all<ArpResolution>();
    QCOMPARE(arp[0].ip, ip("10.0.1.10")); // the destination itself, on-link
}

void TestEngine::ttlExpiresInRoutingLoop() {
    LabBuilder b;
    b.host("PC1", "10.0.1.10/24", "10.0.1.1")
        .router("R1", {{"eth0", "10.0.1.1/24"}, {"eth1", "10.0.12.1/30"}})
        .router("R2", {{"eth0", "10.0.12.2/30"}})
        .route("R1", "198.51.100.0/24", "10.0.12.2")
        .route("R2", "198.51.100.0/24", "10.0.12.1")
        .route("R2", "10.0.1.0/24", "10.0.12.1")
        .link("PC1", "eth0", "R1", "eth0")
        .link("R1", "eth1", "R2", "eth0")
        .ping("PC1", "198.51.100.7", 0.5, 1, 56, 8);
    Run run(b.lab(), 3);
    // Decisions for the looping request: TTL 8->7, 7->6, ... 2->1.
    auto loop = run.rec.where<RouterDecision>(
        [](const RouterDecision& d) { return d.destination == ip("198.51.100.7"); });
    QCOMPARE(loop.size(), std::size_t{7});
    for (std::size_t i = 0; i < loop.size(); ++i) {
        QCOMPARE(int(loop[i].ttlBefore), int(8 - i));
        QCOMPARE(int(loop[i].ttlAfter), int(7 - i));
    }
    QCOMPARE(run.rec.where<Drop>([](const Drop& d) { return d.reason == DropReason::TtlExpired; })
                 .size(),
             std::size_t{1});
    auto errors = run.rec.all<IcmpErrorReceived>();
    QCOMPARE(errors.size(), std::size_t{1});
    QCOMPARE(int(errors[0].type), int(icmp::kTimeExceeded));
    QCOMPARE(int(errors[0].code), int(icmp::kTtlExceeded));
    QCOMPARE(errors[0].originalDestination, ip("198.51.100.7"));
    // TTL 1 arrives at R2 on its only interface: that address reports.
    QCOMPARE(errors[0].from, ip("10.0.12.2"));
    QVERIFY(run.rec.all<PingReply>().empty());
}

void TestEngine::fragmentationAcrossSmallMtu_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("fragments");
    QTest::addColumn<QList<int>>("lengths");
    // IP payload = 8 + size; 576 - 20 = 556 -> 552 data bytes per fragment.
    QTest::newRow("fits") << 548 << 0 << QList<int>{};
    QTest::newRow("one-byte-over") << 549 << 2 << QList<int>{572, 25};
    QTest::newRow("1400") << 1400 << 3 << QList<int>{572, 572, 324};
}

void TestEngine::fragmentationAcrossSmallMtu() {
    QFETCH(int, size);
    QFETCH(int, fragments);
    QFETCH(QList<int>, lengths);
    LabBuilder b;
    b.host("PC1", "10.0.1.10/24", "10.0.1.1")
        .host("PC2", "10.0.2.10/24", "10.0.2.1")
        .router("R1", {{"eth0", "10.0.1.1/24"}, {"eth1", "10.0.12.1/30"}})
        .router("R2", {{"eth0", "10.0.12.2/30"}, {"eth1", "10.0.2.1/24"}})
        .route("R1", "10.0.2.0/24", "10.0.12.2")
        .route("R2", "10.0.1.0/24", "10.0.12.1")
        .link("PC1", "eth0", "R1", "eth0")
        .link("R1", "eth1", "R2", "eth0", 576)
        .link("R2", "eth1", "PC2", "eth0")
        .ping("PC1", "10.0.2.10", 0.5, 1, size);
    Run run(b.lab(), 3);
    QCOMPARE(run.rec.all<PingReply>().size(), std::size_t{1});
    auto frag = run.rec.all<Fragmented>();
    if (fragments == 0) {
        QVERIFY(frag.empty());
        return;
    }
    QCOMPARE(frag.size(), std::size_t{2}); // R1 the request, R2 the reply
    QCOMPARE(frag[0].device, run.id("R1"));
    QCOMPARE(frag[1].device, run.id("R2"));
    QCOMPARE(int(frag[0].fragments.size()), fragments);
    QCOMPARE(frag[0].mtu, 576u);
    std::size_t offset = 0;
    for (int i = 0; i < fragments; ++i) {
        auto p = ipv4::parse(frag[0].fragments[i].view());
        QVERIFY(p.ok() && p->checksumOk);
        QCOMPARE(int(p->repr.totalLength), lengths[i]);
        QCOMPARE(p->repr.moreFragments, i + 1 < fragments);
        QCOMPARE(p->repr.fragmentOffsetBytes(), offset);
        QVERIFY(p->repr.totalLength <= 576);
        offset += p->repr.totalLength - 20;
    }
    auto whole =
        run.rec.where<Reassembled>([&](const Reassembled& r) { return r.device == run.id("PC2"); });
    QCOMPARE(whole.size(), std::size_t{1});
    QCOMPARE(int(whole[0].fragmentCount), fragments);
    QCOMPARE(int(whole[0].datagram.size()), 20 + 8 + size);
}

void TestEngine::dontFragmentGetsFragmentationNeeded() {
    LabBuilder b;
    b.host("PC1", "10.0.1.10/24", "10.0.1.1")
        .host("PC2", "10.0.2.10/24", "10.0.2.1")
        .router("R1", {{"eth0", "10.0.1.1/24"}, {"eth1", "10.0.2.1/24"}})
        .link("PC1", "eth0", "R1", "eth0")
        .link("R1", "eth1", "PC2", "eth0", 576)
        .ping("PC1", "10.0.2.10", 0.5, 1, 1400, 64, true);
    Run run(b.lab(), 3);
    auto errors = run.rec.all<IcmpErrorReceived>();
    QCOMPARE(errors.size(), std::size_t{1});
    QCOMPARE(int(errors[0].type), 3);
    QCOMPARE(int(errors[0].code), 4);
    QCOMPARE(int(errors[0].nextHopMtu), 576); // RFC 1191
    QCOMPARE(errors[0].from, ip("10.0.1.1"));
    QVERIFY(run.rec.all<Fragmented>().empty());
}

void TestEngine::limitedBroadcastStaysOnLan() {
    auto b = twoLans();
    b.listen("PC2", 5000).listen("PC3", 5000).listen("Server", 5000);
    b.udp("PC1", "255.255.255.255", 5000, 0.5);
    Run run(b.lab(), 2);
    auto delivered = run.rec.all<Delivered>();
    std::vector<DeviceId> udp;
    for (auto& d : delivered)
        if (d.protocol == Protocol::Udp)
            udp.push_back(d.device);
    QCOMPARE(udp, std::vector<DeviceId>{run.id("PC2")});
    // R1 takes it as its own (no listener, and no ICMP about a broadcast) and
    // never forwards it: nothing crosses into 10.0.2.0/24.
    for (const auto& tx : run.rec.all<FrameTxStart>())
        QVERIFY(run.net->link(tx.link).name().find("SW2") == std::string::npos);
    QVERIFY(run.rec.all<IcmpErrorReceived>().empty());
    // Sent to ff:ff:ff:ff:ff:ff without ARP.
    QVERIFY(run.rec.all<ArpResolution>().empty());
}

void TestEngine::directedBroadcast_data() {
    QTest::addColumn<bool>("routerForwards");
    QTest::newRow("forwarded") << true;
    QTest::newRow("rfc2644-default-off") << false;
}

void TestEngine::directedBroadcast() {
    QFETCH(bool, routerForwards);
    auto b = twoLans();
    b.find("R1").directedBroadcast = routerForwards;
    b.listen("PC3", 5000).listen("Server", 5000).listen("PC2", 5000);
    b.udp("PC1", "10.0.2.255", 5000, 0.5);
    Run run(b.lab(), 3);
    std::vector<DeviceId> udp;
    for (auto& d : run.rec.all<Delivered>())
        if (d.protocol == Protocol::Udp)
            udp.push_back(d.device);
    if (routerForwards)
        QCOMPARE(udp, (std::vector<DeviceId>{run.id("PC3"), run.id("Server")}));
    else
        QVERIFY(udp.empty());
    // No port-unreachable storms for broadcasts (RFC 1122 §4.1.3.1).
    QVERIFY(run.rec.all<IcmpErrorReceived>().empty());
}

void TestEngine::multicastReachesOnlyMembers() {
    auto b = twoLans();
    b.listen("PC2", 5000).join("PC2", "239.1.1.1");
    b.listen("PC1", 5000); // listening, but not a member
    b.udp("PC1", "239.1.1.1", 5000, 0.5);
    Run run(b.lab(), 2);
    std::vector<DeviceId> udp;
    for (auto& d : run.rec.all<Delivered>())
        if (d.protocol == Protocol::Udp)
            udp.push_back(d.device);
    QCOMPARE(udp, std::vector<DeviceId>{run.id("PC2")});
    // 01:00:5e:01:01:01 on the wire (RFC 1112 §6.4), flooded by the switch.
    auto tx = run.rec.all<FrameTxStart>();
    QVERIFY(!tx.empty());
    auto f = ethernet::parseFrame(tx[0].frame.view());
    QCOMPARE(f->repr.destination, MacAddress::forMulticast(ip("239.1.1.1").value));
    QCOMPARE(f->repr.destination.toString(), std::string("01:00:5e:01:01:01"));
    // R1's NIC filters it: not a group it joined.
    QVERIFY(!run.rec
                 .where<Drop>([&](const Drop& d) {
                     return d.device == run.id("R1") && d.reason == DropReason::NotForThisMac;
                 })
                 .empty());
}

void TestEngine::unreachables_data() {
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("udp");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reporter");
    QTest::newRow("host: ARP gives up") << "10.0.2.99" << false << 1 << "10.0.1.1";
    QTest::newRow("net: no route") << "172.16.9.9" << false << 0 << "10.0.1.1";
    QTest::newRow("port: nobody listens") << "10.0.2.20" << true << 3 << "10.0.2.20";
    QTest::newRow("local host: ARP on-link fails") << "10.0.1.99" << false << 1 << "10.0.1.10";
}

void TestEngine::unreachables() {
    QFETCH(QString, target);
    QFETCH(bool, udp);
    QFETCH(int, code);
    QFETCH(QString, reporter);
    auto b = twoLans();
    const std::string t = target.toStdString();
    if (udp)
        b.udp("PC1", t.c_str(), 9999, 0.5);
    else
        b.ping("PC1", t.c_str(), 0.5);
    Run run(b.lab(), 6);
    auto errors = run.rec.all<IcmpErrorReceived>();
    QCOMPARE(errors.size(), std::size_t{1});
    QCOMPARE(int(errors[0].type), 3);
    QCOMPARE(int(errors[0].code), code);
    QCOMPARE(QString::fromStdString(errors[0].from.toString()), reporter);
    QCOMPARE(errors[0].originalDestination, ip(t.c_str()));
    if (code == 1) {
        // Three requests one second apart, then give up (RFC 1122 §2.3.2.1 rate limits).
        auto failed = run.rec.where<ArpResolution>(
            [](const ArpResolution& a) { return a.step == ArpResolutionStep::Failed; });
        QCOMPARE(failed.size(), std::size_t{1});
        QCOMPARE(failed[0].attempt, 3u);
    }
    QVERIFY(run.stats.conservationViolations().empty());
}

void TestEngine::corruptedFrameDroppedByFcs() {
    auto b = twoLans();
    b.lab().links[0].bitErrorRate = 1e-3; // PC1-SW1: most frames take a hit
    b.ping("PC1", "10.0.1.11", 0.5, 5);
    Run run(b.lab(), 8);
    auto bad = run.rec.where<ReceiveCheck>(
        [](const ReceiveCheck& c) { return c.check == Check::Fcs && !c.passed; });
    QVERIFY(!bad.empty());
    for (const auto& c : bad)
        QVERIFY(c.expected != c.actual);
    auto corrupted = run.rec.where<FrameArrival>([](const FrameArrival& a) { return a.corrupted; });
    QCOMPARE(corrupted.size(), bad.size()); // every flipped frame is caught, no false alarms
    QCOMPARE(
        run.rec.where<Drop>([](const Drop& d) { return d.reason == DropReason::FcsError; }).size(),
        bad.size());
    QVERIFY(run.stats.conservationViolations().empty());
}

void TestEngine::lossyLinkConservation() {
    auto b = twoLans();
    for (auto& l : b.lab().links) {
        l.loss = 0.2;
        l.bitErrorRate = 1e-5;
    }
    b.ping("PC1", "10.0.2.10", 0.5, 20, 56, 64).ping("PC2", "10.0.2.20", 0.7, 20, 1000);
    Run run(b.lab(), 30, 7);
    QVERIFY(run.stats.framesLostOnLinks() > 0);
    QVERIFY(run.stats.conservationViolations().empty());
    QCOMPARE(run.stats.framesSent(), run.stats.framesArrived() + run.stats.framesLostOnLinks() +
                                         run.stats.framesInFlight());
}

void TestEngine::internetDropsPrivateDestinations()
{
    auto loaded = lab::loadLab("builtin:private-addresses");
    QVERIFY(loaded.lab);
    Run run(*loaded.lab, loaded.lab->duration);
    const DeviceId internet = run.id("Internet"), web = run.id("Web");
    // The requests reach the public server...
    QCOMPARE(run.rec.where<Delivered>([&](const Delivered& d) {
                        return d.device == web && d.protocol == Protocol::Icmp;
                    }).size(),
             std::size_t{2});
    // ...but the replies to 192.168.1.10, and the ping to 10.0.0.5, die at the internet router.
    auto drops = run.rec.where<Drop>(
        [](const Drop& d) { return d.reason == DropReason::PrivateDestination; });
    QCOMPARE(drops.size(), std::size_t{3});
    for (const Drop& d : drops) {
        QCOMPARE(d.device, internet);
        auto p = ipv4::parse(d.pdu.view());
        QVERIFY(p.ok());
        QVERIFY(p->repr.destination.isPrivate());
    }
    QVERIFY(run.rec.all<PingReply>().empty());
}

QTEST_GUILESS_MAIN(TestEngine)
#include "test_engine.moc"
