#include "sim/simulator.h"

#include <algorithm>

namespace ww {

namespace {
// Simulator::later as a function object, so the heap operations inline it (a function
// pointer is called through).
constexpr auto kLater = [](const auto& a, const auto& b) {
    return a.time != b.time ? a.time > b.time : a.seq > b.seq;
};
} // namespace

Simulator::~Simulator() {
    for (Slot& s : slots_)
        if (s.seq != 0)
            release(s);
}

std::uint32_t Simulator::takeSlot() {
    if (!freeSlots_.empty()) {
        const std::uint32_t index = freeSlots_.back();
        freeSlots_.pop_back();
        return index;
    }
    slots_.emplace_back();
    return static_cast<std::uint32_t>(slots_.size() - 1);
}

EventId Simulator::push(SimTime time, std::uint32_t slot) {
    return push(time, slot, nextSeq_++);
}

EventId Simulator::push(SimTime time, std::uint32_t slot, std::uint64_t seq) {
    slots_[slot].seq = seq;
    // Never schedule into the past: an event "now" runs after the current one.
    heap_.push_back(Entry{std::max(time, now_), seq, slot});
    std::push_heap(heap_.begin(), heap_.end(), kLater);
    return EventId{slot, seq};
}

void Simulator::release(Slot& s) {
    s.destroy(s.object);
    s.object = nullptr;
    s.seq = 0;
}

bool Simulator::cancel(EventId& id) {
    const bool wasPending = isPending(id);
    if (wasPending) {
        // The slot stays taken until its heap entry comes out (step or dropCancelledFront).
        release(slots_[id.slot_]);
        ++cancelledInHeap_;
        dropCancelledFront();
        // A timer re-armed on every ACK leaves one dead entry per ACK until its time comes;
        // sweep them out once they are half the heap, so the heap stays about the size of
        // what is pending (amortised O(1) per cancel; the order of (time, seq) is total, so
        // what runs when does not change).
        if (cancelledInHeap_ > 32 && cancelledInHeap_ * 2 > heap_.size())
            compact();
    }
    id = EventId{};
    return wasPending;
}

void Simulator::compact() {
    const auto dead = [this](const Entry& e) {
        if (slots_[e.slot].seq == e.seq)
            return false;
        freeSlots_.push_back(e.slot);
        return true;
    };
    heap_.erase(std::remove_if(heap_.begin(), heap_.end(), dead), heap_.end());
    std::make_heap(heap_.begin(), heap_.end(), kLater);
    cancelledInHeap_ = 0;
}

void Simulator::dropCancelledFront() {
    // Called after every step: with nothing cancelled the front is live, and reading its slot
    // (a cache miss in a large run) is not needed.
    if (cancelledInHeap_ == 0)
        return;
    while (!heap_.empty() && slots_[heap_.front().slot].seq != heap_.front().seq) {
        std::pop_heap(heap_.begin(), heap_.end(), kLater);
        freeSlots_.push_back(heap_.back().slot);
        heap_.pop_back();
        --cancelledInHeap_;
    }
}

bool Simulator::step() {
    if (heap_.empty())
        return false;
    std::pop_heap(heap_.begin(), heap_.end(), kLater);
    const Entry entry = heap_.back();
    heap_.pop_back();
    now_ = entry.time;
    ++executed_;
    Slot& s = slots_[entry.slot];
    // Running, so no longer pending: the action may cancel its own id (a timer re-arming
    // itself) without destroying the callable under its feet. The slot is freed only after
    // the action returns, so events it schedules take other slots.
    s.seq = 0;
    s.run(s.object);
    s.destroy(s.object);
    s.object = nullptr;
    freeSlots_.push_back(entry.slot);
    dropCancelledFront();
    return true;
}

void Simulator::runUntil(SimTime end) {
    while (hasEventBy(end))
        step();
    advanceTo(end);
}

} // namespace ww
