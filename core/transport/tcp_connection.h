#pragma once

#include "sim/simulator.h"
#include "sim/time.h"
#include "trace/event.h"
#include "transport/congestion.h"
#include "transport/receive_buffer.h"
#include "transport/rto_estimator.h"
#include "transport/send_stream.h"
#include "wire/tcp.h"

#include <deque>
#include <functional>
#include <optional>

namespace ww::tcp {

class TcpLayer;
using State = ww::TcpState;

struct ConnectionOptions {
    std::uint32_t receiveBuffer = 65535; // bytes; the advertised window never exceeds it
    SimTime msl = 30 * kSecond;          // TIME-WAIT lasts 2 x MSL (RFC 9293 §3.4.2)
    int synRetries = 5;                  // SYN retransmissions before giving up
    int dataRetries = 8;                 // retransmissions of one segment before giving up
    // Delayed ACK (RFC 1122 §4.2.3.2, RFC 5681 §4.2): 0 = off, every segment ACKed at once
    // (Wirewalk's default, so each segment's ACK is visible). When on, an ACK waits up to
    // this long but at least every second full-sized segment is ACKed; out of order, at once.
    SimTime ackDelay = 0;
};

// One TCP connection's control block and state machine (RFC 9293 §3.3.2,
// §3.10): the 11 states, the handshake, data with MSS-sized segments and
// cumulative ACKs, out-of-order hold with duplicate ACKs, flow control with
// persist probes, RFC 6298 retransmission with Karn's rule, RFC 5681/6582
// congestion control, and the close with TIME-WAIT. Every change is an event.
class Connection {
public:
    Connection(TcpLayer& layer, std::uint32_t id, TcpConnectionRef ref, ConnectionOptions options);

    // Active open (RFC 9293 §3.10.1): send SYN, enter SYN-SENT.
    void open(std::uint32_t iss);
    // Passive open: a SYN arrived at a listener; answer SYN-ACK, enter SYN-RECEIVED.
    void accept(std::uint32_t iss, const Repr& syn);
    void segmentArrived(const Repr& seg, ByteView payload);

    // Application side.
    void send(ByteView data);
    // Queues `count` bytes of 'A' to 'Z' repeated, made as segments need them (a bulk transfer
    // whose memory is the window, not its size).
    void sendPattern(std::uint64_t count);
    Bytes read(std::size_t max);
    void close();
    std::size_t readable() const { return receive_.readable(); }

    State state() const { return state_; }
    const TcpConnectionRef& ref() const { return ref_; }
    std::uint32_t id() const { return id_; }
    std::uint32_t sndUna() const { return sndUna_; }
    std::uint32_t sndNxt() const { return sndNxt_; }
    std::uint32_t rcvNxt() const { return receive_.nextExpected(); }
    std::uint16_t effectiveMss() const { return mss_; }
    const NewReno& congestion() const { return cc_; }
    const RtoEstimator& rto() const { return rto_; }
    std::uint64_t bytesAcked() const { return bytesAcked_; }       // our data the peer confirmed
    std::uint64_t bytesReceived() const { return bytesReceived_; } // peer's data, in order

    // Hooks for applications (called after the event is published).
    std::function<void()> onEstablished;
    std::function<void()> onReadable;
    std::function<void()> onPeerClosed; // FIN received: no more data will arrive
    std::function<void()> onClosed;     // reached CLOSED (normally, by RST, or by giving up)

private:
    // tcp_connection.cpp: input
    void learnPeerSyn(const Repr& syn); // IRS, RCV.NXT, the peer's MSS and window
    void synSentArrived(const Repr& seg);
    bool acceptable(const Repr& seg, std::size_t len) const;
    bool processAck(const Repr& seg, std::size_t len);
    void processText(const Repr& seg, ByteView payload);
    void processFin(const Repr& seg, std::size_t len);
    void setState(State next);
    void reset(); // RST received or given up: CLOSED

    // tcp_output.cpp: output and timers
    void output();
    // Sender SWS avoidance: may a segment of `len` bytes go now, `unsent` bytes waiting?
    bool worthSending(std::uint32_t len, std::uint32_t unsent) const;
    void sendData(std::uint32_t len); // `len` bytes from SND.NXT
    // The handshake is done: RFC 5681 §3.1 and RFC 6298 §5.7 if a SYN had to be resent.
    void handshakeCompleted();
    void sendSegment(std::uint32_t seq, std::uint8_t flags, ByteView payload, bool withMss = false);
    void sendAck();
    // In-order data arrived: ACK now, or (delayed ACK) on the second segment or the timer.
    void acknowledgeData(std::size_t segmentLen);
    void onDelayedAck();
    void retransmitFirst(RetransmitReason reason);
    void armRetransmit();
    void cancelRetransmit();
    void onRetransmitTimeout();
    void armPersist();
    void cancelPersist();
    void onPersist();
    void enterTimeWait();
    std::uint32_t flightSize() const { return sndNxt_ - sndUna_; }
    std::uint16_t advertisedWindow() const;
    void noteCongestion(NewReno::Change change);

    TcpLayer& layer_;
    std::uint32_t id_;
    TcpConnectionRef ref_;
    ConnectionOptions options_;
    State state_ = State::Closed;

    // Send side (RFC 9293 §3.3.1).
    std::uint32_t iss_ = 0, sndUna_ = 0, sndNxt_ = 0, sndWl1_ = 0, sndWl2_ = 0;
    std::uint32_t sndWnd_ = 0;
    std::uint32_t maxSndWnd_ = 0;   // the largest window the peer offered (SWS avoidance)
    std::uint32_t sndSml_ = 0;      // end of the last segment smaller than the MSS (Nagle)
    bool synRetransmitted_ = false; // our SYN or SYN-ACK went more than once
    SendStream sendBuffer_;         // bytes from SND.UNA (sent or not)
    bool closeRequested_ = false;
    std::optional<std::uint32_t> finSeq_; // sequence number of our FIN once sent
    std::uint16_t mss_ = kDefaultMss;     // min(peer's MSS option or 536, our own)
    std::uint16_t ownMss_ = kDefaultMss;

    // Receive side.
    std::uint32_t irs_ = 0;
    ReceiveBuffer receive_{65535, 0};
    bool finReceived_ = false;

    RtoEstimator rto_;
    NewReno cc_{kDefaultMss};
    std::optional<std::pair<std::uint32_t, SimTime>> timed_; // RTT sample in progress
    // Pending timers; each is cancelled when what it waits for happens (or the connection
    // closes), so a timer that fires is always current.
    EventId retransmitTimer_, persistTimer_, timeWaitTimer_, delayedAckTimer_;
    std::uint32_t unackedFullSegments_ = 0; // delayed ACK: full-sized segments not yet ACKed
    bool probeOutstanding_ = false;         // a zero-window probe's byte went beyond SND.NXT
    int persistShift_ = 0;                  // persist timer back-off
    int retries_ = 0;
    std::uint32_t lastAckSent_ = 0;
    std::uint64_t bytesAcked_ = 0, bytesReceived_ = 0;
    std::uint32_t highestSent_ = 0; // the highest SND.NXT so far: below it, sending is resending

    friend class TcpLayer;
};

} // namespace ww::tcp
