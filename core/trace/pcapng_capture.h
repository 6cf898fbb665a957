#pragma once

#include "trace/capture_tap.h"
#include "trace/event.h"
#include "trace/pcapng_writer.h"

namespace ww {

// A trace subscriber that writes what one capture point sees (trace/capture_tap.h)
// as pcapng: one interface, frames with their FCS, nanosecond timestamps in
// simulated time, each frame marked inbound or outbound (epb_flags).
class PcapngCapture {
public:
    PcapngCapture(const CaptureTap& tap, const QString& interfaceName, const QString& description,
                  QIODevice& out);
    void onEvent(const Event& e);
    std::uint64_t frames() const { return frames_; }

private:
    CaptureTap tap_;
    PcapngWriter writer_;
    std::uint64_t frames_ = 0;
};

} // namespace ww
