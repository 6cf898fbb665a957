// Lab files: every kind of mistake is reported with its path and a message a
// student can act on; built-in labs load and survive a save/load round trip.
#include "lab/lab_json.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace ww;

namespace {

// A small valid lab; rows patch it with one mistake each.
const char* kValid = R"({
  "format": "wirewalk-lab", "version": 1, "name": "t", "title": "T",
  "devices": [
    {"name": "PC1", "type": "host", "position": [0, 0],
     "interfaces": [{"name": "eth0", "address": "10.0.1.10/24"}], "gateway": "10.0.1.1"},
    {"name": "SW1", "type": "switch", "interfaces": [{"name": "p1"}, {"name": "p2"}]},
    {"name": "R1", "type": "router",
     "interfaces": [{"name": "eth0", "address": "10.0.1.1/24"}, {"name": "eth1", "address": "10.0.2.1/24"}],
     "routes": [{"destination": "10.9.0.0/16", "via": "10.0.2.254"}]}
  ],
  "links": [
    {"name": "PC1-SW1", "a": "PC1:eth0", "b": "SW1:p1"},
    {"name": "R1-SW1", "a": "R1:eth0", "b": "SW1:p2", "mtu": 1500, "loss": 0}
  ],
  "scenario": [{"at": 0.5, "action": "ping", "from": "PC1", "to": "10.0.2.1", "count": 2}]
})";

QByteArray patched(const QString& from, const QString& to) {
    QString s = QString::fromUtf8(kValid);
    Q_ASSERT(s.contains(from));
    s.replace(from, to);
    return s.toUtf8();
}

} // namespace

class TestLabFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validLabLoads();
    void errors_data();
    void errors();
    void reportsEveryIssueAtOnce();
    void builtinLabs_data();
    void builtinLabs();
    void unknownBuiltin();
    void damagedFilesNeverCrash();
};

void TestLabFile::validLabLoads() {
    auto r = lab::parseLab(kValid);
    QVERIFY2(r.issues.empty(),
             r.issues.empty() ? "" : qPrintable(r.issues[0].path + ": " + r.issues[0].message));
    QVERIFY(r.lab);
    QCOMPARE(r.lab->devices.size(), std::size_t{3});
    QCOMPARE(r.lab->links[1].mtu, 1500);
    QCOMPARE(r.lab->scenario[0].count, 2);
}

void TestLabFile::errors_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message"); // a part of it

    QTest::newRow("not json") << QByteArray("{\"format\": ") << ""
                              << "not valid JSON at character";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << ""
                                   << "one JSON object";
    QTest::newRow("wrong format") << patched("wirewalk-lab", "something-else") << "format"
                                  << "not a Wirewalk lab file";
    QTest::newRow("newer version")
        << patched("\"version\": 1", "\"version\": 2") << "version"
        << "newer Wirewalk (format version 2); this version reads up to 1";
    QTest::newRow("name is a number")
        << patched("\"name\": \"PC1\"", "\"name\": 7") << "devices[0].name"
        << "expected a string, got a number";
    QTest::newRow("duplicate device")
        << patched("\"name\": \"SW1\"", "\"name\": \"PC1\"") << "devices[1].name"
        << "a device named 'PC1' already exists (devices[0])";
    QTest::newRow("octet 256") << patched("10.0.1.10/24", "256.1.1.1/24")
                               << "devices[0].interfaces[0].address"
                               << "256 is greater than 255: each of the four numbers is 0-255";
    QTest::newRow("prefix 33") << patched("10.0.1.10/24", "10.0.1.10/33")
                               << "devices[0].interfaces[0].address"
                               << "prefix length 33 is out of range 0-32";
    QTest::newRow("three octets") << patched("10.0.1.10/24", "10.0.1/24")
                                  << "devices[0].interfaces[0].address"
                                  << "needs four numbers";
    QTest::newRow("no prefix") << patched("10.0.1.10/24", "10.0.1.10")
                               << "devices[0].interfaces[0].address"
                               << "needs a prefix length";
    QTest::newRow("bad mac") << patched("{\"name\": \"eth0\", \"address\": \"10.0.1.10/24\"}",
                                        "{\"name\": \"eth0\", \"mac\": \"02:00:00:zz:00:01\", "
                                        "\"address\": \"10.0.1.10/24\"}")
                             << "devices[0].interfaces[0].mac"
                             << "not a MAC address";
    QTest::newRow("missing device")
        << patched("\"b\": \"SW1:p1\"", "\"b\": \"SW9:p1\"") << "links[0].b"
        << "there is no device 'SW9'";
    QTest::newRow("missing interface")
        << patched("\"b\": \"SW1:p1\"", "\"b\": \"SW1:p7\"") << "links[0].b"
        << "'SW1' has no interface 'p7'";
    QTest::newRow("interface used twice")
        << patched("\"b\": \"SW1:p2\"", "\"b\": \"SW1:p1\"") << "links[1].b"
        << "SW1:p1 is already used by links[0]";
    QTest::newRow("duplicate link")
        << patched("\"name\": \"R1-SW1\"", "\"name\": \"PC1-SW1\"") << "links[1].name"
        << "a link named 'PC1-SW1' already exists";
    QTest::newRow("endpoint syntax")
        << patched("\"a\": \"PC1:eth0\"", "\"a\": \"PC1\"") << "links[0].a"
        << "should be DEVICE:INTERFACE";
    QTest::newRow("loss above 1") << patched("\"loss\": 0", "\"loss\": 1.5") << "links[1].loss"
                                  << "out of range 0 to 1";
    QTest::newRow("mtu too small") << patched("\"mtu\": 1500", "\"mtu\": 20") << "links[1].mtu"
                                   << "out of range 68-9000";
    QTest::newRow("unknown type") << patched("\"type\": \"switch\"", "\"type\": \"hub\"")
                                  << "devices[1].type"
                                  << "unknown device type 'hub'";
    QTest::newRow("unknown key") << patched("\"gateway\"", "\"gatway\"") << "devices[0].gatway"
                                 << "unknown key 'gatway'";
    QTest::newRow("unknown action")
        << patched("\"action\": \"ping\"", "\"action\": \"teleport\"") << "scenario[0].action"
        << "unknown action 'teleport'";
    QTest::newRow("action from nowhere")
        << patched("\"from\": \"PC1\"", "\"from\": \"PC9\"") << "scenario[0].from"
        << "there is no device 'PC9'";
    QTest::newRow("action bad target")
        << patched("\"to\": \"10.0.2.1\"", "\"to\": \"10.0.2.999\"") << "scenario[0].to"
        << "999 is greater than 255";
    QTest::newRow("count zero") << patched("\"count\": 2", "\"count\": 0") << "scenario[0].count"
                                << "out of range 1-100000";
    QTest::newRow("gateway off-link")
        << patched("\"gateway\": \"10.0.1.1\"", "\"gateway\": \"10.0.5.1\"") << "devices[0].gateway"
        << "not on any network of 'PC1'";
    QTest::newRow("route host bits")
        << patched("10.9.0.0/16", "10.9.3.0/16") << "devices[2].routes[0].destination"
        << "host bits set; the network is 10.9.0.0/16";
    QTest::newRow("route via off-link")
        << patched("10.0.2.254", "10.7.7.7") << "devices[2].routes[0].via"
        << "next hop 10.7.7.7 is not on any network of 'R1'";
    QTest::newRow("duplicate address")
        << patched("10.0.2.1/24", "10.0.1.10/24") << "devices[2].interfaces[1].address"
        << "10.0.1.10 is already used by PC1 eth0";
    QTest::newRow("network address")
        << patched("10.0.1.10/24", "10.0.1.0/24") << "devices[0].interfaces[0].address"
        << "is the network address of 10.0.1.0/24";
    QTest::newRow("switch port with address")
        << patched("{\"name\": \"p2\"}", "{\"name\": \"p2\", \"address\": \"10.0.1.5/24\"}")
        << "devices[1].interfaces[1].address"
        << "no IP address";
    const QString r1 = "\"routes\": [{\"destination\": \"10.9.0.0/16\", \"via\": \"10.0.2.254\"}]";
    QTest::newRow("dhcp pool outside the network")
        << patched(r1, r1 + ", \"dhcp_server\": {\"interface\": \"eth0\", \"pool\": "
                             "[\"10.0.1.100\", \"10.0.3.5\"]}")
        << "devices[2].dhcp_server.pool[1]"
        << "10.0.3.5 is not a host address of 10.0.1.0/24";
    QTest::newRow("dhcp pool backwards")
        << patched(r1, r1 + ", \"dhcp_server\": {\"interface\": \"eth0\", \"pool\": "
                             "[\"10.0.1.200\", \"10.0.1.100\"]}")
        << "devices[2].dhcp_server.pool" << "last address comes before its first";
    QTest::newRow("dhcp pool bad address")
        << patched(r1, r1 + ", \"dhcp_server\": {\"interface\": \"eth0\", \"pool\": "
                             "[\"10.0.1.256\", \"10.0.1.100\"]}")
        << "devices[2].dhcp_server.pool[0]" << "256 is greater than 255";
    QTest::newRow("dhcp server without interface")
        << patched(r1, r1 + ", \"dhcp_server\": {\"interface\": \"eth9\", \"pool\": "
                             "[\"10.0.1.100\", \"10.0.1.110\"]}")
        << "devices[2].dhcp_server.interface" << "has no interface 'eth9'";
    QTest::newRow("dhcp client with an address")
        << patched("\"gateway\": \"10.0.1.1\"", "\"gateway\": \"10.0.1.1\", \"dhcp_client\": true")
        << "devices[0].dhcp_client" << "give it none";
    QTest::newRow("ack delay too long")
        << patched("\"version\": 1,", "\"version\": 1, \"settings\": {\"ack_delay\": 0.5},")
        << "settings.ack_delay" << "0.499";
    QTest::newRow("tcp listener without port")
        << patched("\"gateway\": \"10.0.1.1\"", "\"gateway\": \"10.0.1.1\", \"tcp_listen\": [{\"buffer\": 100}]")
        << "devices[0].tcp_listen[0].port" << "is required";
    QTest::newRow("tcp listener buffer too big")
        << patched("\"gateway\": \"10.0.1.1\"", "\"gateway\": \"10.0.1.1\", \"tcp_listen\": [{\"port\": 9, \"buffer\": 70000}]")
        << "devices[0].tcp_listen[0].buffer" << "65535";
    QTest::newRow("static nat bad global")
        << patched(r1, r1 + ", \"nat\": {\"inside\": \"eth0\", \"outside\": \"eth1\", "
                             "\"static\": [{\"inside\": \"10.0.1.5\", \"global\": \"1.2.3\"}]}")
        << "devices[2].nat.static[0].global" << "";
    QTest::newRow("self link") << patched("\"b\": \"SW1:p1\"", "\"b\": \"PC1:eth0\"")
                               << "links[0].b"
                               << "cannot connect an interface to itself";
}

void TestLabFile::errors() {
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    auto r = lab::parseLab(json);
    QVERIFY(!r.lab);
    QVERIFY(!r.issues.empty());
    QStringList seen;
    bool found = false;
    for (const auto& issue : r.issues) {
        seen << issue.path + ": " + issue.message;
        found = found || (issue.path == path && issue.message.contains(message));
    }
    QVERIFY2(found, qPrintable(seen.join(" | ")));
}

void TestLabFile::reportsEveryIssueAtOnce() {
    QByteArray json = patched("10.0.1.10/24", "300.0.0.1/24");
    json.replace("\"mtu\": 1500", "\"mtu\": 1");
    auto r = lab::parseLab(json);
    QCOMPARE(r.issues.size(), std::size_t{2});
}

void TestLabFile::builtinLabs_data() {
    QTest::addColumn<QString>("name");
    const auto labs = lab::builtinLabs();
    QVERIFY(labs.size() >= 6);
    for (const auto& l : labs)
        QTest::newRow(qPrintable(l.name)) << l.name;
}

void TestLabFile::builtinLabs() {
    QFETCH(QString, name);
    auto r = lab::loadLab("builtin:" + name);
    QVERIFY2(r.lab,
             r.issues.empty() ? "" : qPrintable(r.issues[0].path + ": " + r.issues[0].message));
    QCOMPARE(QString::fromStdString(r.lab->name), name);
    QVERIFY(!r.lab->title.empty());
    QVERIFY(!r.lab->scenario.empty());
    // Saved and read back, the lab is identical; and saving is stable.
    const QByteArray saved = lab::toJson(*r.lab);
    auto again = lab::parseLab(saved);
    QVERIFY(again.lab);
    QVERIFY(*again.lab == *r.lab);
    QCOMPARE(lab::toJson(*again.lab), saved);
}

void TestLabFile::unknownBuiltin() {
    auto r = lab::loadLab("builtin:nope");
    QVERIFY(!r.lab);
    QVERIFY(r.issues[0].message.contains("no built-in lab 'nope'"));
    QVERIFY(r.issues[0].message.contains("two-lans"));
    QVERIFY(!lab::loadLab("/nonexistent/file.json").lab);
}

void TestLabFile::damagedFilesNeverCrash() {
    const QByteArray valid(kValid);
    for (int cut = 0; cut < valid.size(); cut += 7)
        QVERIFY(!lab::parseLab(valid.left(cut)).lab);
    QRandomGenerator rng(1234);
    int loaded = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray damaged = valid;
        for (int k = 0; k < 3; ++k)
            damaged[int(rng.bounded(damaged.size()))] = char(rng.bounded(32, 127));
        auto r = lab::parseLab(damaged); // must not crash; either loads or explains
        QVERIFY(r.lab.has_value() == r.issues.empty());
        loaded += r.lab.has_value();
    }
    QVERIFY(loaded < 400);
}

QTEST_GUILESS_MAIN(TestLabFile)
#include "test_labfile.moc"
