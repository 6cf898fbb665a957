// NAPT (RFC 3022): two inside hosts behind one global address, distinct
// global ports, checksums recomputed, replies back to the right host.
#include "lab/lab_builder.h"
#include "lab/lab_json.h"
#include "lab_fixtures.h"
#include "net/ip_node.h"
#include "transport/tcp_layer.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"

#include <QtTest>

using namespace ww;
using namespace ww::test;

class TestNat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoClientsShareOneAddress();
    void natNeedsItsInterfaces();
};

void TestNat::twoClientsShareOneAddress() {
    auto loaded = lab::loadLab("builtin:napt");
    QVERIFY(loaded.lab);
    auto net = lab::buildNetwork(*loaded.lab, 1);
    Recorder rec;
    rec.attach(*net);
    net->runUntil(secondsToTime(loaded.lab->duration));

    auto created =
        rec.where<NatMappingChanged>([](const NatMappingChanged& m) { return m.created; });
    QCOMPARE(created.size(), std::size_t{3}); // two TCP flows, one ping
    QCOMPARE(created[0].insideAddress, ip("192.168.1.10"));
    QCOMPARE(created[1].insideAddress, ip("192.168.1.11"));
    QCOMPARE(created[0].insidePort, created[1].insidePort); // both clients used 49152...
    QCOMPARE(created[0].globalPort, std::uint16_t(49152));  // ...so the second moved
    QCOMPARE(created[1].globalPort, std::uint16_t(49153));
    QCOMPARE(int(created[2].protocol), 1);

    // On the outside link every packet from the home network carries the global
    // address, with IP and TCP checksums that verify for the new addresses.
    const LinkId wan = 3;
    QCOMPARE(net->link(wan).name(), std::string("Home-Internet"));
    int checked = 0;
    for (const auto& tx : rec.all<FrameTxStart>()) {
        if (tx.link != wan)
            continue;
        auto f = ethernet::parseFrame(tx.frame.view());
        if (f->repr.etherType != ethernet::kIpv4)
            continue;
        auto p = ipv4::parse(f->payload);
        QVERIFY(p.ok() && p->checksumOk);
        QVERIFY(!p->repr.source.isPrivate() && !p->repr.destination.isPrivate());
        if (p->repr.protocol == ipv4::kTcp) {
            auto s = tcp::parse(p->payload, p->repr.source, p->repr.destination);
            QVERIFY(s.ok() && s->checksumOk);
            ++checked;
        }
    }
    QVERIFY(checked > 10);
    // Each client got the whole page.
    for (const char* name : {"PC1", "PC2"}) {
        auto* host = dynamic_cast<IpNode*>(net->findDevice(name));
        QCOMPARE(host->tcp().allConnections().size(), std::size_t{1});
        QCOMPARE(host->tcp().allConnections()[0]->bytesReceived(), std::uint64_t{316});
    }
    QCOMPARE(rec.all<PingReply>().size(), std::size_t{2});
}

void TestNat::natNeedsItsInterfaces() {
    auto loaded = lab::loadLab("builtin:napt");
    QVERIFY(loaded.lab);
    QByteArray json = lab::toJson(*loaded.lab);
    json.replace("\"outside\": \"wan\"", "\"outside\": \"wan9\"");
    auto r = lab::parseLab(json);
    QVERIFY(!r.lab);
    QCOMPARE(r.issues[0].path, QStringLiteral("devices[3].nat.outside"));
    QVERIFY(r.issues[0].message.contains("no interface 'wan9'"));
}

QTEST_GUILESS_MAIN(TestNat)
#include "test_nat.moc"
