#pragma once

#include "sim/time.h"
#include "wire/address.h"
#include "wire/bytes.h"
#include "wire/ipv4.h"

#include <map>
#include <optional>
#include <tuple>

namespace ww {

// RFC 791 §3.2 reassembly buffers, keyed by (source, destination, protocol,
// identification). Fragments may arrive in any order and overlap; the
// datagram is complete when the bytes from 0 to the end given by the last
// fragment (MF clear) are all present.
class Reassembly {
public:
    struct Key {
        std::uint32_t source, destination;
        std::uint8_t protocol;
        std::uint16_t identification;
        auto operator<=>(const Key&) const = default;
    };

    struct Buffer {
        std::map<std::uint32_t, Bytes> pieces; // offset -> payload bytes
        std::optional<ipv4::Repr> firstHeader; // from the fragment at offset 0
        std::optional<std::uint32_t> totalPayload;
        std::uint32_t fragmentCount = 0;
        SimTime started = 0;
    };

    static Key keyOf(const ipv4::Repr& r) {
        return {r.source.value, r.destination.value, r.protocol, r.identification};
    }

    // Adds one fragment; returns the whole datagram (header + payload) when complete.
    std::optional<Bytes> add(const ipv4::Repr& header, ByteView payload, SimTime now,
                             bool* isNewBuffer, std::uint32_t* fragmentCount);
    // Removes a buffer that timed out; returns it if it was still incomplete.
    std::optional<Buffer> expire(const Key& key, SimTime startedAt);
    std::size_t pendingBuffers() const { return buffers_.size(); }

private:
    std::map<Key, Buffer> buffers_;
};

} // namespace ww
