#pragma once

#include "lesson/misconceptions.h"

#include <vector>

namespace ww::ui {

class RecordedRun;

// The "Common misconception" callouts of one recorded run: where each of the
// curriculum's corrections applies (lesson::detectMisconceptions).
class MisconceptionCallouts {
public:
    MisconceptionCallouts() = default;
    explicit MisconceptionCallouts(const RecordedRun& run);

    const std::vector<lesson::MisconceptionHit>& hits() const { return hits_; }
    // The callout of the latest hit at or before `currentEvent`, so it stays on
    // screen until the next one; nullptr before the first.
    const lesson::MisconceptionHit* current(int currentEvent) const;
    // The hit of a catalogue id, nullptr when the run never shows it.
    const lesson::MisconceptionHit* find(const std::string& id) const;

private:
    std::vector<lesson::MisconceptionHit> hits_; // by event
};

// The device names of a run indexed by DeviceId, as the lesson code takes them.
std::vector<std::string> deviceNamesOf(const RecordedRun& run);

} // namespace ww::ui
