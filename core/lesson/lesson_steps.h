#pragma once

#include "lab/lab_json.h"
#include "lesson/lesson.h"
#include "trace/event.h"

#include <QStringList>
#include <cstddef>
#include <string>
#include <vector>

namespace ww::lesson {

// Where a step puts the playback clock: after `applied` events at `time`
// (applied - 1 is the step's event when it was chosen by an event selector).
struct StepPosition {
    SimTime time = 0;
    std::size_t applied = 0;
};

struct ResolvedSteps {
    std::vector<StepPosition> positions; // one a step, complete only when issues is empty
    std::vector<lab::LabIssue> issues;   // "steps[2].at": matches no event ...
};

// Finds each step's event in a recorded run of the lesson's lab. `deviceNames`
// is indexed by DeviceId (the lab's devices in order); `duration` the run's end.
ResolvedSteps resolveSteps(const Lesson& lesson, const std::vector<Event>& events,
                           const std::vector<std::string>& deviceNames, SimTime duration);

// The trace type names a selector may name, and the fields each type has
// (docs/trace-format.md); PDU bytes and lists cannot be matched.
QStringList selectorEventTypes();
QStringList selectorFields(const QString& eventType);

// Whether event `e` matches `s` (ignores nth and time); device names as above.
bool matches(const EventSelector& s, const Event& e, const std::vector<std::string>& deviceNames);

} // namespace ww::lesson
