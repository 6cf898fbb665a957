#pragma once

#include "lab/lab.h"

#include <QUndoCommand>

namespace ww::ui {

class LabDocument;

// What every edit shares: the lab before and after. Undo puts back the exact
// value it replaced, so undo/redo never drift however edits interleave.
// Subclasses compute after_ in their constructor and name themselves.
class LabEditCommand : public QUndoCommand {
public:
    void redo() override;
    void undo() override;
    // False when the edit changes nothing (the caller need not push it).
    bool changesLab() const { return !(before_ == after_); }
    // The lab redo() installs: editors validate it before pushing the command.
    const lab::Lab& result() const { return after_; }

protected:
    explicit LabEditCommand(LabDocument* document);

    LabDocument* document_;
    lab::Lab before_;
    lab::Lab after_;
};

} // namespace ww::ui
