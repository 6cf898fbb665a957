#include "transport/rto_estimator.h"

#include <algorithm>
#include <cstdlib>

namespace ww::tcp {

void RtoEstimator::addSample(SimTime rtt) {
    if (!srtt_) {
        srtt_ = rtt;
        rttvar_ = rtt / 2;
    } else {
        // RTTVAR first, with the old SRTT (§2.3).
        rttvar_ = (3 * rttvar_ + std::llabs(*srtt_ - rtt)) / 4;
        srtt_ = (7 * *srtt_ + rtt) / 8;
    }
    update();
}

void RtoEstimator::update() {
    const SimTime raw = *srtt_ + std::max(kGranularity, 4 * rttvar_);
    rto_ = std::clamp(raw, kMinRto, kMaxRto);
}

void RtoEstimator::backOff() {
    rto_ = std::min(rto_ * 2, kMaxRto);
}

} // namespace ww::tcp
