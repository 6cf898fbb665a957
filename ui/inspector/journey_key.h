#pragma once

// How the encapsulation story links PDUs across devices without ids: what
// stays the same for one PDU on every hop.
#include "inspector/encapsulation_story.h"
#include "wire/bytes.h"

#include <optional>
#include <vector>

namespace ww::inspector {

// For IPv4 the identification, destination and the transport bytes (a router
// changes TTL, checksum and the frame, never these); for ARP the whole ARP packet.
struct JourneyKey {
    bool isArp = false;
    Bytes arp;
    std::uint16_t ipId = 0;
    std::uint8_t ipProtocol = 0;
    std::uint32_t ipDestination = 0;
    Bytes transport;        // the IPv4 payload
    Bytes transportPayload; // after the TCP/UDP header: what the application sees

    bool operator==(const JourneyKey&) const = default;
};

// One PDU's journey: its key, plus the keys of the fragments a router made of
// it. A fragment carries other bytes than the packet it was cut from, so each
// fragment has its own key; `fragments` says which of the original's pieces each is.
struct FragmentKey {
    JourneyKey key;
    int index = 0; // 1-based, in offset order
    int count = 0;
    std::uint32_t offsetBytes = 0;
};
struct Journey {
    std::vector<JourneyKey> keys;
    std::vector<FragmentKey> fragments;
    // The story of a whole packet follows all its fragments; a fragment's story
    // follows only itself after the router that made it.
    bool followFragments = true;

    bool matches(ByteView bytes, Protocol protocol) const;
    bool matchesAny(ByteView bytes) const;
    // The fragment a PDU carries (a fragment frame or packet), or nullptr.
    const FragmentKey* fragmentOf(ByteView bytes, Protocol protocol) const;
    // Adds the fragments of `original` when the journey follows them.
    void addFragments(const std::vector<PduRef>& fragments);
};

bool contains(ByteView hay, ByteView needle);
std::optional<JourneyKey> keyOfPacket(ByteView packet);
std::optional<JourneyKey> keyOfFrame(ByteView frame);
// Does a PDU of `protocol` belong to the journey?
bool matches(const JourneyKey& key, ByteView bytes, Protocol protocol);
// Receive checks and drops carry a frame, a packet or a transport PDU: try each.
bool matchesAny(const JourneyKey& key, ByteView bytes);
Layer layerOf(Protocol p);
// The key of event `index`'s PDU: frames and packets directly; transport and
// application PDUs through the nearest IPv4 packet on the same device that carries them.
std::optional<JourneyKey> keyOf(const RecordedRun& run, std::size_t index, const EventPdu& e);

} // namespace ww::inspector
