// Wire formats against bytes computed independently (Python's struct/zlib):
// parse reads every field, emit rebuilds the same bytes, bad input is refused.
#include "wire/address.h"
#include "wire/arp.h"
#include "wire/checksum.h"
#include "wire/ethernet.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"
#include "wire/subnet_info.h"
#include "wire/udp.h"

#include <QtTest>
#include <set>

using namespace ww;

Q_DECLARE_METATYPE(ww::WireError)

namespace {

Bytes hex(const char* h) {
    const QByteArray b = QByteArray::fromHex(h);
    return Bytes(b.begin(), b.end());
}
Ipv4Address ip(const char* t) {
    return *parseIpv4(t);
}

const char* kIpIcmp = "45000020abcd400040010bb4c0a8010ac0a80101080021041234000161626364";
const char* kFrame = "020000000001020000000002080045000020abcd400040010bb4c0a8010ac0a8010108002104"
                     "12340001616263640000000000000000000000000000df45afa4";
const char* kIpOptionsFragment = "46b80020111120b93f112f2d0a00010a0a000214010101000102030405060708";

} // namespace

class TestWire : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc1071Example();
    void incrementalUpdateMatchesRecompute();
    void crc32KnownValues();
    void ethernetFrame();
    void ethernetPadsAndRejectsRunts();
    void arp_data();
    void arp();
    void ipv4Icmp();
    void ipv4OptionsAndFragment();
    void ipv4Errors_data();
    void ipv4Errors();
    void icmpFragmentationNeeded();
    void udpPseudoHeaderChecksum();
    void fieldTablesTileTheHeader_data();
    void fieldTablesTileTheHeader();
    void ipv4Text_data();
    void ipv4Text();
    void macText();
};

void TestWire::rfc1071Example() {
    // RFC 1071 §3: 00 01 f2 03 f4 f5 f6 f7 sums to ddf2 (with end-around carry).
    const Bytes b = hex("0001f203f4f5f6f7");
    QCOMPARE(foldChecksum(onesComplementSum(b)), std::uint16_t(~0xddf2 & 0xffff));
    QCOMPARE(internetChecksum(b), std::uint16_t(0x220d));
    // Odd length: the last byte is padded with zero (0001+f203+f4f5+f600 -> dcfb).
    QCOMPARE(internetChecksum(hex("0001f203f4f5f6")), std::uint16_t(0x2304));
    // Summing in pieces (pseudo-header, header, data) equals summing at once.
    QCOMPARE(foldChecksum(onesComplementSum(hex("f4f5f6f7"), onesComplementSum(hex("0001f203")))),
             internetChecksum(b));
}

void TestWire::incrementalUpdateMatchesRecompute() {
    Bytes p = hex(kIpIcmp);
    for (int ttl = 64; ttl > 1; --ttl) {
        const std::uint16_t oldWord = readU16(p, 8);
        const std::uint16_t oldSum = readU16(p, 10);
        p[8] = static_cast<std::uint8_t>(ttl - 1);
        writeU16(p, 10, updateChecksum(oldSum, oldWord, readU16(p, 8)));
        Bytes check(p.begin(), p.begin() + 20);
        writeU16(check, 10, 0);
        QCOMPARE(readU16(p, 10), internetChecksum(check));
    }
}

void TestWire::crc32KnownValues() {
    const char* text = "123456789";
    QCOMPARE(crc32(ByteView(reinterpret_cast<const std::uint8_t*>(text), 9)), 0xCBF43926u);
    const Bytes frame = hex(kFrame);
    QCOMPARE(crc32(ByteView(frame).first(60)), 0xa4af45dfu);
    // The carry-less multiply folding (64 bytes and up) and the eight-bytes-at-a-time loop
    // agree with the bitwise definition (IEEE 802.3, reflected 0xEDB88320) at every length
    // and alignment, including the tail and the step from tables to folding at 64 bytes.
    auto bitwise = [](ByteView d) {
        std::uint32_t c = 0xffffffffu;
        for (std::uint8_t b : d) {
            c ^= b;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        return c ^ 0xffffffffu;
    };
    Bytes data(1600);
    std::uint32_t x = 12345;
    for (auto& b : data) {
        x = x * 1103515245u + 12345u;
        b = static_cast<std::uint8_t>(x >> 16);
    }
    for (std::size_t start : {0u, 1u, 3u, 7u})
        for (std::size_t len = 0; len + start <= data.size(); len += len < 200 ? 1 : 97)
            QCOMPARE(crc32(ByteView(data).subspan(start, len)),
                     bitwise(ByteView(data).subspan(start, len)));
}

void TestWire::ethernetFrame() {
    const Bytes frame = hex(kFrame);
    auto p = ethernet::parseFrame(frame);
    QVERIFY(p.ok());
    QCOMPARE(p->repr.destination.toString(), std::string("02:00:00:00:00:01"));
    QCOMPARE(p->repr.source.toString(), std::string("02:00:00:00:00:02"));
    QCOMPARE(p->repr.etherType, std::uint16_t(ethernet::kIpv4));
    QVERIFY(p->fcsOk());
    QCOMPARE(p->fcs, 0xa4af45dfu); // little-endian on the wire
    const Bytes packet = hex(kIpIcmp);
    QCOMPARE(ethernet::emitFrame(p->repr, packet), frame);

    Bytes flipped = frame;
    flipped[20] ^= 0x01;
    auto bad = ethernet::parseFrame(flipped);
    QVERIFY(bad.ok());
    QVERIFY(!bad->fcsOk());
}

void TestWire::ethernetPadsAndRejectsRunts() {
    const Bytes frame = ethernet::emitFrame(
        {MacAddress::broadcast(), MacAddress::local(1), ethernet::kArp}, Bytes(28, 7));
    QCOMPARE(frame.size(), ethernet::kMinFrameLen);
    QCOMPARE(int(frame[14 + 28]), 0); // padding is zeros
    auto runt = ethernet::parseFrame(ByteView(frame).first(63));
    QVERIFY(!runt.ok());
    QCOMPARE(runt.failure().error, WireError::Truncated);
}

void TestWire::arp_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("senderMac");
    QTest::addColumn<QString>("senderIp");
    QTest::addColumn<QString>("targetMac");
    QTest::addColumn<QString>("targetIp");
    QTest::newRow("request") << QByteArray::fromHex(
                                    "00010800060400010200000000010a00010a0000000000000a000101")
                             << 1 << "02:00:00:00:00:01"
                             << "10.0.1.10"
                             << "00:00:00:00:00:00"
                             << "10.0.1.1";
    QTest::newRow("reply") << QByteArray::fromHex(
                                  "00010800060400020200000000040a0001010200000000010a00010a")
                           << 2 << "02:00:00:00:00:04"
                           << "10.0.1.1"
                           << "02:00:00:00:00:01"
                           << "10.0.1.10";
}

void TestWire::arp() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, op);
    QFETCH(QString, senderMac);
    QFETCH(QString, senderIp);
    QFETCH(QString, targetMac);
    QFETCH(QString, targetIp);
    const Bytes b(bytes.begin(), bytes.end());
    auto r = arp::parse(b);
    QVERIFY(r.ok());
    QCOMPARE(int(r->operation), op);
    QCOMPARE(QString::fromStdString(r->senderMac.toString()), senderMac);
    QCOMPARE(QString::fromStdString(r->senderIp.toString()), senderIp);
    QCOMPARE(QString::fromStdString(r->targetMac.toString()), targetMac);
    QCOMPARE(QString::fromStdString(r->targetIp.toString()), targetIp);
    QCOMPARE(arp::emit(*r), b);
    for (std::size_t n = 0; n < b.size(); ++n)
        QCOMPARE(arp::parse(ByteView(b).first(n)).failure().error, WireError::Truncated);
    Bytes ipv6 = b;
    ipv6[2] = 0x86;
    ipv6[3] = 0xdd;
    QCOMPARE(QByteArray(arp::parse(ipv6).failure().field), QByteArray("ptype"));
    Bytes op3 = b;
    op3[7] = 3;
    QCOMPARE(arp::parse(op3).failure().error, WireError::Malformed);
}

void TestWire::ipv4Icmp() {
    const Bytes b = hex(kIpIcmp);
    auto p = ipv4::parse(b);
    QVERIFY(p.ok());
    const ipv4::Repr& r = p->repr;
    QVERIFY(p->checksumOk);
    QCOMPARE(int(r.dscp), 0);
    QCOMPARE(int(r.ecn), 0);
    QCOMPARE(int(r.totalLength), 32);
    QCOMPARE(int(r.identification), 0xabcd);
    QVERIFY(r.dontFragment);
    QVERIFY(!r.moreFragments);
    QCOMPARE(int(r.fragmentOffset), 0);
    QCOMPARE(int(r.ttl), 64);
    QCOMPARE(int(r.protocol), int(ipv4::kIcmp));
    QCOMPARE(int(r.headerChecksum), 0x0bb4);
    QCOMPARE(r.source, ip("192.168.1.10"));
    QCOMPARE(r.destination, ip("192.168.1.1"));
    QCOMPARE(p->payload.size(), std::size_t{12});
    QCOMPARE(ipv4::emit(r, p->payload), b);

    auto m = icmp::parse(p->payload);
    QVERIFY(m.ok() && m->checksumOk);
    QCOMPARE(int(m->repr.type), int(icmp::kEchoRequest));
    QCOMPARE(int(m->repr.identifier), 0x1234);
    QCOMPARE(int(m->repr.sequence), 1);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(m->repr.data.data()), 4), QByteArray("abcd"));
    QCOMPARE(icmp::emit(m->repr), Bytes(p->payload.begin(), p->payload.end()));
    Bytes corrupt(p->payload.begin(), p->payload.end());
    corrupt[9] ^= 0xff;
    QVERIFY(!icmp::parse(corrupt)->checksumOk);
}

void TestWire::ipv4OptionsAndFragment() {
    const Bytes b = hex(kIpOptionsFragment);
    auto p = ipv4::parse(b);
    QVERIFY(p.ok() && p->checksumOk);
    QCOMPARE(int(p->repr.headerLen()), 24);
    QCOMPARE(p->repr.options, hex("01010100"));
    QCOMPARE(int(p->repr.dscp), 46); // 0xb8 = EF (expedited forwarding), ECN 0
    QCOMPARE(int(p->repr.ecn), 0);
    QVERIFY(p->repr.moreFragments);
    QVERIFY(!p->repr.dontFragment);
    QCOMPARE(int(p->repr.fragmentOffset), 185);
    QCOMPARE(p->repr.fragmentOffsetBytes(), std::size_t{1480});
    QCOMPARE(ipv4::emit(p->repr, p->payload), b);
}

void TestWire::ipv4Errors_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ww::WireError>("error");
    QTest::addColumn<QByteArray>("field");
    const QByteArray good = QByteArray::fromHex(kIpIcmp);
    QTest::newRow("empty") << QByteArray() << WireError::Truncated << QByteArray("version");
    QTest::newRow("19 bytes") << good.left(19) << WireError::Truncated << QByteArray("version");
    QByteArray v6 = good;
    v6[0] = char(0x65);
    QTest::newRow("version 6") << v6 << WireError::Malformed << QByteArray("version");
    QByteArray ihl4 = good;
    ihl4[0] = char(0x44);
    QTest::newRow("ihl 4") << ihl4 << WireError::Malformed << QByteArray("ihl");
    QByteArray ihl15 = good;
    ihl15[0] = char(0x4f);
    QTest::newRow("ihl beyond buffer") << ihl15 << WireError::Truncated << QByteArray("options");
    QTest::newRow("total length beyond buffer")
        << good.left(31) << WireError::Truncated << QByteArray("total_length");
    QByteArray shortTotal = good;
    shortTotal[2] = 0;
    shortTotal[3] = 19;
    QTest::newRow("total length < header")
        << shortTotal << WireError::Malformed << QByteArray("total_length");
}

void TestWire::ipv4Errors() {
    QFETCH(QByteArray, bytes);
    QFETCH(ww::WireError, error);
    QFETCH(QByteArray, field);
    const Bytes b(bytes.begin(), bytes.end());
    auto p = ipv4::parse(b);
    QVERIFY(!p.ok());
    QCOMPARE(p.failure().error, error);
    QCOMPARE(QByteArray(p.failure().field), field);
}

void TestWire::icmpFragmentationNeeded() {
    const Bytes b = hex("0304fa2b000002404500057800010000400100000a00010a0a00020a0800000057000001");
    auto m = icmp::parse(b);
    QVERIFY(m.ok() && m->checksumOk);
    QCOMPARE(int(m->repr.type), 3);
    QCOMPARE(int(m->repr.code), 4);
    QCOMPARE(int(m->repr.nextHopMtu), 576);
    QCOMPARE(m->repr.data.size(), std::size_t{28}); // quoted header + 8 bytes
    QCOMPARE(icmp::emit(m->repr), b);
    QCOMPARE(QByteArray(icmp::fields(3)[4].key), QByteArray("next_hop_mtu"));
    QCOMPARE(QByteArray(icmp::fields(8)[3].key), QByteArray("identifier"));
}

void TestWire::udpPseudoHeaderChecksum() {
    const Bytes b = hex("c0001388000dd15b68656c6c6f");
    const Ipv4Address src = ip("10.0.1.10"), dst = ip("10.0.2.20");
    auto u = udp::parse(b, src, dst);
    QVERIFY(u.ok() && u->checksumOk);
    QCOMPARE(int(u->repr.sourcePort), 49152);
    QCOMPARE(int(u->repr.destinationPort), 5000);
    QCOMPARE(int(u->length), 13);
    QCOMPARE(int(u->checksum), 0xd15b);
    QCOMPARE(udp::emit(u->repr, u->payload, src, dst), b);
    // The pseudo-header matters: the same bytes "to" another host do not verify.
    QVERIFY(!udp::parse(b, src, ip("10.0.2.21"))->checksumOk);
    Bytes none = b;
    none[6] = none[7] = 0; // no checksum: allowed over IPv4
    QVERIFY(udp::parse(none, src, dst)->checksumOk);
    Bytes shortLen = b;
    shortLen[5] = 7;
    QCOMPARE(udp::parse(shortLen, src, dst).failure().error, WireError::Malformed);
}

void TestWire::fieldTablesTileTheHeader_data() {
    QTest::addColumn<int>("table");
    QTest::addColumn<int>("bits");
    QTest::newRow("ethernet") << 0 << 112;
    QTest::newRow("arp") << 1 << 224;
    QTest::newRow("ipv4") << 2 << 160;
    QTest::newRow("udp") << 3 << 64;
    QTest::newRow("icmp echo") << 4 << 64;
    QTest::newRow("icmp unreachable") << 5 << 64;
    QTest::newRow("icmp time exceeded") << 6 << 64;
}

void TestWire::fieldTablesTileTheHeader() {
    QFETCH(int, table);
    QFETCH(int, bits);
    const FieldTable tables[] = {
        ethernet::headerFields(), arp::fields(),   ipv4::fields(),  udp::fields(),
        icmp::fields(8),          icmp::fields(3), icmp::fields(11)};
    int at = 0;
    std::set<std::string> keys;
    for (const FieldSpec& f : tables[table]) {
        QVERIFY2(keys.insert(f.key).second, f.key);
        QCOMPARE(f.bitOffset, at); // no gaps, no overlaps
        if (f.bitWidth == 0)
            break; // variable part after the fixed header
        at += f.bitWidth;
        QVERIFY(QByteArray(f.summary).size() > 5);
    }
    QCOMPARE(at, bits);
}

void TestWire::ipv4Text_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error"); // -1: valid
    QTest::addColumn<int>("octet");
    QTest::newRow("ok") << "10.0.1.10" << -1 << -1;
    QTest::newRow("zeros") << "0.0.0.0" << -1 << -1;
    QTest::newRow("max") << "255.255.255.255" << -1 << -1;
    QTest::newRow("256") << "256.1.1.1" << int(Ipv4ParseError::OctetTooLarge) << 0;
    QTest::newRow("last 300") << "1.1.1.300" << int(Ipv4ParseError::OctetTooLarge) << 3;
    QTest::newRow("three") << "1.2.3" << int(Ipv4ParseError::WrongOctetCount) << -1;
    QTest::newRow("five") << "1.2.3.4.5" << int(Ipv4ParseError::WrongOctetCount) << -1;
    QTest::newRow("leading zero") << "01.2.3.4" << int(Ipv4ParseError::LeadingZero) << 0;
    QTest::newRow("letters") << "a.b.c.d" << int(Ipv4ParseError::NotANumber) << 0;
    QTest::newRow("empty octet") << "1..2.3" << int(Ipv4ParseError::NotANumber) << 1;
    QTest::newRow("empty") << "" << int(Ipv4ParseError::Empty) << -1;
}

void TestWire::ipv4Text() {
    QFETCH(QString, text);
    QFETCH(int, error);
    QFETCH(int, octet);
    Ipv4ParseFailure f{};
    const std::string s = text.toStdString();
    auto a = parseIpv4(s, &f);
    QCOMPARE(a.has_value(), error == -1);
    if (a) {
        QCOMPARE(a->toString(), s);
        return;
    }
    QCOMPARE(int(f.error), error);
    QCOMPARE(f.octetIndex, octet);
}

void TestWire::macText() {
    QCOMPARE(MacAddress::parse("02:00:5E:10:00:0a")->toString(), std::string("02:00:5e:10:00:0a"));
    QCOMPARE(MacAddress::parse("02-00-5e-10-00-0a")->toString(), std::string("02:00:5e:10:00:0a"));
    QVERIFY(!MacAddress::parse("02:00:5e:10:00"));
    QVERIFY(!MacAddress::parse("02:00:5e:10:00:0g"));
    QVERIFY(!MacAddress::parse("02:00-5e:10:00:0a"));
    QCOMPARE(MacAddress::forMulticast(ip("224.0.0.1").value).toString(),
             std::string("01:00:5e:00:00:01"));
    // Only 23 bits map: 239.129.1.1 and 239.1.1.1 share a MAC (RFC 1112 §6.4).
    QCOMPARE(MacAddress::forMulticast(ip("239.129.1.1").value),
             MacAddress::forMulticast(ip("239.1.1.1").value));
}

QTEST_APPLESS_MAIN(TestWire)
#include "test_wire.moc"
