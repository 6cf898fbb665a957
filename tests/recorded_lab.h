// A built-in lab recorded once per test binary (seed 1), for tests that read its events.
#pragma once

#include "lab/lab_json.h"
#include "models/recorded_run.h"

#include <QString>
#include <QtGlobal>
#include <map>

namespace ww::test {

inline const ww::ui::RecordedRun& recordBuiltin(const QString& labName) {
    static std::map<QString, ww::ui::RecordedRun> cache;
    auto it = cache.find(labName);
    if (it == cache.end()) {
        auto loaded = lab::loadLab(QStringLiteral("builtin:") + labName);
        if (!loaded.lab)
            qFatal("cannot load %s", qPrintable(labName));
        it = cache.emplace(labName, ww::ui::RecordedRun::record(*loaded.lab, 1)).first;
    }
    return it->second;
}

} // namespace ww::test
