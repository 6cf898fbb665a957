#pragma once

#include "trace/event.h"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace ww {

// Counts what a run did, for `wirewalk run`'s summary, and checks frame
// conservation: every frame put on a link arrives, is lost on the link, or is
// still in flight; every frame that arrives is dropped at most once.
class TraceStats {
public:
    void onEvent(const Event& e);

    std::uint64_t events() const { return events_; }
    std::uint64_t framesSent() const { return sent_; }
    std::uint64_t framesArrived() const { return arrived_; }
    std::uint64_t framesLostOnLinks() const { return lostOnLinks_; }
    std::uint64_t framesDroppedAtDevices() const { return droppedAtDevices_; }
    std::uint64_t framesInFlight() const { return inFlight_.size(); }
    // Every Drop event falls in exactly one of: lost on a link, refused at a transmitter
    // (queue full, or too big for the link), a frame dropped by a device (NIC filter, FCS, switch), or a
    // packet/message dropped inside a device (frame id 0: received, or never framed).
    std::uint64_t drops() const { return drops_; }
    std::uint64_t framesRefusedAtTransmitters() const { return queueFull_; }
    std::uint64_t packetsDroppedAtDevices() const { return packetsDroppedAtDevices_; }
    std::uint64_t pingsReplied() const { return pingReplies_; }
    std::uint64_t icmpErrors() const { return icmpErrors_; }
    std::uint64_t udpDelivered() const { return udpDelivered_; }
    std::uint64_t count(std::size_t kindIndex) const { return byKind_[kindIndex]; }
    const std::map<DropReason, std::uint64_t>& dropsByReason() const { return dropReasons_; }

    // Empty when conservation holds; otherwise one line per violation.
    std::vector<std::string> conservationViolations() const { return violations_; }

private:
    std::uint64_t events_ = 0, sent_ = 0, arrived_ = 0, lostOnLinks_ = 0, droppedAtDevices_ = 0;
    std::uint64_t drops_ = 0, queueFull_ = 0, packetsDroppedAtDevices_ = 0;
    std::uint64_t pingReplies_ = 0, icmpErrors_ = 0, udpDelivered_ = 0;
    std::array<std::uint64_t, std::variant_size_v<EventKind>> byKind_{};
    std::map<std::uint64_t, int> inFlight_;    // frame id -> 1
    std::map<std::uint64_t, bool> arrivedIds_; // frame id -> already dropped at the receiver
    std::map<DropReason, std::uint64_t> dropReasons_;
    std::vector<std::string> violations_;
};

} // namespace ww
