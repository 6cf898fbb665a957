// IPv4 with options: a header parse accepts re-emits (options kept raw) to a packet that
// parses to the same header and payload; with a good checksum, to the same bytes.
#include "fuzz_check.h"
#include "wire/ipv4.h"

#include <algorithm>

bool ww::fuzz::checkIpv4(ByteView input) {
    const auto packet = ipv4::parse(input);
    if (!packet)
        return false;
    const Bytes out = ipv4::emit(packet->repr, packet->payload);
    const auto again = ipv4::parse(out);
    require(again.ok(), "ipv4: an emitted packet parses");
    require(again->checksumOk, "ipv4: emitted header checksum verifies");
    auto expected = packet->repr;
    expected.headerChecksum = again->repr.headerChecksum;
    require(again->repr == expected, "ipv4: header survives emit");
    require(std::ranges::equal(again->payload, packet->payload), "ipv4: payload survives emit");
    if (packet->checksumOk) {
        // One's complement has two zeros: a header whose sum is all ones verifies with 0xFFFF
        // carried, and emit computes 0x0000 (RFC 1071). Every other byte is the same.
        Bytes original(input.begin(), input.begin() + packet->repr.totalLength);
        if (packet->repr.headerChecksum == 0xffff && again->repr.headerChecksum == 0)
            writeU16(original, ipv4::kChecksumOffset, 0);
        require(out == original, "ipv4: a good packet re-emits byte for byte");
    }
    return true;
}

WIREWALK_FUZZ_TARGET(ww::fuzz::checkIpv4)
