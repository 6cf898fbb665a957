// The subnet calculator: network, broadcast, host range and flags, and the
// CLI's exit codes and JSON keys.
#include "cli/subnet_command.h"
#include "wire/subnet_info.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ww;

class TestSubnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compute_data();
    void compute();
    void rejects_data();
    void rejects();
    void commandJsonKeys();
    void commandExitCodes();
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
    QStringList want{"address",  "prefix",     "network",    "broadcast",    "netmask",
                     "wildcard", "first_host", "last_host",  "usable_hosts", "private",
                     "loopback", "multicast",  "link_local", "binary"};
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

QTEST_GUILESS_MAIN(TestSubnet)
#include "test_subnet.moc"
