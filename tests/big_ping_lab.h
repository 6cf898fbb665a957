#pragma once

// The ping lab of tests/big_lab.py (lab::bigPingLabJson, the one `bench --recording`
// times), loaded. Big enough to record in the background.
#include "lab/big_ping_lab.h"
#include "lab/lab_json.h"

#include <QtGlobal>

namespace ww::test {

inline lab::Lab bigPingLab(int hosts, double duration = 1) {
    auto loaded = lab::parseLab(lab::bigPingLabJson(hosts, duration));
    if (!loaded.lab)
        qFatal("big ping lab does not load");
    return *loaded.lab;
}

} // namespace ww::test
