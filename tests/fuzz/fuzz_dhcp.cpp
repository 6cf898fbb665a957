// DHCP (RFC 2131/2132): a message parse accepts re-emits to one that parses the same.
#include "fuzz_check.h"
#include "wire/dhcp.h"

bool ww::fuzz::checkDhcp(ByteView input) {
    const auto message = dhcp::parse(input);
    if (!message)
        return false;
    const Bytes out = dhcp::emit(message.value());
    require(out.size() >= dhcp::kMinMessageLen, "dhcp: emitted message is at least 300 bytes");
    const auto again = dhcp::parse(out);
    require(again.ok(), "dhcp: an emitted message parses");
    require(again.value() == message.value(), "dhcp: message survives emit");
    return true;
}

WIREWALK_FUZZ_TARGET(ww::fuzz::checkDhcp)
