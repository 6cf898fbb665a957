// DNS in the everyday views: a server's canvas icon (by what it serves), the hosts file
// beside the DNS cache, the event list naming what a step resolves, and the encapsulation
// story of a query (message -> UDP datagram or TCP segment -> packet -> frame; over TCP
// after its 2-byte length).
#include "canvas/device_icon.h"
#include "inspector/encapsulation_story.h"
#include "inspector/story_painter.h"
#include "inspector/story_text.h"
#include "lab/lab_json.h"
#include "models/device_table_models.h"
#include "models/event_summary.h"
#include "models/playback_clock.h"
#include "recorded_lab.h"
#include "views/device_tables_widget.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTabWidget>
#include <QtTest>

using namespace ww;
using namespace ww::ui;

Q_DECLARE_METATYPE(ww::ui::DeviceIcon)

namespace {

DeviceId deviceNamed(const RecordedRun& run, const QString& name) {
    for (DeviceId d = 0; d < run.devices().size(); ++d)
        if (run.deviceName(d) == name)
            return d;
    return kNoDevice;
}

// The first DNS query built for port 53 over `transport` (Protocol::Udp or Tcp): the
// application data the transport then wrapped (over TCP, the first segment with a payload).
std::size_t firstDnsQuery(const RecordedRun& run, Protocol transport) {
    std::size_t built = run.events().size();
    for (std::size_t i = 0; i < run.events().size(); ++i) {
        if (const auto* b = std::get_if<PduBuilt>(&run.events()[i].kind);
            b && b->layer == Layer::Application)
            built = i;
        if (const auto* h = std::get_if<HeaderPushed>(&run.events()[i].kind);
            h && h->protocol == transport && h->pdu.size() >= 8 &&
            readU16(h->pdu.view(), 2) == 53 && built < i &&
            (transport == Protocol::Udp || built + 1 == i)) // TCP: its payload, just built
            return built;
    }
    return run.events().size();
}

} // namespace

class TestDnsDisplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deviceIcons_data();
    void deviceIcons();
    void serverIconFollowsServices_data();
    void serverIconFollowsServices();
    void serverIconsDiffer();
    void badgeWordsFitAtEverySize_data();
    void badgeWordsFitAtEverySize();
    void hostsFileTable();
    void stepsByName_data();
    void stepsByName();
    void queryStory_data();
    void queryStory();
};

void TestDnsDisplay::deviceIcons_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("device");
    QTest::addColumn<DeviceIcon>("icon");
    QTest::newRow("resolver") << "dns"
                              << "CacheDNS" << DeviceIcon::DnsServer;
    QTest::newRow("root") << "dns"
                          << "Root" << DeviceIcon::DnsServer;
    QTest::newRow("authoritative") << "dns"
                                   << "NaverDNS" << DeviceIcon::DnsServer;
    QTest::newRow("web server") << "dns"
                                << "Web" << DeviceIcon::WebServer;
    QTest::newRow("pc") << "dns"
                        << "PC1" << DeviceIcon::Pc;
    QTest::newRow("forwarding router stays a router") << "dns-forwarding"
                                                      << "R1" << DeviceIcon::Router;
    QTest::newRow("http-get web") << "http-get"
                                  << "Web" << DeviceIcon::WebServer;
    // "server" hosts that serve no HTTP are not drawn as web servers.
    QTest::newRow("server with a UDP port only") << "unreachable"
                                                 << "Server" << DeviceIcon::Server;
    QTest::newRow("server with nothing") << "dhcp"
                                         << "Server" << DeviceIcon::Server;
    QTest::newRow("DHCP on a router stays a router") << "dhcp"
                                                     << "R1" << DeviceIcon::Router;
}

void TestDnsDisplay::deviceIcons() {
    QFETCH(QString, lab);
    QFETCH(QString, device);
    QFETCH(DeviceIcon, icon);
    const auto loaded = lab::loadLab(QStringLiteral("builtin:") + lab);
    QVERIFY(loaded.lab);
    for (const lab::Device& d : loaded.lab->devices)
        if (QString::fromStdString(d.name) == device) {
            QCOMPARE(deviceIconFor(d), icon);
            return;
        }
    QFAIL("no such device");
}

void TestDnsDisplay::serverIconFollowsServices_data() {
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("serves"); // "", "http", "dns", "dhcp" or several, comma-separated
    QTest::addColumn<DeviceIcon>("icon");
    QTest::newRow("server, nothing") << "server"
                                     << "" << DeviceIcon::Server;
    QTest::newRow("server, HTTP") << "server"
                                  << "http" << DeviceIcon::WebServer;
    QTest::newRow("server, DNS") << "server"
                                 << "dns" << DeviceIcon::DnsServer;
    QTest::newRow("server, DHCP") << "server"
                                  << "dhcp" << DeviceIcon::DhcpServer;
    QTest::newRow("pc running DHCP") << "pc"
                                     << "dhcp" << DeviceIcon::DhcpServer;
    QTest::newRow("DNS before HTTP") << "server"
                                     << "http,dns" << DeviceIcon::DnsServer;
    QTest::newRow("HTTP before DHCP") << "server"
                                      << "dhcp,http" << DeviceIcon::WebServer;
    QTest::newRow("web hint, nothing yet") << "web"
                                           << "" << DeviceIcon::WebServer;
    QTest::newRow("dhcp hint, nothing yet") << "dhcp"
                                            << "" << DeviceIcon::DhcpServer;
    QTest::newRow("no role, nothing") << ""
                                      << "" << DeviceIcon::Pc;
}

void TestDnsDisplay::serverIconFollowsServices() {
    QFETCH(QString, role);
    QFETCH(QString, serves);
    QFETCH(DeviceIcon, icon);
    lab::Device d;
    d.type = lab::DeviceType::Host;
    d.role = role.toStdString();
    const QStringList services = serves.split(',', Qt::SkipEmptyParts);
    d.httpServer = services.contains("http");
    if (services.contains("dns"))
        d.dns = lab::DnsServerEntry{};
    if (services.contains("dhcp"))
        d.dhcpServer = lab::DhcpServer{};
    QCOMPARE(deviceIconFor(d), icon);
}

// Each server icon is its own picture (the badge says what it runs).
void TestDnsDisplay::serverIconsDiffer() {
    auto draw = [](DeviceIcon icon) { return deviceIconPixmap(icon, 64).pixmap(64, 64).toImage(); };
    const QImage plain = draw(DeviceIcon::Server);
    for (DeviceIcon other : {DeviceIcon::WebServer, DeviceIcon::DnsServer, DeviceIcon::DhcpServer})
        QVERIFY(draw(other) != plain);
    QVERIFY(draw(DeviceIcon::DhcpServer) != draw(DeviceIcon::DnsServer));
}

void TestDnsDisplay::badgeWordsFitAtEverySize_data() {
    QTest::addColumn<int>("icon");
    QTest::addColumn<int>("size");
    for (int size : {32, 48, 96, 200}) // below 32 px the badge is a few pixels high
        for (DeviceIcon icon :
             {DeviceIcon::WebServer, DeviceIcon::DnsServer, DeviceIcon::DhcpServer})
            QTest::addRow("%d-%d", int(icon), size) << int(icon) << size;
}

// The word on a server's badge is drawn inside the badge at every size, as large as fits
// ("DHCP" is the widest); below 6 px of font it used to spill over the badge's edges.
void TestDnsDisplay::badgeWordsFitAtEverySize() {
    QFETCH(int, icon);
    QFETCH(int, size);
    const QImage image = deviceIconPixmap(DeviceIcon(icon), size)
                             .pixmap(size, size)
                             .toImage()
                             .convertToFormat(QImage::Format_ARGB32);
    // The badge as device_icon.cpp lays it out in the box (1, 1, size - 2, size - 2).
    const QRectF b(1, 1, size - 2, size - 2);
    const QRectF body(b.left() + b.width() * 0.26, b.top() + b.height() * 0.04, b.width() * 0.48,
                      b.height() * 0.9);
    const QRectF tag(body.left() + 2, body.top() + body.height() * 0.52, body.width() - 4,
                     body.height() * 0.26);
    auto whiteish = [&](int x, int y) {
        const QColor c = image.pixelColor(x, y);
        return c.alpha() > 200 && c.red() > 150 && c.green() > 150 && c.blue() > 190;
    };
    int inside = 0, left = tag.right(), right = tag.left();
    for (int y = int(tag.top()) + 1; y < int(tag.bottom()); ++y)
        for (int x = int(tag.left()) + 1; x < int(tag.right()); ++x)
            if (whiteish(x, y)) {
                ++inside;
                left = std::min(left, x);
                right = std::max(right, x);
            }
    QVERIFY2(inside >= 3, qPrintable(QString::number(inside))); // the word is there
    // Within the badge, not touching its ends, and filling a good part of its width.
    QVERIFY2(left > tag.left() + 1 && right < tag.right() - 1,
             qPrintable(QStringLiteral("%1..%2 in %3..%4")
                            .arg(left)
                            .arg(right)
                            .arg(tag.left())
                            .arg(tag.right())));
    QVERIFY2(right - left >= tag.width() * 0.4, qPrintable(QString::number(right - left)));
}

void TestDnsDisplay::hostsFileTable() {
    PlaybackClock clock;
    clock.setRun(std::make_shared<const RecordedRun>(test::recordBuiltin("dns")));
    DeviceTablesWidget tables(&clock);
    const RecordedRun& run = *clock.run();
    QTabWidget* tabs = tables.tabs();
    int hostsTab = -1;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == QLatin1String("Hosts file"))
            hostsTab = i;
    QVERIFY(hostsTab >= 0);
    // Next to the DNS cache.
    QCOMPARE(tabs->tabText(hostsTab - 1), QStringLiteral("DNS cache"));

    tables.setDevice(deviceNamed(run, "PC1"));
    QVERIFY(tabs->isTabVisible(hostsTab));
    QCOMPARE(tabs->tabToolTip(hostsTab), QStringLiteral("Looked in before asking a DNS server"));
    const DeviceTableModel* model = tables.model(hostsTab);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("blog.naver.com"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("192.168.10.99"));
    tables.setDevice(deviceNamed(run, "PC2")); // no hosts file written: empty
    QVERIFY(tabs->isTabVisible(hostsTab));
    QCOMPARE(model->rowCount(), 0);
    tables.setDevice(deviceNamed(run, "SW1"));
    QVERIFY(!tabs->isTabVisible(hostsTab));
    tables.setDevice(deviceNamed(run, "R1"));
    QVERIFY(!tabs->isTabVisible(hostsTab));

    if (const QString out = qEnvironmentVariable("DNS_PNG_DIR"); !out.isEmpty()) {
        tables.setDevice(deviceNamed(run, "PC1"));
        tabs->setCurrentIndex(hostsTab);
        tables.resize(640, 260);
        tables.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tables));
        QVERIFY(tables.grab().save(out + QStringLiteral("/hosts-table.png")));
        QImage icons(4 * 90, 90, QImage::Format_ARGB32);
        icons.fill(Qt::white);
        QPainter p(&icons);
        int x = 0;
        for (DeviceIcon i :
             {DeviceIcon::DnsServer, DeviceIcon::WebServer, DeviceIcon::Pc, DeviceIcon::Router})
            paintDeviceIcon(&p, QRectF(x++ * 90 + 5, 5, 80, 80), i);
        p.end();
        QVERIFY(icons.save(out + QStringLiteral("/icons.png")));
    }
}

void TestDnsDisplay::stepsByName_data() {
    QTest::addColumn<QString>("type");     // lab action
    QTest::addColumn<QString>("named");    // the step while the name is resolved
    QTest::addColumn<QString>("resolved"); // the step once it is ("" when none follows)
    QTest::newRow("ping") << "ping"
                          << "PC2: ping www.naver.com (#1)"
                          << "PC2: ping 203.0.113.80 (#1)";
    QTest::newRow("http") << "http"
                          << "PC2: HTTP GET from www.naver.com (#1)"
                          << "PC2: HTTP GET from 203.0.113.80 (#1)";
    QTest::newRow("dns") << "dns"
                         << "PC2: DNS lookup of www.naver.com via 203.0.113.53 (#1)"
                         << "";
}

void TestDnsDisplay::stepsByName() {
    QFETCH(QString, type);
    QFETCH(QString, named);
    QFETCH(QString, resolved);
    auto loaded = lab::loadLab(QStringLiteral("builtin:dns"));
    QVERIFY(loaded.lab);
    lab::Lab lab = *loaded.lab;
    // One action by name, alone, so the steps are its own.
    lab::Action a;
    a.at = 1;
    a.type = type == QLatin1String("ping")   ? lab::ActionType::Ping
             : type == QLatin1String("http") ? lab::ActionType::HttpGet
                                             : lab::ActionType::Dns;
    a.from = "PC2";
    a.name = "www.naver.com";
    lab.scenario = {a};
    const RecordedRun run = RecordedRun::record(lab, 1);
    EventDescriber describer(run);
    QStringList steps;
    for (const Event& e : run.events()) {
        const EventRow row = describer.describe(e);
        if (std::holds_alternative<ScenarioStep>(e.kind))
            steps << row.summary;
        QVERIFY2(!row.summary.contains(QLatin1String("0.0.0.0")), qPrintable(row.summary));
    }
    QStringList want{named};
    if (!resolved.isEmpty())
        want << resolved;
    QCOMPARE(steps, want);
}

void TestDnsDisplay::queryStory_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("receiver");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<int>("prefix"); // bytes before the message: its length, over TCP
    QTest::newRow("over UDP") << "dns" << int(Protocol::Udp) << "PC1"
                              << "CacheDNS"
                              << "dns/message udp/datagram ipv4/packet ethernet/frame" << 0;
    // TC=1 over UDP, then CacheDNS asks naver.com.'s server again over TCP (RFC
    // 7766).
    QTest::newRow("over TCP") << "dns-tcp-fallback" << int(Protocol::Tcp) << "CacheDNS"
                              << "NaverDNS"
                              << "dns/message tcp/segment ipv4/packet ethernet/frame" << 2;
}

void TestDnsDisplay::queryStory() {
    QFETCH(QString, lab);
    QFETCH(int, transport);
    QFETCH(QString, sender);
    QFETCH(QString, receiver);
    QFETCH(QString, chain);
    QFETCH(int, prefix);
    const RecordedRun& run = test::recordBuiltin(lab.toUtf8().constData());
    const std::size_t query = firstDnsQuery(run, static_cast<Protocol>(transport));
    QVERIFY(query < run.events().size());
    const inspector::EncapsulationStory story = inspector::buildStory(run, query);
    QVERIFY2(!story.empty(), qPrintable(story.problem));
    QCOMPARE(story.hops.front().deviceName, sender);
    // At the sender: the DNS message, then UDP or TCP, IPv4 and Ethernet wrap it
    // in turn.
    QStringList built;
    for (const inspector::StoryStep& s : story.hops.front().steps)
        if (s.kind == inspector::StepKind::Built || s.kind == inspector::StepKind::Pushed)
            built << QStringLiteral("%1/%2").arg(QLatin1String(toString(s.protocol)),
                                                 QLatin1String(toString(s.name)));
    QCOMPARE(built.join(' '), chain);
    // Over TCP the message follows its 2-byte length (RFC 1035 §4.2.2): the step
    // counts it apart, and the message is the length the prefix says.
    const inspector::StoryStep& message = story.hops.front().steps.front();
    QCOMPARE(message.kind, inspector::StepKind::Built);
    QCOMPARE(message.headerLen, prefix);
    if (prefix > 0)
        QCOMPARE(message.payloadLen(), int(readU16(message.pdu.view(), 0)));
    const QString sentence = inspector::stepSentence(story.hops.front(), message);
    QVERIFY2(
        sentence.startsWith(
            sender + QStringLiteral(": DNS message created, %1 bytes").arg(message.payloadLen())),
        qPrintable(sentence));
    QCOMPARE(sentence.contains(
                 QStringLiteral("2-byte length goes first: %1 bytes").arg(message.totalLen())),
             prefix > 0);
    // It reaches the cache DNS server, which opens it up to the message.
    const inspector::StoryHop& last = story.hops.back();
    QCOMPARE(last.deviceName, receiver);
    QCOMPARE(last.role, inspector::HopRole::Receiver);
    if (const QString out = qEnvironmentVariable("DNS_PNG_DIR"); !out.isEmpty()) {
        const inspector::StoryPainter painter(story);
        QImage image(painter.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        painter.paint(p);
        p.end();
        QVERIFY(image.save(out + QStringLiteral("/%1-story.png").arg(lab)));
    }
}

QTEST_MAIN(TestDnsDisplay)
#include "test_dns_display.moc"
