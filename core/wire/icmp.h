#pragma once

#include "wire/bytes.h"
#include "wire/field.h"
#include "wire/result.h"

namespace ww::icmp {

inline constexpr std::size_t kHeaderLen = 8;

enum Type : std::uint8_t {
    kEchoReply = 0,
    kDestinationUnreachable = 3,
    kEchoRequest = 8,
    kTimeExceeded = 11,
};

enum UnreachableCode : std::uint8_t {
    kNetUnreachable = 0,
    kHostUnreachable = 1,
    kProtocolUnreachable = 2,
    kPortUnreachable = 3,
    kFragmentationNeeded = 4, // RFC 1191: next-hop MTU in bytes 6-7
};

enum TimeExceededCode : std::uint8_t {
    kTtlExceeded = 0,
    kReassemblyTimeExceeded = 1,
};

// The 8-byte header; the meaning of bytes 4-7 depends on the type
// (identifier + sequence for echo, next-hop MTU for fragmentation needed).
FieldTable fields(std::uint8_t type);

struct Repr {
    std::uint8_t type = kEchoRequest;
    std::uint8_t code = 0;
    std::uint16_t checksum = 0;   // parse: as carried; emit: computed
    std::uint16_t identifier = 0; // echo
    std::uint16_t sequence = 0;   // echo
    std::uint16_t nextHopMtu = 0; // destination unreachable / fragmentation needed
    Bytes data; // echo payload, or the offending IP header + first 8 bytes of its payload

    bool operator==(const Repr&) const = default;
};

struct Parsed {
    Repr repr;
    bool checksumOk = false;
    std::uint16_t expectedChecksum = 0; // what the receiver computes; == checksum iff ok
};

// Truncated below 8 bytes.
Result<Parsed> parse(ByteView message);
Bytes emit(const Repr& repr);

} // namespace ww::icmp
