// DNS in the everyday views: a DNS server's canvas icon, the hosts file beside the DNS
// cache, the event list naming what a step resolves, and the encapsulation story of a
// query (message -> UDP datagram -> packet -> frame).
#include "canvas/device_icon.h"
#include "inspector/encapsulation_story.h"
#include "inspector/story_painter.h"
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

// The first DNS query a stub resolver built: the application data that UDP then wrapped
// in a datagram to port 53.
std::size_t firstDnsQuery(const RecordedRun& run) {
    std::size_t built = run.events().size();
    for (std::size_t i = 0; i < run.events().size(); ++i) {
        if (const auto* b = std::get_if<PduBuilt>(&run.events()[i].kind);
            b && b->layer == Layer::Application)
            built = i;
        if (const auto* h = std::get_if<HeaderPushed>(&run.events()[i].kind);
            h && h->protocol == Protocol::Udp && h->pdu.size() >= 8 &&
            readU16(h->pdu.view(), 2) == 53 && built < i)
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
    void hostsFileTable();
    void stepsByName_data();
    void stepsByName();
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

void TestDnsDisplay::queryStory() {
    const RecordedRun& run = test::recordBuiltin("dns");
    const std::size_t query = firstDnsQuery(run);
    QVERIFY(query < run.events().size());
    const inspector::EncapsulationStory story = inspector::buildStory(run, query);
    QVERIFY2(!story.empty(), qPrintable(story.problem));
    QCOMPARE(story.hops.front().deviceName, QStringLiteral("PC1"));
    // At the sender: the DNS message, then UDP, IPv4 and Ethernet wrap it in turn.
    QStringList built;
    for (const inspector::StoryStep& s : story.hops.front().steps)
        if (s.kind == inspector::StepKind::Built || s.kind == inspector::StepKind::Pushed)
            built << QStringLiteral("%1/%2").arg(QLatin1String(toString(s.protocol)),
                                                 QLatin1String(toString(s.name)));
    QCOMPARE(built.join(' '),
             QStringLiteral("dns/message udp/datagram ipv4/packet ethernet/frame"));
    // It reaches the cache DNS server, which opens it up to the message.
    const inspector::StoryHop& last = story.hops.back();
    QCOMPARE(last.deviceName, QStringLiteral("CacheDNS"));
    QCOMPARE(last.role, inspector::HopRole::Receiver);
    if (const QString out = qEnvironmentVariable("DNS_PNG_DIR"); !out.isEmpty()) {
        const inspector::StoryPainter painter(story);
        QImage image(painter.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        painter.paint(p);
        p.end();
        QVERIFY(image.save(out + QStringLiteral("/dns-story.png")));
    }
}

QTEST_MAIN(TestDnsDisplay)
#include "test_dns_display.moc"
