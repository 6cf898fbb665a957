// A host whose own datagram exceeds its link's MTU fragments it (RFC 791 §3.2) and
// the receiver reassembles it; these sizes once crashed the app. Also: a valid ARP
// packet on an interface with no address is "not for this host", not "malformed".
#include "lab_fixtures.h"
#include "net/ip_node.h"
#include "net/network.h"
#include "trace/trace_stats.h"
#include "wire/arp.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/udp.h"

#include <QtTest>

using namespace ww;
using namespace ww::test;

namespace {

struct Run {
    std::unique_ptr<Network> net;
    Recorder rec;
    TraceStats stats;
    bool completed = false;

    Run(const lab::Lab& lab, double seconds)
        : net(lab::buildNetwork(lab, 1)) {
        rec.attach(*net);
        net->bus().subscribe([this](const Event& e) { stats.onEvent(e); });
        completed = net->runUntil(secondsToTime(seconds));
    }
    DeviceId id(const char* name) const { return net->findDevice(name)->id(); }
};

// Two hosts on one link of `mtu`; A sends to B.
LabBuilder directLink(int mtu) {
    LabBuilder b;
    b.host("A", "10.0.0.1/24").host("B", "10.0.0.2/24").listen("B", 9);
    b.link("A", "eth0", "B", "eth0", mtu);
    return b;
}

} // namespace

class TestSenderFragments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void senderFragments_data();
    void senderFragments();
    void arpOnUnaddressedInterfaceIsNotMalformed();
};

void TestSenderFragments::senderFragments_data() {
    QTest::addColumn<bool>("udp");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("mtu");
    QTest::addColumn<int>("fragments"); // 0: not fragmented
    // IP payload = 8 + size (UDP or ICMP header); 1480 data bytes fit a 1500 MTU.
    for (bool udp : {false, true}) {
        const char* p = udp ? "udp" : "ping";
        QTest::addRow("%s-1472-fits", p) << udp << 1472 << 1500 << 0;
        QTest::addRow("%s-1473", p) << udp << 1473 << 1500 << 2;
        QTest::addRow("%s-1480", p) << udp << 1480 << 1500 << 2;
        QTest::addRow("%s-1481", p) << udp << 1481 << 1500 << 2;
        QTest::addRow("%s-2952", p) << udp << 2952 << 1500 << 2; // exactly 2 x 1480
        QTest::addRow("%s-65507", p) << udp << 65507 << 1500 << 45;
        // The smallest MTU the format allows: 48 data bytes a fragment.
        QTest::addRow("%s-1473-mtu68", p) << udp << 1473 << 68 << 31;
        QTest::addRow("%s-65507-mtu68", p) << udp << 65507 << 68 << 1365;
        QTest::addRow("%s-65507-mtu9000", p) << udp << 65507 << 9000 << 8;
    }
}

void TestSenderFragments::senderFragments() {
    QFETCH(bool, udp);
    QFETCH(int, size);
    QFETCH(int, mtu);
    QFETCH(int, fragments);
    auto b = directLink(mtu);
    // 1365 fragments leave at once: more than the default 1000-frame transmit queue.
    b.lab().links[0].queueFrames = 2000;
    if (udp)
        b.udp("A", "10.0.0.2", 9, 0.5, size);
    else
        b.ping("A", "10.0.0.2", 0.5, 1, size);
    Run run(b.lab(), 3);
    QVERIFY(run.completed);
    QCOMPARE(run.stats.conservationViolations(), std::vector<std::string>{});
    QVERIFY(run.rec.all<Drop>().empty());

    const DeviceId a = run.id("A"), bId = run.id("B");
    auto sent = run.rec.where<Fragmented>([a](const Fragmented& f) { return f.device == a; });
    if (fragments == 0) {
        QVERIFY(sent.empty());
    } else {
        QCOMPARE(sent.size(), std::size_t{1});
        const Fragmented& f = sent[0];
        QCOMPARE(int(f.fragments.size()), fragments);
        QCOMPARE(f.mtu, std::uint32_t(mtu));
        const auto original = ipv4::parse(f.original.view());
        QVERIFY(original.ok());
        std::size_t offset = 0;
        for (int i = 0; i < fragments; ++i) {
            // RFC 791: every fragment a valid header with its own checksum, the same
            // identification, offsets in 8-byte units, MF on all but the last, data a
            // multiple of 8 except in the last.
            auto p = ipv4::parse(f.fragments[i].view());
            QVERIFY(p.ok());
            QVERIFY(p->checksumOk);
            QVERIFY(int(p->repr.totalLength) <= mtu);
            QCOMPARE(p->repr.identification, original->repr.identification);
            QCOMPARE(p->repr.fragmentOffsetBytes(), offset);
            const bool last = i + 1 == fragments;
            QCOMPARE(p->repr.moreFragments, !last);
            if (!last)
                QCOMPARE(p->payload.size() % 8, std::size_t{0});
            QVERIFY(std::equal(p->payload.begin(), p->payload.end(),
                               original->payload.begin() + static_cast<std::ptrdiff_t>(offset)));
            offset += p->payload.size();
        }
        QCOMPARE(offset, std::size_t(8 + size));
        if (udp) {
            // The UDP checksum was computed once over the whole datagram; it rides in
            // the first fragment and verifies over the reassembled one.
            auto whole = udp::parse(original->payload, ip("10.0.0.1"), ip("10.0.0.2"));
            QVERIFY(whole.ok() && whole->checksumOk);
            const ByteView first = ipv4::parse(f.fragments[0].view())->payload;
            QCOMPARE(readU16(first, 6), whole->checksum);
        }
        auto joined =
            run.rec.where<Reassembled>([bId](const Reassembled& r) { return r.device == bId; });
        QCOMPARE(joined.size(), std::size_t{1});
        QCOMPARE(int(joined[0].fragmentCount), fragments);
        QCOMPARE(joined[0].datagram.view().size(), f.original.view().size());
        QVERIFY(std::equal(joined[0].datagram.view().begin(), joined[0].datagram.view().end(),
                           f.original.view().begin()));
    }
    if (udp) {
        auto got = run.rec.where<Delivered>(
            [bId](const Delivered& d) { return d.device == bId && d.protocol == Protocol::Udp; });
        QCOMPARE(got.size(), std::size_t{1});
        QCOMPARE(int(got[0].pdu.size()), size);
    } else {
        // B fragments its echo reply the same way; A reassembles it.
        auto replies = run.rec.all<PingReply>();
        QCOMPARE(replies.size(), std::size_t{1});
        QCOMPARE(int(replies[0].bytes), size + 8);
        QCOMPARE(run.rec.where<Fragmented>([bId](const Fragmented& f) { return f.device == bId; })
                     .size(),
                 std::size_t(fragments == 0 ? 0 : 1));
    }
}

void TestSenderFragments::arpOnUnaddressedInterfaceIsNotMalformed() {
    // B has no address yet (as a DHCP client before its lease); A asks for 10.0.0.2.
    LabBuilder b;
    b.host("A", "10.0.0.1/24");
    lab::Device unaddressed;
    unaddressed.name = "B";
    unaddressed.interfaces = {{"eth0", {}, {}, 0}};
    b.lab().devices.push_back(unaddressed);
    b.link("A", "eth0", "B", "eth0").ping("A", "10.0.0.2", 0.5);
    Run run(b.lab(), 5);
    const DeviceId bId = run.id("B");
    auto drops = run.rec.where<Drop>([bId](const Drop& d) { return d.device == bId; });
    QCOMPARE(drops.size(), std::size_t{3}); // the three ARP requests (arp_retries)
    for (const Drop& d : drops) {
        QCOMPARE(d.reason, DropReason::NotForThisHost);
        auto request = arp::parse(d.pdu.view()); // the ARP packet, valid
        QVERIFY(request.ok());
        QCOMPARE(request->operation, arp::Operation::Request);
        QCOMPARE(request->targetIp, ip("10.0.0.2"));
    }
    // The summary's categories add up: every drop is in exactly one.
    const TraceStats& s = run.stats;
    QCOMPARE(s.dropsByReason().count(DropReason::Malformed), std::size_t{0});
    QCOMPARE(s.drops(), s.framesLostOnLinks() + s.framesRefusedAtTransmitters() +
                            s.framesDroppedAtDevices() + s.packetsDroppedAtDevices());
    // B's three ARP requests, and A's echo request when ARP gives up.
    QCOMPARE(s.dropsByReason().at(DropReason::ArpFailed), std::uint64_t{1});
    QCOMPARE(s.packetsDroppedAtDevices(), std::uint64_t{4});
    std::uint64_t byReason = 0;
    for (const auto& [reason, n] : s.dropsByReason())
        byReason += n;
    QCOMPARE(byReason, s.drops());
}

QTEST_GUILESS_MAIN(TestSenderFragments)
#include "test_sender_fragments.moc"
