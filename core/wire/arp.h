#pragma once

#include "wire/address.h"
#include "wire/bytes.h"
#include "wire/field.h"
#include "wire/result.h"

namespace ww::arp {

// RFC 826 for Ethernet + IPv4 only: htype 1, ptype 0x0800, hlen 6, plen 4.
inline constexpr std::size_t kPacketLen = 28;

enum class Operation : std::uint16_t { Request = 1, Reply = 2 };

FieldTable fields();

struct Repr {
    Operation operation = Operation::Request;
    MacAddress senderMac;
    Ipv4Address senderIp;
    MacAddress targetMac; // zero in a request
    Ipv4Address targetIp;

    bool operator==(const Repr&) const = default;
};

// Truncated below 28 bytes; Unsupported for other hardware/protocol types
// (field "htype", "ptype", "hlen", "plen"); Malformed for an unknown opcode ("oper").
Result<Repr> parse(ByteView packet);
Bytes emit(const Repr& repr);

} // namespace ww::arp
