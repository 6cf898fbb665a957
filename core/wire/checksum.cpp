#include "wire/checksum.h"

#include <bit>
#include <cstring>

namespace ww {

std::uint32_t onesComplementSum(ByteView data, std::uint32_t sum) {
    // RFC 1071 §4.1: 16-bit big-endian words, an odd last byte padded with zero. The bulk
    // is summed eight bytes a step in the machine's byte order, folded to 16 bits and then
    // swapped: the ones' complement sum does not depend on byte order (RFC 1071 §2(B)), and
    // it is zero only when every byte is, so the folded checksum is the same as word by word.
    const std::uint8_t* p = data.data();
    std::size_t n = data.size();
    std::uint64_t native = 0;
    for (; n >= 8; n -= 8, p += 8) {
        std::uint64_t w;
        std::memcpy(&w, p, sizeof w);
        native += (w & 0xffffffffu) + (w >> 32);
    }
    while (native >> 16)
        native = (native & 0xffff) + (native >> 16);
    if constexpr (std::endian::native == std::endian::little)
        native = ((native & 0xff) << 8) | (native >> 8);
    std::uint64_t acc = std::uint64_t{sum} + native;
    for (; n >= 2; n -= 2, p += 2)
        acc += static_cast<std::uint32_t>((p[0] << 8) | p[1]);
    if (n > 0)
        acc += static_cast<std::uint32_t>(p[0] << 8);
    while (acc >> 32)
        acc = (acc & 0xffffffffu) + (acc >> 32);
    return static_cast<std::uint32_t>(acc);
}

std::uint16_t foldChecksum(std::uint32_t sum) {
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum);
}

ChecksumCheck checkChecksum(std::uint32_t sumWithoutField, std::uint16_t carried) {
    ChecksumCheck c;
    c.ok = foldChecksum(sumWithoutField + carried) == 0;
    c.expected = c.ok ? carried : foldChecksum(sumWithoutField);
    return c;
}

std::uint32_t onesComplementSumSkipping(ByteView data, std::size_t fieldOffset, std::uint32_t sum) {
    sum = onesComplementSum(data.first(fieldOffset), sum);
    return onesComplementSum(data.subspan(fieldOffset + 2), sum);
}

std::uint16_t updateChecksum(std::uint16_t checksum, std::uint16_t oldWord, std::uint16_t newWord) {
    // RFC 1624 eqn. 3: HC' = ~(~HC + ~m + m')
    std::uint32_t sum = static_cast<std::uint16_t>(~checksum);
    sum += static_cast<std::uint16_t>(~oldWord);
    sum += newWord;
    return foldChecksum(sum);
}

std::uint32_t pseudoHeaderSum(Ipv4Address source, Ipv4Address destination, std::uint8_t protocol,
                              std::size_t length) {
    std::uint8_t ph[12];
    writeU32(ph, 0, source.value);
    writeU32(ph, 4, destination.value);
    ph[8] = 0;
    ph[9] = protocol;
    writeU16(ph, 10, static_cast<std::uint16_t>(length));
    return onesComplementSum(ph);
}

} // namespace ww
