// Ethernet frames: parseFrame never crashes; a frame it accepts re-emits to the same header
// and payload with a good FCS, byte for byte when the input's FCS was good.
#include "fuzz_check.h"
#include "wire/ethernet.h"

#include <algorithm>

bool ww::fuzz::checkEthernet(ByteView input) {
    const auto frame = ethernet::parseFrame(input);
    if (!frame)
        return false;
    const Bytes out = ethernet::emitFrame(frame->repr, frame->payload);
    const auto again = ethernet::parseFrame(out);
    require(again.ok(), "ethernet: an emitted frame parses");
    require(again->repr == frame->repr, "ethernet: header survives emit");
    require(std::ranges::equal(again->payload, frame->payload), "ethernet: payload survives emit");
    require(again->fcsOk(), "ethernet: emitted FCS verifies");
    if (frame->fcsOk())
        require(std::ranges::equal(out, input), "ethernet: a good frame re-emits byte for byte");
    return true;
}

WIREWALK_FUZZ_TARGET(ww::fuzz::checkEthernet)
