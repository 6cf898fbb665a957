#include "transport/congestion.h"

#include "transport/seq.h"

#include <algorithm>

namespace ww::tcp {

namespace {
std::uint32_t initialWindow(std::uint32_t smss) {
    // RFC 5681 §3.1 eq. 1.
    if (smss > 2190)
        return 2 * smss;
    if (smss > 1095)
        return 3 * smss;
    return 4 * smss;
}
} // namespace

NewReno::NewReno(std::uint32_t smss, std::uint32_t initialSsthresh)
    : smss_(smss)
    , cwnd_(initialWindow(smss))
    , ssthresh_(initialSsthresh) {}

std::uint32_t NewReno::halfFlight(std::uint32_t flightSize) const {
    return std::max(flightSize / 2, 2 * smss_); // RFC 5681 eq. 4
}

NewReno::Change NewReno::onNewAck(std::uint32_t acked, std::uint32_t ack) {
    dupAcks_ = 0;
    if (phase_ == Phase::FastRecovery) {
        if (seqGe(ack, recover_)) {
            // RFC 6582 §3.2 step 3, full ACK: deflate to ssthresh and leave recovery.
            cwnd_ = ssthresh_;
            phase_ = Phase::CongestionAvoidance;
            bytesAckedInCa_ = 0;
            return Change::RecoveryEnded;
        }
        // Partial ACK: retransmit the next hole (the caller), deflate by the
        // amount acknowledged, add back one SMSS if that was at least one SMSS.
        cwnd_ = cwnd_ > acked ? cwnd_ - acked : 0;
        if (acked >= smss_)
            cwnd_ += smss_;
        cwnd_ = std::max(cwnd_, smss_);
        return Change::PartialAck;
    }
    if (acked == 0)
        return Change::None; // only a FIN (or SYN) was acknowledged: no data, no growth
    if (cwnd_ < ssthresh_) {
        // Slow start: grow by at most one SMSS per ACK (§3.1 eq. 2).
        phase_ = Phase::SlowStart;
        cwnd_ += std::min(acked, smss_);
        return Change::Grew;
    }
    // Congestion avoidance: one SMSS per window of data acknowledged (§3.1 eq. 3, byte counting).
    phase_ = Phase::CongestionAvoidance;
    bytesAckedInCa_ += acked;
    if (bytesAckedInCa_ >= cwnd_) {
        bytesAckedInCa_ -= cwnd_;
        cwnd_ += smss_;
        return Change::Grew;
    }
    return Change::None;
}

NewReno::Change NewReno::onDuplicateAck(std::uint32_t flightSize, std::uint32_t highestSent) {
    if (phase_ == Phase::FastRecovery) {
        cwnd_ += smss_; // §3.2 step 4: inflate for each segment that left the network
        return Change::Grew;
    }
    if (++dupAcks_ < 3)
        return Change::None;
    // §3.2 steps 2-3: the third duplicate ACK.
    ssthresh_ = halfFlight(flightSize);
    cwnd_ = ssthresh_ + 3 * smss_;
    recover_ = highestSent;
    phase_ = Phase::FastRecovery;
    return Change::FastRetransmit;
}

NewReno::Change NewReno::onTimeout(std::uint32_t flightSize, std::uint32_t highestSent) {
    recover_ = highestSent;
    ssthresh_ = halfFlight(flightSize);
    cwnd_ = smss_; // loss window (§3.1)
    phase_ = Phase::SlowStart;
    dupAcks_ = 0;
    bytesAckedInCa_ = 0;
    return Change::Timeout;
}

} // namespace ww::tcp
