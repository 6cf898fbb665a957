#include "plots/tcp_series.h"

#include "models/conversations.h"
#include "models/recorded_run.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"

#include <QCoreApplication>
#include <algorithm>
#include <deque>
#include <map>
#include <tuple>

namespace ww::plots {

namespace {

constexpr std::uint32_t kInfiniteSsthresh = 0xffffffffu;

// The connection an event belongs to, or nullptr for events of no connection.
const TcpConnectionRef* connectionOf(const EventKind& kind) {
    return std::visit(
        [](const auto& e) -> const TcpConnectionRef* {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, TcpStateChanged> || std::is_same_v<T, TcpRttSample> ||
                          std::is_same_v<T, TcpRtoChanged> || std::is_same_v<T, TcpCongestion> ||
                          std::is_same_v<T, TcpRetransmit>)
                return &e.conn;
            else
                return nullptr;
        },
        kind);
}

bool sameRef(const TcpConnectionRef& a, const TcpConnectionRef& b) {
    return a.device == b.device && a.connection == b.connection;
}

struct TcpFrame {
    Ipv4Address source;
    Ipv4Address destination;
    tcp::Repr repr;
    std::uint32_t payload = 0;
};

// A TCP segment inside an Ethernet frame with a good checksum (what a host
// would accept), or nullopt. Fragments are not TCP segments by themselves.
std::optional<TcpFrame> tcpOf(const PduRef& frame) {
    const auto eth = ethernet::parseFrame(frame.view(), false);
    if (!eth || eth->repr.etherType != ethernet::kIpv4)
        return std::nullopt;
    const auto ip = ipv4::parse(eth->payload);
    if (!ip || ip->repr.protocol != ipv4::kTcp || ip->repr.isFragment())
        return std::nullopt;
    const auto seg = tcp::parse(ip->payload, ip->repr.source, ip->repr.destination);
    if (!seg || !seg->checksumOk)
        return std::nullopt;
    return TcpFrame{ip->repr.source, ip->repr.destination, seg->repr,
                    static_cast<std::uint32_t>(seg->payload.size())};
}

bool fromLocal(const TcpFrame& f, const TcpConnectionRef& c) {
    return f.source == c.localAddress && f.repr.sourcePort == c.localPort &&
           f.destination == c.remoteAddress && f.repr.destinationPort == c.remotePort;
}

bool toLocal(const TcpFrame& f, const TcpConnectionRef& c) {
    return f.destination == c.localAddress && f.repr.destinationPort == c.localPort &&
           f.source == c.remoteAddress && f.repr.sourcePort == c.remotePort;
}

} // namespace

QString tcpConnectionId(const TcpConnectionRef& c) {
    return QStringLiteral("tcp:%1:%2-%3:%4")
        .arg(QString::fromStdString(c.localAddress.toString()))
        .arg(c.localPort)
        .arg(QString::fromStdString(c.remoteAddress.toString()))
        .arg(c.remotePort);
}

std::vector<TcpConnectionInfo> tcpConnections(const ui::RecordedRun& run,
                                              const ui::Conversations& conversations) {
    // Each end's connection as its events name it, and whether it opened actively.
    std::map<std::pair<DeviceId, std::uint32_t>, std::pair<TcpConnectionRef, bool>> refs;
    for (const Event& e : run.events())
        if (const TcpConnectionRef* c = connectionOf(e.kind)) {
            auto& [ref, active] =
                refs.try_emplace({c->device, c->connection}, *c, false).first->second;
            if (const auto* st = std::get_if<TcpStateChanged>(&e.kind);
                st && st->to == TcpState::SynSent)
                active = true;
        }
    // The sequence diagram's TCP conversations: the same connections, pairing and IDs.
    std::vector<TcpConnectionInfo> out;
    for (const ui::Conversation& conv : conversations.list()) {
        if (conv.kind != ui::ConversationKind::Tcp)
            continue;
        std::vector<std::pair<TcpConnectionRef, bool>> ends;
        for (const auto& key : conv.tcpConnections)
            if (const auto it = refs.find(key); it != refs.end())
                ends.push_back(it->second);
        if (ends.empty())
            continue;
        // The initiator as Conversations picks it: the first end that opened actively.
        const auto initiator =
            std::find_if(ends.begin(), ends.end(), [](const auto& end) { return end.second; });
        TcpConnectionInfo info;
        info.id = conv.id;
        info.initiator = initiator == ends.end() ? ends.front().first : initiator->first;
        for (const auto& [ref, active] : ends)
            if (ref.device != info.initiator.device) {
                info.responder = ref;
                break;
            }
        out.push_back(info);
    }
    // Who sent the data: payload bytes each end put on its first link.
    for (const Event& e : run.events()) {
        const auto* tx = std::get_if<FrameTxStart>(&e.kind);
        if (!tx)
            continue;
        std::optional<TcpFrame> f;
        for (TcpConnectionInfo& info : out) {
            const bool fromInitiator = tx->from == info.initiator.device;
            const bool fromResponder = info.responder && tx->from == info.responder->device;
            if (!fromInitiator && !fromResponder)
                continue;
            if (!f && !(f = tcpOf(tx->frame)))
                break;
            if (fromInitiator && fromLocal(*f, info.initiator))
                info.payloadFromInitiator += f->payload;
            else if (fromResponder && fromLocal(*f, *info.responder))
                info.payloadFromResponder += f->payload;
        }
    }
    for (TcpConnectionInfo& info : out)
        info.sender = info.responder && info.payloadFromResponder > info.payloadFromInitiator
                          ? *info.responder
                          : info.initiator;
    return out;
}

namespace {

// Highest cumulative ACK (relative, data bytes only) at or before each time.
void addThroughput(TcpSeries& s, std::uint64_t dataEnd, SimTime last) {
    s.throughputWindow = kThroughputWindow;
    if (s.acks.empty())
        return;
    std::vector<std::pair<SimTime, std::uint64_t>> acked; // time, bytes acked so far
    std::uint64_t high = 0;
    for (const AckMark& a : s.acks) {
        // The SYN's and FIN's sequence numbers are not data.
        const std::uint64_t bytes = std::min(a.ack > 0 ? a.ack - 1 : 0, dataEnd);
        if (bytes > high) {
            high = bytes;
            acked.emplace_back(a.time, high);
        }
    }
    const auto ackedAt = [&acked](SimTime t) -> std::uint64_t {
        auto it = std::upper_bound(acked.begin(), acked.end(), t,
                                   [](SimTime x, const auto& p) { return x < p.first; });
        return it == acked.begin() ? 0 : std::prev(it)->second;
    };
    const SimTime from = s.acks.front().time;
    // Up to the last ACK: past it the window would only slide off the data, a fall that
    // says nothing about the connection.
    const SimTime to = std::min(last, s.acks.back().time);
    for (SimTime t = from; t <= to; t += kThroughputStep) {
        const std::uint64_t delta = ackedAt(t) - ackedAt(t - kThroughputWindow);
        s.throughput.push_back(
            {t, static_cast<double>(delta) * 8.0 / timeToSeconds(kThroughputWindow)});
    }
}

} // namespace

std::vector<TcpConnectionInfo> tcpConnections(const ui::RecordedRun& run) {
    return tcpConnections(run, ui::Conversations::find(run));
}

std::optional<TcpConnectionInfo> tcpConnection(const ui::RecordedRun& run,
                                               const ui::Conversations& conversations,
                                               const QString& idOrNumber, QString* problem) {
    const std::vector<TcpConnectionInfo> all = tcpConnections(run, conversations);
    QString id = idOrNumber;
    if (!id.isEmpty()) {
        const ui::Conversation* c = conversations.byIdOrNumber(id, problem);
        if (!c)
            return std::nullopt;
        id = c->id;
    }
    const auto it = id.isEmpty()
                        ? all.begin()
                        : std::find_if(all.begin(), all.end(),
                                       [&id](const TcpConnectionInfo& c) { return c.id == id; });
    if (it != all.end())
        return *it;
    if (problem)
        *problem = id.isEmpty()
                       ? QCoreApplication::translate("Plots", "The lab has no TCP connection")
                       : QCoreApplication::translate(
                             "Plots", "conversation: '%1' is not a TCP connection; the plots "
                                      "show one (IDs look like tcp:10.0.1.10:49152-10.0.2.20:80)")
                             .arg(idOrNumber);
    return std::nullopt;
}

std::optional<TcpSeries> tcpSeries(const ui::RecordedRun& run, const QString& idOrNumber,
                                   std::optional<SimTime> until, QString* problem) {
    const auto connection = tcpConnection(run, ui::Conversations::find(run), idOrNumber, problem);
    return connection ? std::optional<TcpSeries>(tcpSeries(run, *connection, until)) : std::nullopt;
}

TcpSeries tcpSeries(const ui::RecordedRun& run, const TcpConnectionInfo& connection,
                    std::optional<SimTime> until) {
    TcpSeries s;
    s.connection = connection;
    const TcpConnectionRef& me = s.connection.sender;
    const SimTime last = until.value_or(run.duration());

    std::optional<std::uint32_t> isn;
    std::optional<std::uint8_t> myScale, peerScale;
    std::optional<std::uint16_t> myMss, peerMss;
    std::deque<TcpRetransmit> pending; // announced, not yet seen on the wire
    std::uint64_t dataEnd = 0;
    bool started = false;
    const auto touch = [&](SimTime t) {
        if (!started)
            s.start = t;
        started = true;
        s.end = t;
    };

    for (const Event& e : run.events()) {
        if (e.time > last)
            break;
        if (const TcpConnectionRef* c = connectionOf(e.kind)) {
            if (!sameRef(*c, me))
                continue;
            // State changes do not stretch the plot: TIME-WAIT lasts 2 MSL after the last segment.
            if (!std::holds_alternative<TcpStateChanged>(e.kind))
                touch(e.time);
            if (const auto* cc = std::get_if<TcpCongestion>(&e.kind)) {
                CwndPoint p{e.time, cc->cwnd, std::nullopt, cc->change};
                if (cc->ssthresh != kInfiniteSsthresh)
                    p.ssthresh = cc->ssthresh;
                if (!s.firstLoss && (cc->change == CongestionChange::FastRetransmit ||
                                     cc->change == CongestionChange::Timeout))
                    s.firstLoss = e.time;
                s.cwnd.push_back(p);
            } else if (const auto* r = std::get_if<TcpRttSample>(&e.kind)) {
                s.rtt.push_back({e.time, r->rtt, r->srtt, r->rto, true});
            } else if (const auto* o = std::get_if<TcpRtoChanged>(&e.kind)) {
                s.rtt.push_back({e.time, 0, o->srtt, o->rto, false});
            } else if (const auto* x = std::get_if<TcpRetransmit>(&e.kind)) {
                pending.push_back(*x);
            }
            continue;
        }
        if (const auto* tx = std::get_if<FrameTxStart>(&e.kind)) {
            if (tx->from != me.device)
                continue;
            const auto f = tcpOf(tx->frame);
            if (!f || !fromLocal(*f, me))
                continue;
            touch(e.time);
            const tcp::Repr& h = f->repr;
            if (h.has(tcp::kSyn)) {
                isn = h.sequence;
                myScale = h.options.windowScale;
                myMss = h.options.mss;
            }
            const std::uint32_t space = h.sequenceSpace(f->payload);
            if (space == 0)
                continue; // a pure ACK: no sequence numbers
            if (!isn)
                isn = h.sequence - 1; // the SYN came before `until`'s window: assume it
            SegmentMark m{e.time, static_cast<std::uint32_t>(h.sequence - *isn), space, false,
                          std::nullopt};
            if (!pending.empty() && pending.front().sequence == h.sequence) {
                m.retransmission = true;
                m.reason = pending.front().reason;
                pending.pop_front();
            }
            if (f->payload > 0)
                dataEnd = std::max<std::uint64_t>(dataEnd, m.seq + f->payload - 1);
            s.segments.push_back(m);
        } else if (const auto* rx = std::get_if<FrameArrival>(&e.kind)) {
            if (rx->to != me.device || rx->corrupted)
                continue;
            const auto f = tcpOf(rx->frame);
            if (!f || !toLocal(*f, me))
                continue;
            touch(e.time);
            const tcp::Repr& h = f->repr;
            if (h.has(tcp::kSyn)) {
                peerScale = h.options.windowScale;
                peerMss = h.options.mss;
            }
            // A RST's window means nothing (RFC 9293 §3.10.7): not an advertisement.
            if (!h.has(tcp::kAck) || h.has(tcp::kRst) || !isn)
                continue;
            // RFC 7323 §2.2: the window of a SYN is never scaled; others are when both sides
            // offered the option.
            const int shift = (!h.has(tcp::kSyn) && myScale && peerScale) ? *peerScale : 0;
            s.acks.push_back({e.time, static_cast<std::uint32_t>(h.acknowledgment - *isn),
                              static_cast<std::uint32_t>(h.window) << shift});
        }
    }
    s.smss = std::min<std::uint32_t>(peerMss.value_or(tcp::kDefaultMss), myMss.value_or(0xffff));
    addThroughput(s, dataEnd, last);
    return s;
}

} // namespace ww::plots
