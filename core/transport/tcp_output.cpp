// Connection: sending, retransmission, persist and TIME-WAIT timers, closing.
#include "transport/seq.h"
#include "transport/tcp_connection.h"
#include "transport/tcp_layer.h"

#include <algorithm>

namespace ww::tcp {

namespace {
// Linux's probe timer never fires sooner than 200 ms (TCP_RTO_MIN) either.
constexpr SimTime kSwsOverrideTimeout = 200 * kMillisecond;
} // namespace

std::uint16_t Connection::advertisedWindow() const {
    return static_cast<std::uint16_t>(std::min<std::uint32_t>(receive_.window(), 65535));
}

void Connection::sendSegment(std::uint32_t seq, std::uint8_t flags, ByteView payload,
                             bool withMss) {
    Repr r;
    r.sourcePort = ref_.localPort;
    r.destinationPort = ref_.remotePort;
    r.sequence = seq;
    r.flags = flags;
    if (state_ != State::SynSent || (flags & kAck)) {
        r.flags |= kAck;
        r.acknowledgment = receive_.nextExpected();
    }
    r.window = advertisedWindow();
    if (withMss)
        r.options.mss = ownMss_;
    if (r.flags & kAck) {
        lastAckSent_ = r.acknowledgment;
        unackedFullSegments_ = 0;
        layer_.sim().cancel(delayedAckTimer_); // this ACK covers what it was waiting for
    }
    layer_.transmit(ref_, r, payload);
}

void Connection::sendAck() {
    sendSegment(sndNxt_, kAck, {});
}

void Connection::acknowledgeData(std::size_t segmentLen) {
    // The application's answer may already have carried the ACK (piggybacked).
    if (lastAckSent_ == receive_.nextExpected())
        return;
    if (options_.ackDelay <= 0) {
        sendAck();
        return;
    }
    // RFC 1122 §4.2.3.2: at least every second full-sized segment; RFC 9293 §3.8.6.3.
    if (segmentLen >= mss_ && ++unackedFullSegments_ >= 2) {
        sendAck();
        return;
    }
    layer_.sim().cancel(delayedAckTimer_);
    delayedAckTimer_ = layer_.sim().schedule(options_.ackDelay, [this] { onDelayedAck(); });
}

void Connection::onDelayedAck() {
    if (lastAckSent_ != receive_.nextExpected())
        sendAck();
}

void Connection::send(ByteView data) {
    sendBuffer_.append(data);
    output();
}

void Connection::sendPattern(std::uint64_t count) {
    sendBuffer_.appendPattern(count);
    output();
}

Bytes Connection::read(std::size_t max) {
    const std::uint32_t before = receive_.window();
    Bytes out = receive_.read(max);
    // Tell a peer that may be waiting that the window reopened; the buffer moves the edge
    // only by a worthwhile amount (RFC 9293 §3.8.6.2.2).
    if (before < mss_ && receive_.window() > before && state_ != State::Closed)
        sendAck();
    return out;
}

void Connection::close() {
    switch (state_) {
    case State::Listen:
    case State::SynSent:
        setState(State::Closed);
        return;
    case State::SynReceived:
    case State::Established:
    case State::CloseWait:
        closeRequested_ = true;
        output();
        return;
    default:
        return; // already closing
    }
}

void Connection::sendData(std::uint32_t len) {
    const std::uint32_t sent = sndNxt_ - sndUna_;
    const auto unsent = static_cast<std::uint32_t>(sendBuffer_.size() - sent);
    const Bytes chunk = sendBuffer_.copy(sent, len);
    // Resending a window probe's byte with the data is not a retransmission.
    const bool retransmission =
        seqLt(sndNxt_, highestSent_) && !(probeOutstanding_ && highestSent_ - sndNxt_ <= 1);
    probeOutstanding_ = false;
    persistShift_ = 0;
    if (retransmission)
        layer_.emit(TcpRetransmit{ref_, RetransmitReason::Timeout, sndNxt_, len});
    sendSegment(sndNxt_, kAck | (len == unsent ? kPsh : 0), chunk);
    if (!timed_ && !retransmission)
        timed_ = std::pair{sndNxt_, layer_.now()};
    sndNxt_ += len;
    if (len < mss_)
        sndSml_ = sndNxt_;
    if (seqGt(sndNxt_, highestSent_))
        highestSent_ = sndNxt_;
    armRetransmit();
}

bool Connection::worthSending(std::uint32_t len, std::uint32_t unsent) const {
    // Sender SWS avoidance (RFC 9293 §3.8.6.2.1) with Nagle (§3.7.4) as Linux applies it
    // (Minshall's variant): a full segment; or the rest of the data when no earlier small
    // segment is still unacknowledged; or half the largest window the peer has offered.
    if (len >= mss_)
        return true;
    const bool smallOutstanding = seqGt(sndSml_, sndUna_) && seqLe(sndSml_, sndNxt_);
    if (len == unsent && !smallOutstanding)
        return true;
    return len >= maxSndWnd_ / 2 && len > 0;
}

void Connection::output() {
    const bool canSendData =
        state_ == State::Established || state_ == State::CloseWait ||
        ((state_ == State::FinWait1 || state_ == State::LastAck || state_ == State::Closing) &&
         !finSeq_);
    if (!canSendData)
        return;
    while (true) {
        const std::uint32_t sent = sndNxt_ - sndUna_;
        if (sent >= sendBuffer_.size())
            break;
        const std::uint32_t window = std::min(cc_.cwnd(), sndWnd_);
        const std::uint32_t usable = window > flightSize() ? window - flightSize() : 0;
        const auto unsent = static_cast<std::uint32_t>(sendBuffer_.size() - sent);
        const std::uint32_t len = std::min({std::uint32_t{mss_}, usable, unsent});
        if (len == 0 || !worthSending(len, unsent)) {
            // Nothing in flight will bring an ACK to try again: the persist timer probes a
            // zero window, or sends what fits in a small one (the override timeout, (4)).
            if (flightSize() == 0)
                armPersist();
            break;
        }
        sendData(len);
    }
    // Our FIN goes once every byte before it has been sent (RFC 9293 §3.10.4).
    if (closeRequested_ && !finSeq_ && sndNxt_ - sndUna_ == sendBuffer_.size()) {
        finSeq_ = sndNxt_;
        sendSegment(sndNxt_, kFin | kAck, {});
        ++sndNxt_;
        if (seqGt(sndNxt_, highestSent_))
            highestSent_ = sndNxt_;
        armRetransmit();
        if (state_ == State::Established || state_ == State::SynReceived)
            setState(State::FinWait1);
        else if (state_ == State::CloseWait)
            setState(State::LastAck);
    }
}

void Connection::retransmitFirst(RetransmitReason reason) {
    timed_.reset(); // Karn: no RTT sample from a retransmitted segment
    if (state_ == State::SynSent || (state_ == State::SynReceived && sndUna_ == iss_)) {
        synRetransmitted_ = true;
        layer_.emit(TcpRetransmit{ref_, reason, iss_, 0});
        sendSegment(iss_, state_ == State::SynSent ? kSyn : kSyn | kAck, {}, true);
        return;
    }
    const auto sentData = static_cast<std::uint32_t>(
        std::min<std::size_t>(sendBuffer_.size(), sndNxt_ - sndUna_ - (finSeq_ ? 1 : 0)));
    if (sentData > 0) {
        const std::uint32_t len = std::min<std::uint32_t>(mss_, sentData);
        const Bytes chunk = sendBuffer_.copy(0, len);
        layer_.emit(TcpRetransmit{ref_, reason, sndUna_, len});
        sendSegment(sndUna_, kAck, chunk);
    } else if (finSeq_ && *finSeq_ == sndUna_) {
        layer_.emit(TcpRetransmit{ref_, reason, sndUna_, 0});
        sendSegment(sndUna_, kFin | kAck, {});
    }
}

void Connection::armRetransmit() {
    if (layer_.sim().isPending(retransmitTimer_))
        return;
    retransmitTimer_ = layer_.sim().schedule(rto_.rto(), [this] { onRetransmitTimeout(); });
}

void Connection::cancelRetransmit() {
    layer_.sim().cancel(retransmitTimer_);
}

void Connection::onRetransmitTimeout() {
    const bool handshake = state_ == State::SynSent || state_ == State::SynReceived;
    if (++retries_ > (handshake ? options_.synRetries : options_.dataRetries)) {
        reset(); // give up (RFC 9293 §3.8.3, R2)
        return;
    }
    rto_.backOff(); // RFC 6298 §5.5
    layer_.emit(TcpRtoChanged{ref_, RtoChange::BackOff, rto_.srtt().value_or(0), rto_.rttvar(),
                              rto_.rto()});
    if (!handshake && sndWnd_ > 0)
        noteCongestion(cc_.onTimeout(flightSize(), sndNxt_));
    if (handshake || sndWnd_ == 0) {
        retransmitFirst(sndWnd_ == 0 && !handshake ? RetransmitReason::Probe
                                                   : RetransmitReason::Timeout);
    } else {
        // Go back to SND.UNA and resend in slow start (RFC 5681 §3.1); the FIN follows the data.
        if (finSeq_ && sendBuffer_.empty()) {
            retransmitFirst(RetransmitReason::Timeout);
        } else {
            finSeq_.reset();
            sndNxt_ = sndUna_;
            timed_.reset();
            output();
        }
    }
    armRetransmit();
}

void Connection::armPersist() {
    if (layer_.sim().isPending(persistTimer_))
        return;
    // A zero window is probed after the RTO, backing off; a window too small for a segment
    // is filled after the sender SWS override timeout (RFC 9293 §3.8.6.2.1: 0.1-1 s).
    const SimTime delay = sndWnd_ > 0
                              ? kSwsOverrideTimeout
                              : std::min<SimTime>(rto_.rto() << persistShift_, 60 * kSecond);
    persistTimer_ = layer_.sim().schedule(delay, [this] { onPersist(); });
}

void Connection::cancelPersist() {
    layer_.sim().cancel(persistTimer_);
}

void Connection::onPersist() {
    const std::uint32_t sent = sndNxt_ - sndUna_;
    if (sent >= sendBuffer_.size() || flightSize() != 0)
        return;
    if (sndWnd_ != 0) {
        // A window smaller than a segment stayed that way: send what fits rather than wait
        // for ever (RFC 9293 §3.8.6.2.1 override timeout; Linux's tcp_write_wakeup).
        const auto unsent = static_cast<std::uint32_t>(sendBuffer_.size() - sent);
        sendData(std::min({std::uint32_t{mss_}, std::min(cc_.cwnd(), sndWnd_), unsent}));
        return;
    }
    // RFC 9293 §3.8.6.1: probe a zero window with one byte of new data, again and again
    // with back-off while it stays shut. SND.NXT stays: a receiver with a zero window does
    // not take the byte, and it goes again with the data once the window opens (as BSD's
    // tcp_output does); an ACK that does take it is still acceptable (up to SND.MAX).
    Bytes one{sendBuffer_.at(sent)};
    sendSegment(sndNxt_, kAck, one);
    probeOutstanding_ = true;
    if (seqGt(sndNxt_ + 1, highestSent_))
        highestSent_ = sndNxt_ + 1;
    persistShift_ = std::min(persistShift_ + 1, 6);
    armPersist();
}

void Connection::enterTimeWait() {
    setState(State::TimeWait);
    cancelRetransmit();
    layer_.sim().cancel(timeWaitTimer_);
    timeWaitTimer_ = layer_.sim().schedule(2 * options_.msl, [this] { setState(State::Closed); });
}

void Connection::noteCongestion(NewReno::Change change) {
    CongestionChange c{};
    switch (change) {
    case NewReno::Change::None:
        return;
    case NewReno::Change::Grew:
        c = CongestionChange::Grew;
        break;
    case NewReno::Change::FastRetransmit:
        c = CongestionChange::FastRetransmit;
        break;
    case NewReno::Change::PartialAck:
        c = CongestionChange::PartialAck;
        break;
    case NewReno::Change::RecoveryEnded:
        c = CongestionChange::RecoveryEnded;
        break;
    case NewReno::Change::Timeout:
        c = CongestionChange::Timeout;
        break;
    }
    layer_.emit(TcpCongestion{ref_, c, cc_.cwnd(), cc_.ssthresh()});
}

} // namespace ww::tcp
