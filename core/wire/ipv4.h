#pragma once

#include "wire/address.h"
#include "wire/bytes.h"
#include "wire/field.h"
#include "wire/result.h"

namespace ww::ipv4 {

inline constexpr std::size_t kMinHeaderLen = 20;
inline constexpr std::size_t kMaxHeaderLen = 60;

enum Protocol : std::uint8_t {
    kIcmp = 1,
    kTcp = 6,
    kUdp = 17,
};

// RFC 791 §3.1, with the TOS octet split into DSCP + ECN (RFC 2474, 3168).
FieldTable fields();

struct Repr {
    std::uint8_t dscp = 0;         // 6 bits
    std::uint8_t ecn = 0;          // 2 bits
    std::uint16_t totalLength = 0; // parse: as carried; emit: computed
    std::uint16_t identification = 0;
    bool dontFragment = false;
    bool moreFragments = false;
    std::uint16_t fragmentOffset = 0; // in 8-octet units (13 bits)
    std::uint8_t ttl = 64;
    std::uint8_t protocol = kIcmp;
    std::uint16_t headerChecksum = 0; // parse: as carried; emit: computed
    Ipv4Address source;
    Ipv4Address destination;
    Bytes options; // raw, padded to a multiple of 4 on emit
    // RFC 791's reserved flag (must be zero): kept as received, so a packet re-emits as it
    // came, checksum included.
    bool reservedFlag = false;

    std::size_t headerLen() const { return kMinHeaderLen + ((options.size() + 3) / 4) * 4; }
    std::size_t fragmentOffsetBytes() const { return std::size_t{fragmentOffset} * 8; }
    bool isFragment() const { return moreFragments || fragmentOffset != 0; }

    bool operator==(const Repr&) const = default;
};

struct Parsed {
    Repr repr;
    ByteView payload;        // exactly totalLength - headerLen bytes (padding beyond is ignored)
    bool checksumOk = false; // header checksum verifies
};

// Truncated: fewer bytes than 20, than IHL*4 or than totalLength.
// Malformed: version != 4 ("version"), IHL < 5 ("ihl"), totalLength < IHL*4 ("total_length").
Result<Parsed> parse(ByteView packet);

// Header (with computed total length and checksum) followed by payload.
Bytes emit(const Repr& repr, ByteView payload);
// The header of `packet` (header and payload, the payload already in place after it), as
// emit() writes it; total length is packet.size().
void writeHeader(const Repr& repr, MutableByteView packet);

// Offset of the header checksum within the header, for in-place updates.
inline constexpr std::size_t kTtlOffset = 8;
inline constexpr std::size_t kChecksumOffset = 10;

} // namespace ww::ipv4
