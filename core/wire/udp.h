#pragma once

#include "wire/address.h"
#include "wire/bytes.h"
#include "wire/field.h"
#include "wire/result.h"

namespace ww::udp {

inline constexpr std::size_t kHeaderLen = 8;

FieldTable fields();

struct Repr {
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;

    bool operator==(const Repr&) const = default;
};

struct Parsed {
    Repr repr;
    std::uint16_t length = 0;
    std::uint16_t checksum = 0; // 0: sender did not compute one (allowed over IPv4)
    ByteView payload;
    bool checksumOk = false; // true also when checksum == 0
    // What the receiver computes; == checksum iff ok (0 when the sender sent none: no check).
    std::uint16_t expectedChecksum = 0;
};

// RFC 768. Truncated below 8 bytes or below the length field; Malformed when
// length < 8 ("length"). The checksum covers the IPv4 pseudo-header.
Result<Parsed> parse(ByteView datagram, Ipv4Address source, Ipv4Address destination);
// Computes length and checksum (a computed 0 is sent as 0xFFFF).
Bytes emit(const Repr& repr, ByteView payload, Ipv4Address source, Ipv4Address destination);

} // namespace ww::udp
