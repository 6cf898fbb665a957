#pragma once

#include "lab/lab.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QUndoStack;

namespace ww::ui {

// The lab being edited: its value, where it lives on disk, and the undo
// history. Commands (ui/commands/) change it only through setLab(), so every
// edit is undoable and every view hears about it through the signals.
class LabDocument : public QObject {
    Q_OBJECT
public:
    explicit LabDocument(QObject* parent = nullptr);

    const lab::Lab& lab() const { return lab_; }
    QString filePath() const { return filePath_; }
    // The file name without folder, or the lab's name for a lab not yet saved.
    QString displayName() const;
    QUndoStack* undoStack() const { return undo_; }
    bool isModified() const;
    int deviceIndex(const QString& name) const;
    // What the lab loader would say about the lab as it is now ("path: message"),
    // so a save can warn before writing a file Wirewalk will not open.
    QStringList problems() const;

    // Starts over on `lab`: no history, not modified.
    void reset(const lab::Lab& lab, const QString& path = {});
    void newLab();
    // Starts over on a lab recovered from an autosave: no history, but modified,
    // since the file at `path` does not hold it.
    void restore(const lab::Lab& lab, const QString& path);
    // On failure the lab is unchanged and `problems` lists what is wrong.
    bool open(const QString& path, QStringList* problems);
    bool save(QString* error);
    bool saveAs(const QString& path, QString* error);

    // For undo commands: replaces the lab and says what changed.
    void setLab(const lab::Lab& next);

Q_SIGNALS:
    // Devices or links were added, removed or renamed: rebuild the views.
    void labChanged();
    // Same devices and links; this device's value changed (position, interfaces...).
    void deviceChanged(int index);
    void linkChanged(int index);
    // The scenario's actions changed (the device editor lists a device's actions).
    void scenarioChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    lab::Lab lab_;
    QString filePath_;
    QUndoStack* undo_ = nullptr;
};

} // namespace ww::ui
