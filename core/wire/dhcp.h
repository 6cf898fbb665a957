#pragma once

#include "wire/address.h"
#include "wire/bytes.h"
#include "wire/field.h"
#include "wire/result.h"

#include <optional>

namespace ww::dhcp {

// RFC 2131 §2: BOOTP's fixed 236-byte header, the magic cookie, then options (RFC 2132).
inline constexpr std::size_t kFixedLen = 236;
inline constexpr std::size_t kCookieLen = 4;
inline constexpr std::uint32_t kMagicCookie = 0x63825363;
inline constexpr std::uint16_t kServerPort = 67;
inline constexpr std::uint16_t kClientPort = 68;
// RFC 2131 §2 / RFC 951: a BOOTP message is at least 300 bytes (options padded).
inline constexpr std::size_t kMinMessageLen = 300;

enum class Op : std::uint8_t { Request = 1, Reply = 2 };

// Option 53 (RFC 2132 §9.6).
enum class MessageType : std::uint8_t {
    Discover = 1,
    Offer = 2,
    Request = 3,
    Decline = 4,
    Ack = 5,
    Nak = 6,
    Release = 7,
    Inform = 8,
};

inline constexpr std::uint16_t kBroadcastFlag = 0x8000; // RFC 2131 §2, figure 2

FieldTable fields();

struct Repr {
    Op op = Op::Request;
    std::uint8_t hops = 0;
    std::uint32_t xid = 0;  // transaction id, chosen by the client
    std::uint16_t secs = 0; // seconds since the client began
    std::uint16_t flags = 0;
    Ipv4Address ciaddr, yiaddr, siaddr, giaddr;
    MacAddress chaddr;
    // Options.
    MessageType type = MessageType::Discover;
    std::optional<Ipv4Address> subnetMask;       // 1
    std::optional<Ipv4Address> router;           // 3
    std::optional<Ipv4Address> dnsServer;        // 6
    std::optional<Ipv4Address> requestedAddress; // 50
    std::optional<std::uint32_t> leaseSeconds;   // 51
    std::optional<Ipv4Address> serverId;         // 54
    bool parameterRequestList = false;           // 55: asks for 1, 3, 6 when true

    bool broadcast() const { return flags & kBroadcastFlag; }
    bool operator==(const Repr&) const = default;
};

// Truncated below the fixed header + cookie; Malformed: op not 1/2 ("op"), htype/hlen not
// Ethernet ("htype"), wrong cookie ("magic_cookie"), an option running past the end or no
// message type ("options").
Result<Repr> parse(ByteView message);
// Fixed header, cookie, options in number order, END, padded to 300 bytes.
Bytes emit(const Repr& repr);

const char* toString(MessageType t);

} // namespace ww::dhcp
