#include "commands/add_action_command.h"

#include <algorithm>

namespace ww::ui {

double AddActionCommand::timeNeeded(const lab::Action& a) {
    const double repetitions = a.interval * std::max(0, a.count - 1);
    switch (a.type) {
    case lab::ActionType::Traceroute:
        // Every hop answered quickly, or a few timeouts: enough to show the trace end.
        return repetitions + 3 * a.wait;
    case lab::ActionType::Dns:
    case lab::ActionType::HttpGet:
    case lab::ActionType::Ping:
    case lab::ActionType::UdpSend:
    case lab::ActionType::TcpTransfer:
        return repetitions + 3;
    }
    return repetitions + 3;
}

AddActionCommand::AddActionCommand(LabDocument* document, const lab::Action& action)
    : LabEditCommand(document) {
    after_.scenario.push_back(action);
    after_.duration = std::max(after_.duration, action.at + timeNeeded(action));
    setText(tr("Add %1 from %2 at %3 s")
                .arg(QString::fromLatin1(action.type == lab::ActionType::Traceroute ? "traceroute"
                                         : action.type == lab::ActionType::HttpGet  ? "HTTP GET"
                                         : action.type == lab::ActionType::Dns      ? "DNS lookup"
                                                                                    : "ping"),
                     QString::fromStdString(action.from))
                .arg(action.at, 0, 'f', 3));
}

} // namespace ww::ui
