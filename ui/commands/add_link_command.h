#pragma once

#include "commands/lab_edit_command.h"

#include <QCoreApplication>
#include <string>
#include <utility>
#include <vector>

namespace ww::ui {

// Cables two interfaces. When an end had no free interface, the caller passes
// the interface to add to that device first (a new switch port, say).
class AddLinkCommand : public LabEditCommand {
    Q_DECLARE_TR_FUNCTIONS(AddLinkCommand)
public:
    using NewInterface = std::pair<std::string, lab::Interface>; // device name, interface
    AddLinkCommand(LabDocument* document, const lab::Link& link,
                   const std::vector<NewInterface>& newInterfaces = {});
};

} // namespace ww::ui
