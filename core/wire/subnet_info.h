#pragma once

#include "wire/address.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ww {

// What is special about an address or a prefix, each with its RFC; the CLI explains them.
enum class SubnetNote {
    Multicast,        // 224.0.0.0/4, RFC 5771: group addresses, no hosts, no broadcast
    PointToPoint,     // /31, RFC 3021: two hosts, no network or broadcast address
    SingleAddress,    // /32: one address, a host route
    ThisNetwork,      // 0.0.0.0/8, RFC 1122 3.2.1.3: only as a source while starting up
    Loopback,         // 127.0.0.0/8, RFC 1122: never leaves the host
    LinkLocal,        // 169.254.0.0/16, RFC 3927: self-assigned, never routed
    Private,          // RFC 1918: 10/8, 172.16/12, 192.168/16
    Shared,           // 100.64.0.0/10, RFC 6598: carrier-grade NAT
    Documentation,    // RFC 5737: 192.0.2/24, 198.51.100/24, 203.0.113/24
    Reserved,         // 240.0.0.0/4, RFC 1112 4: reserved, not usable
    LimitedBroadcast, // 255.255.255.255, RFC 919: this link's broadcast, never forwarded
};

// Everything `wirewalk subnet` shows about ADDRESS/PREFIX. The address fields follow Python's
// ipaddress.ip_interface() (so `broadcast` is the last address of the prefix, whether or not
// it is a broadcast address), except "private", which is RFC 1918 only; `hasBroadcast` and
// `notes` say what those numbers mean.
struct SubnetInfo {
    Ipv4Address address;
    int prefix = 32;
    Ipv4Address network, broadcast, netmask, wildcard, firstHost, lastHost;
    std::uint64_t addresses = 1;   // in the prefix
    std::uint64_t usableHosts = 0; // Python's len(hosts()): /31: 2 (RFC 3021), /32: 1
    bool hasBroadcast = false;     // /0-/30 unicast: the last address is the broadcast
    bool multicastRange = false;   // the whole prefix is inside 224.0.0.0/4: no hosts at all
    bool isPrivate = false, isLoopback = false, isMulticast = false, isLinkLocal = false;
    bool isReserved = false;    // 240.0.0.0/4, as Python's is_reserved
    bool isUnspecified = false; // 0.0.0.0
    std::vector<SubnetNote> notes;
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

// The notes that apply to ADDRESS/PREFIX, in the order of SubnetNote.
std::vector<SubnetNote> subnetNotes(Ipv4Address address, int prefix);

} // namespace ww
