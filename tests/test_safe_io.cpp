// Nothing lost: a full disk, a device or a FIFO as the target, and the GUI's
// save (issue 14). The file size limit stands in for a full disk.
#include "document/lab_document.h"
#include "io/safe_write.h"
#include "lab/lab_json.h"
#include "models/capture_export.h"
#include "models/recorded_run.h"
#include "playback_fixtures.h"
#include "safe_io_fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cstring>
#include <sys/stat.h>
#include <thread>

using namespace ww;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

mode_t fileType(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

const QString kFileTooLarge = QString::fromLocal8Bit(std::strerror(EFBIG));
const QString kNoSpace = QString::fromLocal8Bit(std::strerror(ENOSPC));

} // namespace

class TestSafeIo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();
    void streamedWritesAreChecked();
    void labSaveOnAFullDisk();
    void devFullIsWrittenNotReplaced();
    void fifoIsWrittenNotReplaced();
    void missingFolderSaysWhy();
    void guiCaptureExportOnAFullDisk();
};

void TestSafeIo::fullDiskKeepsTheOldFile_data() {
    QTest::addColumn<int>("size");
    QTest::newRow("smaller than one chunk") << 5000; // only the final flush fails
    QTest::newRow("many chunks") << 300 * 1024;      // a drain on the way fails
}

void TestSafeIo::fullDiskKeepsTheOldFile() {
    QFETCH(int, size);
    QTemporaryDir dir;
    const QString path = dir.filePath("out.bin");
    const QByteArray old(3000, 'o');
    QVERIFY(writeBytes(path, old));
    QString error;
    bool ok = true;
    {
        test::FileSizeLimit limit(1024);
        ok = writeFileSafely(path, QByteArray(size, 'n'), &error);
    }
    QVERIFY(!ok);
    QCOMPARE(error, QStringLiteral("cannot write %1: %2").arg(path, kFileTooLarge));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"out.bin"}); // no temporary
}

void TestSafeIo::streamedWritesAreChecked() {
    // Encoders (pcapng, PNG) write piece by piece and do not look at results:
    // every write is accepted and commit() says what went wrong.
    QTemporaryDir dir;
    const QString path = dir.filePath("stream.bin");
    SafeWrite out(path);
    QString error;
    QVERIFY(out.open(&error));
    bool ok = true;
    {
        test::FileSizeLimit limit(4096);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(out.write(QByteArray(100, 'x')) == 100);
        ok = out.commit(&error);
    }
    QVERIFY(!ok);
    QVERIFY2(error.contains(path) && error.contains(kFileTooLarge), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestSafeIo::labSaveOnAFullDisk() {
    // Ctrl+S on a full disk once said "Saved" and left an empty file in place of the lab.
    QTemporaryDir dir;
    const QString path = dir.filePath("lab.json");
    ui::LabDocument doc;
    doc.reset(*lab::loadLab(QStringLiteral("builtin:two-lans")).lab);
    QString error;
    QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
    const QByteArray saved = readAll(path);
    QVERIFY(saved.size() > 1000);
    bool ok = true;
    {
        test::FileSizeLimit limit(512);
        ok = doc.save(&error);
    }
    QVERIFY(!ok);
    QVERIFY2(error.contains(path) && error.contains(kFileTooLarge), qPrintable(error));
    QCOMPARE(readAll(path), saved);
}

void TestSafeIo::devFullIsWrittenNotReplaced() {
    // As root, renaming over /dev/full replaced the device with a regular file.
    QCOMPARE(fileType("/dev/full"), mode_t(S_IFCHR));
    QString error;
    QVERIFY(!writeFileSafely(QStringLiteral("/dev/full"), QByteArray(10, 'x'), &error));
    QCOMPARE(error, QStringLiteral("cannot write /dev/full: %1").arg(kNoSpace));
    QCOMPARE(fileType("/dev/full"), mode_t(S_IFCHR));
    // Through the GUI's save too.
    ui::LabDocument doc;
    QVERIFY(!doc.saveAs(QStringLiteral("/dev/full"), &error));
    QVERIFY2(error.contains(kNoSpace), qPrintable(error));
    QCOMPARE(fileType("/dev/full"), mode_t(S_IFCHR));
}

void TestSafeIo::fifoIsWrittenNotReplaced() {
    QTemporaryDir dir;
    const QString fifo = dir.filePath("pipe");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray received;
    std::thread reader([&] { received = readAll(fifo); }); // open blocks until the writer comes
    const QByteArray bytes(200'000, 'f');
    QString error;
    const bool ok = writeFileSafely(fifo, bytes, &error);
    reader.join();
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(received, bytes);
    QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
}

void TestSafeIo::missingFolderSaysWhy() {
    QTemporaryDir dir;
    const QString path = dir.filePath("no/such/folder/x.json");
    QString error;
    QVERIFY(!writeFileSafely(path, "{}", &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(path)), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("Unknown error")), qPrintable(error));
}

void TestSafeIo::guiCaptureExportOnAFullDisk() {
    // File > Export capture writes through the same CaptureFiles as `run --pcap`.
    QTemporaryDir dir;
    const QString path = dir.filePath("c.pcapng");
    const ui::RecordedRun run = ui::RecordedRun::record(test::loadBuiltin("two-lans"), 1);
    ui::CaptureExportResult result;
    {
        test::FileSizeLimit limit(1024);
        result = ui::exportCapture(run, lab::findCapturePoint(run.lab(), "SW1:p1"), path);
    }
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("cannot write %1: %2").arg(path, kFileTooLarge));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestSafeIo)
#include "test_safe_io.moc"
