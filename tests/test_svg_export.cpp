// An exported SVG must look like the app's own PNG export in other renderers: the
// encapsulation story of two-lans event 6, in English and Korean, exported as SVG and PNG;
// the SVG rendered by rsvg-convert at the PNG's size must match it pixel for pixel (up to
// anti-aliasing: measured 0.00% differ in English, 0.06% in Korean; plain SVG text 0.3%). Plain
// QSvgGenerator text (font-family="Sans Serif" with Qt's glyph positions) is the control: it must
// compare clearly worse, or the check proves nothing.
#include "inspector/encapsulation_story.h"
#include "inspector/story_painter.h"
#include "inspector/view_export.h"
#include "lab/lab_json.h"

#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ww;
using namespace ww::inspector;

namespace {

constexpr std::size_t kEvent = 6; // two-lans: PC1's ARP request, opened by SW1, PC2 and R1

// Fraction of pixels where some channel is off by more than half its range: anti-aliasing
// along glyph edges stays under that, a glyph moved or drawn in another font does not.
double differingFraction(const QImage& a, const QImage& b) {
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d = std::max({std::abs(qRed(p[col]) - qRed(q[col])),
                                    std::abs(qGreen(p[col]) - qGreen(q[col])),
                                    std::abs(qBlue(p[col]) - qBlue(q[col]))});
            differing += d > 128;
        }
    }
    return double(differing) / (double(x.width()) * x.height());
}

} // namespace

class TestSvgExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rendersLikePng_data();
    void rendersLikePng();
    void glyphsWrittenOnce();
    void rotatedLabelIsOneString_data();
    void rotatedLabelIsOneString();
};

void TestSvgExport::rendersLikePng_data() {
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << "en";
    QTest::newRow("ko") << "ko";
}

void TestSvgExport::rendersLikePng() {
    QFETCH(QString, lang);
    const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
    if (rsvg.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("rsvg-convert is missing (package librsvg2-bin)");
        QSKIP("rsvg-convert is not installed (package librsvg2-bin)");
    }
    // Installed for the whole test: the story painter translates some words as it paints.
    QTranslator translator;
    if (lang != QLatin1String("en")) {
        QVERIFY(translator.load(QLocale(lang), "wirewalk", "_", ":/i18n"));
        QCoreApplication::installTranslator(&translator);
    }
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    auto loaded = lab::loadLab(QStringLiteral("builtin:two-lans"));
    QVERIFY(loaded.lab);
    const RecordedRun run = RecordedRun::record(*loaded.lab, 1);
    const StoryPainter painter(buildStory(run, kEvent));
    QVERIFY(!painter.story().empty());
    const auto paint = [&](QPainter& p) { painter.paint(p); };

    QTemporaryDir dir;
    QString error;
    const QString svgPath = dir.filePath("story.svg"), pngPath = dir.filePath("story.png");
    QVERIFY2(exportView(painter.size(), paint, ExportFormat::Svg, svgPath, "story", &error),
             qPrintable(error));
    QVERIFY2(exportView(painter.size(), paint, ExportFormat::Png, pngPath, "story", &error),
             qPrintable(error));
    const QImage png(pngPath);
    QCOMPARE(png.size(), painter.size() * 2);

    // No visible text: every <text> sits in the transparent layer, which holds the strings.
    QFile file(svgPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList strings;
    int transparentDepth = 0, depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QLatin1String("g") &&
                xml.attributes().value("fill-opacity") == QLatin1String("0") && !transparentDepth)
                transparentDepth = depth;
            if (xml.name() == QLatin1String("text")) {
                QVERIFY2(transparentDepth, "visible <text> in the SVG");
                strings << xml.readElementText();
                --depth;
            }
        } else if (xml.isEndElement()) {
            if (depth == transparentDepth)
                transparentDepth = 0;
            --depth;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString layer = lang == QLatin1String("ko") ? QStringLiteral("인터넷 계층")
                                                      : QStringLiteral("Internet layer");
    QVERIFY2(strings.contains(layer), qPrintable(strings.join(" | ")));
    QVERIFY(strings.size() > 20);

    auto render = [&](const QString& svg) {
        const QString out = svg + ".png";
        QProcess p;
        p.start(rsvg, {"-w", QString::number(png.width()), "-h", QString::number(png.height()),
                       "-b", "white", "-o", out, svg});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qWarning("rsvg-convert: %s", p.readAllStandardError().constData());
        return QImage(out);
    };
    const QImage rendered = render(svgPath);
    QCOMPARE(rendered.size(), png.size());
    const double outlined = differingFraction(png, rendered);

    // The control: what QSvgGenerator alone writes (text left to the renderer's font choice).
    const QString plainPath = dir.filePath("plain.svg");
    {
        QSvgGenerator svg;
        svg.setFileName(plainPath);
        svg.setSize(painter.size());
        svg.setViewBox(QRect(QPoint(0, 0), painter.size()));
        svg.setResolution(QImage(1, 1, QImage::Format_RGB32).logicalDpiX());
        QPainter p(&svg);
        painter.paint(p);
    }
    const double plain = differingFraction(png, render(plainPath));
    qInfo("%s: %.4f%% of pixels differ (outlined text), %.4f%% (plain SVG text)", qPrintable(lang),
          outlined * 100, plain * 100);
    QVERIFY2(outlined < 0.0015, qPrintable(QString::number(outlined)));
    QVERIFY2(plain > 3 * outlined, "the control renders as well: the comparison is blind");
}

namespace {

// The SVG that exportView writes for `paint` on a 400 x 300 view.
QByteArray svgOf(const std::function<void(QPainter&)>& paint) {
    QTemporaryDir dir;
    const QString path = dir.filePath("view.svg");
    QString error;
    if (!exportView(QSize(400, 300), paint, ExportFormat::Svg, path, "view", &error))
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestSvgExport::glyphsWrittenOnce() {
    // Fifty labels of the same few glyphs: each glyph's outline once, then <use>d.
    const QByteArray svg = svgOf([](QPainter& p) {
        p.setFont(QFont(QStringLiteral("Sans Serif"), 9));
        for (int i = 0; i < 50; ++i)
            p.drawText(QPointF(10, 10 + i * 5), QStringLiteral("ACK ack=1 확인"));
    });
    QVERIFY(!svg.isEmpty());
    QXmlStreamReader xml(svg);
    QSet<QString> defined;
    int uses = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("path") && xml.attributes().hasAttribute("id")) {
            const QString id = xml.attributes().value("id").toString();
            QVERIFY2(!defined.contains(id), qPrintable(id));
            defined.insert(id);
        }
        if (xml.name() == QLatin1String("use")) {
            ++uses;
            const QString href =
                xml.attributes().value("http://www.w3.org/1999/xlink", "href").toString();
            QVERIFY2(defined.contains(href.mid(1)), qPrintable(href)); // defined before use
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // "ACK ack=1 확인": 10 glyphs drawn each time (spaces are not), each outlined once.
    QCOMPARE(uses, 50 * 10);
    QCOMPARE(defined.size(), 10);
}

void TestSvgExport::rotatedLabelIsOneString_data() {
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("degrees");
    QTest::newRow("Korean and Latin, up") << QStringLiteral("혼잡 윈도우 (바이트)") << -90;
    QTest::newRow("mixed scripts, down") << QStringLiteral("세그먼트 수 (SMSS = 1460바이트)") << 90;
    QTest::newRow("slanted") << QStringLiteral("SYN seq=0 확인") << -30;
}

void TestSvgExport::rotatedLabelIsOneString() {
    // Qt draws a mixed-script line in runs; the text layer must join them even when the
    // baseline is rotated, and keep the rotation.
    QFETCH(QString, label);
    QFETCH(int, degrees);
    const QByteArray svg = svgOf([&](QPainter& p) {
        p.translate(200, 150);
        p.rotate(degrees);
        p.drawText(QPointF(0, 0), label);
    });
    QXmlStreamReader xml(svg);
    QStringList texts, transforms;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("text")) {
            transforms << xml.attributes().value("transform").toString();
            texts << xml.readElementText();
        }
    QCOMPARE(texts, QStringList{label});
    QCOMPARE(transforms.value(0), QStringLiteral("rotate(%1.0 200.0 150.0)").arg(degrees));
}

QTEST_MAIN(TestSvgExport)
#include "test_svg_export.moc"
