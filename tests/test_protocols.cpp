// The protocol registry and what reads it: lookups by EtherType, IP protocol
// and port; DHCP and HTTP dissected from it; the ICMP header diagram; the
// event list's layer column.
#include "inspector/header_diagram.h"
#include "inspector/pdu_dissection.h"
#include "models/event_list_model.h"
#include "models/event_summary.h"
#include "playback_fixtures.h"
#include "proto/protocol_registry.h"
#include "wire/dhcp.h"
#include "wire/dns.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/udp.h"

#include <QtTest>
#include <set>

using namespace ww;
using namespace ww::inspector;

namespace {

const DissectionNode* layerOf(const Dissection& d, const QString& key) {
    for (const auto& l : d.layers)
        if (l.key == key)
            return &l;
    return nullptr;
}

const DissectionNode* child(const DissectionNode& n, const QString& key) {
    for (const auto& c : n.children)
        if (c.key == key)
            return &c;
    return nullptr;
}

// A DHCPOFFER as a server sends it: Ethernet, IPv4, UDP 67 -> 68.
Bytes dhcpOfferFrame() {
    dhcp::Repr m;
    m.op = dhcp::Op::Reply;
    m.xid = 0x3903f326;
    m.yiaddr = Ipv4Address{0x0a000164}; // 10.0.1.100
    m.siaddr = Ipv4Address{0x0a000101};
    m.chaddr = MacAddress{{0x02, 0, 0, 0, 0, 0x10}};
    m.type = dhcp::MessageType::Offer;
    m.subnetMask = Ipv4Address{0xffffff00};
    m.router = Ipv4Address{0x0a000101};
    m.dnsServer = Ipv4Address{0x0a000135};
    m.leaseSeconds = 3600;
    m.serverId = Ipv4Address{0x0a000101};
    const Ipv4Address server{0x0a000101}, broadcast{0xffffffff};
    const Bytes message = dhcp::emit(m);
    const Bytes datagram =
        udp::emit({dhcp::kServerPort, dhcp::kClientPort}, message, server, broadcast);
    ipv4::Repr ip;
    ip.protocol = ipv4::kUdp;
    ip.source = server;
    ip.destination = broadcast;
    const Bytes packet = ipv4::emit(ip, datagram);
    return ethernet::emitFrame(
        {MacAddress::broadcast(), MacAddress{{0x02, 0, 0, 0, 0, 1}}, ethernet::kIpv4}, packet);
}

// A DNS response for www.naver.com (a CNAME, then its A) from 10.0.0.53:53 to a client.
dns::Message naverResponse() {
    dns::Message m;
    m.header.id = 0xbeef;
    m.header.qr = m.header.rd = m.header.ra = true;
    m.questions.push_back({"www.naver.com", dns::kTypeA, dns::kClassIn});
    m.answers.push_back({"www.naver.com", dns::kTypeCname, dns::kClassIn, 300,
                         dns::DomainName{"www.naver.com.nheos.com"}});
    m.answers.push_back({"www.naver.com.nheos.com", dns::kTypeA, dns::kClassIn, 60,
                         Ipv4Address::fromOctets(223, 130, 200, 107)});
    return m;
}

Bytes dnsFrame(const Bytes& message) {
    const Ipv4Address server{0x0a000035}, client{0x0a000164};
    const Bytes datagram = udp::emit({dns::kPort, 50000}, message, server, client);
    ipv4::Repr ip;
    ip.protocol = ipv4::kUdp;
    ip.source = server;
    ip.destination = client;
    return ethernet::emitFrame({MacAddress{{0x02, 0, 0, 0, 0, 0x10}},
                                MacAddress{{0x02, 0, 0, 0, 0, 0x35}}, ethernet::kIpv4},
                               ipv4::emit(ip, datagram));
}

// A bare TCP segment (no IPv4 around it) from 40000 to `port` carrying `text`.
Bytes tcpSegment(std::uint16_t port, const char* text) {
    Bytes b(20, 0);
    writeU16(b, 0, 40000);
    writeU16(b, 2, port);
    b[12] = 5 << 4; // data offset: 20 bytes
    b[13] = 0x18;   // PSH, ACK
    writeU16(b, 14, 64240);
    for (const char* c = text; *c; ++c)
        b.push_back(static_cast<std::uint8_t>(*c));
    return b;
}

} // namespace

class TestProtocols : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyEntryHasNameLayerAndKey();
    void layersOfTheNotes_data();
    void layersOfTheNotes();
    void lookups_data();
    void lookups();
    void dhcpDissectsToNamedFields();
    void dhcpHeaderDiagram();
    void dnsDissectsLikeWireshark();
    void dnsOverTcpAndMalformed();
    void httpOnAnyPortByContent_data();
    void httpOnAnyPortByContent();
    void icmpDiagramShowsEchoData();
    void eventListLayersAreSteps();
};

void TestProtocols::everyEntryHasNameLayerAndKey() {
    std::set<std::string> keys;
    for (const proto::Descriptor& d : proto::all()) {
        QVERIFY(d.key && *d.key);
        QVERIFY2(keys.insert(d.key).second, d.key);
        QVERIFY(!proto::displayName(d.id).isEmpty());
        QVERIFY(!proto::fullName(d.id).isEmpty());
        QVERIFY(!proto::layerName(d.layer).isEmpty());
        QCOMPARE(&proto::describe(d.id), &d);
        QCOMPARE(proto::byKey(d.key), &d);
        QCOMPARE(QString::fromLatin1(toString(d.id)), QString::fromLatin1(d.key));
        // Drawable headers are exactly those with a field table.
        QCOMPARE(d.diagramTitle != nullptr, d.fields != nullptr);
    }
    QVERIFY(keys.count("dhcp") && keys.count("http") && keys.count("arp") && keys.count("dns"));
    QCOMPARE(proto::byKey("quic"), nullptr);
}

void TestProtocols::layersOfTheNotes_data() {
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("layer");
    QTest::addColumn<QString>("name");
    auto row = [](const char* tag, Protocol p, Layer l, const char* name) {
        QTest::newRow(tag) << int(p) << int(l) << QString::fromLatin1(name);
    };
    row("ethernet", Protocol::Ethernet, Layer::NetworkInterface, "Network interface");
    // The notes' decision: ARP serves IP, so the Internet layer, though it
    // rides straight in an Ethernet frame.
    row("arp", Protocol::Arp, Layer::Internet, "Internet");
    row("ipv4", Protocol::Ipv4, Layer::Internet, "Internet");
    row("icmp", Protocol::Icmp, Layer::Internet, "Internet");
    row("udp", Protocol::Udp, Layer::Transport, "Transport");
    row("tcp", Protocol::Tcp, Layer::Transport, "Transport");
    row("dhcp", Protocol::Dhcp, Layer::Application, "Application");
    row("http", Protocol::Http, Layer::Application, "Application");
    row("dns", Protocol::Dns, Layer::Application, "Application");
}

void TestProtocols::layersOfTheNotes() {
    QFETCH(int, protocol);
    QFETCH(int, layer);
    QFETCH(QString, name);
    const proto::Descriptor& d = proto::describe(static_cast<Protocol>(protocol));
    QCOMPARE(int(d.layer), layer);
    QCOMPARE(proto::layerName(d.layer), name);
    QCOMPARE(ui::layerName(d.layer), name); // the event list says the same
}

void TestProtocols::lookups_data() {
    QTest::addColumn<int>("carrier");
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("b");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expected"); // a registry key, or "" for none
    using C = proto::Carrier;
    auto row = [](const char* tag, C c, int a, int b, const char* payload, const char* key) {
        QTest::newRow(tag) << int(c) << a << b << QByteArray(payload) << QString::fromLatin1(key);
    };
    row("ethertype 0x0806", C::EtherType, 0x0806, 0, "", "arp");
    row("ethertype 0x0800", C::EtherType, 0x0800, 0, "", "ipv4");
    row("ethertype 0x86dd", C::EtherType, 0x86dd, 0, "", "");
    row("ip proto 1", C::IpProtocol, 1, 0, "", "icmp");
    row("ip proto 6", C::IpProtocol, 6, 0, "", "tcp");
    row("ip proto 17", C::IpProtocol, 17, 0, "", "udp");
    row("ip proto 89", C::IpProtocol, 89, 0, "", "");
    row("udp 68->67", C::UdpPort, 68, 67, "", "dhcp");
    row("udp 67->68", C::UdpPort, 67, 68, "", "dhcp");
    row("udp 5004", C::UdpPort, 5004, 5004, "GET / HTTP/1.1", ""); // HTTP is over TCP
    row("tcp to 80", C::TcpPort, 49152, 80, "", "http");
    row("tcp from 80", C::TcpPort, 80, 49152, "", "http");
    row("tcp from 8080", C::TcpPort, 8080, 49152, "", "http");
    row("tcp 8000 request", C::TcpPort, 49152, 8000, "GET / HTTP/1.1\r\n", "http");
    row("tcp 8000 status", C::TcpPort, 8000, 49152, "HTTP/1.1 200 OK\r\n", "http");
    row("tcp 8000 other", C::TcpPort, 49152, 8000, "hello", "");
    row("tcp 67", C::TcpPort, 49152, 67, "", ""); // DHCP is over UDP
    // DNS is one entry recognised on port 53 over both transports (RFC 1035 §4.2).
    row("udp to 53", C::UdpPort, 50000, 53, "", "dns");
    row("udp from 53", C::UdpPort, 53, 50000, "", "dns");
    row("tcp to 53", C::TcpPort, 50000, 53, "", "dns");
    row("tcp from 53", C::TcpPort, 53, 50000, "", "dns");
    row("udp 5353", C::UdpPort, 5353, 5353, "", "");
}

void TestProtocols::lookups() {
    QFETCH(int, carrier);
    QFETCH(int, a);
    QFETCH(int, b);
    QFETCH(QByteArray, payload);
    QFETCH(QString, expected);
    const auto c = static_cast<proto::Carrier>(carrier);
    const ByteView bytes(reinterpret_cast<const std::uint8_t*>(payload.constData()),
                         static_cast<std::size_t>(payload.size()));
    const proto::Descriptor* d =
        c == proto::Carrier::EtherType    ? proto::byEtherType(static_cast<std::uint16_t>(a))
        : c == proto::Carrier::IpProtocol ? proto::byIpProtocol(static_cast<std::uint8_t>(a))
                                          : proto::byPorts(c, static_cast<std::uint16_t>(a),
                                                           static_cast<std::uint16_t>(b), bytes);
    QCOMPARE(d ? QString::fromLatin1(d->key) : QString(), expected);
}

void TestProtocols::dhcpDissectsToNamedFields() {
    const Bytes frame = dhcpOfferFrame();
    const Dissection d = dissect(frame);
    QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
    QStringList keys;
    for (const auto& l : d.layers)
        keys << l.key;
    QCOMPARE(keys, QStringList({"ethernet", "ipv4", "udp", "dhcp"}));
    const DissectionNode* dhcp = layerOf(d, "dhcp");
    QCOMPARE(dhcp->label, QStringLiteral("Dynamic Host Configuration Protocol (DHCP)"));
    const std::pair<const char*, const char*> fields[] = {
        {"op", "2 (reply)"},
        {"htype", "1 (Ethernet)"},
        {"hlen", "6"},
        {"xid", "0x3903f326"},
        {"flags", "0x0000"},
        {"ciaddr", "0.0.0.0"},
        {"yiaddr", "10.0.1.100"},
        {"siaddr", "10.0.1.1"},
        {"chaddr", "02:00:00:00:00:10"},
        {"sname", "empty"},
        {"magic_cookie", "0x63825363 (DHCP)"},
    };
    for (const auto& [key, value] : fields) {
        const DissectionNode* f = child(*dhcp, key);
        QVERIFY2(f, key);
        QCOMPARE(f->value, QString::fromLatin1(value));
    }
    // yiaddr is bytes 16..19 of the message, which starts after 14 + 20 + 8 bytes.
    QCOMPARE(child(*dhcp, "yiaddr")->byteOffset, 14 + 20 + 8 + 16);
    QCOMPARE(child(*dhcp, "yiaddr")->byteLength, 4);
    const DissectionNode* options = child(*dhcp, "options");
    QVERIFY(options);
    const std::pair<const char*, const char*> opts[] = {
        {"option_53", "2 (DHCPOFFER)"}, {"option_1", "255.255.255.0"}, {"option_3", "10.0.1.1"},
        {"option_6", "10.0.1.53"},      {"option_51", "3600 s"},       {"option_54", "10.0.1.1"},
    };
    for (const auto& [key, value] : opts) {
        const DissectionNode* o = child(*options, key);
        QVERIFY2(o, key);
        QCOMPARE(o->value, QString::fromLatin1(value));
    }
    // Option 53 is code, length 1, value: 3 bytes right after the cookie.
    QCOMPARE(child(*options, "option_53")->byteOffset, 14 + 20 + 8 + 240);
    QCOMPARE(child(*options, "option_53")->byteLength, 3);
    QVERIFY(child(*options, "option_255"));
    QVERIFY(child(*options, "padding")); // up to RFC 2131's 300 bytes
}

void TestProtocols::dhcpHeaderDiagram() {
    const Bytes frame = dhcpOfferFrame();
    const Dissection d = dissect(frame);
    const DissectedHeader* h = nullptr;
    for (const auto& x : d.headers)
        if (x.protocol == Protocol::Dhcp)
            h = &x;
    QVERIFY(h);
    const HeaderDiagramPainter diagram(*h, frame);
    QCOMPARE(diagram.title(), QStringLiteral("DHCP message (RFC 2131)"));
    QCOMPARE(diagram.fieldCount(), static_cast<int>(dhcp::fields().size()));
    QCOMPARE(diagram.fieldValue(diagram.fieldIndex("yiaddr")), QStringLiteral("10.0.1.100"));
    // sname (64 bytes) and file (128) are drawn in two rows each, not 16 and 32.
    QVERIFY2(diagram.size().height() < 1800, qPrintable(QString::number(diagram.size().height())));
}

void TestProtocols::dnsDissectsLikeWireshark() {
    const Bytes message = dns::emit(naverResponse()).value();
    const Bytes frame = dnsFrame(message);
    const Dissection d = dissect(frame);
    QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
    QStringList keys;
    for (const auto& l : d.layers)
        keys << l.key;
    QCOMPARE(keys, QStringList({"ethernet", "ipv4", "udp", "dns"}));
    const DissectionNode* dns = layerOf(d, "dns");
    QCOMPARE(dns->label, QStringLiteral("Domain Name System (DNS)"));
    QCOMPARE(dns->value, QStringLiteral("response"));
    const int at = 14 + 20 + 8; // the message's first byte in the frame
    QCOMPARE(child(*dns, "id")->value, QStringLiteral("0xbeef"));
    const DissectionNode* flags = child(*dns, "flags");
    QVERIFY(flags);
    QCOMPARE(flags->value, QStringLiteral("0x8180 (response, NOERROR)"));
    QCOMPARE(flags->byteOffset, at + 2);
    QCOMPARE(child(*flags, "qr")->value, QStringLiteral("1 (response)"));
    QCOMPARE(child(*flags, "rd")->value, QStringLiteral("1"));
    QCOMPARE(child(*flags, "rcode")->value, QStringLiteral("0 (NOERROR)"));
    QCOMPARE(child(*flags, "rcode")->bitOffset, (at + 3) * 8 + 4);
    QCOMPARE(child(*dns, "ancount")->value, QStringLiteral("2"));

    const DissectionNode* queries = child(*dns, "queries");
    QVERIFY(queries);
    const DissectionNode& query = queries->children.at(0);
    QCOMPARE(query.label, QStringLiteral("www.naver.com: type A, class IN"));
    QCOMPARE(query.byteOffset, at + 12);
    QCOMPARE(query.byteLength, 15 + 4);
    QCOMPARE(child(query, "type")->value, QStringLiteral("A (1)"));
    QCOMPARE(child(query, "class")->value, QStringLiteral("IN (0x0001)"));

    const DissectionNode* answers = child(*dns, "answers");
    QVERIFY(answers);
    QCOMPARE(answers->children.size(), std::size_t{2});
    const DissectionNode& cname = answers->children[0];
    QCOMPARE(cname.label, QStringLiteral("www.naver.com: type CNAME, class IN, "
                                         "cname www.naver.com.nheos.com"));
    // The owner name is only a pointer to the question's name at offset 12.
    const DissectionNode* owner = child(cname, "name");
    QCOMPARE(owner->value, QStringLiteral("www.naver.com"));
    QCOMPARE(owner->byteLength, 2);
    const DissectionNode* pointer = child(*owner, "compression_pointer");
    QVERIFY(pointer);
    QCOMPARE(pointer->value, QStringLiteral("→ offset 12"));
    QCOMPARE(pointer->byteOffset, at + 31);
    QCOMPARE(pointer->byteLength, 2);
    QCOMPARE(child(cname, "ttl")->value, QStringLiteral("300 s"));
    QCOMPARE(child(cname, "rdlength")->value, QStringLiteral("22"));
    // The CNAME data: four labels written out, then a pointer to "com" at 22.
    const DissectionNode* target = child(cname, "rdata_name");
    QCOMPARE(target->value, QStringLiteral("www.naver.com.nheos.com"));
    QCOMPARE(target->byteLength, 22);
    QCOMPARE(child(*target, "compression_pointer")->value, QStringLiteral("→ offset 22"));
    QCOMPARE(child(*target, "compression_pointer")->byteOffset, at + 63);
    const DissectionNode& a = answers->children[1];
    QCOMPARE(child(a, "address")->value, QStringLiteral("223.130.200.107"));
    QCOMPARE(child(a, "address")->byteOffset, static_cast<int>(frame.size()) - 4 - 4); // FCS
    // Clicking the pointer's bytes selects the pointer node.
    const std::vector<int> path = nodePathAt(d, at + 32);
    const DissectionNode* n = &d.layers[static_cast<std::size_t>(path[0])];
    for (std::size_t i = 1; i < path.size(); ++i)
        n = &n->children[static_cast<std::size_t>(path[i])];
    QCOMPARE(n->key, QStringLiteral("compression_pointer"));

    // The header diagram: RFC 1035 §4.1.1, 12 bytes, from the registry.
    const DissectedHeader* h = nullptr;
    for (const auto& x : d.headers)
        if (x.protocol == Protocol::Dns)
            h = &x;
    QVERIFY(h);
    QCOMPARE(h->length, 12);
    const HeaderDiagramPainter diagram(*h, frame);
    QCOMPARE(diagram.title(), QStringLiteral("DNS message header (RFC 1035)"));
    QCOMPARE(diagram.fieldCount(), static_cast<int>(dns::fields().size()));
    QCOMPARE(diagram.fieldValue(diagram.fieldIndex("opcode")), QStringLiteral("0 (QUERY)"));
    QCOMPARE(diagram.fieldValue(diagram.fieldIndex("ancount")), QStringLiteral("2"));
    // Drawn 16 bits a row as RFC 1035 draws it: ID fills the first row to its right end,
    // the six 16-bit words are six rows.
    QCOMPARE(diagram.rowBits(), 16);
    const QRect idBox(48, 90, 16 * 56, 46); // left margin + offsets, below title and ruler
    QCOMPARE(diagram.fieldKey(diagram.fieldAt(idBox.topRight() + QPoint(-5, 10))),
             QStringLiteral("id"));
    QCOMPARE(diagram.fieldKey(diagram.fieldAt(idBox.topLeft() + QPoint(5, 46 + 10))),
             QStringLiteral("qr"));
    QCOMPARE(diagram.fieldKey(diagram.fieldAt(idBox.topLeft() + QPoint(5, 5 * 46 + 10))),
             QStringLiteral("arcount"));
}

void TestProtocols::dnsOverTcpAndMalformed() {
    // Over TCP: the 2-byte length first, then the same tree.
    const Bytes message = dns::emit(naverResponse()).value();
    Bytes segment = tcpSegment(dns::kPort, "");
    writeU16(segment, 0, dns::kPort);
    writeU16(segment, 2, 50000);
    const Bytes framed = dns::frameForTcp(message).value();
    segment.insert(segment.end(), framed.begin(), framed.end());
    const Dissection d = dissect(segment, Protocol::Tcp);
    QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
    const DissectionNode* dns = layerOf(d, "dns");
    QVERIFY(dns);
    QCOMPARE(child(*dns, "length")->value, QString::number(message.size()));
    QCOMPARE(child(*dns, "id")->byteOffset, 20 + 2);
    QCOMPARE(child(*dns, "answers")->children.size(), std::size_t{2});

    // A forward pointer: the header is shown, the reason given, nothing crashes.
    Bytes bad = {0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 20, 0, 1, 0, 1};
    const Dissection b = dissect(dnsFrame(bad));
    QVERIFY(layerOf(b, "dns"));
    QVERIFY(child(*layerOf(b, "dns"), "qdcount"));
    QVERIFY2(b.problem.contains("does not point backwards"), qPrintable(b.problem));
    QVERIFY2(b.problem.contains("question.name at byte 12"), qPrintable(b.problem));
}

void TestProtocols::httpOnAnyPortByContent_data() {
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("top");
    QTest::newRow("GET to 8000") << 8000 << QByteArray("GET / HTTP/1.1\r\nHost: web\r\n\r\n")
                                 << "http";
    QTest::newRow("status from 8000") << 8000 << QByteArray("HTTP/1.1 200 OK\r\n\r\nhi") << "http";
    QTest::newRow("other bytes to 8000") << 8000 << QByteArray("hello") << "data";
    QTest::newRow("body to 80") << 80 << QByteArray("<html>") << "http"; // by port
}

void TestProtocols::httpOnAnyPortByContent() {
    QFETCH(int, port);
    QFETCH(QByteArray, payload);
    QFETCH(QString, top);
    const Bytes segment = tcpSegment(static_cast<std::uint16_t>(port), payload.constData());
    const Dissection d = dissect(segment, Protocol::Tcp);
    QCOMPARE(d.layers.size(), std::size_t{2});
    QCOMPARE(d.layers[0].key, QStringLiteral("tcp"));
    QCOMPARE(d.layers[1].key, top);
    if (top == "http" && payload.startsWith("GET"))
        QCOMPARE(d.layers[1].children.at(0).label, QStringLiteral("GET / HTTP/1.1"));
}

// `export builtin:two-lans --view header --event N --header icmp` said "Data: none"
// for a 56-byte echo: the diagram saw only the 8-byte header.
void TestProtocols::icmpDiagramShowsEchoData() {
    const auto run = test::twoLans();
    const PduBuilt* echo = nullptr;
    for (const Event& e : run->events())
        if (const auto* b = std::get_if<PduBuilt>(&e.kind); b && b->protocol == Protocol::Icmp) {
            echo = b;
            break;
        }
    QVERIFY(echo);
    QCOMPARE(echo->pdu.size(), std::size_t{8 + 56});
    const Dissection d = dissect(echo->pdu.view(), Protocol::Icmp);
    QCOMPARE(d.headers.size(), std::size_t{1});
    QCOMPARE(d.headers[0].length, 8);
    const HeaderDiagramPainter diagram(d.headers[0], echo->pdu.view());
    QCOMPARE(diagram.fieldValue(diagram.fieldIndex("data")), QStringLiteral("56 bytes"));
    QCOMPARE(diagram.fieldValue(diagram.fieldIndex("sequence")), QStringLiteral("1"));
}

// The Layer column is where the step happens, in the four layers' names.
void TestProtocols::eventListLayersAreSteps() {
    const auto run = test::twoLans();
    ui::EventListModel model;
    model.setRun(run);
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    std::set<QString> layersSeen;
    bool sawIcmpFrame = false, sawArpResolution = false, sawRoute = false;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QString layer = cell(i, ui::EventListModel::LayerColumn);
        layersSeen.insert(layer);
        const EventKind& k = run->events()[static_cast<std::size_t>(i)].kind;
        if (std::holds_alternative<FrameTxStart>(k)) {
            QCOMPARE(layer, QStringLiteral("Network interface"));
            sawIcmpFrame |= cell(i, ui::EventListModel::ProtocolColumn) == "ICMP";
        } else if (std::holds_alternative<ArpResolution>(k) ||
                   std::holds_alternative<ArpCacheChanged>(k)) {
            QCOMPARE(layer, QStringLiteral("Internet"));
            sawArpResolution = true;
        } else if (std::holds_alternative<RouterDecision>(k)) {
            QCOMPARE(layer, QStringLiteral("Internet"));
            sawRoute = true;
        } else if (std::holds_alternative<PingReply>(k)) {
            QCOMPARE(layer, QStringLiteral("Application"));
        }
    }
    QVERIFY(sawIcmpFrame && sawArpResolution && sawRoute);
    QVERIFY(!layersSeen.count(QStringLiteral("Link")));
    QVERIFY(!model.headerData(ui::EventListModel::LayerColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

QTEST_MAIN(TestProtocols)
#include "test_protocols.moc"
