// The packet list's Info for DNS, as Wireshark writes it: each row a message over UDP or
// TCP with the text expected, and (when tshark is installed) the same frames in a pcapng
// whose _ws.col.Info must equal our text frame by frame.
#include "dns_test_frames.h"
#include "models/frame_summary.h"
#include "trace/pcapng_writer.h"
#include "wire/dns.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"
#include "wire/udp.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ww;
using namespace ww::dns;

namespace {

using namespace ww::dns::test_frames;

struct Row {
    const char* tag;
    Message message;
    bool tcp;
    QString info;
};

std::vector<Row> rows() {
    Message cname = response(0x1a2b, "www.naver.com", kTypeA);
    cname.answers.push_back(
        rr("www.naver.com", kTypeCname, 300, DomainName{"www.naver.com.nheos.com"}));
    cname.answers.push_back(
        rr("www.naver.com.nheos.com", kTypeA, 60, Ipv4Address::fromOctets(223, 130, 200, 104)));

    Message referral = response(0x0002, "www.naver.com", kTypeA);
    referral.header.ra = false;
    referral.authorities.push_back(rr("com", kTypeNs, 172800, DomainName{"a.gtld-servers.net"}));
    referral.additionals.push_back(
        rr("a.gtld-servers.net", kTypeA, 172800, Ipv4Address::fromOctets(192, 5, 6, 30)));

    Message nx = response(0x0003, "www.naver.con", kTypeA);
    nx.header.rcode = kRcodeNxDomain;
    nx.authorities.push_back(rr(
        ".", kTypeSoa, 86400,
        Soa{"a.root-servers.net", "nstld.verisign-grs.com", 2024010101, 1800, 900, 604800, 86400}));

    Message servfail = response(0x0004, "www.naver.com", kTypeA);
    servfail.header.rcode = kRcodeServFail;

    Message mx = response(0x0005, "naver.com", kTypeMx);
    mx.answers.push_back(rr("naver.com", kTypeMx, 3600, Mx{10, "mx1.naver.com"}));

    Message root = query(0x0006, ".", kTypeNs);

    return {
        {"query", query(0x1a2b, "www.naver.com", kTypeA), false,
         "Standard query 0x1a2b A www.naver.com"},
        {"cname-answer", cname, false,
         "Standard query response 0x1a2b A www.naver.com CNAME www.naver.com.nheos.com A "
         "223.130.200.104"},
        {"referral", referral, false,
         "Standard query response 0x0002 A www.naver.com NS a.gtld-servers.net A 192.5.6.30"},
        {"nxdomain", nx, false,
         "Standard query response 0x0003 No such name A www.naver.con SOA a.root-servers.net"},
        {"servfail", servfail, false,
         "Standard query response 0x0004 Server failure A www.naver.com"},
        {"mx", mx, false, "Standard query response 0x0005 MX naver.com MX 10 mx1.naver.com"},
        {"root-ns", root, false, "Standard query 0x0006 NS <Root>"},
        {"tcp-answer", cname, true,
         "Standard query response 0x1a2b A www.naver.com CNAME www.naver.com.nheos.com A "
         "223.130.200.104"},
    };
}

} // namespace

class TestDnsSummary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void info_data();
    void info();
    void malformed();
    void sameAsTshark();
};

void TestDnsSummary::info_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    for (const Row& r : rows()) {
        const Bytes b = onWire(r.message, r.tcp);
        QTest::newRow(r.tag) << QByteArray(reinterpret_cast<const char*>(b.data()),
                                           static_cast<qsizetype>(b.size()))
                             << r.info;
    }
}

void TestDnsSummary::info() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    ui::PduDescriber describer;
    const Bytes b(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                  reinterpret_cast<const std::uint8_t*>(bytes.constData()) + bytes.size());
    const ui::PduSummary s = describer.frame(b);
    QCOMPARE(s.protocol, QStringLiteral("DNS"));
    QCOMPARE(s.token, QStringLiteral("DNS"));
    QCOMPARE(s.text, expected);
}

void TestDnsSummary::malformed() {
    // A response whose answer count claims a record that is not there.
    Bytes message = emit(response(7, "www.naver.com", kTypeA)).value();
    message[7] = 1; // ANCOUNT = 1
    const udp::Repr u{kPort, 50000};
    const Bytes b = frame(udp::emit(u, message, kServer, kClient), ipv4::kUdp, true);
    ui::PduDescriber describer;
    const ui::PduSummary s = describer.frame(b);
    QCOMPARE(s.protocol, QStringLiteral("DNS"));
    QVERIFY2(s.text.startsWith(QStringLiteral("DNS (malformed): ")), qPrintable(s.text));
    QVERIFY(s.text.size() > QStringLiteral("DNS (malformed): ").size());
}

void TestDnsSummary::sameAsTshark() {
    if (QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty())
        QSKIP("tshark is not installed (scripts/setup.sh installs it)");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dns.pcapng"));
    QStringList ours;
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        PcapngWriter w(out);
        w.writeSectionHeader(QStringLiteral("test_dns_summary"));
        const std::uint32_t link = w.addInterface(QStringLiteral("lan"));
        std::int64_t t = 0;
        for (const Row& r : rows()) {
            const Bytes b = onWire(r.message, r.tcp);
            w.writePacket(link, t += 1000000, b);
            ui::PduDescriber describer;
            ours << describer.frame(b).text;
        }
    }
    QProcess p;
    p.start(QStringLiteral("tshark"), {"-r", file, "-T", "fields", "-e", "_ws.col.Info"});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList theirs =
        QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(theirs, ours);
}

QTEST_GUILESS_MAIN(TestDnsSummary)
#include "test_dns_summary.moc"
