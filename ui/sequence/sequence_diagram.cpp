#include "sequence/sequence_diagram.h"

#include "sequence/sequence_metrics.h"

#include <algorithm>
#include <limits>

// The diagram's small questions: state names, where a moment or a column is, which arrow an
// event belongs to. Building is in sequence_layout.cpp, painting in sequence_paint.cpp.
namespace ww::sequence {

QString tcpStateName(TcpState s) {
    switch (s) {
    case TcpState::Closed:
        return QStringLiteral("CLOSED");
    case TcpState::Listen:
        return QStringLiteral("LISTEN");
    case TcpState::SynSent:
        return QStringLiteral("SYN-SENT");
    case TcpState::SynReceived:
        return QStringLiteral("SYN-RECEIVED");
    case TcpState::Established:
        return QStringLiteral("ESTABLISHED");
    case TcpState::FinWait1:
        return QStringLiteral("FIN-WAIT-1");
    case TcpState::FinWait2:
        return QStringLiteral("FIN-WAIT-2");
    case TcpState::CloseWait:
        return QStringLiteral("CLOSE-WAIT");
    case TcpState::Closing:
        return QStringLiteral("CLOSING");
    case TcpState::LastAck:
        return QStringLiteral("LAST-ACK");
    case TcpState::TimeWait:
        return QStringLiteral("TIME-WAIT");
    }
    return {};
}

SequenceDiagram::SequenceDiagram(const ui::RecordedRun& run, const ui::Conversations& conversations,
                                 const ui::Conversation& conversation, DiagramOptions options)
    : options_(options) {
    build(run, conversations, conversation);
}

QStringList SequenceDiagram::lifelineNames() const {
    return names_;
}

int SequenceDiagram::yAt(SimTime t) const {
    if (anchorT_.empty())
        return metrics::kHeaderH + metrics::kTopPad;
    auto it = std::lower_bound(anchorT_.begin(), anchorT_.end(), t);
    if (it == anchorT_.end())
        return anchorY_.back();
    const auto i = static_cast<std::size_t>(it - anchorT_.begin());
    if (*it == t || i == 0)
        return anchorY_[i];
    const double f = static_cast<double>(t - anchorT_[i - 1]) /
                     static_cast<double>(anchorT_[i] - anchorT_[i - 1]);
    return anchorY_[i - 1] + static_cast<int>(f * (anchorY_[i] - anchorY_[i - 1]));
}

int SequenceDiagram::columnX(int column) const {
    return left_ + column * spacing_;
}

int SequenceDiagram::headerHeight(bool compact) const {
    return compact ? metrics::kCompactHeaderH : metrics::kHeaderH;
}

int SequenceDiagram::arrowForEvent(std::size_t event) const {
    auto it = std::lower_bound(eventArrow_.begin(), eventArrow_.end(),
                               std::make_pair(event, std::numeric_limits<int>::min()));
    return it != eventArrow_.end() && it->first == event ? it->second : -1;
}

} // namespace ww::sequence
