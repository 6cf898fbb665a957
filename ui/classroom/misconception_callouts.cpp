#include "classroom/misconception_callouts.h"

#include "models/recorded_run.h"

namespace ww::ui {

std::vector<std::string> deviceNamesOf(const RecordedRun& run) {
    std::vector<std::string> names;
    for (const DeviceInfo& d : run.devices())
        names.push_back(d.name.toStdString());
    return names;
}

MisconceptionCallouts::MisconceptionCallouts(const RecordedRun& run)
    : hits_(lesson::detectMisconceptions(run.lab(), run.events(), deviceNamesOf(run))) {}

const lesson::MisconceptionHit* MisconceptionCallouts::current(int currentEvent) const {
    const lesson::MisconceptionHit* latest = nullptr;
    for (const auto& h : hits_) {
        if (static_cast<int>(h.event) > currentEvent)
            break;
        latest = &h;
    }
    return latest;
}

const lesson::MisconceptionHit* MisconceptionCallouts::find(const std::string& id) const {
    for (const auto& h : hits_)
        if (id == h.misconception->id)
            return &h;
    return nullptr;
}

} // namespace ww::ui
