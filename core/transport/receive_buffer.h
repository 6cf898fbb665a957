#pragma once

#include "wire/bytes.h"

#include <cstdint>
#include <deque>
#include <map>

namespace ww::tcp {

// The receiving side's buffer (RFC 9293 §3.4, §3.8.6): data in order waits
// for the application; segments beyond a hole are held until the hole fills.
// The advertised window is the free space after the unread in-order data, with the
// receiver's silly window syndrome avoidance (RFC 9293 §3.8.6.2.2, RFC 1122 §4.2.3.3):
// the right edge moves on only when it can move by min(half the buffer, one MSS), and then
// by whole segments when at least one fits (as Linux).
class ReceiveBuffer {
public:
    ReceiveBuffer(std::uint32_t capacity, std::uint32_t nextExpected, std::uint32_t mss = 536);

    struct Accepted {
        std::uint32_t inOrder = 0; // bytes that became readable
        bool outOfOrder = false;   // something was held beyond a hole
        bool duplicate = false;    // nothing new (already received or outside the window)
    };
    // Takes the part of [seq, seq + data.size()) that falls in the window.
    Accepted insert(std::uint32_t seq, ByteView data);

    std::uint32_t nextExpected() const { return static_cast<std::uint32_t>(next_); } // RCV.NXT
    std::uint32_t window() const; // RCV.WND: what was offered and is not yet filled
    std::size_t readable() const { return ready_.size(); }
    std::size_t heldOutOfOrder() const;
    Bytes read(std::size_t max);
    // A FIN (or SYN) takes one sequence number once all data before it arrived, but no
    // buffer space: the right edge moves with it and the offered window stays (as Linux).
    void consumeControl() {
        ++next_;
        ++rightEdge_;
    }

private:
    std::uint64_t unwrap(std::uint32_t seq) const;
    void drainHeld();

    std::uint32_t freeSpace() const;
    // Moves the window's right edge when the free space allows (SWS avoidance).
    void reopen();

    std::uint32_t capacity_;
    std::uint32_t mss_;
    std::uint32_t swsThreshold_;
    std::uint64_t rightEdge_; // RCV.NXT + RCV.WND as last offered; it never moves left
    std::uint64_t next_;                  // RCV.NXT, unwrapped to 64 bits
    std::deque<std::uint8_t> ready_;      // in order, not yet read
    std::map<std::uint64_t, Bytes> held_; // out of order, by unwrapped sequence number
};

} // namespace ww::tcp
