#pragma once

#include "wire/address.h"
#include "wire/bytes.h"
#include "wire/field.h"
#include "wire/result.h"

#include <optional>

namespace ww::tcp {

inline constexpr std::size_t kMinHeaderLen = 20;
inline constexpr std::size_t kMaxHeaderLen = 60;
inline constexpr std::uint16_t kDefaultMss = 536; // RFC 9293 §3.7.1 (RFC 879) when no option

enum Flag : std::uint8_t {
    kFin = 0x01,
    kSyn = 0x02,
    kRst = 0x04,
    kPsh = 0x08,
    kAck = 0x10,
    kUrg = 0x20,
    kEce = 0x40,
    kCwr = 0x80,
};

// RFC 9293 §3.1: ports, sequence and acknowledgment numbers, data offset,
// the eight control bits one by one, window, checksum, urgent pointer, options.
FieldTable fields();

// The options Wirewalk understands (RFC 9293 MSS, RFC 7323 window scale and
// timestamps, RFC 2018 SACK permitted); others are skipped on parse.
struct Options {
    std::optional<std::uint16_t> mss;
    std::optional<std::uint8_t> windowScale;
    bool sackPermitted = false;
    std::optional<std::pair<std::uint32_t, std::uint32_t>> timestamps; // value, echo reply

    // Bytes the options take on the wire, padded to a multiple of 4.
    std::size_t wireLength() const;
    bool operator==(const Options&) const = default;
};

struct Repr {
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    std::uint32_t sequence = 0;
    std::uint32_t acknowledgment = 0;
    std::uint8_t flags = 0;
    std::uint16_t window = 0;
    std::uint16_t checksum = 0; // parse: as carried; emit: computed
    std::uint16_t urgentPointer = 0;
    Options options;

    std::size_t headerLen() const { return kMinHeaderLen + options.wireLength(); }
    bool has(Flag f) const { return (flags & f) != 0; }
    // SYN and FIN each take one sequence number (RFC 9293 §3.4).
    std::uint32_t sequenceSpace(std::size_t payloadLen) const {
        return static_cast<std::uint32_t>(payloadLen) + (has(kSyn) ? 1u : 0u) +
               (has(kFin) ? 1u : 0u);
    }
    bool operator==(const Repr&) const = default;
};

struct Parsed {
    Repr repr;
    ByteView payload;
    bool checksumOk = false;
    std::uint16_t expectedChecksum = 0; // what the receiver computes; == checksum iff ok
};

// Truncated below 20 bytes or below the data offset; Malformed for a data
// offset < 5 ("data_offset") or an option whose length runs past the header ("options").
Result<Parsed> parse(ByteView segment, Ipv4Address source, Ipv4Address destination);
// Computes data offset and the checksum over the IPv4 pseudo-header.
Bytes emit(const Repr& repr, ByteView payload, Ipv4Address source, Ipv4Address destination);
// The same in place: `segment` is headerLen() bytes of header then the payload, already there.
void writeHeader(const Repr& repr, MutableByteView segment, Ipv4Address source,
                 Ipv4Address destination);

// "SYN, ACK" style names of the set flags, for labels.
std::string flagNames(std::uint8_t flags);

} // namespace ww::tcp
