#include "commands/paste_items_command.h"

namespace ww::ui {

PasteItemsCommand::PasteItemsCommand(LabDocument* document, const lab::Lab& copies)
    : LabEditCommand(document) {
    after_.devices.insert(after_.devices.end(), copies.devices.begin(), copies.devices.end());
    after_.links.insert(after_.links.end(), copies.links.begin(), copies.links.end());
    setText(tr("Paste %n device(s)", nullptr, int(copies.devices.size())));
}

} // namespace ww::ui
