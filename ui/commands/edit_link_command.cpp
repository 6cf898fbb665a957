#include "commands/edit_link_command.h"

namespace ww::ui {

EditLinkCommand::EditLinkCommand(LabDocument* document, int index, const lab::Link& link)
    : LabEditCommand(document) {
    after_.links.at(index) = link;
    setText(tr("Edit link %1").arg(QString::fromStdString(link.name)));
}

} // namespace ww::ui
