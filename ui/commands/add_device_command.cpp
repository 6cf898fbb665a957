#include "commands/add_device_command.h"

namespace ww::ui {

AddDeviceCommand::AddDeviceCommand(LabDocument* document, const lab::Device& device)
    : LabEditCommand(document) {
    after_.devices.push_back(device);
    setText(tr("Add %1").arg(QString::fromStdString(device.name)));
}

} // namespace ww::ui
