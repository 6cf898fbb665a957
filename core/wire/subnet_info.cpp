#include "wire/subnet_info.h"

namespace ww {

namespace {

bool within(Ipv4Address a, std::uint32_t network, int length) {
    return Ipv4Prefix{a, length}.network().value == network;
}

constexpr std::uint32_t ip(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d) {
    return a << 24 | b << 16 | c << 8 | d;
}

} // namespace

std::string dottedBinary(Ipv4Address a) {
    std::string s;
    for (int bit = 31; bit >= 0; --bit) {
        s += ((a.value >> bit) & 1) ? '1' : '0';
        if (bit % 8 == 0 && bit)
            s += '.';
    }
    return s;
}

std::vector<SubnetNote> subnetNotes(Ipv4Address a, int prefix) {
    std::vector<SubnetNote> notes;
    auto note = [&notes](bool applies, SubnetNote n) {
        if (applies)
            notes.push_back(n);
    };
    note(a.isMulticast(), SubnetNote::Multicast);
    note(prefix == 31 && !a.isMulticast(), SubnetNote::PointToPoint);
    note(prefix == 32, SubnetNote::SingleAddress);
    note(within(a, 0, 8), SubnetNote::ThisNetwork);
    note(a.isLoopback(), SubnetNote::Loopback);
    note(a.isLinkLocal(), SubnetNote::LinkLocal);
    note(a.isPrivate(), SubnetNote::Private);
    note(within(a, ip(100, 64, 0, 0), 10), SubnetNote::Shared);
    note(within(a, ip(192, 0, 2, 0), 24) || within(a, ip(198, 51, 100, 0), 24) ||
             within(a, ip(203, 0, 113, 0), 24),
         SubnetNote::Documentation);
    note(within(a, ip(240, 0, 0, 0), 4) && a.value != 0xffffffffu, SubnetNote::Reserved);
    note(a.value == 0xffffffffu, SubnetNote::LimitedBroadcast);
    return notes;
}

std::optional<SubnetInfo> computeSubnet(std::string_view text, SubnetParseError* error) {
    // Fills the caller's error field by field (no temporary error objects: GCC 12 at -O3
    // reports their strings as maybe-uninitialized).
    auto fail = [error](SubnetParseError::Kind kind, std::string_view part, int value = 0,
                        const Ipv4ParseFailure* address = nullptr) -> std::optional<SubnetInfo> {
        if (error) {
            error->kind = kind;
            error->text = std::string(part);
            error->value = value;
            error->address = address ? *address : Ipv4ParseFailure{};
        }
        return std::nullopt;
    };
    if (text.empty())
        return fail(SubnetParseError::Empty, {});
    const std::size_t slash = text.find('/');
    const std::string_view addressText = text.substr(0, slash);
    Ipv4ParseFailure af{};
    auto address = parseIpv4(addressText, &af);
    if (!address)
        return fail(SubnetParseError::BadAddress, addressText, 0, &af);

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
                return fail(SubnetParseError::BadMask, p);
            prefix = len;
        } else {
            bool digits = !p.empty();
            for (char c : p)
                digits = digits && c >= '0' && c <= '9';
            if (!digits)
                return fail(SubnetParseError::BadPrefix, p);
            long v = 0;
            for (char c : p) {
                v = v * 10 + (c - '0');
                if (v > 1000)
                    break;
            }
            if (v > 32)
                return fail(SubnetParseError::PrefixTooLarge, p, static_cast<int>(v));
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
    s.addresses = std::uint64_t{1} << (32 - prefix);
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
        s.usableHosts = s.addresses - 2;
    }
    s.isPrivate = address->isPrivate();
    s.isLoopback = address->isLoopback();
    s.isMulticast = address->isMulticast();
    s.isLinkLocal = address->isLinkLocal();
    s.isReserved = within(*address, ip(240, 0, 0, 0), 4);
    s.isUnspecified = address->isUnspecified();
    // A group range has no hosts and no broadcast; a prefix wider than /4 spans unicast too.
    s.multicastRange = s.isMulticast && prefix >= 4;
    s.hasBroadcast = prefix <= 30 && !s.multicastRange;
    s.notes = subnetNotes(*address, prefix);
    s.binary = dottedBinary(*address);
    return s;
}

} // namespace ww
