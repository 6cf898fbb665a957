// Connection: opening and segment arrival (RFC 9293 §3.10.1, §3.10.7).
#include "transport/tcp_connection.h"

#include "transport/seq.h"
#include "transport/tcp_layer.h"

#include <algorithm>

namespace ww::tcp {

Connection::Connection(TcpLayer& layer, std::uint32_t id, TcpConnectionRef ref,
                       ConnectionOptions options)
    : layer_(layer)
    , id_(id)
    , ref_(ref)
    , options_(options)
    , ownMss_(layer.mssFor(ref.remoteAddress)) {
    mss_ = ownMss_;
}

void Connection::setState(State next) {
    if (next == state_)
        return;
    const State from = state_;
    state_ = next;
    layer_.emit(TcpStateChanged{ref_, from, next});
    if (next == State::Established && onEstablished)
        onEstablished();
    if (next == State::Closed) {
        cancelRetransmit();
        cancelPersist();
        layer_.sim().cancel(timeWaitTimer_);
        layer_.sim().cancel(delayedAckTimer_);
        if (onClosed)
            onClosed();
        layer_.forget(*this);
    }
}

void Connection::open(std::uint32_t iss) {
    iss_ = iss;
    sndUna_ = iss;
    sndNxt_ = iss + 1;
    highestSent_ = sndNxt_;
    setState(State::SynSent);
    sendSegment(iss, kSyn, {}, true);
    timed_ = std::pair{iss, layer_.now()};
    armRetransmit();
}

void Connection::learnPeerSyn(const Repr& syn) {
    irs_ = syn.sequence;
    // RFC 9293 §3.7.1: without the option the peer can take 536 bytes.
    mss_ = std::min<std::uint16_t>(ownMss_, syn.options.mss.value_or(kDefaultMss));
    receive_ = ReceiveBuffer(options_.receiveBuffer, syn.sequence + 1, mss_);
    cc_ = NewReno(mss_);
    sndWnd_ = syn.window;
    maxSndWnd_ = std::max(maxSndWnd_, sndWnd_);
    sndWl1_ = syn.sequence;
    sndWl2_ = syn.acknowledgment;
}

void Connection::accept(std::uint32_t iss, const Repr& syn) {
    learnPeerSyn(syn);
    iss_ = iss;
    sndUna_ = iss;
    sndNxt_ = iss + 1;
    highestSent_ = sndNxt_;
    setState(State::Listen);
    setState(State::SynReceived);
    sendSegment(iss, kSyn | kAck, {}, true);
    timed_ = std::pair{iss, layer_.now()};
    armRetransmit();
}

void Connection::handshakeCompleted() {
    if (!synRetransmitted_)
        return;
    // RFC 5681 §3.1: after a lost SYN or SYN-ACK the initial window is one segment.
    cc_.useOneSegmentInitialWindow();
    // RFC 6298 §5.7: the timer expired during the handshake and no RTT was measured (Karn),
    // so the RTO starts again at 3 s when data begins, not at the backed-off value.
    if (!rto_.srtt()) {
        rto_.restartAfterHandshakeTimeout();
        layer_.emit(
            TcpRtoChanged{ref_, RtoChange::HandshakeFallback, 0, rto_.rttvar(), rto_.rto()});
    }
}

void Connection::reset() {
    setState(State::Closed);
}

void Connection::synSentArrived(const Repr& seg) {
    const bool ackOk =
        seg.has(kAck) && seqGt(seg.acknowledgment, iss_) && seqLe(seg.acknowledgment, sndNxt_);
    if (seg.has(kAck) && !ackOk) {
        if (!seg.has(kRst))
            layer_.sendReset(ref_, seg.acknowledgment, 0, false);
        return;
    }
    if (seg.has(kRst)) {
        if (ackOk)
            reset(); // "connection refused"
        return;
    }
    if (!seg.has(kSyn))
        return;
    learnPeerSyn(seg);
    if (ackOk) {
        sndUna_ = seg.acknowledgment;
        // RFC 6298 §2 / Karn: the SYN was not retransmitted, so SYN -> SYN-ACK is a sample.
        if (timed_ && retries_ == 0) {
            rto_.addSample(layer_.now() - timed_->second);
            layer_.emit(TcpRttSample{ref_, layer_.now() - timed_->second, *rto_.srtt(),
                                     rto_.rttvar(), rto_.rto()});
        }
        timed_.reset();
        retries_ = 0;
        cancelRetransmit();
        sendAck(); // the handshake's third segment, before any data the application sends
        handshakeCompleted();
        setState(State::Established);
        output();
        return;
    }
    // Simultaneous open (RFC 9293 §3.5, figure 7): SYN without ACK.
    setState(State::SynReceived);
    sendSegment(iss_, kSyn | kAck, {}, true);
}

bool Connection::acceptable(const Repr& seg, std::size_t len) const {
    // RFC 9293 §3.10.7.4, the four cases of the acceptability test.
    const std::uint32_t nxt = receive_.nextExpected();
    const std::uint32_t wnd = receive_.window();
    const std::uint32_t segLen = seg.sequenceSpace(len);
    if (segLen == 0)
        return wnd == 0 ? seg.sequence == nxt : seqInWindow(seg.sequence, nxt, nxt + wnd);
    if (wnd == 0)
        return false;
    return seqInWindow(seg.sequence, nxt, nxt + wnd) ||
           seqInWindow(seg.sequence + segLen - 1, nxt, nxt + wnd);
}

void Connection::segmentArrived(const Repr& seg, ByteView payload) {
    if (state_ == State::SynSent) {
        synSentArrived(seg);
        return;
    }
    if (state_ == State::Closed)
        return;
    // First: sequence number (the zero-window probe case passes with len 0 below).
    if (!acceptable(seg, payload.size()) && !(seg.has(kFin) && finReceived_)) {
        if (!seg.has(kRst)) {
            layer_.emit(Drop{ref_.device, kNoLink, DropReason::TcpUnacceptable, 0, {}});
            sendAck();
        }
        return;
    }
    // Second: RST (RFC 5961's exact-match check simplified to "in window").
    if (seg.has(kRst)) {
        reset();
        return;
    }
    // Fourth: a SYN in a synchronized state: challenge ACK (RFC 5961 §4).
    if (seg.has(kSyn)) {
        sendAck();
        return;
    }
    // Fifth: ACK.
    if (!seg.has(kAck))
        return;
    if (!processAck(seg, payload.size()))
        return;
    // Seventh: text.
    if (!payload.empty())
        processText(seg, payload);
    // Eighth: FIN.
    if (seg.has(kFin))
        processFin(seg, payload.size());
}

bool Connection::processAck(const Repr& seg, std::size_t len) {
    const std::uint32_t ack = seg.acknowledgment;
    if (state_ == State::SynReceived) {
        if (!(seqLt(sndUna_, ack) && seqLe(ack, sndNxt_))) {
            layer_.sendReset(ref_, ack, 0, false);
            return false;
        }
        // RFC 6298: the server's handshake sample is SYN-ACK -> ACK.
        handshakeCompleted();
        setState(State::Established);
    }
    // SND.MAX, not SND.NXT: after a timeout SND.NXT went back to SND.UNA, and
    // the peer may acknowledge data it got before (RFC 9293 §3.10.7.4 + go-back-N).
    if (seqGt(ack, highestSent_)) { // acknowledges something never sent
        sendAck();
        return false;
    }
    if (seqGt(ack, sndNxt_))
        sndNxt_ = ack;
    if (seqGt(ack, sndUna_)) {
        std::uint32_t acked = ack - sndUna_;
        const bool synAcked = seqLe(sndUna_, iss_) && seqGt(ack, iss_);
        const bool finAcked = finSeq_ && seqGt(ack, *finSeq_);
        const std::uint32_t dataAcked = acked - (synAcked ? 1 : 0) - (finAcked ? 1 : 0);
        sendBuffer_.drop(dataAcked);
        sndUna_ = ack;
        bytesAcked_ += dataAcked;
        retries_ = 0;
        if (timed_ && seqGt(ack, timed_->first)) {
            const SimTime rtt = layer_.now() - timed_->second;
            rto_.addSample(rtt);
            layer_.emit(TcpRttSample{ref_, rtt, *rto_.srtt(), rto_.rttvar(), rto_.rto()});
            timed_.reset();
        }
        if (!synAcked || dataAcked > 0) {
            const auto change = cc_.onNewAck(dataAcked, ack);
            noteCongestion(change);
            if (change == NewReno::Change::PartialAck)
                retransmitFirst(RetransmitReason::PartialAck);
        }
        cancelRetransmit();
        if (sndUna_ != sndNxt_)
            armRetransmit();
        if (finAcked) {
            if (state_ == State::FinWait1)
                setState(State::FinWait2);
            else if (state_ == State::Closing)
                enterTimeWait();
            else if (state_ == State::LastAck) {
                setState(State::Closed);
                return false;
            }
        }
    } else if (ack == sndUna_ && len == 0 && !seg.has(kFin) && seg.window == sndWnd_ &&
               sndUna_ != sndNxt_) {
        // RFC 5681 §2 duplicate ACK.
        const auto change = cc_.onDuplicateAck(flightSize(), sndNxt_);
        noteCongestion(change);
        if (change == NewReno::Change::FastRetransmit)
            retransmitFirst(RetransmitReason::FastRetransmit);
    }
    // Window update (RFC 9293 §3.10.7.4, fifth check).
    if (seqLt(sndWl1_, seg.sequence) || (sndWl1_ == seg.sequence && seqLe(sndWl2_, ack))) {
        sndWnd_ = seg.window;
        maxSndWnd_ = std::max(maxSndWnd_, sndWnd_);
        sndWl1_ = seg.sequence;
        sndWl2_ = ack;
        if (sndWnd_ > 0) {
            cancelPersist();
        }
    }
    output();
    return true;
}

void Connection::processText(const Repr& seg, ByteView payload) {
    if (state_ != State::Established && state_ != State::FinWait1 && state_ != State::FinWait2)
        return; // data after the peer's FIN is ignored
    const auto accepted = receive_.insert(seg.sequence, payload);
    bytesReceived_ += accepted.inOrder;
    // A waiting application reads first, so the ACK advertises the window it leaves.
    if (accepted.inOrder > 0 && onReadable)
        onReadable();
    // One past a hole always gets a duplicate ACK at once: that drives fast retransmit.
    // Filling a hole is ACKed at once too (RFC 5681 §4.2).
    if (accepted.inOrder == 0 || accepted.outOfOrder || receive_.heldOutOfOrder() > 0) {
        sendAck();
        return;
    }
    acknowledgeData(payload.size());
}

void Connection::processFin(const Repr& seg, std::size_t len) {
    // Only a FIN in order counts (everything before it has arrived).
    if (seg.sequence + static_cast<std::uint32_t>(len) != receive_.nextExpected() || finReceived_) {
        if (finReceived_ && state_ == State::TimeWait)
            enterTimeWait(); // a retransmitted FIN: ACK again, restart 2 MSL
        if (finReceived_)
            sendAck();
        return;
    }
    finReceived_ = true;
    receive_.consumeControl();
    sendAck();
    switch (state_) {
    case State::SynReceived:
    case State::Established:
        setState(State::CloseWait);
        break;
    case State::FinWait1:
        // Our FIN not yet acknowledged: both closed at once (RFC 9293 figure 13).
        setState(State::Closing);
        break;
    case State::FinWait2:
        enterTimeWait();
        break;
    default:
        break;
    }
    if (onPeerClosed)
        onPeerClosed();
}

} // namespace ww::tcp
