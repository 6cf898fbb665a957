// File > Export Capture…: the dialog offers every capture point (each end of each
// link) and "every link into a folder", starts on the first sender's link, and
// writes what that interface saw: the frames it sent (outbound) and those that
// reached it (inbound), so a frame lost on the link is missing on the far side.
#include "dialogs/capture_export_dialog.h"
#include "lab/lab_builder.h"
#include "models/capture_export.h"
#include "models/recorded_run.h"
#include "playback_fixtures.h"
#include "trace/capture_files.h"
#include "windows/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;
using namespace ww::ui;
using namespace ww::test;

namespace {

// What a pcapng file holds, read back block by block (little-endian, as written).
struct PcapngSummary {
    bool valid = false;
    QStringList interfaces; // if_name of each IDB
    int inbound = 0, outbound = 0, unmarked = 0;
    int frames() const { return inbound + outbound + unmarked; }
};

quint32 le32(const QByteArray& b, qsizetype at) {
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 |
           quint32(quint8(b[at + 2])) << 16 | quint32(quint8(b[at + 3])) << 24;
}
quint16 le16(const QByteArray& b, qsizetype at) {
    return quint16(quint8(b[at]) | quint8(b[at + 1]) << 8);
}

// Options from `at` to `end`: calls f(code, value offset, length).
template <typename F> void readOptions(const QByteArray& b, qsizetype at, qsizetype end, F f) {
    while (at + 4 <= end) {
        const quint16 code = le16(b, at), len = le16(b, at + 2);
        if (code == 0)
            return;
        f(code, at + 4, len);
        at += 4 + ((len + 3) & ~3);
    }
}

PcapngSummary readPcapng(const QString& path) {
    PcapngSummary s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return s;
    const QByteArray b = f.readAll();
    qsizetype at = 0;
    while (at + 12 <= b.size()) {
        const quint32 type = le32(b, at), total = le32(b, at + 4);
        if (total < 12 || at + total > b.size() || le32(b, at + total - 4) != total)
            return s;
        const qsizetype end = at + total - 4;
        if (type == 1) { // IDB: link type, reserved, snaplen, options
            readOptions(b, at + 16, end, [&](quint16 code, qsizetype v, quint16 len) {
                if (code == 2)
                    s.interfaces << QString::fromUtf8(b.mid(v, len));
            });
        } else if (type == 6) { // EPB: id, ts hi, ts lo, captured, original, data, options
            const quint32 captured = le32(b, at + 20);
            quint32 flags = 0;
            readOptions(b, at + 28 + ((captured + 3) & ~3u), end,
                        [&](quint16 code, qsizetype v, quint16) {
                            if (code == 2)
                                flags = le32(b, v);
                        });
            (flags & 3) == 1 ? ++s.inbound : (flags & 3) == 2 ? ++s.outbound : ++s.unmarked;
        }
        at += total;
    }
    s.valid = at == b.size();
    return s;
}

int comboIndexOf(const QComboBox* combo, const QString& pointName) {
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemText(i).startsWith(pointName + " ("))
            return i;
    return -1;
}

} // namespace

class TestCaptureExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void offersEveryEndAndStartsAtTheFirstSender();
    void writesTheChosenPoint_data();
    void writesTheChosenPoint();
    void receiverSideLacksTheLostFrame();
    void everyLinkIntoAFolder();
    void failureKeepsTheDialogOpen();
    void sameFileAsALiveRun();
    void fileMenuOffersIt();
};

void TestCaptureExport::offersEveryEndAndStartsAtTheFirstSender() {
    auto run = std::make_shared<const RecordedRun>(RecordedRun::record(loadBuiltin("tcp-loss"), 1));
    CaptureExportDialog dialog(run);
    QCOMPARE(dialog.pointCombo()->count(), 3 * 2 + 1); // two ends of three links, and "every link"
    QCOMPARE(dialog.pointCombo()->currentText(), QStringLiteral("PC1:eth0 (link PC1-R1)"));
    QVERIFY(dialog.pointCombo()->itemText(5).startsWith("Server:eth0 (link R2-Server)"));
    dialog.pointCombo()->setCurrentIndex(6);
    QVERIFY(!dialog.chosenPoint());
}

void TestCaptureExport::writesTheChosenPoint_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("point");
    QTest::newRow("two-lans switch port") << "two-lans"
                                          << "SW1:p1";
    QTest::newRow("two-lans router") << "two-lans"
                                     << "R1:eth0";
    QTest::newRow("tcp-loss sender of the lossy link") << "tcp-loss"
                                                       << "R1:eth1";
    QTest::newRow("tcp-loss receiver of the lossy link") << "tcp-loss"
                                                         << "R2:eth0";
    QTest::newRow("udp-voice receiver") << "udp-voice"
                                        << "R2:eth0";
}

void TestCaptureExport::writesTheChosenPoint() {
    QFETCH(QString, lab);
    QFETCH(QString, point);
    auto run = std::make_shared<const RecordedRun>(
        RecordedRun::record(loadBuiltin(lab.toUtf8().constData()), 1));
    CaptureExportDialog dialog(run);
    const int index = comboIndexOf(dialog.pointCombo(), point);
    QVERIFY(index >= 0);
    dialog.pointCombo()->setCurrentIndex(index);
    QTemporaryDir dir;
    const QString path = dir.filePath("capture.pcapng");
    dialog.pathEdit()->setText(path);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Expected from the recording's frame flights: sent here, or arrived here.
    const lab::CapturePoint cp = *dialog.chosenPoint();
    const auto device = static_cast<DeviceId>(
        std::find_if(run->lab().devices.begin(), run->lab().devices.end(),
                     [&](const lab::Device& d) { return d.name == cp.device; }) -
        run->lab().devices.begin());
    int sent = 0, received = 0;
    for (const FrameFlight& f : run->flights()) {
        if (f.link != cp.link)
            continue;
        sent += f.from == device;
        received += f.to == device && !f.lost && f.endEvent < run->events().size();
    }
    const PcapngSummary s = readPcapng(path);
    QVERIFY(s.valid);
    QCOMPARE(s.interfaces, QStringList{point});
    QVERIFY(sent + received > 0);
    QCOMPARE(s.outbound, sent);
    QCOMPARE(s.inbound, received);
    QCOMPARE(s.unmarked, 0);
}

void TestCaptureExport::receiverSideLacksTheLostFrame() {
    // tcp-loss loses exactly one frame on R1-R2 (R1 -> R2), and none is in flight at the end.
    auto run = std::make_shared<const RecordedRun>(RecordedRun::record(loadBuiltin("tcp-loss"), 1));
    const auto sender = lab::findCapturePoint(run->lab(), "R1:eth1");
    const auto receiver = lab::findCapturePoint(run->lab(), "R2:eth0");
    QVERIFY(sender && receiver);
    QTemporaryDir dir;
    QVERIFY(exportCapture(*run, sender, dir.filePath("r1.pcapng")).ok);
    QVERIFY(exportCapture(*run, receiver, dir.filePath("r2.pcapng")).ok);
    const PcapngSummary atR1 = readPcapng(dir.filePath("r1.pcapng"));
    const PcapngSummary atR2 = readPcapng(dir.filePath("r2.pcapng"));
    QCOMPARE(atR2.inbound, atR1.outbound - 1);
    QCOMPARE(atR1.inbound, atR2.outbound);
    // The link name alone captures at its first end.
    QCOMPARE(*lab::findCapturePoint(run->lab(), "R1-R2"), *sender);
}

void TestCaptureExport::everyLinkIntoAFolder() {
    auto run = std::make_shared<const RecordedRun>(RecordedRun::record(loadBuiltin("two-lans"), 1));
    CaptureExportDialog dialog(run);
    dialog.pointCombo()->setCurrentIndex(dialog.pointCombo()->count() - 1);
    QTemporaryDir dir;
    const QString folder = dir.filePath("links"); // created when missing
    dialog.pathEdit()->setText(folder);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QStringList expected;
    for (const lab::Link& l : run->lab().links)
        expected << QString::fromStdString(l.name) + ".pcapng";
    expected.sort();
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), expected);
    QCOMPARE(int(dialog.writtenFiles().size()), int(run->lab().links.size()));
    for (const lab::Link& l : run->lab().links) {
        const PcapngSummary s =
            readPcapng(QDir(folder).filePath(QString::fromStdString(l.name) + ".pcapng"));
        QVERIFY(s.valid);
        QCOMPARE(s.interfaces,
                 QStringList{QString::fromStdString(l.a.device + ":" + l.a.interface)});
        QVERIFY(s.frames() > 0);
    }
}

void TestCaptureExport::failureKeepsTheDialogOpen() {
    CaptureExportDialog dialog(twoLans());
    QTemporaryDir dir;
    QFile blocker(dir.filePath("file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    dialog.pathEdit()->setText(dir.filePath("file/capture.pcapng")); // a file is no folder
    dialog.setResult(QDialog::Rejected);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel* l) {
        return !l->isHidden() && l->text().startsWith("cannot write");
    }));
    QVERIFY(!QFile::exists(dir.filePath("file/capture.pcapng")));
}

void TestCaptureExport::sameFileAsALiveRun() {
    // wirewalk run --pcap captures live, as the engine runs; the GUI replays the recording.
    const lab::Lab lab = loadBuiltin("tcp-fast-retransmit");
    const lab::CapturePoint point = *lab::findCapturePoint(lab, "SW2:p2");
    QTemporaryDir dir;
    auto net = lab::buildNetwork(lab, 7);
    CaptureFiles live;
    QVERIFY(live.open({lab::captureTarget(*net, point, dir.filePath("live.pcapng"))}, nullptr));
    net->bus().subscribe([&live](const Event& e) { live.onEvent(e); });
    net->runUntil(secondsToTime(lab.duration));
    QVERIFY(live.commit(nullptr));

    const RecordedRun run = RecordedRun::record(lab, 7);
    QVERIFY(exportCapture(run, point, dir.filePath("gui.pcapng")).ok);
    QFile a(dir.filePath("live.pcapng")), b(dir.filePath("gui.pcapng"));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray liveBytes = a.readAll();
    QVERIFY(readPcapng(dir.filePath("live.pcapng")).frames() > 0);
    QCOMPARE(b.readAll(), liveBytes);
}

void TestCaptureExport::fileMenuOffersIt() {
    MainWindow window;
    window.showLab(loadBuiltin("two-lans"));
    const QList<QAction*> actions = window.menuBar()->actions().front()->menu()->actions();
    QVERIFY(std::any_of(actions.begin(), actions.end(),
                        [](const QAction* a) { return a->text() == "Export &Capture…"; }));
}

QTEST_MAIN(TestCaptureExport)
#include "test_capture_export.moc"
