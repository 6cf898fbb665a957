#include "document/lab_document.h"

#include "io/safe_write.h"
#include "lab/lab_json.h"

#include <QFileInfo>
#include <QUndoStack>

namespace ww::ui {

namespace {

// True when both labs have the same devices and links by name, in the same
// order: then only values changed and the views can update items in place.
bool sameShape(const lab::Lab& a, const lab::Lab& b) {
    if (a.devices.size() != b.devices.size() || a.links.size() != b.links.size())
        return false;
    for (std::size_t i = 0; i < a.devices.size(); ++i)
        if (a.devices[i].name != b.devices[i].name || a.devices[i].type != b.devices[i].type)
            return false;
    for (std::size_t i = 0; i < a.links.size(); ++i)
        if (a.links[i].name != b.links[i].name || a.links[i].a != b.links[i].a ||
            a.links[i].b != b.links[i].b)
            return false;
    return true;
}

lab::Lab emptyLab() {
    lab::Lab l;
    l.name = "untitled";
    return l;
}

} // namespace

LabDocument::LabDocument(QObject* parent)
    : QObject(parent)
    , lab_(emptyLab())
    , undo_(new QUndoStack(this)) {
    connect(undo_, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

QString LabDocument::displayName() const {
    if (!filePath_.isEmpty())
        return QFileInfo(filePath_).fileName();
    return lab_.name.empty() ? tr("untitled") : QString::fromStdString(lab_.name);
}

bool LabDocument::isModified() const {
    return !undo_->isClean();
}

int LabDocument::deviceIndex(const QString& name) const {
    const std::string n = name.toStdString();
    for (std::size_t i = 0; i < lab_.devices.size(); ++i)
        if (lab_.devices[i].name == n)
            return static_cast<int>(i);
    return -1;
}

QStringList LabDocument::problems() const {
    QStringList out;
    for (const lab::LabIssue& issue : lab::parseLab(lab::toJson(lab_)).issues)
        out << (issue.path.isEmpty() ? issue.message
                                     : issue.path + QStringLiteral(": ") + issue.message);
    return out;
}

void LabDocument::reset(const lab::Lab& lab, const QString& path) {
    undo_->clear();
    lab_ = lab;
    filePath_ = path;
    Q_EMIT labChanged();
    Q_EMIT filePathChanged(filePath_);
    Q_EMIT modifiedChanged(false);
}

void LabDocument::restore(const lab::Lab& lab, const QString& path) {
    reset(lab, path);
    undo_->resetClean(); // emits cleanChanged(false): modified
}

void LabDocument::newLab() {
    reset(emptyLab());
}

bool LabDocument::open(const QString& path, QStringList* problems) {
    lab::LoadResult loaded = lab::loadLabFile(path);
    if (!loaded.lab) {
        for (const lab::LabIssue& issue : loaded.issues)
            problems->append(issue.path.isEmpty()
                                 ? issue.message
                                 : issue.path + QStringLiteral(": ") + issue.message);
        return false;
    }
    reset(*loaded.lab, path);
    return true;
}

bool LabDocument::save(QString* error) {
    return saveAs(filePath_, error);
}

bool LabDocument::saveAs(const QString& path, QString* error) {
    // A temporary file renamed over the lab: a crash or a full disk mid-save
    // never leaves a half-written (or empty) lab behind.
    if (!writeFileSafely(path, lab::toJson(lab_), error))
        return false;
    if (filePath_ != path) {
        filePath_ = path;
        Q_EMIT filePathChanged(filePath_);
    }
    undo_->setClean();
    return true;
}

void LabDocument::setLab(const lab::Lab& next) {
    if (!sameShape(lab_, next)) {
        lab_ = next;
        Q_EMIT labChanged();
        return;
    }
    const lab::Lab before = std::exchange(lab_, next);
    for (std::size_t i = 0; i < lab_.devices.size(); ++i)
        if (!(before.devices[i] == lab_.devices[i]))
            Q_EMIT deviceChanged(static_cast<int>(i));
    for (std::size_t i = 0; i < lab_.links.size(); ++i)
        if (!(before.links[i] == lab_.links[i]))
            Q_EMIT linkChanged(static_cast<int>(i));
    if (!(before.scenario == lab_.scenario))
        Q_EMIT scenarioChanged();
}

} // namespace ww::ui
