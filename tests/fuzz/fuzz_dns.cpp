// DNS: whatever the bytes, parse() returns a message or a refusal, never crashes; a message
// it accepts emits (with and without compression) to bytes that parse back to the same
// message, and the TCP framing helper round-trips whatever it is given.
#include "fuzz_check.h"
#include "wire/dns.h"

bool ww::fuzz::checkDns(ByteView input) {
    const auto message = dns::parse(input);
    if (message) {
        for (bool compress : {true, false}) {
            const auto out = dns::emit(message.value(), compress);
            require(out.ok(), "dns: a parsed message is emittable");
            const auto again = dns::parse(out.value());
            require(again.ok() && again.value() == message.value(), "dns: message survives emit");
        }
    }
    if (const auto framed = dns::frameForTcp(input)) {
        const auto back = dns::unframeTcp(framed.value());
        require(back.ok() && back->consumed == input.size() + 2, "dns: TCP framing round-trips");
    }
    return message.ok();
}

WIREWALK_FUZZ_TARGET(ww::fuzz::checkDns)
