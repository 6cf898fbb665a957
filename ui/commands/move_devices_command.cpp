#include "commands/move_devices_command.h"

#include <QSet>

namespace ww::ui {

MoveDevicesCommand::MoveDevicesCommand(LabDocument* document,
                                       const QHash<QString, QPointF>& positions)
    : LabEditCommand(document)
    , positions_(positions) {
    for (lab::Device& dev : after_.devices) {
        auto it = positions.constFind(QString::fromStdString(dev.name));
        if (it != positions.constEnd()) {
            dev.x = it->x();
            dev.y = it->y();
        }
    }
    setText(positions.size() == 1 ? tr("Move %1").arg(positions.constBegin().key())
                                  : tr("Move %n device(s)", nullptr, int(positions.size())));
}

bool MoveDevicesCommand::mergeWith(const QUndoCommand* other) {
    const auto* move = static_cast<const MoveDevicesCommand*>(other);
    // Only the same set of devices, and only when nothing happened in between.
    if (QSet<QString>(move->positions_.keyBegin(), move->positions_.keyEnd()) !=
        QSet<QString>(positions_.keyBegin(), positions_.keyEnd()))
        return false;
    if (!(move->before_ == after_))
        return false;
    after_ = move->after_;
    positions_ = move->positions_;
    return true;
}

} // namespace ww::ui
