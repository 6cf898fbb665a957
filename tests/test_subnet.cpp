// The subnet calculator: network, broadcast, host range and flags, and the
// CLI's exit codes and JSON keys.
#include "cli/subnet_command.h"
#include "cli/text_columns.h"
#include "wire/subnet_info.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>
#include <QtTest>

using namespace ww;

namespace {

// Korean labels for the text output, as the real translation gives them (wide characters).
class KoreanLabels : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* = nullptr,
                      int = -1) const override {
        static const QHash<QString, QString> ko{{"Address", "주소"},
                                                {"Network", "네트워크"},
                                                {"Netmask", "서브넷 마스크"},
                                                {"Broadcast", "브로드캐스트"},
                                                {"First host", "첫 호스트"},
                                                {"Usable hosts", "사용 가능한 호스트 수"},
                                                {"Flags", "특성"},
                                                {"Bits", "비트"}};
        return QLatin1String(context) == "SubnetCommand" ? ko.value(QString::fromUtf8(source))
                                                         : QString();
    }
    bool isEmpty() const override { return false; }
};

QString subnetText(const QString& input) {
    QString out, err;
    QTextStream o(&out), e(&err);
    if (cli::runSubnetCommand({input}, o, e) != 0)
        return err;
    o.flush();
    return out;
}

QString noteKeys(const SubnetInfo& s) {
    static const char* const names[] = {"multicast", "p2p",       "one",      "this",
                                        "loopback",  "linklocal", "private",  "shared",
                                        "doc",       "reserved",  "limitedbc"};
    QStringList keys;
    for (SubnetNote n : s.notes)
        keys << names[static_cast<int>(n)];
    return keys.join(' ');
}

} // namespace

class TestSubnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compute_data();
    void compute();
    void rejects_data();
    void rejects();
    void commandJsonKeys();
    void commandExitCodes();
    void notes_data();
    void notes();
    void textExplains_data();
    void textExplains();
    void displayWidth_data();
    void displayWidth();
    void koreanLabelsLineUp();
};

void TestSubnet::compute_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("broadcast");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<qulonglong>("usable");
    QTest::addColumn<QString>("flags"); // p l m k = private loopback multicast link-local
    QTest::newRow("/24") << "192.168.1.77/24"
                         << "192.168.1.0"
                         << "192.168.1.255"
                         << "192.168.1.1"
                         << "192.168.1.254" << 254ull << "p";
    QTest::newRow("/8") << "10.20.30.40/8"
                        << "10.0.0.0"
                        << "10.255.255.255"
                        << "10.0.0.1"
                        << "10.255.255.254" << 16777214ull << "p";
    QTest::newRow("/0") << "1.2.3.4/0"
                        << "0.0.0.0"
                        << "255.255.255.255"
                        << "0.0.0.1"
                        << "255.255.255.254" << 4294967294ull << "";
    QTest::newRow("/30") << "203.0.113.6/30"
                         << "203.0.113.4"
                         << "203.0.113.7"
                         << "203.0.113.5"
                         << "203.0.113.6" << 2ull << "";
    QTest::newRow("/31 rfc3021") << "198.51.100.7/31"
                                 << "198.51.100.6"
                                 << "198.51.100.7"
                                 << "198.51.100.6"
                                 << "198.51.100.7" << 2ull << "";
    QTest::newRow("/32") << "8.8.8.8/32"
                         << "8.8.8.8"
                         << "8.8.8.8"
                         << "8.8.8.8"
                         << "8.8.8.8" << 1ull << "";
    QTest::newRow("172.31 private") << "172.31.255.255/12"
                                    << "172.16.0.0"
                                    << "172.31.255.255"
                                    << "172.16.0.1"
                                    << "172.31.255.254" << 1048574ull << "p";
    QTest::newRow("172.32 public") << "172.32.0.1/12"
                                   << "172.32.0.0"
                                   << "172.47.255.255"
                                   << "172.32.0.1"
                                   << "172.47.255.254" << 1048574ull << "";
    QTest::newRow("link-local") << "169.254.1.1/16"
                                << "169.254.0.0"
                                << "169.254.255.255"
                                << "169.254.0.1"
                                << "169.254.255.254" << 65534ull << "k";
    QTest::newRow("multicast") << "224.0.0.1/4"
                               << "224.0.0.0"
                               << "239.255.255.255"
                               << "224.0.0.1"
                               << "239.255.255.254" << 268435454ull << "m";
    QTest::newRow("loopback") << "127.0.0.1/8"
                              << "127.0.0.0"
                              << "127.255.255.255"
                              << "127.0.0.1"
                              << "127.255.255.254" << 16777214ull << "l";
    QTest::newRow("netmask") << "10.1.2.3/255.255.0.0"
                             << "10.1.0.0"
                             << "10.1.255.255"
                             << "10.1.0.1"
                             << "10.1.255.254" << 65534ull << "p";
    QTest::newRow("hostmask") << "10.1.2.3/0.0.0.255"
                              << "10.1.2.0"
                              << "10.1.2.255"
                              << "10.1.2.1"
                              << "10.1.2.254" << 254ull << "p";
    QTest::newRow("bare address") << "10.1.2.3"
                                  << "10.1.2.3"
                                  << "10.1.2.3"
                                  << "10.1.2.3"
                                  << "10.1.2.3" << 1ull << "p";
}

void TestSubnet::compute() {
    QFETCH(QString, input);
    QFETCH(QString, network);
    QFETCH(QString, broadcast);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(qulonglong, usable);
    QFETCH(QString, flags);
    auto s = computeSubnet(input.toStdString());
    QVERIFY(s);
    QCOMPARE(QString::fromStdString(s->network.toString()), network);
    QCOMPARE(QString::fromStdString(s->broadcast.toString()), broadcast);
    QCOMPARE(QString::fromStdString(s->firstHost.toString()), first);
    QCOMPARE(QString::fromStdString(s->lastHost.toString()), last);
    QCOMPARE(qulonglong(s->usableHosts), usable);
    QCOMPARE(s->isPrivate, flags.contains('p'));
    QCOMPARE(s->isLoopback, flags.contains('l'));
    QCOMPARE(s->isMulticast, flags.contains('m'));
    QCOMPARE(s->isLinkLocal, flags.contains('k'));
    QCOMPARE(s->netmask.value | s->wildcard.value, 0xffffffffu);
}

void TestSubnet::rejects_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::newRow("256") << "256.0.0.1/8" << int(SubnetParseError::BadAddress);
    QTest::newRow("/33") << "10.0.0.0/33" << int(SubnetParseError::PrefixTooLarge);
    QTest::newRow("three octets") << "1.2.3" << int(SubnetParseError::BadAddress);
    QTest::newRow("abc") << "abc" << int(SubnetParseError::BadAddress);
    QTest::newRow("empty") << "" << int(SubnetParseError::Empty);
    QTest::newRow("trailing slash") << "1.2.3.4/" << int(SubnetParseError::BadPrefix);
    QTest::newRow("holes in mask") << "1.2.3.4/255.0.255.0" << int(SubnetParseError::BadMask);
}

void TestSubnet::rejects() {
    QFETCH(QString, input);
    QFETCH(int, kind);
    SubnetParseError e;
    QVERIFY(!computeSubnet(input.toStdString(), &e));
    QCOMPARE(int(e.kind), kind);
}

void TestSubnet::commandJsonKeys() {
    QString out, err;
    QTextStream o(&out), e(&err);
    QCOMPARE(cli::runSubnetCommand({"10.0.0.5/8", "--json"}, o, e), 0);
    o.flush();
    const QJsonObject j = QJsonDocument::fromJson(out.toUtf8()).object();
    QStringList keys = j.keys();
    keys.sort();
    QStringList want{"address",     "prefix",     "network",       "broadcast",  "netmask",
                     "wildcard",    "first_host", "last_host",     "addresses",  "usable_hosts",
                     "private",     "loopback",   "multicast",     "link_local", "reserved",
                     "unspecified", "binary",     "has_broadcast", "has_hosts",  "notes"};
    want.sort();
    QCOMPARE(keys, want);
    QCOMPARE(j["address"].toString(), QStringLiteral("10.0.0.5"));
    QCOMPARE(j["usable_hosts"].toDouble(), 16777214.0);
    QVERIFY(j["private"].isBool() && j["private"].toBool());
    QCOMPARE(j["binary"].toString(), QStringLiteral("00001010.00000000.00000000.00000101"));
}

void TestSubnet::commandExitCodes() {
    QString out, err;
    QTextStream o(&out), e(&err);
    QCOMPARE(cli::runSubnetCommand({"192.168.1.10/24"}, o, e), 0);
    o.flush();
    QVERIFY(out.contains("192.168.1.255"));
    QVERIFY(out.contains("11000000.10101000.00000001|00001010"));
    QCOMPARE(cli::runSubnetCommand({"256.0.0.1/8"}, o, e), 2);
    e.flush();
    QVERIFY(err.contains("256 is greater than 255"));
    QCOMPARE(cli::runSubnetCommand({"10.0.0.0/33"}, o, e), 2);
    e.flush();
    QVERIFY(err.contains("33 is out of range 0-32"));
    QCOMPARE(cli::runSubnetCommand({}, o, e), 2);
    QCOMPARE(cli::runSubnetCommand({"--bogus"}, o, e), 2);
    QCOMPARE(cli::runSubnetCommand({"--help"}, o, e), 0);
}

// What is special about an address or prefix, with the RFC that says so.
void TestSubnet::notes_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<bool>("hasBroadcast");
    QTest::addColumn<bool>("hasHosts");
    QTest::newRow("plain /24") << "192.168.1.10/24"
                               << "private" << true << true;
    QTest::newRow("public /24") << "8.8.8.8/24"
                                << "" << true << true;
    QTest::newRow("multicast /4") << "224.0.0.2/4"
                                  << "multicast" << false << false;
    QTest::newRow("multicast /24") << "239.1.1.1/24"
                                   << "multicast" << false << false;
    QTest::newRow("multicast /32") << "239.1.1.1/32"
                                   << "multicast one" << false << false;
    QTest::newRow("multicast address in a /3") << "224.0.0.2/3"
                                               << "multicast" << true << true;
    QTest::newRow("/31 rfc3021") << "10.0.0.1/31"
                                 << "p2p private" << false << true;
    QTest::newRow("/32") << "10.0.0.1/32"
                         << "one private" << false << true;
    QTest::newRow("/30") << "10.0.0.1/30"
                         << "private" << true << true;
    QTest::newRow("documentation 1") << "192.0.2.7/24"
                                     << "doc" << true << true;
    QTest::newRow("documentation 2") << "198.51.100.1/24"
                                     << "doc" << true << true;
    QTest::newRow("documentation 3") << "203.0.113.6/30"
                                     << "doc" << true << true;
    QTest::newRow("not documentation") << "203.0.114.6/24"
                                       << "" << true << true;
    QTest::newRow("shared") << "100.64.0.1/10"
                            << "shared" << true << true;
    QTest::newRow("shared last") << "100.127.255.254/10"
                                 << "shared" << true << true;
    QTest::newRow("past shared") << "100.128.0.1/10"
                                 << "" << true << true;
    QTest::newRow("reserved") << "240.0.0.1/4"
                              << "reserved" << true << true;
    QTest::newRow("limited broadcast") << "255.255.255.255/32"
                                       << "one limitedbc" << false << true;
    QTest::newRow("this network") << "0.0.0.0/8"
                                  << "this" << true << true;
    QTest::newRow("unspecified /32") << "0.0.0.0/32"
                                     << "one this" << false << true;
    QTest::newRow("loopback") << "127.0.0.1/8"
                              << "loopback" << true << true;
    QTest::newRow("link-local /31") << "169.254.0.1/31"
                                    << "p2p linklocal" << false << true;
}

void TestSubnet::notes() {
    QFETCH(QString, input);
    QFETCH(QString, notes);
    QFETCH(bool, hasBroadcast);
    QFETCH(bool, hasHosts);
    auto s = computeSubnet(input.toStdString());
    QVERIFY(s);
    QCOMPARE(noteKeys(*s), notes);
    QCOMPARE(s->hasBroadcast, hasBroadcast);
    QCOMPARE(!s->multicastRange, hasHosts);
}

// The text says what the numbers mean instead of printing a broadcast or hosts that aren't.
void TestSubnet::textExplains_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("has");
    QTest::addColumn<QStringList>("hasNot");
    QTest::newRow("multicast") << "224.0.0.2/4"
                               << QStringList{"none: a multicast range has none",
                                              "none: group addresses", "268435456", "RFC 5771"}
                               << QStringList{"239.255.255.255", "Usable hosts", "268435454"};
    QTest::newRow("/31") << "10.0.0.1/31"
                         << QStringList{"none: a /31 has two hosts and no broadcast",
                                        "First host      10.0.0.0",
                                        "Last host       10.0.0.1",
                                        "Usable hosts    2",
                                        "RFC 3021",
                                        "RFC 1918"}
                         << QStringList{"Broadcast       10.0.0.1"};
    QTest::newRow("/32") << "8.8.8.8/32"
                         << QStringList{"none: a /32 is one address", "Usable hosts    1"}
                         << QStringList{"Broadcast       8.8.8.8"};
    QTest::newRow("/24") << "192.168.1.77/24"
                         << QStringList{"Broadcast       192.168.1.255", "Usable hosts    254",
                                        "private (RFC 1918)"}
                         << QStringList{"none:"};
    QTest::newRow("documentation")
        << "198.51.100.7/24" << QStringList{"documentation (RFC 5737)", "never for a real"}
        << QStringList{};
    QTest::newRow("shared") << "100.64.1.1/10"
                            << QStringList{"shared (RFC 6598)", "carrier-grade NAT"}
                            << QStringList{};
    QTest::newRow("reserved") << "240.1.2.3/4" << QStringList{"reserved (RFC 1112)", "future use"}
                              << QStringList{};
    QTest::newRow("limited broadcast")
        << "255.255.255.255" << QStringList{"limited broadcast", "RFC 919"}
        << QStringList{"reserved (RFC 1112)"};
    QTest::newRow("this network") << "0.0.0.0/8" << QStringList{"this network", "RFC 1122"}
                                  << QStringList{};
}

void TestSubnet::textExplains() {
    QFETCH(QString, input);
    QFETCH(QStringList, has);
    QFETCH(QStringList, hasNot);
    const QString text = subnetText(input);
    for (const QString& want : has)
        QVERIFY2(text.contains(want), qPrintable(want + " not in:\n" + text));
    for (const QString& unwanted : hasNot)
        QVERIFY2(!text.contains(unwanted), qPrintable(unwanted + " in:\n" + text));
}

void TestSubnet::displayWidth_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << "Usable hosts" << 12;
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("hangul") << "주소" << 4;
    QTest::newRow("hangul with spaces") << "사용 가능한 호스트 수" << 21;
    QTest::newRow("mixed") << "IP 주소" << 7;
    QTest::newRow("combining acute") << QString::fromUtf8("e\u0301") << 1;
    QTest::newRow("fullwidth A") << QString::fromUtf8("\uff21") << 2;
    QTest::newRow("cjk ideograph") << QString::fromUtf8("\u4e2d") << 2;
    QTest::newRow("ext B ideograph") << QString::fromUtf8("\U00020000") << 2;
}

void TestSubnet::displayWidth() {
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(cli::displayWidth(text), width);
    QCOMPARE(cli::displayWidth(cli::padToWidth(text, 24)), std::max(24, width));
}

// Korean labels are two columns per syllable: the values still start in one column.
void TestSubnet::koreanLabelsLineUp() {
    KoreanLabels ko;
    QCoreApplication::installTranslator(&ko);
    const QString text = subnetText("192.168.1.10/24");
    QCoreApplication::removeTranslator(&ko);
    QVERIFY2(text.contains(QString::fromUtf8("사용 가능한 호스트 수")), qPrintable(text));
    QSet<int> starts;
    for (const QString& line : text.split('\n', Qt::SkipEmptyParts)) {
        const auto value = line.indexOf(QRegularExpression("  [0-9]"));
        if (value < 0)
            continue;
        starts << cli::displayWidth(line.left(value + 2));
    }
    QVERIFY(!starts.isEmpty());
    QVERIFY2(starts.size() == 1, qPrintable(text));
}

QTEST_GUILESS_MAIN(TestSubnet)
#include "test_subnet.moc"
