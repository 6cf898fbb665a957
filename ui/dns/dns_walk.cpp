#include "dns/dns_walk.h"

namespace ww::ui {

int DnsWalk::stepsHappened(std::size_t applied) const {
    int n = 0;
    for (const DnsStep& s : steps)
        if (s.event < applied)
            ++n;
    return n;
}

int DnsWalk::firstIterativeQuery() const {
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].kind == DnsStepKind::Query && !steps[i].recursive)
            return static_cast<int>(i);
    return -1;
}

} // namespace ww::ui
