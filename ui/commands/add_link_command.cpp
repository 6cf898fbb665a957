#include "commands/add_link_command.h"

namespace ww::ui {

AddLinkCommand::AddLinkCommand(LabDocument* document, const lab::Link& link,
                               const std::vector<NewInterface>& newInterfaces)
    : LabEditCommand(document) {
    for (const auto& [device, itf] : newInterfaces)
        for (lab::Device& dev : after_.devices)
            if (dev.name == device)
                dev.interfaces.push_back(itf);
    after_.links.push_back(link);
    setText(
        tr("Link %1:%2 to %3:%4")
            .arg(QString::fromStdString(link.a.device), QString::fromStdString(link.a.interface),
                 QString::fromStdString(link.b.device), QString::fromStdString(link.b.interface)));
}

} // namespace ww::ui
