// Autosave and recovery (issue 14): the open lab is autosaved when it changed,
// never over the user's file; what a crashed session left is offered back, and
// a clean close or a save leaves nothing behind. XDG_DATA_HOME is a temporary
// folder, so nothing here touches the user's own.
#include "document/autosave.h"
#include "document/lab_document.h"
#include "lab/lab_json.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtTest>

using namespace ww;
using ww::ui::Autosaver;
using ww::ui::AutosaveStore;
using ww::ui::LabDocument;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// An edit as the undo stack sees it (the lab itself does not matter here).
void edit(LabDocument& doc) {
    lab::Lab changed = doc.lab();
    changed.title.en += " (edited)";
    doc.setLab(changed);
    doc.undoStack()->push(new QUndoCommand(QStringLiteral("edit")));
}

// The pid of a process that has ended: a lock naming it is a crashed session's.
qint64 deadPid() {
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForStarted();
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

} // namespace

class TestAutosave : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void folderIsUnderAppData();
    void onlyWhenModifiedAndNeverTheUsersFile();
    void everyIntervalOnItsOwn();
    void saveRemovesTheAutosave();
    void crashedSessionIsOffered();
    void liveSessionIsNotOffered();
    void cleanCloseLeavesNothing();

private:
    QTemporaryDir home_;
    QString folder_;
};

void TestAutosave::initTestCase() {
    QVERIFY(home_.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(home_.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("Wirewalk"));
    QCoreApplication::setApplicationName(QStringLiteral("Wirewalk"));
    folder_ = AutosaveStore::defaultFolder();
}

void TestAutosave::init() {
    QDir(folder_).removeRecursively();
}

void TestAutosave::folderIsUnderAppData() {
    QVERIFY2(folder_.startsWith(home_.path() + "/") && folder_.endsWith("/autosave"),
             qPrintable(folder_));
}

void TestAutosave::onlyWhenModifiedAndNeverTheUsersFile() {
    QTemporaryDir dir;
    const QString userFile = dir.filePath("mine.json");
    LabDocument doc;
    doc.reset(*lab::loadLab(QStringLiteral("builtin:two-lans")).lab);
    QString error;
    QVERIFY(doc.saveAs(userFile, &error));
    const QByteArray onDisk = readAll(userFile);
    AutosaveStore store(folder_);
    Autosaver autosaver(&doc, &store, 3'600'000);
    QVERIFY(!autosaver.autosaveNow()); // nothing changed
    QVERIFY(!QFile::exists(store.labPath()));
    edit(doc);
    QVERIFY(autosaver.autosaveNow());
    QVERIFY(store.labPath().startsWith(folder_));
    const lab::LoadResult autosaved = lab::loadLabFile(store.labPath());
    QVERIFY(autosaved.lab);
    QCOMPARE(*autosaved.lab, doc.lab());
    QVERIFY(!autosaver.autosaveNow()); // not changed since the last autosave
    QCOMPARE(readAll(userFile), onDisk);
    QVERIFY(doc.isModified());
    store.finish();
}

void TestAutosave::everyIntervalOnItsOwn() {
    LabDocument doc;
    AutosaveStore store(folder_);
    Autosaver autosaver(&doc, &store, 50);
    QTest::qWait(120);
    QVERIFY(!QFile::exists(store.labPath()));
    edit(doc);
    QTRY_VERIFY(QFile::exists(store.labPath()));
    QVERIFY(!autosaver.pending());
    store.finish();
}

void TestAutosave::saveRemovesTheAutosave() {
    QTemporaryDir dir;
    LabDocument doc;
    AutosaveStore store(folder_);
    Autosaver autosaver(&doc, &store, 3'600'000);
    edit(doc);
    QVERIFY(autosaver.autosaveNow());
    QString error;
    QVERIFY(doc.saveAs(dir.filePath("saved.json"), &error));
    QVERIFY(!QFile::exists(store.labPath()));
    QVERIFY(!autosaver.autosaveNow());
    store.finish();
}

void TestAutosave::crashedSessionIsOffered() {
    lab::Lab edited = *lab::loadLab(QStringLiteral("builtin:tcp-basics")).lab;
    edited.title.en = "edited before the crash";
    const QString original = QStringLiteral("/home/someone/labs/tcp.json");
    QString lockPath;
    {
        AutosaveStore crashed(folder_, QStringLiteral("session-crashed"));
        QString error;
        QVERIFY2(crashed.write(lab::toJson(edited), original, &error), qPrintable(error));
        lockPath = folder_ + "/session-crashed.lock";
        QByteArray lock = readAll(lockPath);
        QVERIFY(!lock.isEmpty());
        // The process dies: its lock stays behind, naming a pid that is gone.
        lock = QByteArray::number(deadPid()) + lock.mid(lock.indexOf('\n'));
        QFile f(lockPath + ".keep");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lock);
    } // (the store's lock file is removed here, as a crash would not)
    QVERIFY(QFile::rename(lockPath + ".keep", lockPath));

    AutosaveStore next(folder_, QStringLiteral("session-next"));
    const std::vector<ui::RecoverableLab> found = next.recoverable();
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].originalPath, original);
    LabDocument doc;
    QStringList problems;
    QVERIFY(ui::recoverLab(&doc, found[0], &problems));
    QCOMPARE(doc.lab(), edited);
    QCOMPARE(doc.filePath(), original); // Save goes to the user's file, when asked
    QVERIFY(doc.isModified());          // ... which does not hold these changes yet
    AutosaveStore::discard(found[0]);
    QVERIFY(next.recoverable().empty());
    QVERIFY(QDir(folder_).entryList(QDir::Files).isEmpty());
}

void TestAutosave::liveSessionIsNotOffered() {
    AutosaveStore running(folder_, QStringLiteral("session-running"));
    QString error;
    QVERIFY(running.write("{}", QString(), &error));
    AutosaveStore other(folder_, QStringLiteral("session-other"));
    QVERIFY(other.recoverable().empty());
    QVERIFY(QFile::exists(running.labPath()));
    running.finish();
}

void TestAutosave::cleanCloseLeavesNothing() {
    LabDocument doc;
    AutosaveStore store(folder_);
    Autosaver autosaver(&doc, &store, 3'600'000);
    edit(doc);
    QVERIFY(autosaver.autosaveNow());
    store.finish();
    QVERIFY(QDir(folder_).entryList(QDir::Files | QDir::Hidden).isEmpty());
    AutosaveStore next(folder_, QStringLiteral("session-next"));
    QVERIFY(next.recoverable().empty());
}

QTEST_MAIN(TestAutosave)
#include "test_autosave.moc"
