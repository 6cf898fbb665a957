#include "wire/checksum.h"

namespace ww {

std::uint32_t onesComplementSum(ByteView data, std::uint32_t sum) {
    // RFC 1071 §4.1: 16-bit big-endian words, an odd last byte padded with zero.
    std::size_t i = 0;
    std::uint64_t acc = sum;
    for (; i + 1 < data.size(); i += 2)
        acc += static_cast<std::uint32_t>((data[i] << 8) | data[i + 1]);
    if (i < data.size())
        acc += static_cast<std::uint32_t>(data[i] << 8);
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
