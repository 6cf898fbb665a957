#pragma once

#include "sim/time.h"

#include <optional>

namespace ww::tcp {

// RFC 6298 retransmission timeout: SRTT and RTTVAR from RTT samples, RTO =
// SRTT + max(G, 4 * RTTVAR), at least 1 s; 1 s before any sample (§2.1,
// "InitRTO"); doubled on each timeout (§5.5) up to a maximum. Karn's rule
// (§3: no samples from retransmitted segments) is the caller's: it simply
// does not call addSample for those.
class RtoEstimator {
public:
    static constexpr SimTime kInitialRto = 1 * kSecond;
    static constexpr SimTime kMinRto = 1 * kSecond;  // RFC 6298 §2.4
    static constexpr SimTime kMaxRto = 60 * kSecond; // §2.5 allows a cap of at least 60 s
    static constexpr SimTime kGranularity = 1 * kMillisecond;

    // The first sample sets SRTT = R, RTTVAR = R/2 (§2.2); later ones use
    // alpha = 1/8, beta = 1/4 (§2.3).
    void addSample(SimTime rtt);
    // Timer expired: back off (§5.5).
    void backOff();
    // §5.7: the timer expired during the handshake and there is no sample: 3 s once data
    // transmission begins (what Linux calls TCP_TIMEOUT_FALLBACK).
    void restartAfterHandshakeTimeout() { rto_ = kHandshakeFallbackRto; }
    static constexpr SimTime kHandshakeFallbackRto = 3 * kSecond;

    SimTime rto() const { return rto_; }
    std::optional<SimTime> srtt() const { return srtt_; }
    SimTime rttvar() const { return rttvar_; }

private:
    void update();

    std::optional<SimTime> srtt_;
    SimTime rttvar_ = 0;
    SimTime rto_ = kInitialRto;
};

} // namespace ww::tcp
