#pragma once

#include "trace/event.h"

#include <functional>
#include <vector>

namespace ww {

// Protocols publish, subscribers (trace writers, pcapng, the GUI) listen.
// Publishing without subscribers still numbers events, so seq is stable.
class EventBus {
public:
    using Listener = std::function<void(const Event&)>;

    void subscribe(Listener listener) { listeners_.push_back(std::move(listener)); }
    bool hasListeners() const { return !listeners_.empty(); }

    void publish(SimTime time, EventKind&& kind) {
        const Event e{time, next_++, std::move(kind)};
        for (auto& l : listeners_)
            l(e);
    }
    std::uint64_t published() const { return next_; }

private:
    std::vector<Listener> listeners_;
    std::uint64_t next_ = 0;
};

} // namespace ww
