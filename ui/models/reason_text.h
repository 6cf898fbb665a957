#pragma once

#include "trace/event.h"

#include <QString>

namespace ww::ui {

// Words for the engine's enums, for people (core names them only in snake_case).
QString dropReasonText(DropReason reason);
QString checkText(Check check);
QString macTableChangeText(MacTableChange change);
QString arpCacheChangeText(ArpCacheChange change);
QString arpStepText(ArpResolutionStep step);
QString actionText(ActionKind action);
QString congestionChangeText(CongestionChange change);
QString retransmitReasonText(RetransmitReason reason);

} // namespace ww::ui
