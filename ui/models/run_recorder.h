#pragma once

#include "models/recorded_run.h"

#include <atomic>
#include <memory>

namespace ww {
class Network;
}

namespace ww::ui {

// Records a lab a slice of simulated time at a time, so a recording can start on
// the GUI thread and, when it turns out long, go on in a worker thread (the
// engine is single-threaded, not tied to a thread: one thread at a time runs it),
// report its progress and be cancelled. The slices change nothing in the run: it is
// the same run, event for event, as one runUntil() to the end.
class RunRecorder {
public:
    RunRecorder(const lab::Lab& lab, std::uint64_t seed, std::set<std::uint64_t> forcedLosses,
                RunBudget budget);
    ~RunRecorder();
    RunRecorder(const RunRecorder&) = delete;
    RunRecorder& operator=(const RunRecorder&) = delete;

    // Runs until at least `events` more events are recorded, the run ends or
    // stops on its budget, or `cancel` is set; true once the run is over.
    bool advance(std::size_t events, const std::atomic<bool>* cancel = nullptr);
    bool done() const { return done_; }
    // Simulated time reached, as a fraction of the lab's duration (0..1): for a
    // progress bar, from any thread.
    double progress() const { return progress_.load(std::memory_order_relaxed); }
    std::size_t eventCount() const { return run_.events_.size(); }
    // The recording, indexed for playback; only once done().
    RecordedRun finish();

private:
    RecordedRun run_;
    std::unique_ptr<Network> net_;
    SimTime reached_ = 0;
    bool done_ = false;
    std::atomic<double> progress_{0.0};
};

} // namespace ww::ui
