#include "wire/subnet_info.h"

namespace ww {

std::string dottedBinary(Ipv4Address a) {
    std::string s;
    for (int bit = 31; bit >= 0; --bit) {
        s += ((a.value >> bit) & 1) ? '1' : '0';
        if (bit % 8 == 0 && bit)
            s += '.';
    }
    return s;
}

std::optional<SubnetInfo> computeSubnet(std::string_view text, SubnetParseError* error) {
    auto failWith = [&](SubnetParseError e) -> std::optional<SubnetInfo> {
        if (error)
            *error = std::move(e);
        return std::nullopt;
    };
    if (text.empty())
        return failWith({SubnetParseError::Empty, {}, {}, 0});
    const std::size_t slash = text.find('/');
    const std::string_view addressText = text.substr(0, slash);
    Ipv4ParseFailure af{};
    auto address = parseIpv4(addressText, &af);
    if (!address)
        return failWith({SubnetParseError::BadAddress, af, std::string(addressText), 0});

    int prefix = 32;
    if (slash != std::string_view::npos) {
        const std::string_view p = text.substr(slash + 1);
        if (p.find('.') != std::string_view::npos) {
            // Python accepts a netmask or a hostmask here.
            auto mask = parseIpv4(p);
            int len = mask ? prefixFromNetmask(mask->value) : -1;
            if (mask && len < 0)
                len = prefixFromNetmask(~mask->value);
            if (len < 0)
                return failWith({SubnetParseError::BadMask, {}, std::string(p), 0});
            prefix = len;
        } else {
            bool digits = !p.empty();
            for (char c : p)
                digits = digits && c >= '0' && c <= '9';
            if (!digits)
                return failWith({SubnetParseError::BadPrefix, {}, std::string(p), 0});
            long v = 0;
            for (char c : p) {
                v = v * 10 + (c - '0');
                if (v > 1000)
                    break;
            }
            if (v > 32)
                return failWith(
                    {SubnetParseError::PrefixTooLarge, {}, std::string(p), static_cast<int>(v)});
            prefix = static_cast<int>(v);
        }
    }

    SubnetInfo s;
    const Ipv4Prefix net{*address, prefix};
    s.address = *address;
    s.prefix = prefix;
    s.netmask = Ipv4Address{net.mask()};
    s.wildcard = Ipv4Address{~net.mask()};
    s.network = net.network();
    s.broadcast = net.broadcast();
    if (prefix == 32) {
        s.firstHost = s.lastHost = *address;
        s.usableHosts = 1;
    } else if (prefix == 31) { // RFC 3021: both addresses are hosts
        s.firstHost = s.network;
        s.lastHost = s.broadcast;
        s.usableHosts = 2;
    } else {
        s.firstHost = Ipv4Address{s.network.value + 1};
        s.lastHost = Ipv4Address{s.broadcast.value - 1};
        s.usableHosts = (std::uint64_t{1} << (32 - prefix)) - 2;
    }
    s.isPrivate = address->isPrivate();
    s.isLoopback = address->isLoopback();
    s.isMulticast = address->isMulticast();
    s.isLinkLocal = address->isLinkLocal();
    s.binary = dottedBinary(*address);
    return s;
}

} // namespace ww
