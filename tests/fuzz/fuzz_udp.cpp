// UDP (input: source and destination address, then the datagram): a datagram parse accepts
// re-emits with a checksum over the same pseudo-header that verifies; one that carried a good
// checksum re-emits byte for byte.
#include "fuzz_check.h"
#include "wire/udp.h"

#include <algorithm>

bool ww::fuzz::checkUdp(ByteView input) {
    const auto in = splitAddresses(input);
    const auto datagram = udp::parse(in.rest, in.source, in.destination);
    if (!datagram)
        return false;
    const Bytes out = udp::emit(datagram->repr, datagram->payload, in.source, in.destination);
    const auto again = udp::parse(out, in.source, in.destination);
    require(again.ok(), "udp: an emitted datagram parses");
    require(again->checksumOk && again->checksum != 0, "udp: emitted checksum verifies");
    require(again->repr == datagram->repr, "udp: ports survive emit");
    require(std::ranges::equal(again->payload, datagram->payload), "udp: payload survives emit");
    if (datagram->checksum != 0 && datagram->checksumOk)
        require(std::ranges::equal(out, in.rest.first(datagram->length)),
                "udp: a good datagram re-emits byte for byte");
    return true;
}

WIREWALK_FUZZ_TARGET(ww::fuzz::checkUdp)
