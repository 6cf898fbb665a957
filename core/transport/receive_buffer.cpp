#include "transport/receive_buffer.h"

#include <algorithm>

namespace ww::tcp {

ReceiveBuffer::ReceiveBuffer(std::uint32_t capacity, std::uint32_t nextExpected,
                             std::uint32_t mss)
    : capacity_(capacity)
    , mss_(mss)
    , swsThreshold_(std::min(capacity / 2, mss))
    , next_(std::uint64_t{1} << 32 | nextExpected) // headroom so unwrapping never goes below 0
{
    rightEdge_ = next_ + capacity_;
}

std::uint32_t ReceiveBuffer::freeSpace() const {
    return capacity_ > ready_.size() ? capacity_ - static_cast<std::uint32_t>(ready_.size()) : 0;
}

void ReceiveBuffer::reopen() {
    // Offer whole segments once a segment fits, as Linux does (__tcp_select_window), so the
    // sender's segments stay full-sized; an empty buffer offers all of it, as at the start.
    std::uint32_t offer = freeSpace();
    if (offer >= mss_ && offer < capacity_)
        offer -= offer % mss_;
    const std::uint64_t possible = next_ + offer;
    if (possible >= rightEdge_ + swsThreshold_ || (possible > rightEdge_ && ready_.empty()))
        rightEdge_ = possible;
}

std::uint64_t ReceiveBuffer::unwrap(std::uint32_t seq) const {
    const auto delta = static_cast<std::int32_t>(seq - static_cast<std::uint32_t>(next_));
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(next_) + delta);
}

std::uint32_t ReceiveBuffer::window() const {
    return rightEdge_ > next_ ? static_cast<std::uint32_t>(rightEdge_ - next_) : 0;
}

std::size_t ReceiveBuffer::heldOutOfOrder() const {
    std::size_t n = 0;
    for (const auto& [seq, bytes] : held_)
        n += bytes.size();
    return n;
}

ReceiveBuffer::Accepted ReceiveBuffer::insert(std::uint32_t seq, ByteView data) {
    Accepted result;
    std::uint64_t begin = unwrap(seq);
    std::uint64_t end = begin + data.size();
    const std::uint64_t windowEnd = next_ + window();
    // Trim to [RCV.NXT, RCV.NXT + RCV.WND) (RFC 9293 §3.10.7.4 "trim to the window").
    const std::uint64_t from = std::max(begin, next_);
    const std::uint64_t to = std::min(end, windowEnd);
    if (from >= to) {
        result.duplicate = true;
        return result;
    }
    ByteView part = data.subspan(from - begin, to - from);
    if (from == next_) {
        ready_.insert(ready_.end(), part.begin(), part.end());
        next_ = to;
        const std::size_t before = ready_.size() - part.size();
        drainHeld();
        result.inOrder = static_cast<std::uint32_t>(ready_.size() - before);
        return result;
    }
    auto& slot = held_[from];
    if (slot.size() < part.size())
        slot.assign(part.begin(), part.end());
    result.outOfOrder = true;
    return result;
}

void ReceiveBuffer::drainHeld() {
    while (!held_.empty()) {
        auto it = held_.begin();
        if (it->first > next_)
            return; // still a hole
        const std::uint64_t end = it->first + it->second.size();
        if (end > next_) {
            const auto skip = static_cast<std::ptrdiff_t>(next_ - it->first);
            ready_.insert(ready_.end(), it->second.begin() + skip, it->second.end());
            next_ = end;
        }
        held_.erase(it);
    }
}

Bytes ReceiveBuffer::read(std::size_t max) {
    const std::size_t n = std::min(max, ready_.size());
    Bytes out(ready_.begin(), ready_.begin() + static_cast<std::ptrdiff_t>(n));
    ready_.erase(ready_.begin(), ready_.begin() + static_cast<std::ptrdiff_t>(n));
    reopen();
    return out;
}

} // namespace ww::tcp
