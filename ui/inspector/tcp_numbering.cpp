#include "inspector/tcp_numbering.h"

#include "inspector/encapsulation_story.h"
#include "wire/tcp.h"

#include <QCoreApplication>
#include <algorithm>

namespace ww::inspector {

namespace {

// A TCP segment's identity: enough to follow its flow and to recognise the same
// segment in the frame that carried it.
struct Segment {
    std::uint32_t source = 0, destination = 0; // 0 for a bare segment
    std::uint16_t sourcePort = 0, destinationPort = 0;
    std::uint32_t sequence = 0, acknowledgment = 0;
    std::uint8_t flags = 0;
};

constexpr std::size_t kEtherHeader = 14;
constexpr std::uint16_t kEtherTypeIpv4 = 0x0800;
constexpr std::uint8_t kIpProtocolTcp = 6;

std::optional<Segment> bareSegment(ByteView b) {
    if (b.size() < tcp::kMinHeaderLen)
        return std::nullopt;
    return Segment{0, 0, readU16(b, 0), readU16(b, 2), readU32(b, 4), readU32(b, 8), b[13]};
}

// Byte checks only (no checksums): this runs over every frame of a run.
std::optional<Segment> packetSegment(ByteView p) {
    if (p.size() < 20 || (p[0] >> 4) != 4 || p[9] != kIpProtocolTcp)
        return std::nullopt;
    if ((readU16(p, 6) & 0x1fff) != 0) // a later fragment carries no TCP header
        return std::nullopt;
    const std::size_t ihl = static_cast<std::size_t>(p[0] & 0x0f) * 4;
    if (ihl < 20 || p.size() < ihl)
        return std::nullopt;
    auto s = bareSegment(p.subspan(ihl));
    if (s) {
        s->source = readU32(p, 12);
        s->destination = readU32(p, 16);
    }
    return s;
}

std::optional<Segment> frameSegment(ByteView f) {
    if (f.size() < kEtherHeader || readU16(f, 12) != kEtherTypeIpv4)
        return std::nullopt;
    return packetSegment(f.subspan(kEtherHeader));
}

std::optional<Segment> segmentOf(const EventPdu& e) {
    switch (e.protocol) {
    case Protocol::Ethernet:
        return frameSegment(e.pdu.view());
    case Protocol::Ipv4:
        return packetSegment(e.pdu.view());
    case Protocol::Tcp:
        return bareSegment(e.pdu.view());
    default:
        return std::nullopt;
    }
}

bool sameFlow(const Segment& a, const Segment& b) {
    return a.source == b.source && a.destination == b.destination && a.sourcePort == b.sourcePort &&
           a.destinationPort == b.destinationPort;
}

Segment reversed(const Segment& s) {
    Segment r = s;
    std::swap(r.source, r.destination);
    std::swap(r.sourcePort, r.destinationPort);
    return r;
}

// The base a flow's numbers count from, updated segment by segment in trace order.
void follow(std::optional<std::uint32_t>& base, const Segment& s) {
    if (!base || (s.flags & tcp::kSyn))
        base = s.sequence;
}

} // namespace

std::optional<TcpBases> tcpBasesOf(const ui::RecordedRun& run, std::size_t eventIndex) {
    const auto pdu = pduOf(run, eventIndex);
    if (!pdu)
        return std::nullopt;
    auto segment = segmentOf(*pdu);
    if (!segment)
        return std::nullopt;
    const auto& flights = run.flights();
    std::size_t until = eventIndex; // count the flows up to here
    if (pdu->protocol == Protocol::Tcp) {
        // A bare segment (built, or delivered): its addresses are those of the frame that
        // carried the same segment, the one nearest in the trace.
        std::optional<std::size_t> best;
        for (std::size_t i = 0; i < flights.size(); ++i) {
            const auto s = frameSegment(flights[i].frame.view());
            if (!s || s->sourcePort != segment->sourcePort ||
                s->destinationPort != segment->destinationPort ||
                s->sequence != segment->sequence || s->acknowledgment != segment->acknowledgment ||
                s->flags != segment->flags)
                continue;
            auto distance = [&](std::size_t f) {
                const std::size_t at = flights[f].startEvent;
                return at > eventIndex ? at - eventIndex : eventIndex - at;
            };
            if (!best || distance(i) < distance(*best))
                best = i;
        }
        if (!best)
            return std::nullopt;
        const auto carrier = frameSegment(flights[*best].frame.view());
        segment->source = carrier->source;
        segment->destination = carrier->destination;
        until = std::max(until, flights[*best].startEvent);
    }
    std::optional<std::uint32_t> own, peer;
    const Segment back = reversed(*segment);
    for (const ui::FrameFlight& f : flights) {
        if (f.startEvent > until)
            break;
        const auto s = frameSegment(f.frame.view());
        if (!s)
            continue;
        if (sameFlow(*s, *segment))
            follow(own, *s);
        else if (sameFlow(*s, back))
            follow(peer, *s);
    }
    // A segment never put on a link (dropped before it left): it starts its flow.
    follow(own, *segment);
    return TcpBases{*own, peer};
}

void showRelativeNumbers(Dissection& d, const TcpBases& bases) {
    auto tcpLayer = std::find_if(d.layers.begin(), d.layers.end(), [](const DissectionNode& n) {
        return n.key == QLatin1String("tcp");
    });
    if (tcpLayer == d.layers.end())
        return;
    auto& rows = tcpLayer->children;
    auto row = [&rows](const char* key) {
        return std::find_if(rows.begin(), rows.end(),
                            [key](const DissectionNode& n) { return n.key == QLatin1String(key); });
    };
    const auto ackFlag = row("ack");
    const bool acks = ackFlag != rows.end() && ackFlag->value == QLatin1String("1");
    // Relative value in the row, the carried value in a row after it (same bytes and key,
    // so the hex pane and the header diagram light the real field).
    auto rewrite = [&rows](std::vector<DissectionNode>::iterator at, std::uint32_t base,
                           const QString& relativeNote, const QString& rawLabel) {
        bool ok = false;
        const std::uint32_t raw = at->value.toUInt(&ok);
        if (!ok)
            return;
        DissectionNode rawRow = *at;
        rawRow.label = rawLabel;
        at->value = QStringLiteral("%1 (%2)").arg(raw - base).arg(relativeNote);
        rows.insert(at + 1, std::move(rawRow));
    };
    if (const auto seq = row("sequence"); seq != rows.end())
        rewrite(seq, bases.sequence,
                QCoreApplication::translate("TcpNumbering", "relative sequence number"),
                QCoreApplication::translate("TcpNumbering", "Sequence number (raw)"));
    if (const auto ack = row("acknowledgment"); ack != rows.end() && acks && bases.acknowledgment)
        rewrite(ack, *bases.acknowledgment,
                QCoreApplication::translate("TcpNumbering", "relative ack number"),
                QCoreApplication::translate("TcpNumbering", "Acknowledgment number (raw)"));
}

} // namespace ww::inspector
