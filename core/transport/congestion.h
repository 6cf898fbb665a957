#pragma once

#include <cstdint>

namespace ww::tcp {

// RFC 5681 congestion control with NewReno fast recovery (RFC 6582), in bytes.
// The connection reports what happened; this decides cwnd and ssthresh.
class NewReno {
public:
    enum class Phase { SlowStart, CongestionAvoidance, FastRecovery };
    enum class Change { None, Grew, FastRetransmit, PartialAck, RecoveryEnded, Timeout };

    // RFC 5681 §3.1 initial window (IW = 2-4 SMSS depending on SMSS); ssthresh
    // starts "arbitrarily high" (the receiver's window in practice).
    NewReno(std::uint32_t smss, std::uint32_t initialSsthresh = 0xffffffffu);

    // RFC 5681 §3.1: after a lost (retransmitted) SYN or SYN-ACK the initial window is
    // one segment.
    void useOneSegmentInitialWindow() { cwnd_ = smss_; }

    // A new cumulative ACK for `acked` bytes, `ack` being its acknowledgment number.
    // Grew only when cwnd did grow (an ACK of just a FIN acknowledges no data).
    Change onNewAck(std::uint32_t acked, std::uint32_t ack);
    // A duplicate ACK; on the third (§3.2) enter fast retransmit/recovery.
    // `highestSent` is SND.NXT, remembered as "recover" (RFC 6582 §3.2 step 2).
    Change onDuplicateAck(std::uint32_t flightSize, std::uint32_t highestSent);
    // The retransmission timer expired (§3.1 eq. 4): ssthresh = max(FlightSize/2, 2 SMSS),
    // cwnd = 1 SMSS; recovery ends and "recover" becomes SND.NXT (RFC 6582 §3.2 step 1).
    Change onTimeout(std::uint32_t flightSize, std::uint32_t highestSent);

    std::uint32_t cwnd() const { return cwnd_; }
    std::uint32_t ssthresh() const { return ssthresh_; }
    Phase phase() const { return phase_; }
    int duplicateAcks() const { return dupAcks_; }
    bool inRecovery() const { return phase_ == Phase::FastRecovery; }

private:
    std::uint32_t halfFlight(std::uint32_t flightSize) const;

    std::uint32_t smss_;
    std::uint32_t cwnd_;
    std::uint32_t ssthresh_;
    Phase phase_ = Phase::SlowStart;
    int dupAcks_ = 0;
    std::uint32_t recover_ = 0;
    std::uint32_t bytesAckedInCa_ = 0; // appropriate byte counting in avoidance (RFC 5681 §3.1)
};

} // namespace ww::tcp
