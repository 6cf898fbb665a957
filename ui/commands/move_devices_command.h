#pragma once

#include "commands/lab_edit_command.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QString>

namespace ww::ui {

// Moves devices to new canvas positions. Consecutive moves of the same
// devices merge into one undo step, so nudging a device is one undo.
class MoveDevicesCommand : public LabEditCommand {
    Q_DECLARE_TR_FUNCTIONS(MoveDevicesCommand)
public:
    MoveDevicesCommand(LabDocument* document, const QHash<QString, QPointF>& positions);

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    QHash<QString, QPointF> positions_;
};

} // namespace ww::ui
