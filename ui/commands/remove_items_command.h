#pragma once

#include "commands/lab_edit_command.h"

#include <QCoreApplication>
#include <QStringList>

namespace ww::ui {

// Deletes devices with every link that ends on them and the scenario actions
// they send, plus the named links.
class RemoveItemsCommand : public LabEditCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveItemsCommand)
public:
    RemoveItemsCommand(LabDocument* document, const QStringList& devices, const QStringList& links);
};

} // namespace ww::ui
