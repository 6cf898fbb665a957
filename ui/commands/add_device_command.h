#pragma once

#include "commands/lab_edit_command.h"

#include <QCoreApplication>

namespace ww::ui {

// Adds one device (from the palette) at the end of the lab's device list.
class AddDeviceCommand : public LabEditCommand {
    Q_DECLARE_TR_FUNCTIONS(AddDeviceCommand)
public:
    AddDeviceCommand(LabDocument* document, const lab::Device& device);
};

} // namespace ww::ui
