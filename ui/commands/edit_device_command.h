#pragma once

#include "commands/lab_edit_command.h"

#include <QCoreApplication>
#include <map>
#include <string>
#include <vector>

namespace ww::ui {

// Replaces one device's whole value and the scenario actions it sends, as the
// device editor's Apply does. A new name, and interfaces renamed in the
// editor, are carried over to the links and actions that refer to them.
class EditDeviceCommand : public LabEditCommand {
    Q_DECLARE_TR_FUNCTIONS(EditDeviceCommand)
public:
    using InterfaceRenames = std::map<std::string, std::string>; // old name -> new name
    EditDeviceCommand(LabDocument* document, int index, const lab::Device& device,
                      const std::vector<lab::Action>& actions,
                      const InterfaceRenames& renames = {});
};

} // namespace ww::ui
