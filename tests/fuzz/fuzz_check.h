#pragma once

// What the libFuzzer targets share. Each target's check takes one input and aborts, naming
// the property, when a parser accepts bytes it cannot give back; sanitizers catch the rest.
// The same checks run under CTest (test_fuzz_findings) on every input fuzzing ever found.
#include "wire/address.h"
#include "wire/bytes.h"

#include <cstdio>
#include <cstdlib>

namespace ww::fuzz {

inline void require(bool ok, const char* property) {
    if (!ok) {
        std::fprintf(stderr, "fuzz property failed: %s\n", property);
        std::abort();
    }
}

// Transport inputs start with the pseudo-header's addresses (source, destination), so the
// seeds carry real checksums and the fuzzer reaches the checksum-ok paths.
struct AddressedInput {
    Ipv4Address source;
    Ipv4Address destination;
    ByteView rest;
};
inline AddressedInput splitAddresses(ByteView input) {
    AddressedInput out{{}, {}, {}};
    if (input.size() < 8)
        return out;
    out.source = Ipv4Address{readU32(input, 0)};
    out.destination = Ipv4Address{readU32(input, 4)};
    out.rest = input.subspan(8);
    return out;
}

bool checkEthernet(ByteView input);
bool checkArp(ByteView input);
bool checkIpv4(ByteView input);
bool checkIcmp(ByteView input);
bool checkUdp(ByteView input);
bool checkTcp(ByteView input);
bool checkDhcp(ByteView input);
bool checkDns(ByteView input);
bool checkLab(ByteView input);
bool checkDissect(ByteView input);

} // namespace ww::fuzz

// The libFuzzer entry point; left out when the checks are linked into the regression test.
#ifdef WIREWALK_FUZZ_NO_MAIN
#define WIREWALK_FUZZ_TARGET(check)
#else
#define WIREWALK_FUZZ_TARGET(check)                                                                \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {            \
        check(ww::ByteView(data, size));                                                           \
        return 0;                                                                                  \
    }
#endif
