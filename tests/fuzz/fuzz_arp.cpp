// ARP (RFC 826, Ethernet + IPv4): a packet parse accepts re-emits to its first 28 bytes.
#include "fuzz_check.h"
#include "wire/arp.h"

#include <algorithm>

bool ww::fuzz::checkArp(ByteView input) {
    const auto packet = arp::parse(input);
    if (!packet)
        return false;
    const Bytes out = arp::emit(packet.value());
    require(std::ranges::equal(out, input.first(arp::kPacketLen)),
            "arp: a parsed packet re-emits byte for byte");
    return true;
}

WIREWALK_FUZZ_TARGET(ww::fuzz::checkArp)
