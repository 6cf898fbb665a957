#pragma once

#include "trace/event.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace ww::ui {
class Conversations;
class RecordedRun;
} // namespace ww::ui

namespace ww::plots {

// One TCP connection of a run: the initiator's view (the side that sent the
// first SYN) and, when found, the responder's. `sender` is the side that sent
// more payload bytes: the one whose cwnd, RTT and segments the plots show.
struct TcpConnectionInfo {
    QString id; // "tcp:10.0.1.10:49152-10.0.2.20:80", initiator first
    TcpConnectionRef initiator;
    std::optional<TcpConnectionRef> responder;
    TcpConnectionRef sender;
    std::uint64_t payloadFromInitiator = 0;
    std::uint64_t payloadFromResponder = 0;
};

// "tcp:A:a-B:b" from the initiator's local and remote endpoints.
QString tcpConnectionId(const TcpConnectionRef& initiator);

// Every TCP connection of the run: the TCP conversations of `conversations` (the
// sequence diagram's, so the same IDs, "tcp:A:p-B:q" and "#2" for a reused 4-tuple),
// in their order.
std::vector<TcpConnectionInfo> tcpConnections(const ui::RecordedRun& run,
                                              const ui::Conversations& conversations);
std::vector<TcpConnectionInfo> tcpConnections(const ui::RecordedRun& run); // finds them

// The connection `--conversation` names: a conversation ID or number (as the sequence
// diagram takes them), "" for the first TCP connection. nullopt, with `problem` saying
// why, when there is none or it is not a TCP connection.
std::optional<TcpConnectionInfo> tcpConnection(const ui::RecordedRun& run,
                                               const ui::Conversations& conversations,
                                               const QString& idOrNumber,
                                               QString* problem = nullptr);

// cwnd and ssthresh after each TcpCongestion event of the sender, in bytes.
// ssthresh is nullopt while it is still "arbitrarily high" (RFC 5681 §3.1: the
// engine's 0xffffffff), i.e. before the first loss.
struct CwndPoint {
    SimTime time = 0;
    std::uint32_t cwnd = 0;
    std::optional<std::uint32_t> ssthresh;
    CongestionChange change = CongestionChange::Grew;
};

// One data segment sent by the sender (tcptrace's vertical bar), sequence
// numbers relative to the sender's ISN (the SYN is 0, the first data byte 1).
struct SegmentMark {
    SimTime time = 0;
    std::uint64_t seq = 0;
    std::uint32_t length = 0; // payload bytes; SYN and FIN count as one
    bool retransmission = false;
    std::optional<RetransmitReason> reason; // set when retransmission
};

// An ACK as the sender received it: relative ack and the receive window it
// offered (already scaled when both SYNs carried window scale).
struct AckMark {
    SimTime time = 0;
    std::uint64_t ack = 0;
    std::uint32_t window = 0;
};

struct RttPoint {
    SimTime time = 0;
    SimTime rtt = 0; // 0 for an RTO change without a measurement
    SimTime srtt = 0;
    SimTime rto = 0;
    bool measured = true; // TcpRttSample (else TcpRtoChanged)
};

struct ThroughputPoint {
    SimTime time = 0;
    double bitsPerSecond = 0;
};

struct TcpSeries {
    TcpConnectionInfo connection;
    std::uint32_t smss = 0; // the sender's MSS (the peer's MSS option, else 536)
    std::vector<CwndPoint> cwnd;
    std::vector<SegmentMark> segments; // in send order
    std::vector<AckMark> acks;         // in arrival order (at the sender)
    std::vector<RttPoint> rtt;         // samples and RTO changes, in time order
    std::vector<ThroughputPoint> throughput;
    SimTime throughputWindow = 0;
    std::optional<SimTime> firstLoss; // first FastRetransmit or Timeout congestion event
    SimTime start = 0;                // the sender's first segment or TCP event
    SimTime end = 0; // its last segment, ACK or TCP event other than a state change
};

// The sliding window for throughput: bytes newly acknowledged in the last
// kThroughputWindow, divided by it, sampled every kThroughputStep.
inline constexpr SimTime kThroughputWindow = 100 * kMillisecond;
inline constexpr SimTime kThroughputStep = 10 * kMillisecond;

// The series of `connection` with every event up to `until` (all when nullopt).
TcpSeries tcpSeries(const ui::RecordedRun& run, const TcpConnectionInfo& connection,
                    std::optional<SimTime> until = std::nullopt);
// The same for the connection tcpConnection() finds for `idOrNumber`.
std::optional<TcpSeries> tcpSeries(const ui::RecordedRun& run, const QString& idOrNumber,
                                   std::optional<SimTime> until = std::nullopt,
                                   QString* problem = nullptr);

} // namespace ww::plots
