// The DNS walkthrough's drawing, on a walk written by hand (tests/dns_walk_fixture.h):
// rows in step order, recursive and iterative queries in their own colours, the
// correction-14 callout under the first iterative query, steps still to come greyed,
// and the texts found in an SVG export.
#include "dns/dns_walk_painter.h"
#include "dns_walk_fixture.h"
#include "inspector/hex_view.h"
#include "inspector/packet_inspector.h"
#include "inspector/view_export.h"
#include "wire/dns.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/udp.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace ww;
using namespace ww::ui;

namespace {

QImage render(const DnsWalkPainter& painter, std::size_t applied) {
    QImage image(painter.size(), QImage::Format_RGB32);
    QPainter p(&image);
    painter.paint(p, applied);
    return image;
}

// Pixels of (about) colour `c` inside the diagram part of `rect` (left of the text column).
int pixelsOf(const QImage& image, QRect rect, const QColor& c) {
    int n = 0;
    rect = rect.intersected(image.rect());
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor px = image.pixelColor(x, y);
            n += std::abs(px.red() - c.red()) + std::abs(px.green() - c.green()) +
                     std::abs(px.blue() - c.blue()) <
                 24;
        }
    return n;
}

QRect diagramPart(const DnsWalkPainter& painter, int step) {
    QRect r = painter.stepRect(step);
    r.setWidth(static_cast<int>(painter.walk().lanes.size()) * 132);
    return r;
}

} // namespace

class TestDnsWalkPainter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowStepOrder();
    void recursiveAndIterativeDrawnDifferently();
    void calloutUnderFirstIterativeQuery();
    void futureStepsGreyed();
    void clickFindsStep();
    void svgHasTheTexts();
    void hexPaneMarksCompressionPointers();
};

void TestDnsWalkPainter::rowsFollowStepOrder() {
    const DnsWalkPainter painter(test::syntheticWalk(), DnsWalkPainter::printColors());
    const int n = static_cast<int>(painter.walk().steps.size());
    QCOMPARE(n, 13);
    for (int i = 1; i < n; ++i)
        QVERIFY2(painter.stepRect(i).top() > painter.stepRect(i - 1).bottom(),
                 qPrintable(QStringLiteral("row %1 is not below row %2").arg(i).arg(i - 1)));
    QVERIFY(painter.size().height() > painter.stepRect(n - 1).bottom());
    // A step with records and a cached line is taller than a one-line step.
    QVERIFY(painter.stepRect(10).height() > painter.stepRect(9).height());
    QCOMPARE(painter.stepText(3), QStringLiteral("PC1 → DNS1: recursive query: A www.naver.com?"));
    QCOMPARE(painter.stepText(1), QStringLiteral("PC1: stub cache: miss"));
}

void TestDnsWalkPainter::recursiveAndIterativeDrawnDifferently() {
    const auto colors = DnsWalkPainter::printColors();
    const DnsWalkPainter painter(test::syntheticWalk(), colors);
    const QImage image = render(painter, std::numeric_limits<std::size_t>::max());
    // Step 4 (index 3) is the recursive query, step 6 (index 5) the first iterative one.
    QVERIFY(pixelsOf(image, diagramPart(painter, 3), colors.recursive) > 60);
    QCOMPARE(pixelsOf(image, diagramPart(painter, 3), colors.iterative), 0);
    QVERIFY(pixelsOf(image, diagramPart(painter, 5), colors.iterative) > 30);
    QCOMPARE(pixelsOf(image, diagramPart(painter, 5), colors.recursive), 0);
    // The recursive arrow is solid and heavier: more of its colour on the same length.
    const int recursive = pixelsOf(image, diagramPart(painter, 3), colors.recursive);
    const int iterative = pixelsOf(image, diagramPart(painter, 5), colors.iterative);
    QVERIFY2(recursive > iterative,
             qPrintable(QStringLiteral("%1 vs %2").arg(recursive).arg(iterative)));
    // Referrals and answers in their own colours.
    QVERIFY(pixelsOf(image, diagramPart(painter, 6), colors.referral) > 20);
    QVERIFY(pixelsOf(image, diagramPart(painter, 10), colors.answer) > 20);
}

void TestDnsWalkPainter::calloutUnderFirstIterativeQuery() {
    const auto colors = DnsWalkPainter::printColors();
    DnsWalk walk = test::syntheticWalk();
    QCOMPARE(walk.firstIterativeQuery(), 5);
    const DnsWalkPainter painter(walk, colors);
    const QImage image = render(painter, std::numeric_limits<std::size_t>::max());
    // Between rows 6 and 7: the callout's yellow.
    const QRect gap(0, painter.stepRect(5).bottom() + 1, image.width(),
                    painter.stepRect(6).top() - painter.stepRect(5).bottom() - 1);
    QVERIFY(gap.height() > 40);
    QVERIFY(pixelsOf(image, gap, colors.calloutFill) > 1000);
    // A walk answered from a cache has no iterative query and no callout.
    walk.steps.resize(4);
    walk.shortPath = true;
    walk.answeredBy = QStringLiteral("the stub cache on PC1");
    QCOMPARE(walk.firstIterativeQuery(), -1);
    const DnsWalkPainter shortPainter(walk, colors);
    const QImage shortImage = render(shortPainter, std::numeric_limits<std::size_t>::max());
    QCOMPARE(pixelsOf(shortImage, shortImage.rect(), colors.calloutFill), 0);
    QVERIFY(pixelsOf(shortImage, shortImage.rect(), colors.shortFill) > 1000);
}

void TestDnsWalkPainter::futureStepsGreyed() {
    const auto colors = DnsWalkPainter::printColors();
    const DnsWalkPainter painter(test::syntheticWalk(), colors);
    QCOMPARE(painter.walk().stepsHappened(0), 0);
    QCOMPARE(painter.walk().stepsHappened(21), 4);
    QCOMPARE(painter.walk().stepsHappened(1000), 13);
    // At event 21 the recursive query (event 20) has happened, the iterative one (31) not.
    const QImage image = render(painter, 21);
    QVERIFY(pixelsOf(image, diagramPart(painter, 3), colors.recursive) > 60);
    QCOMPARE(pixelsOf(image, diagramPart(painter, 5), colors.iterative), 0);
    QVERIFY(pixelsOf(image, diagramPart(painter, 5), colors.future) > 30);
    // The current step's row is marked.
    QVERIFY(pixelsOf(image, painter.stepRect(3), colors.current) > 1000);
    QCOMPARE(pixelsOf(image, painter.stepRect(2), colors.current), 0);
}

void TestDnsWalkPainter::clickFindsStep() {
    const DnsWalkPainter painter(test::syntheticWalk(), DnsWalkPainter::printColors());
    for (int i = 0; i < 13; ++i)
        QCOMPARE(painter.stepAt(painter.stepRect(i).center()), i);
    QCOMPARE(painter.stepAt(QPoint(2, 2)), -1);
}

void TestDnsWalkPainter::svgHasTheTexts() {
    const DnsWalkPainter painter(test::syntheticWalk(), DnsWalkPainter::printColors());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("walk.svg"));
    QString error;
    QVERIFY2(inspector::exportView(
                 painter.size(), [&](QPainter& p) { painter.paint(p); },
                 inspector::ExportFormat::Svg, path, QStringLiteral("DNS"), &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const char* text : {"DNS1", "ROOT", "iterative query to the TLD", "referral to naver.com.",
                             "www.naver.com. 300 IN A 223.130.200.104", "cache DNS server",
                             "Recursive or iterative?", "recursive query (RD=1)"})
        QVERIFY2(svg.contains(QString::fromUtf8(text)), text);
}

void TestDnsWalkPainter::hexPaneMarksCompressionPointers() {
    // www.naver.com CNAME www.naver.com.nheos.com A ...: three pointers when compressed
    // (the answer's owner, the CNAME's "com", the A record's owner).
    dns::Message m;
    m.header.id = 0x1a2b;
    m.header.qr = m.header.rd = m.header.ra = true;
    m.questions.push_back({"www.naver.com", dns::kTypeA, dns::kClassIn});
    m.answers.push_back({"www.naver.com", dns::kTypeCname, dns::kClassIn, 300,
                         dns::DomainName{"www.naver.com.nheos.com"}});
    m.answers.push_back({"www.naver.com.nheos.com", dns::kTypeA, dns::kClassIn, 60,
                         Ipv4Address::fromOctets(223, 130, 200, 104)});
    const Ipv4Address client{0x0a000164}, server{0x0a000035};
    ipv4::Repr ip;
    ip.protocol = ipv4::kUdp;
    ip.source = server;
    ip.destination = client;
    const Bytes frame = ethernet::emitFrame(
        {MacAddress{{2, 0, 0, 0, 0, 1}}, MacAddress{{2, 0, 0, 0, 0, 2}}, ethernet::kIpv4},
        ipv4::emit(ip, udp::emit(udp::Repr{53, 50000}, dns::emit(m).value(), server, client)));
    inspector::PacketInspector inspector;
    inspector.inspectPdu(frame, Protocol::Ethernet);
    const inspector::HexView* hex = inspector.hexView();
    int marked = 0;
    for (int i = 0; i < static_cast<int>(frame.size()); ++i)
        if (hex->isMarked(i)) {
            ++marked;
            // Each pointer starts with the two high bits set (RFC 1035 §4.1.4).
            if (!hex->isMarked(i - 1))
                QCOMPARE(frame[static_cast<std::size_t>(i)] & 0xc0, 0xc0);
        }
    QCOMPARE(marked, 6);
    // Another message: the marks go with it.
    inspector.inspectPdu(Bytes(frame.begin(), frame.begin() + 14), Protocol::Ethernet);
    QVERIFY(!hex->isMarked(0));
}

QTEST_MAIN(TestDnsWalkPainter)
#include "test_dns_walk_painter.moc"
