// ICMP: a message parse accepts re-emits to one that parses to the same fields with a good
// checksum.
#include "fuzz_check.h"
#include "wire/icmp.h"

bool ww::fuzz::checkIcmp(ByteView input) {
    const auto message = icmp::parse(input);
    if (!message)
        return false;
    const Bytes out = icmp::emit(message->repr);
    const auto again = icmp::parse(out);
    require(again.ok(), "icmp: an emitted message parses");
    require(again->checksumOk, "icmp: emitted checksum verifies");
    auto expected = message->repr;
    expected.checksum = again->repr.checksum;
    require(again->repr == expected, "icmp: message survives emit");
    return true;
}

WIREWALK_FUZZ_TARGET(ww::fuzz::checkIcmp)
