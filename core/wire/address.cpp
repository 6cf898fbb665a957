#include "wire/address.h"

#include <algorithm>
#include <cstdio>

namespace ww {

MacAddress MacAddress::local(std::uint64_t n) {
    MacAddress m = fromU64(n & 0xFFFFFFFFFFULL);
    m.octets[0] = 0x02;
    return m;
}

MacAddress MacAddress::forMulticast(std::uint32_t group) {
    return {{0x01, 0x00, 0x5e, static_cast<std::uint8_t>((group >> 16) & 0x7f),
             static_cast<std::uint8_t>(group >> 8), static_cast<std::uint8_t>(group)}};
}

std::optional<MacAddress> MacAddress::parse(std::string_view t) {
    if (t.size() != 17)
        return std::nullopt;
    MacAddress m;
    const char sep = t[2];
    if (sep != ':' && sep != '-')
        return std::nullopt;
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (int i = 0; i < 6; ++i) {
        const int hi = hex(t[i * 3]);
        const int lo = hex(t[i * 3 + 1]);
        if (hi < 0 || lo < 0 || (i < 5 && t[i * 3 + 2] != sep))
            return std::nullopt;
        m.octets[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return m;
}

MacAddress MacAddress::read(const std::uint8_t* bytes) {
    MacAddress m;
    std::copy_n(bytes, 6, m.octets.begin());
    return m;
}

std::uint64_t MacAddress::toU64() const {
    std::uint64_t v = 0;
    for (auto o : octets)
        v = (v << 8) | o;
    return v;
}

MacAddress MacAddress::fromU64(std::uint64_t v) {
    MacAddress m;
    for (int i = 5; i >= 0; --i) {
        m.octets[i] = static_cast<std::uint8_t>(v);
        v >>= 8;
    }
    return m;
}

std::string MacAddress::toString() const {
    char buf[18];
    std::snprintf(buf, sizeof buf, "%02x:%02x:%02x:%02x:%02x:%02x", octets[0], octets[1], octets[2],
                  octets[3], octets[4], octets[5]);
    return buf;
}

bool Ipv4Address::isPrivate() const {
    return (value >> 24) == 10 || (value >> 20) == 0xAC1 || (value >> 16) == 0xC0A8;
}

std::string Ipv4Address::toString() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", value >> 24, (value >> 16) & 0xff,
                  (value >> 8) & 0xff, value & 0xff);
    return buf;
}

std::optional<Ipv4Address> parseIpv4(std::string_view text, Ipv4ParseFailure* failure) {
    auto failWith = [&](Ipv4ParseError e, int idx = -1, std::string_view octet = {}) {
        if (failure)
            *failure = Ipv4ParseFailure{e, idx, std::string(octet)};
        return std::nullopt;
    };
    if (text.empty())
        return failWith(Ipv4ParseError::Empty);
    int dots = 0;
    for (char c : text)
        dots += c == '.';
    if (dots != 3)
        return failWith(Ipv4ParseError::WrongOctetCount);
    std::uint32_t value = 0;
    std::size_t start = 0;
    for (int i = 0; i < 4; ++i) {
        std::size_t end = text.find('.', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view part = text.substr(start, end - start);
        if (part.empty() || part.size() > 3) {
            bool digits = !part.empty();
            for (char c : part)
                digits = digits && c >= '0' && c <= '9';
            if (!digits)
                return failWith(Ipv4ParseError::NotANumber, i, part);
            // four or more digits: certainly above 255
            if (part[0] == '0')
                return failWith(Ipv4ParseError::LeadingZero, i, part);
            return failWith(Ipv4ParseError::OctetTooLarge, i, part);
        }
        unsigned n = 0;
        for (char c : part) {
            if (c < '0' || c > '9')
                return failWith(Ipv4ParseError::NotANumber, i, part);
            n = n * 10 + static_cast<unsigned>(c - '0');
        }
        if (part.size() > 1 && part[0] == '0')
            return failWith(Ipv4ParseError::LeadingZero, i, part);
        if (n > 255)
            return failWith(Ipv4ParseError::OctetTooLarge, i, part);
        value = (value << 8) | n;
        start = end + 1;
    }
    return Ipv4Address{value};
}

std::string Ipv4Prefix::toString() const {
    return address.toString() + "/" + std::to_string(length);
}

int prefixFromNetmask(std::uint32_t mask) {
    const std::uint32_t inverted = ~mask;
    if ((inverted & (inverted + 1)) != 0)
        return -1; // ones are not contiguous from the top
    int len = 0;
    while (len < 32 && (mask & (0x80000000u >> len)))
        ++len;
    return len;
}

} // namespace ww
