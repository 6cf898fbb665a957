// libFuzzer target for the DNS parser: whatever the bytes, parse() returns a message
// or a refusal, never crashes; a message it accepts emits (with and without
// compression) to bytes that parse back to the same message.
#include "wire/dns.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ww::ByteView bytes(data, size);
    const auto message = ww::dns::parse(bytes);
    if (!message)
        return 0;
    for (bool compress : {true, false}) {
        const auto out = ww::dns::emit(message.value(), compress);
        if (!out)
            std::abort(); // a parsed message must always be emittable
        const auto again = ww::dns::parse(out.value());
        if (!again || !(again.value() == message.value()))
            std::abort();
    }
    // The framing helper round-trips whatever it is given.
    if (const auto framed = ww::dns::frameForTcp(bytes)) {
        const auto back = ww::dns::unframeTcp(framed.value());
        if (!back || back->consumed != size + 2)
            std::abort();
    }
    return 0;
}
