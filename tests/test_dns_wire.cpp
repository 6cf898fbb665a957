// DNS wire format (RFC 1035 §4): byte-exact emit, round trips with and without
// compression, where pointers point, and every malformed case refused with its reason.
#include "wire/dns.h"

#include <QtTest>

using namespace ww;
using namespace ww::dns;

Q_DECLARE_METATYPE(ww::dns::Message)
Q_DECLARE_METATYPE(ww::WireError)

namespace {

Bytes bytesOf(std::initializer_list<int> values) {
    Bytes b;
    for (int v : values)
        b.push_back(static_cast<std::uint8_t>(v));
    return b;
}

void append(Bytes& b, std::initializer_list<int> values) {
    for (int v : values)
        b.push_back(static_cast<std::uint8_t>(v));
}

void appendLabel(Bytes& b, std::string_view label) {
    b.push_back(static_cast<std::uint8_t>(label.size()));
    b.insert(b.end(), label.begin(), label.end());
}

// A header with the given counts (ID 0x0001, flags 0).
Bytes header(int qd, int an = 0, int ns = 0, int ar = 0) {
    return bytesOf({0, 1, 0, 0, qd >> 8, qd & 0xff, an >> 8, an & 0xff, ns >> 8, ns & 0xff, ar >> 8,
                    ar & 0xff});
}

Ipv4Address ip(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d) {
    return Ipv4Address::fromOctets(a, b, c, d);
}

Record rr(const char* name, std::uint16_t type, std::uint32_t ttl, Rdata data) {
    return Record{name, type, kClassIn, ttl, std::move(data)};
}

Message response(std::uint16_t id, const char* qname, std::uint16_t qtype) {
    Message m;
    m.header.id = id;
    m.header.qr = true;
    m.header.rd = true;
    m.header.ra = true;
    m.questions.push_back({qname, qtype, kClassIn});
    return m;
}

// www.naver.com A, answered through a CNAME, as a resolver returns it.
Message naverCnameResponse() {
    Message m = response(0xbeef, "www.naver.com", kTypeA);
    m.answers.push_back(
        rr("www.naver.com", kTypeCname, 300, DomainName{"www.naver.com.nheos.com"}));
    m.answers.push_back(rr("www.naver.com.nheos.com", kTypeA, 60, ip(223, 130, 200, 107)));
    return m;
}

} // namespace

class TestDnsWire : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void queryIsByteExact();
    void roundTrips_data();
    void roundTrips();
    void compressionPointsAtEarlierNames();
    void nameOf255OctetsIsAccepted();
    void malformedRefused_data();
    void malformedRefused();
    void presentationText_data();
    void presentationText();
    void emitRefusesBadInput();
    void tcpFraming();
};

// RFC 1035 §4.1.1-§4.1.2 laid out by hand: the query a client sends for www.naver.com.
void TestDnsWire::queryIsByteExact() {
    const Bytes expected = bytesOf({
        0x12, 0x34,                     // ID
        0x01, 0x00,                     // QR=0 opcode=0 AA=0 TC=0 RD=1 RA=0 Z=0 RCODE=0
        0x00, 0x01,                     // QDCOUNT
        0x00, 0x00,                     // ANCOUNT
        0x00, 0x00,                     // NSCOUNT
        0x00, 0x00,                     // ARCOUNT
        3,    'w',  'w', 'w',           // labels
        5,    'n',  'a', 'v', 'e', 'r', //
        3,    'c',  'o', 'm', 0,        //
        0x00, 0x01,                     // QTYPE A
        0x00, 0x01,                     // QCLASS IN
    });
    Message q;
    q.header.id = 0x1234;
    q.header.rd = true;
    q.questions.push_back({"www.naver.com", kTypeA, kClassIn});
    const auto bytes = emit(q);
    QVERIFY(bytes.ok());
    QCOMPARE(bytes.value(), expected);
    const auto parsed = parse(expected);
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value() == q);
    QCOMPARE(parsed->questions.at(0).name, std::string("www.naver.com"));
}

void TestDnsWire::roundTrips_data() {
    QTest::addColumn<Message>("message");
    QTest::addColumn<bool>("shrinks"); // a name repeats, so compression saves bytes

    Message query;
    query.header.id = 7;
    query.header.rd = true;
    query.questions.push_back({"example.com", kTypeMx, kClassIn});
    QTest::newRow("query") << query << false;

    Message a = response(1, "web.lab", kTypeA);
    a.header.aa = true;
    a.answers.push_back(rr("web.lab", kTypeA, 3600, ip(10, 0, 2, 80)));
    a.answers.push_back(rr("web.lab", kTypeA, 3600, ip(10, 0, 2, 81)));
    QTest::newRow("A, two addresses") << a << true;

    QTest::newRow("CNAME then A") << naverCnameResponse() << true;

    // A referral: no answer, the zone's servers in authority, their addresses as glue.
    Message referral = response(2, "www.example.com", kTypeA);
    referral.header.ra = false;
    referral.authorities.push_back(rr("com", kTypeNs, 172800, DomainName{"a.gtld-servers.net"}));
    referral.authorities.push_back(rr("com", kTypeNs, 172800, DomainName{"b.gtld-servers.net"}));
    referral.additionals.push_back(rr("a.gtld-servers.net", kTypeA, 172800, ip(192, 5, 6, 30)));
    referral.additionals.push_back(rr("b.gtld-servers.net", kTypeA, 172800, ip(192, 33, 14, 30)));
    QTest::newRow("NS referral with glue") << referral << true;

    Message nx = response(3, "nope.example.com", kTypeA);
    nx.header.aa = true;
    nx.header.rcode = kRcodeNxDomain;
    nx.authorities.push_back(
        rr("example.com", kTypeSoa, 3600,
           Soa{"ns1.example.com", "hostmaster.example.com", 2024010101, 7200, 900, 1209600, 300}));
    QTest::newRow("NXDOMAIN with SOA") << nx << true;

    Message mx = response(4, "example.com", kTypeMx);
    mx.answers.push_back(rr("example.com", kTypeMx, 3600, Mx{10, "mail.example.com"}));
    mx.answers.push_back(rr("example.com", kTypeMx, 3600, Mx{20, "mail2.Example.COM"}));
    QTest::newRow("MX, case kept") << mx << true;

    Message ptr = response(5, "80.2.0.10.in-addr.arpa", kTypePtr);
    ptr.answers.push_back(rr("80.2.0.10.in-addr.arpa", kTypePtr, 3600, DomainName{"web.lab"}));
    QTest::newRow("PTR") << ptr << true;

    // TXT is not modelled: its data is kept byte for byte.
    Message txt = response(6, "example.com", 16);
    txt.answers.push_back(rr("example.com", 16, 60, Bytes{5, 'h', 'e', 'l', 'l', 'o'}));
    QTest::newRow("raw TXT") << txt << true;

    // A class other than IN: A data is not an IPv4 address there, so it stays raw.
    Message chaos = response(7, "version.bind", 16);
    chaos.questions[0].klass = 3;
    chaos.answers.push_back({"version.bind", kTypeA, 3, 0, Bytes{1, 2}});
    QTest::newRow("class CH keeps A raw") << chaos << true;

    Message odd;
    odd.questions.push_back({"a\\.b.c\\\\d.\\000\\255x.sp\\032ace", kTypeA, kClassIn});
    odd.questions.push_back({".", kTypeNs, kClassIn});
    QTest::newRow("escaped bytes and root") << odd << false;
}

void TestDnsWire::roundTrips() {
    QFETCH(Message, message);
    QFETCH(bool, shrinks);
    const auto packed = emit(message, true);
    const auto plain = emit(message, false);
    QVERIFY(packed.ok() && plain.ok());
    for (const Bytes* b : {&packed.value(), &plain.value()}) {
        const auto back = parse(*b);
        QVERIFY2(back.ok(), back.ok() ? "" : back.failure().reason);
        QVERIFY(back.value() == message);
        // Parsing and emitting again gives the same bytes.
        const bool compressed = b == &packed.value();
        QCOMPARE(emit(back.value(), compressed).value(), *b);
    }
    if (shrinks)
        QVERIFY2(packed->size() < plain->size(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(packed->size()).arg(plain->size())));
    else
        QCOMPARE(packed->size(), plain->size());
    // Without compression the first name is written out in full, never as a pointer.
    const auto first = readName(plain.value(), kHeaderLen, plain->size());
    QVERIFY(first.ok() && !first->hasPointer);
}

void TestDnsWire::compressionPointsAtEarlierNames() {
    const auto b = emit(naverCnameResponse());
    QVERIFY(b.ok());
    const Bytes& m = b.value();
    // Question name at 12 (15 bytes), type and class: the first answer starts at 31.
    QCOMPARE(int(m[31]), 0xc0);
    QCOMPARE(int(m[32]), 12);
    // Its CNAME data (at 43): www, naver, com, nheos, then "com" of the question at 22.
    const auto cname = readName(m, 43, m.size());
    QVERIFY(cname.ok());
    QCOMPARE(cname->text, std::string("www.naver.com.nheos.com"));
    QVERIFY(cname->hasPointer);
    QCOMPARE(cname->pointerAt, std::size_t{63});
    QCOMPARE(int(cname->pointerTarget), 22);
    QCOMPARE(cname->end, std::size_t{65});
    // The second answer's owner is that CNAME target: a pointer to 43.
    QCOMPARE(int(m[65]), 0xc0);
    QCOMPARE(int(m[66]), 43);
    QCOMPARE(m.size(), std::size_t{65 + 2 + 10 + 4});
    QCOMPARE(emit(naverCnameResponse(), false)->size(),
             std::size_t{31 + (15 + 10 + 25) + (25 + 10 + 4)});
}

// The boundary: 3 labels of 63 and one of 61 make 3*64 + 62 + 1 = 255 octets.
void TestDnsWire::nameOf255OctetsIsAccepted() {
    Bytes b = header(1);
    for (int i = 0; i < 3; ++i)
        appendLabel(b, std::string(63, 'a'));
    appendLabel(b, std::string(61, 'b'));
    append(b, {0, 0, 1, 0, 1});
    const auto m = parse(b);
    QVERIFY2(m.ok(), m.ok() ? "" : m.failure().reason);
    QCOMPARE(m->questions[0].name.size(), std::size_t{3 * 64 + 61});
    QCOMPARE(emit(m.value()).value(), b);
}

void TestDnsWire::malformedRefused_data() {
    QTest::addColumn<Bytes>("bytes");
    QTest::addColumn<WireError>("error");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("reason"); // a phrase the reason contains
    using E = WireError;

    QTest::newRow("truncated header")
        << bytesOf({0, 1, 1, 0, 0}) << E::Truncated << "header" << 5 << "12-byte header";

    QTest::newRow("count overflow")
        << header(0xffff) << E::Malformed << "qdcount" << 4 << "counts claim more";
    Bytes answers = header(1, 40);
    append(answers, {0, 0, 1, 0, 1});
    QTest::newRow("answer count overflow")
        << answers << E::Malformed << "qdcount" << 4 << "counts claim more";

    // The question's name is a pointer to 20, after itself.
    Bytes forward = header(1);
    append(forward, {0xc0, 20, 0, 1, 0, 1, 0, 0, 0});
    QTest::newRow("forward pointer")
        << forward << E::Malformed << "question.name" << 12 << "does not point backwards";

    Bytes self = header(1);
    append(self, {0xc0, 12, 0, 1, 0, 1});
    QTest::newRow("pointer to itself") << self << E::Malformed << "question.name" << 12 << "loops";

    // "a" then a pointer back to the "a": a loop that points before the pointer itself.
    Bytes loop = header(1);
    append(loop, {1, 'a', 0xc0, 12, 0, 1, 0, 1});
    QTest::newRow("loop") << loop << E::Malformed << "question.name" << 14 << "loops";

    // "x" + a pointer to the second question's "b", which points back to "x": the cycle
    // 12 -> 19 -> 12 is refused at its first, forward, step.
    Bytes loop2 = header(2);
    append(loop2, {1, 'x', 0xc0, 19, 0, 1, 0, 1, 1, 'b', 0xc0, 12, 0, 1, 0, 1});
    QTest::newRow("cycle through a later name")
        << loop2 << E::Malformed << "question.name" << 14 << "does not point backwards";

    Bytes label64 = header(1);
    appendLabel(label64, std::string(64, 'x'));
    append(label64, {0, 0, 1, 0, 1});
    QTest::newRow("label 64") << label64 << E::Malformed << "question.name" << 12 << "over 63";

    Bytes reserved80 = header(1);
    append(reserved80, {0x80, 'x', 0, 0, 1, 0, 1});
    QTest::newRow("reserved label type 0x80")
        << reserved80 << E::Malformed << "question.name" << 12 << "0x80 are reserved";

    Bytes name256 = header(1);
    for (int i = 0; i < 3; ++i)
        appendLabel(name256, std::string(63, 'a'));
    appendLabel(name256, std::string(62, 'b')); // 3*64 + 63 + 1 = 256
    append(name256, {0, 0, 1, 0, 1});
    QTest::newRow("name 256") << name256 << E::Malformed << "question.name" << 12 + 3 * 64
                              << "over 255";

    Bytes cutLabel = header(1);
    append(cutLabel, {10, 'a', 'b', 'c', 'd'});
    QTest::newRow("label past the end")
        << cutLabel << E::Truncated << "question.name" << 12 << "label runs past the message";

    Bytes cutQuestion = header(1);
    append(cutQuestion, {1, 'a', 0, 0, 1, 0});
    QTest::newRow("question cut short")
        << cutQuestion << E::Truncated << "question.type" << 15 << "cut short";

    // Answer: root owner, type A, class IN, TTL, rdlength 5, five bytes.
    Bytes a5 = header(0, 1);
    append(a5, {0, 0, 1, 0, 1, 0, 0, 0, 60, 0, 5, 10, 0, 0, 1, 9});
    QTest::newRow("rdlength mismatch (A of 5)")
        << a5 << E::Malformed << "answer.rdlength" << 21 << "not 4";

    Bytes past = header(0, 1);
    append(past, {0, 0, 1, 0, 1, 0, 0, 0, 60, 0, 8, 10, 0, 0, 1});
    QTest::newRow("rdlength past the end")
        << past << E::Truncated << "answer.rdlength" << 21 << "past the end";

    // CNAME whose rdlength (5) is longer than its name "ab" (4 bytes with the root).
    Bytes cname = header(0, 1);
    append(cname, {0, 0, 5, 0, 1, 0, 0, 0, 60, 0, 5, 2, 'a', 'b', 0, 7});
    QTest::newRow("CNAME shorter than rdlength")
        << cname << E::Malformed << "answer.rdlength" << 21 << "name ends";

    // NS in authority whose name runs past its rdlength of 2.
    Bytes ns = header(0, 0, 1);
    append(ns, {0, 0, 2, 0, 1, 0, 0, 0, 60, 0, 2, 3, 'c', 'o', 'm', 0});
    QTest::newRow("NS name past rdlength")
        << ns << E::Malformed << "authority.rdata" << 23 << "past its rdlength";

    Bytes soa = header(0, 0, 1);
    append(soa, {0, 0, 6, 0, 1, 0, 0, 0, 60, 0, 6, 0, 0, 1, 2, 3, 4});
    QTest::newRow("SOA without its numbers")
        << soa << E::Malformed << "authority.rdlength" << 21 << "plus 20 bytes";

    Bytes mx = header(0, 0, 0, 1);
    append(mx, {0, 0, 15, 0, 1, 0, 0, 0, 60, 0, 2, 0, 10});
    QTest::newRow("MX without a name")
        << mx << E::Malformed << "additional.rdlength" << 21 << "MX preference";

    Bytes trailing = header(0);
    append(trailing, {0});
    QTest::newRow("trailing byte")
        << trailing << E::Malformed << "message" << 12 << "after the last record";

    // A chain of 140 pointers, each to the one before, inside an unmodelled record's data:
    // strictly backwards, yet built only to make the reader hop.
    Bytes chain = header(1, 2);
    append(chain, {0, 0, 1, 0, 1});                     // root question at 12
    append(chain, {0, 0, 99, 0, 1, 0, 0, 0, 0, 1, 24}); // type 99, rdlength 280
    const std::size_t first = chain.size();
    for (int i = 0; i < 140; ++i) {
        const std::size_t target = i == 0 ? 12 : first + 2 * (i - 1);
        append(chain, {0xc0 | int(target >> 8), int(target & 0xff)});
    }
    const std::size_t lastPointer = first + 2 * 139;
    append(chain, {0xc0 | int(lastPointer >> 8), int(lastPointer & 0xff), 0, 1, 0, 1, 0, 0, 0, 0, 0,
                   4, 1, 2, 3, 4});
    QTest::newRow("pointer chain")
        << chain << E::Malformed << "answer.name" << int(first + 2 * 13) << "more than 127";
}

void TestDnsWire::malformedRefused() {
    QFETCH(Bytes, bytes);
    QFETCH(WireError, error);
    QFETCH(QString, field);
    QFETCH(int, offset);
    QFETCH(QString, reason);
    const auto m = parse(bytes);
    QVERIFY(!m.ok());
    const WireFailure& f = m.failure();
    QVERIFY2(QString::fromLatin1(f.reason).contains(reason), f.reason);
    QCOMPARE(QString::fromLatin1(f.field), field);
    QCOMPARE(int(f.offset), offset);
    QCOMPARE(f.error, error);
}

void TestDnsWire::presentationText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("labels"); // Latin-1, one byte a character
    QTest::addColumn<QString>("canonical");  // "" when text does not parse
    auto row = [](const char* tag, const char* text, QStringList labels, const char* canon) {
        QTest::newRow(tag) << QString::fromLatin1(text) << labels << QString::fromLatin1(canon);
    };
    row("plain", "www.naver.com", {"www", "naver", "com"}, "www.naver.com");
    row("trailing dot", "www.naver.com.", {"www", "naver", "com"}, "www.naver.com");
    row("root", ".", {}, ".");
    row("case kept", "WwW.Lab", {"WwW", "Lab"}, "WwW.Lab");
    row("escaped dot", "a\\.b.c", {"a.b", "c"}, "a\\.b.c");
    row("decimal escape", "\\065b", {"Ab"}, "Ab");
    row("space", "a\\032b", {"a b"}, "a\\032b");
    row("empty label", "a..b", {}, "");
    row("label 64", QByteArray(64, 'x').constData(), {}, "");
    row("escape past 255", "\\256", {}, "");
    row("short escape", "a\\12", {}, "");
}

void TestDnsWire::presentationText() {
    QFETCH(QString, text);
    QFETCH(QStringList, labels);
    QFETCH(QString, canonical);
    const auto l = textToLabels(text.toLatin1().toStdString());
    QCOMPARE(l.ok(), !canonical.isEmpty());
    if (!l.ok())
        return;
    QStringList got;
    for (const auto& s : l.value())
        got << QString::fromLatin1(s.data(), qsizetype(s.size()));
    QCOMPARE(got, labels);
    QCOMPARE(QString::fromLatin1(labelsToText(l.value()).c_str()), canonical);
}

void TestDnsWire::emitRefusesBadInput() {
    Message m;
    m.questions.push_back({"a..b", kTypeA, kClassIn});
    QCOMPARE(QString::fromLatin1(emit(m).failure().field), QStringLiteral("question.name"));
    Message wrongData = response(1, "x", kTypeA);
    wrongData.answers.push_back(rr("x", kTypeA, 1, DomainName{"y"}));
    QCOMPARE(QString::fromLatin1(emit(wrongData).failure().field), QStringLiteral("answer.rdata"));
    Message badRcode;
    badRcode.header.rcode = 16;
    QCOMPARE(QString::fromLatin1(emit(badRcode).failure().field), QStringLiteral("flags"));
}

void TestDnsWire::tcpFraming() {
    const Bytes query = emit(naverCnameResponse()).value();
    const auto framed = frameForTcp(query);
    QVERIFY(framed.ok());
    QCOMPARE(framed->size(), query.size() + 2);
    QCOMPARE(int(readU16(framed.value(), 0)), int(query.size()));
    Bytes stream = framed.value();
    stream.push_back(0); // the next message's first byte
    const auto one = unframeTcp(stream);
    QVERIFY(one.ok());
    QCOMPARE(one->consumed, query.size() + 2);
    QVERIFY(std::equal(one->message.begin(), one->message.end(), query.begin(), query.end()));
    QCOMPARE(unframeTcp(ByteView(stream).first(1)).failure().error, WireError::Truncated);
    QCOMPARE(unframeTcp(ByteView(stream).first(10)).failure().error, WireError::Truncated);
    QCOMPARE(frameForTcp(Bytes(70000)).failure().error, WireError::Malformed);
}

QTEST_APPLESS_MAIN(TestDnsWire)
#include "test_dns_wire.moc"
