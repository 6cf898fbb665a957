#pragma once

#include "inspector/pdu_dissection.h"
#include "models/recorded_run.h"

#include <cstdint>
#include <optional>

namespace ww::inspector {

// The initial sequence numbers a TCP segment's numbers are counted from when
// shown relative, as the event list counts them: each flow's last SYN seen up
// to the segment, else the first segment of the flow seen (a flow met mid-way,
// e.g. behind a NAT).
struct TcpBases {
    std::uint32_t sequence = 0;
    std::optional<std::uint32_t> acknowledgment; // the peer's; none before it sent anything
};

// The bases for the TCP segment in event `eventIndex`'s PDU (a frame, a packet
// or a bare segment, whose addresses come from the frame that carried it);
// nullopt when the PDU holds no TCP segment.
std::optional<TcpBases> tcpBasesOf(const ui::RecordedRun& run, std::size_t eventIndex);

// Rewrites the TCP layer's sequence and acknowledgment rows the way Wireshark
// shows relative numbers: "1 (relative sequence number)" followed by a
// "Sequence number (raw)" row over the same bytes. The acknowledgment only
// when the ACK flag is set and its base is known.
void showRelativeNumbers(Dissection& d, const TcpBases& bases);

} // namespace ww::inspector
