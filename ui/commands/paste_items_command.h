#pragma once

#include "commands/lab_edit_command.h"

#include <QCoreApplication>

namespace ww::ui {

// Adds copies (already renamed to fit, see copiesFor) of devices and the links among them.
class PasteItemsCommand : public LabEditCommand {
    Q_DECLARE_TR_FUNCTIONS(PasteItemsCommand)
public:
    PasteItemsCommand(LabDocument* document, const lab::Lab& copies);
};

} // namespace ww::ui
