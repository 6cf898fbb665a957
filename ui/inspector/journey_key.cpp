#include "inspector/journey_key.h"

#include "proto/protocol_registry.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"

#include <algorithm>

namespace ww::inspector {

bool contains(ByteView hay, ByteView needle) {
    if (needle.empty() || needle.size() > hay.size())
        return needle.empty();
    return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

std::optional<JourneyKey> keyOfPacket(ByteView packet) {
    const auto p = ipv4::parse(packet);
    if (!p)
        return std::nullopt;
    JourneyKey k;
    k.ipId = p->repr.identification;
    k.ipProtocol = p->repr.protocol;
    k.ipDestination = p->repr.destination.value;
    k.transport.assign(p->payload.begin(), p->payload.end());
    const ByteView t = p->payload;
    std::size_t header = 0;
    if (p->repr.fragmentOffset == 0 && p->repr.protocol == ipv4::kUdp && t.size() >= 8)
        header = 8;
    else if (p->repr.fragmentOffset == 0 && p->repr.protocol == ipv4::kTcp && t.size() >= 20)
        header = std::min<std::size_t>(t.size(), static_cast<std::size_t>(t[12] >> 4) * 4u);
    if (header > 0)
        k.transportPayload.assign(t.begin() + static_cast<std::ptrdiff_t>(header), t.end());
    return k;
}

std::optional<JourneyKey> keyOfFrame(ByteView frame) {
    if (frame.size() < ethernet::kHeaderLen + ethernet::kFcsLen)
        return std::nullopt;
    const std::uint16_t type = readU16(frame, 12);
    const ByteView payload = frame.subspan(ethernet::kHeaderLen);
    if (type == ethernet::kArp) {
        JourneyKey k;
        k.isArp = true;
        const ByteView a = payload.first(std::min<std::size_t>(payload.size(), 28));
        k.arp.assign(a.begin(), a.end());
        return k;
    }
    if (type == ethernet::kIpv4)
        return keyOfPacket(payload.first(payload.size() - ethernet::kFcsLen));
    return std::nullopt;
}

// Does a PDU of `protocol` belong to the journey?
bool matches(const JourneyKey& key, ByteView bytes, Protocol protocol) {
    if (bytes.empty())
        return false;
    switch (protocol) {
    case Protocol::Ethernet: {
        const auto k = keyOfFrame(bytes);
        return k && *k == key;
    }
    case Protocol::Arp:
        return key.isArp && std::equal(bytes.begin(), bytes.end(), key.arp.begin(), key.arp.end());
    case Protocol::Ipv4: {
        const auto k = keyOfPacket(bytes);
        return k && *k == key;
    }
    case Protocol::Icmp:
    case Protocol::Udp:
    case Protocol::Tcp:
        return !key.isArp &&
               std::equal(bytes.begin(), bytes.end(), key.transport.begin(), key.transport.end());
    case Protocol::Http:
    case Protocol::Dhcp:
    case Protocol::Dns:
    case Protocol::Data:
        return !key.isArp && !key.transportPayload.empty() &&
               (contains(bytes, key.transportPayload) || contains(key.transportPayload, bytes));
    }
    return false;
}

// Receive checks and drops carry a frame, a packet or a transport PDU: try each.
bool matchesAny(const JourneyKey& key, ByteView bytes) {
    for (Protocol p : {Protocol::Ethernet, Protocol::Ipv4, Protocol::Tcp, Protocol::Arp})
        if (matches(key, bytes, p))
            return true;
    return false;
}

bool Journey::matches(ByteView bytes, Protocol protocol) const {
    return std::any_of(keys.begin(), keys.end(),
                       [&](const JourneyKey& k) { return inspector::matches(k, bytes, protocol); });
}

bool Journey::matchesAny(ByteView bytes) const {
    return std::any_of(keys.begin(), keys.end(),
                       [&](const JourneyKey& k) { return inspector::matchesAny(k, bytes); });
}

const FragmentKey* Journey::fragmentOf(ByteView bytes, Protocol protocol) const {
    if (protocol != Protocol::Ethernet && protocol != Protocol::Ipv4)
        return nullptr;
    for (const FragmentKey& f : fragments)
        if (inspector::matches(f.key, bytes, protocol))
            return &f;
    return nullptr;
}

void Journey::addFragments(const std::vector<PduRef>& pieces) {
    const int count = static_cast<int>(pieces.size());
    for (int i = 0; i < count; ++i) {
        const PduRef& piece = pieces[static_cast<std::size_t>(i)];
        const auto key = keyOfPacket(piece.view());
        const auto ip = ipv4::parse(piece.view());
        if (!key || !ip)
            continue;
        const bool known = std::any_of(fragments.begin(), fragments.end(),
                                       [&](const FragmentKey& f) { return f.key == *key; });
        const bool followed = std::find(keys.begin(), keys.end(), *key) != keys.end();
        if (known || (!followFragments && !followed))
            continue;
        fragments.push_back(
            {*key, i + 1, count, static_cast<std::uint32_t>(ip->repr.fragmentOffsetBytes())});
        if (!followed)
            keys.push_back(*key);
    }
}

Layer layerOf(Protocol p) {
    return proto::describe(p).layer;
}

// The journey key of any PDU: frames and packets directly; transport and
// application PDUs through the nearest IPv4 packet on the same device that carries them.
std::optional<JourneyKey> keyOf(const RecordedRun& run, std::size_t index, const EventPdu& e) {
    if (e.protocol == Protocol::Ethernet)
        return keyOfFrame(e.pdu.view());
    if (e.protocol == Protocol::Ipv4)
        return keyOfPacket(e.pdu.view());
    if (e.protocol == Protocol::Arp) {
        JourneyKey k;
        k.isArp = true;
        k.arp = e.pdu.copy();
        return k;
    }
    const std::size_t n = run.events().size();
    constexpr std::size_t kWindow = 4000;
    for (std::size_t d = 1; d < kWindow; ++d) {
        for (std::size_t i : {index + d, index >= d ? index - d : n}) {
            if (i >= n)
                continue;
            const auto* ev = std::get_if<HeaderPushed>(&run.events()[i].kind);
            const auto* pop = std::get_if<HeaderPopped>(&run.events()[i].kind);
            const PduRef* packet =
                ev && ev->protocol == Protocol::Ipv4 && ev->device == e.device      ? &ev->pdu
                : pop && pop->protocol == Protocol::Ipv4 && pop->device == e.device ? &pop->pdu
                                                                                    : nullptr;
            if (!packet)
                continue;
            if (auto k = keyOfPacket(packet->view()); k && matches(*k, e.pdu.view(), e.protocol))
                return k;
        }
    }
    return std::nullopt;
}

} // namespace ww::inspector
