// IPv4 reassembly at the destination (RFC 791 §3.2): any order, duplicates,
// and a lost fragment (timeout, ICMP time exceeded only if fragment 0 came).
#include "lab_fixtures.h"
#include "net/ip_node.h"
#include "probe_device.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"

#include <QtTest>

using namespace ww;
using namespace ww::test;

class TestReassembly : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fragmentsInAnyOrder_data();
    void fragmentsInAnyOrder();
};

void TestReassembly::fragmentsInAnyOrder_data() {
    QTest::addColumn<QList<int>>("order"); // fragment indexes as sent (0, 1, 2)
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("timeExceeded");
    QTest::newRow("in order") << QList<int>{0, 1, 2} << true << false;
    QTest::newRow("reversed") << QList<int>{2, 1, 0} << true << false;
    QTest::newRow("last first") << QList<int>{2, 0, 1} << true << false;
    QTest::newRow("duplicate") << QList<int>{0, 0, 1, 2} << true << false;
    QTest::newRow("middle lost") << QList<int>{0, 2} << false << true;
    QTest::newRow("first lost") << QList<int>{1, 2} << false << false;
    QTest::newRow("last lost") << QList<int>{0, 1} << false << true;
}

void TestReassembly::fragmentsInAnyOrder() {
    QFETCH(QList<int>, order);
    QFETCH(bool, complete);
    QFETCH(bool, timeExceeded);

    Network net(1);
    auto& host = net.addDevice<Host>("H");
    const MacAddress hostMac = MacAddress::local(0x10);
    host.addInterface(host.addPort("eth0", hostMac), hostMac, prefix("10.0.0.1/24"));
    auto& probe = net.addDevice<Probe>("P");
    net.connect("P-H", probe, 0, host, 0, LinkParams{});
    Recorder rec;
    rec.attach(net);

    icmp::Repr echo;
    echo.identifier = 7;
    echo.sequence = 1;
    echo.data.assign(100, 0x5a);
    const Bytes message = icmp::emit(echo); // 108 bytes -> fragments of 40, 40, 28
    ipv4::Repr header;
    header.identification = 0x4242;
    header.protocol = ipv4::kIcmp;
    header.source = ip("10.0.0.99");
    header.destination = ip("10.0.0.1");
    for (int index : order) {
        ipv4::Repr part = header;
        const std::size_t offset = std::size_t(index) * 40;
        const std::size_t len = std::min<std::size_t>(40, message.size() - offset);
        part.fragmentOffset = static_cast<std::uint16_t>(offset / 8);
        part.moreFragments = index < 2;
        const Bytes packet = ipv4::emit(part, ByteView(message).subspan(offset, len));
        probe.sendFrame(hostMac, probe.mac(), ethernet::kIpv4, packet);
        net.runUntil(net.now() + 10 * kMillisecond);
    }
    net.runUntil(40 * kSecond); // past the 30 s reassembly timeout

    auto whole = rec.all<Reassembled>();
    auto delivered =
        rec.where<Delivered>([](const Delivered& d) { return d.protocol == Protocol::Icmp; });
    auto held = rec.all<FragmentHeld>();
    QCOMPARE(int(held.size()), int(order.size()));
    auto timeouts =
        rec.where<Drop>([](const Drop& d) { return d.reason == DropReason::ReassemblyTimeout; });
    if (complete) {
        QCOMPARE(whole.size(), std::size_t{1});
        auto p = ipv4::parse(whole[0].datagram.view());
        QVERIFY(p.ok() && p->checksumOk);
        QVERIFY(!p->repr.isFragment());
        QCOMPARE(Bytes(p->payload.begin(), p->payload.end()), message);
        QCOMPARE(delivered.size(), std::size_t{1});
        QVERIFY(timeouts.empty());
    } else {
        QVERIFY(whole.empty());
        QVERIFY(delivered.empty());
        QCOMPARE(timeouts.size(), std::size_t{1});
    }
    auto built = rec.where<PduBuilt>([](const PduBuilt& b) {
        return b.protocol == Protocol::Icmp && b.pdu.view()[0] == icmp::kTimeExceeded &&
               b.pdu.view()[1] == icmp::kReassemblyTimeExceeded;
    });
    QCOMPARE(built.size(), std::size_t{timeExceeded ? 1u : 0u});
}

QTEST_GUILESS_MAIN(TestReassembly)
#include "test_reassembly.moc"
