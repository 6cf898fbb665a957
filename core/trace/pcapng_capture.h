#pragma once

#include "trace/event.h"
#include "trace/pcapng_writer.h"

#include <vector>

namespace ww {

// A trace subscriber that writes every frame as it starts across its link:
// one pcapng interface per link (named after the link), frames with FCS,
// timestamps in simulated nanoseconds.
class PcapngCapture {
public:
    PcapngCapture(const std::vector<QString>& linkNames, QIODevice& out);
    void onEvent(const Event& e);

private:
    PcapngWriter writer_;
};

} // namespace ww
