#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

class QLockFile;
class QTimer;

namespace ww::ui {

class LabDocument;

// What a session that did not close cleanly left in the autosave folder.
struct RecoverableLab {
    QString autosavePath; // the autosaved lab (a lab file Wirewalk opens)
    QString originalPath; // the user's file it came from; empty for a lab never saved
    QDateTime savedAt;    // when it was autosaved
    QString lockPath;     // the dead session's lock
};

// The autosave folder: one lab, its origin and a lock per running session
// (session-PID.json, .path, .lock). A session holds its lock while it runs and
// removes all three when it closes cleanly, so files without a live lock are
// what a crash left behind. No widgets: the dialog is in ui/windows/autosave_setup.
class AutosaveStore {
public:
    // `folder`: normally defaultFolder(); tests pass a temporary one. `session`
    // names this session's files (default: session-PID).
    explicit AutosaveStore(const QString& folder, const QString& session = {});
    ~AutosaveStore();
    AutosaveStore(const AutosaveStore&) = delete;
    AutosaveStore& operator=(const AutosaveStore&) = delete;

    // QStandardPaths::AppDataLocation/autosave.
    static QString defaultFolder();

    QString folder() const { return folder_; }
    // This session's autosave file (never the user's file).
    QString labPath() const;
    // Takes this session's lock; false with `error` when the folder cannot be used.
    bool start(QString* error);
    // Writes the lab's bytes (and where it came from) atomically.
    bool write(const QByteArray& labJson, const QString& originalPath, QString* error);
    // Removes this session's autosave (after a save, or on a clean close).
    void clear();
    // Clear, and the lock released: the session closed cleanly.
    void finish();

    // Autosaves of sessions that are not running (crashed), newest first.
    std::vector<RecoverableLab> recoverable() const;
    // Deletes what a crashed session left (after recovering it, or when declined).
    static void discard(const RecoverableLab& lab);

private:
    QString sessionFile(const QString& suffix) const;

    QString folder_;
    QString session_;
    std::unique_ptr<QLockFile> lock_;
};

// Opens a crashed session's autosave in `document`: the user's file name (if it
// had one) and modified, since the file on disk does not hold these changes.
// False with `problems` when the autosave does not load.
bool recoverLab(LabDocument* document, const RecoverableLab& lab, QStringList* problems);

// Autosaves the open lab every `interval` ms (30 s in the app) when it changed
// since the last autosave; clears it when the lab is saved, reset or closed.
class Autosaver : public QObject {
    Q_OBJECT
public:
    Autosaver(LabDocument* document, AutosaveStore* store, int intervalMs = 30'000,
              QObject* parent = nullptr);

    // Writes now when the lab changed since the last autosave; true when written.
    bool autosaveNow();
    bool pending() const { return pending_; }

Q_SIGNALS:
    // An autosave could not be written ("cannot write PATH: reason").
    void failed(const QString& error);

private:
    void changed();
    void cleanChanged(bool clean);

    LabDocument* document_;
    AutosaveStore* store_;
    QTimer* timer_;
    bool pending_ = false; // modified since the last autosave
};

} // namespace ww::ui
