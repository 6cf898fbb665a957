#include "commands/remove_items_command.h"

#include "document/lab_edits.h"

namespace ww::ui {

RemoveItemsCommand::RemoveItemsCommand(LabDocument* document, const QStringList& devices,
                                       const QStringList& links)
    : LabEditCommand(document) {
    after_ = withoutItems(before_, devices, links);
    if (devices.size() == 1 && links.isEmpty())
        setText(tr("Delete %1").arg(devices.front()));
    else
        setText(tr("Delete %n item(s)", nullptr, int(devices.size() + links.size())));
}

} // namespace ww::ui
