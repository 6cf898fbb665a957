// Lab files: any JSON text is refused with issues or loads; a loaded lab survives the
// canonical JSON round trip, builds, and runs a few simulated seconds on a small budget
// (a lab the format accepts may still ask for a storm; the budget stops it, never a crash).
#include "fuzz_check.h"
#include "lab/lab_builder.h"
#include "lab/lab_json.h"
#include "sim/time.h"

#include <QByteArray>

bool ww::fuzz::checkLab(ByteView input) {
    const auto loaded = lab::parseLab(QByteArray(reinterpret_cast<const char*>(input.data()),
                                                 static_cast<qsizetype>(input.size())));
    require(loaded.lab.has_value() == loaded.issues.empty(), "lab: a lab or issues, not both");
    if (!loaded.lab)
        return false;
    const auto again = lab::parseLab(lab::toJson(*loaded.lab));
    require(again.lab.has_value(), "lab: canonical JSON of a loaded lab loads");
    require(*again.lab == *loaded.lab, "lab: canonical JSON round-trips");

    auto net = lab::buildNetwork(*loaded.lab, 1);
    RunBudget budget;
    budget.maxEvents = 20'000;
    budget.maxBytes = 64ull << 20;
    net->setBudget(budget);
    const double seconds = loaded.lab->duration <= 3.0 ? loaded.lab->duration : 3.0;
    net->runUntil(secondsToTime(seconds));
    return true;
}

WIREWALK_FUZZ_TARGET(ww::fuzz::checkLab)
