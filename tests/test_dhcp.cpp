// DHCP (RFC 2131/2132): the message format byte for byte, bad messages refused by
// field, and the server's and client's behaviour beyond the happy path.
#include "apps/dhcp.h"
#include "lab/lab_builder.h"
#include "lab_fixtures.h"
#include "net/ip_node.h"
#include "wire/dhcp.h"

#include <QtTest>

using namespace ww;
using namespace ww::test;
Q_DECLARE_METATYPE(ww::Bytes)

namespace {

dhcp::Repr discover() {
    dhcp::Repr r;
    r.type = dhcp::MessageType::Discover;
    r.xid = 0x3903f326;
    r.flags = dhcp::kBroadcastFlag;
    r.chaddr = *MacAddress::parse("00:0b:82:01:fc:42");
    r.parameterRequestList = true;
    return r;
}

// A LAN with a DHCP server on R1 and `clients` DHCP clients.
lab::Lab dhcpLab(int clients, const char* poolEnd = "10.0.1.199") {
    LabBuilder b;
    b.router("R1", {{"eth0", "10.0.1.1/24"}}).switchWith("SW1", 8).link("R1", "eth0", "SW1", "p8");
    lab::DhcpServer s;
    s.interface = "eth0";
    s.poolStart = ip("10.0.1.100");
    s.poolEnd = ip(poolEnd);
    s.gateway = ip("10.0.1.1");
    b.find("R1").dhcpServer = s;
    for (int i = 1; i <= clients; ++i) {
        lab::Device d;
        d.name = "PC" + std::to_string(i);
        d.interfaces = {{"eth0", {}, {}, 0}};
        d.dhcpClient = true;
        b.lab().devices.push_back(d);
        b.link(d.name, "eth0", "SW1", "p" + std::to_string(i));
    }
    return b.lab();
}

} // namespace

class TestDhcp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void discoverBytes();
    void roundTrip();
    void malformed_data();
    void malformed();
    void poolExhausted();
    void discoverRetriedWithBackoff();
    void requestForAnotherAddressIsRefused();
};

void TestDhcp::discoverBytes() {
    const Bytes b = dhcp::emit(discover());
    QCOMPARE(b.size(), dhcp::kMinMessageLen); // BOOTP minimum, padded
    QCOMPARE(int(b[0]), 1);                  // BOOTREQUEST
    QCOMPARE(int(b[1]), 1);                  // Ethernet
    QCOMPARE(int(b[2]), 6);
    QCOMPARE(readU32(b, 4), 0x3903f326u);
    QCOMPARE(readU16(b, 10), std::uint16_t(0x8000));
    QCOMPARE(MacAddress::read(b.data() + 28), *MacAddress::parse("00:0b:82:01:fc:42"));
    QCOMPARE(readU32(b, 236), 0x63825363u); // magic cookie 99.130.83.99
    // Options: 53 DISCOVER, 55 (1, 3, 6), END, then pad.
    const Bytes options(b.begin() + 240, b.begin() + 250);
    const Bytes expected{53, 1, 1, 55, 3, 1, 3, 6, 255, 0};
    QCOMPARE(options, expected);
}

void TestDhcp::roundTrip() {
    dhcp::Repr ack;
    ack.op = dhcp::Op::Reply;
    ack.type = dhcp::MessageType::Ack;
    ack.xid = 7;
    ack.yiaddr = ip("192.168.0.10");
    ack.chaddr = *MacAddress::parse("02:00:00:00:01:01");
    ack.subnetMask = ip("255.255.255.0");
    ack.router = ip("192.168.0.1");
    ack.dnsServer = ip("192.168.0.53");
    ack.leaseSeconds = 86400;
    ack.serverId = ip("192.168.0.1");
    auto parsed = dhcp::parse(dhcp::emit(ack));
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, ack);
}

void TestDhcp::malformed_data() {
    QTest::addColumn<Bytes>("bytes");
    QTest::addColumn<QString>("field");
    const Bytes good = dhcp::emit(discover());
    QTest::newRow("truncated") << Bytes(good.begin(), good.begin() + 200) << "options";
    Bytes op = good;
    op[0] = 3;
    QTest::newRow("bad op") << op << "op";
    Bytes htype = good;
    htype[1] = 6; // IEEE 802 token ring
    QTest::newRow("not ethernet") << htype << "htype";
    Bytes cookie = good;
    cookie[239] = 0;
    QTest::newRow("bad cookie") << cookie << "magic_cookie";
    Bytes overrun = good;
    overrun[241] = 200; // message type option claims 200 bytes
    overrun.resize(260);
    QTest::newRow("option past the end") << overrun << "options";
    Bytes noType = good;
    noType[240] = 0; // option 53 turned into pad bytes
    noType[241] = 0;
    noType[242] = 0;
    QTest::newRow("no message type") << noType << "options";
}

void TestDhcp::malformed() {
    QFETCH(Bytes, bytes);
    QFETCH(QString, field);
    auto r = dhcp::parse(bytes);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromLatin1(r.failure().field), field);
}

void TestDhcp::poolExhausted() {
    // Two addresses for three clients: the third gets no offer and keeps asking.
    auto net = lab::buildNetwork(dhcpLab(3, "10.0.1.101"), 1);
    Recorder rec;
    rec.attach(*net);
    net->runUntil(secondsToTime(10));
    QCOMPARE(rec.all<InterfaceConfigured>().size(), std::size_t{2});
    QCOMPARE(rec.all<DhcpLeaseGranted>().size(), std::size_t{2});
    auto discovers = rec.where<DhcpExchange>([](const DhcpExchange& x) {
        return !x.server && x.sent && x.type == 1;
    });
    QVERIFY(discovers.size() >= 4); // the unlucky client retried
}

void TestDhcp::discoverRetriedWithBackoff() {
    // A client alone: DISCOVER at 0, then after 4 ± 1 s, then after 8 ± 1 s (RFC 2131 §4.1).
    LabBuilder b;
    lab::Device d;
    d.name = "PC1";
    d.interfaces = {{"eth0", {}, {}, 0}};
    d.dhcpClient = true;
    b.lab().devices.push_back(d);
    b.switchWith("SW1", 2).link("PC1", "eth0", "SW1", "p1");
    auto net = lab::buildNetwork(b.lab(), 1);
    Recorder rec;
    rec.attach(*net);
    net->runUntil(secondsToTime(20));
    std::vector<SimTime> at;
    for (const Event& e : rec.events)
        if (auto* x = std::get_if<DhcpExchange>(&e.kind); x && x->sent)
            at.push_back(e.time);
    QVERIFY(at.size() >= 3);
    QCOMPARE(at[0], SimTime{0});
    const SimTime first = at[1] - at[0], second = at[2] - at[1];
    QVERIFY2(first >= 3 * kSecond && first <= 5 * kSecond, qPrintable(QString::number(first)));
    QVERIFY2(second >= 7 * kSecond && second <= 9 * kSecond, qPrintable(QString::number(second)));
}

void TestDhcp::requestForAnotherAddressIsRefused() {
    // A client that asks for an address the server did not give it gets DHCPNAK.
    auto net = lab::buildNetwork(dhcpLab(0), 1);
    Recorder rec;
    rec.attach(*net);
    auto* server = dynamic_cast<IpNode*>(net->findDevice("R1"));
    lab::Device probe; // a host that speaks DHCP by hand
    auto& host = net->addDevice<Host>("Probe");
    const PortIndex port = host.addPort("eth0", MacAddress::local(0x4242));
    host.addInterface(port, MacAddress::local(0x4242), std::nullopt);
    net->connect("Probe-SW1", host, port, *net->findDevice("SW1"), 0, LinkParams{});
    std::vector<dhcp::Repr> answers;
    host.bindUdp(dhcp::kClientPort, [&answers](const UdpReceived& in) {
        if (auto r = dhcp::parse(in.payload))
            answers.push_back(*r);
    });
    net->sim().scheduleAt(secondsToTime(0.1), [&host] {
        dhcp::Repr req;
        req.type = dhcp::MessageType::Request;
        req.xid = 99;
        req.flags = dhcp::kBroadcastFlag;
        req.chaddr = MacAddress::local(0x4242);
        req.requestedAddress = ip("10.0.1.150");
        req.serverId = ip("10.0.1.1");
        UdpSend how;
        how.sourcePort = dhcp::kClientPort;
        how.outInterface = 0;
        how.sourceAddress = Ipv4Address::any();
        host.sendUdp(Ipv4Address::limitedBroadcast(), dhcp::kServerPort, dhcp::emit(req), how);
    });
    net->runUntil(secondsToTime(1));
    QVERIFY(server);
    QCOMPARE(answers.size(), std::size_t{1});
    QCOMPARE(answers[0].type, dhcp::MessageType::Nak);
    QCOMPARE(answers[0].xid, 99u);
    QVERIFY(answers[0].yiaddr.isUnspecified());
    QVERIFY(rec.all<DhcpLeaseGranted>().empty());
}

QTEST_GUILESS_MAIN(TestDhcp)
#include "test_dhcp.moc"
