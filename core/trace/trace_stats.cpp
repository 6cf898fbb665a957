#include "trace/trace_stats.h"

namespace ww {

void TraceStats::onEvent(const Event& e) {
    ++events_;
    ++byKind_[e.kind.index()];
    if (auto* tx = std::get_if<FrameTxStart>(&e.kind)) {
        ++sent_;
        if (!inFlight_.emplace(tx->frameId, 1).second)
            violations_.push_back("frame " + std::to_string(tx->frameId) + " sent twice");
    } else if (auto* arr = std::get_if<FrameArrival>(&e.kind)) {
        ++arrived_;
        if (inFlight_.erase(arr->frameId) == 0)
            violations_.push_back("frame " + std::to_string(arr->frameId) + " arrived unsent");
        arrivedIds_[arr->frameId] = false;
    } else if (auto* drop = std::get_if<Drop>(&e.kind)) {
        ++dropReasons_[drop->reason];
        ++drops_;
        if (drop->reason == DropReason::QueueFull || drop->reason == DropReason::FrameTooBig) {
            ++queueFull_; // a frame that never got onto the link
            return;
        }
        if (drop->frameId == 0) {
            ++packetsDroppedAtDevices_; // a packet or message, not a frame
            return;
        }
        if (drop->link != kNoLink) {
            ++lostOnLinks_;
            if (inFlight_.erase(drop->frameId) == 0)
                violations_.push_back("frame " + std::to_string(drop->frameId) +
                                      " lost but not in flight");
            return;
        }
        ++droppedAtDevices_;
        auto it = arrivedIds_.find(drop->frameId);
        if (it == arrivedIds_.end())
            violations_.push_back("frame " + std::to_string(drop->frameId) +
                                  " dropped by a device before arriving");
        else if (it->second)
            violations_.push_back("frame " + std::to_string(drop->frameId) + " dropped twice");
        else
            it->second = true;
    } else if (std::holds_alternative<PingReply>(e.kind)) {
        ++pingReplies_;
    } else if (std::holds_alternative<IcmpErrorReceived>(e.kind)) {
        ++icmpErrors_;
    } else if (auto* d = std::get_if<Delivered>(&e.kind); d && d->protocol == Protocol::Udp) {
        ++udpDelivered_;
    }
}

} // namespace ww
