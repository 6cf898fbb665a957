// TCP segments against bytes computed independently (Python): the header
// fields, options (MSS, SACK permitted, timestamps, window scale), and the
// checksum over the IPv4 pseudo-header.
#include "wire/checksum.h"
#include "wire/icmp.h"
#include "wire/tcp.h"
#include "wire/udp.h"

#include <QtTest>

using namespace ww;

namespace {
Bytes hex(const char* h) {
    const QByteArray b = QByteArray::fromHex(h);
    return Bytes(b.begin(), b.end());
}
const Ipv4Address kSrc = *parseIpv4("10.0.1.10");
const Ipv4Address kDst = *parseIpv4("10.0.2.20");
} // namespace

class TestTcpWire : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void segments_data();
    void segments();
    void rejects();
    void fieldTable();
    void checksumExpected_data();
    void checksumExpected();
};

void TestTcpWire::segments_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<uint>("seq");
    QTest::addColumn<uint>("ack");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("mss"); // -1: none
    QTest::addColumn<int>("headerLen");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("linux syn")
        << QByteArray(
               "c00000501234567800000000a002faf0090d0000020405b40402080a000003e80000000001030307")
        << "SYN" << 0x12345678u << 0u << 64240 << 1460 << 40 << QByteArray();
    QTest::newRow("syn-ack mss") << QByteArray("0050c0009abcdef0123456796012fe88dfc40000020405b4")
                                 << "SYN, ACK" << 0x9abcdef0u << 0x12345679u << 65160 << 1460 << 24
                                 << QByteArray();
    QTest::newRow("data psh-ack")
        << QByteArray(
               "c0000050123456799abcdef1501801f6155a0000474554202f20485454502f312e310d0a0d0a")
        << "PSH, ACK" << 0x12345679u << 0x9abcdef1u << 502 << -1 << 20
        << QByteArray("GET / HTTP/1.1\r\n\r\n");
}

void TestTcpWire::segments() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, flags);
    QFETCH(uint, seq);
    QFETCH(uint, ack);
    QFETCH(int, window);
    QFETCH(int, mss);
    QFETCH(int, headerLen);
    QFETCH(QByteArray, payload);
    const Bytes b = hex(bytes.constData());
    auto p = tcp::parse(b, kSrc, kDst);
    QVERIFY(p.ok());
    QVERIFY(p->checksumOk);
    QCOMPARE(QString::fromStdString(tcp::flagNames(p->repr.flags)), flags);
    QCOMPARE(p->repr.sequence, seq);
    QCOMPARE(p->repr.acknowledgment, ack);
    QCOMPARE(int(p->repr.window), window);
    QCOMPARE(p->repr.options.mss.has_value(), mss >= 0);
    if (mss >= 0)
        QCOMPARE(int(*p->repr.options.mss), mss);
    QCOMPARE(int(p->repr.headerLen()), headerLen);
    QCOMPARE(
        QByteArray(reinterpret_cast<const char*>(p->payload.data()), qsizetype(p->payload.size())),
        payload);
    QCOMPARE(tcp::emit(p->repr, p->payload, kSrc, kDst), b); // byte-exact round trip
    // SYN and FIN take one sequence number each; data takes its length.
    QCOMPARE(p->repr.sequenceSpace(p->payload.size()),
             std::uint32_t(p->payload.size() + (flags.contains("SYN") ? 1 : 0)));
    // Any flipped bit breaks the checksum; so does another destination (pseudo-header).
    Bytes flipped = b;
    flipped[b.size() - 1] ^= 0x20;
    QVERIFY(!tcp::parse(flipped, kSrc, kDst)->checksumOk);
    QVERIFY(!tcp::parse(b, kSrc, *parseIpv4("10.0.2.21"))->checksumOk);
}

void TestTcpWire::rejects() {
    const Bytes syn =
        hex("c00000501234567800000000a002faf0090d0000020405b40402080a000003e80000000001030307");
    for (std::size_t n = 0; n < 20; ++n)
        QCOMPARE(tcp::parse(ByteView(syn).first(n), kSrc, kDst).failure().error,
                 WireError::Truncated);
    QCOMPARE(QByteArray(tcp::parse(ByteView(syn).first(30), kSrc, kDst).failure().field),
             QByteArray("options"));
    Bytes offset4 = syn;
    offset4[12] = 0x40;
    QCOMPARE(tcp::parse(offset4, kSrc, kDst).failure().error, WireError::Malformed);
    Bytes badOption = syn;
    badOption[21] = 40; // MSS option claiming 40 bytes
    QCOMPARE(QByteArray(tcp::parse(badOption, kSrc, kDst).failure().field), QByteArray("options"));
}

void TestTcpWire::fieldTable() {
    int at = 0;
    for (const FieldSpec& f : tcp::fields()) {
        QCOMPARE(f.bitOffset, at);
        if (f.bitWidth == 0)
            break;
        at += f.bitWidth;
    }
    QCOMPARE(at, 160);
}

void TestTcpWire::checksumExpected_data() {
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("flip"); // byte to corrupt, -1 for none
    for (const char* p : {"tcp", "udp", "icmp"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 intact").arg(p))) << p << -1;
        QTest::newRow(qPrintable(QStringLiteral("%1 payload corrupted").arg(p))) << p << 30;
        QTest::newRow(qPrintable(QStringLiteral("%1 header corrupted").arg(p))) << p << 0;
    }
}

void TestTcpWire::checksumExpected() {
    // The receiver's check reports the checksum it computes next to the carried one:
    // equal exactly when the check passes, and the computed one is what a correct sender
    // would have put in for the bytes that arrived.
    QFETCH(QString, protocol);
    QFETCH(int, flip);
    const Bytes payload(40, 0x5a);
    auto build = [&]() -> Bytes {
        if (protocol == QLatin1String("tcp")) {
            tcp::Repr r;
            r.sourcePort = 49152;
            r.destinationPort = 80;
            r.sequence = 1000;
            r.flags = tcp::kAck;
            r.window = 65535;
            return tcp::emit(r, payload, kSrc, kDst);
        }
        if (protocol == QLatin1String("udp"))
            return udp::emit({49152, 53}, payload, kSrc, kDst);
        icmp::Repr r;
        r.identifier = 7;
        r.sequence = 1;
        r.data = payload;
        return icmp::emit(r);
    };
    struct Check {
        bool ok;
        std::uint16_t expected, carried;
    };
    auto check = [&](ByteView bytes) -> Check {
        if (protocol == QLatin1String("tcp")) {
            auto p = tcp::parse(bytes, kSrc, kDst);
            return {p->checksumOk, p->expectedChecksum, p->repr.checksum};
        }
        if (protocol == QLatin1String("udp")) {
            auto p = udp::parse(bytes, kSrc, kDst);
            return {p->checksumOk, p->expectedChecksum, p->checksum};
        }
        auto p = icmp::parse(bytes);
        return {p->checksumOk, p->expectedChecksum, p->repr.checksum};
    };
    Bytes wire = build();
    const std::size_t at = protocol == QLatin1String("tcp")   ? 16
                           : protocol == QLatin1String("udp") ? 6
                                                              : 2;
    const std::uint16_t sent = static_cast<std::uint16_t>(wire[at] << 8 | wire[at + 1]);
    QVERIFY(sent != 0);
    if (flip >= 0)
        wire[static_cast<std::size_t>(flip)] ^= 0x01;
    const Check c = check(wire);
    QCOMPARE(c.carried, sent);
    QCOMPARE(c.ok, flip < 0);
    QCOMPARE(c.ok, c.expected == c.carried);
    if (flip >= 0) {
        // What the sender would have computed for the corrupted bytes: zero the field and
        // sum again, independently of the parser.
        Bytes zeroed = wire;
        zeroed[at] = zeroed[at + 1] = 0;
        std::uint32_t sum =
            protocol == QLatin1String("icmp")
                ? 0
                : pseudoHeaderSum(kSrc, kDst, protocol == QLatin1String("tcp") ? 6 : 17,
                                  zeroed.size());
        QCOMPARE(c.expected, foldChecksum(onesComplementSum(zeroed, sum)));
    }
}

QTEST_APPLESS_MAIN(TestTcpWire)
#include "test_tcp_wire.moc"
