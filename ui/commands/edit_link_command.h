#pragma once

#include "commands/lab_edit_command.h"

#include <QCoreApplication>

namespace ww::ui {

// Replaces one link's value (bandwidth, delay, MTU, loss...), as the link
// editor's Apply does.
class EditLinkCommand : public LabEditCommand {
    Q_DECLARE_TR_FUNCTIONS(EditLinkCommand)
public:
    EditLinkCommand(LabDocument* document, int index, const lab::Link& link);
};

} // namespace ww::ui
