#pragma once

#include "wire/address.h"
#include "wire/bytes.h"

#include <cstdint>

namespace ww {

// RFC 1071 one's-complement sum, not yet complemented; feed several ranges
// (pseudo-header, header, payload) by passing the previous sum.
std::uint32_t onesComplementSum(ByteView data, std::uint32_t sum = 0);
// Folds and complements a running sum into the 16-bit Internet checksum.
std::uint16_t foldChecksum(std::uint32_t sum);
// Internet checksum of one range: fill with this, verify by checking the result is 0.
inline std::uint16_t internetChecksum(ByteView data) {
    return foldChecksum(onesComplementSum(data));
}

// A receiver's check of a carried Internet checksum. `sumWithoutField` is the running sum
// of everything covered except the 2-byte checksum field. `expected` is the value the
// receiver computes, so ok == (expected == carried): when the data verifies it is the
// carried form itself (0x0000 and 0xFFFF are both one's-complement zero).
struct ChecksumCheck {
    bool ok = false;
    std::uint16_t expected = 0;
};
ChecksumCheck checkChecksum(std::uint32_t sumWithoutField, std::uint16_t carried);
// Running sum of `data` without the 2-byte field at the even offset `fieldOffset`.
std::uint32_t onesComplementSumSkipping(ByteView data, std::size_t fieldOffset,
                                        std::uint32_t sum = 0);

// RFC 1624 incremental update: HC' = ~(~HC + ~m + m') for one changed 16-bit word.
std::uint16_t updateChecksum(std::uint16_t checksum, std::uint16_t oldWord, std::uint16_t newWord);

// Sum of the IPv4 pseudo-header that UDP and TCP checksums cover (RFC 768, RFC 9293 §3.1).
std::uint32_t pseudoHeaderSum(Ipv4Address source, Ipv4Address destination, std::uint8_t protocol,
                              std::size_t length);

// IEEE 802.3 CRC-32 (reflected, poly 0xEDB88320, init and final XOR 0xFFFFFFFF).
std::uint32_t crc32(ByteView data);

} // namespace ww
