// TCP with options (input: source and destination address, then the segment): a segment
// parse accepts re-emits, with the options it understood, to one that parses to the same
// header and payload with a good checksum.
#include "fuzz_check.h"
#include "wire/tcp.h"

#include <algorithm>

bool ww::fuzz::checkTcp(ByteView input) {
    const auto in = splitAddresses(input);
    const auto segment = tcp::parse(in.rest, in.source, in.destination);
    if (!segment)
        return false;
    require(segment->repr.options.wireLength() <= tcp::kMaxHeaderLen - tcp::kMinHeaderLen,
            "tcp: parsed options fit a header");
    const Bytes out = tcp::emit(segment->repr, segment->payload, in.source, in.destination);
    const auto again = tcp::parse(out, in.source, in.destination);
    require(again.ok(), "tcp: an emitted segment parses");
    require(again->checksumOk, "tcp: emitted checksum verifies");
    auto expected = segment->repr;
    expected.checksum = again->repr.checksum;
    require(again->repr == expected, "tcp: header and options survive emit");
    require(std::ranges::equal(again->payload, segment->payload), "tcp: payload survives emit");
    return true;
}

WIREWALK_FUZZ_TARGET(ww::fuzz::checkTcp)
