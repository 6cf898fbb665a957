#include "commands/rename_device_command.h"

#include "document/lab_edits.h"

namespace ww::ui {

RenameDeviceCommand::RenameDeviceCommand(LabDocument* document, const QString& from,
                                         const QString& to)
    : LabEditCommand(document) {
    after_ = withRenamedDevice(before_, from.toStdString(), to.toStdString());
    setText(tr("Rename %1 to %2").arg(from, to));
}

} // namespace ww::ui
