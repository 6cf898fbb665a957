#include "commands/lab_edit_command.h"

#include "document/lab_document.h"

namespace ww::ui {

LabEditCommand::LabEditCommand(LabDocument* document)
    : document_(document)
    , before_(document->lab())
    , after_(document->lab()) {}

void LabEditCommand::redo() {
    document_->setLab(after_);
}

void LabEditCommand::undo() {
    document_->setLab(before_);
}

} // namespace ww::ui
