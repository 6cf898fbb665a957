// The view catalog, `--all` (exportAll: stable names, index.html, index.txt, every
// listed file written), the Export dialog and its wiring into the main window.
#include "canvas/topology_scene.h"
#include "document/lab_document.h"
#include "export/batch_export.h"
#include "export/export_dialog.h"
#include "export/view_catalog.h"
#include "export_files.h"
#include "models/playback_clock.h"
#include "recorded_lab.h"
#include "windows/export_setup.h"
#include "windows/main_window.h"
#include "windows/playback_setup.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace ww;
using namespace ww::exporting;

namespace {

const QString kTcp = QStringLiteral("tcp:10.0.1.10:49152-10.0.2.20:80");
const QString kUdp = QStringLiteral("udp:10.0.1.10:5000-10.0.2.20:53");

QStringList twoConversations(const ui::RecordedRun&) {
    return {kTcp, kUdp};
}

// A stand-in for a neighbour's view (sequence, plots): draws the conversation's ID.
std::optional<Picture> conversationPicture(const ui::RecordedRun&, const ViewOptions& o,
                                           QString* problem) {
    if (o.conversation.isEmpty()) {
        *problem = QStringLiteral("--conversation: required");
        return std::nullopt;
    }
    const QString text = o.conversation;
    return Picture{QStringLiteral("Ladder of ") + text, QSize(400, 60), [text](QPainter& p) {
                       p.drawText(QRectF(0, 0, 400, 60), Qt::AlignCenter, text);
                   }};
}

ViewCatalog testCatalog() {
    ViewCatalog c = ViewCatalog::builtin();
    c.add({QStringLiteral("ladder"), "test view", kConversation, conversationPicture,
           twoConversations, nullptr});
    c.add({QStringLiteral("broken"), "never draws", kNoOptions,
           [](const ui::RecordedRun&, const ViewOptions&, QString* problem) {
               *problem = QStringLiteral("nothing to draw");
               return std::optional<Picture>();
           },
           nullptr, nullptr});
    return c;
}

} // namespace

class TestExportBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogHasTheBuiltinViews();
    void fileStems_data();
    void fileStems();
    void addReplacesAnEntryInPlace();
    void variantsPerConversation();
    void exportAllWritesEveryFileAndTheIndex_data();
    void exportAllWritesEveryFileAndTheIndex();
    void exportAllNamesAreStable();
    void exportAllCancels();
    void dialogFollowsTheFormat();
    void dialogShowsTheWritersError();
    void mainWindowExportsTheCanvasAsItIs();
};

void TestExportBatch::catalogHasTheBuiltinViews() {
    const ViewCatalog& c = ViewCatalog::builtin();
    QCOMPARE(c.keys().mid(0, 2), (QStringList{"topology", "encapsulation"}));
    for (const ViewEntry& e : c.entries()) {
        QVERIFY(e.picture);
        QVERIFY(!e.translatedDescription().isEmpty());
    }
    QCOMPARE(c.find("topology")->options, unsigned(kUntil));
    QCOMPARE(c.find("encapsulation")->options, unsigned(kEvent));
    QVERIFY(!c.find("nope"));
}

void TestExportBatch::fileStems_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stem");
    QTest::newRow("only") << "topology"
                          << ""
                          << "topology";
    QTest::newRow("event") << "encapsulation"
                           << "45"
                           << "encapsulation-45";
    QTest::newRow("tcp") << "sequence" << kTcp << "sequence-tcp-10.0.1.10-49152-10.0.2.20-80";
    QTest::newRow("icmp") << "sequence"
                          << "icmp:10.0.1.10-10.0.2.20:7"
                          << "sequence-icmp-10.0.1.10-10.0.2.20-7";
    QTest::newRow("dhcp") << "sequence"
                          << "dhcp:0x1a2b3c4d"
                          << "sequence-dhcp-0x1a2b3c4d";
    QTest::newRow("slashes and Hangul") << "x"
                                        << "a/b\\c 한"
                                        << "x-a-b-c--";
}

void TestExportBatch::fileStems() {
    QFETCH(QString, key);
    QFETCH(QString, name);
    QFETCH(QString, stem);
    QCOMPARE(fileStem(key, name), stem);
}

void TestExportBatch::addReplacesAnEntryInPlace() {
    ViewCatalog c = ViewCatalog::builtin();
    const QStringList before = c.keys();
    ViewEntry e = *c.find("topology");
    e.description = "replaced";
    c.add(e);
    QCOMPARE(c.keys(), before);
    QCOMPARE(QString::fromLatin1(c.find("topology")->description), QStringLiteral("replaced"));
}

void TestExportBatch::variantsPerConversation() {
    const ViewCatalog c = testCatalog();
    const auto& run = test::recordBuiltin("two-lans");
    const auto v = ViewCatalog::variantsOf(*c.find("ladder"), run);
    QCOMPARE(v.size(), std::size_t(2));
    QCOMPARE(v[0].options.conversation, kTcp);
    QCOMPARE(v[1].label, kUdp);
    QCOMPARE(ViewCatalog::variantsOf(*c.find("topology"), run).size(), std::size_t(1));
}

void TestExportBatch::exportAllWritesEveryFileAndTheIndex_data() {
    QTest::addColumn<int>("format");
    QTest::newRow("svg") << int(ExportFormat::Svg);
    QTest::newRow("png") << int(ExportFormat::Png);
    QTest::newRow("pdf") << int(ExportFormat::Pdf);
}

void TestExportBatch::exportAllWritesEveryFileAndTheIndex() {
    QFETCH(int, format);
    const auto f = ExportFormat(format);
    const QString ext = formatSuffix(f);
    const auto& run = test::recordBuiltin("two-lans");
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("nested/slides"); // made on the way
    const BatchResult r = exportAll(testCatalog(), run, dir, f, 1.0);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.problems, QStringList{"broken." + ext + ": nothing to draw"});
    QVERIFY(!r.ok());

    QStringList files;
    for (const WrittenPicture& w : r.written)
        files << w.file;
    QCOMPARE(files.value(0), "topology." + ext);
    QVERIFY(files.contains("ladder-tcp-10.0.1.10-49152-10.0.2.20-80." + ext));
    QVERIFY(files.contains("ladder-udp-10.0.1.10-5000-10.0.2.20-53." + ext));
    QVERIFY(std::any_of(files.begin(), files.end(),
                        [&](const QString& s) { return s.startsWith("encapsulation-"); }));

    // index.txt: one line per picture, in order, and each file is there and valid.
    const QStringList lines =
        QString::fromUtf8(test::fileBytes(dir + "/index.txt")).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), files.size());
    const QString html = QString::fromUtf8(test::fileBytes(dir + "/index.html"));
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("nothing to draw")); // the "Not drawn" list
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList cols = lines[i].split('\t');
        QCOMPARE(cols.size(), 3);
        QCOMPARE(cols[0], files[i]);
        QCOMPARE(cols[1], r.written[std::size_t(i)].title);
        QVERIFY2(html.contains("href=\"" + files[i] + "\""), qPrintable(files[i]));
        const QString path = dir + '/' + files[i];
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        if (f == ExportFormat::Svg)
            QVERIFY(!test::svgTexts(path).value(0).startsWith("<xml error>"));
        else if (f == ExportFormat::Pdf)
            QCOMPARE(test::pdfPageCount(test::fileBytes(path)), 1);
        else
            QVERIFY(!QImage(path).isNull());
    }
    QVERIFY(lines.contains("ladder-tcp-10.0.1.10-49152-10.0.2.20-80." + ext + "\tLadder of " +
                           kTcp + "\t" + kTcp));
}

void TestExportBatch::exportAllNamesAreStable() {
    const auto& run = test::recordBuiltin("two-lans");
    QTemporaryDir a, b;
    const BatchResult first = exportAll(testCatalog(), run, a.path(), ExportFormat::Svg, 2);
    const BatchResult second = exportAll(testCatalog(), run, b.path(), ExportFormat::Svg, 2);
    QCOMPARE(test::fileBytes(a.filePath("index.txt")), test::fileBytes(b.filePath("index.txt")));
    QCOMPARE(test::fileBytes(a.filePath("topology.svg")),
             test::fileBytes(b.filePath("topology.svg")));
    QCOMPARE(first.written.size(), second.written.size());
}

void TestExportBatch::exportAllCancels() {
    QTemporaryDir tmp;
    int calls = 0;
    const BatchResult r = exportAll(testCatalog(), test::recordBuiltin("two-lans"), tmp.path(),
                                    ExportFormat::Svg, 2, [&](int done, int total) {
                                        ++calls;
                                        return done < 1 && total > 1;
                                    });
    QCOMPARE(calls, 2);
    QCOMPARE(r.written.size(), std::size_t(1));
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!QFile::exists(tmp.filePath("index.html")));
}

void TestExportBatch::dialogFollowsTheFormat() {
    const ViewCatalog& c = ViewCatalog::builtin();
    ExportDialog d(ExportDialog::Mode::View, c, "encapsulation", "/tmp/x/lab-encapsulation.svg");
    QCOMPARE(d.viewKey(), QStringLiteral("encapsulation"));
    QCOMPARE(d.format(), ExportFormat::Svg);
    QVERIFY(!d.scaleSpin()->isEnabled());
    d.formatCombo()->setCurrentIndex(d.formatCombo()->findData(int(ExportFormat::Png)));
    QCOMPARE(d.path(), QStringLiteral("/tmp/x/lab-encapsulation.png"));
    QVERIFY(d.scaleSpin()->isEnabled());
    QCOMPARE(d.pngScale(), 2.0);
    ExportDialog pdf(ExportDialog::Mode::View, c, "nope", "/tmp/a.pdf");
    QCOMPARE(pdf.format(), ExportFormat::Pdf);
    QCOMPARE(pdf.viewKey(), QStringLiteral("topology")); // unknown: the first
}

void TestExportBatch::dialogShowsTheWritersError() {
    ExportDialog d(ExportDialog::Mode::All, ViewCatalog::builtin(), {}, "/tmp/slides");
    d.show();
    int calls = 0;
    d.setWriter([&](const ExportDialog& dialog) {
        ++calls;
        return dialog.path() == "/tmp/slides" ? QStringLiteral("cannot write") : QString();
    });
    d.accept();
    QCOMPARE(calls, 1);
    QCOMPARE(d.errorText(), QStringLiteral("cannot write"));
    QCOMPARE(d.result(), int(QDialog::Rejected)); // still open
    d.pathEdit()->setText("/tmp/other");
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestExportBatch::mainWindowExportsTheCanvasAsItIs() {
    ui::MainWindow window;
    auto loaded = lab::loadLab(QStringLiteral("builtin:two-lans"));
    QVERIFY(loaded.lab);
    window.showLab(*loaded.lab);
    auto* action = window.findChild<QAction*>("exportViewAction");
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(window.findChild<QAction*>("exportAllAction"));
    auto* setup = window.findChild<ui::ExportSetup*>();
    QVERIFY(setup);
    // The recording of two-lans (not the one of the lab the window started with).
    QTRY_VERIFY(window.playback()->clock()->run() &&
                window.playback()->clock()->run()->lab().name == loaded.lab->name);
    const auto run = window.playback()->clock()->run();
    const ViewEntry* topology = setup->catalog().find("topology");
    const auto before = topology->picture(*run, setup->currentOptions("topology"), nullptr);
    QVERIFY(before);
    QVERIFY(!setup->currentOptions("topology").until); // playback not started: a still canvas

    window.playback()->clock()->seek(run->duration() / 2);
    QCOMPARE(*setup->currentOptions("topology").until, run->duration() / 2);
    QVERIFY(!setup->currentOptions("encapsulation").until);
    window.playback()->clock()->seek(0);

    // Move a device 5000 px right: drawn from the document, not from the recording given.
    lab::Lab moved = window.document()->lab();
    moved.devices.front().x += 5000;
    window.document()->reset(moved);
    const auto after = topology->picture(*run, setup->currentOptions("topology"), nullptr);
    QVERIFY(after);
    QVERIFY2(
        after->size.width() > before->size.width() + 2000,
        qPrintable(QStringLiteral("%1 -> %2").arg(before->size.width()).arg(after->size.width())));
}

QTEST_MAIN(TestExportBatch)
#include "test_export_batch.moc"
