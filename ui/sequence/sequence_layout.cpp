#include "models/frame_summary.h"
#include "models/reason_text.h"
#include "sequence/sequence_diagram.h"
#include "sequence/sequence_metrics.h"
#include "wire/tcp.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace ww::sequence {

namespace {

// "8.04 ms", "16.1 ms", "1 s", "2.5 s": a duration as a teacher would say it.
QString duration(SimTime t) {
    const double v = timeToSeconds(t) * 1e3;
    if (v >= 1000)
        return SequenceDiagram::tr("%1 s").arg(v / 1000, 0, 'g', 4);
    return SequenceDiagram::tr("%1 ms").arg(QString::number(v, 'f', v < 10 ? 2 : 1));
}

using Tuple = std::tuple<std::uint32_t, std::uint16_t, std::uint32_t, std::uint16_t>;

} // namespace

void SequenceDiagram::build(const ui::RecordedRun& run, const ui::Conversations& conversations,
                            const ui::Conversation& conv) {
    using namespace metrics;
    title_ = conv.label;
    end_ = options_.until ? std::min(*options_.until, run.duration()) : run.duration();
    const auto& msgs = conversations.messages();
    const auto& events = run.events();
    lifelines_ = conv.devices;

    // Routers and NATs in the order the first message crosses them, between the ends.
    if (options_.routers && lifelines_.size() >= 2) {
        std::vector<DeviceId> middle;
        for (std::size_t mi : conv.messages)
            for (const Leaf& leaf : msgs[mi].leaves)
                for (const Hop& h : leaf.hops)
                    for (DeviceId d : {h.from, h.to})
                        if (run.deviceKind(d) != NetDeviceType::Host &&
                            run.deviceKind(d) != NetDeviceType::Switch &&
                            std::find(middle.begin(), middle.end(), d) == middle.end() &&
                            std::find(lifelines_.begin(), lifelines_.end(), d) == lifelines_.end())
                            middle.push_back(d);
        lifelines_.insert(lifelines_.begin() + 1, middle.begin(), middle.end());
    }
    std::map<DeviceId, int> column;
    for (std::size_t i = 0; i < lifelines_.size(); ++i) {
        column[lifelines_[i]] = static_cast<int>(i);
        names_ << run.deviceName(lifelines_[i]);
        QStringList ips;
        for (const ui::InterfaceInfo& itf : run.devices()[lifelines_[i]].interfaces)
            if (itf.address)
                ips << QString::fromStdString(itf.address->address.toString());
        addresses_ << ips.join(QStringLiteral(", "));
    }
    auto columnOf = [&column](DeviceId d) {
        auto it = column.find(d);
        return it == column.end() ? -1 : it->second;
    };
    // Where a message was heading: the lifeline holding its destination address.
    auto targetColumn = [&](const Message& m, int from) {
        const Ipv4Address want = m.kind == MessageKind::Arp ? m.arpTarget : m.destination;
        for (std::size_t c = 0; c < lifelines_.size(); ++c)
            for (const ui::InterfaceInfo& itf : run.devices()[lifelines_[c]].interfaces)
                if (itf.address && itf.address->address == want)
                    return static_cast<int>(c);
        if (lifelines_.size() == 2)
            return 1 - from;
        return from + 1 < static_cast<int>(lifelines_.size()) ? from + 1 : from - 1;
    };

    // TCP: each side's initial sequence number (for relative numbers), what each
    // side has sent (retransmissions), its last pure ACK (duplicates).
    std::map<Tuple, std::uint32_t> isnSent, isnArrived;
    std::map<Tuple, std::uint32_t> highestSent;
    struct LastAck {
        std::uint32_t ack = 0;
        std::uint16_t window = 0;
        int count = 0;
    };
    std::map<Tuple, LastAck> lastAck;
    std::map<Tuple, std::pair<std::uint32_t, std::uint32_t>> lastData; // arrival tuple -> seq, len
    std::map<std::pair<DeviceId, std::uint32_t>, RetransmitReason> retransmits;
    for (std::size_t e : conv.events)
        if (const auto* r = std::get_if<TcpRetransmit>(&events[e].kind))
            retransmits[{r->conn.device, r->sequence}] = r->reason;
    bool ackCallout = false;

    std::vector<std::pair<SimTime, SimTime>> times; // per arrow: start, end
    std::vector<SimTime> markT, spanT, spanT2;      // per mark, per span: start, end
    std::size_t count = 0;
    for (std::size_t mi : conv.messages) {
        const Message& m = msgs[mi];
        if (m.sent > end_)
            break;
        if (++count > options_.maxMessages) {
            cut_ = true;
            break;
        }
        const int from = columnOf(m.from);
        if (from < 0)
            continue;
        Arrow base;
        base.event = m.sendEvent;
        base.message = mi;
        if (m.kind == MessageKind::Tcp) {
            const Tuple sent{m.source.value, m.sourcePort, m.destination.value, m.destinationPort};
            const Tuple back{m.destination.value, m.destinationPort, m.source.value, m.sourcePort};
            if (m.flags & tcp::kSyn)
                isnSent[sent] = m.seq;
            const std::uint32_t isn = isnSent.try_emplace(sent, m.seq).first->second;
            for (const Leaf& leaf : m.leaves)
                isnArrived[{leaf.source.value, leaf.sourcePort, leaf.destination.value,
                            leaf.destinationPort}] = isn;
            auto peer = isnArrived.find(back); // the peer's segments as they reached m.from
            const std::uint32_t peerIsn = peer == isnArrived.end() ? 0 : peer->second;
            const std::uint32_t seq = options_.relative ? m.seq - isn : m.seq;
            const std::uint32_t ack = options_.relative ? m.ack - peerIsn : m.ack;
            const bool syn = m.flags & tcp::kSyn, fin = m.flags & tcp::kFin,
                       rst = m.flags & tcp::kRst, hasAck = m.flags & tcp::kAck;
            const std::uint32_t space = m.length + (syn ? 1 : 0) + (fin ? 1 : 0);
            QStringList parts;
            if (syn || fin || rst)
                parts << QString::fromStdString(tcp::flagNames(m.flags & ~tcp::kPsh));
            else if (m.length == 0)
                parts << QStringLiteral("ACK");
            if (syn || fin || rst || m.length > 0)
                parts << QStringLiteral("seq=%1").arg(seq);
            if (hasAck)
                parts << QStringLiteral("ack=%1").arg(ack);
            if (m.length > 0)
                parts << QStringLiteral("len=%1").arg(m.length);
            base.label = parts.join(QLatin1Char(' '));
            QStringList detail;
            if (syn || rst)
                detail << QStringLiteral("win=%1").arg(m.window);
            if (m.mss)
                detail << QStringLiteral("MSS=%1").arg(*m.mss);
            // Retransmitted: it starts below what this side already sent.
            auto [high, fresh] = highestSent.try_emplace(sent, m.seq + space);
            if (!fresh && space > 0 && static_cast<std::int32_t>(m.seq - high->second) < 0) {
                base.retransmission = true;
                auto r = retransmits.find({m.from, m.seq});
                base.tag = r == retransmits.end()
                               ? tr("retransmission")
                               : tr("retransmission (%1)").arg(ui::retransmitReasonText(r->second));
            } else if (!fresh && static_cast<std::int32_t>(m.seq + space - high->second) > 0) {
                high->second = m.seq + space;
            }
            // A duplicate ACK: the same ACK again, no data, no window change.
            LastAck& la = lastAck[sent];
            if (!syn && !fin && !rst && m.length == 0 && hasAck) {
                if (la.count > 0 && la.ack == m.ack && la.window == m.window) {
                    ++la.count;
                    base.duplicateAck = true;
                    base.tag = tr("duplicate ACK #%1").arg(la.count - 1);
                } else {
                    la = {m.ack, m.window, 1};
                }
                // ACK = seq + 1 holds only for SYN and FIN: said where data is first acknowledged.
                auto d = lastData.find(back);
                if (!ackCallout && d != lastData.end() && d->second.second > 1 &&
                    m.ack == d->second.first + d->second.second) {
                    ackCallout = true;
                    const std::uint32_t dseq =
                        options_.relative ? d->second.first - peerIsn : d->second.first;
                    spans_.push_back(
                        {MarkKind::Callout, from, 0, 0,
                         tr("ACK = seq + 1 only for SYN and FIN, which use one sequence number "
                            "each. Data moves the ACK on by its length: seq=%1 + len=%2 → "
                            "ack=%3, the next byte expected.")
                             .arg(dseq)
                             .arg(d->second.second)
                             .arg(dseq + d->second.second),
                         tr("Common misconception"), m.sendEvent, false});
                    spanT.push_back(m.sent);
                    spanT2.push_back(m.sent);
                }
            } else {
                la.count = 0;
            }
            if (m.length > 0)
                for (const Leaf& leaf : m.leaves)
                    lastData[{leaf.source.value, leaf.sourcePort, leaf.destination.value,
                              leaf.destinationPort}] = {m.seq, m.length};
            base.reset = rst;
            base.detail = detail.join(QStringLiteral("  "));
        } else {
            base.label = ui::PduDescriber().frame(m.packet.view()).text;
        }

        std::set<std::size_t> drawn; // hops shared by a broadcast's copies
        for (const Leaf& leaf : m.leaves) {
            const bool onLink = leaf.dropped && leaf.hops.back().lost;
            // Reached its host, which answered it (RST, ICMP) or, for a broadcast's
            // copy, ignored it: an arrow that arrives, the reason written under it.
            const bool answered = leaf.dropped && !onLink &&
                                  (m.broadcast || *leaf.dropped == DropReason::TcpNoConnection ||
                                   *leaf.dropped == DropReason::TcpUnacceptable ||
                                   *leaf.dropped == DropReason::PortUnreachable ||
                                   *leaf.dropped == DropReason::ProtocolUnreachable);
            auto lossText = [&] {
                QString why = ui::dropReasonText(*leaf.dropped);
                if (!onLink)
                    why = tr("%1 at %2").arg(why, run.deviceName(leaf.device));
                return why;
            };
            if (!options_.routers) {
                Arrow a = base;
                a.y1 = 0;
                const int at = columnOf(leaf.device);
                if (onLink || (at < 0 && leaf.dropped && !m.broadcast)) {
                    a.toColumn = targetColumn(m, from);
                    a.endAt = onLink ? 0.55 : 0.5;
                } else if (at >= 0 && at != from) {
                    a.toColumn = at;
                } else {
                    continue; // a broadcast's copy to someone not in this conversation
                }
                a.fromColumn = from;
                a.endEvent = leaf.event;
                if (answered && at >= 0) {
                    a.answered = true;
                    a.detail = ui::dropReasonText(*leaf.dropped) +
                               (a.detail.isEmpty() ? QString() : QStringLiteral("  ") + a.detail);
                } else if (leaf.dropped) {
                    a.lost = true;
                    a.detail = a.detail.isEmpty() ? lossText()
                                                  : lossText() + QStringLiteral("  ") + a.detail;
                }
                times.push_back({m.sent, leaf.time});
                arrows_.push_back(std::move(a));
                continue;
            }
            for (std::size_t h = 0; h < leaf.hops.size(); ++h) {
                const Hop& hop = leaf.hops[h];
                const bool last = h + 1 == leaf.hops.size();
                if (!drawn.insert(hop.startEvent).second)
                    continue;
                const int a0 = columnOf(hop.from);
                int a1 = columnOf(hop.to);
                if (a0 < 0)
                    continue;
                Arrow a = base;
                a.event = hop.startEvent;
                a.endEvent = last ? leaf.event : hop.endEvent;
                if (hop.lost || a1 < 0) {
                    if (!(last && leaf.dropped) || (a1 < 0 && m.broadcast))
                        continue; // off the conversation's path
                    a1 = targetColumn(m, a0);
                    a.endAt = 0.55;
                }
                if (a1 == a0)
                    continue;
                a.fromColumn = a0;
                a.toColumn = a1;
                if (last && leaf.dropped && answered) {
                    a.answered = true;
                    a.detail = ui::dropReasonText(*leaf.dropped);
                } else if (last && leaf.dropped) {
                    a.lost = true;
                    a.detail = lossText();
                }
                times.push_back({hop.start, last ? leaf.time : hop.end});
                arrows_.push_back(std::move(a));
            }
        }
    }
    // Marks on the lifelines: TCP states, RTT samples, RTO changes.
    std::map<std::pair<DeviceId, std::uint32_t>, std::pair<std::size_t, SimTime>> timeWait;
    bool rttCallout = false, twCallout = false, cwCallout = false;
    std::set<std::pair<DeviceId, std::uint32_t>> initiators;
    std::set<DeviceId> timeWaiters; // both sides: a simultaneous close
    for (std::size_t e : conv.events) {
        if (const auto* s = std::get_if<TcpStateChanged>(&events[e].kind)) {
            if (s->to == TcpState::SynSent)
                initiators.insert({s->conn.device, s->conn.connection});
            if (s->to == TcpState::TimeWait)
                timeWaiters.insert(s->conn.device);
        }
    }
    for (std::size_t e : conv.events) {
        const Event& ev = events[e];
        if (ev.time > end_)
            break;
        if (const auto* s = std::get_if<TcpStateChanged>(&ev.kind)) {
            const int c = columnOf(s->conn.device);
            if (c < 0)
                continue;
            marks_.push_back({MarkKind::State, c, 0, 0, tcpStateName(s->to), {}, e, false});
            // A listener was listening before the SYN came: LISTEN where the SYN leaves.
            markT.push_back(s->to == TcpState::Listen && !times.empty()
                                ? std::min(ev.time, times.front().first)
                                : ev.time);
            const auto key = std::make_pair(s->conn.device, s->conn.connection);
            if (s->to == TcpState::TimeWait) {
                timeWait[key] = {e, ev.time};
                if (!twCallout) {
                    twCallout = true;
                    const QString text =
                        timeWaiters.size() > 1
                            ? tr("TIME-WAIT belongs to the active closer. Here both sides sent "
                                 "a FIN before receiving the other's (a simultaneous close), so "
                                 "both are active closers: each passes through CLOSING and waits "
                                 "2 × MSL in TIME-WAIT.")
                            : tr("TIME-WAIT belongs to the active closer (%1, which sent the "
                                 "first FIN). After its last ACK it waits 2 × MSL, so a lost ACK "
                                 "can be sent again and old duplicates die out. The passive "
                                 "closer never enters TIME-WAIT: in LAST-ACK it resends its FIN "
                                 "if no ACK comes.")
                                  .arg(run.deviceName(s->conn.device));
                    spans_.push_back(
                        {MarkKind::Callout, c, 0, 0, text, tr("Common misconception"), e, false});
                    spanT.push_back(ev.time);
                    spanT2.push_back(ev.time);
                }
            }
            if (s->from == TcpState::TimeWait) {
                auto tw = timeWait.find(key);
                if (tw != timeWait.end()) {
                    spans_.push_back(
                        {MarkKind::State,
                         c,
                         0,
                         0,
                         tr("2 MSL = %1 s").arg(timeToSeconds(ev.time - tw->second.second)),
                         {},
                         tw->second.first,
                         true});
                    spanT.push_back(tw->second.second);
                    spanT2.push_back(ev.time);
                    timeWait.erase(tw);
                }
            }
            if (s->to == TcpState::CloseWait && !cwCallout) {
                cwCallout = true;
                spans_.push_back({MarkKind::Callout, c, 0, 0,
                                  tr("CLOSE-WAIT (not “CLOSE-WAIT1”): %1 has received the FIN and "
                                     "acknowledged it; it waits for its application to close, "
                                     "then sends its own FIN and enters LAST-ACK.")
                                      .arg(run.deviceName(s->conn.device)),
                                  tr("Common misconception"), e, false});
                spanT.push_back(ev.time);
                spanT2.push_back(ev.time);
            }
        } else if (const auto* r = std::get_if<TcpRttSample>(&ev.kind)) {
            const int c = columnOf(r->conn.device);
            if (c < 0)
                continue;
            spans_.push_back({MarkKind::Rtt,
                              c,
                              0,
                              0,
                              tr("RTT %1 · SRTT %2 · RTO %3")
                                  .arg(duration(r->rtt), duration(r->srtt), duration(r->rto)),
                              {},
                              e,
                              false});
            spanT.push_back(ev.time - r->rtt);
            spanT2.push_back(ev.time);
            if (!rttCallout) {
                rttCallout = true;
                const bool client = initiators.count({r->conn.device, r->conn.connection}) > 0;
                spans_.push_back(
                    {MarkKind::Callout, c, 0, 0,
                     (client ? tr("The first RTT is measured in the handshake: %1 timed its SYN "
                                  "until the SYN, ACK came back (the server times its SYN, ACK "
                                  "until the last ACK). Until then the retransmission timeout "
                                  "is the initial 1 s (RFC 6298).")
                             : tr("The first RTT is measured in the handshake: %1 timed its SYN, "
                                  "ACK until the last ACK came back. Until then the "
                                  "retransmission timeout is the initial 1 s (RFC 6298)."))
                         .arg(run.deviceName(r->conn.device)),
                     tr("Common misconception"), e, false});
                spanT.push_back(ev.time);
                spanT2.push_back(ev.time);
            }
        } else if (const auto* o = std::get_if<TcpRtoChanged>(&ev.kind)) {
            const int c = columnOf(o->conn.device);
            if (c < 0)
                continue;
            spans_.push_back({MarkKind::Rto,
                              c,
                              0,
                              0,
                              o->change == RtoChange::BackOff
                                  ? tr("RTO timer expired: RTO doubled to %1").arg(duration(o->rto))
                                  : tr("SYN resent: RTO %1 when data begins").arg(duration(o->rto)),
                              {},
                              e,
                              false});
            spanT.push_back(ev.time);
            spanT2.push_back(ev.time);
        }
    }
    // A TIME-WAIT still running at the end: the bar runs to the end.
    for (const auto& [key, tw] : timeWait) {
        const int c = columnOf(key.first);
        spans_.push_back({MarkKind::State, c, 0, 0, tr("2 MSL"), {}, tw.first, true});
        spanT.push_back(tw.second);
        spanT2.push_back(end_);
    }

    // Rows: real time, stretched where arrows crowd and squeezed where nothing happens.
    std::vector<std::pair<SimTime, int>> needs; // moment, room it needs above it
    for (const auto& [t1, t2] : times) {
        needs.push_back({t1, kArrowRoom});
        needs.push_back({t2, kArrivalRoom});
    }
    for (SimTime t : markT)
        needs.push_back({t, kStateRoom});
    for (std::size_t i = 0; i < spanT.size(); ++i) {
        needs.push_back({spanT[i], 0});
        needs.push_back({spanT2[i], 0});
    }
    needs.push_back({end_, 0});
    std::sort(needs.begin(), needs.end());
    std::vector<SimTime> transit;
    for (const auto& [t1, t2] : times)
        if (t2 > t1)
            transit.push_back(t2 - t1);
    double pxPerNs = 1e-4;
    if (!transit.empty()) {
        std::nth_element(transit.begin(),
                         transit.begin() + static_cast<std::ptrdiff_t>(transit.size() / 2),
                         transit.end());
        pxPerNs = kTransitPx / static_cast<double>(transit[transit.size() / 2]);
    }
    int y = kHeaderH + kTopPad;
    int lastNeed = y - kArrowRoom;
    SimTime prev = needs.empty() ? 0 : needs.front().first;
    for (const auto& [t, room] : needs) {
        const double real = static_cast<double>(t - prev) * pxPerNs;
        int next = y + static_cast<int>(std::min(real, double(kMaxGap)));
        if (real > 3 * kMaxGap && !anchorT_.empty()) { // say so where it is much squeezed
            Mark gap{MarkKind::Gap,
                     0,
                     y,
                     next,
                     tr("+%1 s").arg(timeToSeconds(t - prev), 0, 'f', 3),
                     {},
                     0,
                     false};
            marks_.push_back(gap);
            markT.push_back(-1); // already placed
        }
        next = std::max(next, lastNeed + room);
        if (room > 0)
            lastNeed = next;
        if (anchorT_.empty() || t != anchorT_.back()) {
            anchorT_.push_back(t);
            anchorY_.push_back(next);
        } else {
            anchorY_.back() = std::max(anchorY_.back(), next);
        }
        y = anchorY_.back();
        prev = t;
    }
    for (std::size_t i = 0; i < arrows_.size(); ++i) {
        arrows_[i].t1 = times[i].first;
        arrows_[i].t2 = times[i].second;
        arrows_[i].y1 = yAt(times[i].first);
        arrows_[i].y2 = std::max(arrows_[i].y1 + 2, yAt(times[i].second));
    }
    // States a few pixels apart on one lifeline are pushed apart so both read.
    std::map<int, int> lastStateY;
    for (std::size_t i = 0; i < marks_.size(); ++i) {
        if (marks_[i].kind == MarkKind::Gap)
            continue;
        int my = yAt(markT[i]);
        auto& last = lastStateY[marks_[i].column];
        my = std::max(my, last + kStateRoom);
        last = my;
        marks_[i].y = marks_[i].y2 = my;
    }
    for (std::size_t i = 0; i < spans_.size(); ++i) {
        spans_[i].y = yAt(spanT[i]);
        spans_[i].y2 = yAt(spanT2[i]);
        spans_[i].t1 = spanT[i];
        spans_[i].t2 = spanT2[i];
    }
    std::sort(marks_.begin(), marks_.end(), [](const Mark& a, const Mark& b) { return a.y < b.y; });

    // Geometry across.
    const int n = static_cast<int>(lifelines_.size());
    spacing_ = n <= 2 ? kSpacingTwo : kSpacingMany;
    left_ = kTimeW + kSide;
    const int width = left_ + std::max(0, n - 1) * spacing_ + kSide + kNotesW;
    int height = (anchorY_.empty() ? kHeaderH + kTopPad : anchorY_.back()) + kBottomPad;
    size_ = QSize(width, height);
    placeNotes();
    for (const Mark& m : spans_)
        height = std::max(height, m.noteY + m.noteH + kBottomPad);
    size_.setHeight(height);

    // Indexes for painting a slice and for finding an event's arrow.
    arrowTopIndex_.resize(arrows_.size());
    for (std::size_t i = 0; i < arrows_.size(); ++i) {
        arrowTopIndex_[i] = static_cast<int>(i);
        maxArrowSpan_ = std::max(maxArrowSpan_, arrows_[i].y2 - arrows_[i].y1);
    }
    std::stable_sort(arrowTopIndex_.begin(), arrowTopIndex_.end(), [this](int a, int b) {
        return arrows_[static_cast<std::size_t>(a)].y1 < arrows_[static_cast<std::size_t>(b)].y1;
    });
    for (std::size_t i = 0; i < arrows_.size(); ++i) {
        const Message& m = msgs[arrows_[i].message];
        eventArrow_.push_back({m.sendEvent, static_cast<int>(i)});
        eventArrow_.push_back({arrows_[i].event, static_cast<int>(i)});
        eventArrow_.push_back({arrows_[i].endEvent, static_cast<int>(i)});
        for (const Leaf& leaf : m.leaves)
            for (const Hop& h : leaf.hops) {
                eventArrow_.push_back({h.startEvent, static_cast<int>(i)});
                eventArrow_.push_back({h.endEvent, static_cast<int>(i)});
            }
    }
    std::sort(eventArrow_.begin(), eventArrow_.end());
    eventArrow_.erase(std::unique(eventArrow_.begin(), eventArrow_.end(),
                                  [](const auto& a, const auto& b) { return a.first == b.first; }),
                      eventArrow_.end());
}

} // namespace ww::sequence
