#pragma once

#include "lab/lab.h"
#include "trace/event.h"

#include <QString>
#include <QStringList>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ww::lesson {

// One of the 15 corrections to the course notes (shared/CURRICULUM.md), by a
// stable id lessons name ("misconception": "time-wait-active-closer").
struct Misconception {
    const char* id;
    int correction;     // its number in the curriculum's list, 1 to 15
    QString (*claim)(); // what the notes say, translated
    QString (*truth)(); // what the RFCs and real stacks do, translated
};

std::span<const Misconception> misconceptions();
const Misconception* misconceptionById(std::string_view id);
QStringList misconceptionIds();
// "Common misconception" in the interface language ("흔한 오해").
QString misconceptionHeading();

// Where a correction applies in a recorded run: the event, and the text with
// what that event shows (addresses, numbers, the device).
struct MisconceptionHit {
    const Misconception* misconception = nullptr;
    std::size_t event = 0;
    QString text;
};

// The first event for each correction that applies to the run, in event order.
// `deviceNames` is indexed by DeviceId (the lab's devices in order).
std::vector<MisconceptionHit> detectMisconceptions(const lab::Lab& lab,
                                                   const std::vector<Event>& events,
                                                   const std::vector<std::string>& deviceNames);

} // namespace ww::lesson
