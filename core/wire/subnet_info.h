#pragma once

#include "wire/address.h"

#include <optional>
#include <string>
#include <string_view>

namespace ww {

// Everything `wirewalk subnet` and the GUI's subnet calculator show about ADDRESS/PREFIX.
// Semantics follow Python's ipaddress.ip_interface(), except "private", which is RFC 1918 only.
struct SubnetInfo {
    Ipv4Address address;
    int prefix = 32;
    Ipv4Address network, broadcast, netmask, wildcard, firstHost, lastHost;
    std::uint64_t usableHosts = 0; // /31: 2 (RFC 3021), /32: 1
    bool isPrivate = false, isLoopback = false, isMulticast = false, isLinkLocal = false;
    std::string
        binary; // address as 32 bits in dotted octets: "00001010.00000000.00000000.00000001"
};

struct SubnetParseError {
    enum Kind {
        Empty,
        BadAddress,     // detail: the Ipv4ParseFailure
        BadPrefix,      // not digits
        PrefixTooLarge, // value > 32
        BadMask,        // dotted, but not a contiguous netmask or hostmask
    } kind = Empty;
    Ipv4ParseFailure address{};
    std::string text; // the offending part
    int value = 0;
};

// Accepts "A.B.C.D/N", "A.B.C.D/NETMASK", "A.B.C.D/HOSTMASK" and "A.B.C.D" (as /32).
std::optional<SubnetInfo> computeSubnet(std::string_view text, SubnetParseError* error = nullptr);

// "00001010.00000000.00000000.00000001"
std::string dottedBinary(Ipv4Address a);

} // namespace ww
