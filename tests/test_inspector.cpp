// The packet inspector and the encapsulation story: which layers a PDU goes
// through on every device, the byte ranges of every header field, the linked
// panes, and the exported views.
#include "inspector/dissection_model.h"
#include "inspector/encapsulation_story.h"
#include "inspector/header_diagram.h"
#include "inspector/header_diagram_view.h"
#include "inspector/hex_view.h"
#include "inspector/layer_view.h"
#include "inspector/packet_inspector.h"
#include "inspector/pdu_dissection.h"
#include "inspector/story_painter.h"
#include "inspector/view_export.h"
#include "lab/lab_json.h"
#include "recorded_lab.h"
#include "wire/ipv4.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QtTest>
#include <map>

using namespace ww;
using namespace ww::inspector;

namespace {

const RecordedRun& record(const QString& labName) {
    return test::recordBuiltin(labName);
}

// The nth (from 0) PduBuilt or HeaderPushed of `protocol` ("http", "udp", "icmp", "arp").
std::size_t firstPdu(const RecordedRun& run, const QString& protocol, int nth = 0) {
    for (std::size_t i = 0; i < run.events().size(); ++i) {
        const auto* b = std::get_if<PduBuilt>(&run.events()[i].kind);
        const auto* p = std::get_if<HeaderPushed>(&run.events()[i].kind);
        if (((b && protocol == toString(b->protocol)) ||
             (p && protocol == toString(p->protocol))) &&
            nth-- == 0)
            return i;
    }
    return run.events().size();
}

// The first frame on a wire whose dissection has a layer `layerKey`.
Bytes firstFrameWith(const RecordedRun& run, const QString& layerKey) {
    for (const Event& e : run.events())
        if (const auto* tx = std::get_if<FrameTxStart>(&e.kind)) {
            const Dissection d = dissect(tx->frame.view());
            for (const auto& l : d.layers)
                if (l.key == layerKey)
                    return tx->frame.copy();
        }
    return {};
}

// "protocol/name" of the steps of `kinds` at one hop, in order.
QString sequence(const StoryHop& hop, std::initializer_list<StepKind> kinds) {
    QStringList parts;
    for (const StoryStep& s : hop.steps)
        if (std::find(kinds.begin(), kinds.end(), s.kind) != kinds.end())
            parts << QStringLiteral("%1/%2").arg(toString(s.protocol), toString(s.name));
    return parts.join(' ');
}

const StoryHop* hopWithRole(const EncapsulationStory& story, HopRole role) {
    for (const auto& h : story.hops)
        if (h.role == role)
            return &h;
    return nullptr;
}

const DissectionNode* findNode(const Dissection& d, const QString& layer, const QString& key) {
    for (const auto& l : d.layers)
        if (l.key == layer)
            for (const auto& f : l.children)
                if (f.key == key)
                    return &f;
    return nullptr;
}

} // namespace

class TestInspector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layerSequence_data();
    void layerSequence();
    void routerHop();
    void switchOpensEthernetOnly();
    void fieldBytes_data();
    void fieldBytes();
    void everyFieldInsideTheBytes();
    void truncatedInput();
    void inspectorLinksTreeAndBytes();
    void layerViewSteps();
    void exportSvg();
    void exportPngAndPdf();
    void screenshots();
};

void TestInspector::layerSequence_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("protocol"); // of the event chosen
    QTest::addColumn<int>("nth");          // which of those events
    QTest::addColumn<QString>("sent");     // the sender's built/pushed steps
    QTest::addColumn<QString>("opened");   // the receiver's popped steps
    QTest::newRow("http-over-tcp")
        << "http-get"
        << "http" << 1 // the response: it has a body
        << "data/message http/message tcp/segment ipv4/packet ethernet/frame"
        << "ethernet/frame ipv4/packet tcp/segment http/message";
    QTest::newRow("udp-datagram") << "cast-types"
                                  << "udp" << 0
                                  << "data/message udp/datagram ipv4/packet ethernet/frame"
                                  << "ethernet/frame ipv4/packet udp/datagram";
    QTest::newRow("icmp") << "two-lans"
                          << "icmp" << 0 << "icmp/message ipv4/packet ethernet/frame"
                          << "ethernet/frame ipv4/packet";
    // ARP sits right on Ethernet: no IP layer anywhere.
    QTest::newRow("arp") << "two-lans"
                         << "arp" << 0 << "arp/packet ethernet/frame"
                         << "ethernet/frame";
}

void TestInspector::layerSequence() {
    QFETCH(QString, lab);
    QFETCH(QString, protocol);
    QFETCH(int, nth);
    QFETCH(QString, sent);
    QFETCH(QString, opened);
    const RecordedRun& run = record(lab);
    const std::size_t event = firstPdu(run, protocol, nth);
    QVERIFY(event < run.events().size());
    const EncapsulationStory story = buildStory(run, event);
    QVERIFY2(story.problem.isEmpty(), qPrintable(story.problem));
    QCOMPARE(story.hops.front().role, HopRole::Sender);
    QCOMPARE(sequence(story.hops.front(), {StepKind::Built, StepKind::Pushed}), sent);
    const StoryHop* receiver = hopWithRole(story, HopRole::Receiver);
    QVERIFY(receiver);
    QCOMPARE(sequence(*receiver, {StepKind::Popped}), opened);
    // The receiver checked the destination MAC and the FCS before opening anything.
    QCOMPARE(receiver->steps.at(0).kind, StepKind::Checked);
    QCOMPARE(receiver->steps.at(0).check, Check::DestinationMac);
    QVERIFY(receiver->steps.at(0).passed);
    // Sizes add up at every encapsulation step: header + payload (+ trailer) = total.
    for (const StoryStep& s : story.hops.front().steps)
        if (s.kind == StepKind::Pushed)
            QVERIFY(s.payloadLen() > 0 || s.protocol == Protocol::Tcp);
    if (protocol == "arp")
        for (const auto& h : story.hops)
            for (const auto& s : h.steps)
                QVERIFY(s.protocol != Protocol::Ipv4);
}

void TestInspector::routerHop() {
    const RecordedRun& run = record("two-lans");
    const EncapsulationStory story = buildStory(run, firstPdu(run, "icmp"));
    const StoryHop* router = hopWithRole(story, HopRole::Router);
    QVERIFY(router);
    QCOMPARE(router->deviceName, QStringLiteral("R1"));
    const StoryStep* forward = nullptr;
    const StoryStep* rebuilt = nullptr;
    for (const auto& s : router->steps) {
        if (s.kind == StepKind::RouterForward)
            forward = &s;
        if (s.kind == StepKind::FrameRebuilt)
            rebuilt = &s;
        QVERIFY2(s.layer != Layer::Transport && s.layer != Layer::Application,
                 "a router opens Ethernet and IP only");
    }
    QVERIFY(forward && rebuilt);
    QCOMPARE(forward->ttlAfter, forward->ttlBefore - 1);
    QVERIFY(forward->checksumAfter != forward->checksumBefore);
    // Before and after, field by field: exactly the MACs, FCS, TTL and checksum change.
    const Dissection before = dissect(rebuilt->frameBefore.view());
    const Dissection after = dissect(rebuilt->pdu.view());
    QStringList changed;
    for (std::size_t l = 0; l < 2; ++l)
        for (std::size_t f = 0; f < before.layers[l].children.size(); ++f)
            if (before.layers[l].children[f].value != after.layers[l].children[f].value)
                changed << before.layers[l].children[f].key;
    changed.sort();
    QCOMPARE(changed, QStringList({"destination", "fcs", "header_checksum", "source", "ttl"}));
    const DissectionNode* ttl = findNode(after, "ipv4", "ttl");
    QVERIFY(ttl);
    QCOMPARE(ttl->value, QString::number(forward->ttlAfter));
}

void TestInspector::switchOpensEthernetOnly() {
    const RecordedRun& run = record("two-lans");
    const EncapsulationStory story = buildStory(run, firstPdu(run, "icmp"));
    const StoryHop* sw = hopWithRole(story, HopRole::Switch);
    QVERIFY(sw);
    bool forwarded = false;
    for (const auto& s : sw->steps) {
        QCOMPARE(s.layer, Layer::NetworkInterface);
        forwarded |= s.kind == StepKind::SwitchForward;
    }
    QVERIFY(forwarded);
}

void TestInspector::fieldBytes_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("field");
    QTest::addColumn<qulonglong>("expected");
    QTest::addColumn<int>("byteOffset"); // within the frame
    QTest::newRow("ethernet ethertype") << "two-lans"
                                        << "ethernet"
                                        << "ethertype" << 0x0806ull << 12;
    QTest::newRow("arp opcode") << "two-lans"
                                << "arp"
                                << "oper" << 1ull << 14 + 6;
    QTest::newRow("arp target ip") << "two-lans"
                                   << "arp"
                                   << "tpa" << 0x0a000101ull << 14 + 24;
    QTest::newRow("ipv4 ttl") << "two-lans"
                              << "ipv4"
                              << "ttl" << 64ull << 14 + 8;
    QTest::newRow("ipv4 protocol") << "two-lans"
                                   << "ipv4"
                                   << "protocol" << 1ull << 14 + 9;
    QTest::newRow("ipv4 ihl") << "two-lans"
                              << "ipv4"
                              << "ihl" << 5ull << 14;
    QTest::newRow("icmp type") << "two-lans"
                               << "icmp"
                               << "type" << 8ull << 34;
    QTest::newRow("udp destination port") << "cast-types"
                                          << "udp"
                                          << "destination_port" << 5000ull << 34 + 2;
    QTest::newRow("tcp destination port") << "http-get"
                                          << "tcp"
                                          << "destination_port" << 80ull << 34 + 2;
    QTest::newRow("tcp syn") << "http-get"
                             << "tcp"
                             << "syn" << 1ull << 34 + 13;
}

void TestInspector::fieldBytes() {
    QFETCH(QString, lab);
    QFETCH(QString, layer);
    QFETCH(QString, field);
    QFETCH(qulonglong, expected);
    QFETCH(int, byteOffset);
    const Bytes frame = firstFrameWith(record(lab), layer);
    QVERIFY(!frame.empty());
    const Dissection d = dissect(frame);
    const DissectionNode* n = findNode(d, layer, field);
    QVERIFY(n);
    QCOMPARE(n->byteOffset, byteOffset);
    QCOMPARE(n->bitOffset / 8, n->byteOffset);
    QCOMPARE(static_cast<qulonglong>(readBits(frame, n->bitOffset, n->bitWidth)), expected);
    // The bytes the inspector highlights hold exactly the field's bits.
    QVERIFY(n->byteOffset + n->byteLength <= static_cast<int>(frame.size()));
    QVERIFY((n->bitOffset % 8 + n->bitWidth + 7) / 8 == n->byteLength);
}

void TestInspector::everyFieldInsideTheBytes() {
    // Every field of every header type, in real frames: inside its layer and the frame,
    // and each header's table yields a row per field present.
    int headersSeen = 0;
    for (const auto& [lab, layer] :
         std::vector<std::pair<QString, QString>>{{"two-lans", "arp"},
                                                  {"two-lans", "icmp"},
                                                  {"cast-types", "udp"},
                                                  {"http-get", "tcp"},
                                                  {"http-get", "http"}}) {
        const Bytes frame = firstFrameWith(record(lab), layer);
        QVERIFY(!frame.empty());
        const Dissection d = dissect(frame);
        QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
        for (const auto& l : d.layers) {
            QVERIFY(l.byteOffset + l.byteLength <= static_cast<int>(frame.size()));
            for (const auto& f : l.children) {
                QVERIFY2(f.byteOffset >= 0 && f.byteOffset + f.byteLength <= int(frame.size()),
                         qPrintable(l.key + '.' + f.key));
                QVERIFY(!f.label.isEmpty());
            }
        }
        for (const auto& h : d.headers) {
            ++headersSeen;
            HeaderDiagramPainter diagram(h, frame);
            QVERIFY(diagram.fieldCount() >= 3);
            QVERIFY(!diagram.size().isEmpty());
        }
    }
    QVERIFY(headersSeen >= 8);
    // TCP options are listed one by one (the SYN carries MSS).
    const Dissection syn = dissect(firstFrameWith(record("http-get"), "tcp"));
    const DissectionNode* options = findNode(syn, "tcp", "options");
    QVERIFY(options && !options->children.empty());
    QCOMPARE(options->children.front().label, QStringLiteral("Maximum segment size"));
}

void TestInspector::truncatedInput() {
    const Bytes frame = firstFrameWith(record("http-get"), "tcp");
    for (std::size_t cut : {0, 5, 14, 20, 34, 40, 54}) {
        const Dissection d = dissect(ByteView(frame).first(std::min(cut, frame.size())));
        if (cut > 0 && cut < 54)
            QVERIFY2(!d.problem.isEmpty() || !d.layers.empty(), qPrintable(QString::number(cut)));
    }
    Bytes garbage(80, 0xff);
    garbage[12] = 0x08; // claims IPv4, then nonsense
    garbage[13] = 0x00;
    const Dissection d = dissect(garbage);
    QVERIFY(!d.problem.isEmpty());
    QVERIFY(nodePathAt(d, 79).size() >= 1);
}

void TestInspector::inspectorLinksTreeAndBytes() {
    const RecordedRun& run = record("two-lans");
    PacketInspector inspector;
    inspector.resize(1200, 900);
    inspector.show();
    std::size_t frameEvent = 0;
    for (std::size_t i = 0; i < run.events().size(); ++i)
        if (const auto* tx = std::get_if<FrameTxStart>(&run.events()[i].kind);
            tx && findNode(dissect(tx->frame.view()), "ipv4", "ttl")) {
            frameEvent = i;
            break;
        }
    QVERIFY(inspector.inspectEvent(run, frameEvent));
    QSignalSpy spy(&inspector, &PacketInspector::fieldSelected);
    // Field -> bytes.
    QVERIFY(inspector.selectField("ipv4", "ttl"));
    QCOMPARE(inspector.highlightedBytes(), std::make_pair(14 + 8, 1));
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("ttl"));
    // Bytes -> field: click the first byte of the destination IP.
    QTest::mouseClick(inspector.hexView(), Qt::LeftButton, {},
                      inspector.hexView()->byteCenter(14 + 16));
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("destination"));
    QCOMPARE(inspector.highlightedBytes(), std::make_pair(14 + 16, 4));
    // The header diagram follows the layer.
    QVERIFY(inspector.diagram()->painter());
    QVERIFY(inspector.diagram()->painter()->fieldIndex("ttl") >= 0);
    QVERIFY(!inspector.inspectEvent(run, 0)); // a scenario step: no PDU
}

void TestInspector::layerViewSteps() {
    const RecordedRun& run = record("http-get");
    LayerView view;
    QVERIFY(view.showStory(run, firstPdu(run, "http")));
    QVERIFY(view.stepCount() > 10);
    QSignalSpy spy(&view, &LayerView::stepChanged);
    view.next();
    QCOMPARE(view.step(), 0);
    view.next();
    QCOMPARE(view.step(), 1);
    view.previous();
    QCOMPARE(view.step(), 0);
    QCOMPARE(spy.size(), 3);
    QVERIFY(spy.last().at(1).toLongLong() >= 0);
    view.showWhole();
    QCOMPARE(view.step(), -1);
    QVERIFY(!view.showStory(run, 0));
}

void TestInspector::exportSvg() {
    const RecordedRun& run = record("http-get");
    const StoryPainter painter(buildStory(run, firstPdu(run, "http", 1)));
    QTemporaryDir dir;
    const QString path = dir.filePath("story.svg");
    QString error;
    QVERIFY2(exportView(
                 painter.size(), [&](QPainter& p) { painter.paint(p); }, ExportFormat::Svg, path,
                 "story", &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const char* label : {"Application layer", "Transport layer", "Internet layer",
                              "Network interface layer", "HTTP message", "TCP segment", "IP packet",
                              "Ethernet frame", "encapsulation", "decapsulation"})
        QVERIFY2(text.contains(QLatin1String(label)), label);
}

void TestInspector::exportPngAndPdf() {
    const RecordedRun& run = record("two-lans");
    const Bytes frame = firstFrameWith(run, "ipv4");
    const Dissection d = dissect(frame);
    const HeaderDiagramPainter diagram(d.headers.at(1), frame);
    QCOMPARE(diagram.title(), QStringLiteral("IPv4 header (RFC 791)"));
    QTemporaryDir dir;
    const std::pair<ExportFormat, QByteArray> cases[] = {{ExportFormat::Png, "\x89PNG"},
                                                         {ExportFormat::Pdf, "%PDF"}};
    for (const auto& [format, magic] : cases) {
        const QString path = dir.filePath(QString::fromLatin1(magic.right(3)));
        QString error;
        QVERIFY2(exportView(
                     diagram.size(), [&](QPainter& p) { diagram.paint(p); }, format, path,
                     diagram.title(), &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 1000);
        QVERIFY(bytes.startsWith(magic));
    }
    QString error;
    QVERIFY(!exportView(
        diagram.size(), [&](QPainter& p) { diagram.paint(p); }, ExportFormat::Png,
        dir.filePath("no/such/dir/x.png"), "x", &error));
    QVERIFY(error.contains("no/such/dir"));
}

// Not a check: renders what a class would see, for a person to look at.
// WIREWALK_SCREENSHOT_DIR=dir [WIREWALK_LANG=ko] [WIREWALK_EXTRA_QM=file.qm] test_inspector
// screenshots
void TestInspector::screenshots() {
    const QString dir = qEnvironmentVariable("WIREWALK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set WIREWALK_SCREENSHOT_DIR to render screenshots");
    const QString lang = qEnvironmentVariable("WIREWALK_LANG", "en");
    QTranslator ours, extra;
    if (ours.load(QLocale(lang), "wirewalk", "_", ":/i18n"))
        QCoreApplication::installTranslator(&ours);
    if (lang != "en" && extra.load(qEnvironmentVariable("WIREWALK_EXTRA_QM")))
        QCoreApplication::installTranslator(&extra);
    const RecordedRun& http = record("http-get");
    const RecordedRun& lans = record("two-lans");
    const StoryPainter story(buildStory(http, firstPdu(http, "http", 1)));
    QString error;
    QVERIFY(exportView(
        story.size(), [&](QPainter& p) { story.paint(p); }, ExportFormat::Png,
        dir + "/story-http-" + lang + ".png", "story", &error));
    QVERIFY(exportView(
        story.size(), [&](QPainter& p) { story.paint(p, 6); }, ExportFormat::Png,
        dir + "/story-http-step7-" + lang + ".png", "story", &error));
    const Bytes frame = firstFrameWith(http, "tcp");
    const Dissection d = dissect(frame);
    for (const auto& h : d.headers) {
        const HeaderDiagramPainter diagram(h, frame);
        QVERIFY(exportView(
            diagram.size(), [&](QPainter& p) { diagram.paint(p, 3); }, ExportFormat::Png,
            dir + "/header-" + toString(h.protocol) + "-" + lang + ".png", "h", &error));
    }
    PacketInspector inspector;
    inspector.resize(1500, 1000);
    inspector.show();
    std::size_t frameEvent = 0;
    while (!std::holds_alternative<FrameTxStart>(lans.events()[frameEvent].kind) ||
           !findNode(dissect(pduOf(lans, frameEvent)->pdu.copy()), "icmp", "type"))
        ++frameEvent;
    QVERIFY(inspector.inspectEvent(lans, frameEvent));
    inspector.selectField("ipv4", "ttl");
    QVERIFY(inspector.grab().save(dir + "/inspector-" + lang + ".png"));
    LayerView layers;
    layers.resize(1600, 900);
    layers.show();
    layers.showStory(lans, firstPdu(lans, "icmp"));
    layers.setStep(12);
    QVERIFY(layers.grab().save(dir + "/layerview-" + lang + ".png"));
}

QTEST_MAIN(TestInspector)
#include "test_inspector.moc"
