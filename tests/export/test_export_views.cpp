// Views drawn headless (ui/export/): the topology of the built-in labs and the
// encapsulation story, into SVG, PNG and PDF, each read back: the SVG parses and
// names every device, the PDF has one page, the PNG has the asked size; the
// topology is fitted to what it draws; --until puts that moment's frames on it;
// Korean names survive in all three formats.
#include "export/batch_export.h"
#include "export/encapsulation_picture.h"
#include "export/topology_picture.h"
#include "export/view_catalog.h"
#include "export_files.h"
#include "lab/lab_json.h"
#include "models/frame_summary.h"
#include "recorded_lab.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace ww;
using namespace ww::exporting;

namespace {

// Rows and columns from each edge to the first pixel that is not white.
struct Blank {
    int left = -1, top = -1, right = -1, bottom = -1;
};
Blank blankEdges(const QImage& image) {
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    int minX = img.width(), minY = img.height(), maxX = -1, maxY = -1;
    for (int y = 0; y < img.height(); ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            if (qRed(row[x]) < 240 || qGreen(row[x]) < 240 || qBlue(row[x]) < 240) {
                minX = std::min(minX, x);
                maxX = std::max(maxX, x);
                minY = std::min(minY, y);
                maxY = std::max(maxY, y);
            }
    }
    if (maxX < 0)
        return {};
    return {minX, minY, img.width() - 1 - maxX, img.height() - 1 - maxY};
}

// Two hosts named in Hangul, one ping: names drawn by the canvas in any language.
const char* kKoreanLab = R"({"format":"wirewalk-lab","version":1,"name":"한글","duration":1,
 "devices":[
  {"name":"서버","type":"host","position":[0,0],"interfaces":[{"name":"eth0","address":"10.0.0.1/24"}]},
  {"name":"클라이언트","type":"host","position":[300,0],"interfaces":[{"name":"eth0","address":"10.0.0.2/24"}]}],
 "links":[{"name":"선","a":"서버:eth0","b":"클라이언트:eth0"}],
 "scenario":[{"at":0.1,"action":"ping","from":"클라이언트","to":"10.0.0.1"}]})";

} // namespace

class TestExportViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void topologyInEveryFormat_data();
    void topologyInEveryFormat();
    void pngAtScale_data();
    void pngAtScale();
    void pngBelowOneIsScaledNotCropped_data();
    void pngBelowOneIsScaledNotCropped();
    void pngTooLargeIsRefused();
    void topologyFitsItsContent();
    void untilDrawsTheFramesOfThatMoment();
    void untilOutsideTheRunIsRefused();
    void koreanIntactInEveryFormat();
    void encapsulationDefaultsAndErrors();
    void encapsulationOfEveryPduSent_data();
    void encapsulationOfEveryPduSent();
};

void TestExportViews::topologyInEveryFormat_data() {
    QTest::addColumn<QString>("lab");
    QTest::newRow("http-get") << "http-get";
    QTest::newRow("napt") << "napt";
    QTest::newRow("two-lans") << "two-lans";
    QTest::newRow("dhcp") << "dhcp";
}

void TestExportViews::topologyInEveryFormat() {
    QFETCH(QString, lab);
    const ui::RecordedRun& run = test::recordBuiltin(lab);
    QString problem;
    const auto picture = topologyPicture(run, {}, &problem);
    QVERIFY2(picture, qPrintable(problem));
    QVERIFY(picture->title.contains(QString::fromStdString(run.lab().name)));
    QTemporaryDir dir;
    QString error;
    const QString svg = dir.filePath("t.svg"), pdf = dir.filePath("t.pdf"),
                  png = dir.filePath("t.png");
    QVERIFY2(writePicture(*picture, ExportFormat::Svg, svg, 2, &error), qPrintable(error));
    QVERIFY2(writePicture(*picture, ExportFormat::Pdf, pdf, 2, &error), qPrintable(error));
    QVERIFY2(writePicture(*picture, ExportFormat::Png, png, 2, &error), qPrintable(error));

    const QStringList texts = test::svgTexts(svg);
    QVERIFY2(!texts.value(0).startsWith("<"), qPrintable(texts.value(0)));
    for (const lab::Device& d : run.lab().devices)
        QVERIFY2(texts.contains(QString::fromStdString(d.name)),
                 qPrintable(QString::fromStdString(d.name) + " not in: " + texts.join(" | ")));
    for (const lab::Link& l : run.lab().links) // every cable's interface labels
        QVERIFY2(texts.contains(QString::fromStdString(l.a.interface)),
                 qPrintable(texts.join("|")));

    const QByteArray pdfBytes = test::fileBytes(pdf);
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QCOMPARE(test::pdfPageCount(pdfBytes), 1);
    QCOMPARE(QImage(png).size(), picture->size * 2);
}

void TestExportViews::pngAtScale_data() {
    QTest::addColumn<double>("scale");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("2x") << 2.0;
    QTest::newRow("3.5x") << 3.5;
    QTest::newRow("0.5x") << 0.5;
}

void TestExportViews::pngAtScale() {
    QFETCH(double, scale);
    const auto picture = topologyPicture(test::recordBuiltin("two-lans"), {}, nullptr);
    QVERIFY(picture);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(writePicture(*picture, ExportFormat::Png, dir.filePath("s.png"), scale, &error),
             qPrintable(error));
    const QImage image(dir.filePath("s.png"));
    const QSize want(int(std::ceil(picture->size.width() * scale)),
                     int(std::ceil(picture->size.height() * scale)));
    QCOMPARE(image.size(), want);
    QVERIFY(scale <= inspector::maxPngScale(picture->size));
    // Drawn, not just allocated: the devices are there at every scale.
    const Blank b = blankEdges(image);
    QVERIFY(b.left >= 0);
}

void TestExportViews::pngBelowOneIsScaledNotCropped_data() {
    QTest::addColumn<double>("scale");
    QTest::newRow("0.5x") << 0.5;
    QTest::newRow("0.3x") << 0.3;
}

void TestExportViews::pngBelowOneIsScaledNotCropped() {
    QFETCH(double, scale);
    const auto picture = topologyPicture(test::recordBuiltin("two-lans"), {}, nullptr);
    QVERIFY(picture);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(writePicture(*picture, ExportFormat::Png, dir.filePath("one.png"), 1, &error),
             qPrintable(error));
    QVERIFY2(writePicture(*picture, ExportFormat::Png, dir.filePath("small.png"), scale, &error),
             qPrintable(error));
    const QImage whole = QImage(dir.filePath("one.png")).convertToFormat(QImage::Format_RGB32);
    const QImage small = QImage(dir.filePath("small.png")).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(small.size(), inspector::pngPixelSize(picture->size, scale));
    // The margins round the drawing shrink with it; a crop would leave the right and
    // bottom drawn up to the edge.
    const Blank w = blankEdges(whole), s = blankEdges(small);
    const std::pair<int, int> edges[] = {
        {w.left, s.left}, {w.top, s.top}, {w.right, s.right}, {w.bottom, s.bottom}};
    for (const auto& [at1, atScale] : edges)
        QVERIFY2(
            std::abs(atScale - at1 * scale) <= 2,
            qPrintable(
                QStringLiteral("margin %1 at 1x, %2 at %3x").arg(at1).arg(atScale).arg(scale)));
    // The same picture: the 1x export shrunk to this size differs from it only in detail.
    const QImage shrunk =
        whole.scaled(small.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    double difference = 0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x) {
            const QRgb a = small.pixel(x, y), b = shrunk.pixel(x, y);
            difference += std::abs(qGray(a) - qGray(b));
        }
    difference /= double(small.width()) * small.height();
    QVERIFY2(difference < 8, qPrintable(QString::number(difference)));
}

void TestExportViews::pngTooLargeIsRefused() {
    const auto picture = encapsulationPicture(test::recordBuiltin("http-get"), {}, nullptr);
    QVERIFY(picture);
    const double most = inspector::maxPngScale(picture->size);
    QVERIFY(most > 2 && most < 10);
    const QSize at = inspector::pngPixelSize(picture->size, most);
    QVERIFY(at.width() <= inspector::kMaxPngSide && at.height() <= inspector::kMaxPngSide);
    QVERIFY(double(at.width()) * at.height() <= inspector::kMaxPngPixels * 1.001);
    QTemporaryDir dir;
    QString error;
    QVERIFY(!writePicture(*picture, ExportFormat::Png, dir.filePath("big.png"), 10, &error));
    QVERIFY2(error.contains("pixel PNG is too large"), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath("big.png")));
}

void TestExportViews::topologyFitsItsContent() {
    // Devices far from the origin: the picture follows them, a margin all round.
    auto loaded = lab::loadLab(QStringLiteral("builtin:two-lans"));
    QVERIFY(loaded.lab);
    lab::Lab moved = *loaded.lab;
    for (lab::Device& d : moved.devices) {
        d.x += 5000;
        d.y -= 3000;
    }
    const auto far = topologyPictureOf(moved, nullptr, {}, nullptr);
    const auto near = topologyPicture(test::recordBuiltin("two-lans"), {}, nullptr);
    QVERIFY(far && near);
    QCOMPARE(far->size, near->size);
    QTemporaryDir dir;
    QString error;
    QVERIFY(writePicture(*far, ExportFormat::Png, dir.filePath("f.png"), 1, &error));
    const Blank b = blankEdges(QImage(dir.filePath("f.png")));
    for (int side : {b.left, b.top, b.right, b.bottom}) {
        QVERIFY2(side >= 16 && side <= 40, qPrintable(QStringLiteral("blank edges %1 %2 %3 %4")
                                                          .arg(b.left)
                                                          .arg(b.top)
                                                          .arg(b.right)
                                                          .arg(b.bottom)));
    }
}

void TestExportViews::untilDrawsTheFramesOfThatMoment() {
    const ui::RecordedRun& run = test::recordBuiltin("two-lans");
    QVERIFY(!run.flights().empty());
    const ui::FrameFlight& f = run.flights().front();
    const QString token = ui::PduDescriber().frame(f.frame.view()).token;
    QVERIFY(!token.isEmpty());
    ViewOptions at;
    at.until = (f.start + f.arrival) / 2;
    QString problem;
    const auto moment = topologyPicture(run, at, &problem);
    const auto still = topologyPicture(run, {}, &problem);
    QVERIFY2(moment && still, qPrintable(problem));
    QVERIFY(moment->title.contains(QStringLiteral(" s")));
    QTemporaryDir dir;
    QString error;
    QVERIFY(writePicture(*moment, ExportFormat::Svg, dir.filePath("m.svg"), 2, &error));
    QVERIFY(writePicture(*still, ExportFormat::Svg, dir.filePath("s.svg"), 2, &error));
    QVERIFY2(test::svgTexts(dir.filePath("m.svg")).contains(token),
             qPrintable(test::svgTexts(dir.filePath("m.svg")).join(" | ")));
    QVERIFY(!test::svgTexts(dir.filePath("s.svg")).contains(token));
}

void TestExportViews::untilOutsideTheRunIsRefused() {
    const ui::RecordedRun& run = test::recordBuiltin("two-lans");
    ViewOptions late;
    late.until = run.duration() + kSecond;
    QString problem;
    QVERIFY(!topologyPicture(run, late, &problem));
    QVERIFY2(problem.startsWith("--until: ") && problem.contains(" 8 s"), qPrintable(problem));
}

void TestExportViews::koreanIntactInEveryFormat() {
    auto loaded = lab::parseLab(QByteArray(kKoreanLab));
    QVERIFY2(loaded.lab, loaded.issues.empty() ? "" : qPrintable(loaded.issues.front().message));
    const ui::RecordedRun run = ui::RecordedRun::record(*loaded.lab, 1);
    const auto picture = topologyPicture(run, {}, nullptr);
    QVERIFY(picture);
    QTemporaryDir dir;
    QString error;
    for (auto f : {ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Png})
        QVERIFY2(writePicture(*picture, f, dir.filePath("k." + formatSuffix(f)), 2, &error),
                 qPrintable(error));
    const QStringList texts = test::svgTexts(dir.filePath("k.svg"));
    for (const char* name : {"서버", "클라이언트", "선"})
        QVERIFY2(texts.contains(QString::fromUtf8(name)), qPrintable(texts.join(" | ")));
    // The PDF's fonts map back to every syllable (what pdftotext would print).
    const QSet<char32_t> mapped = test::pdfUnicode(test::fileBytes(dir.filePath("k.pdf")));
    for (const char32_t c : U"서버클라이언트선")
        if (c)
            QVERIFY2(mapped.contains(c),
                     qPrintable(QStringLiteral("U+%1 not in the PDF's ToUnicode")
                                    .arg(uint(c), 4, 16, QLatin1Char('0'))));
    // And the PNG is drawn: dark pixels where the names are.
    QVERIFY(blankEdges(QImage(dir.filePath("k.png"))).left >= 0);
}

void TestExportViews::encapsulationDefaultsAndErrors() {
    const ui::RecordedRun& run = test::recordBuiltin("two-lans");
    QString problem;
    const auto first = encapsulationPicture(run, {}, &problem);
    QVERIFY2(first, qPrintable(problem));
    const auto variants = encapsulationVariants(run);
    QVERIFY(!variants.empty());
    QVERIFY(variants.size() <= kMaxEncapsulationStories);
    // No --event: the first PDU built, which is the first variant of --all.
    QCOMPARE(first->title, encapsulationPicture(run, variants.front().options, nullptr)->title);
    ViewOptions none;
    none.event = 0; // a scenario step: no PDU
    QVERIFY(!encapsulationPicture(run, none, &problem));
    QVERIFY2(problem.startsWith("--event: event 0 (") && problem.contains("carries no PDU"),
             qPrintable(problem));
    none.event = run.events().size();
    QVERIFY(!encapsulationPicture(run, none, &problem));
    QVERIFY2(problem.contains("out of range"), qPrintable(problem));
}

void TestExportViews::encapsulationOfEveryPduSent_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("first"); // the first PDU sent
    QTest::addColumn<QString>("among"); // another one --all must draw
    QTest::newRow("tcp-handshake") << "tcp-handshake"
                                   << "TCP SYN from PC1"
                                   << "TCP SYN/ACK from Server";
    QTest::newRow("two-lans") << "two-lans"
                              << "from PC1"
                              << "ARP";
    QTest::newRow("dhcp") << "dhcp"
                          << "DHCP"
                          << "DHCP";
    QTest::newRow("http-get") << "http-get"
                              << "TCP SYN from PC1"
                              << "HTTP";
}

void TestExportViews::encapsulationOfEveryPduSent() {
    QFETCH(QString, lab);
    QFETCH(QString, first);
    QFETCH(QString, among);
    const ui::RecordedRun& run = test::recordBuiltin(lab);
    const auto variants = encapsulationVariants(run);
    QVERIFY(!variants.empty());
    QVERIFY2(variants.front().label.contains(first), qPrintable(variants.front().label));
    QStringList labels;
    std::uint64_t last = 0;
    for (const Variant& v : variants) {
        labels << v.label;
        QVERIFY(*v.options.event >= last); // event order: stable names
        last = *v.options.event;
        QCOMPARE(v.name, QString::number(*v.options.event));
        QString problem;
        QVERIFY2(encapsulationPicture(run, v.options, &problem),
                 qPrintable(v.label + ": " + problem));
    }
    QVERIFY2(labels.filter(among).size() > 0, qPrintable(labels.join(" | ")));
    // Without --event: the first of them.
    QCOMPARE(encapsulationPicture(run, {}, nullptr)->title,
             encapsulationPicture(run, variants.front().options, nullptr)->title);
}

QTEST_MAIN(TestExportViews)
#include "test_export_views.moc"
