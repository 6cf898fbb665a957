#include "sim/simulator.h"

#include <algorithm>

namespace ww {

void Simulator::scheduleAt(SimTime time, Action action) {
    // Never schedule into the past: an event "now" runs after the current one.
    heap_.push_back(Entry{std::max(time, now_), nextSeq_++, std::move(action)});
    std::push_heap(heap_.begin(), heap_.end(), later);
}

bool Simulator::step() {
    if (heap_.empty())
        return false;
    std::pop_heap(heap_.begin(), heap_.end(), later);
    Entry entry = std::move(heap_.back());
    heap_.pop_back();
    now_ = entry.time;
    ++executed_;
    entry.action();
    return true;
}

void Simulator::runUntil(SimTime end) {
    while (hasEventBy(end))
        step();
    advanceTo(end);
}

} // namespace ww
