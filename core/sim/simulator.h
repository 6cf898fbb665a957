#pragma once

#include "sim/time.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace ww {

// Names one scheduled event so its owner can cancel it (like ns-3's EventId). A default
// EventId names nothing; cancelling it, or an event that already ran, does nothing.
class EventId {
public:
    EventId() = default;
    bool isNone() const { return seq_ == 0; }

private:
    friend class Simulator;
    EventId(std::uint32_t slot, std::uint64_t seq)
        : slot_(slot)
        , seq_(seq) {}
    std::uint32_t slot_ = 0;
    std::uint64_t seq_ = 0; // sequence numbers start at 1
};

// One clock, one queue. Events at the same time run in the order they were
// scheduled (FIFO by sequence number), which keeps every run deterministic.
//
// The heap holds plain entries (time, sequence, slot); each event's callable lives in a
// pooled slot, stored inline when it is small (every engine lambda is), so scheduling a
// frame's arrival allocates nothing once the pool has grown. A cancelled event stays in the
// heap until its time comes and is then dropped unrun and uncounted; the front of the heap is
// always a live event.
class Simulator {
public:
    using Action = std::function<void()>;

    Simulator() = default;
    Simulator(const Simulator&) = delete;
    Simulator& operator=(const Simulator&) = delete;
    ~Simulator();

    SimTime now() const { return now_; }
    std::uint64_t executed() const { return executed_; }
    // Events scheduled and neither run nor cancelled.
    std::size_t pending() const { return heap_.size() - cancelledInHeap_; }
    bool empty() const { return heap_.empty(); }
    SimTime nextTime() const { return heap_.empty() ? now_ : heap_.front().time; }

    // `action` is any callable taking no arguments (a lambda, a std::function).
    template <typename F> EventId schedule(SimTime delay, F&& action) {
        return scheduleAt(now_ + delay, std::forward<F>(action));
    }
    template <typename F> EventId scheduleAt(SimTime time, F&& action);

    // A series of events (a ping every 10 ms for ten seconds) can reserve its sequence numbers
    // up front and schedule each member when the one before it runs: the heap then holds one
    // entry per series, not one per member, yet each member keeps the (time, seq) it would have
    // had if all were scheduled at once, so what runs when does not change.
    std::uint64_t reserveSequence(std::uint64_t count) {
        const std::uint64_t first = nextSeq_;
        nextSeq_ += count;
        return first;
    }
    // Schedules with a sequence number from reserveSequence (each used once).
    template <typename F> EventId scheduleReserved(SimTime time, std::uint64_t seq, F&& action);

    // Stops a pending event from running. True when it was pending.
    bool cancel(EventId& id);
    bool isPending(const EventId& id) const {
        return !id.isNone() && id.slot_ < slots_.size() && slots_[id.slot_].seq == id.seq_;
    }

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
        std::uint32_t slot;
    };
    static bool later(const Entry& a, const Entry& b) {
        return a.time != b.time ? a.time > b.time : a.seq > b.seq;
    }

    static constexpr std::size_t kInline = 64;
    struct Slot {
        alignas(std::max_align_t) unsigned char storage[kInline];
        void* object = nullptr; // storage, or a heap copy of a large callable
        void (*run)(void*) = nullptr;
        void (*destroy)(void*) = nullptr;
        std::uint64_t seq = 0; // of the pending event; 0 when the slot holds none
    };

    std::uint32_t takeSlot();
    EventId push(SimTime time, std::uint32_t slot);
    EventId push(SimTime time, std::uint32_t slot, std::uint64_t seq);
    template <typename F> std::uint32_t store(F&& action);
    static void release(Slot& s);
    void dropCancelledFront();
    void compact();

    std::vector<Entry> heap_;
    std::deque<Slot> slots_; // a deque: slots never move, so callables need no move
    std::vector<std::uint32_t> freeSlots_;
    std::size_t cancelledInHeap_ = 0;
    SimTime now_ = 0;
    std::uint64_t nextSeq_ = 1;
    std::uint64_t executed_ = 0;
};

template <typename F> std::uint32_t Simulator::store(F&& action) {
    using Fn = std::decay_t<F>;
    const std::uint32_t index = takeSlot();
    Slot& s = slots_[index];
    if constexpr (sizeof(Fn) <= kInline && alignof(Fn) <= alignof(std::max_align_t)) {
        s.object = ::new (static_cast<void*>(s.storage)) Fn(std::forward<F>(action));
        s.destroy = [](void* p) { static_cast<Fn*>(p)->~Fn(); };
    } else {
        s.object = new Fn(std::forward<F>(action));
        s.destroy = [](void* p) { delete static_cast<Fn*>(p); };
    }
    s.run = [](void* p) { (*static_cast<Fn*>(p))(); };
    return index;
}

template <typename F> EventId Simulator::scheduleAt(SimTime time, F&& action) {
    return push(time, store(std::forward<F>(action)));
}

template <typename F>
EventId Simulator::scheduleReserved(SimTime time, std::uint64_t seq, F&& action) {
    return push(time, store(std::forward<F>(action)), seq);
}

} // namespace ww
