#pragma once

#include "commands/lab_edit_command.h"

#include <QCoreApplication>

namespace ww::ui {

// Adds one scenario action (Act live: a ping, traceroute, HTTP GET or DNS lookup started from
// the canvas at the playback moment). The lab's duration grows when the action would not have
// time to finish in it.
class AddActionCommand : public LabEditCommand {
    Q_DECLARE_TR_FUNCTIONS(AddActionCommand)
public:
    AddActionCommand(LabDocument* document, const lab::Action& action);

    // Seconds the action needs after it starts (its repetitions, and answers or timeouts).
    static double timeNeeded(const lab::Action& action);
};

} // namespace ww::ui
