#pragma once

#include "sim/time.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace ww {

// One clock, one queue. Events at the same time run in the order they were
// scheduled (FIFO by sequence number), which keeps every run deterministic.
class Simulator {
public:
    using Action = std::function<void()>;

    SimTime now() const { return now_; }
    std::uint64_t executed() const { return executed_; }
    std::size_t pending() const { return heap_.size(); }
    bool empty() const { return heap_.empty(); }
    SimTime nextTime() const { return heap_.empty() ? now_ : heap_.front().time; }

    void schedule(SimTime delay, Action action) { scheduleAt(now_ + delay, std::move(action)); }
    void scheduleAt(SimTime time, Action action);

    // Runs the earliest event; false when the queue is empty.
    bool step();
    // True when an event is due at or before `end`.
    bool hasEventBy(SimTime end) const { return !heap_.empty() && heap_.front().time <= end; }
    // Moves the clock forward to `end` (never back); for a run that has no events left by then.
    void advanceTo(SimTime end) {
        if (end > now_)
            now_ = end;
    }
    // Runs every event whose time is <= end, then sets the clock to end.
    void runUntil(SimTime end);

private:
    struct Entry {
        SimTime time;
        std::uint64_t seq;
        Action action;
    };
    static bool later(const Entry& a, const Entry& b) {
        return a.time != b.time ? a.time > b.time : a.seq > b.seq;
    }

    std::vector<Entry> heap_;
    SimTime now_ = 0;
    std::uint64_t nextSeq_ = 0;
    std::uint64_t executed_ = 0;
};

} // namespace ww
