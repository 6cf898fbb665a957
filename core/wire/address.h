#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ww {

struct MacAddress {
    std::array<std::uint8_t, 6> octets{};

    static constexpr MacAddress broadcast() { return {{0xff, 0xff, 0xff, 0xff, 0xff, 0xff}}; }
    // Locally administered, unicast: 02:xx:xx:xx:xx:xx from a 40-bit number.
    static MacAddress local(std::uint64_t n);
    // RFC 1112 §6.4: 01:00:5e + the low 23 bits of the group address.
    static MacAddress forMulticast(std::uint32_t groupAddress);
    // "aa:bb:cc:dd:ee:ff" or with '-' separators; nullopt otherwise.
    static std::optional<MacAddress> parse(std::string_view text);
    // Six bytes from a buffer (the caller checked the length).
    static MacAddress read(const std::uint8_t* bytes);

    bool isBroadcast() const { return *this == broadcast(); }
    bool isMulticast() const { return (octets[0] & 0x01) != 0; } // group bit, includes broadcast
    bool isZero() const { return *this == MacAddress{}; }
    std::uint64_t toU64() const;
    static MacAddress fromU64(std::uint64_t v);
    std::string toString() const;

    bool operator==(const MacAddress&) const = default;
    bool operator<(const MacAddress& o) const { return octets < o.octets; }
};

struct Ipv4Address {
    std::uint32_t value = 0;

    static constexpr Ipv4Address any() { return {0}; }
    static constexpr Ipv4Address limitedBroadcast() { return {0xffffffffu}; }
    static constexpr Ipv4Address fromOctets(std::uint8_t a, std::uint8_t b, std::uint8_t c,
                                            std::uint8_t d) {
        return {(std::uint32_t{a} << 24) | (std::uint32_t{b} << 16) | (std::uint32_t{c} << 8) | d};
    }

    bool isUnspecified() const { return value == 0; }
    bool isLimitedBroadcast() const { return value == 0xffffffffu; }
    bool isMulticast() const { return (value >> 28) == 0xE; }    // 224.0.0.0/4
    bool isLoopback() const { return (value >> 24) == 127; }     // 127.0.0.0/8
    bool isLinkLocal() const { return (value >> 16) == 0xA9FE; } // 169.254.0.0/16
    bool isPrivate() const;                                      // RFC 1918 only
    std::string toString() const;

    bool operator==(const Ipv4Address&) const = default;
    bool operator<(const Ipv4Address& o) const { return value < o.value; }
};

enum class Ipv4ParseError {
    Empty,
    WrongOctetCount, // "1.2.3"
    NotANumber,      // "a.b.c.d", "1..2.3"
    LeadingZero,     // "01.2.3.4" (ambiguous: octal in some parsers)
    OctetTooLarge,   // "256.1.1.1"
};

struct Ipv4ParseFailure {
    Ipv4ParseError error{};
    int octetIndex = -1; // 0-3 where relevant
    std::string octetText;
};

// Strict dotted-decimal: four decimal numbers 0-255, no leading zeros.
std::optional<Ipv4Address> parseIpv4(std::string_view text, Ipv4ParseFailure* failure = nullptr);

struct Ipv4Prefix {
    Ipv4Address address; // as written (may have host bits set, as an interface address does)
    int length = 0;      // 0-32

    std::uint32_t mask() const { return length == 0 ? 0 : 0xffffffffu << (32 - length); }
    Ipv4Address network() const { return {address.value & mask()}; }
    Ipv4Address broadcast() const { return {address.value | ~mask()}; }
    bool contains(Ipv4Address a) const { return (a.value & mask()) == network().value; }
    std::string toString() const; // "10.0.1.5/24"

    bool operator==(const Ipv4Prefix&) const = default;
};

// Prefix length from a contiguous netmask, or -1.
int prefixFromNetmask(std::uint32_t mask);

} // namespace ww
