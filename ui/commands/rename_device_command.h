#pragma once

#include "commands/lab_edit_command.h"

#include <QCoreApplication>
#include <QString>

namespace ww::ui {

// Renames a device and every link end and scenario action that names it.
class RenameDeviceCommand : public LabEditCommand {
    Q_DECLARE_TR_FUNCTIONS(RenameDeviceCommand)
public:
    RenameDeviceCommand(LabDocument* document, const QString& from, const QString& to);
};

} // namespace ww::ui
