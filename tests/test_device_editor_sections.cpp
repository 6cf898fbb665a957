// The device editor's sections (DNS server, resolver, DHCP, NAT, applications,
// VLANs), the dns action and names in the actions table, and the link editor's
// extra fields: each edit made through the widgets survives Apply, a save and a
// reload exactly, and Undo gives the old lab back; invalid input is refused in
// place, naming the row and field.
#include "dialogs/device_editor.h"
#include "dialogs/link_editor.h"
#include "document/lab_document.h"
#include "editor_widgets.h"
#include "lab/lab_json.h"
#include "wire/dns.h"

#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <functional>
#include <map>

using namespace ww;
using namespace ww::test;

namespace {

lab::Lab builtin(const QString& name) {
    auto loaded = lab::loadLab(QStringLiteral("builtin:") + name);
    if (!loaded.lab)
        qFatal("cannot load %s", qPrintable(name));
    return *loaded.lab;
}

const lab::Device& device(const lab::Lab& lab, const char* name) {
    const lab::Device* d = lab.findDevice(name);
    if (!d)
        qFatal("no device %s", name);
    return *d;
}

struct Edit {
    std::function<void(QWidget*)> make;
    std::function<bool(const lab::Lab&)> present;
};

// Each edit, and how to see it in the lab afterwards.
const std::map<QString, Edit>& edits() {
    static const std::map<QString, Edit> all{
        {"dns record",
         {[](QWidget* e) {
              addRow(e, "dnsRecords", {"naver.com.", "mail", "A", "600", "203.0.113.25"});
          },
          [](const lab::Lab& lab) {
              const auto& records = device(lab, "NaverDNS").dns->zones.at(0).records;
              return records.back() ==
                     lab::DnsRecordEntry{"mail", dns::kTypeA, 600, "203.0.113.25"};
          }}},
        {"dns mx and cname",
         {[](QWidget* e) {
              addRow(e, "dnsRecords", {"naver.com.", "@", "MX", "300", "10 mail"});
              addRow(e, "dnsRecords", {"naver.com.", "m", "CNAME", "300", "www"});
              addRow(e, "dnsRecords", {"naver.com.", "mail", "A", "300", "203.0.113.25"});
          },
          [](const lab::Lab& lab) {
              const auto& records = device(lab, "NaverDNS").dns->zones.at(0).records;
              return records.size() == 7 && records[4].type == dns::kTypeMx &&
                     records[4].value == "10 mail" && records[5].type == dns::kTypeCname;
          }}},
        {"dns soa negative ttl",
         {[](QWidget* e) { setCell(e, "dnsZones", 0, 7, "120"); },
          [](const lab::Lab& lab) {
              return device(lab, "NaverDNS").dns->zones.at(0).soa.minimum == 120;
          }}},
        {"dns new reverse zone",
         {[](QWidget* e) {
              addRow(e, "dnsZones", {"113.0.203.in-addr.arpa."});
              addRow(e, "dnsRecords",
                     {"113.0.203.in-addr.arpa.", "@", "NS", "300", "ns1.naver.com."});
              addRow(e, "dnsRecords",
                     {"113.0.203.in-addr.arpa.", "80", "PTR", "300", "www.naver.com."});
          },
          [](const lab::Lab& lab) {
              const auto& zones = device(lab, "NaverDNS").dns->zones;
              return zones.size() == 2 && zones[1].records.size() == 2 &&
                     zones[1].records[1].type == dns::kTypePtr;
          }}},
        {"dns resolver becomes forwarder",
         {[](QWidget* e) {
              setChoice(e, "dnsRole", 2);
              setLine(e, "dnsForwarders", "203.0.113.6, 203.0.113.7");
              setLine(e, "dnsTimeout", "1.5");
              setLine(e, "dnsAttempts", "3");
          },
          [](const lab::Lab& lab) {
              const auto& s = *device(lab, "CacheDNS").dns;
              return s.role == lab::DnsServerRole::Forwarder && s.forwarders.size() == 2 &&
                     s.timeout == 1.5 && s.attempts == 3 && s.rootHints.empty();
          }}},
        {"dns root hint",
         {[](QWidget* e) {
              addRow(e, "dnsRootHints", {"b.root-servers.net.", "203.0.113.5"});
          },
          [](const lab::Lab& lab) { return device(lab, "CacheDNS").dns->rootHints.size() == 2; }}},
        {"dns server off",
         {[](QWidget* e) { setChecked(e, "dnsServer", false); },
          [](const lab::Lab& lab) { return !device(lab, "CacheDNS").dns.has_value(); }}},
        {"resolver order and hosts",
         {[](QWidget* e) {
              setChoice(e, "resolverOrder", 1);
              addRow(e, "resolverHosts", {"intranet.local", "192.168.10.9"});
              setLine(e, "resolverTimeout", "3");
          },
          [](const lab::Lab& lab) {
              const auto& r = *device(lab, "PC1").resolver;
              return r.order == std::vector{lab::ResolverSource::Dns, lab::ResolverSource::Files} &&
                     r.hosts.size() == 2 && r.hosts[1].name == "intranet.local" && r.timeout == 3;
          }}},
        {"resolver servers",
         {[](QWidget* e) { setLine(e, "resolverServers", "203.0.113.53, 203.0.113.6"); },
          [](const lab::Lab& lab) { return device(lab, "PC1").resolver->servers.size() == 2; }}},
        {"dhcp server options",
         {[](QWidget* e) {
              setLine(e, "dhcpLease", "7200");
              setLine(e, "dhcpDns", "10.0.2.54");
              setLine(e, "dhcpPoolEnd", "10.0.1.150");
          },
          [](const lab::Lab& lab) {
              const auto& s = *device(lab, "R1").dhcpServer;
              return s.lease == 7200 && s.dns->toString() == "10.0.2.54" &&
                     s.poolEnd.toString() == "10.0.1.150";
          }}},
        {"dhcp client",
         {[](QWidget* e) {
              setCell(e, "interfaces", 0, 2, QString(""));
              setLine(e, "gateway", "");
              setChecked(e, "dhcpClient", true);
          },
          [](const lab::Lab& lab) {
              return device(lab, "PC1").dhcpClient && !device(lab, "PC1").interfaces[0].address;
          }}},
        {"nat static and timeout",
         {[](QWidget* e) {
              setLine(e, "natTimeout", "120");
              addRow(e, "natStatic", {"192.168.1.10", "198.51.100.2"});
          },
          [](const lab::Lab& lab) {
              const auto& n = *device(lab, "Home").nat;
              return n.timeout == 120 && n.statics.size() == 1 &&
                     n.statics[0].inside.toString() == "192.168.1.10";
          }}},
        {"router forwarding",
         {[](QWidget* e) {
              setChecked(e, "directedBroadcast", true);
              setChecked(e, "internet", false);
          },
          [](const lab::Lab& lab) {
              return device(lab, "Internet").directedBroadcast && !device(lab, "Internet").internet;
          }}},
        {"applications",
         {[](QWidget* e) {
              setChecked(e, "httpServer", true);
              setChecked(e, "delayedAck", true);
              setLine(e, "udpListen", "9, 5000");
              setLine(e, "multicastGroups", "239.1.1.1");
              addRow(e, "tcpListen", {"7000", "4096", "1000", "0.5", "8"});
          },
          [](const lab::Lab& lab) {
              const auto& d = device(lab, "PC2");
              return d.httpServer && d.delayedAck &&
                     d.udpListen == std::vector<std::uint16_t>{9, 5000} &&
                     d.multicastGroups.size() == 1 && d.tcpListen.size() == 1 &&
                     d.tcpListen[0].readBytes == 1000 && d.tcpListen[0].closeAt == 8.0;
          }}},
        {"svi",
         {[](QWidget* e) {
              addRow(e, "vlans", {"30", "10.0.30.1/24", "02:00:00:00:30:01"});
          },
          [](const lab::Lab& lab) {
              const auto& v = device(lab, "L3SW").vlans;
              return v.size() == 3 && v[2].id == 30 && v[2].mac.has_value();
          }}},
        {"port vlan",
         {[](QWidget* e) { setCell(e, "interfaces", 1, 3, "20"); },
          [](const lab::Lab& lab) { return device(lab, "L3SW").interfaces[1].vlan == 20; }}},
        {"dns action",
         {[](QWidget* e) {
              addRow(e, "actions", {"11", "dns", "naver.com", "1", "", "", "", "", "MX"});
          },
          [](const lab::Lab& lab) {
              const lab::Action& a = lab.scenario.back();
              return a.type == lab::ActionType::Dns && a.name == "naver.com" &&
                     a.qtype == dns::kTypeMx && a.from == "PC1";
          }}},
        {"ping and http by name",
         {[](QWidget* e) {
              addRow(e, "actions", {"12", "ping", "www.naver.com", "2"});
              addRow(e, "actions", {"13", "http", "www.naver.com.", "1", "", "", "", "/a"});
          },
          [](const lab::Lab& lab) {
              const lab::Action& ping = lab.scenario[lab.scenario.size() - 2];
              const lab::Action& http = lab.scenario.back();
              return ping.type == lab::ActionType::Ping && ping.name == "www.naver.com" &&
                     ping.count == 2 && http.type == lab::ActionType::HttpGet &&
                     http.name == "www.naver.com" && http.path == "/a" && http.port == 80;
          }}},
        {"ping ttl and df",
         {[](QWidget* e) {
              addRow(e, "actions",
                     {"6", "ping", "10.0.2.20", "1", "", "1400", "", "", "", "3", "true"});
          },
          [](const lab::Lab& lab) {
              const lab::Action& a = lab.scenario.back();
              return a.type == lab::ActionType::Ping && a.ttl == 3 && a.dontFragment &&
                     a.size == 1400;
          }}},
        {"tcp options",
         {[](QWidget* e) {
              addRow(e, "actions",
                     {"6", "tcp", "10.0.2.20", "1", "", "5000", "80", "", "", "", "", "40000",
                      "false", "9.5"});
          },
          [](const lab::Lab& lab) {
              const lab::Action& a = lab.scenario.back();
              return a.type == lab::ActionType::TcpTransfer && a.localPort == 40000 && !a.close &&
                     a.closeAt == 9.5 && a.size == 5000 && a.port == 80;
          }}},
    };
    return all;
}

} // namespace

class TestDeviceEditorSections : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void linkRoundTrip_data();
    void linkRoundTrip();
    void refusedInPlace_data();
    void refusedInPlace();
    void sectionsFollowTheType_data();
    void sectionsFollowTheType();
    void newRowsFollowTheDevice_data();
    void newRowsFollowTheDevice();
};

void TestDeviceEditorSections::roundTrip_data() {
    QTest::addColumn<QString>("labName");
    QTest::addColumn<QString>("deviceName");
    QTest::addColumn<QString>("edit");
    QTest::newRow("dns record") << "dns"
                                << "NaverDNS"
                                << "dns record";
    QTest::newRow("dns MX, CNAME") << "dns"
                                   << "NaverDNS"
                                   << "dns mx and cname";
    QTest::newRow("dns SOA") << "dns"
                             << "NaverDNS"
                             << "dns soa negative ttl";
    QTest::newRow("dns PTR zone") << "dns"
                                  << "NaverDNS"
                                  << "dns new reverse zone";
    QTest::newRow("dns forwarder") << "dns"
                                   << "CacheDNS"
                                   << "dns resolver becomes forwarder";
    QTest::newRow("dns root hint") << "dns"
                                   << "CacheDNS"
                                   << "dns root hint";
    QTest::newRow("dns off") << "dns"
                             << "CacheDNS"
                             << "dns server off";
    QTest::newRow("resolver order, hosts") << "dns"
                                           << "PC1"
                                           << "resolver order and hosts";
    QTest::newRow("resolver servers") << "dns"
                                      << "PC1"
                                      << "resolver servers";
    QTest::newRow("dhcp server") << "dhcp"
                                 << "R1"
                                 << "dhcp server options";
    QTest::newRow("dhcp client") << "two-lans"
                                 << "PC1"
                                 << "dhcp client";
    QTest::newRow("nat") << "napt"
                         << "Home"
                         << "nat static and timeout";
    QTest::newRow("router flags") << "napt"
                                  << "Internet"
                                  << "router forwarding";
    QTest::newRow("applications") << "two-lans"
                                  << "PC2"
                                  << "applications";
    QTest::newRow("svi") << "l3-switch"
                         << "L3SW"
                         << "svi";
    QTest::newRow("port vlan") << "l3-switch"
                               << "L3SW"
                               << "port vlan";
    QTest::newRow("dns action") << "dns"
                                << "PC1"
                                << "dns action";
    QTest::newRow("ping ttl, df") << "two-lans"
                                  << "PC1"
                                  << "ping ttl and df";
    QTest::newRow("tcp options") << "two-lans"
                                 << "PC1"
                                 << "tcp options";
    QTest::newRow("names") << "dns"
                           << "PC2"
                           << "ping and http by name";
}

void TestDeviceEditorSections::roundTrip() {
    QFETCH(QString, labName);
    QFETCH(QString, deviceName);
    QFETCH(QString, edit);
    ui::LabDocument document;
    const lab::Lab before = builtin(labName);
    document.reset(before);
    ui::DeviceEditor editor(&document);
    editor.showDevice(deviceName);
    QVERIFY(editor.isEnabled());
    const Edit& e = edits().at(edit);
    QVERIFY(!e.present(document.lab())); // the test changes something
    e.make(&editor);
    QVERIFY2(!editor.hasProblems(), qPrintable(editor.problem()));
    QVERIFY(editor.apply());
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(e.present(document.lab()));

    // Saved and read back, the lab is the one the editor made.
    const lab::LoadResult reloaded = lab::parseLab(lab::toJson(document.lab()));
    QVERIFY2(reloaded.lab, qPrintable(reloaded.issues.empty() ? QString()
                                                              : reloaded.issues[0].path + ": " +
                                                                    reloaded.issues[0].message));
    QVERIFY(*reloaded.lab == document.lab());
    QVERIFY(e.present(*reloaded.lab));

    document.undoStack()->undo();
    QVERIFY(document.lab() == before);
    QVERIFY(!e.present(document.lab()));
}

void TestDeviceEditorSections::linkRoundTrip_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("bit errors") << "ber"
                                << "0.0001";
    QTest::newRow("queue") << "queue"
                           << "50";
    QTest::newRow("frames to lose") << "lose"
                                    << "3, 7";
}

void TestDeviceEditorSections::linkRoundTrip() {
    QFETCH(QString, field);
    QFETCH(QString, text);
    ui::LabDocument document;
    const lab::Lab before = builtin("two-lans");
    document.reset(before);
    ui::LinkEditor editor(&document);
    editor.showLink(QString::fromStdString(before.links[0].name));
    setLine(&editor, field, text);
    QVERIFY(editor.isDirty());
    QVERIFY(editor.apply());
    const lab::Link& l = document.lab().links[0];
    if (field == "ber")
        QCOMPARE(l.bitErrorRate, 0.0001);
    else if (field == "queue")
        QCOMPARE(l.queueFrames, 50);
    else
        QCOMPARE(l.loseFrames, (std::vector<int>{3, 7}));
    const lab::LoadResult reloaded = lab::parseLab(lab::toJson(document.lab()));
    QVERIFY(reloaded.lab && *reloaded.lab == document.lab());
    document.undoStack()->undo();
    QVERIFY(document.lab() == before);
}

void TestDeviceEditorSections::refusedInPlace_data() {
    QTest::addColumn<QString>("labName");
    QTest::addColumn<QString>("deviceName");
    QTest::addColumn<QString>("table");   // the field or table edited
    QTest::addColumn<QStringList>("row"); // a new row's cells, or {column, text} of row 0
    QTest::addColumn<QString>("expected");
    QTest::newRow("record name") << "dns"
                                 << "NaverDNS"
                                 << "dnsRecords"
                                 << QStringList{"naver.com.", "a..b", "A", "30", "203.0.113.9"}
                                 << "Records, row 5, Name: 'a..b' is not a domain name";
    QTest::newRow("record outside zone")
        << "dns"
        << "NaverDNS"
        << "dnsRecords" << QStringList{"naver.com.", "www.daum.net.", "A", "30", "203.0.113.9"}
        << "Records, row 5, Name: 'www.daum.net.' is outside zone 'naver.com.'";
    QTest::newRow("ttl") << "dns"
                         << "NaverDNS"
                         << "dnsRecords"
                         << QStringList{"naver.com.", "x", "A", "2147483648", "203.0.113.9"}
                         << "Records, row 5, TTL: 2147483648 is out of range 0-2147483647";
    QTest::newRow("A value") << "dns"
                             << "NaverDNS"
                             << "dnsRecords"
                             << QStringList{"naver.com.", "x", "A", "30", "203.0.113"}
                             << "Records, row 5, Value:";
    QTest::newRow("MX value") << "dns"
                              << "NaverDNS"
                              << "dnsRecords" << QStringList{"naver.com.", "@", "MX", "30", "mail"}
                              << "Records, row 5, Value: 'mail' is not \"PREFERENCE NAME\"";
    QTest::newRow("record type") << "dns"
                                 << "NaverDNS"
                                 << "dnsRecords"
                                 << QStringList{"naver.com.", "x", "TXT", "30", "hi"}
                                 << "Records, row 5, Type: one of A, NS, CNAME, PTR, MX";
    QTest::newRow("zone origin") << "dns"
                                 << "NaverDNS"
                                 << "dnsZones" << QStringList{"daum.net"}
                                 << "Zones (with their SOA), row 2, Origin: 'daum.net' must be "
                                    "absolute";
    QTest::newRow("root hint address")
        << "dns"
        << "CacheDNS"
        << "dnsRootHints" << QStringList{"b.root-servers.net.", "203.0.113.256"}
        << "Root hints, row 2, Address: 256 is greater than 255";
    QTest::newRow("hosts file name") << "dns"
                                     << "PC1"
                                     << "resolverHosts" << QStringList{"bad..name", "192.168.10.9"}
                                     << "Hosts file, row 2, Name: 'bad..name' is not a domain "
                                        "name";
    QTest::newRow("nat static address")
        << "napt"
        << "Home"
        << "natStatic" << QStringList{"192.168.1.300", "198.51.100.2"}
        << "Static NAT (one-to-one), row 1, Inside address: 300 is greater than 255";
    QTest::newRow("svi id") << "l3-switch"
                            << "L3SW"
                            << "vlans" << QStringList{"5000", "10.0.30.1/24", ""}
                            << "row 3, VLAN: 5000 is out of range 1-4094";
    QTest::newRow("tcp listener port") << "two-lans"
                                       << "PC2"
                                       << "tcpListen" << QStringList{"0", "65535", "0", "1", ""}
                                       << "TCP listeners, row 1, Port: 0 is out of range 1-65535";
    QTest::newRow("dns action name") << "dns"
                                     << "PC1"
                                     << "actions" << QStringList{"11", "dns", "www..naver.com", "1"}
                                     << "To (address or name): 'www..naver.com' is not a domain "
                                        "name";
    QTest::newRow("dns action type")
        << "dns"
        << "PC1"
        << "actions" << QStringList{"11", "dns", "naver.com", "1", "", "", "", "", "TXT"}
        << "Record type: one of A, NS, CNAME, MX, PTR, SOA";
    QTest::newRow("ping with a port")
        << "two-lans"
        << "PC1"
        << "actions" << QStringList{"5", "ping", "10.0.2.20", "1", "", "", "7"}
        << "Port: ping does not take this; leave it empty";
    QTest::newRow("df on udp") << "two-lans"
                               << "PC1"
                               << "actions" << QStringList{"5", "udp", "10.0.2.20", "1", "",    "",
                                                           "9", "",    "",          "",  "true"}
                               << "Don't fragment: udp does not take this";
    QTest::newRow("ping ttl range")
        << "two-lans"
        << "PC1"
        << "actions" << QStringList{"5", "ping", "10.0.2.20", "1", "", "", "", "", "", "0"}
        << "TTL: 0 is out of range 1-255";
    QTest::newRow("udp by name") << "two-lans"
                                 << "PC1"
                                 << "actions"
                                 << QStringList{"5", "udp", "www.naver.com", "1", "", "", "9"}
                                 << "To (address or name):";
}

void TestDeviceEditorSections::refusedInPlace() {
    QFETCH(QString, labName);
    QFETCH(QString, deviceName);
    QFETCH(QString, table);
    QFETCH(QStringList, row);
    QFETCH(QString, expected);
    ui::LabDocument document;
    const lab::Lab before = builtin(labName);
    document.reset(before);
    ui::DeviceEditor editor(&document);
    editor.showDevice(deviceName);
    const int r = addRow(&editor, table, row);
    QVERIFY(editor.hasProblems());
    QVERIFY2(editor.problem().contains(expected), qPrintable(editor.problem()));
    // Shown in place: under the table, with the row selected.
    auto* error = editor.findChild<QLabel*>(table + "Error");
    QVERIFY(error);
    QVERIFY2(error->text().contains(expected.section(": ", 1)) || error->text().contains(expected),
             qPrintable(error->text()));
    QCOMPARE(ww::test::table(&editor, table)->currentIndex().row(), r);
    QVERIFY(!editor.findChild<QPushButton*>("apply")->isEnabled());
    QVERIFY(!editor.apply());
    QVERIFY(document.lab() == before);
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestDeviceEditorSections::sectionsFollowTheType_data() {
    QTest::addColumn<QString>("labName");
    QTest::addColumn<QString>("deviceName");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("hidden");
    const QStringList all{"dnsSection", "resolverSection", "dhcpSection",
                          "natSection", "servicesSection", "vlanSection"};
    auto others = [&all](const QStringList& shown) {
        QStringList out;
        for (const QString& s : all)
            if (!shown.contains(s))
                out << s;
        return out;
    };
    const QStringList host{"dnsSection", "resolverSection", "dhcpSection", "servicesSection"};
    const QStringList router{"dnsSection", "dhcpSection", "natSection", "servicesSection"};
    QTest::newRow("host") << "two-lans"
                          << "PC1" << host << others(host);
    QTest::newRow("router") << "two-lans"
                            << "R1" << router << others(router);
    QTest::newRow("switch") << "two-lans"
                            << "SW1" << QStringList{} << all;
    QTest::newRow("l3 switch") << "l3-switch"
                               << "L3SW" << QStringList{"vlanSection"} << others({"vlanSection"});
}

void TestDeviceEditorSections::sectionsFollowTheType() {
    QFETCH(QString, labName);
    QFETCH(QString, deviceName);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    ui::LabDocument document;
    document.reset(builtin(labName));
    ui::DeviceEditor editor(&document);
    editor.showDevice(deviceName);
    for (const QString& s : shown)
        QVERIFY2(!editor.findChild<QWidget*>(s)->isHidden(), qPrintable(s));
    for (const QString& s : hidden)
        QVERIFY2(editor.findChild<QWidget*>(s)->isHidden(), qPrintable(s));
}

// "+" under a table adds the row a user would type next: the device's next free
// interface name (an L3 switch port in the last port's VLAN), a ping one second in.
void TestDeviceEditorSections::newRowsFollowTheDevice_data() {
    QTest::addColumn<QString>("labName");
    QTest::addColumn<QString>("deviceName");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("row");
    QTest::newRow("host interface") << "two-lans"
                                    << "PC1"
                                    << "interfaces" << QStringList{"eth1", "", "", ""};
    QTest::newRow("switch port") << "two-lans"
                                 << "SW1"
                                 << "interfaces" << QStringList{"p5", "", "", ""};
    QTest::newRow("l3 switch port") << "l3-switch"
                                    << "L3SW"
                                    << "interfaces" << QStringList{"p5", "", "", "20"};
    QTest::newRow("route") << "two-lans"
                           << "R1"
                           << "routes" << QStringList{"", ""};
    QTest::newRow("action") << "two-lans"
                            << "PC1"
                            << "actions" << QStringList{"1", "ping", "", "1", "", "", "",
                                                        "",  "",     "", "",  "", "", ""};
}

void TestDeviceEditorSections::newRowsFollowTheDevice() {
    QFETCH(QString, labName);
    QFETCH(QString, deviceName);
    QFETCH(QString, table);
    QFETCH(QStringList, row);
    ui::LabDocument document;
    document.reset(builtin(labName));
    ui::DeviceEditor editor(&document);
    editor.showDevice(deviceName);
    const int added = test::addRow(&editor, table, {});
    QAbstractItemModel* model = test::table(&editor, table)->model();
    QStringList cells;
    for (int c = 0; c < model->columnCount(); ++c)
        cells << model->index(added, c).data(Qt::EditRole).toString();
    QCOMPARE(cells, row);
    QVERIFY(editor.isDirty());
}

QTEST_MAIN(TestDeviceEditorSections)
#include "test_device_editor_sections.moc"
