#pragma once

#include "export/picture.h"
#include "export/view_catalog.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace ww::ui {
class RecordedRun;
}

namespace ww::exporting {

// The encapsulation story of options.event's PDU (inspector/story_painter.h),
// or, without an event, of the first PDU a device sent (the first of --all).
std::optional<Picture> encapsulationPicture(const ui::RecordedRun& run, const ViewOptions& options,
                                            QString* problem);

// For --all: the story of each PDU a device sent (an ARP request, a ping, a TCP
// segment, a DNS query ...) from where it began, the first kMaxEncapsulationStories
// in event order (tcp-loss alone sends thousands).
inline constexpr std::size_t kMaxEncapsulationStories = 40;
std::vector<Variant> encapsulationVariants(const ui::RecordedRun& run);

} // namespace ww::exporting
