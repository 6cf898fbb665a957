#include "lesson/pdu_facts.h"

#include "proto/protocol_registry.h"
#include "wire/arp.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/udp.h"

#include <algorithm>

namespace ww::lesson {

namespace {

// The PDU an event carries and the protocol its first byte starts.
std::pair<const PduRef*, Protocol> carried(const EventKind& kind) {
    return std::visit(
        [](const auto& e) -> std::pair<const PduRef*, Protocol> {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, FrameTxStart> || std::is_same_v<T, FrameArrival> ||
                          std::is_same_v<T, FrameRebuilt>)
                return {&e.frame, Protocol::Ethernet};
            else if constexpr (std::is_same_v<T, PduBuilt> || std::is_same_v<T, HeaderPushed> ||
                               std::is_same_v<T, HeaderPopped> || std::is_same_v<T, Delivered>)
                return {&e.pdu, e.protocol};
            else if constexpr (std::is_same_v<T, RouterDecision>)
                return {&e.packet, Protocol::Ipv4};
            else if constexpr (std::is_same_v<T, Fragmented>)
                return {&e.original, Protocol::Ipv4};
            else if constexpr (std::is_same_v<T, Drop>)
                return {&e.pdu, e.frameId != 0 ? Protocol::Ethernet : Protocol::Ipv4};
            else
                return {nullptr, Protocol::Data};
        },
        kind);
}

// A TCP segment's header, and the application its payload is for (by port or content).
void addSegment(PduFacts& f, const tcp::Parsed& seg) {
    f.tcp = seg.repr;
    f.tcpPayload = seg.payload.size();
    if (const auto* app = proto::byPorts(proto::Carrier::TcpPort, seg.repr.sourcePort,
                                         seg.repr.destinationPort, seg.payload);
        app && !seg.payload.empty())
        f.protocols.push_back(app->id);
}

} // namespace

bool PduFacts::has(Protocol p) const {
    return std::find(protocols.begin(), protocols.end(), p) != protocols.end();
}

PduFacts pduFacts(const EventKind& kind) {
    PduFacts f;
    auto [ref, start] = carried(kind);
    if (!ref || !ref->bytes)
        return f;
    ByteView bytes = ref->view();
    Protocol p = start;
    if (p == Protocol::Ethernet) {
        f.protocols.push_back(p);
        auto frame = ethernet::parseFrame(bytes, false);
        if (!frame)
            return f;
        bytes = frame->payload;
        if (frame->repr.etherType == ethernet::kArp) {
            f.protocols.push_back(Protocol::Arp);
            return f;
        }
        if (frame->repr.etherType != ethernet::kIpv4)
            return f;
        p = Protocol::Ipv4;
    }
    if (p == Protocol::Ipv4) {
        f.protocols.push_back(p);
        auto packet = ipv4::parse(bytes);
        if (!packet)
            return f;
        f.ip = packet->repr;
        if (packet->repr.fragmentOffset != 0)
            return f; // later fragments carry no transport header
        bytes = packet->payload;
        const proto::Descriptor* next = proto::byIpProtocol(packet->repr.protocol);
        if (!next)
            return f;
        p = next->id;
        if (p == Protocol::Tcp) {
            auto seg = tcp::parse(bytes, packet->repr.source, packet->repr.destination);
            if (!seg)
                return f;
            f.protocols.push_back(p);
            addSegment(f, *seg);
            return f;
        }
        if (p == Protocol::Udp) {
            auto dg = udp::parse(bytes, packet->repr.source, packet->repr.destination);
            f.protocols.push_back(p);
            if (!dg)
                return f;
            if (const auto* app = proto::byPorts(proto::Carrier::UdpPort, dg->repr.sourcePort,
                                                 dg->repr.destinationPort, dg->payload))
                f.protocols.push_back(app->id);
            return f;
        }
        f.protocols.push_back(p);
        return f;
    }
    f.protocols.push_back(p);
    // A segment on its own (TCP's header just pushed or popped): its header and payload
    // read the same without the IP addresses; only the checksum needs them.
    if (p == Protocol::Tcp)
        if (auto seg = tcp::parse(bytes, Ipv4Address{}, Ipv4Address{}))
            addSegment(f, *seg);
    return f;
}

std::string tcpFlagSet(std::uint8_t flags) {
    static constexpr std::pair<std::uint8_t, const char*> kOrder[] = {
        {tcp::kCwr, "CWR"}, {tcp::kEce, "ECE"}, {tcp::kUrg, "URG"}, {tcp::kSyn, "SYN"},
        {tcp::kFin, "FIN"}, {tcp::kRst, "RST"}, {tcp::kPsh, "PSH"}, {tcp::kAck, "ACK"}};
    std::string out;
    for (const auto& [bit, name] : kOrder)
        if (flags & bit) {
            if (!out.empty())
                out += '+';
            out += name;
        }
    return out;
}

} // namespace ww::lesson
