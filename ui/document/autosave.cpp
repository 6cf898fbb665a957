#include "document/autosave.h"

#include "document/lab_document.h"
#include "io/safe_write.h"
#include "lab/lab_json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>

namespace ww::ui {

namespace {

const QString kPrefix = QStringLiteral("session-");

QString readText(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace

AutosaveStore::AutosaveStore(const QString& folder, const QString& session)
    : folder_(folder)
    , session_(session.isEmpty() ? kPrefix + QString::number(QCoreApplication::applicationPid())
                                 : session) {}

AutosaveStore::~AutosaveStore() = default;

QString AutosaveStore::defaultFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave");
}

QString AutosaveStore::sessionFile(const QString& suffix) const {
    return folder_ + QLatin1Char('/') + session_ + suffix;
}

QString AutosaveStore::labPath() const {
    return sessionFile(QStringLiteral(".json"));
}

bool AutosaveStore::start(QString* error) {
    if (!QDir().mkpath(folder_)) {
        if (error)
            *error =
                QCoreApplication::translate("Autosave", "cannot create the folder %1").arg(folder_);
        return false;
    }
    lock_ = std::make_unique<QLockFile>(sessionFile(QStringLiteral(".lock")));
    lock_->setStaleLockTime(0); // held for the whole session: only a dead owner makes it stale
    if (!lock_->tryLock(0)) {
        if (error)
            *error = QCoreApplication::translate("Autosave", "cannot lock %1")
                         .arg(sessionFile(QStringLiteral(".lock")));
        lock_.reset();
        return false;
    }
    return true;
}

bool AutosaveStore::write(const QByteArray& labJson, const QString& originalPath, QString* error) {
    if (!lock_ && !start(error))
        return false;
    // The origin first: a lab file without it would be recovered as "untitled".
    return writeFileSafely(sessionFile(QStringLiteral(".path")), originalPath.toUtf8(), error) &&
           writeFileSafely(labPath(), labJson, error);
}

void AutosaveStore::clear() {
    QFile::remove(labPath());
    QFile::remove(sessionFile(QStringLiteral(".path")));
}

void AutosaveStore::finish() {
    clear();
    if (lock_)
        lock_->unlock(); // removes the lock file
    lock_.reset();
}

std::vector<RecoverableLab> AutosaveStore::recoverable() const {
    std::vector<RecoverableLab> out;
    const QDir dir(folder_);
    const QStringList labs =
        dir.entryList({kPrefix + QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : labs) {
        const QString base = dir.filePath(name.chopped(5)); // without ".json"
        if (base == folder_ + QLatin1Char('/') + session_)
            continue; // this session's own
        // A live session holds its lock; tryLock takes over a dead one's (its
        // process is gone) and succeeds.
        QLockFile probe(base + QStringLiteral(".lock"));
        probe.setStaleLockTime(0);
        if (!probe.tryLock(0))
            continue;
        probe.unlock();
        RecoverableLab lab;
        lab.autosavePath = dir.filePath(name);
        lab.originalPath = readText(base + QStringLiteral(".path"));
        lab.savedAt = QFileInfo(lab.autosavePath).lastModified();
        lab.lockPath = base + QStringLiteral(".lock");
        out.push_back(lab);
    }
    std::stable_sort(out.begin(), out.end(), [](const RecoverableLab& a, const RecoverableLab& b) {
        return a.savedAt > b.savedAt;
    });
    return out;
}

void AutosaveStore::discard(const RecoverableLab& lab) {
    QFile::remove(lab.autosavePath);
    QString base = lab.autosavePath;
    base.chop(5);
    QFile::remove(base + QStringLiteral(".path"));
    QFile::remove(lab.lockPath);
}

bool recoverLab(LabDocument* document, const RecoverableLab& lab, QStringList* problems) {
    const lab::LoadResult loaded = lab::loadLabFile(lab.autosavePath);
    if (!loaded.lab) {
        for (const lab::LabIssue& issue : loaded.issues)
            problems->append(issue.path.isEmpty()
                                 ? issue.message
                                 : issue.path + QStringLiteral(": ") + issue.message);
        return false;
    }
    document->restore(*loaded.lab, lab.originalPath);
    return true;
}

Autosaver::Autosaver(LabDocument* document, AutosaveStore* store, int intervalMs, QObject* parent)
    : QObject(parent)
    , document_(document)
    , store_(store)
    , timer_(new QTimer(this)) {
    pending_ = document_->isModified();
    connect(document_->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::changed);
    connect(document_, &LabDocument::modifiedChanged, this,
            [this](bool modified) { cleanChanged(!modified); });
    connect(timer_, &QTimer::timeout, this, &Autosaver::autosaveNow);
    timer_->start(intervalMs);
}

void Autosaver::changed() {
    pending_ = document_->isModified();
}

void Autosaver::cleanChanged(bool clean) {
    // Saved, reopened or undone back to the file: nothing is at risk any more.
    pending_ = !clean;
    if (clean)
        store_->clear();
}

bool Autosaver::autosaveNow() {
    if (!pending_)
        return false;
    QString error;
    if (!store_->write(lab::toJson(document_->lab()), document_->filePath(), &error)) {
        Q_EMIT failed(error);
        return false;
    }
    pending_ = false;
    return true;
}

} // namespace ww::ui
