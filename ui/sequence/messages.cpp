#include "sequence/messages.h"

#include "wire/arp.h"
#include "wire/dhcp.h"
#include "wire/ethernet.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"
#include "wire/udp.h"

#include <algorithm>
#include <array>
#include <map>

namespace ww::sequence {

namespace {

// What stays the same when a router forwards a packet (TTL, checksum) or a NAT
// rewrites its addresses and ports: the IP identification, sizes, and the
// transport fields that say which segment or message it is.
using Key = std::array<std::uint64_t, 5>;

struct Parsed {
    Key key{};
    Message m;
};

std::uint64_t bytesPrefix(ByteView b, std::size_t from) {
    std::uint64_t v = 0;
    for (std::size_t i = from; i < std::min(b.size(), from + 8); ++i)
        v = (v << 8) | b[i];
    return v;
}

void readQuoted(Message& m, ByteView quoted) {
    // The quote holds the header and 8 bytes, shorter than its total length
    // says: read the fields by hand.
    if (quoted.size() < 20 || (quoted[0] >> 4) != 4)
        return;
    const std::size_t ihl = std::size_t{quoted[0] & 0x0fu} * 4;
    m.quotedProtocol = quoted[9];
    m.quotedSource = Ipv4Address{static_cast<std::uint32_t>(readU32(quoted, 12))};
    m.quotedDestination = Ipv4Address{static_cast<std::uint32_t>(readU32(quoted, 16))};
    if (quoted.size() >= ihl + 4 && (quoted[9] == ipv4::kTcp || quoted[9] == ipv4::kUdp)) {
        m.quotedSourcePort = readU16(quoted, ihl);
        m.quotedDestinationPort = readU16(quoted, ihl + 2);
    } else if (quoted.size() >= ihl + 8 && quoted[9] == ipv4::kIcmp) {
        m.quotedSourcePort = readU16(quoted, ihl + 4); // the echo identifier
    }
}

std::optional<Parsed> parseIp(ByteView packet, const PduRef& ref) {
    const auto p = ipv4::parse(packet);
    if (!p)
        return std::nullopt;
    const auto& r = p->repr;
    Parsed out;
    Message& m = out.m;
    m.packet = ref;
    m.source = r.source;
    m.destination = r.destination;
    m.broadcast = r.destination.isLimitedBroadcast() || r.destination.isMulticast() ||
                  (r.destination.value & 0xffu) == 0xffu;
    m.fragment = r.isFragment();
    out.key = {0x0800, (std::uint64_t{r.identification} << 16) | r.protocol,
               (std::uint64_t{r.fragmentOffset} << 16) | r.totalLength, 0, 0};
    if (r.fragmentOffset != 0) {
        m.kind = MessageKind::Other;
        return out;
    }
    if (r.protocol == ipv4::kTcp) {
        const auto t = tcp::parse(p->payload, r.source, r.destination);
        if (!t)
            return out;
        m.kind = MessageKind::Tcp;
        m.sourcePort = t->repr.sourcePort;
        m.destinationPort = t->repr.destinationPort;
        m.seq = t->repr.sequence;
        m.ack = t->repr.acknowledgment;
        m.flags = t->repr.flags;
        m.window = t->repr.window;
        m.mss = t->repr.options.mss;
        m.length = static_cast<std::uint32_t>(t->payload.size());
        out.key[3] = (std::uint64_t{m.seq} << 32) | m.ack;
        out.key[4] = m.flags;
    } else if (r.protocol == ipv4::kUdp) {
        if (p->payload.size() < udp::kHeaderLen)
            return out;
        m.kind = MessageKind::Udp;
        m.sourcePort = readU16(p->payload, 0);
        m.destinationPort = readU16(p->payload, 2);
        const ByteView data = p->payload.subspan(udp::kHeaderLen);
        m.length = static_cast<std::uint32_t>(data.size());
        out.key[3] = bytesPrefix(data, 0);
        out.key[4] = bytesPrefix(data, 8);
        const bool dhcpPorts = (m.sourcePort == 67 || m.sourcePort == 68) &&
                               (m.destinationPort == 67 || m.destinationPort == 68);
        if (dhcpPorts && !r.moreFragments)
            if (const auto d = dhcp::parse(data)) {
                m.dhcpXid = d->xid;
                m.dhcpType = static_cast<std::uint8_t>(d->type);
            }
    } else if (r.protocol == ipv4::kIcmp) {
        m.kind = MessageKind::Icmp;
        if (p->payload.size() < 8)
            return out;
        m.icmpType = p->payload[0];
        m.icmpCode = p->payload[1];
        m.icmpId = readU16(p->payload, 4);
        m.icmpSeq = readU16(p->payload, 6);
        m.length = static_cast<std::uint32_t>(p->payload.size() - 8);
        if (m.icmpType != icmp::kEchoRequest && m.icmpType != icmp::kEchoReply)
            readQuoted(m, p->payload.subspan(8));
        out.key[3] = (std::uint64_t{m.icmpType} << 8) | m.icmpCode;
        out.key[4] = m.icmpType == icmp::kEchoRequest || m.icmpType == icmp::kEchoReply
                         ? m.icmpSeq
                         : bytesPrefix(p->payload, 8);
    }
    return out;
}

std::optional<Parsed> parseFrame(const PduRef& frame) {
    const auto eth = ethernet::parseFrame(frame.view(), false);
    if (!eth)
        return std::nullopt;
    if (eth->repr.etherType == ethernet::kIpv4) {
        // The packet without the Ethernet padding: its own total length says where it ends.
        if (eth->payload.size() < 4)
            return std::nullopt;
        const std::size_t total =
            std::min<std::size_t>(readU16(eth->payload, 2), eth->payload.size());
        const ByteView packet = eth->payload.subspan(0, total);
        return parseIp(packet, frame);
    }
    if (eth->repr.etherType == ethernet::kArp) {
        const auto a = arp::parse(eth->payload);
        if (!a)
            return std::nullopt;
        Parsed out;
        out.m.kind = MessageKind::Arp;
        out.m.arpOperation = static_cast<std::uint16_t>(a->operation);
        out.m.arpSender = a->senderIp;
        out.m.arpTarget = a->targetIp;
        out.m.source = a->senderIp;
        out.m.destination = a->targetIp;
        out.m.broadcast = a->operation == arp::Operation::Request;
        out.m.packet = frame;
        out.key = {0x0806, out.m.arpOperation, a->senderIp.value, a->targetIp.value,
                   a->senderMac.toU64()};
        return out;
    }
    return std::nullopt;
}

// The addresses and ports of the packet a leaf's last frame carried.
void readArrival(Leaf& leaf, const ui::FrameFlight& f) {
    const auto parsed = parseFrame(f.frame);
    if (!parsed)
        return;
    leaf.source = parsed->m.source;
    leaf.destination = parsed->m.destination;
    leaf.sourcePort = parsed->m.sourcePort;
    leaf.destinationPort = parsed->m.destinationPort;
}

} // namespace

std::vector<Message> extractMessages(const ui::RecordedRun& run) {
    const auto& flights = run.flights();
    const auto& events = run.events();
    // Each flight's start and end, in trace order: a frame forwarded by a switch
    // or router starts after the one it continues has arrived.
    struct Step {
        std::size_t event;
        bool start;
        std::size_t flight;
    };
    std::vector<Step> steps;
    steps.reserve(flights.size() * 2);
    for (std::size_t i = 0; i < flights.size(); ++i) {
        steps.push_back({flights[i].startEvent, true, i});
        if (!flights[i].lost && flights[i].endEvent < events.size())
            steps.push_back({flights[i].endEvent, false, i});
    }
    std::sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
        return a.event != b.event ? a.event < b.event : a.start < b.start;
    });

    std::vector<Message> messages;
    std::vector<int> messageOf(flights.size(), -1);
    std::vector<int> parentOf(flights.size(), -1);
    std::vector<bool> hasChild(flights.size(), false);
    std::vector<Key> keyOf(flights.size());
    std::map<std::pair<Key, DeviceId>, std::size_t> arrived; // (key, device) -> last flight in
    for (const Step& s : steps) {
        const ui::FrameFlight& f = flights[s.flight];
        if (!s.start) {
            if (messageOf[s.flight] >= 0)
                arrived[{keyOf[s.flight], f.to}] = s.flight;
            continue;
        }
        auto parsed = parseFrame(f.frame);
        if (!parsed)
            continue;
        keyOf[s.flight] = parsed->key;
        auto it = arrived.find({parsed->key, f.from});
        if (it != arrived.end()) {
            messageOf[s.flight] = messageOf[it->second];
            parentOf[s.flight] = static_cast<int>(it->second);
            hasChild[it->second] = true;
            continue;
        }
        parsed->m.from = f.from;
        parsed->m.sent = f.start;
        parsed->m.sendEvent = f.startEvent;
        messageOf[s.flight] = static_cast<int>(messages.size());
        messages.push_back(std::move(parsed->m));
    }

    // Drops inside a device: a frame's by its id; a packet's is the one that
    // just arrived there (drops happen while the arrival is handled).
    std::map<std::uint64_t, std::pair<std::size_t, DropReason>> frameDrops;
    std::map<std::size_t, std::pair<std::size_t, DropReason>> arrivalDrops; // arrival event -> drop
    std::map<DeviceId, std::size_t> lastArrival;                            // device -> event
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (const auto* a = std::get_if<FrameArrival>(&events[i].kind)) {
            lastArrival[a->to] = i;
        } else if (const auto* d = std::get_if<Drop>(&events[i].kind); d && d->link == kNoLink) {
            if (d->frameId != 0) {
                frameDrops.emplace(d->frameId, std::make_pair(i, d->reason));
            } else if (auto la = lastArrival.find(d->device);
                       la != lastArrival.end() && events[la->second].time == events[i].time) {
                arrivalDrops.emplace(la->second, std::make_pair(i, d->reason));
            }
        }
    }

    auto isTransparent = [&run](DeviceId d) { return run.deviceKind(d) == NetDeviceType::Switch; };
    for (std::size_t i = 0; i < flights.size(); ++i) {
        if (messageOf[i] < 0 || hasChild[i])
            continue;
        const ui::FrameFlight& f = flights[i];
        Leaf leaf;
        leaf.device = f.to;
        leaf.time = f.lost ? events[std::min(f.endEvent, events.size() - 1)].time : f.arrival;
        leaf.event = f.endEvent;
        if (f.lost) {
            const auto* d =
                f.endEvent < events.size() ? std::get_if<Drop>(&events[f.endEvent].kind) : nullptr;
            leaf.dropped = d ? d->reason : DropReason::LinkLoss;
        } else if (auto fd = frameDrops.find(f.frameId); fd != frameDrops.end()) {
            leaf.event = fd->second.first;
            leaf.dropped = fd->second.second;
        } else if (auto ad = arrivalDrops.find(f.endEvent); ad != arrivalDrops.end()) {
            leaf.event = ad->second.first;
            leaf.dropped = ad->second.second;
        }
        if (f.endEvent >= events.size()) // still on the link when the run ended
            continue;
        readArrival(leaf, f);
        // The hops back to the origin, switch hops merged into IP-level hops.
        std::vector<std::size_t> chain;
        for (int c = static_cast<int>(i); c >= 0; c = parentOf[static_cast<std::size_t>(c)])
            chain.push_back(static_cast<std::size_t>(c));
        std::reverse(chain.begin(), chain.end());
        for (std::size_t c : chain) {
            const ui::FrameFlight& g = flights[c];
            if (!leaf.hops.empty() && isTransparent(g.from)) {
                Hop& h = leaf.hops.back();
                h.to = g.to;
                h.end = g.lost ? events[std::min(g.endEvent, events.size() - 1)].time : g.arrival;
                h.endEvent = g.endEvent;
                h.lost = g.lost;
                continue;
            }
            leaf.hops.push_back(
                {g.from, g.to, g.start,
                 g.lost ? events[std::min(g.endEvent, events.size() - 1)].time : g.arrival,
                 g.startEvent, g.endEvent, g.lost});
        }
        messages[static_cast<std::size_t>(messageOf[i])].leaves.push_back(std::move(leaf));
    }
    for (Message& m : messages)
        std::sort(m.leaves.begin(), m.leaves.end(),
                  [](const Leaf& a, const Leaf& b) { return a.event < b.event; });
    return messages;
}

} // namespace ww::sequence
