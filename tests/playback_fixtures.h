#pragma once

// Shared by the playback tests: built-in labs, the two-lans recording, event lookups.
#include "lab/lab_json.h"
#include "models/recorded_run.h"
#include "trace/jsonl_writer.h"

#include <QString>
#include <memory>

namespace ww::test {

inline lab::Lab loadBuiltin(const char* name) {
    auto loaded = lab::loadLab(QStringLiteral("builtin:") + QLatin1String(name));
    if (!loaded.lab)
        qFatal("cannot load builtin lab %s", name);
    return *loaded.lab;
}

// The event as the JSON Lines trace writes it, every PDU's bytes in hex.
inline std::string traceLine(const Event& e) {
    std::string out;
    JsonLine line(out);
    line.snum("t_ns", e.time).num("seq", e.seq).str("type", eventTypeName(e.kind));
    writeEventFields(line, e.kind);
    line.end();
    return out;
}

// Byte-identical: same kind, time, members and PDU bytes.
inline bool sameEvent(const Event& a, const Event& b) {
    return traceLine(a) == traceLine(b);
}

inline std::shared_ptr<const ui::RecordedRun> twoLans() {
    static auto run = std::make_shared<const ui::RecordedRun>(
        ui::RecordedRun::record(loadBuiltin("two-lans"), 1));
    return run;
}

inline int firstOf(const ui::RecordedRun& run, auto pred) {
    for (std::size_t i = 0; i < run.events().size(); ++i)
        if (pred(run.events()[i]))
            return static_cast<int>(i);
    return -1;
}

} // namespace ww::test
