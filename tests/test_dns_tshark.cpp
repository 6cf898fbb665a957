// Our DNS bytes against Wireshark's dissector: a pcapng of queries and responses
// (compressed, over UDP and over TCP) that tshark must decode with no malformed
// packet and with every name exactly as we wrote it.
#include "dns_test_frames.h"
#include "trace/pcapng_writer.h"
#include "wire/dns.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"
#include "wire/udp.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ww;
using namespace ww::dns;

namespace {

using namespace ww::dns::test_frames;

QString tshark(const QString& file, const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral("tshark"),
            QStringList{"-r", file, "-o", "eth.check_fcs:TRUE", "-o", "ip.check_checksum:TRUE",
                        "-o", "udp.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE"} +
                args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("tshark failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestDnsTshark : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tsharkDecodesOurMessages();
};

void TestDnsTshark::tsharkDecodesOurMessages() {
    if (QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty())
        QSKIP("tshark is not installed (scripts/setup.sh installs it)");

    Message query;
    query.header.id = 0x1234;
    query.header.rd = true;
    query.questions.push_back({"www.naver.com", kTypeA, kClassIn});

    Message cname = response(0x1234, "www.naver.com", kTypeA);
    cname.answers.push_back(
        rr("www.naver.com", kTypeCname, 300, DomainName{"www.naver.com.nheos.com"}));
    cname.answers.push_back(
        rr("www.naver.com.nheos.com", kTypeA, 60, Ipv4Address::fromOctets(223, 130, 200, 107)));

    Message referral = response(2, "www.example.com", kTypeA);
    referral.authorities.push_back(rr("com", kTypeNs, 172800, DomainName{"a.gtld-servers.net"}));
    referral.authorities.push_back(rr("com", kTypeNs, 172800, DomainName{"b.gtld-servers.net"}));
    referral.additionals.push_back(
        rr("a.gtld-servers.net", kTypeA, 172800, Ipv4Address::fromOctets(192, 5, 6, 30)));

    Message nx = response(3, "nope.example.com", kTypeA);
    nx.header.rcode = kRcodeNxDomain;
    nx.authorities.push_back(
        rr("example.com", kTypeSoa, 3600,
           Soa{"ns1.example.com", "hostmaster.example.com", 2024010101, 7200, 900, 1209600, 300}));

    Message mx = response(4, "example.com", kTypeMx);
    mx.answers.push_back(rr("example.com", kTypeMx, 3600, Mx{10, "Mail.Example.com"}));

    Message ptr = response(5, "80.2.0.10.in-addr.arpa", kTypePtr);
    ptr.answers.push_back(rr("80.2.0.10.in-addr.arpa", kTypePtr, 3600, DomainName{"web.lab"}));

    const std::vector<Bytes> frames = {
        onWire(query, false), onWire(cname, false), onWire(referral, false), onWire(nx, false),
        onWire(mx, false),    onWire(ptr, false),   onWire(cname, true)};
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dns.pcapng"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        PcapngWriter w(out);
        w.writeSectionHeader(QStringLiteral("test_dns_tshark"));
        const std::uint32_t link = w.addInterface(QStringLiteral("lan"));
        for (std::size_t i = 0; i < frames.size(); ++i)
            w.writePacket(link, static_cast<std::int64_t>(i) * 1000000, frames[i]);
    }

    const QString problems =
        tshark(file, {"-Y",
                      "_ws.malformed || _ws.expert.severity >= \"error\" || !dns || "
                      "eth.fcs.status == \"Bad\" || ip.checksum.status == \"Bad\" || "
                      "udp.checksum.status == \"Bad\" || tcp.checksum.status == \"Bad\"",
                      "-T", "fields", "-e", "frame.number", "-e", "_ws.expert.message"});
    QCOMPARE(problems, QString());

    const QString fields = tshark(file, {"-T", "fields",
                                         "-E", "separator=|",
                                         "-e", "dns.id",
                                         "-e", "dns.flags.rcode",
                                         "-e", "dns.qry.name",
                                         "-e", "dns.resp.name",
                                         "-e", "dns.cname",
                                         "-e", "dns.a",
                                         "-e", "dns.ns",
                                         "-e", "dns.soa.mname",
                                         "-e", "dns.soa.rname",
                                         "-e", "dns.mx.mail_exchange",
                                         "-e", "dns.ptr.domain_name"});
    const QStringList expected = {
        "0x1234||www.naver.com||||||||", // a query has no RCODE in tshark
        "0x1234|0|www.naver.com|www.naver.com,www.naver.com.nheos.com|www.naver.com.nheos.com|"
        "223.130.200.107|||||",
        "0x0002|0|www.example.com|com,com,a.gtld-servers.net||192.5.6.30|a.gtld-servers.net,"
        "b.gtld-servers.net||||",
        "0x0003|3|nope.example.com|example.com||||ns1.example.com|hostmaster.example.com||",
        "0x0004|0|example.com|example.com||||||Mail.Example.com|",
        "0x0005|0|80.2.0.10.in-addr.arpa|80.2.0.10.in-addr.arpa|||||||web.lab",
        "0x1234|0|www.naver.com|www.naver.com,www.naver.com.nheos.com|www.naver.com.nheos.com|"
        "223.130.200.107|||||",
    };
    QCOMPARE(fields.trimmed().split('\n'), expected);
}

QTEST_GUILESS_MAIN(TestDnsTshark)
#include "test_dns_tshark.moc"
